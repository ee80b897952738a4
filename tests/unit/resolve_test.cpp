#include "graph/resolve.h"
#include "test_support.h"

#include <doctest/doctest.h>

#include <filesystem>

using namespace actionc;
using actionc::test::TempTree;

namespace {

const std::vector<std::string> kModules = {
    "app/page.tsx",        "app/actions.ts",   "lib/index.ts",   "lib/db.js",   "src/lib/auth.ts",
    "src/lib/util/index.tsx", "app/legacy.mts", "components/Button.jsx"};

// The answer as text: the module, or the outcome; candidates after a colon.
std::string answer(const ModuleResolver& r, const std::vector<std::string>& modules, std::string_view from,
                   std::string_view spec) {
    const auto result = r.resolve(from, spec);
    switch (result.outcome) {
    case ModuleResolver::Outcome::Resolved: {
        std::string out = modules[result.module];
        for (std::size_t a : result.alternates) out += "|" + modules[a];
        return out;
    }
    case ModuleResolver::Outcome::External: return "<external>";
    case ModuleResolver::Outcome::NotModule: return "<not-module>";
    case ModuleResolver::Outcome::Excluded: return "<excluded>";
    case ModuleResolver::Outcome::Unresolved: {
        std::string out = result.anyModule ? "<unresolved:any" : "<unresolved:";
        for (std::size_t c : result.candidates) out += " " + modules[c];
        return out + ">";
    }
    }
    return "";
}

std::string resolved(const ModuleResolver& r, std::string_view from, std::string_view spec) {
    return answer(r, kModules, from, spec);
}

ResolverConfig withOptions(ResolutionOptions options) {
    ResolverConfig config;
    config.tsconfig = TsconfigSet::single(std::move(options));
    return config;
}

// A project on disk: its resolver, loaded as the build loads it.
struct DiskProject {
    TempTree tree;
    std::vector<std::string> modules;
    std::vector<ResolverProblem> problems;
    explicit DiskProject(const std::string& name) : tree(name) {}
    void module(const std::string& rel, const std::string& text = "export {};\n") {
        tree.write(rel, text);
        modules.push_back(rel);
    }
    ModuleResolver resolver(std::vector<BundlerAlias> aliases = {}, OtherFiles others = {}) {
        problems.clear();
        return ModuleResolver(modules, loadResolverConfig(tree.path(), modules, std::move(aliases), problems),
                              std::move(others));
    }
    std::string resolve(const ModuleResolver& r, std::string_view from, std::string_view spec) const {
        return answer(r, modules, from, spec);
    }
};

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
    CHECK(resolved(r, "app/page.tsx", "./missing") == "<unresolved:>");
    CHECK(resolved(r, "app/page.tsx", "../../outside") == "<external>");  // above ROOT: no file of ours
    CHECK(resolved(r, "app/page.tsx", "react") == "<external>");
    CHECK(resolved(r, "app/page.tsx", "node:fs") == "<external>");
}

TEST_CASE("tsconfig paths pick the longest prefix and baseUrl applies to bare names") {
    ResolutionOptions options;
    options.baseUrl = "src";
    options.paths = {{"@/*", {"src/*"}}, {"@/lib/*", {"src/lib/*"}}, {"~db", {"lib/db.js"}}};
    const ModuleResolver r(kModules, withOptions(options));
    CHECK(resolved(r, "app/page.tsx", "@/lib/auth") == "src/lib/auth.ts");
    CHECK(resolved(r, "app/page.tsx", "@/lib/util") == "src/lib/util/index.tsx");
    CHECK(resolved(r, "app/page.tsx", "~db") == "lib/db.js");
    CHECK(resolved(r, "app/page.tsx", "lib/auth") == "src/lib/auth.ts");  // via baseUrl
    CHECK(resolved(r, "app/page.tsx", "@/nothing") == "<unresolved:>");   // a pattern of ours: may name a file
    CHECK(resolved(r, "app/page.tsx", "next/navigation") == "<external>");
}

