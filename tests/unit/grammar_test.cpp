// Our fixes to the pinned grammar (grammar/jsx_text_scanner.c): JSX text that TypeScript,
// Babel, SWC and oxc accept parses, and character references are still read as such.
#include "syntax/parse.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

using namespace actionc;

namespace {

struct Parsed {
    std::unique_ptr<SourceFile> source;
    std::vector<Diagnostic> errors;
    std::string tree;
};

Parsed parseTsx(std::string text) {
    Parsed p;
    p.source = std::make_unique<SourceFile>("page.tsx", "page.tsx", std::move(text), Dialect::Tsx);
    const SyntaxTree tree = parse(*p.source);
    reportSyntaxErrors(tree, p.errors);
    p.tree = dumpTree(tree);
    return p;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("a bare ampersand in JSX text is text") {
    for (const char* text : {
             "const a = <p>Terms & Conditions</p>;\n",
             "const a = <p>R&D</p>;\n",
             "const a = <p>&</p>;\n",
             "const a = <p>Tom &Jerry<br/></p>;\n",
             "const a = <p>\n  & more\n</p>;\n",
             "const a = <p>a && b</p>;\n",
             "const a = <p>&#;</p>;\n",
             "const a = <p>&{x}</p>;\n",
         }) {
        CAPTURE(text);
        const Parsed p = parseTsx(text);
        CHECK(p.errors.empty());
        CHECK(count(p.tree, "(jsx_text)") >= 1);
    }
}

TEST_CASE("character references in JSX text are still references") {
    const Parsed p = parseTsx("const b = <p>R&D &amp; more &#39; &#x27; done</p>;\n");
    CHECK(p.errors.empty());
    CHECK(count(p.tree, "(html_character_reference)") == 3);
    CHECK(count(p.tree, "(jsx_text)") == 4);
}

TEST_CASE("JSX whitespace with a line break is still no text") {
    const Parsed p = parseTsx("const c = <p>\n  &nbsp;\n</p>;\n");
    CHECK(p.errors.empty());
    CHECK(count(p.tree, "(jsx_text)") == 0);
    CHECK(count(p.tree, "(html_character_reference)") == 1);
}

TEST_CASE("template literals and automatic semicolons still scan around JSX") {
    const Parsed p = parseTsx("const t = `a ${<b>&</b>} c`\nconst u = <p>x & y</p>\nlet v = 1\n");
    CHECK(p.errors.empty());
}

// Found by the compiler fuzzer (issue 16): the pinned TSX grammar's error recovery never
// ends on this (nor on longer runs of line breaks), growing memory until it runs out.
TEST_CASE("a parse that does not finish is abandoned, and the whole module is its error") {
    const std::string looping = "'use server'\nexport async function a() {}\n(f" + std::string(14, '\n') + "}\n";
    const Parsed p = parseTsx(looping);
    CHECK(p.tree == "(program)\n");
    REQUIRE(p.errors.size() == 1);
    CHECK(p.errors[0].position.line == 1);
    CHECK(p.errors[0].message.find("the parser gave up on this module") == 0);
    // The next parse on the same (thread's) parser starts afresh.
    const Parsed next = parseTsx("export const ok = <p>fine</p>;\n");
    CHECK(next.errors.empty());
    CHECK(count(next.tree, "jsx_element") == 1);
}
