#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include "actionc/action_resolver.h"
#include "actionc/manifest.h"
#include "test_support.h"

#include <cstdio>
#include <fstream>
#include <functional>

using namespace actionc;
using actionc::testing::ActionSpec;
using actionc::testing::keyNumber;
using actionc::testing::manifestJson;

namespace {

Manifest loadManifest(const nlohmann::json& document) {
    auto manifest = Manifest::fromJson(document.dump());
    REQUIRE_MESSAGE(manifest.ok(), (manifest.ok() ? std::string() : manifest.error().message));
    return std::move(*manifest);
}

const std::vector<ActionSpec> kActions = {
    {"app/actions.ts", "createTodo"},
    {"app/actions.ts", "default"},
    {"app/page.tsx", "Page/deleteItem", "inline"},
};

}  // namespace

TEST_CASE("Manifest::fromJson reads every field of the compiler's format") {
    const Key key = keyNumber(1);
    const Manifest manifest = loadManifest(manifestJson(key, kActions));
    CHECK(manifest.keyId() == key.fingerprint());
    REQUIRE(manifest.actions().size() == 3);
    const ManifestAction& inlineAction = manifest.actions()[2];
    CHECK(inlineAction.module == "app/page.tsx");
    CHECK(inlineAction.exportName == "Page/deleteItem");
    CHECK(inlineAction.kind == ActionKind::Inline);
    CHECK(inlineAction.line == 3);
    CHECK(inlineAction.column == 1);
    CHECK(inlineAction.isAsync);
    CHECK(inlineAction.params == std::optional<std::int64_t>(1));
    CHECK(inlineAction.bound == 2);
    CHECK(inlineAction.importers == std::vector<std::string>{"app/page.tsx"});
    REQUIRE(manifest.stripped().size() == 1);
    CHECK(manifest.stripped()[0].exportName == "unused");
    CHECK(manifest.find(inlineAction.id) == &inlineAction);
    CHECK(manifest.find("nope") == nullptr);
}

TEST_CASE("Manifest::fromJson accepts params \"unknown\" and a missing stripped list") {
    nlohmann::json document = manifestJson(keyNumber(1), kActions);
    document["actions"][0]["params"] = "unknown";
    document.erase("stripped");
    const Manifest manifest = loadManifest(document);
    CHECK_FALSE(manifest.actions()[0].params.has_value());
    CHECK(manifest.stripped().empty());
}

TEST_CASE("Manifest::fromJson reads past the compiler's audit results (and any other field it does not need)") {
    nlohmann::json document = manifestJson(keyNumber(1), kActions);
    document["actions"][0]["audit"] = {{"findings", {"audit-auth"}}, {"suppressed", nlohmann::json::array()}};
    document["actions"][1]["somethingNew"] = 1;
    const Manifest manifest = loadManifest(document);
    CHECK(manifest.actions().size() == kActions.size());
}

TEST_CASE("Manifest::fromJson rejects documents of the wrong shape, naming the field") {
    struct Case {
        const char* what;
        std::function<void(nlohmann::json&)> mutate;
        const char* mentions;
    };
    const std::vector<Case> cases = {
        {"version 2", [](auto& d) { d["version"] = 2; }, "version 2"},
        {"version as string", [](auto& d) { d["version"] = "1"; }, "\"version\""},
        {"missing keyId", [](auto& d) { d.erase("keyId"); }, "\"keyId\""},
        {"actions not array", [](auto& d) { d["actions"] = nlohmann::json::object(); }, "\"actions\""},
        {"action not object", [](auto& d) { d["actions"][1] = 5; }, "actions[1]"},
        {"id missing", [](auto& d) { d["actions"][0].erase("id"); }, "\"id\""},
        {"id empty", [](auto& d) { d["actions"][0]["id"] = ""; }, "\"id\" is empty"},
        {"module number", [](auto& d) { d["actions"][0]["module"] = 3; }, "\"module\""},
        {"export null", [](auto& d) { d["actions"][0]["export"] = nullptr; }, "\"export\""},
        {"kind other", [](auto& d) { d["actions"][0]["kind"] = "client"; }, "\"kind\""},
        {"line float", [](auto& d) { d["actions"][0]["line"] = 1.5; }, "\"line\""},
        {"column string", [](auto& d) { d["actions"][0]["column"] = "1"; }, "\"column\""},
        {"async string", [](auto& d) { d["actions"][0]["async"] = "yes"; }, "\"async\""},
        {"params other string", [](auto& d) { d["actions"][0]["params"] = "many"; }, "\"params\""},
        {"params negative", [](auto& d) { d["actions"][0]["params"] = -1; }, "\"params\""},
        {"bound negative", [](auto& d) { d["actions"][0]["bound"] = -1; }, "\"bound\""},
        {"importers of numbers", [](auto& d) { d["actions"][0]["importers"] = {1}; }, "\"importers\""},
        {"duplicate id", [](auto& d) { d["actions"][1]["id"] = d["actions"][0]["id"]; }, "duplicate id"},
        {"stripped not array", [](auto& d) { d["stripped"] = 1; }, "\"stripped\""},
        {"stripped entry lacks export", [](auto& d) { d["stripped"][0].erase("export"); }, "stripped[0]"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.what);
        nlohmann::json document = manifestJson(keyNumber(1), kActions);
        c.mutate(document);
        auto manifest = Manifest::fromJson(document.dump());
        REQUIRE_FALSE(manifest.ok());
        CHECK(manifest.error().code == ErrorCode::InvalidManifest);
        CHECK(manifest.error().message.find(c.mentions) != std::string::npos);
    }
    for (const char* text : {"", "{", "[]", "null", "{\"version\":1}"}) {
        CAPTURE(text);
        auto manifest = Manifest::fromJson(text);
        REQUIRE_FALSE(manifest.ok());
        CHECK(manifest.error().code == ErrorCode::InvalidManifest);
    }
}

