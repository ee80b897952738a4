// Export validation for 'use server' modules (SPEC §3): only async functions (and call
// expressions, checked at run time) may be exported; types are erased; everything
// else is an error that says what the export is.
#include "facts/facts_internal.h"

#include <map>

namespace actionc::facts {

namespace {

enum class Shape {
    AsyncFunction,
    SyncFunction,
    CallValue,
    Imported,   // bound by an import: resolved through the project graph
    Alias,      // `const a = b`: the shape of b
    TypeOnly,   // erased by TypeScript: never an error, never an action
    NotAFunction,
};

struct Binding {
    Shape shape = Shape::NotAFunction;
    std::string description;  // for NotAFunction/SyncFunction: "a number literal", "a class", …
    Node name;                // the declared identifier
    Node function;            // AsyncFunction/SyncFunction: the function node
    std::string specifier;    // Imported
    std::string importedName; // Imported; Alias: the aliased local
};

using BindingTable = std::map<std::string, Binding, std::less<>>;

constexpr std::string_view kOnlyAsync = "only async functions may be exported from a 'use server' file";

Node unwrapExpression(Node value) {
    while (value.is("parenthesized_expression") || value.is("as_expression") ||
           value.is("satisfies_expression") || value.is("non_null_expression") || value.is("type_assertion")) {
        // The wrapped expression is the first named child that is not a type.
        Node inner;
        for (Node c : namedChildren(value)) {
            if (!c.kind().ends_with("type") && !c.is("type_identifier") && !c.is("type_arguments")) {
                inner = c;
                break;
            }
        }
        if (!inner) break;
        value = inner;
    }
    return value;
}

bool isFunctionNode(Node n) {
    return n.is("function_expression") || n.is("arrow_function") || n.is("generator_function") ||
           n.is("function_declaration") || n.is("generator_function_declaration") || n.is("function");
}

std::string describeValue(Node value, std::string_view source) {
    const std::string_view kind = value.kind();
    if (kind == "number") return value.text(source).ends_with("n") ? "a bigint" : "a number";
    if (kind == "string" || kind == "template_string") return "a string";
    if (kind == "true" || kind == "false") return "a boolean";
    if (kind == "null") return "null";
    if (kind == "undefined") return "undefined";
    if (kind == "object") return "an object literal";
    if (kind == "array") return "an array literal";
    if (kind == "class") return "a class";
    if (kind == "regex") return "a regular expression";
    if (kind == "new_expression") return "an object created with 'new'";
    if (kind == "await_expression") return "an awaited value";
    if (kind == "sequence_expression") return "a comma expression";
    if (kind == "meta_property") return "'" + std::string(value.text(source)) + "'";
    if (kind == "jsx_element" || kind == "jsx_self_closing_element" || kind == "jsx_fragment") {
        return "a JSX element";
    }
    if (kind == "assignment_expression" || kind == "augmented_assignment_expression") return "an assignment";
    if (kind == "binary_expression" || kind == "ternary_expression" || kind == "unary_expression" ||
        kind == "update_expression") {
        return "a computed value";
    }
    return "an expression that is not an async function";
}

Binding classifyValue(Node name, Node rawValue, std::string_view source) {
    Binding b;
    b.name = name;
    if (!rawValue) {
        b.description = "declared without a value";
        return b;
    }
    const Node value = unwrapExpression(rawValue);
    if (isFunctionNode(value)) {
        b.function = value;
        b.shape = value.hasToken("async") ? Shape::AsyncFunction : Shape::SyncFunction;
        b.description = value.is("generator_function") ? "a generator function" : "a function";
        return b;
    }
    // Values whose shape only run time knows (`client.action(…)`, `repo.save`): accepted
    // and checked when registered, as Next.js does.
    if (value.is("call_expression") || value.is("member_expression") || value.is("subscript_expression")) {
        b.shape = Shape::CallValue;
        return b;
    }
    if (value.is("identifier")) {
        b.shape = value.text(source) == "undefined" ? Shape::NotAFunction : Shape::Alias;
        b.importedName = std::string(value.text(source));
        b.description = "undefined";
        return b;
    }
    b.description = describeValue(value, source);
    return b;
}

void addImportBindings(Node statement, std::string_view source, BindingTable& table) {
    const bool typeOnlyStatement = statement.hasToken("type") || statement.hasToken("typeof");
    const Node sourceNode = statement.field("source");
    const Node clause = statement.firstNamedChildOfKind("import_clause");
    if (!clause || !sourceNode) return;
    const std::string specifier = stringValue(sourceNode, source);
    auto bind = [&](Node local, std::string imported, bool typeOnly) {
        Binding b;
        b.name = local;
        b.shape = typeOnly ? Shape::TypeOnly : Shape::Imported;
        b.specifier = specifier;
        b.importedName = std::move(imported);
        table[std::string(local.text(source))] = b;
    };
    for (Node part : namedChildren(clause)) {
        if (part.is("identifier")) {
            bind(part, "default", typeOnlyStatement);
        } else if (part.is("namespace_import")) {
            if (Node local = part.firstNamedChildOfKind("identifier")) bind(local, "*", typeOnlyStatement);
        } else if (part.is("named_imports")) {
            for (Node spec : namedChildren(part)) {
                if (!spec.is("import_specifier")) continue;
                const Node name = spec.field("name");
                const Node alias = spec.field("alias");
                const std::string imported =
                    name.is("string") ? stringValue(name, source) : std::string(name.text(source));
                bind(alias ? alias : name, imported, typeOnlyStatement || spec.hasToken("type"));
            }
        }
    }
}

// TypeScript emits nothing for a namespace that declares only types (nested namespaces
// of only types included; walked with a stack, however deep they nest).
bool isTypeOnlyNamespace(Node declaration) {
    std::vector<Node> pending{declaration};
    while (!pending.empty()) {
        const Node body = pending.back().field("body");
        pending.pop_back();
        if (!body) continue;
        for (Node statement : namedChildren(body)) {
            Node inner = statement;
            if (statement.is("export_statement")) {
                inner = statement.field("declaration");
                if (!inner) return false;
            }
            if (inner.is("comment") || inner.is("type_alias_declaration") || inner.is("interface_declaration")) continue;
            if (inner.is("internal_module") || inner.is("module")) {
                pending.push_back(inner);
                continue;
            }
            return false;
        }
    }
    return true;
}

void addDeclarationBindings(Node declaration, std::string_view source, BindingTable& table) {
    const std::string_view kind = declaration.kind();
    if (kind == "function_declaration" || kind == "generator_function_declaration") {
        Binding b;
        b.name = declaration.field("name");
        b.function = declaration;
        b.shape = declaration.hasToken("async") ? Shape::AsyncFunction : Shape::SyncFunction;
        b.description = kind == "generator_function_declaration" ? "a generator function" : "a function";
        if (b.name) table[std::string(b.name.text(source))] = b;
    } else if (kind == "lexical_declaration" || kind == "variable_declaration") {
        for (Node declarator : namedChildren(declaration)) {
            if (!declarator.is("variable_declarator")) continue;
            const Node name = declarator.field("name");
            if (name.is("identifier")) {
                table[std::string(name.text(source))] = classifyValue(name, declarator.field("value"), source);
            }
        }
    } else if (kind == "class_declaration" || kind == "abstract_class_declaration") {
        Binding b;
        b.name = declaration.field("name");
        b.description = "a class";
        if (b.name) table[std::string(b.name.text(source))] = b;
    } else if (kind == "enum_declaration") {
        Binding b;
        b.name = declaration.field("name");
        b.description = "an enum (an object at run time)";
        if (b.name) table[std::string(b.name.text(source))] = b;
    } else if (kind == "internal_module" || kind == "module") {
        Binding b;
        b.name = declaration.field("name");
        b.description = "a namespace (an object at run time)";
        if (isTypeOnlyNamespace(declaration)) b.shape = Shape::TypeOnly;
        if (b.name) table.try_emplace(std::string(b.name.text(source)), b);
    } else if (kind == "type_alias_declaration" || kind == "interface_declaration" ||
               kind == "ambient_declaration") {
        Binding b;
        b.name = declaration.field("name");
        b.shape = Shape::TypeOnly;
        // A type never shadows a value of the same name.
        if (b.name) table.try_emplace(std::string(b.name.text(source)), b);
    }
}

BindingTable collectTopLevelBindings(Node program, std::string_view source) {
    BindingTable table;
    for (Node statement : namedChildren(program)) {
        if (statement.is("import_statement")) {
            addImportBindings(statement, source, table);
        } else if (statement.is("export_statement")) {
            if (Node declaration = statement.field("declaration")) addDeclarationBindings(declaration, source, table);
        } else {
            addDeclarationBindings(statement, source, table);
        }
    }
    return table;
}

class ExportValidator {
public:
    ExportValidator(Node program, const SourceFile& source, ModuleFacts& facts)
        : source_(source), facts_(facts), bindings_(collectTopLevelBindings(program, source.text)) {}