TEST_CASE("a catch-all paths pattern does not make every package a project file") {
    ResolutionOptions options;
    options.paths = {{"*", {"src/types/*"}}};
    const ModuleResolver r(kModules, withOptions(options));
    CHECK(resolved(r, "app/page.tsx", "react") == "<external>");
}

TEST_CASE("moduleSuffixes are tried for each extension, as TypeScript does") {
    const std::vector<std::string> modules = {"app/page.tsx", "app/button.ios.tsx", "app/button.tsx", "app/x.native.ts"};
    ResolutionOptions options;
    options.moduleSuffixes = {".ios", ".native", ""};
    const ModuleResolver r(modules, withOptions(options));
    CHECK(answer(r, modules, "app/page.tsx", "./button") == "app/button.ios.tsx");
    CHECK(answer(r, modules, "app/page.tsx", "./x") == "app/x.native.ts");
    CHECK(answer(r, modules, "app/page.tsx", "./x.js") == "app/x.native.ts");
}

TEST_CASE("imports of files that are no modules, and of files left out of the build, are not unresolved") {
    OtherFiles others;
    others.assets = {"app/styles.css", "app/logo.svg", "app/theme.json", "app/types.d.ts"};
    others.excluded = {"app/actions.test.ts"};
    others.excludedDirectories = {"dist"};
    const ModuleResolver r(kModules, {}, others);
    CHECK(resolved(r, "app/page.tsx", "./styles.css") == "<not-module>");
    CHECK(resolved(r, "app/page.tsx", "./logo.svg") == "<not-module>");
    CHECK(resolved(r, "app/page.tsx", "./theme.json") == "<not-module>");
    CHECK(resolved(r, "app/page.tsx", "./gone.module.scss") == "<not-module>");  // even when missing
    CHECK(resolved(r, "app/page.tsx", "./types") == "<not-module>");
    CHECK(resolved(r, "app/page.tsx", "./actions?raw") == "<not-module>");
    CHECK(resolved(r, "app/page.tsx", "./actions.ts?url") == "<not-module>");
    CHECK(resolved(r, "app/page.tsx", "./actions.test") == "<excluded>");
    CHECK(resolved(r, "app/page.tsx", "../dist/actions.js") == "<excluded>");
    CHECK(resolved(r, "app/page.tsx", "../build/server/index.js") == "<excluded>");  // not built yet
    CHECK(resolved(r, "app/page.tsx", "./build/x") == "<unresolved:>");  // app/ is no package's root
}

TEST_CASE("an unresolved relative import may name a module differing in case or suffix, or below it") {
    const std::vector<std::string> modules = {"app/page.tsx", "app/Actions.ts", "app/posts.server.ts",
                                              "app/forms/index.ts", "app/forms/save.ts", "app/other.ts"};
    const ModuleResolver r(modules, {});
    CHECK(answer(r, modules, "app/page.tsx", "./actions") == "<unresolved: app/Actions.ts>");
    CHECK(answer(r, modules, "app/page.tsx", "./posts") == "<unresolved: app/posts.server.ts>");
    CHECK(answer(r, modules, "app/page.tsx", "./gone") == "<unresolved:>");
}

TEST_CASE("alias-shaped specifiers nobody configured may name any module; packages outside ROOT none") {
    const std::vector<std::string> modules = {"app/page.tsx", "src/actions/posts.ts", "src/server/index.ts"};
    const ModuleResolver r(modules, {});
    for (const char* spec : {"@/actions/posts", "~/actions/posts", "~actions", "#server", "$lib/x", "@Components/Thing",
                             "src/actions/gone"}) {  // the last: a directory of ROOT
        CAPTURE(spec);
        CHECK(answer(r, modules, "app/page.tsx", spec) == "<unresolved:any>");
    }
    CHECK(answer(r, modules, "app/page.tsx", "@scope/pkg") == "<external>");
    CHECK(answer(r, modules, "app/page.tsx", "lodash/fp") == "<external>");
}

