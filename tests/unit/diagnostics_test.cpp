#include "syntax/diagnostics.h"

#include <doctest/doctest.h>

using namespace actionc;

TEST_CASE("diagnostics render clang-style with the source line and a caret") {
    const SourceFile file("app/a.ts", "app/a.ts", "'use server';\nexport const x = 1;\n", Dialect::TypeScript);
    const Diagnostic d = makeDiagnostic(file, Severity::Error, "export-not-function", "bad", 27, 1);
    CHECK(renderDiagnostics({d}) ==
          "app/a.ts:2:14: error: bad [export-not-function]\n"
          "export const x = 1;\n"
          "             ^\n");
}

TEST_CASE("carets follow tabs and multi-byte characters, and ranges get tildes") {
    const SourceFile file("a.ts", "a.ts", "\tconst é = 'über';\n", Dialect::TypeScript);
    const std::uint32_t offset = static_cast<std::uint32_t>(file.text.find('\''));
    const Diagnostic d = makeDiagnostic(file, Severity::Warning, "w", "m", offset, 7);
    CHECK(renderDiagnostics({d}) ==
          "a.ts:1:13: warning: m [w]\n"
          "\tconst é = 'über';\n"
          "\t          ^~~~~~\n");
}

TEST_CASE("ranges are clipped to the line and CRLF is not printed") {
    const SourceFile file("a.ts", "a.ts", "abc\r\ndef", Dialect::TypeScript);
    const Diagnostic d = makeDiagnostic(file, Severity::Error, "c", "m", 1, 100);
    CHECK(d.sourceLine == "abc");
    CHECK(renderDiagnostics({d}) == "a.ts:1:2: error: m [c]\nabc\n ^~\n");
}

TEST_CASE("diagnostics sort by file, then position") {
    const SourceFile a("a.ts", "a.ts", "x\ny\n", Dialect::TypeScript);
    const SourceFile b("b.ts", "b.ts", "x\n", Dialect::TypeScript);
    std::vector<Diagnostic> list = {makeDiagnostic(b, Severity::Error, "c", "1", 0, 1),
                                    makeDiagnostic(a, Severity::Error, "c", "2", 2, 1),
                                    makeDiagnostic(a, Severity::Warning, "c", "3", 0, 1)};
    sortDiagnostics(list);
    CHECK(list[0].message == "3");
    CHECK(list[1].message == "2");
    CHECK(list[2].message == "1");
    CHECK(hasErrors(list));
    CHECK_FALSE(hasErrors({list[0]}));
}