    void visit(Node statement) {
        if (isTypeOnlyStatement(statement, source_.text)) return;  // `export type { … }`, `export type * from`
        if (statement.hasToken("=")) {
            error(statement, "export-equals",
                  "'export =' is CommonJS; a 'use server' file exports async functions by name");
            return;
        }
        if (statement.field("source")) {
            visitExportFrom(statement);
        } else if (const Node declaration = statement.field("declaration")) {
            if (statement.hasToken("default")) {
                visitNamedDefaultDeclaration(declaration);
            } else {
                visitDeclaration(declaration);
            }
        } else if (statement.hasToken("default")) {
            visitDefault(statement);
        } else if (const Node clause = statement.firstNamedChildOfKind("export_clause")) {
            visitClause(clause);
        }
    }

private:
    void error(Node at, std::string code, std::string message) {
        facts_.diagnostics.push_back(
            makeDiagnostic(source_, Severity::Error, std::move(code), std::move(message), at.start(), at.length()));
    }

    std::string text(Node n) const { return std::string(n.text(source_.text)); }

    std::string exportNameOf(Node nameNode) const {
        return nameNode.is("string") ? stringValue(nameNode, source_.text) : text(nameNode);
    }

    void addAction(std::string exportName, std::string localName, Node at, Node function, bool isCallValue) {
        ExportedAction action;
        action.exportName = std::move(exportName);
        action.localName = std::move(localName);
        action.offset = at.start();
        action.position = source_.position(at.start());
        action.isCallValue = isCallValue;
        action.isAsync = !isCallValue;
        if (function) {
            action.paramCount = parameterCount(function);
            action.functionStart = function.start();
        }
        facts_.actions.push_back(std::move(action));
    }

