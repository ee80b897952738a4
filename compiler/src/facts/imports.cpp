// The edges of the module graph: every way a module can reach another's exports.
#include "facts/facts_internal.h"
#include "support/text_search.h"

#include <cctype>

namespace actionc::facts {

namespace {

// `import(…)` and `require(…)` with one string-literal argument; anything computed
// cannot be resolved at build time and is left to the bundler.
Node literalCallArgument(Node call) {
    const Node arguments = call.field("arguments");
    if (!arguments || arguments.namedChildCount() != 1) return Node();
    const Node argument = arguments.namedChild(0);
    return argument.is("string") ? argument : Node();
}

void addStaticImport(Node statement, std::string_view source, ModuleFacts& facts) {
    const Node sourceNode = statement.field("source");
    if (!sourceNode) {
        // `import x = require('y')`
        if (Node clause = statement.firstNamedChildOfKind("import_require_clause")) {
            if (Node string = clause.firstNamedChildOfKind("string")) {
                facts.imports.push_back({stringValue(string, source), ImportKind::Require, {"*"}, string.start()});
            }
        }
        return;
    }
    if (isTypeOnlyStatement(statement, source)) return;  // `import type …`: erased
    ModuleImport edge{stringValue(sourceNode, source), ImportKind::Static, {}, sourceNode.start()};
    if (const Node clause = statement.firstNamedChildOfKind("import_clause")) {
        for (Node part : namedChildren(clause)) {
            if (part.is("identifier")) {
                edge.names.push_back("default");
            } else if (part.is("namespace_import")) {
                edge.names.push_back("*");
            } else if (part.is("named_imports")) {
                for (Node spec : namedChildren(part)) {
                    if (!spec.is("import_specifier") || spec.hasToken("type")) continue;
                    const Node name = spec.field("name");
                    edge.names.push_back(name.is("string") ? stringValue(name, source)
                                                           : std::string(name.text(source)));
                }
            }
        }
        // `import { type A } from './m'` uses nothing at run time.
        if (edge.names.empty()) return;
    }
    // A bare `import './m'` runs the module but uses none of its exports.
    facts.imports.push_back(std::move(edge));
}

// `export … from` is both an edge and a re-export the project graph follows.
void addExportFrom(Node statement, std::string_view source, ModuleFacts& facts) {
    const Node sourceNode = statement.field("source");
    if (!sourceNode || isTypeOnlyStatement(statement, source)) return;
    const std::string specifier = stringValue(sourceNode, source);
    ModuleImport edge{specifier, ImportKind::ReExport, {}, sourceNode.start()};
    auto nameOf = [&](Node n) { return n.is("string") ? stringValue(n, source) : std::string(n.text(source)); };
    if (const Node clause = statement.firstNamedChildOfKind("export_clause")) {
        for (Node spec : namedChildren(clause)) {
            if (!spec.is("export_specifier") || spec.hasToken("type")) continue;
            const Node name = spec.field("name");
            const Node alias = spec.field("alias");
            edge.names.push_back(nameOf(name));
            facts.reExports.push_back({specifier, nameOf(name), nameOf(alias ? alias : name), name.start()});
        }
        if (edge.names.empty()) return;
    } else if (const Node ns = statement.firstNamedChildOfKind("namespace_export")) {
        // `export * as ns from './m'`: the name `ns` stands for all of m.
        const Node name = ns.namedChild(ns.namedChildCount() - 1);
        edge.names.push_back("*");
        facts.reExports.push_back({specifier, "*", name ? nameOf(name) : "*", sourceNode.start()});
    } else {
        edge.names.push_back("*");
        facts.reExports.push_back({specifier, "*", "*", sourceNode.start()});
    }
    facts.imports.push_back(std::move(edge));
}

// Whether `text` may hold an `import(...)` or `require(...)` call: a sound shortcut past
// the walk over every node, which most modules need not pay for.
bool mayCallImportOrRequire(std::string_view text) {
    for (const std::string_view callee : {std::string_view("import"), std::string_view("require")}) {
        for (std::size_t at = findText(text, callee); at != std::string_view::npos; at = findText(text, callee, at + 1)) {
            std::size_t next = at + callee.size();
            while (next < text.size() && std::isspace(static_cast<unsigned char>(text[next]))) ++next;
            // `import(`, or a comment between the callee and `(`.
            if (next < text.size() && (text[next] == '(' || text[next] == '/')) return true;
        }
    }
    return false;
}

void visitForCalls(Node program, std::string_view source, ModuleFacts& facts) {
    if (!mayCallImportOrRequire(source)) return;
    forEachNode(program, [&](Node current) {
        if (!current.is("call_expression")) return;
        const Node callee = current.field("function");
        const bool isImport = callee.is("import");
        const bool isRequire = callee.is("identifier") && callee.text(source) == "require";
        if (!isImport && !isRequire) return;
        if (const Node argument = literalCallArgument(current)) {
            facts.imports.push_back({stringValue(argument, source), isImport ? ImportKind::Dynamic : ImportKind::Require,
                                     {"*"}, argument.start()});
        }
    });
}

}  // namespace

bool isTypeOnlyStatement(Node statement, std::string_view source) {
    for (std::uint32_t i = 0, n = statement.childCount(); i < n; ++i) {  // one pass for both tokens
        const Node c = statement.child(i);
        if (!c.isNamed() && (c.kind() == "type" || c.kind() == "typeof")) return true;
    }
    std::string_view text = statement.text(source);
    for (std::string_view keyword : {std::string_view("export"), std::string_view("import")}) {
        if (!text.starts_with(keyword)) continue;
        text.remove_prefix(keyword.size());
        auto skipSpace = [&] {
            while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
        };
        skipSpace();
        if (!text.starts_with("type")) return false;
        text.remove_prefix(4);
        skipSpace();
        return text.starts_with('*') || text.starts_with('{');
    }
    return false;
}

void collectImports(Node program, const SourceFile& source, ModuleFacts& facts) {
    for (Node statement : namedChildren(program)) {
        if (statement.is("import_statement")) {
            addStaticImport(statement, source.text, facts);
        } else if (statement.is("export_statement")) {
            addExportFrom(statement, source.text, facts);
        }
    }
    visitForCalls(program, source.text, facts);
}

}  // namespace actionc::facts
