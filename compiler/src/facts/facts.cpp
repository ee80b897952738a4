#include "facts/facts.h"

#include "facts/facts_internal.h"
#include "facts/prescan.h"

#include <algorithm>
#include <cctype>

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

// The top-level statement (or ERROR node) of `program` that holds `offset`.
Node topLevelStatementAt(Node program, std::uint32_t offset) {
    for (Node statement : namedChildren(program)) {
        if (statement.start() <= offset && offset < statement.end()) return statement;
        if (statement.start() > offset) break;
    }
    return Node();
}

// A module-level statement that only imports or declares types: what a 'use server' file
// reads of it (its edges) the lexical scan recovers, and it exports no action. The
// constructs our grammar lacks at module level are of this kind (`export type * from`,
// import attributes, variance annotations); anything that may hold another export is not.
bool onlyImportsOrTypes(std::string_view statement) {
    std::size_t at = 0;
    while (at < statement.size() && std::isspace(static_cast<unsigned char>(statement[at]))) ++at;
    statement.remove_prefix(at);
    bool leadingExport = false;
    for (std::string_view prefix : {"import ", "import{", "type ", "interface ", "declare ", "export type ",
                                    "export interface ", "export declare ", "export import type "}) {
        if (statement.starts_with(prefix)) {
            leadingExport = prefix.starts_with("export");
            const std::string_view rest = statement.substr(leadingExport ? 6 : 0);
            return rest.find("export") == std::string_view::npos && rest.find("function") == std::string_view::npos;
        }
    }
    return false;
}

// Whether the parser's failure at `site` touches what actionc reads or rewrites (SPEC §3):
// the module's directive prologue, text that may hide a directive, the statements of a
// 'use server' file that can export actions, or a function an inline action lives in (the
// scopes its captures resolve through). Anywhere else the text passes through untouched,
// and what our grammar does not know (newer TypeScript syntax, say) must not fail a build.
bool touchesWhatActioncReads(const SyntaxErrorSite& site, Node program, std::string_view text,
                             std::uint32_t prologueEnd, ModuleKind kind, bool exportsIntact,
                             const std::vector<TextRange>& actionScopes) {
    if (site.start < prologueEnd) return true;
    const std::string_view covered = text.substr(site.start, site.length);
    if (covered.find("use server") != std::string_view::npos || covered.find("use client") != std::string_view::npos) {
        return true;
    }
    if (kind == ModuleKind::UseServer) {
        const Node statement = topLevelStatementAt(program, site.start);
        if (!statement) return true;
        if (!site.insideFunctionBody) return !onlyImportsOrTypes(statement.text(text));
        // In a function body: harmless to what actionc reads, as long as no export was lost.
        if (!exportsIntact) return true;
    }
    return std::any_of(actionScopes.begin(), actionScopes.end(), [&](const TextRange& r) {
        return site.start < r.end && r.start < site.start + site.length;
    });
}

void reportSyntaxErrors(const std::vector<SyntaxErrorSite>& sites, Node program, const SourceFile& source,
                        std::uint32_t prologueEnd, ModuleKind kind, bool exportsIntact,
                        const std::vector<TextRange>& actionScopes, std::vector<Diagnostic>& out) {
    for (const SyntaxErrorSite& site : sites) {
        if (touchesWhatActioncReads(site, program, source.text, prologueEnd, kind, exportsIntact, actionScopes)) {
            out.push_back(makeDiagnostic(source, Severity::Error, "syntax-error", site.message, site.start, site.length));
        } else {
            out.push_back(makeDiagnostic(source, Severity::Warning, "syntax-passed-through",
                                         "actionc cannot parse this (" + site.message +
                                             "); it is outside what actionc reads or rewrites, so it is passed "
                                             "through unchanged (the bundler will say if it is a real error)",
                                         site.start, site.length));
        }
    }
}

// A tree with syntax errors may have lost an import inside an ERROR node: the lexical
// scan adds what the tree does not have, so liveness errs towards keeping actions.
void addScannedEdges(const ModuleFacts& scanned, ModuleFacts& facts) {
    auto sameEdge = [](const ModuleImport& a, const ModuleImport& b) {
        return a.specifier == b.specifier && a.kind == b.kind && a.names == b.names;
    };
    for (const ModuleImport& edge : scanned.imports) {
        if (std::none_of(facts.imports.begin(), facts.imports.end(), [&](const ModuleImport& e) { return sameEdge(e, edge); })) {
            facts.imports.push_back(edge);
        }
    }
    if (facts.kind == ModuleKind::UseServer) return;  // its re-exports are validated from the tree alone
    for (const ReExport& r : scanned.reExports) {
        const bool known = std::any_of(facts.reExports.begin(), facts.reExports.end(), [&](const ReExport& e) {
            return e.specifier == r.specifier && e.importedName == r.importedName && e.exportName == r.exportName;
        });
        if (!known) facts.reExports.push_back(r);
    }
}

// Whether the tree has every top-level export statement the text has: then a syntax
// error inside a function body cannot have hidden an export.
bool exportsIntact(Node program, const std::vector<std::uint32_t>& lexicalExports) {
    std::vector<std::uint32_t> treeExports;
    for (Node statement : namedChildren(program)) {
        if (statement.is("export_statement")) treeExports.push_back(statement.start());
    }
    return treeExports == lexicalExports;
}

}  // namespace

ModuleFacts extractFacts(const SyntaxTree& tree, AuditFacts audit) {
    ModuleFacts facts;
    const SourceFile& source = tree.source();
    const Node program = tree.root();
    const std::vector<SyntaxErrorSite> syntaxErrors = findSyntaxErrors(tree);
    const Prologue prologue = readPrologue(program, source, PrologueScope::Module, facts.diagnostics);
    facts.kind = moduleKindOf(prologue, source, facts.diagnostics);
    facts::collectImports(program, source, facts);
    if (facts.kind == ModuleKind::UseServer) facts::collectServerExports(program, source, facts);
    const std::vector<TextRange> actionScopes = facts::collectInlineActions(program, prologue, source, facts);
    if (audit == AuditFacts::Extract) facts.audit = extractAuditFacts(program, source);
    if (!syntaxErrors.empty()) {
        const std::uint32_t prologueEnd = prologue.directives.empty() ? 0 : prologue.top.offset;
        const LexicalScan scan = scanModule(source.text);
        reportSyntaxErrors(syntaxErrors, program, source, prologueEnd, facts.kind,
                           exportsIntact(program, scan.topLevelExports), actionScopes, facts.diagnostics);
        addScannedEdges(scan.facts, facts);
    }
    return facts;
}

}  // namespace actionc
