// The Node-API addon: JS bindings over the C ABI (actionc_runtime.h), nothing more.
// Each binding validates its JS arguments, calls one C function, and converts the
// result or throws (see throwStatus for the error shape).
#include "napi_util.h"

#include <cstdint>

namespace actionc::node {

namespace {

// Frees a C-ABI-allocated string at scope exit.
struct OwnedCString {
    char* text = nullptr;
    ~OwnedCString() { actionc_free(text); }
};

void finalizeKeyRing(napi_env, void* data, void*) { actionc_keyring_free(static_cast<actionc_keyring*>(data)); }
void finalizeManifest(napi_env, void* data, void*) { actionc_manifest_free(static_cast<actionc_manifest*>(data)); }
void finalizeMultipart(napi_env, void* data, void*) { actionc_multipart_free(static_cast<actionc_multipart*>(data)); }
void finalizeBodyCounter(napi_env, void* data, void*) {
    actionc_body_counter_free(static_cast<actionc_body_counter*>(data));
}

#define READ_ARGS(count)                                                                                            \
    CallInfo call;                                                                                                  \
    if (!readArgs(env, info, count, call)) return nullptr

// ---- key ring ----------------------------------------------------------------------

napi_value keyRingFromEnv(napi_env env, napi_callback_info) {
    actionc_keyring* ring = nullptr;
    if (actionc_status status = actionc_keyring_from_env(&ring); status != ACTIONC_OK) return throwStatus(env, status);
    return wrapHandle(env, HandleKind::KeyRing, ring, finalizeKeyRing);
}

// keyRingFromKeys(current: string, previous?: string | string[])
napi_value keyRingFromKeys(napi_env env, napi_callback_info info) {
    READ_ARGS(2);
    const auto current = readString(env, call.args[0], "current key");
    if (!current) return nullptr;
    std::optional<std::string> previous;
    if (!isNullish(env, call.args[1])) {
        bool isArray = false;
        napi_is_array(env, call.args[1], &isArray);
        if (isArray) {
            const auto keys = readStringArray(env, call.args[1], "previous keys");
            if (!keys) return nullptr;
            previous.emplace();
            for (const std::string& key : *keys) *previous += (previous->empty() ? "" : ",") + key;
        } else {
            previous = readString(env, call.args[1], "previous keys");
            if (!previous) return nullptr;
        }
    }
    actionc_keyring* ring = nullptr;
    const actionc_status status =
        actionc_keyring_from_base64(current->c_str(), previous ? previous->c_str() : nullptr, &ring);
    if (status != ACTIONC_OK) return throwStatus(env, status);
    return wrapHandle(env, HandleKind::KeyRing, ring, finalizeKeyRing);
}

napi_value keyRingFingerprint(napi_env env, napi_callback_info info) {
    READ_ARGS(1);
    auto* ring = static_cast<actionc_keyring*>(unwrapHandle(env, call.args[0], HandleKind::KeyRing, "ring"));
    if (!ring) return nullptr;
    OwnedCString fingerprint;
    if (actionc_status status = actionc_keyring_fingerprint(ring, &fingerprint.text); status != ACTIONC_OK) {
        return throwStatus(env, status);
    }
    return makeString(env, fingerprint.text);
}

// ---- manifest and resolution -------------------------------------------------------

napi_value loadManifest(napi_env env, napi_callback_info info) {
    READ_ARGS(1);
    const auto path = readString(env, call.args[0], "manifest path");
    if (!path) return nullptr;
    actionc_manifest* manifest = nullptr;
    if (actionc_status status = actionc_manifest_load_file(path->c_str(), &manifest); status != ACTIONC_OK) {
        return throwStatus(env, status);
    }
    return wrapHandle(env, HandleKind::Manifest, manifest, finalizeManifest);
}

napi_value loadManifestJson(napi_env env, napi_callback_info info) {
    READ_ARGS(1);
    const auto json = readString(env, call.args[0], "manifest JSON");
    if (!json) return nullptr;
    actionc_manifest* manifest = nullptr;
    if (actionc_status status = actionc_manifest_load_json(json->data(), json->size(), &manifest);
        status != ACTIONC_OK) {
        return throwStatus(env, status);
    }
    return wrapHandle(env, HandleKind::Manifest, manifest, finalizeManifest);
}

napi_value manifestActionCount(napi_env env, napi_callback_info info) {
    READ_ARGS(1);
    auto* manifest = static_cast<actionc_manifest*>(unwrapHandle(env, call.args[0], HandleKind::Manifest, "manifest"));
    if (!manifest) return nullptr;
    return makeNumber(env, static_cast<double>(actionc_manifest_action_count(manifest)));
}

// checkManifestKey(manifest, ring): throws ACTIONC_INVALID_KEY on a mismatch.
napi_value checkManifestKey(napi_env env, napi_callback_info info) {
    READ_ARGS(2);
    auto* manifest = static_cast<actionc_manifest*>(unwrapHandle(env, call.args[0], HandleKind::Manifest, "manifest"));
    if (!manifest) return nullptr;
    auto* ring = static_cast<actionc_keyring*>(unwrapHandle(env, call.args[1], HandleKind::KeyRing, "ring"));
    if (!ring) return nullptr;
    if (actionc_status status = actionc_manifest_check_key(manifest, ring); status != ACTIONC_OK) {
        return throwStatus(env, status);
    }
    return makeUndefined(env);
}

// resolve(ring, manifest, id) -> { id, module, export, kind }; `id` is the manifest's
// (current-key) ID of the action, which a rotated-away key's ID resolves to.
napi_value resolve(napi_env env, napi_callback_info info) {
    READ_ARGS(3);
    auto* ring = static_cast<actionc_keyring*>(unwrapHandle(env, call.args[0], HandleKind::KeyRing, "ring"));
    if (!ring) return nullptr;
    auto* manifest = static_cast<actionc_manifest*>(unwrapHandle(env, call.args[1], HandleKind::Manifest, "manifest"));
    if (!manifest) return nullptr;
    const auto id = readString(env, call.args[2], "action ID");
    if (!id) return nullptr;
    actionc_resolved_action resolved{};
    if (actionc_status status = actionc_resolve(ring, manifest, id->data(), id->size(), &resolved);
        status != ACTIONC_OK) {
        return throwStatus(env, status);
    }
    napi_value result;
    napi_create_object(env, &result);
    setProperty(env, result, "id", makeString(env, resolved.id));
    setProperty(env, result, "module", makeString(env, resolved.module));
    setProperty(env, result, "export", makeString(env, resolved.export_name));
    setProperty(env, result, "kind", makeString(env, resolved.kind));
    actionc_resolved_action_clear(&resolved);
    return result;
}

// ---- request guard -----------------------------------------------------------------

// checkOrigin(headers, allowedOrigins?, missingOrigin?): headers is an object with the
// lower-case names origin, host, x-forwarded-host, sec-fetch-site, content-type;
// missingOrigin is "same-site-form" (default), "reject" or "allow". Throws
// ACTIONC_CSRF_REJECTED.
napi_value checkOrigin(napi_env env, napi_callback_info info) {
    READ_ARGS(3);
    napi_valuetype type;
    napi_typeof(env, call.args[0], &type);
    if (type != napi_object) return throwTypeError(env, "headers must be an object");
    std::optional<std::string> origin, host, forwardedHost, secFetchSite, contentType;
    if (!readOptionalStringProperty(env, call.args[0], "origin", origin) ||
        !readOptionalStringProperty(env, call.args[0], "host", host) ||
        !readOptionalStringProperty(env, call.args[0], "x-forwarded-host", forwardedHost) ||
        !readOptionalStringProperty(env, call.args[0], "sec-fetch-site", secFetchSite) ||
        !readOptionalStringProperty(env, call.args[0], "content-type", contentType)) {
        return nullptr;
    }
    std::vector<std::string> allowed;
    if (!isNullish(env, call.args[1])) {
        auto list = readStringArray(env, call.args[1], "allowedOrigins");
        if (!list) return nullptr;
        allowed = std::move(*list);
    }
    actionc_missing_origin_policy policy = ACTIONC_MISSING_ORIGIN_ALLOW_SAME_SITE_FORM;
    if (!isNullish(env, call.args[2])) {
        const auto name = readString(env, call.args[2], "missingOrigin");
        if (!name) return nullptr;
        if (*name == "reject") {
            policy = ACTIONC_MISSING_ORIGIN_REJECT;
        } else if (*name == "allow") {
            policy = ACTIONC_MISSING_ORIGIN_ALLOW;
        } else if (*name != "same-site-form") {
            return throwTypeError(env, "missingOrigin must be \"same-site-form\", \"reject\" or \"allow\"");
        }
    }
    const auto cString = [](const std::optional<std::string>& value) { return value ? value->c_str() : nullptr; };
    const actionc_request_headers headers{cString(origin), cString(host), cString(forwardedHost),
                                          cString(secFetchSite), cString(contentType)};
    std::vector<const char*> patterns;
    for (const std::string& pattern : allowed) patterns.push_back(pattern.c_str());
    if (actionc_status status = actionc_check_origin(&headers, patterns.data(), patterns.size(), policy);
        status != ACTIONC_OK) {
        return throwStatus(env, status);
    }
    return makeUndefined(env);
}

// A bodySizeLimit as configured: a number of bytes or a size string. Numbers go through
// their JS string form so the one parser decides (NaN, negatives and 1e21 are refused).
std::optional<std::string> readSizeLimit(napi_env env, napi_value value) {
    napi_valuetype type;
    napi_typeof(env, value, &type);
    if (type == napi_number) {
        napi_value text;
        napi_coerce_to_string(env, value, &text);
        return readString(env, text, "bodySizeLimit");
    }
    return readString(env, value, "bodySizeLimit");
}

// parseBodySizeLimit(value: string | number) -> bytes
napi_value parseBodySizeLimit(napi_env env, napi_callback_info info) {
    READ_ARGS(1);
    const auto text = readSizeLimit(env, call.args[0]);
    if (!text) return nullptr;
    uint64_t bytes = 0;
    if (actionc_status status = actionc_parse_body_size_limit(text->c_str(), &bytes); status != ACTIONC_OK) {
        return throwStatus(env, status);
    }
    return makeNumber(env, static_cast<double>(bytes));
}

napi_value checkArgumentCount(napi_env env, napi_callback_info info) {
    READ_ARGS(1);
    double count = 0;
    if (napi_get_value_double(env, call.args[0], &count) != napi_ok || !(count >= 0)) {
        return throwTypeError(env, "argument count must be a non-negative number");
    }
    if (actionc_status status = actionc_check_argument_count(static_cast<uint64_t>(count)); status != ACTIONC_OK) {
        return throwStatus(env, status);
    }
    return makeUndefined(env);
}

// actionIdFromHeaders({ 'next-action'?, 'action-id'? }) -> string | null
napi_value actionIdFromHeaders(napi_env env, napi_callback_info info) {
    READ_ARGS(1);
    napi_valuetype type;
    napi_typeof(env, call.args[0], &type);
    if (type != napi_object) return throwTypeError(env, "headers must be an object");
    std::optional<std::string> nextAction, actionId;
    if (!readOptionalStringProperty(env, call.args[0], "next-action", nextAction) ||
        !readOptionalStringProperty(env, call.args[0], "action-id", actionId)) {
        return nullptr;
    }
    OwnedCString id;
    const actionc_status status = actionc_action_id_from_headers(nextAction ? nextAction->c_str() : nullptr,
                                                                 actionId ? actionId->c_str() : nullptr, &id.text);
    if (status == ACTIONC_MISSING_ACTION_ID) return makeNull(env);
    if (status != ACTIONC_OK) return throwStatus(env, status);
    return makeString(env, id.text);
}

// createBodyCounter(bodySizeLimit?: string | number): counts a streamed body that the
// multipart parser does not read (a JSON call), with the same limit and 413 message.
napi_value createBodyCounter(napi_env env, napi_callback_info info) {
    READ_ARGS(1);
    std::optional<std::string> limit;
    if (!isNullish(env, call.args[0])) {
        limit = readSizeLimit(env, call.args[0]);
        if (!limit) return nullptr;
    }
    actionc_body_counter* counter = nullptr;
    if (actionc_status status = actionc_body_counter_new(limit ? limit->c_str() : nullptr, &counter);
        status != ACTIONC_OK) {
        return throwStatus(env, status);
    }
    return wrapHandle(env, HandleKind::BodyCounter, counter, finalizeBodyCounter);
}

// bodyCounterConsume(counter, byteCount): throws ACTIONC_BODY_TOO_LARGE past the limit.
napi_value bodyCounterConsume(napi_env env, napi_callback_info info) {
    READ_ARGS(2);
    auto* counter =
        static_cast<actionc_body_counter*>(unwrapHandle(env, call.args[0], HandleKind::BodyCounter, "counter"));
    if (!counter) return nullptr;
    double bytes = 0;
    if (napi_get_value_double(env, call.args[1], &bytes) != napi_ok || !(bytes >= 0)) {
        return throwTypeError(env, "byte count must be a non-negative number");
    }
    if (actionc_status status = actionc_body_counter_consume(counter, static_cast<size_t>(bytes));
        status != ACTIONC_OK) {
        return throwStatus(env, status);
    }
    return makeUndefined(env);
}

// createMultipartParser(contentType, bodySizeLimit?: string | number)
napi_value createMultipartParser(napi_env env, napi_callback_info info) {
    READ_ARGS(2);
    const auto contentType = readString(env, call.args[0], "content type");
    if (!contentType) return nullptr;
    std::optional<std::string> limit;
    if (!isNullish(env, call.args[1])) {
        limit = readSizeLimit(env, call.args[1]);
        if (!limit) return nullptr;
    }
    actionc_multipart* parser = nullptr;
    if (actionc_status status = actionc_multipart_new(contentType->c_str(), limit ? limit->c_str() : nullptr, &parser);
        status != ACTIONC_OK) {
        return throwStatus(env, status);
    }
    return wrapHandle(env, HandleKind::Multipart, parser, finalizeMultipart);
}

napi_value multipartFeed(napi_env env, napi_callback_info info) {
    READ_ARGS(2);
    auto* parser = static_cast<actionc_multipart*>(unwrapHandle(env, call.args[0], HandleKind::Multipart, "parser"));
    if (!parser) return nullptr;
    const auto chunk = readBytes(env, call.args[1], "chunk");
    if (!chunk) return nullptr;
    if (actionc_status status = actionc_multipart_feed(parser, chunk->data(), chunk->size()); status != ACTIONC_OK) {
        return throwStatus(env, status);
    }
    return makeUndefined(env);
}

// multipartFinish(parser) -> the action ID the form names, or null.
napi_value multipartFinish(napi_env env, napi_callback_info info) {
    READ_ARGS(1);
    auto* parser = static_cast<actionc_multipart*>(unwrapHandle(env, call.args[0], HandleKind::Multipart, "parser"));
    if (!parser) return nullptr;
    OwnedCString id;
    if (actionc_status status = actionc_multipart_finish(parser, &id.text); status != ACTIONC_OK) {
        return throwStatus(env, status);
    }
    return id.text ? makeString(env, id.text) : makeNull(env);
}

napi_value multipartBufferedBytes(napi_env env, napi_callback_info info) {
    READ_ARGS(1);
    auto* parser = static_cast<actionc_multipart*>(unwrapHandle(env, call.args[0], HandleKind::Multipart, "parser"));
    if (!parser) return nullptr;
    return makeNumber(env, static_cast<double>(actionc_multipart_buffered_bytes(parser)));
}

// ---- bound arguments ---------------------------------------------------------------

// encryptBoundArgs(ring, id, data: string | Buffer) -> blob
napi_value encryptBoundArgs(napi_env env, napi_callback_info info) {
    READ_ARGS(3);
    auto* ring = static_cast<actionc_keyring*>(unwrapHandle(env, call.args[0], HandleKind::KeyRing, "ring"));
    if (!ring) return nullptr;
    const auto id = readString(env, call.args[1], "action ID");
    if (!id) return nullptr;
    const auto data = readBytes(env, call.args[2], "bound arguments");
    if (!data) return nullptr;
    OwnedCString blob;
    if (actionc_status status =
            actionc_encrypt_bound_args(ring, id->data(), id->size(), data->data(), data->size(), &blob.text);
        status != ACTIONC_OK) {
        return throwStatus(env, status);
    }
    return makeString(env, blob.text);
}

// decryptBoundArgs(ring, id, blob: string) -> Buffer
napi_value decryptBoundArgs(napi_env env, napi_callback_info info) {
    READ_ARGS(3);
    auto* ring = static_cast<actionc_keyring*>(unwrapHandle(env, call.args[0], HandleKind::KeyRing, "ring"));
    if (!ring) return nullptr;
    const auto id = readString(env, call.args[1], "action ID");
    if (!id) return nullptr;
    const auto blob = readString(env, call.args[2], "bound-arguments blob");
    if (!blob) return nullptr;
    unsigned char* data = nullptr;
    std::size_t length = 0;
    if (actionc_status status =
            actionc_decrypt_bound_args(ring, id->data(), id->size(), blob->data(), blob->size(), &data, &length);
        status != ACTIONC_OK) {
        return throwStatus(env, status);
    }
    napi_value buffer = makeBuffer(env, data, length);
    actionc_free(data);
    return buffer;
}

#undef READ_ARGS

napi_value init(napi_env env, napi_value exports) {
    const napi_property_descriptor functions[] = {
#define ACTIONC_EXPORT(name) {#name, nullptr, name, nullptr, nullptr, nullptr, napi_enumerable, nullptr}
        ACTIONC_EXPORT(keyRingFromEnv),     ACTIONC_EXPORT(keyRingFromKeys),
        ACTIONC_EXPORT(keyRingFingerprint), ACTIONC_EXPORT(loadManifest),
        ACTIONC_EXPORT(loadManifestJson),   ACTIONC_EXPORT(manifestActionCount),
        ACTIONC_EXPORT(checkManifestKey),   ACTIONC_EXPORT(resolve),
        ACTIONC_EXPORT(checkOrigin),        ACTIONC_EXPORT(parseBodySizeLimit),
        ACTIONC_EXPORT(checkArgumentCount), ACTIONC_EXPORT(actionIdFromHeaders),
        ACTIONC_EXPORT(createMultipartParser), ACTIONC_EXPORT(multipartFeed),
        ACTIONC_EXPORT(multipartFinish),    ACTIONC_EXPORT(multipartBufferedBytes),
        ACTIONC_EXPORT(encryptBoundArgs),   ACTIONC_EXPORT(decryptBoundArgs),
        ACTIONC_EXPORT(createBodyCounter),  ACTIONC_EXPORT(bodyCounterConsume),
#undef ACTIONC_EXPORT
    };
    napi_define_properties(env, exports, sizeof functions / sizeof functions[0], functions);
    return exports;
}

}  // namespace

}  // namespace actionc::node

NAPI_MODULE_INIT() { return actionc::node::init(env, exports); }
