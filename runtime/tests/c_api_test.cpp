#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include "actionc/actionc_runtime.h"
#include "test_support.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

using actionc::testing::keyNumber;

namespace {

// RAII wrappers keep the tests about behaviour, not cleanup.
struct Ring {
    actionc_keyring* handle = nullptr;
    ~Ring() { actionc_keyring_free(handle); }
};
struct ManifestHandle {
    actionc_manifest* handle = nullptr;
    ~ManifestHandle() { actionc_manifest_free(handle); }
};
struct OwnedString {
    char* text = nullptr;
    ~OwnedString() { actionc_free(text); }
};

const std::vector<actionc::testing::ActionSpec> kActions = {{"app/actions.ts", "createTodo"},
                                                            {"app/page.tsx", "Page/delete", "inline"}};

Ring ringOf(const actionc::Key& current, const char* previous = nullptr) {
    Ring ring;
    REQUIRE(actionc_keyring_from_base64(current.toBase64().c_str(), previous, &ring.handle) == ACTIONC_OK);
    return ring;
}

}  // namespace

TEST_CASE("status names, HTTP statuses and free functions") {
    CHECK(std::string(actionc_status_name(ACTIONC_FORGED_ID)) == "forged-id");
    CHECK(actionc_http_status(ACTIONC_BODY_TOO_LARGE) == 413);
    CHECK(actionc_http_status(ACTIONC_ACTION_NOT_FOUND) == 404);
    // Freeing NULL is a no-op everywhere.
    actionc_free(nullptr);
    actionc_keyring_free(nullptr);
    actionc_manifest_free(nullptr);
    actionc_multipart_free(nullptr);
    actionc_resolved_action_clear(nullptr);
    CHECK(actionc_manifest_action_count(nullptr) == 0);
    CHECK(actionc_multipart_buffered_bytes(nullptr) == 0);
}

TEST_CASE("key rings from base64 and from the environment") {
    const actionc::Key key = keyNumber(1);
    Ring ring = ringOf(key, keyNumber(2).toBase64().c_str());
    OwnedString fingerprint;
    REQUIRE(actionc_keyring_fingerprint(ring.handle, &fingerprint.text) == ACTIONC_OK);
    CHECK(std::string(fingerprint.text) == key.fingerprint());

    Ring bad;
    CHECK(actionc_keyring_from_base64("not a key", nullptr, &bad.handle) == ACTIONC_INVALID_KEY);
    CHECK(bad.handle == nullptr);
    CHECK(std::string(actionc_last_error_message()).find("base64") != std::string::npos);
    CHECK(actionc_keyring_from_base64(key.toBase64().c_str(), "AAAA", &bad.handle) == ACTIONC_INVALID_KEY);
    CHECK(actionc_keyring_from_base64(nullptr, nullptr, &bad.handle) == ACTIONC_INVALID_ARGUMENT);

    ::setenv("ACTIONC_ENCRYPTION_KEY", keyNumber(3).toBase64().c_str(), 1);
    ::setenv("ACTIONC_PREVIOUS_KEYS", (key.toBase64() + "," + keyNumber(4).toBase64()).c_str(), 1);
    Ring fromEnv;
    REQUIRE(actionc_keyring_from_env(&fromEnv.handle) == ACTIONC_OK);
    OwnedString envFingerprint;
    REQUIRE(actionc_keyring_fingerprint(fromEnv.handle, &envFingerprint.text) == ACTIONC_OK);
    CHECK(std::string(envFingerprint.text) == keyNumber(3).fingerprint());

    ::unsetenv("ACTIONC_ENCRYPTION_KEY");
    Ring missing;
    CHECK(actionc_keyring_from_env(&missing.handle) == ACTIONC_INVALID_KEY);
    CHECK(std::string(actionc_last_error_message()).find("ACTIONC_ENCRYPTION_KEY") != std::string::npos);
    ::unsetenv("ACTIONC_PREVIOUS_KEYS");
}

