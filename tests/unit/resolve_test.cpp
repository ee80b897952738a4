#include "graph/resolve.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace actionc;

namespace {

const std::vector<std::string> kModules = {
    "app/page.tsx",        "app/actions.ts",   "lib/index.ts",   "lib/db.js",   "src/lib/auth.ts",
    "src/lib/util/index.tsx", "app/legacy.mts", "components/Button.jsx"};

std::string resolved(const ModuleResolver& r, std::string_view from, std::string_view spec) {
    const auto result = r.resolve(from, spec);
    switch (result.outcome) {
    case ModuleResolver::Outcome::Resolved: return kModules[result.module];
    case ModuleResolver::Outcome::External: return "<external>";
    case ModuleResolver::Outcome::Unresolved: return "<unresolved>";
    }
    return "";
}

}  // namespace

TEST_CASE("relative specifiers probe extensions, index files and .js-for-.ts") {
    const ModuleResolver r(kModules, {});
    CHECK(resolved(r, "app/page.tsx", "./actions") == "app/actions.ts");
    CHECK(resolved(r, "app/page.tsx", "./actions.js") == "app/actions.ts");
    CHECK(resolved(r, "app/page.tsx", "./actions.ts") == "app/actions.ts");
    CHECK(resolved(r, "app/page.tsx", "../lib") == "lib/index.ts");
    CHECK(resolved(r, "app/page.tsx", "../lib/db") == "lib/db.js");
    CHECK(resolved(r, "app/page.tsx", "./legacy.mjs") == "app/legacy.mts");
    CHECK(resolved(r, "app/page.tsx", "../components/Button") == "components/Button.jsx");
    CHECK(resolved(r, "app/page.tsx", "./missing") == "<unresolved>");
    CHECK(resolved(r, "app/page.tsx", "../../outside") == "<unresolved>");
    CHECK(resolved(r, "app/page.tsx", "react") == "<external>");
}

TEST_CASE("tsconfig paths pick the longest prefix and baseUrl applies to bare names") {
    ResolverConfig config;
    config.baseUrl = "src";
    config.paths = {{"@/*", {"src/*"}}, {"@/lib/*", {"src/lib/*"}}, {"~db", {"lib/db.js"}}};
    const ModuleResolver r(kModules, config);
    CHECK(resolved(r, "app/page.tsx", "@/lib/auth") == "src/lib/auth.ts");
    CHECK(resolved(r, "app/page.tsx", "@/lib/util") == "src/lib/util/index.tsx");
    CHECK(resolved(r, "app/page.tsx", "~db") == "lib/db.js");
    CHECK(resolved(r, "app/page.tsx", "lib/auth") == "src/lib/auth.ts");  // via baseUrl
    CHECK(resolved(r, "app/page.tsx", "@/nothing") == "<unresolved>");
    CHECK(resolved(r, "app/page.tsx", "next/navigation") == "<external>");
}

TEST_CASE("tsconfig.json with comments, trailing commas and extends") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "actionc-resolve-test";
    fs::remove_all(dir);
    fs::create_directories(dir / "config");
    std::ofstream(dir / "config" / "base.json") << R"({
      // shared settings
      "compilerOptions": { "baseUrl": "..", "paths": { "@/*": ["./src/*",], }, },
    })";
    std::ofstream(dir / "tsconfig.json") << R"({ "extends": "./config/base", /* nothing else */ })";
    std::string error;
    const auto config = loadTsconfig(dir.string(), &error);
    REQUIRE_MESSAGE(config, error);
    CHECK(config->baseUrl == std::optional<std::string>(""));
    REQUIRE(config->paths.size() == 1);
    CHECK(config->paths[0].pattern == "@/*");
    CHECK(config->paths[0].targets == std::vector<std::string>{"src/*"});
    fs::remove_all(dir);
}

TEST_CASE("joinModulePath normalises and refuses to leave the root") {
    CHECK(joinModulePath("app/x", "../y/./z") == std::optional<std::string>("app/y/z"));
    CHECK(joinModulePath("", "./a") == std::optional<std::string>("a"));
    CHECK_FALSE(joinModulePath("app", "../../a"));
}
