#include "manifest/diff.h"

#include <doctest/doctest.h>

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
    CHECK(diff.moved[0].detail == "from a.ts");
    REQUIRE(diff.paramsChanged.size() == 1);
    CHECK(diff.paramsChanged[0].detail == "1 -> unknown");
    CHECK(diff.keyChanged);
    CHECK(diff.surfaceChanged());
    const std::string text = formatDiffText(diff);
    CHECK(text.find("+ added   c.ts#exposed\n") != std::string::npos);
    CHECK(text.find("~ moved   b.ts#moving (from a.ts)\n") != std::string::npos);
    CHECK(formatDiffJson(diff).find("\"surfaceChanged\": true") != std::string::npos);
}

TEST_CASE("an action public only because an unresolved import may name it says so") {
    Manifest before;
    Manifest after;
    after.actions = {action("a.ts", "kept")};
    after.actions[0].keptBy = {{"~/a", "page.ts"}, {"~/a", "form.ts"}};
    const ManifestDiff diff = diffManifests(before, after);
    REQUIRE(diff.added.size() == 1);
    CHECK(formatDiffText(diff).find("+ added   a.ts#kept (kept by unresolved import '~/a' in page.ts and 1 more)\n") !=
          std::string::npos);
    CHECK(formatDiffJson(diff).find("\"keptBy\": \"kept by unresolved import '~/a' in page.ts and 1 more\"") !=
          std::string::npos);
}