TEST_CASE("manifests load from JSON and files, and resolve IDs") {
    const actionc::Key key = keyNumber(1);
    Ring ring = ringOf(key);
    const std::string json = actionc::testing::manifestJson(key, kActions).dump();
    ManifestHandle manifest;
    REQUIRE(actionc_manifest_load_json(json.data(), json.size(), &manifest.handle) == ACTIONC_OK);
    CHECK(actionc_manifest_action_count(manifest.handle) == 2);
    CHECK(actionc_manifest_check_key(manifest.handle, ring.handle) == ACTIONC_OK);
    Ring other = ringOf(keyNumber(9));
    CHECK(actionc_manifest_check_key(manifest.handle, other.handle) == ACTIONC_INVALID_KEY);

    const std::string id = actionc::encodeActionId(key, "app/page.tsx", "Page/delete");
    actionc_resolved_action resolved{};
    REQUIRE(actionc_resolve(ring.handle, manifest.handle, id.data(), id.size(), &resolved) == ACTIONC_OK);
    CHECK(std::string(resolved.module) == "app/page.tsx");
    CHECK(std::string(resolved.export_name) == "Page/delete");
    CHECK(std::string(resolved.kind) == "inline");
    CHECK(std::string(resolved.id) == id);
    actionc_resolved_action_clear(&resolved);
    CHECK(resolved.module == nullptr);
    CHECK(resolved.id == nullptr);

    // After rotation, the old key's ID resolves to the entry, whose ID is the new one.
    Ring rotated = ringOf(keyNumber(2), key.toBase64().c_str());
    const std::string rebuiltJson = actionc::testing::manifestJson(keyNumber(2), kActions).dump();
    ManifestHandle rebuilt;
    REQUIRE(actionc_manifest_load_json(rebuiltJson.data(), rebuiltJson.size(), &rebuilt.handle) == ACTIONC_OK);
    REQUIRE(actionc_resolve(rotated.handle, rebuilt.handle, id.data(), id.size(), &resolved) == ACTIONC_OK);
    CHECK(std::string(resolved.id) == actionc::encodeActionId(keyNumber(2), "app/page.tsx", "Page/delete"));
    actionc_resolved_action_clear(&resolved);

    const std::string unlisted = actionc::encodeActionId(key, "app/actions.ts", "gone");
    CHECK(actionc_resolve(ring.handle, manifest.handle, unlisted.data(), unlisted.size(), &resolved) ==
          ACTIONC_ACTION_NOT_FOUND);
    CHECK(std::string(actionc_last_error_message()) == "Failed to find Server Action \"" + unlisted + "\"");
    CHECK(resolved.module == nullptr);
    CHECK(actionc_resolve(ring.handle, manifest.handle, "x", 1, &resolved) == ACTIONC_MALFORMED_ID);
    std::string forged = id;
    forged[10] = forged[10] == 'A' ? 'B' : 'A';
    const actionc_status forgedStatus = actionc_resolve(ring.handle, manifest.handle, forged.data(), forged.size(), &resolved);
    CHECK((forgedStatus == ACTIONC_FORGED_ID || forgedStatus == ACTIONC_MALFORMED_ID));
    const std::string foreign = actionc::encodeActionId(keyNumber(9), "app/page.tsx", "Page/delete");
    CHECK(actionc_resolve(ring.handle, manifest.handle, foreign.data(), foreign.size(), &resolved) ==
          ACTIONC_UNKNOWN_KEY);

    const std::string path = "runtime_c_api_manifest.json";
    std::ofstream(path) << json;
    ManifestHandle fromFile;
    CHECK(actionc_manifest_load_file(path.c_str(), &fromFile.handle) == ACTIONC_OK);
    std::remove(path.c_str());
    ManifestHandle missing;
    CHECK(actionc_manifest_load_file(path.c_str(), &missing.handle) == ACTIONC_INVALID_MANIFEST);
    CHECK(actionc_manifest_load_json("{}", 2, &missing.handle) == ACTIONC_INVALID_MANIFEST);
    CHECK(missing.handle == nullptr);
}

TEST_CASE("the guard through the C ABI") {
    actionc_request_headers headers{"https://a.example.com", "example.com", nullptr, nullptr, nullptr};
    CHECK(actionc_check_origin(&headers, nullptr, 0, ACTIONC_MISSING_ORIGIN_ALLOW_SAME_SITE_FORM) ==
          ACTIONC_CSRF_REJECTED);
    CHECK(std::string(actionc_last_error_message()).find("does not match") != std::string::npos);
    const char* allowed[] = {"*.example.com"};
    CHECK(actionc_check_origin(&headers, allowed, 1, ACTIONC_MISSING_ORIGIN_ALLOW_SAME_SITE_FORM) == ACTIONC_OK);

    actionc_request_headers noOrigin{nullptr, "example.com", nullptr, "same-origin", "multipart/form-data; boundary=b"};
    CHECK(actionc_check_origin(&noOrigin, nullptr, 0, ACTIONC_MISSING_ORIGIN_ALLOW_SAME_SITE_FORM) == ACTIONC_OK);
    CHECK(actionc_check_origin(&noOrigin, nullptr, 0, ACTIONC_MISSING_ORIGIN_REJECT) == ACTIONC_CSRF_REJECTED);
    noOrigin.sec_fetch_site = "cross-site";
    CHECK(actionc_check_origin(&noOrigin, nullptr, 0, ACTIONC_MISSING_ORIGIN_ALLOW) == ACTIONC_OK);

    uint64_t bytes = 0;
    CHECK(actionc_parse_body_size_limit("500kb", &bytes) == ACTIONC_OK);
    CHECK(bytes == 512000);
    CHECK(actionc_parse_body_size_limit("lots", &bytes) == ACTIONC_INVALID_SIZE_LIMIT);

    CHECK(actionc_check_argument_count(1000) == ACTIONC_OK);
    CHECK(actionc_check_argument_count(1001) == ACTIONC_TOO_MANY_ARGUMENTS);

    OwnedString id;
    CHECK(actionc_action_id_from_headers(nullptr, "abc", &id.text) == ACTIONC_OK);
    CHECK(std::string(id.text) == "abc");
    OwnedString none;
    CHECK(actionc_action_id_from_headers(nullptr, nullptr, &none.text) == ACTIONC_MISSING_ACTION_ID);
    CHECK(none.text == nullptr);
}

