#include "actionc/action_id.h"

#include <doctest/doctest.h>

#include <set>

using namespace actionc;

namespace {

Key fixedKey(std::uint8_t fill) {
    Key::Bytes bytes;
    bytes.fill(fill);
    return Key(bytes);
}

}  // namespace

TEST_CASE("IDs are deterministic, opaque and within the alphabet and length") {
    const Key key = fixedKey(7);
    const std::string id = encodeActionId(key, "app/actions.ts", "createPost");
    CHECK(id == encodeActionId(key, "app/actions.ts", "createPost"));
    CHECK(id != encodeActionId(key, "app/actions.ts", "createPosT"));
    CHECK(id != encodeActionId(fixedKey(8), "app/actions.ts", "createPost"));
    CHECK(id.size() <= kMaxActionIdChars);
    CHECK(id.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") == std::string::npos);
    CHECK(id.find("createPost") == std::string::npos);
    CHECK(id.find("actions") == std::string::npos);
}

TEST_CASE("IDs decode with the key to module and name") {
    const Key key = fixedKey(1);
    const KeyRing ring(key);
    const auto decoded = decodeActionId(ring, encodeActionId(key, "app/a.ts", "Page/deleteItem"));
    REQUIRE(decoded.status == IdStatus::Ok);
    CHECK(decoded.module == "app/a.ts");
    CHECK(decoded.name == "Page/deleteItem");
    CHECK(decoded.keyFingerprint == key.fingerprint());
}

TEST_CASE("every changed character is rejected") {
    const Key key = fixedKey(2);
    const KeyRing ring(key);
    const std::string id = encodeActionId(key, "app/actions.ts", "save");
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (std::size_t i = 0; i < id.size(); ++i) {
        for (char replacement : {alphabet[(alphabet.find(id[i]) + 1) % 64], alphabet[(alphabet.find(id[i]) + 33) % 64]}) {
            std::string tampered = id;
            tampered[i] = replacement;
            CAPTURE(i);
            CHECK(decodeActionId(ring, tampered).status != IdStatus::Ok);
        }
    }
    CHECK(decodeActionId(ring, id.substr(0, id.size() - 1)).status != IdStatus::Ok);
    CHECK(decodeActionId(ring, id + "A").status != IdStatus::Ok);
    CHECK(decodeActionId(ring, "").status == IdStatus::Malformed);
    CHECK(decodeActionId(ring, "not an id!").status == IdStatus::Malformed);
}

TEST_CASE("unknown keys and forgeries are told apart") {
    const Key key = fixedKey(3);
    const std::string id = encodeActionId(key, "m.ts", "f");
    CHECK(decodeActionId(KeyRing(fixedKey(4)), id).status == IdStatus::UnknownKey);
    std::string forged = id;
    forged[10] = forged[10] == 'A' ? 'B' : 'A';  // past the key tag: the tag still matches
    CHECK(decodeActionId(KeyRing(key), forged).status == IdStatus::Forged);
}

TEST_CASE("previous keys still decode after rotation") {
    const Key oldKey = fixedKey(5);
    KeyRing ring(fixedKey(6));
    ring.addPrevious(oldKey);
    const auto decoded = decodeActionId(ring, encodeActionId(oldKey, "m.ts", "f"));
    REQUIRE(decoded.status == IdStatus::Ok);
    CHECK(decoded.keyFingerprint == oldKey.fingerprint());
}

TEST_CASE("long module paths use the digest form and stay within 128 characters") {
    const Key key = fixedKey(9);
    const std::string module = "app/(dashboard)/settings/organisation/members/[memberId]/permissions/actions.ts";
    const std::string id = encodeActionId(key, module, "updateMemberPermissions");
    CHECK(id.size() <= kMaxActionIdChars);
    const auto decoded = decodeActionId(KeyRing(key), id);
    REQUIRE(decoded.status == IdStatus::Ok);
    CHECK(decoded.digestForm);
    CHECK(decoded.digestHex == actionPairDigestHex(module, "updateMemberPermissions"));
    CHECK(id != encodeActionId(key, module, "updateMemberPermission"));
}

TEST_CASE("distinct pairs give distinct IDs") {
    const Key key = fixedKey(10);
    std::set<std::string> ids;
    for (int m = 0; m < 50; ++m) {
        for (int n = 0; n < 20; ++n) ids.insert(encodeActionId(key, "m" + std::to_string(m), "n" + std::to_string(n)));
    }
    CHECK(ids.size() == 1000);
    // The pair boundary is unambiguous: ("ab", "c") and ("a", "bc") differ.
    CHECK(encodeActionId(key, "ab", "c") != encodeActionId(key, "a", "bc"));
}

TEST_CASE("keys parse from base64 and print a stable fingerprint") {
    const Key key = fixedKey(11);
    const auto parsed = Key::fromBase64(key.toBase64() + "\n");
    REQUIRE(parsed);
    CHECK(parsed->fingerprint() == key.fingerprint());
    CHECK(key.fingerprint().size() == 16);
    CHECK_FALSE(Key::fromBase64("c2hvcnQ="));
    CHECK_FALSE(Key::fromBase64("!!!"));
    std::string error;
    KeyRing ring(key);
    CHECK_FALSE(KeyRing::addPreviousKeys(ring, key.toBase64() + ",garbage", &error));
    CHECK(KeyRing::addPreviousKeys(ring, " " + key.toBase64() + " , ", &error));
    CHECK(ring.all().size() == 3);
}
