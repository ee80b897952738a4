#include "facts/scope.h"

#include <algorithm>

namespace actionc {

namespace {

const void* keyOf(Node n) { return n.raw().id; }

bool isTypeContext(std::string_view kind) {
    return kind == "type_annotation" || kind == "type_arguments" || kind == "type_parameters" ||
           kind == "type_alias_declaration" || kind == "interface_declaration" || kind == "type_identifier" ||
           kind == "predefined_type" || kind == "type_query" || kind == "type_predicate_annotation" ||
           kind == "asserts_annotation" || kind == "opting_type_annotation" || kind == "omitting_type_annotation" ||
           kind == "implements_clause" || kind == "ambient_declaration" || kind == "abstract_method_signature" ||
           kind == "function_signature" || kind == "index_signature" || kind == "method_signature" ||
           (kind.size() > 5 && kind.ends_with("_type"));
}

}  // namespace

bool isFunctionLike(Node n) {
    const std::string_view k = n.kind();
    return k == "function_declaration" || k == "generator_function_declaration" || k == "function_expression" ||
           k == "generator_function" || k == "arrow_function" || k == "method_definition" || k == "function";
}

// Two passes: declare (so hoisted functions and `var`s are known before their uses),
// then resolve every identifier in reference position.
class ScopeBuilder {
public:
    ScopeBuilder(ScopeAnalysis& out, std::string_view source) : out_(out), source_(source) {}

    void build(Node program) {
        const std::int32_t module = openScope(ScopeKind::Module, -1, program);
        declarePass(program, module);
        resolvePass(program, module, false);
        std::sort(out_.references_.begin(), out_.references_.end(),
                  [](const Reference& a, const Reference& b) { return a.identifier.start() < b.identifier.start(); });
    }

private:
    std::int32_t openScope(ScopeKind kind, std::int32_t parent, Node node) {
        out_.scopes_.push_back({kind, parent, node, {}});
        const auto id = static_cast<std::int32_t>(out_.scopes_.size() - 1);
        out_.scopeByNode_[keyOf(node)] = id;
        return id;
    }

    void declare(std::int32_t scope, Node identifier, DeclarationKind kind, Node declarator = Node()) {
        if (!identifier) return;
        const std::string_view name = identifier.text(source_);
        auto& names = out_.scopes_[static_cast<std::size_t>(scope)].names;
        if (names.count(name)) return;  // first declaration wins (redeclared `var`, overloads)
        out_.declarations_.push_back({name, kind, identifier, declarator, static_cast<std::uint32_t>(scope)});
        names.emplace(name, static_cast<std::uint32_t>(out_.declarations_.size() - 1));
    }

    std::int32_t functionScopeOf(std::int32_t scope) const {
        while (scope >= 0) {
            const ScopeKind k = out_.scopes_[static_cast<std::size_t>(scope)].kind;
            if (k == ScopeKind::Function || k == ScopeKind::Module) return scope;
            scope = out_.scopes_[static_cast<std::size_t>(scope)].parent;
        }
        return 0;
    }

    // Declares every identifier a binding pattern introduces; default values are not
    // declarations (resolvePass visits them as references).
    void declarePattern(Node pattern, std::int32_t scope, DeclarationKind kind) {
        if (!pattern) return;
        const std::string_view k = pattern.kind();
        if (k == "identifier" || k == "shorthand_property_identifier_pattern") {
            declare(scope, pattern, kind);
        } else if (k == "object_pattern" || k == "array_pattern" || k == "rest_pattern") {
            for (Node c : namedChildren(pattern)) declarePattern(c, scope, kind);
        } else if (k == "pair_pattern") {
            declarePattern(pattern.field("value"), scope, kind);
        } else if (k == "assignment_pattern" || k == "object_assignment_pattern") {
            declarePattern(pattern.field("left"), scope, kind);
        } else if (k == "required_parameter" || k == "optional_parameter") {
            declarePattern(parameterPattern(pattern), scope, kind);
        }
    }

    static Node parameterPattern(Node parameter) {
        if (Node p = parameter.field("pattern")) return p;
        if (Node n = parameter.field("name")) return n;
        // Old tree-sitter runtimes can mislabel the pattern field: take the first named
        // child that is not a decorator, modifier, type or default value.
        const Node value = parameter.field("value");
        for (Node c : namedChildren(parameter)) {
            const std::string_view k = c.kind();
            if (k == "decorator" || k == "accessibility_modifier" || k == "override_modifier" ||
                k == "type_annotation" || (value && c == value)) {
                continue;
            }
            return c;
        }
        return Node();
    }