TEST_CASE("multipart parsing through the C ABI") {
    const std::string body =
        "--b\r\nContent-Disposition: form-data; name=\"$ACTION_ID_xyz\"\r\n\r\n\r\n--b--\r\n";
    actionc_multipart* parser = nullptr;
    REQUIRE(actionc_multipart_new("multipart/form-data; boundary=b", nullptr, &parser) == ACTIONC_OK);
    for (char c : body) REQUIRE(actionc_multipart_feed(parser, &c, 1) == ACTIONC_OK);
    CHECK(actionc_multipart_buffered_bytes(parser) < 8);
    OwnedString id;
    REQUIRE(actionc_multipart_finish(parser, &id.text) == ACTIONC_OK);
    CHECK(std::string(id.text) == "xyz");
    actionc_multipart_free(parser);

    REQUIRE(actionc_multipart_new("multipart/form-data; boundary=b", "10", &parser) == ACTIONC_OK);
    CHECK(actionc_multipart_feed(parser, body.data(), body.size()) == ACTIONC_BODY_TOO_LARGE);
    CHECK(std::string(actionc_last_error_message()).starts_with("Body exceeded 10 limit."));
    actionc_multipart_free(parser);

    CHECK(actionc_multipart_new("application/json", nullptr, &parser) == ACTIONC_MALFORMED_MULTIPART);
    CHECK(actionc_multipart_new("multipart/form-data; boundary=b", "-1", &parser) == ACTIONC_INVALID_SIZE_LIMIT);
    CHECK(parser == nullptr);
}

TEST_CASE("body counter through the C ABI") {
    actionc_body_counter* counter = nullptr;
    REQUIRE(actionc_body_counter_new("10", &counter) == ACTIONC_OK);
    CHECK(actionc_body_counter_consume(counter, 6) == ACTIONC_OK);
    CHECK(actionc_body_counter_consume(counter, 4) == ACTIONC_OK);
    CHECK(actionc_body_counter_consume(counter, 1) == ACTIONC_BODY_TOO_LARGE);
    CHECK(std::string(actionc_last_error_message()).starts_with("Body exceeded 10 limit."));
    CHECK(actionc_body_counter_consume(counter, 0) == ACTIONC_BODY_TOO_LARGE);  // sticky
    actionc_body_counter_free(counter);

    REQUIRE(actionc_body_counter_new(nullptr, &counter) == ACTIONC_OK);
    CHECK(actionc_body_counter_consume(counter, 1024 * 1024) == ACTIONC_OK);
    CHECK(actionc_body_counter_consume(counter, 1) == ACTIONC_BODY_TOO_LARGE);
    CHECK(std::string(actionc_last_error_message()).starts_with("Body exceeded 1mb limit."));
    actionc_body_counter_free(counter);

    counter = nullptr;
    CHECK(actionc_body_counter_new("12abc", &counter) == ACTIONC_INVALID_SIZE_LIMIT);
    CHECK(counter == nullptr);
    CHECK(actionc_body_counter_consume(nullptr, 1) == ACTIONC_INVALID_ARGUMENT);
    actionc_body_counter_free(nullptr);
}

TEST_CASE("bound args through the C ABI, including rotation") {
    Ring oldRing = ringOf(keyNumber(1));
    const std::string id = "action-A";
    const std::string plain = "[\"captured\",1]";
    OwnedString blob;
    REQUIRE(actionc_encrypt_bound_args(oldRing.handle, id.data(), id.size(), plain.data(), plain.size(),
                                       &blob.text) == ACTIONC_OK);

    Ring rotated = ringOf(keyNumber(2), keyNumber(1).toBase64().c_str());
    unsigned char* out = nullptr;
    size_t length = 0;
    REQUIRE(actionc_decrypt_bound_args(rotated.handle, id.data(), id.size(), blob.text, std::strlen(blob.text), &out,
                                       &length) == ACTIONC_OK);
    CHECK(std::string(reinterpret_cast<char*>(out), length) == plain);
    CHECK(out[length] == '\0');
    actionc_free(out);

    CHECK(actionc_decrypt_bound_args(rotated.handle, "action-B", 8, blob.text, std::strlen(blob.text), &out,
                                     &length) == ACTIONC_BOUND_ARGS_REJECTED);
    CHECK(out == nullptr);
    CHECK(actionc_decrypt_bound_args(rotated.handle, id.data(), id.size(), "@@", 2, &out, &length) ==
          ACTIONC_MALFORMED_BOUND_ARGS);
    Ring unrelated = ringOf(keyNumber(3));
    CHECK(actionc_decrypt_bound_args(unrelated.handle, id.data(), id.size(), blob.text, std::strlen(blob.text), &out,
                                     &length) == ACTIONC_UNKNOWN_KEY);
}
