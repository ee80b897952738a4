// Small helpers over the raw Node-API C interface, so the addon's bindings read as what
// they do rather than as status-code plumbing. Each helper that can fail throws a JS
// exception and returns false/nullopt; callers return nullptr to JS right away.
#pragma once

#ifndef NAPI_VERSION
#define NAPI_VERSION 8
#endif
#include <node_api.h>

#include "actionc/actionc_runtime.h"

#include <optional>
#include <string>
#include <vector>

namespace actionc::node {

struct CallInfo {
    napi_value self = nullptr;
    std::vector<napi_value> args;
};

// Reads up to `count` arguments; missing ones are `undefined`.
bool readArgs(napi_env env, napi_callback_info info, std::size_t count, CallInfo& out);

bool isNullish(napi_env env, napi_value value);
std::optional<std::string> readString(napi_env env, napi_value value, const char* what);
// Strings as UTF-8, Buffers and other TypedArrays / ArrayBuffers as their bytes.
std::optional<std::string> readBytes(napi_env env, napi_value value, const char* what);
std::optional<std::vector<std::string>> readStringArray(napi_env env, napi_value value, const char* what);
// A named string property of an object; nullopt (without an exception) when absent.
bool readOptionalStringProperty(napi_env env, napi_value object, const char* name, std::optional<std::string>& out);

napi_value makeString(napi_env env, std::string_view text);
napi_value makeNumber(napi_env env, double number);
napi_value makeNull(napi_env env);
napi_value makeUndefined(napi_env env);
napi_value makeBuffer(napi_env env, const void* data, std::size_t length);
bool setProperty(napi_env env, napi_value object, const char* name, napi_value value);

// Throws a JS Error for a failed actionc call: message from actionc_last_error_message,
// `code` "ACTIONC_<NAME>", `actionc` the kebab-case name, `statusCode` the HTTP status.
napi_value throwStatus(napi_env env, actionc_status status);
napi_value throwTypeError(napi_env env, const std::string& message);

// Native handles travel to JS as externals tagged with their type, so a key ring can
// never be mistaken for a manifest or a parser.
enum class HandleKind { KeyRing, Manifest, Multipart, BodyCounter };

napi_value wrapHandle(napi_env env, HandleKind kind, void* handle, napi_finalize finalize);
void* unwrapHandle(napi_env env, napi_value value, HandleKind kind, const char* what);

}  // namespace actionc::node
