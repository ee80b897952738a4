#include "manifest/diff.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace actionc;

namespace {

ManifestAction action(std::string module, std::string exportName, std::optional<std::uint32_t> params = 1) {
    return {"ID-" + module + exportName, std::move(module), std::move(exportName), "module", 1, 1, true, params, 0, {}};
}

}  // namespace

TEST_CASE("an unchanged manifest has an unchanged surface, whatever the positions") {
    Manifest before;
    before.keyId = "k";
    before.actions = {action("a.ts", "x")};
    Manifest after = before;
    after.actions[0].line = 40;
    const ManifestDiff diff = diffManifests(before, after);
    CHECK_FALSE(diff.surfaceChanged());
    CHECK(formatDiffText(diff).find("the public surface is unchanged") != std::string::npos);
}

TEST_CASE("added, removed, now stripped, moved and re-parameterised actions") {
    Manifest before;
    before.keyId = "k1";
    before.actions = {action("a.ts", "kept"), action("a.ts", "gone"), action("a.ts", "unused"), action("a.ts", "moving"),
                      action("a.ts", "params", 1)};
    Manifest after;
    after.keyId = "k2";
    after.actions = {action("a.ts", "kept"), action("b.ts", "moving"), action("a.ts", "params", std::nullopt),
                     action("c.ts", "exposed")};
    after.stripped = {{"a.ts", "unused"}};
    const ManifestDiff diff = diffManifests(before, after);
    REQUIRE(diff.added.size() == 1);
    CHECK(diff.added[0].module == "c.ts");
    REQUIRE(diff.removed.size() == 1);
    CHECK(diff.removed[0].exportName == "gone");
    REQUIRE(diff.nowStripped.size() == 1);
    CHECK(diff.nowStripped[0].exportName == "unused");
    REQUIRE(diff.moved.size() == 1);
    CHECK(diff.moved[0].module == "b.ts");
    CHECK(diff.moved[0].previousModule == "a.ts");
    REQUIRE(diff.paramsChanged.size() == 1);
    CHECK(diff.paramsChanged[0].previousParams == 1u);
    CHECK_FALSE(diff.paramsChanged[0].params.has_value());
    CHECK(diff.keyChanged);
    CHECK(diff.surfaceChanged());
    const std::string text = formatDiffText(diff);
    CHECK(text.find("+ added   c.ts#exposed\n") != std::string::npos);
    CHECK(text.find("~ moved   b.ts#moving (from a.ts)\n") != std::string::npos);
    CHECK(formatDiffJson(diff).find("\"surfaceChanged\": true") != std::string::npos);
}

TEST_CASE("a rename: one export gone and one new in the same module, with the same parameters") {
    Manifest before;
    before.actions = {action("a.ts", "createPost", 2), action("a.ts", "other", 1)};
    Manifest after;
    after.actions = {action("a.ts", "addPost", 2), action("a.ts", "other", 1)};
    const ManifestDiff diff = diffManifests(before, after);
    REQUIRE(diff.renamed.size() == 1);
    CHECK(diff.renamed[0].exportName == "addPost");
    CHECK(diff.renamed[0].previousExport == "createPost");
    CHECK(diff.renamed[0].previousId == "ID-a.tscreatePost");
    CHECK(diff.added.empty());
    CHECK(diff.removed.empty());
    CHECK(diff.surfaceChanged());
    CHECK(formatDiffText(diff).find("~ renamed a.ts#addPost (from createPost)\n") != std::string::npos);
}

TEST_CASE("no rename when the parameters differ, or when the pairing is ambiguous") {
    Manifest before;
    before.actions = {action("a.ts", "createPost", 2), action("b.ts", "x", 1), action("b.ts", "y", 1)};
    Manifest after;
    after.actions = {action("a.ts", "addPost", 3), action("b.ts", "z", 1)};
    const ManifestDiff diff = diffManifests(before, after);
    CHECK(diff.renamed.empty());
    CHECK(diff.added.size() == 2);
    CHECK(diff.removed.size() == 3);
}

TEST_CASE("diff --json: numbers as numbers, IDs and importers") {
    Manifest before;
    before.actions = {action("a.ts", "p", 1), action("a.ts", "gone", 0)};
    Manifest after;
    ManifestAction changed = action("a.ts", "p", 2);
    changed.importers = {"app/page.tsx"};
    after.actions = {changed, action("c.ts", "exposed", std::nullopt)};
    const nlohmann::json json = nlohmann::json::parse(formatDiffJson(diffManifests(before, after)));
    const nlohmann::json& p = json["paramsChanged"][0];
    CHECK(p["params"] == 2);
    CHECK(p["previousParams"] == 1);
    CHECK(p["id"] == "ID-a.tsp");
    CHECK(p["importers"] == nlohmann::json::array({"app/page.tsx"}));
    CHECK(json["added"][0]["params"] == "unknown");
    CHECK(json["added"][0]["id"] == "ID-c.tsexposed");
    CHECK(json["removed"][0]["params"] == 0);
    CHECK(json["counts"]["added"] == 1);
    CHECK(json["surfaceChanged"] == true);
}

TEST_CASE("an action public only because an unresolved import may name it says so") {
    Manifest before;
    Manifest after;
    after.actions = {action("a.ts", "kept", 0)};
    after.actions[0].keptBy = {{"~/a", "page.ts"}, {"~/a", "form.ts"}};
    const ManifestDiff diff = diffManifests(before, after);
    REQUIRE(diff.added.size() == 1);
    CHECK(formatDiffText(diff).find("+ added   a.ts#kept (kept by unresolved import '~/a' in page.ts and 1 more)\n") !=
          std::string::npos);
    CHECK(formatDiffJson(diff).find("\"keptBy\": \"kept by unresolved import '~/a' in page.ts and 1 more\"") !=
          std::string::npos);
}
