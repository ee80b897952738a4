#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include "actionc/action_id.h"
#include "actionc/bound_args.h"
#include "test_support.h"

#include <sodium.h>

#include <cstring>

using namespace actionc;
using actionc::testing::keyNumber;

namespace {

std::vector<unsigned char> decodeBase64Url(const std::string& text) {
    std::vector<unsigned char> out(text.size());
    std::size_t length = 0;
    REQUIRE(sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &length, nullptr,
                              sodium_base64_VARIANT_URLSAFE_NO_PADDING) == 0);
    out.resize(length);
    return out;
}

const std::string kActionA = "actionA";
const std::string kActionB = "actionB";

}  // namespace

TEST_CASE("bound args round-trip, including empty and binary payloads") {
    const KeyRing ring(keyNumber(1));
    const std::string binary("\0\xff\x01\r\n--x", 8);
    for (const std::string& plain : {std::string(), std::string("[1,\"two\",{\"three\":3}]"), binary,
                                     std::string(1 << 20, 'z')}) {
        const std::string blob = encryptBoundArgs(ring, kActionA, plain);
        auto decrypted = decryptBoundArgs(ring, kActionA, blob);
        REQUIRE(decrypted.ok());
        CHECK(*decrypted == plain);
    }
}

TEST_CASE("a blob is tag || nonce || ciphertext+MAC in unpadded base64url") {
    const Key key = keyNumber(1);
    const std::string plain = "[42]";
    const std::string blob = encryptBoundArgs(KeyRing(key), kActionA, plain);
    CHECK(blob.find_first_not_of(actionc::testing::base64UrlAlphabet()) == std::string::npos);
    const std::vector<unsigned char> raw = decodeBase64Url(blob);
    REQUIRE(raw.size() == kKeyTagBytes + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + plain.size() +
                              crypto_aead_xchacha20poly1305_ietf_ABYTES);
    const auto tag = key.tag();
    CHECK(std::equal(tag.begin(), tag.end(), raw.begin()));
    // The plaintext must not appear in clear.
    CHECK(std::string(raw.begin(), raw.end()).find(plain) == std::string::npos);
}

TEST_CASE("each encryption uses a fresh nonce") {
    const KeyRing ring(keyNumber(1));
    const std::string first = encryptBoundArgs(ring, kActionA, "same");
    const std::string second = encryptBoundArgs(ring, kActionA, "same");
    CHECK(first != second);
    CHECK(first.substr(0, 4) == second.substr(0, 4));  // same key tag
}

TEST_CASE("a blob minted for action A is rejected for action B") {
    const KeyRing ring(keyNumber(1));
    const std::string blob = encryptBoundArgs(ring, kActionA, "[\"secret\"]");
    auto forB = decryptBoundArgs(ring, kActionB, blob);
    REQUIRE_FALSE(forB.ok());
    CHECK(forB.error().code == ErrorCode::BoundArgsRejected);
    CHECK(httpStatusFor(forB.error().code) == 400);
    CHECK(decryptBoundArgs(ring, kActionA, blob).ok());
}

TEST_CASE("every single-character change of a blob is rejected") {
    const KeyRing ring(keyNumber(1));
    const std::string blob = encryptBoundArgs(ring, kActionA, "[1,2]");
    const std::string& alphabet = actionc::testing::base64UrlAlphabet();
    std::size_t rejected = 0;
    for (std::size_t position = 0; position < blob.size(); ++position) {
        for (char replacement : alphabet) {
            if (replacement == blob[position]) continue;
            std::string tampered = blob;
            tampered[position] = replacement;
            auto result = decryptBoundArgs(ring, kActionA, tampered);
            if (result.ok()) FAIL("accepted a blob changed at position ", position);
            ++rejected;
        }
    }
    CHECK(rejected == blob.size() * (alphabet.size() - 1));
}

