#include "facts/scope.h"

#include <algorithm>
#include <cctype>

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

bool isPatternKind(std::string_view k) {
    return k == "object_pattern" || k == "array_pattern" || k == "parenthesized_expression" || k == "rest_pattern" ||
           k == "pair_pattern" || k == "assignment_pattern" || k == "object_assignment_pattern";
}

bool opensBlockScope(std::string_view k) {
    return k == "statement_block" || k == "switch_body" || k == "for_statement" || k == "for_in_statement" ||
           k == "class_static_block";
}

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::string_view identifierName(Node identifier, std::string_view source, std::deque<std::string>& storage) {
    const std::string_view text = identifier.text(source);
    if (text.find('\\') == std::string_view::npos) return text;
    std::string decoded;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 >= text.size() || text[i + 1] != 'u') {
            decoded += text[i];
            continue;
        }
        std::size_t j = i + 2;
        std::uint32_t cp = 0;
        const bool braced = j < text.size() && text[j] == '{';
        if (braced) ++j;
        int digits = 0;
        while (j < text.size() && hexValue(text[j]) >= 0 && (braced || digits < 4) && cp <= 0x10FFFF) {
            cp = cp * 16 + static_cast<std::uint32_t>(hexValue(text[j]));
            ++j;
            ++digits;
        }
        if (braced && j < text.size() && text[j] == '}') ++j;
        if (digits == 0) {
            decoded += text[i];
            continue;
        }
        appendUtf8(decoded, cp);
        i = j - 1;
    }
    storage.push_back(std::move(decoded));
    return storage.back();
}

// Two passes: declare (so hoisted functions and `var`s are known before their uses),
// then resolve every identifier in reference position against the live bindings.
class ScopeBuilder {
public:
    ScopeBuilder(ScopeAnalysis& out, std::string_view source) : out_(out), source_(source) {}

    void build(Node program) {
        const std::int32_t module = openScope(ScopeKind::Module, -1, program);
        declarePass(program, module);
        resolvePass(program, module);
        std::sort(out_.references_.begin(), out_.references_.end(),
                  [](const Reference& a, const Reference& b) { return a.identifier.start() < b.identifier.start(); });
    }

private:
    // ---- shared ----

    std::int32_t openScope(ScopeKind kind, std::int32_t parent, Node node) {
        const auto id = static_cast<std::int32_t>(out_.scopes_.size());
        const bool holdsVars = kind == ScopeKind::Module || kind == ScopeKind::FunctionBody ||
                               (kind == ScopeKind::Function && !hasBlockBody(node));
        const std::int32_t varScope = holdsVars || parent < 0 ? id : scope(parent).varScope;
        out_.scopes_.push_back({kind, parent, varScope, node, {}});
        out_.scopeByNode_[keyOf(node)] = id;
        return id;
    }

    static bool hasBlockBody(Node fn) { return fn.field("body").is("statement_block"); }

    Scope& scope(std::int32_t id) { return out_.scopes_[static_cast<std::size_t>(id)]; }

    std::string_view nameOf(Node identifier) { return identifierName(identifier, source_, out_.decodedNames_); }

    static void pushChildrenReversed(Node node, std::vector<Node>& into) {
        const std::size_t mark = into.size();
        for (Node c : namedChildren(node)) into.push_back(c);
        std::reverse(into.begin() + static_cast<std::ptrdiff_t>(mark), into.end());
    }

    // ---- declare pass ----

    struct DeclareItem {
        Node node;
        std::int32_t scope;
    };

