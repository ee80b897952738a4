#include "driver/gitignore.h"
#include "driver/project.h"
#include "support/glob.h"

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
    for (const ProjectFile& f : discoverProject(options, nullptr, nullptr, &unmatched)) found.push_back(f.relativePath);
    CHECK(found == std::vector<std::string>{"app/a.ts", "app/legacy/keep.ts", "lib/b.ts"});
    CHECK(unmatched.include == std::vector<std::string>{"src/**"});
    CHECK(unmatched.exclude == std::vector<std::string>{"lib/*.js", "app"});
    fs::remove_all(root);
}
TEST_CASE("wildmatch: git's rules") {
    CHECK(wildmatch("*.log", "a.log"));
    CHECK_FALSE(wildmatch("*.log", "x/a.log"));
    CHECK(wildmatch("**/*.log", "x/y/a.log"));
    CHECK(wildmatch("**/*.log", "a.log"));
    CHECK(wildmatch("a/**/b", "a/b"));
    CHECK(wildmatch("a/**/b", "a/x/y/b"));
    CHECK(wildmatch("a/**", "a/x/y"));
    CHECK_FALSE(wildmatch("a/**", "a"));
    CHECK(wildmatch("[a-c]x", "bx"));
    CHECK_FALSE(wildmatch("[!a-c]x", "bx"));
    CHECK(wildmatch("app/\\[id\\]/*.tsx", "app/[id]/page.tsx"));
    CHECK(wildmatch("a?c", "abc"));
    CHECK_FALSE(wildmatch("a?c", "a/c"));
    CHECK(wildmatch("x**y", "xay"));  // `**` not between slashes is `*`
    CHECK_FALSE(wildmatch("x**y", "xa/y"));
}

TEST_CASE(".gitignore rules: anchoring, directories only, negation, deeper files win") {
    GitignoreRules rules;
    rules.enter("# comment\n*.log\n/build-out\ncache/\n!keep.log\nsecret \\ \n", "");
    rules.enter("!*.log\ngenerated/*.ts\n", "pkg/");
    CHECK(rules.ignored("a.log", false));
    CHECK_FALSE(rules.ignored("keep.log", false));
    CHECK(rules.ignored("x/y/a.log", false));
    CHECK_FALSE(rules.ignored("pkg/a.log", false));  // re-included by the deeper file
    CHECK(rules.ignored("build-out", true));
    CHECK_FALSE(rules.ignored("x/build-out", true));  // anchored to its file's directory
    CHECK(rules.ignored("x/cache", true));
    CHECK_FALSE(rules.ignored("x/cache", false));  // directories only
    CHECK(rules.ignored("pkg/generated/a.ts", false));
    CHECK_FALSE(rules.ignored("generated/a.ts", false));
    CHECK(rules.ignored("secret  ", false));  // an escaped trailing space stays
}

TEST_CASE("discovery honours .gitignore (nested too), skips build outputs and reports what it left out") {
    const fs::path root = fs::temp_directory_path() / "actionc-project-gitignore";
    fs::remove_all(root);
    const auto write = [&](const std::string& rel, const std::string& text = "x") {
        fs::create_directories((root / rel).parent_path());
        std::ofstream(root / rel) << text;
    };
    write(".gitignore", "coverage/\n*.gen.ts\n");
    write("app/.gitignore", "local.ts\n");
    write("app/a.ts");
    write("app/local.ts");
    write("app/routes.gen.ts");
    write("coverage/report.js");
    write("dist/assets/index.js");
    write("build/x.js");
    write("app/build/page.tsx");  // not beside a package.json: a route, not an output
    write("packages/ui/package.json", "{}");
    write("packages/ui/dist/index.js");
    write("packages/ui/src/index.ts");
    write("app/a.test.ts");
    DiscoveryOptions options{root.string(), (root / "out").string(), {}, {}, false};
    LeftOut leftOut;
    std::vector<std::string> found;
    for (const ProjectFile& f : discoverProject(options, nullptr, &leftOut)) found.push_back(f.relativePath);
    CHECK(found == std::vector<std::string>{".gitignore", "app/.gitignore", "app/a.ts", "app/build/page.tsx",
                                            "packages/ui/package.json", "packages/ui/src/index.ts"});
    CHECK(leftOut.files == std::vector<std::string>{"app/a.test.ts", "app/local.ts", "app/routes.gen.ts"});
    CHECK(leftOut.directories == std::vector<std::string>{"build", "coverage", "dist", "packages/ui/dist"});
    // An include glob that names a build output walks it.
    options.include = {"dist/**"};
    found.clear();
    for (const ProjectFile& f : discoverProject(options)) found.push_back(f.relativePath);
    CHECK(found == std::vector<std::string>{"dist/assets/index.js"});
    fs::remove_all(root);
}

TEST_CASE("an output directory that is /, ROOT or an ancestor of ROOT is refused") {
    const fs::path root = fs::temp_directory_path() / "actionc-project-outdir" / "app";
    fs::create_directories(root);
    CHECK(outputDirectoryProblem(root.string(), "/"));
    CHECK(outputDirectoryProblem(root.string(), root.string()));
    CHECK(outputDirectoryProblem(root.string(), (root / ".").string()));
    CHECK(outputDirectoryProblem(root.string(), root.parent_path().string()));
    CHECK_FALSE(outputDirectoryProblem(root.string(), (root / "out").string()));
    CHECK_FALSE(outputDirectoryProblem(root.string(), (root.parent_path() / "out").string()));
    CHECK(outputDirectoryProblem(root.string(), root.string())->find("project root") != std::string::npos);
    fs::remove_all(root.parent_path());
}
