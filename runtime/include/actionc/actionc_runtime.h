/*
 * actionc runtime, C ABI.
 *
 * Opaque handles, plain C types, and one status code per call. When a call fails,
 * actionc_last_error_message() describes the failure; the text belongs to the library
 * and stays valid on the calling thread until its next actionc_* call.
 *
 * Strings are NUL-terminated UTF-8 unless a length is passed. Every char* or buffer the
 * library returns through an out-parameter is owned by the caller and released with
 * actionc_free(). Handles are released with their own *_free function; passing NULL to
 * any free function is a no-op. Handles are immutable after creation, except for the
 * multipart parser, and may be shared across threads; a parser belongs to one thread.
 */
#ifndef ACTIONC_RUNTIME_H
#define ACTIONC_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Values match actionc::ErrorCode. */
typedef enum actionc_status {
    ACTIONC_OK = 0,
    ACTIONC_MALFORMED_ID = 1,
    ACTIONC_UNKNOWN_KEY = 2,
    ACTIONC_FORGED_ID = 3,
    ACTIONC_ACTION_NOT_FOUND = 4,
    ACTIONC_INVALID_MANIFEST = 5,
    ACTIONC_CSRF_REJECTED = 6,
    ACTIONC_BODY_TOO_LARGE = 7,
    ACTIONC_INVALID_SIZE_LIMIT = 8,
    ACTIONC_TOO_MANY_ARGUMENTS = 9,
    ACTIONC_MALFORMED_MULTIPART = 10,
    ACTIONC_MULTIPART_LIMIT = 11,
    ACTIONC_MISSING_ACTION_ID = 12,
    ACTIONC_MALFORMED_BOUND_ARGS = 13,
    ACTIONC_BOUND_ARGS_REJECTED = 14,
    ACTIONC_INVALID_KEY = 15,
    ACTIONC_INVALID_ARGUMENT = 16
} actionc_status;

typedef struct actionc_keyring actionc_keyring;
typedef struct actionc_manifest actionc_manifest;
typedef struct actionc_multipart actionc_multipart;
typedef struct actionc_body_counter actionc_body_counter;

/* ---- errors and memory ---------------------------------------------------------- */

const char* actionc_last_error_message(void);
/* Stable kebab-case name, e.g. "forged-id". */
const char* actionc_status_name(actionc_status status);
/* The HTTP status a server should answer with (404, 403, 413, 400, 500). */
int actionc_http_status(actionc_status status);
void actionc_free(void* pointer);

/* ---- key ring ------------------------------------------------------------------- */

/* From ACTIONC_ENCRYPTION_KEY and ACTIONC_PREVIOUS_KEYS. ACTIONC_INVALID_KEY when the
 * current key is missing or a key is not base64 of 32 bytes. */
actionc_status actionc_keyring_from_env(actionc_keyring** out);
/* current: base64 of 32 bytes; previous: comma-separated list of the same, or NULL. */
actionc_status actionc_keyring_from_base64(const char* current, const char* previous, actionc_keyring** out);
/* The current key's fingerprint (16 hex characters, as in the manifest's keyId). */
actionc_status actionc_keyring_fingerprint(const actionc_keyring* ring, char** out_fingerprint);
void actionc_keyring_free(actionc_keyring* ring);

/* ---- manifest and resolution ---------------------------------------------------- */

actionc_status actionc_manifest_load_file(const char* path, actionc_manifest** out);
actionc_status actionc_manifest_load_json(const char* json, size_t length, actionc_manifest** out);
size_t actionc_manifest_action_count(const actionc_manifest* manifest);
/* ACTIONC_INVALID_KEY when the manifest's keyId is not a key of the ring. */
actionc_status actionc_manifest_check_key(const actionc_manifest* manifest, const actionc_keyring* ring);
void actionc_manifest_free(actionc_manifest* manifest);

typedef struct actionc_resolved_action {
    char* module;      /* owned; release with actionc_resolved_action_clear */
    char* export_name;
    const char* kind;  /* "module" or "inline"; static storage */
    char* id;          /* owned: the action's ID in the manifest (its current-key ID,
                          which differs from the requested one after a key rotation) */
} actionc_resolved_action;

