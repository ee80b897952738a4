// libFuzzer target: any bytes as one module, through the compiler's stages as
// `actionc transform` runs them (parse → facts → a project of that one module, isolated →
// client and server layers with their source maps), in each dialect: TypeScript (.ts),
// TSX (.tsx) and JavaScript (.js: the TSX grammar, nothing typed written).
//
// Beyond "no crash, no sanitizer report", it checks what holds for every input:
// - every diagnostic points into the module (1-based line and column) and renders;
// - a module the grammar parses without an error compiles to layers that parse without
//   one too (emit never breaks valid code).
#include "actionc/action_id.h"
#include "actionc/keyring.h"
#include "emit/emit.h"
#include "facts/facts.h"
#include "graph/graph.h"
#include "syntax/diagnostics.h"
#include "syntax/parse.h"
#include "syntax/source.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

using namespace actionc;

namespace {

[[noreturn]] void fail(const char* what, const SourceFile& source, const std::string& detail) {
    std::fprintf(stderr, "fuzz_compile: %s (%s)\n%s\n", what, source.modulePath.c_str(), detail.c_str());
    std::abort();
}

const Key& fuzzKey() {
    static const Key key = [] {
        Key::Bytes bytes{};
        for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<std::uint8_t>(i * 7 + 1);
        return Key(bytes);
    }();
    return key;
}

void checkDiagnostics(const SourceFile& source, const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& d : diagnostics) {
        if (d.code.empty() || d.message.empty()) fail("diagnostic without code or message", source, d.message);
        if (d.position.line < 1 || d.position.line > source.lines.lineCount() || d.position.column < 1) {
            fail("diagnostic outside the module", source,
                 d.code + " at " + std::to_string(d.position.line) + ":" + std::to_string(d.position.column));
        }
        std::string rendered;
        renderDiagnostic(d, rendered);
    }
}

struct Layers {
    std::string client, server;
};

// transformModule's stages (driver/build.cpp), without its prefilter, keeping both layers.
std::optional<Layers> compile(const SourceFile& source, const SyntaxTree& tree) {
    const ModuleFacts facts = extractFacts(tree);
    std::vector<Diagnostic> diagnostics = facts.diagnostics;
    const std::vector<ProjectModule> project = {{&source, &facts}};
    const ProjectAnalysis analysis = analyseProject(project, {ResolverConfig{}, {}, /*keepUnused=*/true, /*isolated=*/true});
    diagnostics.insert(diagnostics.end(), analysis.diagnostics.begin(), analysis.diagnostics.end());
    checkDiagnostics(source, diagnostics);
    if (hasErrors(diagnostics)) return std::nullopt;

    std::vector<LiveExport> exports;
    for (const PublicExport& e : analysis.publicExports.at(0)) {
        const ExportedAction& action = facts.actions.at(e.actionIndex);
        exports.push_back({e.exportName, encodeActionId(fuzzKey(), source.modulePath, action.exportName), &action});
    }
    std::vector<std::string> inlineIds;
    for (const InlineAction& a : facts.inlineActions) inlineIds.push_back(encodeActionId(fuzzKey(), source.modulePath, a.exportName));
    const ModuleToEmit module{source, facts, exports, inlineIds};
    if (!needsEmit(facts)) return Layers{source.text, source.text};
    Layers layers;
    for (const bool client : {true, false}) {
        const MappedOutput output = client ? emitClientModule(module, EmitOptions{}) : emitServerModule(module, EmitOptions{});
        output.sourceMap("fuzz.js", source.modulePath);  // as serve answers it
        (client ? layers.client : layers.server) = output.text();
    }
    return layers;
}

void compileAs(const std::string& text, const char* path) {
    const SourceFile source(path, path, text, *dialectForPath(path));
    const SyntaxTree tree = parse(source);
    const std::optional<Layers> layers = compile(source, tree);
    if (!layers || !findSyntaxErrors(tree).empty()) return;
    for (const std::string* layer : {&layers->client, &layers->server}) {
        const SourceFile emitted(path, path, *layer, source.dialect);
        const SyntaxTree tree = parse(emitted);
        const std::vector<SyntaxErrorSite> errors = findSyntaxErrors(tree);
        if (!errors.empty()) {
            const Position at = emitted.position(errors[0].start);
            fail(layer == &layers->client ? "the client layer of valid code does not parse"
                                          : "the server layer of valid code does not parse",
                 source,
                 std::to_string(at.line) + ":" + std::to_string(at.column) + ": " + errors[0].message +
                     "\n--- layer ---\n" + *layer);
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    for (const char* path : {"app/fuzz.ts", "app/fuzz.tsx", "app/fuzz.js"}) compileAs(text, path);
    return 0;
}