    void declareFunction(Node fn, std::int32_t scope) {
        // Parameters and the body share the function scope: a body `let` may not redeclare
        // a parameter anyway, and `var` lands here too.
        const std::int32_t fnScope = openScope(ScopeKind::Function, scope, fn);
        const std::string_view k = fn.kind();
        if ((k == "function_expression" || k == "generator_function") && fn.field("name")) {
            declare(fnScope, fn.field("name"), DeclarationKind::FunctionName, fn);
        }
        if (Node single = fn.field("parameter")) declare(fnScope, single, DeclarationKind::Parameter);
        if (Node params = fn.field("parameters")) {
            for (Node p : namedChildren(params)) declarePattern(p, fnScope, DeclarationKind::Parameter);
        }
        if (Node body = fn.field("body")) {
            if (body.is("statement_block")) {
                out_.scopeByNode_[keyOf(body)] = fnScope;
                for (Node c : namedChildren(body)) declarePass(c, fnScope);
            } else {
                declarePass(body, fnScope);
            }
        }
        for (Node c : namedChildren(fn)) {
            if (c.is("formal_parameters")) {
                for (Node p : namedChildren(c)) {
                    if (Node v = p.field("value")) declarePass(v, fnScope);  // functions inside defaults
                }
            }
        }
    }

    void declareVariableDeclaration(Node declaration, std::int32_t scope) {
        const bool isVar = declaration.is("variable_declaration");
        DeclarationKind kind = DeclarationKind::Var;
        if (!isVar) kind = declaration.text(source_).starts_with("const") ? DeclarationKind::Const : DeclarationKind::Let;
        const std::int32_t target = isVar ? functionScopeOf(scope) : scope;
        for (Node d : namedChildren(declaration)) {
            if (!d.is("variable_declarator")) continue;
            declarePattern(d.field("name"), target, kind);
            if (Node v = d.field("value")) declarePass(v, scope);
        }
    }

    void declarePass(Node node, std::int32_t scope) {
        const std::string_view k = node.kind();
        if (isTypeContext(k)) return;
        if (isFunctionLike(node)) {
            if (k == "function_declaration" || k == "generator_function_declaration") {
                declare(scope, node.field("name"), DeclarationKind::Function, node);
            }
            declareFunction(node, scope);
            return;
        }
        if (k == "class_declaration" || k == "abstract_class_declaration" || k == "class") {
            if (Node name = node.field("name")) {
                declare(k == "class" ? openScope(ScopeKind::Class, scope, node) : scope, name, DeclarationKind::Class,
                        node);
                if (k == "class") scope = out_.scopeByNode_[keyOf(node)];
            }
            for (Node c : namedChildren(node)) declarePass(c, scope);
            return;
        }
        if (k == "lexical_declaration" || k == "variable_declaration") {
            declareVariableDeclaration(node, scope);
            return;
        }
        if (k == "import_statement") {
            if (Node clause = node.firstNamedChildOfKind("import_clause")) declareImports(clause, scope);
            if (Node req = node.firstNamedChildOfKind("import_require_clause")) {
                declare(scope, req.firstNamedChildOfKind("identifier"), DeclarationKind::Import);
            }
            return;
        }
        if (k == "enum_declaration" || k == "internal_module" || k == "module") {
            declare(scope, node.field("name"), DeclarationKind::Other, node);
            return;
        }
        if (k == "statement_block" || k == "switch_body" || k == "for_statement" || k == "for_in_statement" ||
            k == "class_static_block") {
            const std::int32_t block = openScope(ScopeKind::Block, scope, node);
            if (k == "for_in_statement") declareForInHead(node, block);
            for (Node c : namedChildren(node)) declarePass(c, block);
            return;
        }
        if (k == "catch_clause") {
            const std::int32_t catchScope = openScope(ScopeKind::Catch, scope, node);
            declarePattern(node.field("parameter"), catchScope, DeclarationKind::CatchParameter);
            if (Node body = node.field("body")) {
                out_.scopeByNode_[keyOf(body)] = catchScope;
                for (Node c : namedChildren(body)) declarePass(c, catchScope);
            }
            return;
        }
        for (Node c : namedChildren(node)) declarePass(c, scope);
    }