TEST_CASE("bundler aliases: string prefixes, regular expressions, paths inside ROOT, root-relative and bare") {
    ResolverConfig config;
    config.root = "/project/";
    config.aliases = {{"@", false, false, "/project/src"},
                      {"^~/(.*)$", true, false, "./src/$1"},
                      {"$lib", false, false, "/src/lib"},
                      {"actions-pkg", false, false, "@/actions/posts"}};
    const std::vector<std::string> modules = {"app/page.tsx", "src/actions/posts.ts", "src/lib/db.ts", "src/index.ts"};
    const ModuleResolver r(modules, config);
    CHECK(answer(r, modules, "app/page.tsx", "@/actions/posts") == "src/actions/posts.ts");
    CHECK(answer(r, modules, "app/page.tsx", "@") == "src/index.ts");
    CHECK(answer(r, modules, "app/page.tsx", "@x/y") == "<external>");  // `@` matches only `@` and `@/…`
    CHECK(answer(r, modules, "app/page.tsx", "~/lib/db") == "src/lib/db.ts");
    CHECK(answer(r, modules, "app/page.tsx", "$lib/db") == "src/lib/db.ts");
    CHECK(answer(r, modules, "app/page.tsx", "actions-pkg") == "src/actions/posts.ts");
    CHECK(answer(r, modules, "app/page.tsx", "@/gone") == "<unresolved:>");
}

TEST_CASE("tsconfig.json with comments, trailing commas and extends") {
    DiskProject p("actionc-resolve-extends");
    p.tree.write("config/base.json", R"({
      // shared settings
      "compilerOptions": { "baseUrl": "..", "paths": { "@/*": ["./src/*",], }, },
    })");
    p.tree.write("tsconfig.json", R"({ "extends": "./config/base", /* nothing else */ })");
    p.module("src/lib/auth.ts");
    p.module("app/page.tsx");
    const ModuleResolver r = p.resolver();
    CHECK(p.problems.empty());
    CHECK(p.resolve(r, "app/page.tsx", "@/lib/auth") == "src/lib/auth.ts");
    CHECK(p.resolve(r, "app/page.tsx", "src/lib/auth") == "src/lib/auth.ts");  // baseUrl ".." of config/
}

