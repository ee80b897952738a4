#include "support/glob.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

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

// matchSegment refuses early when the pattern's literal head or tail is not the text's:
// against a plain recursive matcher, over every short pattern of `*`, `?`, a class,
// an escape and literals, and every short text.
TEST_CASE("globs: one segment agrees with a plain recursive matcher") {
    const std::function<bool(std::string_view, std::string_view)> reference = [&](std::string_view p, std::string_view t) {
        if (p.empty()) return t.empty();
        if (p[0] == '*') return reference(p.substr(1), t) || (!t.empty() && reference(p, t.substr(1)));
        if (t.empty()) return false;
        if (p[0] == '?') return reference(p.substr(1), t.substr(1));
        if (p.starts_with("[ab]")) return (t[0] == 'a' || t[0] == 'b') && reference(p.substr(4), t.substr(1));
        if (p[0] == '\\' && p.size() > 1) return t[0] == p[1] && reference(p.substr(2), t.substr(1));
        return t[0] == p[0] && reference(p.substr(1), t.substr(1));
    };
    const std::vector<std::string> tokens = {"a", "b", "x", "*", "?", "[ab]", "\\*", "]"};
    std::vector<std::string> patterns = {""};
    for (int length = 0; length < 3; ++length) {
        const std::size_t before = patterns.size();
        for (std::size_t i = 0; i < before; ++i) {
            for (const std::string& t : tokens) patterns.push_back(patterns[i] + t);
        }
    }
    std::vector<std::string> texts = {""};
    for (int length = 0; length < 4; ++length) {
        const std::size_t before = texts.size();
        for (std::size_t i = 0; i < before; ++i) {
            for (const char* c : {"a", "b", "x", "*", "]"}) texts.push_back(texts[i] + c);
        }
    }
    std::sort(patterns.begin(), patterns.end());
    patterns.erase(std::unique(patterns.begin(), patterns.end()), patterns.end());
    std::sort(texts.begin(), texts.end());
    texts.erase(std::unique(texts.begin(), texts.end()), texts.end());
    std::size_t compared = 0;
    for (const std::string& p : patterns) {
        if (p.empty()) continue;
        const Glob glob(p, GlobDialect::Git);
        for (const std::string& t : texts) {
            if (t.empty()) continue;
            INFO("pattern '", p, "' text '", t, "'");
            REQUIRE(glob.matches(t) == reference(p, t));
            ++compared;
        }
    }
    CHECK(compared > 400000);
}