    // `for (const x of xs)`: the loop variable lives in the loop's scope.
    void declareForInHead(Node loop, std::int32_t block) {
        const Node kind = loop.field("kind");
        if (!kind) return;  // `for (x of xs)` assigns an existing binding
        const std::string_view word = kind.text(source_);
        const DeclarationKind declKind =
            word == "var" ? DeclarationKind::Var : word == "const" ? DeclarationKind::Const : DeclarationKind::Let;
        declarePattern(loop.field("left"), word == "var" ? functionScopeOf(block) : block, declKind);
    }

    void declareImports(Node clause, std::int32_t scope) {
        for (Node part : namedChildren(clause)) {
            if (part.is("identifier")) {
                declare(scope, part, DeclarationKind::Import);
            } else if (part.is("namespace_import")) {
                declare(scope, part.firstNamedChildOfKind("identifier"), DeclarationKind::Import);
            } else if (part.is("named_imports")) {
                for (Node spec : namedChildren(part)) {
                    if (!spec.is("import_specifier")) continue;
                    declare(scope, spec.field("alias") ? spec.field("alias") : spec.field("name"), DeclarationKind::Import);
                }
            }
        }
    }

    // ---- resolution ----

    std::int32_t resolve(std::string_view name, std::int32_t scope) const {
        while (scope >= 0) {
            const Scope& s = out_.scopes_[static_cast<std::size_t>(scope)];
            if (auto it = s.names.find(name); it != s.names.end()) return static_cast<std::int32_t>(it->second);
            scope = s.parent;
        }
        return -1;
    }

    void addReference(Node identifier, std::int32_t scope, bool isWrite) {
        out_.references_.push_back({identifier, resolve(identifier.text(source_), scope), isWrite});
    }

    std::int32_t scopeFor(Node node, std::int32_t fallback) const {
        const auto it = out_.scopeByNode_.find(keyOf(node));
        return it == out_.scopeByNode_.end() ? fallback : it->second;
    }

    // A binding pattern in a declaration: identifiers are declarations, defaults are
    // expressions.
    void resolveDeclarationPattern(Node pattern, std::int32_t scope) {
        if (!pattern) return;
        const std::string_view k = pattern.kind();
        if (k == "identifier" || k == "shorthand_property_identifier_pattern") return;
        if (k == "assignment_pattern" || k == "object_assignment_pattern") {
            resolveDeclarationPattern(pattern.field("left"), scope);
            resolvePass(pattern.field("right"), scope, false);
            return;
        }
        if (k == "pair_pattern") {
            if (Node key = pattern.field("key"); key.is("computed_property_name")) resolvePass(key, scope, false);
            resolveDeclarationPattern(pattern.field("value"), scope);
            return;
        }
        for (Node c : namedChildren(pattern)) resolveDeclarationPattern(c, scope);
    }

    void resolveParameter(Node parameter, std::int32_t scope) {
        if (!parameter.is("required_parameter") && !parameter.is("optional_parameter")) {
            resolveDeclarationPattern(parameter, scope);
            return;
        }
        resolveDeclarationPattern(parameterPattern(parameter), scope);
        if (Node v = parameter.field("value")) resolvePass(v, scope, false);
    }

    void resolveFunction(Node fn, std::int32_t outer) {
        const std::int32_t scope = scopeFor(fn, outer);
        if (Node params = fn.field("parameters")) {
            for (Node p : namedChildren(params)) resolveParameter(p, scope);
        }
        if (Node body = fn.field("body")) {
            if (body.is("statement_block")) {
                for (Node c : namedChildren(body)) resolvePass(c, scope, false);
            } else {
                resolvePass(body, scope, false);
            }
        }
        if (fn.is("method_definition")) {
            if (Node name = fn.field("name"); name.is("computed_property_name")) resolvePass(name, outer, false);
        }
    }

