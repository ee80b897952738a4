// Function-level 'use server' (SPEC §2, §3, §5, §8): every function whose body starts
// with the directive becomes an inline action. Captures come from real scope analysis
// (scope.h), so a shadowed name, a capture used only in a default parameter or in a
// nested lambda, or a function used before its declaration all come out right.
#include "facts/directives.h"
#include "facts/facts_internal.h"
#include "facts/scope.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace actionc::facts {

namespace {

struct Candidate {
    Node function;
    Prologue prologue;
};

// The top of `block` (a `program` or `statement_block`) after its directives: where code
// can go that must run first, and past which a module's functions, and so their
// directives, begin.
std::uint32_t topAfterDirectives(Node block) {
    std::uint32_t top = block.is("statement_block") ? block.start() + 1 : 0;
    for (Node statement : namedChildren(block)) {
        if (statement.is("comment")) continue;
        if (statement.is("expression_statement") && statement.namedChildCount() == 1 &&
            statement.namedChild(0).is("string")) {
            top = statement.end();
            continue;
        }
        break;
    }
    return top;
}

// Whether `text` may hold a function-body directive, or something readPrologue would
// report as a misspelled or disguised one: all of those are quoted strings that start,
// after separators, with "use" in any case (directiveSuggestion). A sound shortcut past
// the walk over every function, which most modules need not pay for.
bool mayHoldDirective(std::string_view text) {
    // A plain loop: find_first_of calls memchr once per byte of the text.
    for (std::size_t quote = 0; quote < text.size(); ++quote) {
        if (text[quote] != '\'' && text[quote] != '"' && text[quote] != '`') continue;
        std::size_t at = quote + 1;
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '-' || text[at] == '_')) ++at;
        if (at + 3 <= text.size() && std::tolower(static_cast<unsigned char>(text[at])) == 'u' &&
            std::tolower(static_cast<unsigned char>(text[at + 1])) == 's' &&
            std::tolower(static_cast<unsigned char>(text[at + 2])) == 'e') {
            return true;
        }
    }
    return false;
}

// Every function in the module, outer before inner, with its body's prologue read (which
// also reports misplaced and misspelled directives in every function body).
std::vector<Candidate> findCandidates(Node program, const SourceFile& source, std::vector<Diagnostic>& diagnostics) {
    std::vector<Candidate> found;  // in source order: the walk is pre-order
    forEachNode(program, [&](Node node) {
        if (!isFunctionLike(node)) return;
        const Node body = node.field("body");
        if (!body.is("statement_block")) return;
        Prologue prologue = readPrologue(body, source, PrologueScope::Function, diagnostics);
        if (prologue.has("use server")) found.push_back({node, std::move(prologue)});
        if (const Directive* client = prologue.find("use client")) {
            diagnostics.push_back(makeDiagnostic(source, Severity::Error, "misplaced-directive",
                                                 "'use client' marks a whole file; it has no effect inside a "
                                                 "function (put it at the top of the file)",
                                                 client->statement.start(), client->statement.length()));
        }
    });
    return found;
}

std::string textOf(Node n, std::string_view source) { return n ? std::string(n.text(source)) : std::string(); }

// The name a function or class is known by where it is written: its own name, the
// variable or property it is assigned to, the JSX attribute it is passed as.
std::string scopeName(Node n, std::string_view source) {
    const std::string_view k = n.kind();
    if (k == "function_declaration" || k == "generator_function_declaration" || k == "class_declaration" ||
        k == "abstract_class_declaration" || k == "method_definition") {
        const Node name = n.field("name");
        return name && !name.is("computed_property_name") ? textOf(name, source) : std::string();
    }
    const Node parent = n.parent();
    if (parent.is("variable_declarator") && parent.field("name").is("identifier")) return textOf(parent.field("name"), source);
    if (Node own = n.field("name")) return textOf(own, source);
    if (parent.is("pair")) {
        const Node key = parent.field("key");
        return key && !key.is("computed_property_name") ? textOf(key, source) : std::string();
    }
    if (parent.is("public_field_definition")) return textOf(parent.field("name"), source);
    if (parent.is("assignment_expression")) {
        Node left = parent.field("left");
        if (left.is("member_expression")) left = left.field("property");
        return left.is("identifier") || left.is("property_identifier") ? textOf(left, source) : std::string();
    }
    if (parent.is("jsx_expression") && parent.parent().is("jsx_attribute")) {
        return textOf(parent.parent().namedChild(0), source);
    }
    if (parent.is("export_statement")) return "default";
    return {};
}