TEST_CASE("Manifest::fromFile reads a file and reports a missing one") {
    const std::string path = "runtime_resolve_test_manifest.json";
    {
        std::ofstream out(path);
        out << manifestJson(keyNumber(1), kActions).dump(2) << "\n";
    }
    auto manifest = Manifest::fromFile(path);
    REQUIRE(manifest.ok());
    CHECK(manifest->actions().size() == 3);
    std::remove(path.c_str());

    auto missing = Manifest::fromFile(path);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::InvalidManifest);
    CHECK(missing.error().message.find(path) != std::string::npos);
}

TEST_CASE("resolveAction returns module, export and kind of an authentic listed ID") {
    const Key key = keyNumber(1);
    const KeyRing ring(key);
    const Manifest manifest = loadManifest(manifestJson(key, kActions));
    for (const ActionSpec& spec : kActions) {
        CAPTURE(spec.exportName);
        auto resolved = resolveAction(ring, manifest, encodeActionId(key, spec.module, spec.exportName));
        REQUIRE(resolved.ok());
        CHECK(resolved->module == spec.module);
        CHECK(resolved->exportName == spec.exportName);
        CHECK(actionKindName(resolved->kind) == spec.kind);
    }
}

TEST_CASE("resolveAction: an authentic ID missing from the manifest gets Next's message") {
    const Key key = keyNumber(1);
    const Manifest manifest = loadManifest(manifestJson(key, kActions));
    const std::string id = encodeActionId(key, "app/actions.ts", "removedLater");
    auto resolved = resolveAction(KeyRing(key), manifest, id);
    REQUIRE_FALSE(resolved.ok());
    CHECK(resolved.error().code == ErrorCode::ActionNotFound);
    CHECK(resolved.error().message == "Failed to find Server Action \"" + id + "\"");
    CHECK(httpStatusFor(resolved.error().code) == 404);
}

TEST_CASE("resolveAction rejects an entry that describes another pair than its ID") {
    const Key key = keyNumber(1);
    nlohmann::json document = manifestJson(key, kActions);
    // The ID of createTodo, but the entry claims another module: a tampered manifest.
    document["actions"][0]["module"] = "app/admin.ts";
    const Manifest manifest = loadManifest(document);
    auto resolved = resolveAction(KeyRing(key), manifest, document["actions"][0]["id"].get<std::string>());
    REQUIRE_FALSE(resolved.ok());
    CHECK(resolved.error().code == ErrorCode::ActionNotFound);
}

TEST_CASE("resolveAction classifies malformed IDs without a manifest lookup") {
    const Key key = keyNumber(1);
    const Manifest manifest = loadManifest(manifestJson(key, kActions));
    const std::string valid = encodeActionId(key, "app/actions.ts", "createTodo");
    for (const std::string& id : {std::string(), std::string("abc"), std::string(129, 'A'), valid + "=",
                                  valid.substr(0, 10) + "+" + valid.substr(11), std::string("$ACTION_ID_x"),
                                  std::string(40, '\0')}) {
        auto resolved = resolveAction(KeyRing(key), manifest, id);
        REQUIRE_FALSE(resolved.ok());
        CHECK(resolved.error().code == ErrorCode::MalformedId);
        CHECK(resolved.error().message.find('\0') == std::string::npos);
    }
}