    void declare(std::int32_t scopeId, Node identifier, DeclarationKind kind, Node declarator = Node()) {
        if (!identifier) return;
        const std::string_view name = nameOf(identifier);
        auto& names = scope(scopeId).names;
        if (names.count(name)) return;  // first declaration wins (redeclared `var`, overloads)
        out_.declarations_.push_back({name, kind, identifier, declarator, static_cast<std::uint32_t>(scopeId)});
        names.emplace(name, static_cast<std::uint32_t>(out_.declarations_.size() - 1));
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

    // Declares every identifier a binding pattern introduces, in `scopeId`. Default values
    // and computed keys are not declarations: they go to `expressions`, to be visited in
    // `expressionScope` (functions inside them open scopes of their own).
    void declarePattern(Node root, std::int32_t scopeId, DeclarationKind kind, std::vector<DeclareItem>& expressions,
                        std::int32_t expressionScope = -1) {
        if (expressionScope < 0) expressionScope = scopeId;
        std::vector<Node> patterns{root};
        while (!patterns.empty()) {
            const Node pattern = patterns.back();
            patterns.pop_back();
            if (!pattern) continue;
            const std::string_view k = pattern.kind();
            if (k == "identifier" || k == "shorthand_property_identifier_pattern") {
                declare(scopeId, pattern, kind);
            } else if (k == "object_pattern" || k == "array_pattern" || k == "rest_pattern") {
                pushChildrenReversed(pattern, patterns);
            } else if (k == "pair_pattern") {
                if (Node key = pattern.field("key"); key.is("computed_property_name")) {
                    expressions.push_back({key, expressionScope});
                }
                patterns.push_back(pattern.field("value"));
            } else if (k == "assignment_pattern" || k == "object_assignment_pattern") {
                if (Node right = pattern.field("right")) expressions.push_back({right, expressionScope});
                patterns.push_back(pattern.field("left"));
            } else if (k == "required_parameter" || k == "optional_parameter") {
                if (Node value = pattern.field("value")) expressions.push_back({value, expressionScope});
                patterns.push_back(parameterPattern(pattern));
            }
        }
    }

    void declarePass(Node program, std::int32_t module) {
        std::vector<DeclareItem> work;
        std::vector<Node> children;
        pushChildrenReversed(program, children);
        for (Node c : children) work.push_back({c, module});
        while (!work.empty()) {
            const DeclareItem item = work.back();
            work.pop_back();
            declareNode(item.node, item.scope, work);
        }
    }

    // Pushes `node`'s named children for `scopeId`, so that they are visited in source order.
    static void visitChildren(Node node, std::int32_t scopeId, std::vector<DeclareItem>& work) {
        const std::size_t mark = work.size();
        for (Node c : namedChildren(node)) work.push_back({c, scopeId});
        std::reverse(work.begin() + static_cast<std::ptrdiff_t>(mark), work.end());
    }

    void declareNode(Node node, std::int32_t scopeId, std::vector<DeclareItem>& work) {
        const std::string_view k = node.kind();
        if (isTypeContext(k)) return;
        if (isFunctionLike(node)) {
            if (k == "function_declaration" || k == "generator_function_declaration") {
                declare(scopeId, node.field("name"), DeclarationKind::Function, node);
            }
            declareFunction(node, scopeId, work);
            return;
        }
        if (k == "class_declaration" || k == "abstract_class_declaration" || k == "class") {
            std::int32_t inner = scopeId;
            if (Node name = node.field("name")) {
                if (k == "class") {
                    inner = openScope(ScopeKind::Class, scopeId, node);
                    declare(inner, name, DeclarationKind::Class, node);
                } else {
                    declare(scopeId, name, DeclarationKind::Class, node);
                }
            }
            visitChildren(node, inner, work);
            return;
        }
        if (k == "lexical_declaration" || k == "variable_declaration") {
            declareVariables(node, scopeId, work);
            return;
        }
        if (k == "import_statement") {
            if (Node clause = node.firstNamedChildOfKind("import_clause")) declareImports(clause, scopeId);
            if (Node req = node.firstNamedChildOfKind("import_require_clause")) {
                declare(scopeId, req.firstNamedChildOfKind("identifier"), DeclarationKind::Import);
            }
            return;
        }
        if (k == "enum_declaration" || k == "internal_module" || k == "module") {
            declare(scopeId, node.field("name"), DeclarationKind::Other, node);
            return;
        }
        if (opensBlockScope(k)) {
            const std::int32_t block = openScope(ScopeKind::Block, scopeId, node);
            if (k == "for_in_statement") declareForInHead(node, block);
            visitChildren(node, block, work);
            return;
        }
        if (k == "catch_clause") {
            const std::int32_t catchScope = openScope(ScopeKind::Catch, scopeId, node);
            declarePattern(node.field("parameter"), catchScope, DeclarationKind::CatchParameter, work);
            if (Node body = node.field("body")) {
                out_.scopeByNode_[keyOf(body)] = catchScope;
                visitChildren(body, catchScope, work);
            }
            return;
        }
        visitChildren(node, scopeId, work);
    }

    void declareFunction(Node fn, std::int32_t outer, std::vector<DeclareItem>& work) {
        const std::int32_t fnScope = openScope(ScopeKind::Function, outer, fn);
        const std::string_view k = fn.kind();
        if ((k == "function_expression" || k == "generator_function" || k == "function") && fn.field("name")) {
            declare(fnScope, fn.field("name"), DeclarationKind::FunctionName, fn);
        }
        const std::size_t mark = work.size();  // what is pushed below runs in source order
        if (Node name = fn.field("name"); name.is("computed_property_name")) work.push_back({name, outer});
        if (Node single = fn.field("parameter")) declare(fnScope, single, DeclarationKind::Parameter);
        if (Node params = fn.field("parameters")) {
            for (Node p : namedChildren(params)) declarePattern(p, fnScope, DeclarationKind::Parameter, work);
        }
        if (Node body = fn.field("body")) {
            if (body.is("statement_block")) {
                const std::int32_t bodyScope = openScope(ScopeKind::FunctionBody, fnScope, body);
                for (Node c : namedChildren(body)) work.push_back({c, bodyScope});
            } else {
                work.push_back({body, fnScope});
            }
        }
        std::reverse(work.begin() + static_cast<std::ptrdiff_t>(mark), work.end());
    }

    void declareVariables(Node declaration, std::int32_t scopeId, std::vector<DeclareItem>& work) {
        const bool isVar = declaration.is("variable_declaration");
        DeclarationKind kind = DeclarationKind::Var;
        if (!isVar) kind = declaration.text(source_).starts_with("const") ? DeclarationKind::Const : DeclarationKind::Let;
        const std::int32_t target = isVar ? scope(scopeId).varScope : scopeId;
        const std::size_t mark = work.size();
        for (Node d : namedChildren(declaration)) {
            if (!d.is("variable_declarator")) continue;
            declarePattern(d.field("name"), target, kind, work, scopeId);
            if (Node v = d.field("value")) work.push_back({v, scopeId});
        }
        std::reverse(work.begin() + static_cast<std::ptrdiff_t>(mark), work.end());
    }

    // `for (const x of xs)`: the loop variable lives in the loop's scope.
    void declareForInHead(Node loop, std::int32_t block) {
        const Node kind = loop.field("kind");
        if (!kind) return;  // `for (x of xs)` assigns an existing binding
        const std::string_view word = kind.text(source_);
        const DeclarationKind declKind =
            word == "var" ? DeclarationKind::Var : word == "const" ? DeclarationKind::Const : DeclarationKind::Let;
        std::vector<DeclareItem> defaults;  // visited with the loop's children anyway
        declarePattern(loop.field("left"), word == "var" ? scope(block).varScope : block, declKind, defaults);
    }

    void declareImports(Node clause, std::int32_t scopeId) {
        for (Node part : namedChildren(clause)) {
            if (part.is("identifier")) {
                declare(scopeId, part, DeclarationKind::Import);
            } else if (part.is("namespace_import")) {
                declare(scopeId, part.firstNamedChildOfKind("identifier"), DeclarationKind::Import);
            } else if (part.is("named_imports")) {
                for (Node spec : namedChildren(part)) {
                    if (!spec.is("import_specifier")) continue;
                    declare(scopeId, spec.field("alias") ? spec.field("alias") : spec.field("name"),
                            DeclarationKind::Import);
                }
            }
        }
    }

    // ---- resolve pass ----

    // A unit of the resolve walk: visit a node (its identifiers being assignment targets
    // or not; its identifiers being declarations, for binding patterns), or enter or
    // leave a scope.
    struct Task {
        enum Kind { Visit, DeclarationPattern, Enter, Leave } kind = Visit;
        Node node;
        bool write = false;
        std::int32_t scope = -1;
    };

    // The tasks one step produces, in the order they must run (into a buffer reused
    // from step to step).
    class Plan {
    public:
        explicit Plan(std::vector<Task>& tasks) : tasks_(tasks) { tasks_.clear(); }
        void visit(Node n, bool write = false) {
            if (n) tasks_.push_back({Task::Visit, n, write, -1});
        }
        void pattern(Node n) {
            if (n) tasks_.push_back({Task::DeclarationPattern, n, false, -1});
        }
        void enter(std::int32_t s) { tasks_.push_back({Task::Enter, Node(), false, s}); }
        void leave(std::int32_t s) { tasks_.push_back({Task::Leave, Node(), false, s}); }
        void children(Node n, bool write = false) {
            for (Node c : namedChildren(n)) visit(c, write);
        }
        std::vector<Task>& tasks() { return tasks_; }

    private:
        std::vector<Task>& tasks_;
    };

    void enterScope(std::int32_t s) {
        if (s < 0) return;
        for (const auto& [name, declaration] : scope(s).names) live_[name].push_back(declaration);
    }
    void leaveScope(std::int32_t s) {
        if (s < 0) return;
        for (const auto& [name, declaration] : scope(s).names) {
            auto it = live_.find(name);
            it->second.pop_back();
        }
    }

    void addReference(Node identifier, bool isWrite) {
        const auto it = live_.find(nameOf(identifier));
        const std::int32_t declaration =
            it == live_.end() || it->second.empty() ? -1 : static_cast<std::int32_t>(it->second.back());
        out_.references_.push_back({identifier, declaration, isWrite});
    }

    std::int32_t scopeFor(Node node) const {
        const auto it = out_.scopeByNode_.find(keyOf(node));
        return it == out_.scopeByNode_.end() ? -1 : it->second;
    }

    void resolvePass(Node program, std::int32_t module) {
        std::vector<Task> work;
        std::vector<Task> scratch;
        Plan top(scratch);
        top.enter(module);
        top.children(program);
        top.leave(module);
        schedule(top, work);
        while (!work.empty()) {
            const Task task = work.back();
            work.pop_back();
            switch (task.kind) {
            case Task::Enter: enterScope(task.scope); break;
            case Task::Leave: leaveScope(task.scope); break;
            case Task::DeclarationPattern: {
                Plan plan(scratch);
                planDeclarationPattern(task.node, plan);
                schedule(plan, work);
                break;
            }
            case Task::Visit: {
                Plan plan(scratch);
                planVisit(task.node, task.write, plan);
                schedule(plan, work);
                break;
            }
            }
        }
    }

    static void schedule(Plan& plan, std::vector<Task>& work) {
        auto& tasks = plan.tasks();
        work.insert(work.end(), tasks.rbegin(), tasks.rend());
    }

    // A binding pattern in a declaration: identifiers are declarations, default values
    // and computed keys are expressions.
    void planDeclarationPattern(Node pattern, Plan& plan) {
        const std::string_view k = pattern.kind();
        if (k == "identifier" || k == "shorthand_property_identifier_pattern") return;
        if (k == "assignment_pattern" || k == "object_assignment_pattern") {
            plan.pattern(pattern.field("left"));
            plan.visit(pattern.field("right"));
            return;
        }
        if (k == "pair_pattern") {
            if (Node key = pattern.field("key"); key.is("computed_property_name")) plan.visit(key);
            plan.pattern(pattern.field("value"));
            return;
        }
        if (isTypeContext(k)) return;
        for (Node c : namedChildren(pattern)) plan.pattern(c);
    }

    void planParameter(Node parameter, Plan& plan) {
        if (!parameter.is("required_parameter") && !parameter.is("optional_parameter")) {
            plan.pattern(parameter);
            return;
        }
        plan.pattern(parameterPattern(parameter));
        plan.visit(parameter.field("value"));
    }

    void planFunction(Node fn, Plan& plan) {
        // A method's computed key runs outside the method.
        if (fn.is("method_definition")) {
            if (Node name = fn.field("name"); name.is("computed_property_name")) plan.visit(name);
        }
        const std::int32_t fnScope = scopeFor(fn);
        plan.enter(fnScope);
        if (Node params = fn.field("parameters")) {
            for (Node p : namedChildren(params)) planParameter(p, plan);
        }
        if (Node body = fn.field("body")) {
            if (body.is("statement_block")) {
                const std::int32_t bodyScope = scopeFor(body);  // -1 only for code the declare pass skips
                plan.enter(bodyScope);
                plan.children(body);
                plan.leave(bodyScope);
            } else {
                plan.visit(body);
            }
        }
        plan.leave(fnScope);
    }

    void planVisit(Node node, bool write, Plan& plan) {
        const std::string_view k = node.kind();
        if (isTypeContext(k)) return;
        if (k == "identifier" || k == "shorthand_property_identifier" || k == "shorthand_property_identifier_pattern") {
            addReference(node, write);
            return;
        }
        if (isFunctionLike(node)) return planFunction(node, plan);
        if (k == "variable_declarator") {
            plan.pattern(node.field("name"));
            plan.visit(node.field("value"));
            return;
        }
        if (k == "catch_clause") {
            const std::int32_t catchScope = scopeFor(node);
            plan.enter(catchScope);
            plan.pattern(node.field("parameter"));
            if (Node body = node.field("body")) plan.children(body);
            plan.leave(catchScope);
            return;
        }
        if (k == "for_in_statement") {
            const std::int32_t block = scopeFor(node);
            plan.enter(block);
            if (node.field("kind")) {
                plan.pattern(node.field("left"));
            } else {
                plan.visit(node.field("left"), true);
            }
            plan.visit(node.field("right"));
            plan.visit(node.field("body"));
            plan.leave(block);
            return;
        }
        if (k == "assignment_expression" || k == "augmented_assignment_expression") {
            plan.visit(node.field("left"), true);
            plan.visit(node.field("right"));
            return;
        }
        if (k == "update_expression") {
            plan.visit(node.field("argument"), true);
            return;
        }
        if (k == "member_expression") {
            plan.visit(node.field("object"));  // `a.b = 1` writes a property, not the binding `a`
            return;
        }
        if (k == "subscript_expression") {
            plan.visit(node.field("object"));
            plan.visit(node.field("index"));
            return;
        }
        if (k == "pair") {
            if (Node key = node.field("key"); key.is("computed_property_name")) plan.visit(key);
            plan.visit(node.field("value"), write);
            return;
        }
        // In an assignment's target, a default value and a computed key are read, only
        // the bindings they fill are written: `[a = fallback] = list`, `({ [key]: c } = o)`.
        if (write && (k == "assignment_pattern" || k == "object_assignment_pattern")) {
            plan.visit(node.field("left"), true);
            plan.visit(node.field("right"));
            return;
        }
        if (write && k == "pair_pattern") {
            if (Node key = node.field("key"); key.is("computed_property_name")) plan.visit(key);
            plan.visit(node.field("value"), true);
            return;
        }
        if (k == "jsx_opening_element" || k == "jsx_self_closing_element" || k == "jsx_closing_element") {
            // `<div>` names an intrinsic element, `<Item>` a component binding.
            const Node name = node.field("name");
            if (name.is("identifier")) {
                const std::string_view tag = name.text(source_);
                if (!tag.empty() && std::isupper(static_cast<unsigned char>(tag[0]))) addReference(name, false);
            } else {
                plan.visit(name);
            }
            for (Node c : namedChildren(node)) {
                if (!(c == name)) plan.visit(c);
            }
            return;
        }
        if (k == "jsx_attribute") {
            for (Node c : namedChildren(node)) {
                if (!c.is("property_identifier") && !c.is("jsx_namespace_name")) plan.visit(c);
            }
            return;
        }
        if (k == "import_statement" || k == "export_clause" || k == "statement_identifier" ||
            k == "property_identifier" || k == "nested_identifier" || k == "enum_declaration" ||
            k == "internal_module" || k == "module") {
            return;
        }
        if (k == "class_declaration" || k == "abstract_class_declaration" || k == "class") {
            const std::int32_t classScope = scopeFor(node);
            if (classScope >= 0) plan.enter(classScope);
            const Node name = node.field("name");
            for (Node c : namedChildren(node)) {
                if (!(c == name)) plan.visit(c);
            }
            if (classScope >= 0) plan.leave(classScope);
            return;
        }
        if (k == "public_field_definition") {
            if (Node name = node.field("name"); name.is("computed_property_name")) plan.visit(name);
            plan.visit(node.field("value"));
            return;
        }
        const std::int32_t block = opensBlockScope(k) ? scopeFor(node) : -1;
        if (block >= 0) plan.enter(block);
        plan.children(node, write && isPatternKind(k));
        if (block >= 0) plan.leave(block);
    }

    ScopeAnalysis& out_;
    std::string_view source_;
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> live_;  // name → declarations in scope
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
    if (scope < 0 || ancestor < 0) return false;
    if (scope == ancestor) return true;
    // Scopes are opened in pre-order, so a descendant has a larger id and a text range
    // inside its ancestor's.
    if (scope < ancestor) return false;
    const Node inner = scopes_[static_cast<std::size_t>(scope)].node;
    const Node outer = scopes_[static_cast<std::size_t>(ancestor)].node;
    return outer.start() <= inner.start() && inner.end() <= outer.end();
}

}  // namespace actionc