TEST_CASE("paths without baseUrl are relative to the file that defines them; with it, to baseUrl") {
    DiskProject p("actionc-resolve-paths-base");
    // The base defines paths relative to itself (config/), the child only extends it.
    p.tree.write("config/tsconfig.base.json", R"({ "compilerOptions": { "paths": { "@lib/*": ["../src/lib/*"] } } })");
    p.tree.write("tsconfig.json", R"({ "extends": "./config/tsconfig.base.json" })");
    // A nested project sets baseUrl in its parent config and paths in itself.
    p.tree.write("web/tsconfig.parent.json", R"({ "compilerOptions": { "baseUrl": "./src" } })");
    p.tree.write("web/tsconfig.json", R"({ "extends": "./tsconfig.parent.json", "compilerOptions": { "paths": { "#/*": ["./features/*"] } } })");
    p.module("src/lib/auth.ts");
    p.module("app/page.tsx");
    p.module("web/src/features/save.ts");
    p.module("web/src/page.tsx");
    const ModuleResolver r = p.resolver();
    CHECK(p.resolve(r, "app/page.tsx", "@lib/auth") == "src/lib/auth.ts");
    CHECK(p.resolve(r, "web/src/page.tsx", "#/save") == "web/src/features/save.ts");
}

// A base is read once for all configs that extend it (and its targets resolved once):
// what differs per extending config (${configDir}) must still differ.
TEST_CASE("configs extending one base share its paths; ${configDir} targets stay each config's own") {
    DiskProject p("actionc-resolve-shared-base");
    p.tree.write("tsconfig.base.json", R"({ "compilerOptions": { "paths": {
      "@shared/*": ["./packages/shared/src/*"], "~/*": ["${configDir}/src/*"] } } })");
    for (const char* app : {"a", "b"}) {
        p.tree.write(std::string("apps/") + app + "/tsconfig.json", R"({ "extends": "../../tsconfig.base.json" })");
        p.module(std::string("apps/") + app + "/src/local.ts");
        p.module(std::string("apps/") + app + "/page.ts");
    }
    p.module("packages/shared/src/util.ts");
    const ModuleResolver r = p.resolver();
    CHECK(p.problems.empty());
    CHECK(p.resolve(r, "apps/a/page.ts", "@shared/util") == "packages/shared/src/util.ts");
    CHECK(p.resolve(r, "apps/b/page.ts", "@shared/util") == "packages/shared/src/util.ts");
    CHECK(p.resolve(r, "apps/a/page.ts", "~/local") == "apps/a/src/local.ts");
    CHECK(p.resolve(r, "apps/b/page.ts", "~/local") == "apps/b/src/local.ts");
}

// A chain cut short by a cycle depends on where it was entered from: not shared. Read
// from x, b's chain stops at a (already on the way); read from y, b extends a in full.
TEST_CASE("a base in a cycle is read again from each config that reaches it") {
    DiskProject p("actionc-resolve-cycle-per-entry");
    p.tree.write("a.json", R"({ "extends": "./b.json", "compilerOptions": { "paths": { "@a/*": ["./a/*"] } } })");
    p.tree.write("b.json", R"({ "extends": "./a.json" })");
    p.tree.write("x/tsconfig.json", R"({ "extends": "../a.json" })");
    p.tree.write("y/tsconfig.json", R"({ "extends": "../b.json" })");
    p.module("a/m.ts");
    p.module("x/page.ts");
    p.module("y/page.ts");
    const ModuleResolver r = p.resolver();
    CHECK(p.resolve(r, "x/page.ts", "@a/m") == "a/m.ts");
    CHECK(p.resolve(r, "y/page.ts", "@a/m") == "a/m.ts");  // through b to a: b's read from x lacked a
}

TEST_CASE("extends as an array: later files win, the file itself wins over all") {
    DiskProject p("actionc-resolve-extends-array");
    p.tree.write("a.json", R"({ "compilerOptions": { "paths": { "@a/*": ["./one/*"] }, "baseUrl": "./one" } })");
    p.tree.write("b.json", R"({ "compilerOptions": { "paths": { "@b/*": ["./two/*"] } } })");
    p.tree.write("tsconfig.json", R"({ "extends": ["./a.json", "./b.json"] })");
    p.module("one/x.ts");
    p.module("two/x.ts");
    p.module("main.ts");
    const ModuleResolver r = p.resolver();
    // b's paths replace a's; a's baseUrl stays, and b's targets are then relative to it.
    CHECK(p.resolve(r, "main.ts", "@a/x") == "<external>");  // a scoped package name, as far as anyone knows
    CHECK(p.resolve(r, "main.ts", "@b/x") == "<unresolved:>");  // one/two/x does not exist
    CHECK(p.resolve(r, "main.ts", "x") == "one/x.ts");          // baseUrl
}

TEST_CASE("extends of a package: node_modules first (exports, tsconfig field), then a workspace package") {
    DiskProject p("actionc-resolve-extends-package");
    p.tree.write("node_modules/@tsconfig/next/package.json", R"({ "name": "@tsconfig/next" })");
    p.tree.write("node_modules/@tsconfig/next/tsconfig.json", R"({ "compilerOptions": { "paths": { "@n/*": ["./src/*"] } } })");
    p.tree.write("node_modules/shared-config/package.json",
                 R"({ "name": "shared-config", "exports": { "./base": { "require": "./configs/base.json" } } })");
    p.tree.write("node_modules/shared-config/configs/base.json", R"({ "compilerOptions": { "baseUrl": "${configDir}/src" } })");
    p.tree.write("packages/tsconfig/package.json", R"({ "name": "@acme/tsconfig", "tsconfig": "./nextjs.json" })");
    p.tree.write("packages/tsconfig/nextjs.json", R"({ "compilerOptions": { "paths": { "~/*": ["${configDir}/src/*"] } } })");
    p.tree.write("packages/tsconfig/index.ts", "");
    p.modules.push_back("packages/tsconfig/index.ts");
    p.tree.write("apps/a/tsconfig.json", R"({ "extends": "@tsconfig/next/tsconfig.json" })");
    p.tree.write("apps/b/tsconfig.json", R"({ "extends": "shared-config/base" })");
    p.tree.write("apps/c/tsconfig.json", R"({ "extends": "@acme/tsconfig" })");
    p.tree.write("apps/d/tsconfig.json", R"({ "extends": "@tsconfig/not-installed/tsconfig.json" })");
    for (const char* app : {"a", "b", "c", "d"}) {
        p.module(std::string("apps/") + app + "/src/lib.ts");
        p.module(std::string("apps/") + app + "/page.ts");
    }
    const ModuleResolver r = p.resolver();
    // @tsconfig/next's paths are relative to the package's own directory: outside ROOT's modules.
    CHECK(p.resolve(r, "apps/a/page.ts", "@n/lib") == "<unresolved:>");
    CHECK(p.resolve(r, "apps/b/page.ts", "lib") == "apps/b/src/lib.ts");  // ${configDir}: the extending file's
    CHECK(p.resolve(r, "apps/c/page.ts", "~/lib") == "apps/c/src/lib.ts");
    REQUIRE(p.problems.size() == 1);
    CHECK(p.problems[0].message.find("@tsconfig/not-installed") != std::string::npos);
    CHECK_FALSE(p.problems[0].fatal);
}

TEST_CASE("a config that cannot find its base is reported once, however many configs extend it") {
    DiskProject p("actionc-resolve-extends-reported-once");
    p.tree.write("apps/web/tsconfig.json", R"({ "extends": "tsconfig/nextjs.json" })");
    p.tree.write("apps/web/e2e/tsconfig.json", R"({ "extends": "../tsconfig.json" })");
    p.module("apps/web/page.ts");
    p.module("apps/web/e2e/test.ts");
    (void)p.resolver();
    REQUIRE(p.problems.size() == 1);
    CHECK(p.problems[0].message.find("tsconfig/nextjs.json") != std::string::npos);
}

TEST_CASE("solution-style roots: each referenced project's options apply to the files it includes") {
    DiskProject p("actionc-resolve-references");
    p.tree.write("tsconfig.json", R"({ "files": [], "references": [{ "path": "./tsconfig.app.json" }, { "path": "./tsconfig.node.json" }] })");
    p.tree.write("tsconfig.app.json", R"({
      "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./src/*"] } },
      "include": ["src"], "exclude": ["src/legacy"] })");
    p.tree.write("tsconfig.node.json", R"({ "compilerOptions": { "paths": { "@/*": ["./tools/*"] } }, "include": ["vite.config.ts", "scripts"] })");
    p.module("src/App.tsx");
    p.module("src/actions.ts");
    p.module("src/legacy/old.ts");
    p.module("tools/actions.ts");
    p.module("vite.config.ts");
    p.module("scripts/build.ts");
    p.module("scripts/plain.js");
    const ModuleResolver r = p.resolver();
    CHECK(p.resolve(r, "src/App.tsx", "@/actions") == "src/actions.ts");
    CHECK(p.resolve(r, "vite.config.ts", "@/actions") == "tools/actions.ts");
    CHECK(p.resolve(r, "scripts/build.ts", "@/actions") == "tools/actions.ts");
    // Included by no project (excluded; JavaScript without allowJs): the first referenced
    // project with paths stands for the solution root, which has none.
    CHECK(p.resolve(r, "src/legacy/old.ts", "@/actions") == "src/actions.ts");
    CHECK(p.resolve(r, "scripts/plain.js", "@/actions") == "src/actions.ts");
}

TEST_CASE("allowJs decides whether a project owns JavaScript files") {
    DiskProject p("actionc-resolve-allowjs");
    p.tree.write("tsconfig.json", R"({ "files": [], "references": [{ "path": "./a.json" }, { "path": "./b.json" }] })");
    p.tree.write("a.json", R"({ "compilerOptions": { "paths": { "~/*": ["./one/*"] } }, "include": ["src"] })");
    p.tree.write("b.json", R"({ "compilerOptions": { "allowJs": true, "paths": { "~/*": ["./two/*"] } }, "include": ["src"] })");
    p.module("one/x.ts");
    p.module("two/x.ts");
    p.module("src/a.ts");
    p.module("src/b.js");
    const ModuleResolver r = p.resolver();
    CHECK(p.resolve(r, "src/a.ts", "~/x") == "one/x.ts");
    CHECK(p.resolve(r, "src/b.js", "~/x") == "two/x.ts");
}

TEST_CASE("jsconfig.json: paths, and JavaScript files are its own (allowJs by default)") {
    DiskProject p("actionc-resolve-jsconfig");
    p.tree.write("jsconfig.json", R"({ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } })");
    p.module("src/actions.js");
    p.module("app/page.jsx");
    const ModuleResolver r = p.resolver();
    CHECK(p.resolve(r, "app/page.jsx", "@/actions") == "src/actions.js");
}

TEST_CASE("circular extends and missing references are problems, not failures") {
    DiskProject p("actionc-resolve-circular");
    p.tree.write("a.json", R"({ "extends": "./tsconfig.json", "compilerOptions": { "paths": { "@/*": ["./src/*"] } } })");
    p.tree.write("tsconfig.json", R"({ "extends": "./a.json", "references": [{ "path": "./missing.json" }] })");
    p.module("src/x.ts");
    p.module("main.ts");
    const ModuleResolver r = p.resolver();
    CHECK(p.resolve(r, "main.ts", "@/x") == "src/x.ts");
    REQUIRE(p.problems.size() == 2);
    CHECK_FALSE(p.problems[0].fatal);
    CHECK_FALSE(p.problems[1].fatal);
}

TEST_CASE("a malformed tsconfig.json is a fatal problem") {
    DiskProject p("actionc-resolve-bad-tsconfig");
    p.tree.write("tsconfig.json", R"({ "compilerOptions": { )");
    p.module("a.ts");
    (void)p.resolver();
    REQUIRE(p.problems.size() == 1);
    CHECK(p.problems[0].fatal);
}

TEST_CASE("workspace packages resolve through exports, conditions, entry fields and source-first layouts") {
    DiskProject p("actionc-resolve-workspaces");
    p.tree.write("package.json", R"({ "name": "monorepo", "private": true, "workspaces": ["packages/*", "apps/*"] })");
    p.tree.write("packages/ui/package.json", R"({
      "name": "@acme/ui",
      "exports": {
        ".": { "types": "./dist/index.d.ts", "import": "./dist/index.js" },
        "./actions": { "react-server": "./src/actions.server.ts", "default": "./src/actions.ts" },
        "./forms/*": { "types": "./dist/esm/forms/*.d.ts", "default": "./dist/esm/forms/*.js" },
        "./server-entry": { "import": { "types": "./dist/default-entry/esm/server.d.ts" } },
        "./internal/*": null
      } })");
    p.module("packages/ui/src/index.ts");
    p.module("packages/ui/src/actions.ts");
    p.module("packages/ui/src/actions.server.ts");
    p.module("packages/ui/src/forms/save.ts");
    p.module("packages/ui/src/internal/x.ts");
    p.module("packages/ui/src/default-entry/server.ts");
    p.tree.write("packages/db/package.json", R"({ "name": "db", "main": "./build/index.js", "types": "./build/index.d.ts" })");
    p.module("packages/db/src/index.ts");
    p.module("packages/db/queries.ts");
    p.tree.write("packages/legacy/package.json", R"({ "name": "legacy", "source": "lib/main.ts", "main": "out/main.js" })");
    p.module("packages/legacy/lib/main.ts");
    p.tree.write("apps/web/package.json", R"({ "name": "web", "imports": { "#actions/*": "./app/actions/*.ts" } })");
    p.module("apps/web/app/actions/posts.ts");
    p.module("apps/web/app/page.tsx");
    const ModuleResolver r = p.resolver();
    const std::string page = "apps/web/app/page.tsx";
    CHECK(p.resolve(r, page, "@acme/ui") == "packages/ui/src/index.ts");
    // TypeScript's conditions pick the default; a react-server environment picks the other.
    CHECK(p.resolve(r, page, "@acme/ui/actions") == "packages/ui/src/actions.ts|packages/ui/src/actions.server.ts");
    CHECK(p.resolve(r, page, "@acme/ui/forms/save") == "packages/ui/src/forms/save.ts");
    CHECK(p.resolve(r, page, "@acme/ui/server-entry") == "packages/ui/src/default-entry/server.ts");  // TanStack Start's layout
    CHECK(p.resolve(r, page, "@acme/ui/internal/x") == "<unresolved: packages/ui/src/internal/x.ts>");
    CHECK(p.resolve(r, page, "db") == "packages/db/src/index.ts");
    CHECK(p.resolve(r, page, "db/queries") == "packages/db/queries.ts");
    CHECK(p.resolve(r, page, "legacy") == "packages/legacy/lib/main.ts");
    CHECK(p.resolve(r, page, "#actions/posts") == "apps/web/app/actions/posts.ts");
    CHECK(p.resolve(r, page, "react") == "<external>");
}

TEST_CASE("a package without exports cannot name itself: its own name is the npm package") {
    DiskProject p("actionc-resolve-self-reference");
    p.tree.write("fixtures/react-tweet/package.json", R"({ "name": "react-tweet", "dependencies": { "react-tweet": "3.0.0" } })");
    p.module("fixtures/react-tweet/src/page.tsx");
    p.tree.write("packages/ui/package.json", R"({ "name": "@acme/ui", "exports": { "./x": "./src/x.ts" } })");
    p.module("packages/ui/src/x.ts");
    p.module("packages/ui/src/y.ts");
    const ModuleResolver r = p.resolver();
    CHECK(p.resolve(r, "fixtures/react-tweet/src/page.tsx", "react-tweet") == "<external>");
    CHECK(p.resolve(r, "fixtures/react-tweet/src/page.tsx", "react-tweet/api") == "<external>");
    CHECK(p.resolve(r, "packages/ui/src/y.ts", "@acme/ui/x") == "packages/ui/src/x.ts");  // with exports it can
}

TEST_CASE("a declared dependency is a package even when a directory of ROOT has its name") {
    DiskProject p("actionc-resolve-declared-dependency");
    p.tree.write("package.json", R"({ "name": "app", "dependencies": { "convex": "1.0.0" } })");
    p.tree.write("tsconfig.json", R"({ "compilerOptions": { "baseUrl": ".", "paths": { "convex/*": ["./convex/*"] } } })");
    p.module("convex/schema.ts");
    p.module("src/router.tsx");
    const ModuleResolver r = p.resolver();
    CHECK(p.resolve(r, "src/router.tsx", "convex/react") == "<external>");
    CHECK(p.resolve(r, "src/router.tsx", "convex/schema") == "convex/schema.ts");  // paths
    CHECK(p.resolve(r, "src/router.tsx", "convex/gone") == "<external>");  // as tsc: on to node_modules
    CHECK(p.resolve(r, "src/router.tsx", "src/gone") == "<unresolved:any>");       // not a dependency
}

TEST_CASE("workspace packages found only through package.json names, subpaths with no export kept safe") {
    DiskProject p("actionc-resolve-workspace-missing");
    p.tree.write("packages/ui/package.json", R"({ "name": "@acme/ui", "exports": { "./button": "./src/button.ts" } })");
    p.module("packages/ui/src/button.ts");
    p.module("packages/ui/src/actions/save.ts");
    p.module("app/page.tsx");
    const ModuleResolver r = p.resolver();
    CHECK(p.resolve(r, "app/page.tsx", "@acme/ui/actions/save") == "<unresolved: packages/ui/src/actions/save.ts>");
    CHECK(p.resolve(r, "app/page.tsx", "@acme/ui/nothing") ==
          "<unresolved: packages/ui/src/button.ts packages/ui/src/actions/save.ts>");
}

TEST_CASE("joinModulePath normalises and refuses to leave the root") {
    CHECK(joinModulePath("app/x", "../y/./z") == std::optional<std::string>("app/y/z"));
    CHECK(joinModulePath("", "./a") == std::optional<std::string>("a"));
    CHECK_FALSE(joinModulePath("app", "../../a"));
}