TEST_CASE("resolveAction: IDs under a key the ring lacks are UnknownKey") {
    const Key key = keyNumber(1);
    const Key stranger = keyNumber(2);
    const Manifest manifest = loadManifest(manifestJson(key, kActions));
    auto resolved = resolveAction(KeyRing(key), manifest, encodeActionId(stranger, "app/actions.ts", "createTodo"));
    REQUIRE_FALSE(resolved.ok());
    CHECK(resolved.error().code == ErrorCode::UnknownKey);
}

TEST_CASE("resolveAction rejects every single-character change of a valid ID") {
    const Key key = keyNumber(1);
    const KeyRing ring(key);
    const Manifest manifest = loadManifest(manifestJson(key, kActions));
    const std::string& alphabet = actionc::testing::base64UrlAlphabet();
    for (const ActionSpec& spec : kActions) {
        const std::string valid = encodeActionId(key, spec.module, spec.exportName);
        REQUIRE(resolveAction(ring, manifest, valid).ok());
        int tried = 0;
        for (std::size_t position = 0; position < valid.size(); ++position) {
            for (char replacement : alphabet) {
                if (replacement == valid[position]) continue;
                std::string tampered = valid;
                tampered[position] = replacement;
                auto resolved = resolveAction(ring, manifest, tampered);
                if (resolved.ok()) FAIL("accepted ", tampered, " (position ", position, ")");
                const ErrorCode code = resolved.error().code;
                CHECK((code == ErrorCode::MalformedId || code == ErrorCode::UnknownKey ||
                       code == ErrorCode::ForgedId));
                ++tried;
            }
        }
        CHECK(tried == static_cast<int>(valid.size() * (alphabet.size() - 1)));
    }
}

TEST_CASE("resolveAction checks digest-form IDs against the entry's pair digest") {
    const Key key = keyNumber(3);
    const std::string longModule = "app/" + std::string(90, 'm') + "/actions.ts";
    const std::vector<ActionSpec> actions = {{longModule, "submitTheVeryLongFormName"}};
    const std::string id = encodeActionId(key, longModule, "submitTheVeryLongFormName");
    REQUIRE(decodeActionId(KeyRing(key), id).digestForm);

    auto resolved = resolveAction(KeyRing(key), loadManifest(manifestJson(key, actions)), id);
    REQUIRE(resolved.ok());
    CHECK(resolved->module == longModule);

    nlohmann::json document = manifestJson(key, actions);
    document["actions"][0]["export"] = "submitTheVeryLongFormNameX";  // same prefix, other pair
    auto mismatched = resolveAction(KeyRing(key), loadManifest(document), id);
    REQUIRE_FALSE(mismatched.ok());
    CHECK(mismatched.error().code == ErrorCode::ActionNotFound);
}

TEST_CASE("resolveAction keeps IDs of a previous key working after rotation") {
    const Key oldKey = keyNumber(1);
    const Key newKey = keyNumber(2);
    const Manifest oldManifest = loadManifest(manifestJson(oldKey, kActions));
    KeyRing rotated(newKey);
    rotated.addPrevious(oldKey);
    const std::string oldId = encodeActionId(oldKey, "app/actions.ts", "createTodo");
    CHECK(resolveAction(rotated, oldManifest, oldId).ok());
    auto withoutOld = resolveAction(KeyRing(newKey), oldManifest, oldId);
    REQUIRE_FALSE(withoutOld.ok());
    CHECK(withoutOld.error().code == ErrorCode::UnknownKey);
}

TEST_CASE("after rotation and rebuild, IDs of the previous key resolve against the new manifest") {
    // The rolling-deploy case: the client holds a page from the build under the old
    // key; the server runs the rebuild under the new key with the old key as previous.
    const Key oldKey = keyNumber(1);
    const Key newKey = keyNumber(2);
    const std::string longModule = "app/" + std::string(90, 'm') + "/actions.ts";
    std::vector<ActionSpec> actions = kActions;
    actions.push_back({longModule, "submitTheVeryLongFormName"});
    const Manifest rebuilt = loadManifest(manifestJson(newKey, actions));
    KeyRing rotated(newKey);
    rotated.addPrevious(oldKey);
    REQUIRE(checkManifestKey(rotated, rebuilt).ok());

    for (const ActionSpec& action : actions) {
        CAPTURE(action.exportName);
        const std::string oldId = encodeActionId(oldKey, action.module, action.exportName);
        const std::string newId = encodeActionId(newKey, action.module, action.exportName);
        REQUIRE(oldId != newId);
        REQUIRE(rebuilt.find(oldId) == nullptr);  // the manifest lists only the new IDs
        auto resolved = resolveAction(rotated, rebuilt, oldId);
        REQUIRE(resolved.ok());
        CHECK(resolved->module == action.module);
        CHECK(resolved->exportName == action.exportName);
        CHECK(resolved->id == newId);  // what the rebuilt code registered
        auto current = resolveAction(rotated, rebuilt, newId);
        REQUIRE(current.ok());
        CHECK(current->id == newId);
    }
    CHECK(decodeActionId(rotated, encodeActionId(oldKey, longModule, "submitTheVeryLongFormName")).digestForm);
}