TEST_CASE("truncated, extended and non-base64url blobs are malformed or rejected") {
    const KeyRing ring(keyNumber(1));
    const std::string blob = encryptBoundArgs(ring, kActionA, "[1]");
    for (const std::string& bad : {std::string(), std::string("abc"), blob.substr(0, 30), blob + "=",
                                   std::string("!!!!") + blob.substr(4), std::string(60, '.')}) {
        CAPTURE(bad);
        auto result = decryptBoundArgs(ring, kActionA, bad);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::MalformedBoundArgs);
    }
    // Cut or padded at a byte boundary: well-formed, but the MAC no longer verifies.
    const std::vector<unsigned char> raw = decodeBase64Url(blob);
    const auto encode = [](std::vector<unsigned char> bytes) {
        std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
        sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
        out.resize(std::strlen(out.c_str()));
        return out;
    };
    std::vector<unsigned char> shorter(raw.begin(), raw.end() - 1);
    std::vector<unsigned char> longer = raw;
    longer.push_back(0);
    for (const std::string& bad : {encode(shorter), encode(longer)}) {
        auto result = decryptBoundArgs(ring, kActionA, bad);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::BoundArgsRejected);
    }
}

TEST_CASE("key rotation: blobs of a previous key still decrypt; new blobs use the current key") {
    const Key oldKey = keyNumber(1);
    const Key newKey = keyNumber(2);
    const std::string oldBlob = encryptBoundArgs(KeyRing(oldKey), kActionA, "[\"before\"]");

    KeyRing rotated(newKey);
    rotated.addPrevious(oldKey);
    auto decrypted = decryptBoundArgs(rotated, kActionA, oldBlob);
    REQUIRE(decrypted.ok());
    CHECK(*decrypted == "[\"before\"]");

    const std::string newBlob = encryptBoundArgs(rotated, kActionA, "[\"after\"]");
    const auto newTag = newKey.tag();
    CHECK(std::equal(newTag.begin(), newTag.end(), decodeBase64Url(newBlob).begin()));

    // Once the old key is retired, its blobs are refused as coming from an unknown key.
    auto retired = decryptBoundArgs(KeyRing(newKey), kActionA, oldBlob);
    REQUIRE_FALSE(retired.ok());
    CHECK(retired.error().code == ErrorCode::UnknownKey);
}

TEST_CASE("across a rotation and rebuild, an old blob decrypts with the action's new-key ID") {
    // The old page bound the blob to the action's ID under the old key; the rebuilt code
    // decrypts with the ID the new key mints for the same action.
    const Key oldKey = keyNumber(1);
    const Key newKey = keyNumber(2);
    const std::string oldId = encodeActionId(oldKey, "app/page.tsx", "Page/rename");
    const std::string newId = encodeActionId(newKey, "app/page.tsx", "Page/rename");
    const std::string oldBlob = encryptBoundArgs(KeyRing(oldKey), oldId, "[\"owner\"]");
    KeyRing rotated(newKey);
    rotated.addPrevious(oldKey);

    auto decrypted = decryptBoundArgs(rotated, newId, oldBlob);
    REQUIRE(decrypted.ok());
    CHECK(*decrypted == "[\"owner\"]");
    CHECK(decryptBoundArgs(rotated, oldId, oldBlob).ok());

    // Still bound to its action: another action's ID, under either key, is refused.
    for (const std::string& other : {encodeActionId(newKey, "app/page.tsx", "Page/remove"),
                                     encodeActionId(oldKey, "app/page.tsx", "Page/remove")}) {
        auto refused = decryptBoundArgs(rotated, other, oldBlob);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::BoundArgsRejected);
    }
    // And a new blob is bound to the new ID, readable through the old one as well.
    const std::string newBlob = encryptBoundArgs(rotated, newId, "[1]");
    CHECK(decryptBoundArgs(rotated, oldId, newBlob).ok());
    // Retiring the old key retires its blobs.
    auto retired = decryptBoundArgs(KeyRing(newKey), newId, oldBlob);
    REQUIRE_FALSE(retired.ok());
    CHECK(retired.error().code == ErrorCode::UnknownKey);
}

TEST_CASE("a blob under a key outside the ring is UnknownKey") {
    const std::string blob = encryptBoundArgs(KeyRing(keyNumber(5)), kActionA, "[1]");
    auto result = decryptBoundArgs(KeyRing(keyNumber(6)), kActionA, blob);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::UnknownKey);
}