/* MALFORMED_ID, UNKNOWN_KEY, FORGED_ID or ACTION_NOT_FOUND on failure; `out` is then
 * left zeroed. */
actionc_status actionc_resolve(const actionc_keyring* ring, const actionc_manifest* manifest, const char* id,
                               size_t id_length, actionc_resolved_action* out);
void actionc_resolved_action_clear(actionc_resolved_action* action);

/* ---- request guard -------------------------------------------------------------- */

typedef enum actionc_missing_origin_policy {
    ACTIONC_MISSING_ORIGIN_ALLOW_SAME_SITE_FORM = 0, /* default */
    ACTIONC_MISSING_ORIGIN_REJECT = 1,
    ACTIONC_MISSING_ORIGIN_ALLOW = 2
} actionc_missing_origin_policy;

/* Header values as received; NULL for an absent header. */
typedef struct actionc_request_headers {
    const char* origin;
    const char* host;
    const char* x_forwarded_host;
    const char* sec_fetch_site;
    const char* content_type;
} actionc_request_headers;

/* ACTIONC_CSRF_REJECTED when the request must not run an action. */
actionc_status actionc_check_origin(const actionc_request_headers* headers, const char* const* allowed_origins,
                                    size_t allowed_origin_count, actionc_missing_origin_policy policy);
/* "1mb", "500kb", "1048576", ... -> bytes. ACTIONC_INVALID_SIZE_LIMIT otherwise. */
actionc_status actionc_parse_body_size_limit(const char* text, uint64_t* out_bytes);
/* ACTIONC_TOO_MANY_ARGUMENTS above 1000. */
actionc_status actionc_check_argument_count(uint64_t count);
/* From `Next-Action` / `Action-Id` (either may be NULL). ACTIONC_MISSING_ACTION_ID when
 * both are absent. */
actionc_status actionc_action_id_from_headers(const char* next_action, const char* action_id, char** out_id);

/* Counts the bytes of a body as it streams (for bodies the multipart parser does not
 * read, e.g. JSON). body_limit: NULL for the default ("1mb"), otherwise a bodySizeLimit
 * text as for actionc_parse_body_size_limit. */
actionc_status actionc_body_counter_new(const char* body_limit, actionc_body_counter** out);
/* ACTIONC_BODY_TOO_LARGE (sticky, Next.js's 413 message) once the total passes the limit. */
actionc_status actionc_body_counter_consume(actionc_body_counter* counter, size_t length);
void actionc_body_counter_free(actionc_body_counter* counter);

/* A streaming multipart/form-data parser. body_limit: NULL for the default ("1mb"),
 * otherwise a bodySizeLimit text as for actionc_parse_body_size_limit. */
actionc_status actionc_multipart_new(const char* content_type, const char* body_limit, actionc_multipart** out);
/* Errors are sticky; BODY_TOO_LARGE, MALFORMED_MULTIPART or MULTIPART_LIMIT. */
actionc_status actionc_multipart_feed(actionc_multipart* parser, const void* data, size_t length);
/* Ends the body. *out_action_id receives the action the form names, or NULL if none. */
actionc_status actionc_multipart_finish(actionc_multipart* parser, char** out_action_id);
/* Bytes the parser holds between calls (bounded; see docs/runtime.md). */
size_t actionc_multipart_buffered_bytes(const actionc_multipart* parser);
void actionc_multipart_free(actionc_multipart* parser);

/* ---- bound arguments ------------------------------------------------------------ */

/* Encrypts `data` for action `id` under the ring's current key: *out_blob is base64url. */
actionc_status actionc_encrypt_bound_args(const actionc_keyring* ring, const char* id, size_t id_length,
                                          const void* data, size_t length, char** out_blob);
/* MALFORMED_BOUND_ARGS, UNKNOWN_KEY or BOUND_ARGS_REJECTED on failure. *out_data is
 * NUL-terminated for convenience; *out_length excludes the terminator. */
actionc_status actionc_decrypt_bound_args(const actionc_keyring* ring, const char* id, size_t id_length,
                                          const char* blob, size_t blob_length, unsigned char** out_data,
                                          size_t* out_length);

#ifdef __cplusplus
}
#endif

#endif /* ACTIONC_RUNTIME_H */
