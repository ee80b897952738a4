#include "facts/directives.h"
#include "test_support.h"

#include <doctest/doctest.h>

using namespace actionc;
using actionc::test::codes;
using actionc::test::compileSnippet;

TEST_CASE("module directive is found after comments, hashbang and other directives") {
    CHECK(compileSnippet("'use server';\nexport async function a() {}").facts.kind == ModuleKind::UseServer);
    CHECK(compileSnippet("\"use server\"\nexport async function a() {}").facts.kind == ModuleKind::UseServer);
    CHECK(compileSnippet("#!/usr/bin/env node\n// hi\n/* x */\n'use strict';\n'use server';\n").facts.kind ==
          ModuleKind::UseServer);
    CHECK(compileSnippet("'use client';\nexport const x = 1;", "a.tsx").facts.kind == ModuleKind::UseClient);
    CHECK(compileSnippet("import x from 'y';\nexport const z = 1;").facts.kind == ModuleKind::Plain);
}

TEST_CASE("a directive after the first statement is misplaced, not silently ignored") {
    const auto c = compileSnippet("import x from 'y';\n'use server';\n");
    CHECK(c.facts.kind == ModuleKind::Plain);
    REQUIRE(codes(c.facts.diagnostics) == "misplaced-directive");
    CHECK(c.facts.diagnostics[0].position.line == 2);
    CHECK(c.facts.diagnostics[0].position.column == 1);
}

TEST_CASE("near-miss spellings get a did-you-mean") {
    CHECK(directiveSuggestion("use sever") == "use server");
    CHECK(directiveSuggestion("use action") == "use server");
    CHECK(directiveSuggestion("useServer") == "use server");
    CHECK(directiveSuggestion("USE SERVER") == "use server");
    CHECK(directiveSuggestion("use-server") == "use server");
    CHECK(directiveSuggestion("use clinet") == "use client");
    // Real directives of other tools are never typos.
    CHECK(directiveSuggestion("use strict").empty());
    CHECK(directiveSuggestion("use cache").empty());
    CHECK(directiveSuggestion("use memo").empty());
    CHECK(directiveSuggestion("hello world").empty());
    const auto c = compileSnippet("'use sever';\nexport const x = 1;");
    REQUIRE(codes(c.facts.diagnostics) == "directive-typo");
    CHECK(c.facts.diagnostics[0].message.find("did you mean 'use server'?") != std::string::npos);
}

TEST_CASE("backticks and parentheses are not directives, and say so") {
    CHECK(codes(compileSnippet("`use server`;\n").facts.diagnostics) == "directive-not-literal");
    CHECK(codes(compileSnippet("('use server');\n").facts.diagnostics) == "directive-not-literal");
    CHECK(compileSnippet("('use server');\n").facts.kind == ModuleKind::Plain);
}

TEST_CASE("'use client' and 'use server' in one file is an error at the later one") {
    const auto c = compileSnippet("'use client';\n'use server';\n", "a.tsx");
    REQUIRE(codes(c.facts.diagnostics) == "conflicting-directives");
    CHECK(c.facts.diagnostics[0].position.line == 2);
}

TEST_CASE("the shortcut past the function walk misses no function-body directive") {
    using actionc::test::compileSnippet;
    using actionc::test::codes;
    // After the module's own prologue, deep inside, in odd spellings: all still found.
    const auto c = compileSnippet(R"('use server';
export async function outer() {
  return [1].map(async function inner() {
    " -Use_Sever";
    return 1;
  });
}
)");
    CHECK(codes(c.facts.diagnostics) == "directive-typo");
    const auto client = compileSnippet("'use client';\nexport function F() {\n  async function a() { `use server`; }\n}\n",
                                       "app/f.tsx");
    CHECK(codes(client.facts.diagnostics) == "directive-not-literal");
}

TEST_CASE("a directive followed by a comment, with or without a semicolon, is a directive") {
    for (const char* text : {
             "'use server' // blog actions\nexport async function a() {}",
             "'use server' /* c */;\nexport async function a() {}",
             "/* a */ 'use server' /* b */\nexport async function a() {}",
             "'use strict' // first\n'use server' // second\nexport async function a() {}",
             "'use server' // windows\r\nexport async function a() {}\r\n",
         }) {
        CAPTURE(text);
        const auto c = compileSnippet(text);
        CHECK(c.facts.kind == ModuleKind::UseServer);
        CHECK(c.facts.diagnostics.empty());
        CHECK(c.facts.actions.size() == 1);
    }
    CHECK(compileSnippet("'use client' // c\nexport const x = 1;", "a.tsx").facts.kind == ModuleKind::UseClient);
}

TEST_CASE("code inserted after a prologue is separated from it") {
    auto topOf = [](std::string text) {
        const auto c = compileSnippet(text);
        const SyntaxTree tree = parse(*c.source);
        const InsertionPoint top = readDirectives(tree.root(), *c.source).top;
        return std::string(c.source->text.substr(0, top.offset)) + "|" + std::string(separatorText(top));
    };
    CHECK(topOf("'use server';\nexport const x = 1;") == "'use server';|");
    CHECK(topOf("'use server'\nexport const x = 1;") == "'use server'|;");
    CHECK(topOf("'use server' // note\nexport const x = 1;") == "'use server'|;");
    CHECK(topOf("'use server' ;\nx;") == "'use server' ;|");
    CHECK(topOf("#!/usr/bin/env node\nx;") == "#!/usr/bin/env node\n|");
    CHECK(topOf("#!/usr/bin/env node") == "#!/usr/bin/env node|\n");
    CHECK(topOf("x;") == "|");
}