    void resolvePass(Node node, std::int32_t scope, bool writeTarget) {
        if (!node) return;
        const std::string_view k = node.kind();
        if (isTypeContext(k)) return;
        if (k == "identifier") {
            addReference(node, scope, writeTarget);
            return;
        }
        if (k == "shorthand_property_identifier" || k == "shorthand_property_identifier_pattern") {
            addReference(node, scope, writeTarget);
            return;
        }
        if (isFunctionLike(node)) {
            resolveFunction(node, scope);
            return;
        }
        if (k == "variable_declarator") {
            resolveDeclarationPattern(node.field("name"), scope);
            resolvePass(node.field("value"), scope, false);
            return;
        }
        if (k == "catch_clause") {
            const std::int32_t catchScope = scopeFor(node, scope);
            resolveDeclarationPattern(node.field("parameter"), catchScope);
            if (Node body = node.field("body")) {
                for (Node c : namedChildren(body)) resolvePass(c, catchScope, false);
            }
            return;
        }
        if (k == "for_in_statement") {
            const std::int32_t block = scopeFor(node, scope);
            if (node.field("kind")) {
                resolveDeclarationPattern(node.field("left"), block);
            } else {
                resolvePass(node.field("left"), block, true);
            }
            resolvePass(node.field("right"), block, false);
            resolvePass(node.field("body"), block, false);
            return;
        }
        if (k == "assignment_expression" || k == "augmented_assignment_expression") {
            resolvePass(node.field("left"), scope, true);
            resolvePass(node.field("right"), scope, false);
            return;
        }
        if (k == "update_expression") {
            resolvePass(node.field("argument"), scope, true);
            return;
        }
        if (k == "member_expression") {
            // `a.b = 1` writes a property, not the binding `a`.
            resolvePass(node.field("object"), scope, false);
            return;
        }
        if (k == "subscript_expression") {
            resolvePass(node.field("object"), scope, false);
            resolvePass(node.field("index"), scope, false);
            return;
        }
        if (k == "pair") {
            if (Node key = node.field("key"); key.is("computed_property_name")) resolvePass(key, scope, false);
            resolvePass(node.field("value"), scope, writeTarget);
            return;
        }
        if (k == "jsx_opening_element" || k == "jsx_self_closing_element" || k == "jsx_closing_element") {
            // `<div>` names an intrinsic element, `<Item>` a component binding.
            const Node name = node.field("name");
            if (name.is("identifier")) {
                const std::string_view tag = name.text(source_);
                if (!tag.empty() && std::isupper(static_cast<unsigned char>(tag[0]))) addReference(name, scope, false);
            } else if (name) {
                resolvePass(name, scope, false);
            }
            for (Node c : namedChildren(node)) {
                if (!(c == name)) resolvePass(c, scope, false);
            }
            return;
        }
        if (k == "jsx_attribute") {
            for (Node c : namedChildren(node)) {
                if (!c.is("property_identifier") && !c.is("jsx_namespace_name")) resolvePass(c, scope, false);
            }
            return;
        }
        if (k == "import_statement" || k == "export_clause" || k == "statement_identifier" ||
            k == "property_identifier" || k == "nested_identifier") {
            return;
        }
        if (k == "enum_declaration" || k == "internal_module" || k == "module") return;
        if (k == "class_declaration" || k == "abstract_class_declaration" || k == "class") {
            const std::int32_t classScope = scopeFor(node, scope);
            for (Node c : namedChildren(node)) {
                if (c == node.field("name")) continue;
                resolvePass(c, classScope, false);
            }
            return;
        }
        if (k == "public_field_definition") {
            if (Node name = node.field("name"); name.is("computed_property_name")) resolvePass(name, scope, false);
            resolvePass(node.field("value"), scope, false);
            return;
        }
        const std::int32_t inner = scopeFor(node, scope);
        for (Node c : namedChildren(node)) resolvePass(c, inner, writeTarget && (k == "object_pattern" ||
                                                                              k == "array_pattern" ||
                                                                              k == "parenthesized_expression" ||
                                                                              k == "rest_pattern" ||
                                                                              k == "pair_pattern" ||
                                                                              k == "assignment_pattern" ||
                                                                              k == "object_assignment_pattern"));
    }

    ScopeAnalysis& out_;
    std::string_view source_;
};

ScopeAnalysis::ScopeAnalysis(Node program, std::string_view source) { ScopeBuilder(*this, source).build(program); }

std::pair<const Reference*, const Reference*> ScopeAnalysis::referencesIn(std::uint32_t start, std::uint32_t end) const {
    const auto first = std::lower_bound(references_.begin(), references_.end(), start,
                                        [](const Reference& r, std::uint32_t s) { return r.identifier.start() < s; });
    const auto last = std::lower_bound(first, references_.end(), end,
                                       [](const Reference& r, std::uint32_t e) { return r.identifier.start() < e; });
    return {references_.data() + (first - references_.begin()), references_.data() + (last - references_.begin())};
}

std::int32_t ScopeAnalysis::scopeOfNode(Node node) const {
    const auto it = scopeByNode_.find(keyOf(node));
    return it == scopeByNode_.end() ? -1 : it->second;
}

bool ScopeAnalysis::isWithin(std::int32_t scope, std::int32_t ancestor) const {
    while (scope >= 0) {
        if (scope == ancestor) return true;
        scope = scopes_[static_cast<std::size_t>(scope)].parent;
    }
    return false;
}

}  // namespace actionc