std::string stableNameOf(Node function, std::string_view source) {
    std::vector<std::string> parts;
    for (Node a = function.parent(); a && !a.is("program"); a = a.parent()) {
        const std::string_view k = a.kind();
        if (isFunctionLike(a) || k == "class_declaration" || k == "class" || k == "abstract_class_declaration") {
            if (std::string name = scopeName(a, source); !name.empty()) parts.push_back(std::move(name));
        }
    }
    std::reverse(parts.begin(), parts.end());
    std::string own = scopeName(function, source);
    parts.push_back(own.empty() ? "action" : own);
    std::string joined;
    for (const std::string& p : parts) {
        if (!joined.empty()) joined += '/';
        joined += p;
    }
    return joined;
}

std::string sanitiseIdentifier(std::string_view stableName) {
    std::string out = "$$ACTION_";
    for (const char c : stableName) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                        c == '$';
        out += c == '/' ? '$' : ok ? c : '_';
    }
    return out;
}

// TypeScript's `this: Type` pseudo-parameter: a type annotation, not a parameter.
bool isThisParameter(Node parameter) {
    if (!parameter.is("required_parameter") && !parameter.is("optional_parameter")) return false;
    if (parameter.field("pattern").is("this")) return true;
    return parameter.namedChildCount() > 0 && parameter.namedChild(0).is("this");
}

bool isInstanceMethod(Node method) { return method.is("method_definition") && method.parent().is("class_body") && !method.hasToken("static"); }

class InlineCollector {
public:
    InlineCollector(Node program, const SourceFile& source, ModuleFacts& facts)
        : program_(program), source_(source), text_(source.text), facts_(facts) {}

    void run() {
        if (!mayHoldDirective(text_.substr(topAfterDirectives(program_)))) return;
        std::vector<Candidate> candidates = findCandidates(program_, source_, facts_.diagnostics);
        if (candidates.empty()) return;
        if (facts_.kind == ModuleKind::UseClient) {
            for (const Candidate& c : candidates) {
                const Directive* d = c.prologue.find("use server");
                error(d->statement, "inline-in-client",
                      "a 'use client' file cannot define server functions inline; move this function to a "
                      "'use server' file and import it, or pass it in as a prop from a server component");
            }
            return;
        }
        const ScopeAnalysis scopes(program_, text_);
        std::vector<Node> actionNodes;
        for (const Candidate& c : candidates) {
            // Top-level functions of a 'use server' file are its module actions already.
            if (facts_.kind == ModuleKind::UseServer && isTopLevel(c.function)) continue;
            if (!validate(c)) continue;
            InlineAction action = describe(c, scopes);
            action.parent = enclosingAction(c.function, actionNodes);
            actionNodes.push_back(c.function);
            facts_.inlineActions.push_back(std::move(action));
        }
        assignExportNames();
    }

private:
    void error(Node at, std::string code, std::string message) {
        facts_.diagnostics.push_back(makeDiagnostic(source_, Severity::Error, std::move(code), std::move(message),
                                                    at.start(), at.length()));
    }

    bool isTopLevel(Node function) const {
        for (Node a = function.parent(); a; a = a.parent()) {
            if (isFunctionLike(a) || a.is("class_body")) return false;
        }
        return true;
    }

    std::int32_t enclosingAction(Node function, const std::vector<Node>& actionNodes) const {
        for (std::size_t i = actionNodes.size(); i-- > 0;) {
            if (actionNodes[i].start() <= function.start() && function.end() <= actionNodes[i].end()) {
                return static_cast<std::int32_t>(i);
            }
        }
        return -1;
    }

    bool validate(const Candidate& c) {
        const Node fn = c.function;
        const Node at = fn.field("name") ? fn.field("name") : fn;
        if (fn.is("method_definition") && (fn.hasToken("get") || fn.hasToken("set"))) {
            error(at, "inline-accessor", "a getter or setter cannot be a server function");
            return false;
        }
        if (isInstanceMethod(fn)) {
            error(at, "inline-instance-method",
                  "an instance method cannot be a server function: it would need 'this'; make it 'static', or move "
                  "it out of the class");
            return false;
        }
        if (!fn.hasToken("async")) {
            error(at, "inline-not-async", "a function marked 'use server' must be async (add 'async')");
            return false;
        }
        const std::size_t before = facts_.diagnostics.size();
        checkBodyForContextKeywords(fn.field("body"));
        if (Node params = fn.field("parameters")) {
            for (Node p : namedChildren(params)) {
                if (!isThisParameter(p)) checkBodyForContextKeywords(p);
            }
        }
        return facts_.diagnostics.size() == before;
    }

