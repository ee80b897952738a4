#include "napi_util.h"

#include <cctype>

namespace actionc::node {

namespace {

// Random 128-bit tags, one per handle kind (napi_type_tag_object).
constexpr napi_type_tag kTags[] = {
    {0x6163a1b2c3d4e5f6ull, 0x0102030405060701ull},  // KeyRing
    {0x6163a1b2c3d4e5f6ull, 0x0102030405060702ull},  // Manifest
    {0x6163a1b2c3d4e5f6ull, 0x0102030405060703ull},  // Multipart
    {0x6163a1b2c3d4e5f6ull, 0x0102030405060704ull},  // BodyCounter
};

const char* kindName(HandleKind kind) {
    switch (kind) {
    case HandleKind::KeyRing: return "a key ring";
    case HandleKind::Manifest: return "a manifest";
    case HandleKind::Multipart: return "a multipart parser";
    case HandleKind::BodyCounter: return "a body counter";
    }
    return "a handle";
}

std::string errorCodeOf(actionc_status status) {
    std::string code = "ACTIONC_";
    for (const char* c = actionc_status_name(status); *c; ++c) {
        code += *c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(*c)));
    }
    return code;
}

}  // namespace

bool readArgs(napi_env env, napi_callback_info info, std::size_t count, CallInfo& out) {
    std::size_t argc = count;
    out.args.assign(count, nullptr);
    if (napi_get_cb_info(env, info, &argc, out.args.data(), &out.self, nullptr) != napi_ok) return false;
    for (std::size_t i = argc; i < count; ++i) out.args[i] = makeUndefined(env);
    return true;
}

bool isNullish(napi_env env, napi_value value) {
    napi_valuetype type;
    napi_typeof(env, value, &type);
    return type == napi_undefined || type == napi_null;
}

std::optional<std::string> readString(napi_env env, napi_value value, const char* what) {
    napi_valuetype type;
    napi_typeof(env, value, &type);
    if (type != napi_string) {
        throwTypeError(env, std::string(what) + " must be a string");
        return std::nullopt;
    }
    std::size_t length = 0;
    napi_get_value_string_utf8(env, value, nullptr, 0, &length);
    std::string text(length, '\0');
    napi_get_value_string_utf8(env, value, text.data(), length + 1, &length);
    return text;
}

std::optional<std::string> readBytes(napi_env env, napi_value value, const char* what) {
    bool flag = false;
    if (napi_is_buffer(env, value, &flag) == napi_ok && flag) {
        void* data = nullptr;
        std::size_t length = 0;
        napi_get_buffer_info(env, value, &data, &length);
        return std::string(static_cast<const char*>(data), length);
    }
    if (napi_is_typedarray(env, value, &flag) == napi_ok && flag) {
        napi_typedarray_type type;
        std::size_t elements = 0;
        void* data = nullptr;
        napi_value arrayBuffer;
        std::size_t offset = 0;
        napi_get_typedarray_info(env, value, &type, &elements, &data, &arrayBuffer, &offset);
        std::size_t elementSize = 1;
        switch (type) {
        case napi_int16_array: case napi_uint16_array: elementSize = 2; break;
        case napi_int32_array: case napi_uint32_array: case napi_float32_array: elementSize = 4; break;
        case napi_float64_array: case napi_bigint64_array: case napi_biguint64_array: elementSize = 8; break;
        default: break;
        }
        return std::string(static_cast<const char*>(data), elements * elementSize);
    }
    if (napi_is_arraybuffer(env, value, &flag) == napi_ok && flag) {
        void* data = nullptr;
        std::size_t length = 0;
        napi_get_arraybuffer_info(env, value, &data, &length);
        return std::string(static_cast<const char*>(data), length);
    }
    napi_valuetype type;
    napi_typeof(env, value, &type);
    if (type == napi_string) return readString(env, value, what);
    throwTypeError(env, std::string(what) + " must be a string, Buffer, TypedArray or ArrayBuffer");
    return std::nullopt;
}

std::optional<std::vector<std::string>> readStringArray(napi_env env, napi_value value, const char* what) {
    bool isArray = false;
    napi_is_array(env, value, &isArray);
    if (!isArray) {
        throwTypeError(env, std::string(what) + " must be an array of strings");
        return std::nullopt;
    }
    uint32_t length = 0;
    napi_get_array_length(env, value, &length);
    std::vector<std::string> items;
    for (uint32_t i = 0; i < length; ++i) {
        napi_value item;
        napi_get_element(env, value, i, &item);
        auto text = readString(env, item, what);
        if (!text) return std::nullopt;
        items.push_back(std::move(*text));
    }
    return items;
}

bool readOptionalStringProperty(napi_env env, napi_value object, const char* name, std::optional<std::string>& out) {
    out.reset();
    bool has = false;
    if (napi_has_named_property(env, object, name, &has) != napi_ok) return false;
    if (!has) return true;
    napi_value value;
    napi_get_named_property(env, object, name, &value);
    if (isNullish(env, value)) return true;
    auto text = readString(env, value, name);
    if (!text) return false;
    out = std::move(*text);
    return true;
}

napi_value makeString(napi_env env, std::string_view text) {
    napi_value value;
    napi_create_string_utf8(env, text.data(), text.size(), &value);
    return value;
}

napi_value makeNumber(napi_env env, double number) {
    napi_value value;
    napi_create_double(env, number, &value);
    return value;
}

napi_value makeNull(napi_env env) {
    napi_value value;
    napi_get_null(env, &value);
    return value;
}

napi_value makeUndefined(napi_env env) {
    napi_value value;
    napi_get_undefined(env, &value);
    return value;
}

napi_value makeBuffer(napi_env env, const void* data, std::size_t length) {
    napi_value value;
    void* copy = nullptr;
    napi_create_buffer_copy(env, length, data, &copy, &value);
    return value;
}

bool setProperty(napi_env env, napi_value object, const char* name, napi_value value) {
    return napi_set_named_property(env, object, name, value) == napi_ok;
}

napi_value throwStatus(napi_env env, actionc_status status) {
    napi_value error;
    const std::string code = errorCodeOf(status);
    napi_create_error(env, makeString(env, code), makeString(env, actionc_last_error_message()), &error);
    setProperty(env, error, "actionc", makeString(env, actionc_status_name(status)));
    setProperty(env, error, "statusCode", makeNumber(env, actionc_http_status(status)));
    napi_throw(env, error);
    return nullptr;
}

napi_value throwTypeError(napi_env env, const std::string& message) {
    napi_throw_type_error(env, "ACTIONC_INVALID_ARGUMENT", message.c_str());
    return nullptr;
}

napi_value wrapHandle(napi_env env, HandleKind kind, void* handle, napi_finalize finalize) {
    napi_value external;
    if (napi_create_external(env, handle, finalize, nullptr, &external) != napi_ok) {
        finalize(env, handle, nullptr);
        return nullptr;
    }
    napi_type_tag_object(env, external, &kTags[static_cast<int>(kind)]);
    return external;
}

void* unwrapHandle(napi_env env, napi_value value, HandleKind kind, const char* what) {
    napi_valuetype type;
    napi_typeof(env, value, &type);
    bool tagged = false;
    if (type == napi_external) napi_check_object_type_tag(env, value, &kTags[static_cast<int>(kind)], &tagged);
    if (!tagged) {
        throwTypeError(env, std::string(what) + " must be " + kindName(kind) + " handle");
        return nullptr;
    }
    void* handle = nullptr;
    napi_get_value_external(env, value, &handle);
    return handle;
}

}  // namespace actionc::node