    // Follows `const a = b` chains to the binding that decides a's shape.
    const Binding* resolveLocal(std::string_view name, int depth = 0) const {
        const auto it = bindings_.find(name);
        if (it == bindings_.end() || depth > 16) return nullptr;
        if (it->second.shape == Shape::Alias) return resolveLocal(it->second.importedName, depth + 1);
        return &it->second;
    }

    // Checks one exported binding, reporting at `at` (the name in the export statement).
    void exportBinding(std::string exportName, std::string localName, Node at) {
        const Binding* binding = resolveLocal(localName);
        if (!binding) {
            error(at, "export-undeclared", "'" + localName + "' is exported but not declared in this file");
            return;
        }
        switch (binding->shape) {
        case Shape::AsyncFunction:
            addAction(std::move(exportName), std::move(localName), binding->name ? binding->name : at,
                      binding->function, false);
            return;
        case Shape::CallValue:
            addAction(std::move(exportName), std::move(localName), binding->name ? binding->name : at, Node(), true);
            return;
        case Shape::Imported:
            facts_.reExports.push_back({binding->specifier, binding->importedName, std::move(exportName), at.start()});
            return;
        case Shape::TypeOnly:
            return;
        case Shape::SyncFunction:
            error(at, "export-not-async",
                  "'" + localName + "' is " + binding->description + " but not async; " + std::string(kOnlyAsync) +
                      " (add 'async')");
            return;
        case Shape::Alias:
        case Shape::NotAFunction:
            error(at, "export-not-function",
                  std::string(kOnlyAsync) + ", but '" + localName + "' is " + binding->description);
            return;
        }
    }

    void visitDeclaration(Node declaration) {
        const std::string_view kind = declaration.kind();
        if (kind == "lexical_declaration" || kind == "variable_declaration") {
            for (Node declarator : namedChildren(declaration)) {
                if (!declarator.is("variable_declarator")) continue;
                const Node name = declarator.field("name");
                if (!name.is("identifier")) {
                    visitDestructuringExport(name, declarator.field("value"));
                    continue;
                }
                exportBinding(text(name), text(name), name);
            }
            return;
        }
        if (kind == "function_signature" || kind == "type_alias_declaration" || kind == "interface_declaration" ||
            kind == "ambient_declaration") {
            return;  // erased by TypeScript
        }
        if (kind == "import_alias") {
            error(declaration, "export-not-function",
                  std::string(kOnlyAsync) + ", but this is a namespace alias ('export import')");
            return;
        }
        const Node name = declaration.field("name");
        if (!name) {
            error(declaration, "export-not-function", std::string(kOnlyAsync));
            return;
        }
        exportBinding(text(name), text(name), name);
    }

