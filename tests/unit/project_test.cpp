#include "driver/project.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace actionc;
namespace fs = std::filesystem;

TEST_CASE("test files are recognised") {
    CHECK(isTestFile("app/a.test.ts"));
    CHECK(isTestFile("app/a.spec.tsx"));
    CHECK(isTestFile("__tests__/a.ts"));
    CHECK(isTestFile("app/__tests__/deep/a.ts"));
    CHECK_FALSE(isTestFile("app/testing.ts"));
    CHECK_FALSE(isTestFile("app/contest.ts"));
}

TEST_CASE("discovery skips node_modules, dot-dirs, the output and excluded files") {
    const fs::path root = fs::temp_directory_path() / "actionc-project-test";
    fs::remove_all(root);
    for (const char* dir : {"app", "node_modules/pkg", ".git", "out/client", "app/__tests__"}) {
        fs::create_directories(root / dir);
    }
    for (const char* file : {"app/a.ts", "app/b.tsx", "app/style.css", "app/types.d.ts", "node_modules/pkg/i.js",
                             ".git/HEAD", "out/client/a.ts", "app/a.test.ts", "app/__tests__/t.ts",
                             "app/skip.stories.tsx", "actionc.json"}) {
        std::ofstream(root / file) << "x";
    }
    DiscoveryOptions options{root.string(), (root / "out").string(), {}, {"**/*.stories.tsx"}, false};
    std::vector<std::string> found;
    for (const ProjectFile& f : discoverProject(options)) found.push_back(f.relativePath + (f.compiled ? "*" : ""));
    CHECK(found == std::vector<std::string>{"app/a.ts*", "app/b.tsx*", "app/style.css", "app/types.d.ts"});
    options.includeTests = true;
    options.include = {"app/**"};
    found.clear();
    for (const ProjectFile& f : discoverProject(options)) found.push_back(f.relativePath);
    CHECK(found == std::vector<std::string>{"app/__tests__/t.ts", "app/a.test.ts", "app/a.ts", "app/b.tsx",
                                            "app/style.css", "app/types.d.ts"});
    fs::remove_all(root);
}

TEST_CASE("discovery: include/exclude lists with negation, and the patterns that matched nothing") {
    const fs::path root = fs::temp_directory_path() / "actionc-project-globs-test";
    fs::remove_all(root);
    fs::create_directories(root / "app/legacy");
    fs::create_directories(root / "lib");
    for (const char* file : {"app/a.ts", "app/legacy/old.ts", "app/legacy/keep.ts", "lib/b.ts"}) std::ofstream(root / file) << "x";
    DiscoveryOptions options{root.string(), (root / "out").string(),
                             {"{app,lib}/**", "!app/legacy/**", "app/legacy/keep.ts", "src/**"},
                             {"lib/*.js", "app"}, false};
    UnmatchedGlobs unmatched;
    std::vector<std::string> found;
    for (const ProjectFile& f : discoverProject(options, nullptr, &unmatched)) found.push_back(f.relativePath);
    CHECK(found == std::vector<std::string>{"app/a.ts", "app/legacy/keep.ts", "lib/b.ts"});
    CHECK(unmatched.include == std::vector<std::string>{"src/**"});
    CHECK(unmatched.exclude == std::vector<std::string>{"lib/*.js", "app"});
    fs::remove_all(root);
}