    // `this`, `super` and `arguments` mean nothing once the body is hoisted out of its
    // object or call; nested non-arrow functions and classes have their own.
    void checkBodyForContextKeywords(Node node) {
        for (Node c : namedChildren(node)) {
            const std::string_view k = c.kind();
            if (k == "this" || k == "super") {
                error(c, "inline-uses-" + std::string(k),
                      "a server function cannot use '" + std::string(k) + "': its body runs detached from any object");
                continue;
            }
            if (k == "identifier" && c.text(text_) == "arguments") {
                error(c, "inline-uses-arguments",
                      "a server function cannot use 'arguments'; declare a rest parameter (...args) instead");
                continue;
            }
            if (isFunctionLike(c) && !c.is("arrow_function")) continue;
            if (k == "class" || k == "class_declaration" || k == "abstract_class_declaration") {
                checkClassOuterParts(c);
                continue;
            }
            checkBodyForContextKeywords(c);
        }
    }

    // A class's `extends` clause and computed member keys run where the class is written;
    // its methods and field initialisers have a `this` of their own.
    void checkClassOuterParts(Node cls) {
        for (Node part : namedChildren(cls)) {
            if (part.is("class_heritage")) checkBodyForContextKeywords(part);
            if (!part.is("class_body")) continue;
            for (Node member : namedChildren(part)) {
                const Node name = member.field("name");
                if (name.is("computed_property_name")) checkBodyForContextKeywords(name);
            }
        }
    }

    InlineAction describe(const Candidate& c, const ScopeAnalysis& scopes) {
        const Node fn = c.function;
        InlineAction a;
        a.stableName = stableNameOf(fn, text_);
        a.start = fn.start();
        a.end = fn.end();
        const Node name = fn.field("name");
        a.position = source_.position(name && !name.is("computed_property_name") ? name.start() : fn.start());
        a.isGenerator = fn.hasToken("*");
        a.paramCount = parameterCount(fn);
        if (Node params = fn.field("parameters")) {
            a.paramsStart = params.start() + 1;
            a.paramsEnd = params.end() - 1;
            // The hoisted function takes $$bound first, where a `this:` annotation cannot go.
            if (params.namedChildCount() > 0 && isThisParameter(params.namedChild(0))) {
                a.paramsStart = params.namedChildCount() > 1 ? params.namedChild(1).start() : a.paramsEnd;
            }
        } else if (Node single = fn.field("parameter")) {
            a.paramsStart = single.start();
            a.paramsEnd = single.end();
        }
        a.typeParameters = textOf(fn.field("type_parameters"), text_);
        a.returnType = textOf(fn.field("return_type"), text_);
        const Node body = fn.field("body");
        a.bodyStart = body.start() + 1;
        a.bodyEnd = body.end() - 1;
        a.prologueEnd = c.prologue.directives.back().statement.end();
        describeForm(fn, a);
        collectCaptures(fn, scopes, a);
        return a;
    }

    void describeForm(Node fn, InlineAction& a) {
        if (fn.is("method_definition")) {
            const Node key = fn.field("name");
            a.methodKey = textOf(key, text_);
            a.form = fn.parent().is("class_body") ? InlineForm::StaticMethod : InlineForm::ObjectMethod;
            return;
        }
        if (fn.is("function_declaration") || fn.is("generator_function_declaration")) {
            a.declaredName = textOf(fn.field("name"), text_);
            a.form = isTopLevel(fn) ? InlineForm::TopLevelDeclaration : InlineForm::Declaration;
            if (a.form == InlineForm::Declaration) {
                a.hoistInsertOffset = blockTopOf(fn);
                a.blockScoped = !isFunctionBody(enclosingBlock(fn));
                a.lazyCaptures = true;
            } else {
                describeTopLevelStatement(fn, a);
            }
            return;
        }
        a.form = InlineForm::Expression;
    }

    static Node enclosingBlock(Node declaration) {
        Node block = declaration.parent();
        while (block && !block.is("statement_block") && !block.is("program")) block = block.parent();
        return block;
    }

    static bool isFunctionBody(Node block) { return block && block.parent() && isFunctionLike(block.parent()); }

    void describeTopLevelStatement(Node fn, InlineAction& a) const {
        const Node parent = fn.parent();
        const bool exported = parent.is("export_statement");
        a.statementStart = exported ? parent.start() : fn.start();
        a.statementEnd = exported ? parent.end() : fn.end();
        a.exported = !exported ? InlineAction::Export::None
                     : parent.hasToken("default") ? InlineAction::Export::Default
                                                  : InlineAction::Export::Named;
        a.moduleTop = blockTopOf(fn);
    }

    // Where a hoisted `var` for a declaration goes: the top of its block, after any
    // directives, so that it is bound (as the declaration was) before any use.
    std::uint32_t blockTopOf(Node declaration) const {
        const Node block = enclosingBlock(declaration);
        return block ? topAfterDirectives(block) : declaration.start();
    }

