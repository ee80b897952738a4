// The C ABI: thin adapters from C types to the C++ API. No exception crosses it.
#include "actionc/actionc_runtime.h"

#include "actionc/action_request.h"
#include "actionc/action_resolver.h"
#include "actionc/body_limit.h"
#include "actionc/bound_args.h"
#include "actionc/keyring.h"
#include "actionc/manifest.h"
#include "actionc/multipart_parser.h"
#include "actionc/origin_guard.h"

#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>

struct actionc_keyring {
    actionc::KeyRing ring;
};

struct actionc_manifest {
    actionc::Manifest manifest;
};

struct actionc_multipart {
    actionc::MultipartParser parser;
};

struct actionc_body_counter {
    actionc::BodySizeCounter counter;
};

namespace {

using actionc::ErrorCode;

thread_local std::string lastErrorMessage;

actionc_status toStatus(ErrorCode code) { return static_cast<actionc_status>(code); }

actionc_status report(const actionc::Error& error) {
    lastErrorMessage = error.message;
    return toStatus(error.code);
}

actionc_status invalidArgument(const char* what) {
    lastErrorMessage = what;
    return ACTIONC_INVALID_ARGUMENT;
}

// Runs `body`, turning any escaping exception into a status: the C side has no way to
// catch one, and unwinding through C frames is undefined.
template <typename Body>
actionc_status guarded(Body&& body) noexcept {
    try {
        lastErrorMessage.clear();
        return body();
    } catch (const std::bad_alloc&) {
        lastErrorMessage = "out of memory";
    } catch (const std::exception& error) {
        lastErrorMessage = error.what();
    } catch (...) {
        lastErrorMessage = "unknown internal error";
    }
    return ACTIONC_INVALID_ARGUMENT;
}

// malloc'ed so the caller can release it with actionc_free (free) from any language.
char* duplicate(std::string_view text) {
    char* copy = static_cast<char*>(std::malloc(text.size() + 1));
    if (!copy) throw std::bad_alloc();
    std::memcpy(copy, text.data(), text.size());
    copy[text.size()] = '\0';
    return copy;
}

std::optional<std::string> optionalString(const char* text) {
    return text ? std::optional<std::string>(text) : std::nullopt;
}

actionc::MissingOriginPolicy toPolicy(actionc_missing_origin_policy policy) {
    switch (policy) {
    case ACTIONC_MISSING_ORIGIN_REJECT: return actionc::MissingOriginPolicy::Reject;
    case ACTIONC_MISSING_ORIGIN_ALLOW: return actionc::MissingOriginPolicy::Allow;
    case ACTIONC_MISSING_ORIGIN_ALLOW_SAME_SITE_FORM: break;
    }
    return actionc::MissingOriginPolicy::AllowSameSiteForm;
}

}  // namespace