TEST_CASE("an ID of a key removed from the ring is rejected, even for a listed action") {
    const Key retiredKey = keyNumber(1);
    const Key newKey = keyNumber(2);
    const Manifest rebuilt = loadManifest(manifestJson(newKey, kActions));
    KeyRing ring(newKey);
    ring.addPrevious(keyNumber(3));
    auto resolved = resolveAction(ring, rebuilt, encodeActionId(retiredKey, "app/actions.ts", "createTodo"));
    REQUIRE_FALSE(resolved.ok());
    CHECK(resolved.error().code == ErrorCode::UnknownKey);
}

TEST_CASE("an authentic ID of an action the manifest does not list is not found, whatever its key") {
    const Manifest rebuilt = loadManifest(manifestJson(keyNumber(2), kActions));
    KeyRing rotated(keyNumber(2));
    rotated.addPrevious(keyNumber(1));
    for (const Key& key : rotated.all()) {
        auto resolved = resolveAction(rotated, rebuilt, encodeActionId(key, "app/actions.ts", "unused"));
        REQUIRE_FALSE(resolved.ok());
        CHECK(resolved.error().code == ErrorCode::ActionNotFound);
    }
}

TEST_CASE("a manifest listing one export twice is invalid") {
    nlohmann::json document = manifestJson(keyNumber(1), kActions);
    nlohmann::json twin = document["actions"][0];
    twin["id"] = encodeActionId(keyNumber(2), "app/actions.ts", "createTodo");
    document["actions"].push_back(twin);
    auto manifest = Manifest::fromJson(document.dump());
    REQUIRE_FALSE(manifest.ok());
    CHECK(manifest.error().code == ErrorCode::InvalidManifest);
    CHECK(manifest.error().message.find("a second entry for export \"createTodo\"") != std::string::npos);
}

TEST_CASE("checkManifestKey refuses an entry whose id is not its key's ID of its export") {
    const Key key = keyNumber(1);
    nlohmann::json document = manifestJson(key, kActions);
    document["actions"][1]["id"] = encodeActionId(key, "app/actions.ts", "somethingElse");
    const Status mixedUp = checkManifestKey(KeyRing(key), loadManifest(document));
    REQUIRE_FALSE(mixedUp.ok());
    CHECK(mixedUp.error().code == ErrorCode::InvalidManifest);
    CHECK(mixedUp.error().message.find("actions[1]") != std::string::npos);
}

TEST_CASE("checkManifestKey accepts a ring holding the manifest's key, current or previous") {
    const Key key = keyNumber(1);
    const Manifest manifest = loadManifest(manifestJson(key, kActions));
    CHECK(checkManifestKey(KeyRing(key), manifest).ok());
    KeyRing rotated(keyNumber(2));
    rotated.addPrevious(key);
    CHECK(checkManifestKey(rotated, manifest).ok());
    const Status mismatch = checkManifestKey(KeyRing(keyNumber(2)), manifest);
    REQUIRE_FALSE(mismatch.ok());
    CHECK(mismatch.error().code == ErrorCode::InvalidKey);
    CHECK(mismatch.error().message.find(key.fingerprint()) != std::string::npos);
}

TEST_CASE("actionNotFoundMessage makes hostile IDs safe to log") {
    CHECK(actionNotFoundMessage("abc") == "Failed to find Server Action \"abc\"");
    CHECK(actionNotFoundMessage("a\"b\nc") == "Failed to find Server Action \"a?b?c\"");
    const std::string message = actionNotFoundMessage(std::string(1000, 'x'));
    CHECK(message.size() < 200);
    CHECK(message.find("...") != std::string::npos);
}

TEST_CASE("errorCodeName and httpStatusFor cover every code") {
    for (int code = 0; code <= static_cast<int>(ErrorCode::InvalidArgument); ++code) {
        const auto errorCode = static_cast<ErrorCode>(code);
        CHECK(std::string(errorCodeName(errorCode)) != "unknown-error");
        const int status = httpStatusFor(errorCode);
        CHECK((status == 200 || (status >= 400 && status < 600)));
    }
    CHECK(httpStatusFor(ErrorCode::BodyTooLarge) == 413);
    CHECK(httpStatusFor(ErrorCode::CsrfRejected) == 403);
}