    void collectCaptures(Node fn, const ScopeAnalysis& scopes, InlineAction& a) {
        const std::int32_t own = scopes.scopeOfNode(fn);
        const auto& declarations = scopes.declarations();
        std::set<std::int32_t> seen;
        bool capturesInParameters = false;
        auto [first, last] = scopes.referencesIn(fn.start(), fn.end());
        for (const Reference* r = first; r != last; ++r) {
            if (r->declaration < 0) continue;  // a global
            const Declaration& d = declarations[static_cast<std::size_t>(r->declaration)];
            if (d.scope == 0) continue;  // module scope: reachable from the hoisted function
            if (scopes.isWithin(static_cast<std::int32_t>(d.scope), own)) {
                if (d.kind == DeclarationKind::FunctionName && d.declarator == fn) a.selfName = std::string(d.name);
                continue;  // the action's own parameter or local
            }
            if ((d.kind == DeclarationKind::Function) && d.declarator == fn) {
                a.selfName = std::string(d.name);  // a declaration calling itself
                continue;
            }
            if (r->isWrite) {
                error(r->identifier, "capture-assigned",
                      "'" + std::string(d.name) +
                          "' is captured by a server function, which receives a copy of it: assigning it here would "
                          "not change the original (pass the value as an argument, or return it)");
                continue;
            }
            if (d.kind == DeclarationKind::Function || d.kind == DeclarationKind::Class || holdsFunction(d)) {
                if (seen.insert(r->declaration).second) {
                    error(r->identifier, "capture-not-serializable",
                          "a server function cannot capture the " +
                              std::string(d.kind == DeclarationKind::Class || holdsClass(d) ? "class" : "function") + " '" +
                              std::string(d.name) +
                              "': captured values travel to the browser and back as data; move it to module scope");
                }
                continue;
            }
            if (!seen.insert(r->declaration).second) continue;
            a.captures.push_back(std::string(d.name));
            if (d.node.start() > fn.start()) a.lazyCaptures = true;  // still uninitialised at the use site
            if (r->identifier.start() >= a.paramsStart && r->identifier.end() <= a.paramsEnd) capturesInParameters = true;
        }
        if (capturesInParameters) a.parameterPattern = parameterPatternOf(fn);
    }

    // `const format = () => …`, `const Model = class {}`: a function or class by another name.
    static Node declaredValue(const Declaration& d) {
        const Node declarator = d.node.parent();
        if (!declarator.is("variable_declarator") || !(declarator.field("name") == d.node)) return Node();
        Node value = declarator.field("value");
        while (value.is("parenthesized_expression") && value.namedChildCount() == 1) value = value.namedChild(0);
        return value;
    }
    static bool holdsClass(const Declaration& d) { return declaredValue(d).is("class"); }
    static bool holdsFunction(const Declaration& d) {
        const Node value = declaredValue(d);
        return value && (isFunctionLike(value) || value.is("class"));
    }

    // Parameters as an array destructuring pattern, types removed: when a default value
    // reads a capture, the defaults must run after the captures are decrypted.
    std::string parameterPatternOf(Node fn) const {
        std::string out = "[";
        const Node params = fn.field("parameters");
        bool firstParam = true;
        for (Node p : namedChildren(params)) {
            if (!p.is("required_parameter") && !p.is("optional_parameter")) continue;
            Node pattern = p.field("pattern") ? p.field("pattern") : p.field("name");
            if (!pattern) pattern = p.namedChild(0);
            if (pattern.is("this")) continue;
            if (!firstParam) out += ", ";
            firstParam = false;
            out += textOf(pattern, text_);
            if (Node value = p.field("value")) out += " = " + textOf(value, text_);
        }
        return out + "]";
    }

    // Export names from stable names: same-named siblings get #2, #3… in source order, so
    // an action's name does not depend on unrelated actions elsewhere in the file.
    void assignExportNames() {
        std::map<std::string, int> seenStable;
        std::set<std::string> used;
        for (const ExportedAction& e : facts_.actions) used.insert(e.exportName);
        for (InlineAction& a : facts_.inlineActions) {
            const int n = ++seenStable[a.stableName];
            if (n > 1) a.stableName += "#" + std::to_string(n);
            std::string name = sanitiseIdentifier(a.stableName);
            for (int suffix = 2; !used.insert(name).second; ++suffix) {
                name = sanitiseIdentifier(a.stableName) + "_" + std::to_string(suffix);
            }
            a.exportName = std::move(name);
        }
    }

    Node program_;
    const SourceFile& source_;
    std::string_view text_;
    ModuleFacts& facts_;
};

}  // namespace

void collectInlineActions(Node program, const SourceFile& source, ModuleFacts& facts) {
    InlineCollector(program, source, facts).run();
}

}  // namespace actionc::facts