extern "C" {

const char* actionc_last_error_message(void) { return lastErrorMessage.c_str(); }

const char* actionc_status_name(actionc_status status) {
    return actionc::errorCodeName(static_cast<ErrorCode>(status));
}

int actionc_http_status(actionc_status status) { return actionc::httpStatusFor(static_cast<ErrorCode>(status)); }

void actionc_free(void* pointer) { std::free(pointer); }

// ---- key ring ----------------------------------------------------------------------

actionc_status actionc_keyring_from_env(actionc_keyring** out) {
    return guarded([&] {
        if (!out) return invalidArgument("out is NULL");
        *out = nullptr;
        std::string why;
        auto ring = actionc::KeyRing::fromEnvironment(&why);
        if (!ring) {
            return report({ErrorCode::InvalidKey, why.empty() ? "ACTIONC_ENCRYPTION_KEY is not set" : why});
        }
        *out = new actionc_keyring{std::move(*ring)};
        return ACTIONC_OK;
    });
}

actionc_status actionc_keyring_from_base64(const char* current, const char* previous, actionc_keyring** out) {
    return guarded([&] {
        if (!current || !out) return invalidArgument("current key or out is NULL");
        *out = nullptr;
        auto key = actionc::Key::fromBase64(current);
        if (!key) return report({ErrorCode::InvalidKey, "the current key is not base64 of 32 bytes"});
        actionc::KeyRing ring(*key);
        std::string why;
        if (previous && !actionc::KeyRing::addPreviousKeys(ring, previous, &why)) {
            return report({ErrorCode::InvalidKey, why});
        }
        *out = new actionc_keyring{std::move(ring)};
        return ACTIONC_OK;
    });
}

actionc_status actionc_keyring_fingerprint(const actionc_keyring* ring, char** out_fingerprint) {
    return guarded([&] {
        if (!ring || !out_fingerprint) return invalidArgument("ring or out is NULL");
        *out_fingerprint = duplicate(ring->ring.current().fingerprint());
        return ACTIONC_OK;
    });
}

void actionc_keyring_free(actionc_keyring* ring) { delete ring; }

// ---- manifest and resolution -------------------------------------------------------

actionc_status actionc_manifest_load_file(const char* path, actionc_manifest** out) {
    return guarded([&] {
        if (!path || !out) return invalidArgument("path or out is NULL");
        *out = nullptr;
        auto manifest = actionc::Manifest::fromFile(path);
        if (!manifest) return report(manifest.error());
        *out = new actionc_manifest{std::move(*manifest)};
        return ACTIONC_OK;
    });
}

actionc_status actionc_manifest_load_json(const char* json, size_t length, actionc_manifest** out) {
    return guarded([&] {
        if (!json || !out) return invalidArgument("json or out is NULL");
        *out = nullptr;
        auto manifest = actionc::Manifest::fromJson(std::string_view(json, length));
        if (!manifest) return report(manifest.error());
        *out = new actionc_manifest{std::move(*manifest)};
        return ACTIONC_OK;
    });
}

size_t actionc_manifest_action_count(const actionc_manifest* manifest) {
    return manifest ? manifest->manifest.actions().size() : 0;
}

actionc_status actionc_manifest_check_key(const actionc_manifest* manifest, const actionc_keyring* ring) {
    return guarded([&] {
        if (!manifest || !ring) return invalidArgument("manifest or ring is NULL");
        const actionc::Status status = actionc::checkManifestKey(ring->ring, manifest->manifest);
        return status ? ACTIONC_OK : report(status.error());
    });
}

void actionc_manifest_free(actionc_manifest* manifest) { delete manifest; }

actionc_status actionc_resolve(const actionc_keyring* ring, const actionc_manifest* manifest, const char* id,
                               size_t id_length, actionc_resolved_action* out) {
    return guarded([&] {
        if (!ring || !manifest || !id || !out) return invalidArgument("a NULL argument");
        *out = actionc_resolved_action{nullptr, nullptr, nullptr, nullptr};
        auto resolved = actionc::resolveAction(ring->ring, manifest->manifest, std::string_view(id, id_length));
        if (!resolved) return report(resolved.error());
        out->module = duplicate(resolved->module);
        out->export_name = duplicate(resolved->exportName);
        out->kind = actionc::actionKindName(resolved->kind);
        out->id = duplicate(resolved->id);
        return ACTIONC_OK;
    });
}

void actionc_resolved_action_clear(actionc_resolved_action* action) {
    if (!action) return;
    std::free(action->module);
    std::free(action->export_name);
    std::free(action->id);
    *action = actionc_resolved_action{nullptr, nullptr, nullptr, nullptr};
}

// ---- request guard -----------------------------------------------------------------

actionc_status actionc_check_origin(const actionc_request_headers* headers, const char* const* allowed_origins,
                                    size_t allowed_origin_count, actionc_missing_origin_policy policy) {
    return guarded([&] {
        if (!headers || (allowed_origin_count && !allowed_origins)) return invalidArgument("a NULL argument");
        actionc::RequestHeaders request{optionalString(headers->origin), optionalString(headers->host),
                                        optionalString(headers->x_forwarded_host),
                                        optionalString(headers->sec_fetch_site),
                                        optionalString(headers->content_type)};
        actionc::CsrfPolicy csrf;
        csrf.missingOrigin = toPolicy(policy);
        for (size_t i = 0; i < allowed_origin_count; ++i) {
            if (allowed_origins[i]) csrf.allowedOrigins.emplace_back(allowed_origins[i]);
        }
        const actionc::Status status = actionc::checkCsrf(request, csrf);
        return status ? ACTIONC_OK : report(status.error());
    });
}

actionc_status actionc_parse_body_size_limit(const char* text, uint64_t* out_bytes) {
    return guarded([&] {
        if (!text || !out_bytes) return invalidArgument("text or out is NULL");
        auto limit = actionc::parseBodySizeLimit(text);
        if (!limit) return report(limit.error());
        *out_bytes = limit->bytes;
        return ACTIONC_OK;
    });
}

actionc_status actionc_check_argument_count(uint64_t count) {
    return guarded([&] {
        const actionc::Status status = actionc::checkArgumentCount(static_cast<std::size_t>(count));
        return status ? ACTIONC_OK : report(status.error());
    });
}

actionc_status actionc_action_id_from_headers(const char* next_action, const char* action_id, char** out_id) {
    return guarded([&] {
        if (!out_id) return invalidArgument("out is NULL");
        *out_id = nullptr;
        auto id = actionc::actionIdFromHeaders(optionalString(next_action), optionalString(action_id));
        if (!id) return report(id.error());
        *out_id = duplicate(*id);
        return ACTIONC_OK;
    });
}

actionc_status actionc_body_counter_new(const char* body_limit, actionc_body_counter** out) {
    return guarded([&] {
        if (!out) return invalidArgument("out is NULL");
        *out = nullptr;
        actionc::BodySizeLimit limit;
        if (body_limit) {
            auto parsed = actionc::parseBodySizeLimit(body_limit);
            if (!parsed) return report(parsed.error());
            limit = std::move(*parsed);
        }
        *out = new actionc_body_counter{actionc::BodySizeCounter(std::move(limit))};
        return ACTIONC_OK;
    });
}

actionc_status actionc_body_counter_consume(actionc_body_counter* counter, size_t length) {
    return guarded([&] {
        if (!counter) return invalidArgument("counter is NULL");
        const actionc::Status status = counter->counter.consume(length);
        return status ? ACTIONC_OK : report(status.error());
    });
}

void actionc_body_counter_free(actionc_body_counter* counter) { delete counter; }

actionc_status actionc_multipart_new(const char* content_type, const char* body_limit, actionc_multipart** out) {
    return guarded([&] {
        if (!content_type || !out) return invalidArgument("content type or out is NULL");
        *out = nullptr;
        auto boundary = actionc::MultipartParser::boundaryOf(content_type);
        if (!boundary) return report(boundary.error());
        actionc::BodySizeLimit limit;
        if (body_limit) {
            auto parsed = actionc::parseBodySizeLimit(body_limit);
            if (!parsed) return report(parsed.error());
            limit = std::move(*parsed);
        }
        *out = new actionc_multipart{actionc::MultipartParser(std::move(*boundary), std::move(limit))};
        return ACTIONC_OK;
    });
}

actionc_status actionc_multipart_feed(actionc_multipart* parser, const void* data, size_t length) {
    return guarded([&] {
        if (!parser || (length && !data)) return invalidArgument("parser or data is NULL");
        const actionc::Status status =
            parser->parser.feed(std::string_view(static_cast<const char*>(data), length));
        return status ? ACTIONC_OK : report(status.error());
    });
}

actionc_status actionc_multipart_finish(actionc_multipart* parser, char** out_action_id) {
    return guarded([&] {
        if (!parser || !out_action_id) return invalidArgument("parser or out is NULL");
        *out_action_id = nullptr;
        const actionc::Status status = parser->parser.finish();
        if (!status) return report(status.error());
        if (parser->parser.actionId()) *out_action_id = duplicate(*parser->parser.actionId());
        return ACTIONC_OK;
    });
}

size_t actionc_multipart_buffered_bytes(const actionc_multipart* parser) {
    return parser ? parser->parser.bufferedBytes() : 0;
}

void actionc_multipart_free(actionc_multipart* parser) { delete parser; }

// ---- bound arguments ---------------------------------------------------------------

actionc_status actionc_encrypt_bound_args(const actionc_keyring* ring, const char* id, size_t id_length,
                                          const void* data, size_t length, char** out_blob) {
    return guarded([&] {
        if (!ring || !id || (length && !data) || !out_blob) return invalidArgument("a NULL argument");
        *out_blob = nullptr;
        const std::string blob =
            actionc::encryptBoundArgs(ring->ring, std::string_view(id, id_length),
                                      std::string_view(static_cast<const char*>(data), length));
        *out_blob = duplicate(blob);
        return ACTIONC_OK;
    });
}

actionc_status actionc_decrypt_bound_args(const actionc_keyring* ring, const char* id, size_t id_length,
                                          const char* blob, size_t blob_length, unsigned char** out_data,
                                          size_t* out_length) {
    return guarded([&] {
        if (!ring || !id || !blob || !out_data || !out_length) return invalidArgument("a NULL argument");
        *out_data = nullptr;
        *out_length = 0;
        auto plain = actionc::decryptBoundArgs(ring->ring, std::string_view(id, id_length),
                                               std::string_view(blob, blob_length));
        if (!plain) return report(plain.error());
        *out_data = reinterpret_cast<unsigned char*>(duplicate(*plain));
        *out_length = plain->size();
        return ACTIONC_OK;
    });
}

}  // extern "C"
