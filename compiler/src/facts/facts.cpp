#include "facts/facts.h"

#include "facts/facts_internal.h"

namespace actionc {

namespace {

ModuleKind moduleKindOf(const Prologue& prologue, const SourceFile& source, std::vector<Diagnostic>& out) {
    const Directive* server = prologue.find("use server");
    const Directive* client = prologue.find("use client");
    if (server && client) {
        const Directive* later = server->statement.start() > client->statement.start() ? server : client;
        out.push_back(makeDiagnostic(source, Severity::Error, "conflicting-directives",
                                     "a file cannot be both 'use client' and 'use server'; move the server "
                                     "functions to their own 'use server' file and import them",
                                     later->statement.start(), later->statement.length()));
        return ModuleKind::Plain;
    }
    if (server) return ModuleKind::UseServer;
    if (client) return ModuleKind::UseClient;
    return ModuleKind::Plain;
}

}  // namespace

ModuleFacts extractFacts(const SyntaxTree& tree) {
    ModuleFacts facts;
    const SourceFile& source = tree.source();
    const Node program = tree.root();
    reportSyntaxErrors(tree, facts.diagnostics);
    const Prologue prologue = readPrologue(program, source, PrologueScope::Module, facts.diagnostics);
    facts.kind = moduleKindOf(prologue, source, facts.diagnostics);
    facts::collectImports(program, source, facts);
    if (facts.kind == ModuleKind::UseServer) facts::collectServerExports(program, source, facts);
    facts::collectInlineActions(program, prologue, source, facts);
    return facts;
}

}  // namespace actionc
