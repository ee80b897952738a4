#include "support/glob.h"

#include <doctest/doctest.h>

#include <string>

using namespace actionc;

TEST_CASE("globs: * and ? stay in a segment, ** spans segments") {
    CHECK(globMatch("app/*.ts", "app/a.ts"));
    CHECK_FALSE(globMatch("app/*.ts", "app/x/a.ts"));
    CHECK(globMatch("app/**/*.ts", "app/x/y/a.ts"));
    CHECK(globMatch("app/**/*.ts", "app/a.ts"));
    CHECK(globMatch("**/*.stories.tsx", "components/Button.stories.tsx"));
    CHECK(globMatch("**/*.stories.tsx", "Button.stories.tsx"));
    CHECK(globMatch("app/**", "app/x/y/z.ts"));
    CHECK(globMatch("app/?.ts", "app/a.ts"));
    CHECK_FALSE(globMatch("app/?.ts", "app/ab.ts"));
    CHECK_FALSE(globMatch("app/?", "app/"));
    CHECK_FALSE(globMatch("*.ts", "app/a.ts"));  // no basename matching, as in picomatch
    CHECK(globMatch("a*b*c", "aXbYbZc"));
    CHECK_FALSE(globMatch("a*b*c", "aXbYbZ"));
    CHECK(globMatch("app/**/x/**/y.ts", "app/1/x/2/3/y.ts"));
    CHECK_FALSE(globMatch("app/**/x/**/y.ts", "app/1/2/3/y.ts"));
    CHECK(globMatch("./app/*.ts", "app/a.ts"));
    CHECK(globMatch("a**b.ts", "aXb.ts"));          // ** inside a segment is a *
    CHECK_FALSE(globMatch("a**b.ts", "aX/b.ts"));
}

TEST_CASE("globs: braces, nested, and ranges") {
    CHECK(globMatch("{app,lib}/**/*.ts", "lib/x/a.ts"));
    CHECK(globMatch("{app,lib}/**/*.ts", "app/a.ts"));
    CHECK_FALSE(globMatch("{app,lib}/**/*.ts", "src/a.ts"));
    CHECK(globMatch("app/*.{ts,tsx}", "app/a.tsx"));
    CHECK(globMatch("app/*.{ts,{m,c}js}", "app/a.mjs"));
    CHECK_FALSE(globMatch("app/*.{ts,{m,c}js}", "app/a.js"));
    CHECK(globMatch("v{1..3}/a.ts", "v2/a.ts"));
    CHECK_FALSE(globMatch("v{1..3}/a.ts", "v4/a.ts"));
    CHECK(globMatch("v{01..10}.ts", "v07.ts"));
    CHECK(globMatch("{a..c}.ts", "b.ts"));
    CHECK(globMatch("{app}/a.ts", "{app}/a.ts"));    // no comma: literal braces
    CHECK(globMatch("{app/a.ts", "{app/a.ts"));      // unclosed: literal
    CHECK(globMatch("{x,y/**}/a.ts", "y/1/2/a.ts"));
    CHECK_FALSE(globMatch("v{1..100000}.ts", "v5.ts"));  // too many: literal, not a memory blow-up
}

TEST_CASE("globs: character classes") {
    CHECK(globMatch("app/[abc].ts", "app/b.ts"));
    CHECK_FALSE(globMatch("app/[abc].ts", "app/d.ts"));
    CHECK(globMatch("app/[a-c]x.ts", "app/bx.ts"));
    CHECK(globMatch("app/[!a-c].ts", "app/d.ts"));
    CHECK_FALSE(globMatch("app/[!a-c].ts", "app/a.ts"));
    CHECK(globMatch("app/[^a-c].ts", "app/z.ts"));
    CHECK(globMatch("app/[[:digit:]][[:alpha:]].ts", "app/1x.ts"));
    CHECK_FALSE(globMatch("app/[[:digit:]].ts", "app/x.ts"));
    CHECK(globMatch("app/[]]x", "app/]x"));           // ']' first is literal
    CHECK(globMatch("app/[a.ts", "app/[a.ts"));       // unclosed: literal
    CHECK_FALSE(globMatch("app[/]a.ts", "app/a.ts"));  // a class never matches '/'
    CHECK(globMatch("app/\\*.ts", "app/*.ts"));
    CHECK_FALSE(globMatch("app/\\*.ts", "app/a.ts"));
}

TEST_CASE("globs: dot files only when the pattern spells the dot") {
    CHECK_FALSE(globMatch("*.ts", ".hidden.ts"));
    CHECK(globMatch(".*.ts", ".hidden.ts"));
    CHECK_FALSE(globMatch("**/*.ts", ".cache/a.ts"));
    CHECK(globMatch(".cache/*.ts", ".cache/a.ts"));
    CHECK_FALSE(globMatch("?hidden", ".hidden"));
}

TEST_CASE("globs: pathological patterns stay fast") {
    const std::string path(200, 'a');
    CHECK_FALSE(globMatch("*a*a*a*a*a*a*a*a*a*a*a*a*a*b", path));
    std::string deep;
    for (int i = 0; i < 100; ++i) deep += "d/";
    deep += "x.ts";
    CHECK(globMatch("**/**/**/**/**/**/x.ts", deep));
    CHECK_FALSE(globMatch("**/**/**/**/**/**/y.ts", deep));
}

TEST_CASE("glob lists: the last matching pattern decides, negation takes back") {
    const GlobList include({"app/**", "!app/legacy/**", "app/legacy/keep.ts"});
    CHECK(include.includes("app/a.ts"));
    CHECK_FALSE(include.includes("app/legacy/old.ts"));
    CHECK(include.includes("app/legacy/keep.ts"));
    CHECK_FALSE(include.includes("lib/b.ts"));

    const GlobList onlyNegations({"!**/*.stories.tsx"});
    CHECK(onlyNegations.includes("app/a.ts"));
    CHECK_FALSE(onlyNegations.includes("app/a.stories.tsx"));

    const GlobList exclude({"**/*.stories.tsx", "!app/Keep.stories.tsx"});
    CHECK(exclude.excludes("app/Button.stories.tsx"));
    CHECK_FALSE(exclude.excludes("app/Keep.stories.tsx"));
    CHECK_FALSE(exclude.excludes("app/a.ts"));
    CHECK(GlobList({}).includes("anything"));
    CHECK_FALSE(GlobList({}).excludes("anything"));
}

TEST_CASE("glob lists: the patterns that matched no path") {
    const GlobList list({"app/**", "lib/**", "!app/x.ts", "{src,test}/*.ts"});
    list.includes("app/a.ts");
    list.includes("app/x.ts");
    CHECK(list.unmatched() == std::vector<std::string>{"lib/**", "{src,test}/*.ts"});
}
