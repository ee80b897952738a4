// libFuzzer target: any bytes through the lexical prescan (`prescanModule`, and
// `scanModule`, which reads modules whose parse failed). Beyond "no crash, no sanitizer
// report", it checks the prefilter's contract (facts/prescan.h): for a module it does not
// send to the parser, the edges it reports are exactly those the full parse reports,
// whenever the grammar parses the module without an error (liveness depends on it).
#include "facts/facts.h"
#include "facts/prescan.h"
#include "../unit/edges_text.h"
#include "syntax/parse.h"
#include "syntax/source.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace actionc;
using actionc::test::describeEdges;

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
    std::fprintf(stderr, "fuzz_prescan: %s\n%s\n", what, detail.c_str());
    std::abort();
}

void checkOffsets(const ModuleFacts& facts, std::size_t size) {
    for (const ModuleImport& e : facts.imports) {
        if (e.offset >= size) fail("an import edge points past the end", describeEdges(facts));
    }
    for (const ReExport& r : facts.reExports) {
        if (r.offset >= size) fail("a re-export points past the end", describeEdges(facts));
    }
}

// The grammar reads a quote to the next quote across a line break without an error
// ('a\nb' is a specifier to it); JavaScript ends the literal at the line, and so does the
// prescan (its recovery for JSX text such as "Don't" depends on it). Such a module is not
// valid JavaScript, so the edges of the two need not agree.
bool acceptsUnterminatedString(const ModuleFacts& facts) {
    auto broken = [](const std::string& s) { return s.find_first_of("\r\n") != std::string::npos; };
    for (const ModuleImport& e : facts.imports) {
        if (broken(e.specifier)) return true;
    }
    for (const ReExport& r : facts.reExports) {
        if (broken(r.specifier)) return true;
    }
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);

    const LexicalScan scan = scanModule(text);
    checkOffsets(scan.facts, size);
    for (const std::uint32_t at : scan.topLevelExports) {
        if (text.compare(at, 6, "export") != 0) fail("a top-level export that is not one", std::to_string(at));
    }

    const Prescan prescan = prescanModule(text);
    if (prescan.needsParse) return 0;
    checkOffsets(prescan.facts, size);
    for (const char* path : {"app/fuzz.ts", "app/fuzz.tsx"}) {
        const SourceFile source(path, path, text, *dialectForPath(path));
        const SyntaxTree tree = parse(source);
        if (!findSyntaxErrors(tree).empty()) continue;
        const ModuleFacts facts = extractFacts(tree);
        if (acceptsUnterminatedString(facts)) continue;
        const std::string parsed = describeEdges(facts);
        const std::string scanned = describeEdges(prescan.facts);
        if (parsed != scanned) fail("the prescan's edges differ from the parse's", std::string(path) + "\n--- parse ---\n" + parsed + "--- prescan ---\n" + scanned);
    }
    return 0;
}