    // `export const { signIn, signOut } = createActions()`: values only run time knows, as
    // for `export const a = client.action(…)`: each name is an action checked when it is
    // registered (as Next.js does). Destructuring a value this file spells out (an object
    // literal, or a name bound to one) hides what it exports: export each action by name.
    void visitDestructuringExport(Node pattern, Node rawValue) {
        const Node value = rawValue ? unwrapExpression(rawValue) : Node();
        bool runtimeValue = value.is("call_expression") || value.is("member_expression") ||
                            value.is("subscript_expression") || value.is("await_expression");
        if (value.is("identifier")) {
            const Binding* binding = resolveLocal(text(value));
            runtimeValue = binding && (binding->shape == Shape::CallValue || binding->shape == Shape::Imported);
        }
        if (!runtimeValue) {
            error(pattern, "export-destructuring",
                  "a 'use server' file must export each action by name; destructuring hides whether "
                  "the exported values are async functions");
            return;
        }
        forEachBoundName(pattern, [&](Node name) { addAction(text(name), text(name), name, Node(), true); });
    }


    // `export default async function name() {}`: a module binding exported as "default".
    void visitNamedDefaultDeclaration(Node declaration) {
        const Node name = declaration.field("name");
        if (!name) {
            error(declaration, "export-not-function", std::string(kOnlyAsync));
            return;
        }
        exportBinding("default", text(name), name);
    }

    void visitDefault(Node statement) {
        const Node rawValue = statement.field("value");
        if (!rawValue) return;
        const Node value = unwrapExpression(rawValue);
        if (value.is("identifier")) {
            exportBinding("default", text(value), value);
            return;
        }
        if (isFunctionNode(value) || value.is("call_expression")) {
            const bool isCall = value.is("call_expression");
            if (!isCall && !value.hasToken("async")) {
                error(value, "export-not-async",
                      "the default export is a function but not async; " + std::string(kOnlyAsync) + " (add 'async')");
                return;
            }
            addAction("default", "", value, isCall ? Node() : value, isCall);
            ExportedAction& action = facts_.actions.back();
            const Node name = value.field("name");
            if (name) {
                // `export default async function named() {}` parsed as an expression:
                // the name is a binding of the module scope all the same.
                action.localName = text(name);
            } else if ((value.is("function_expression") || value.is("generator_function")) && value == rawValue) {
                action.anonymous = AnonymousDefault::FunctionExpression;
                const Node parameters = value.field("parameters");
                action.nameInsertOffset = parameters ? parameters.start() : value.start();
            } else {
                action.anonymous = AnonymousDefault::Expression;
                action.statementStart = statement.start();
                action.valueStart = rawValue.start();
                action.statementEnd = rawValue.end();
                const Node last = statement.child(statement.childCount() - 1);
                action.statementHasSemicolon = !last.isNamed() && last.kind() == ";";
                if (action.statementHasSemicolon) action.statementEnd = last.end();
            }
            return;
        }
        error(value, "export-not-function",
              std::string(kOnlyAsync) + ", but the default export is " + describeValue(value, source_.text));
    }

    void visitClause(Node clause) {
        for (Node spec : namedChildren(clause)) {
            if (!spec.is("export_specifier") || spec.hasToken("type")) continue;
            const Node name = spec.field("name");
            const Node alias = spec.field("alias");
            exportBinding(exportNameOf(alias ? alias : name), exportNameOf(name), name);
        }
    }

    // `export … from` is recorded for every module by the imports pass; here only the
    // form that can never be an action is rejected.
    void visitExportFrom(Node statement) {
        if (const Node ns = statement.firstNamedChildOfKind("namespace_export")) {
            error(ns, "export-not-function", std::string(kOnlyAsync) + ", but 'export * as' exports a namespace object");
        }
    }

    const SourceFile& source_;
    ModuleFacts& facts_;
    BindingTable bindings_;
};

}  // namespace

std::string stringValue(Node string, std::string_view source) {
    const std::string_view text = string.text(source);
    return text.size() >= 2 ? std::string(text.substr(1, text.size() - 2)) : std::string();
}

std::uint32_t parameterCount(Node function) {
    if (function.field("parameter")) return 1;  // `x => …`
    const Node parameters = function.field("parameters");
    if (!parameters) return 0;
    std::uint32_t count = 0;
    for (Node p : namedChildren(parameters)) {
        if (!p.is("required_parameter") && !p.is("optional_parameter")) continue;
        if (p.field("pattern").is("this")) continue;
        ++count;
    }
    return count;
}

void collectServerExports(Node program, const SourceFile& source, ModuleFacts& facts) {
    ExportValidator validator(program, source, facts);
    for (Node statement : namedChildren(program)) {
        if (statement.is("export_statement")) validator.visit(statement);
    }
}

}  // namespace actionc::facts
