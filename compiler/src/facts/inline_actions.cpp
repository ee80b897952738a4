// Function-level 'use server' (SPEC §2, §3, §5, §8): every function whose body starts
// with the directive becomes an inline action. Captures come from real scope analysis
// (scope.h), so a shadowed name, a capture used only in a default parameter or in a
// nested lambda, or a function used before its declaration all come out right.
//
// One walk over the tree finds the candidates and everything they need from their
// ancestors (names, blocks, the `this` they would lose); it keeps its own ancestor
// stack, because asking tree-sitter for a node's parent costs the node's depth.
#include "facts/directives.h"
#include "facts/facts_internal.h"
#include "facts/scope.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace actionc::facts {

namespace {

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

std::string textOf(Node n, std::string_view source) { return n ? std::string(n.text(source)) : std::string(); }

bool isClassKind(std::string_view k) { return k == "class_declaration" || k == "class" || k == "abstract_class_declaration"; }

// The name a function or class is known by where it is written: its own name, the
// variable or property it is assigned to, the JSX attribute it is passed as.
std::string scopeName(Node n, Node parent, Node grandparent, std::string_view source) {
    const std::string_view k = n.kind();
    if (k == "function_declaration" || k == "generator_function_declaration" || k == "class_declaration" ||
        k == "abstract_class_declaration" || k == "method_definition") {
        const Node name = n.field("name");
        return name && !name.is("computed_property_name") ? textOf(name, source) : std::string();
    }
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
    if (parent.is("jsx_expression") && grandparent.is("jsx_attribute")) return textOf(grandparent.namedChild(0), source);
    if (parent.is("export_statement")) return "default";
    return {};
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

// The binding pattern of a formal parameter.
Node patternOf(Node parameter) {
    if (!parameter.is("required_parameter") && !parameter.is("optional_parameter")) return parameter;
    if (Node p = parameter.field("pattern")) return p;
    if (Node n = parameter.field("name")) return n;
    const Node value = parameter.field("value");
    for (Node c : namedChildren(parameter)) {
        const std::string_view k = c.kind();
        if (k == "decorator" || k == "accessibility_modifier" || k == "override_modifier" || k == "type_annotation" ||
            (value && c == value)) {
            continue;
        }
        return c;
    }
    return Node();
}

Node unwrapParentheses(Node value) {
    while (value.is("parenthesized_expression") && value.namedChildCount() == 1) value = value.namedChild(0);
    return value;
}

// How deep server functions may nest inside server functions: each one's captures are
// found over its whole body, so the work grows with the square of this depth (docs:
// diagnostics, inline-nesting-too-deep). Real code nests one or two.
constexpr std::size_t kMaxActionNesting = 64;

// What the walk learns about a function whose body starts with 'use server'.
struct Candidate {
    Node function;
    Prologue prologue;
    std::string stableName;
    bool topLevel = false;  // outside every function and class body
    Node parent;
    Node grandparent;
    Node block;             // the innermost statement_block, switch_body or program around it
    bool blockIsFunctionBody = false;
    Node switchStatement;   // when `block` is a switch body
    std::int32_t enclosing = -1;    // the enclosing candidate
    bool contextViolation = false;  // uses this, super or arguments
    TextRange scope;                // its outermost enclosing function (itself at module level)
};

// The walk: candidates, directive mistakes in every function body, the `this`,
// `super` and `arguments` that an action would lose, and what TypeScript types the
// module declares inside functions (which a hoisted function cannot see).
class CandidateFinder {
public:
    CandidateFinder(const SourceFile& source, std::vector<Diagnostic>& diagnostics)
        : source_(source), text_(source.text), diagnostics_(diagnostics) {}

    void run(Node program) {
        const TSLanguage* language = ts_tree_language(program.raw().tree);
        nameField_ = fieldId(language, "name");
        valueField_ = fieldId(language, "value");
        patternField_ = fieldId(language, "pattern");
        walkTree(
            program, [this](Node node, TSFieldId field) { return enter(node, field); },
            [this](Node node) { leave(node); });
    }

    std::vector<Candidate> candidates;

    bool isCandidate(Node function) const { return candidateStarts_.count(function.start()) > 0; }

    std::unordered_set<std::string> localTypeNames;  // types declared inside functions
    std::vector<std::pair<std::uint32_t, std::string>> localTypeDeclarations;  // where, and which
    std::vector<std::pair<std::uint32_t, std::string_view>> typeReferences;  // every type name used, by offset

private:
    struct Frame {
        Node node;
        std::int32_t context = -1;  // the candidate whose this/super/arguments are seen here
        std::int32_t candidate = -1;
        bool function = false;
        bool enclosesCode = false;  // a function or class body: not module level any more
        bool pushedName = false;
        bool tooDeep = false;  // a server function past kMaxActionNesting
    };

    bool enter(Node node, TSFieldId field) {
        if (!node.isNamed()) return false;
        Frame f;
        f.node = node;
        const Frame* parent = frames_.empty() ? nullptr : &frames_.back();
        const Frame* grandparent = frames_.size() >= 2 ? &frames_[frames_.size() - 2] : nullptr;
        f.context = parent ? parent->context : -1;
        // A method's computed key runs where the class is written; a field's initialiser
        // has a `this` of its own.
        if (parent && field == nameField_ && parent->function && grandparent) f.context = grandparent->context;
        if (parent && field == valueField_ && parent->node.is("public_field_definition")) f.context = -1;
        const std::string_view k = node.kind();
        if (isFunctionLike(node)) {
            enterFunction(node, f, parent, grandparent);
        } else if (isClassKind(k)) {
            pushName(f, scopeName(node, parent ? parent->node : Node(), grandparent ? grandparent->node : Node(), text_));
            if (enclosedDepth_ > 0 && node.field("name")) addLocalType(node);
        } else if (k == "class_body") {
            f.enclosesCode = true;
        } else if (k == "class_static_block") {
            f.context = -1;
        } else if (k == "this" || k == "super") {
            const bool thisParameter = k == "this" && field == patternField_ && parent &&
                                       (parent->node.is("required_parameter") || parent->node.is("optional_parameter"));
            if (!thisParameter) {
                reportContextKeyword(node, f.context, std::string(k),
                                     "a server function cannot use '" + std::string(k) +
                                         "': its body runs detached from any object");
            }
        } else if ((k == "identifier" || k == "shorthand_property_identifier") && node.text(text_) == "arguments") {
            reportContextKeyword(node, f.context, "arguments",
                                 "a server function cannot use 'arguments'; declare a rest parameter (...args) instead");
        } else if (k == "type_identifier") {
            typeReferences.emplace_back(node.start(), node.text(text_));
        } else if (enclosedDepth_ > 0 &&
                   (k == "type_alias_declaration" || k == "interface_declaration" || k == "enum_declaration")) {
            addLocalType(node);
        }
        if (f.enclosesCode) ++enclosedDepth_;
        frames_.push_back(f);
        return true;
    }

    void addLocalType(Node declaration) {
        std::string name = textOf(declaration.field("name"), text_);
        localTypeNames.insert(name);
        localTypeDeclarations.emplace_back(declaration.start(), std::move(name));
    }

    void leave(Node node) {
        if (!node.isNamed()) return;
        const Frame f = frames_.back();
        frames_.pop_back();
        if (f.pushedName) names_.pop_back();
        if (f.enclosesCode) --enclosedDepth_;
        if (f.candidate >= 0) openCandidates_.pop_back();
        if (f.tooDeep) --tooDeep_;
    }

    void pushName(Frame& f, std::string name) {
        if (name.empty()) return;
        names_.push_back(std::move(name));
        f.pushedName = true;
    }

    void enterFunction(Node node, Frame& f, const Frame* parent, const Frame* grandparent) {
        f.function = true;
        f.enclosesCode = true;
        const Node parentNode = parent ? parent->node : Node();
        const Node grandparentNode = grandparent ? grandparent->node : Node();
        std::string own = scopeName(node, parentNode, grandparentNode, text_);
        const Node body = node.field("body");
        if (body.is("statement_block")) {
            Prologue prologue = readPrologue(body, source_, PrologueScope::Function, diagnostics_);
            if (const Directive* client = prologue.find("use client")) {
                diagnostics_.push_back(makeDiagnostic(source_, Severity::Error, "misplaced-directive",
                                                      "'use client' marks a whole file; it has no effect inside a "
                                                      "function (put it at the top of the file)",
                                                      client->statement.start(), client->statement.length()));
            }
            if (prologue.has("use server") && openCandidates_.size() >= kMaxActionNesting) {
                f.tooDeep = true;
                const Directive* d = prologue.find("use server");
                // Once per chain: the ones inside it are just as deep.
                if (tooDeep_++ == 0) diagnostics_.push_back(makeDiagnostic(
                    source_, Severity::Error, "inline-nesting-too-deep",
                    "server functions nest more than " + std::to_string(kMaxActionNesting) +
                        " deep here; move the inner ones out (each is hoisted to module level anyway)",
                    d->statement.start(), d->statement.length()));
            } else if (prologue.has("use server")) {
                candidateStarts_.insert(node.start());
                f.candidate = static_cast<std::int32_t>(candidates.size());
                candidates.push_back(describeCandidate(node, std::move(prologue), own, parentNode, grandparentNode));
                openCandidates_.push_back(f.candidate);
            }
        }
        // Arrows see the `this` of where they are written; other functions have their own.
        if (f.candidate >= 0) {
            f.context = f.candidate;
        } else if (!node.is("arrow_function")) {
            f.context = -1;
        }
        pushName(f, std::move(own));
    }

    Candidate describeCandidate(Node node, Prologue prologue, const std::string& own, Node parent, Node grandparent) {
        Candidate c;
        c.function = node;
        c.prologue = std::move(prologue);
        for (const std::string& name : names_) c.stableName += name + "/";
        c.stableName += own.empty() ? "action" : own;
        c.topLevel = enclosedDepth_ == 0;
        c.parent = parent;
        c.grandparent = grandparent;
        c.enclosing = openCandidates_.empty() ? -1 : openCandidates_.back();
        c.scope = {node.start(), node.end()};
        for (const Frame& frame : frames_) {
            if (!frame.function) continue;
            c.scope = {frame.node.start(), frame.node.end()};
            break;
        }
        for (std::size_t i = frames_.size(); i-- > 0;) {
            const Node n = frames_[i].node;
            if (!n.is("statement_block") && !n.is("switch_body") && !n.is("program")) continue;
            c.block = n;
            c.blockIsFunctionBody = n.is("statement_block") && i > 0 && frames_[i - 1].function;
            if (n.is("switch_body") && i > 0) c.switchStatement = frames_[i - 1].node;
            break;
        }
        // No program around it: the parser made an ERROR node of the whole module, so where
        // the function is bound cannot be known, and every syntax error touches it.
        if (!c.block) c.scope = {0, static_cast<std::uint32_t>(text_.size())};
        return c;
    }

    void reportContextKeyword(Node at, std::int32_t context, const std::string& word, std::string message) {
        if (context < 0) return;
        candidates[static_cast<std::size_t>(context)].contextViolation = true;
        diagnostics_.push_back(makeDiagnostic(source_, Severity::Error, "inline-uses-" + word, std::move(message),
                                              at.start(), at.length()));
    }

    const SourceFile& source_;
    std::string_view text_;
    std::vector<Diagnostic>& diagnostics_;
    TSFieldId nameField_ = 0;
    TSFieldId valueField_ = 0;
    TSFieldId patternField_ = 0;
    std::vector<Frame> frames_;
    std::vector<std::string> names_;  // the enclosing named scopes
    std::vector<std::int32_t> openCandidates_;
    std::unordered_set<std::uint32_t> candidateStarts_;
    int enclosedDepth_ = 0;
    int tooDeep_ = 0;
};

class InlineCollector {
public:
    InlineCollector(Node program, const Prologue& modulePrologue, const SourceFile& source, ModuleFacts& facts)
        : program_(program),
          modulePrologue_(modulePrologue),
          source_(source),
          text_(source.text),
          typescript_(isTypeScriptPath(source.modulePath)),
          facts_(facts),
          finder_(source, facts.diagnostics) {}

    // Returns the text every candidate depends on: its outermost enclosing function.
    std::vector<TextRange> run() {
        if (!mayHoldDirective(text_.substr(modulePrologue_.top.offset))) return {};
        finder_.run(program_);
        std::vector<Candidate>& candidates = finder_.candidates;
        std::vector<TextRange> scopes;
        for (const Candidate& c : candidates) scopes.push_back(c.scope);
        if (candidates.empty()) return scopes;
        if (facts_.kind == ModuleKind::UseClient) {
            for (const Candidate& c : candidates) {
                const Directive* d = c.prologue.find("use server");
                error(d->statement, "inline-in-client",
                      "a 'use client' file cannot define server functions inline; move this function to a "
                      "'use server' file and import it, or pass it in as a prop from a server component");
            }
            return scopes;
        }
        collect(candidates, ScopeAnalysis(program_, text_));
        return scopes;
    }

private:
    void collect(const std::vector<Candidate>& candidates, const ScopeAnalysis& scopes) {
        std::unordered_set<std::uint32_t> moduleActionFunctions;
        for (const ExportedAction& e : facts_.actions) {
            if (e.functionStart > 0) moduleActionFunctions.insert(e.functionStart);
        }
        std::vector<std::int32_t> actionOf(candidates.size(), -1);
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            const Candidate& c = candidates[i];
            // An exported function of a 'use server' file is a module action already.
            if (facts_.kind == ModuleKind::UseServer && moduleActionFunctions.count(c.function.start())) continue;
            if (!validate(c)) continue;
            InlineAction action = describe(c, scopes);
            std::int32_t enclosing = c.enclosing;
            while (enclosing >= 0 && actionOf[static_cast<std::size_t>(enclosing)] < 0) {
                enclosing = candidates[static_cast<std::size_t>(enclosing)].enclosing;
            }
            action.parent = enclosing < 0 ? -1 : actionOf[static_cast<std::size_t>(enclosing)];
            actionOf[i] = static_cast<std::int32_t>(facts_.inlineActions.size());
            facts_.inlineActions.push_back(std::move(action));
        }
        assignExportNames();
        if (facts_.kind == ModuleKind::Plain) findClientDeadImports(scopes);
    }

    void error(Node at, std::string code, std::string message) {
        facts_.diagnostics.push_back(makeDiagnostic(source_, Severity::Error, std::move(code), std::move(message),
                                                    at.start(), at.length()));
    }

    bool validate(const Candidate& c) {
        const Node fn = c.function;
        const Node name = fn.field("name");
        const Node at = name ? name : fn;
        if (fn.is("method_definition") && (fn.hasToken("get") || fn.hasToken("set"))) {
            error(at, "inline-accessor", "a getter or setter cannot be a server function");
            return false;
        }
        if (fn.is("method_definition") && c.parent.is("class_body") && !fn.hasToken("static")) {
            error(at, "inline-instance-method",
                  "an instance method cannot be a server function: it would need 'this'; make it 'static', or move "
                  "it out of the class");
            return false;
        }
        if (name.is("private_property_identifier")) {
            error(at, "inline-private-method",
                  "a private method cannot be a server function: it could not be defined from outside the class; "
                  "drop the '#', or move it out of the class");
            return false;
        }
        if (!fn.hasToken("async")) {
            error(at, "inline-not-async", "a function marked 'use server' must be async (add 'async')");
            return false;
        }
        return !c.contextViolation;
    }

    InlineAction describe(const Candidate& c, const ScopeAnalysis& scopes) {
        const Node fn = c.function;
        InlineAction a;
        a.stableName = c.stableName;
        a.start = fn.start();
        a.end = fn.end();
        const Node name = fn.field("name");
        a.position = source_.position(name && !name.is("computed_property_name") ? name.start() : fn.start());
        a.isGenerator = fn.hasToken("*");
        a.paramCount = parameterCount(fn);
        a.typeParameters = selfContainedType(fn.field("type_parameters"));
        a.returnType = selfContainedType(fn.field("return_type"));
        const Node body = fn.field("body");
        a.bodyStart = body.start() + 1;
        a.bodyEnd = body.end() - 1;
        a.bodyTop = c.prologue.top;
        describeForm(c, a);
        const Captures captures = collectCaptures(c, scopes, a);
        if (typescript_) findTypesOutOfScope(c, scopes, a);
        describeParameters(c, captures, a);
        return a;
    }

    // ---- the form, and where the use site's replacement goes ----

    void describeForm(const Candidate& c, InlineAction& a) const {
        const Node fn = c.function;
        if (fn.is("method_definition")) {
            a.methodKey = textOf(fn.field("name"), text_);
            if (c.parent.is("class_body")) {
                a.form = InlineForm::StaticMethod;
                a.hoist = {c.parent.start() + 1, InsertionPoint::Separator::None};
                if (typescript_) {
                    a.memberType = a.isGenerator ? "(...args: any[]) => AsyncGenerator<any, any, any>"
                                                 : "(...args: any[]) => Promise<any>";
                }
            } else {
                a.form = InlineForm::ObjectMethod;
            }
            return;
        }
        if (!fn.is("function_declaration") && !fn.is("generator_function_declaration")) {
            a.form = InlineForm::Expression;
            return;
        }
        a.declaredName = textOf(fn.field("name"), text_);
        if (c.topLevel && c.block.is("program")) {
            a.form = InlineForm::TopLevelDeclaration;
            const bool exported = c.parent.is("export_statement");
            a.statementStart = exported ? c.parent.start() : fn.start();
            a.statementEnd = exported ? c.parent.end() : fn.end();
            a.exported = !exported                     ? InlineAction::Export::None
                         : c.parent.hasToken("default") ? InlineAction::Export::Default
                                                        : InlineAction::Export::Named;
            a.moduleTop = modulePrologue_.top;
            return;
        }
        // Bound at the top of its block, as the declaration was: it may be used before the
        // line it is written on.
        a.form = InlineForm::Declaration;
        if (c.block.is("switch_body")) {
            a.blockScoped = true;
            a.wrapStart = c.switchStatement.start();
            a.wrapEnd = c.switchStatement.end();
        } else if (c.blockIsFunctionBody) {
            a.hoist = readDirectives(c.block, source_).top;
        } else {
            a.blockScoped = true;
            a.hoist = c.block.is("program") ? modulePrologue_.top
                                            : InsertionPoint{c.block.start() + 1, InsertionPoint::Separator::None};
        }
    }

    // ---- captures ----

    // `const format = () => …`, `const Model = class {}`: the value a variable is declared
    // with, when it is declared by a plain `name = value`.
    static Node declaredValue(const Declaration& d) {
        const Node declarator = d.node.parent();
        if (!declarator.is("variable_declarator") || !(declarator.field("name") == d.node)) return Node();
        return unwrapParentheses(declarator.field("value"));
    }

    enum class Captured { Value, Function, Class, Self };

    // Another server function is a reference, which travels like data; any other function
    // or class does not.
    Captured classify(const Declaration& d, Node fn) const {
        if (d.kind == DeclarationKind::Function) {
            if (d.declarator == fn) return Captured::Self;
            return isServerFunction(d.declarator) ? Captured::Value : Captured::Function;
        }
        if (d.kind == DeclarationKind::Class) return Captured::Class;
        const Node value = declaredValue(d);
        if (value == fn) return Captured::Self;  // `const act = async () => { 'use server'; … act() }`
        if (value.is("class")) return Captured::Class;
        if (value && isFunctionLike(value)) return isServerFunction(value) ? Captured::Value : Captured::Function;
        return Captured::Value;
    }

    bool isServerFunction(Node function) const { return finder_.isCandidate(function); }

    // A capture read in a parameter default where the body declares the same name: the
    // hoisted function binds the capture under another name, and the defaults say so.
    struct Rename {
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
        std::string name;
    };

    struct Captures {
        bool inParameters = false;  // a default value reads one: the defaults run after decryption
        std::vector<Rename> renames;
    };

    Captures collectCaptures(const Candidate& c, const ScopeAnalysis& scopes, InlineAction& a) {
        const Node fn = c.function;
        const std::int32_t own = scopes.scopeOfNode(fn);
        const std::int32_t bodyScope = scopes.scopeOfNode(fn.field("body"));
        const auto& declarations = scopes.declarations();
        std::unordered_map<std::int32_t, Captured> seen;
        std::unordered_map<std::int32_t, std::size_t> captureIndex;
        Captures out;
        const Node params = fn.field("parameters") ? fn.field("parameters") : fn.field("parameter");
        auto [first, last] = scopes.referencesIn(fn.start(), fn.end());
        for (const Reference* r = first; r != last; ++r) {
            if (r->declaration < 0) continue;  // a global
            const Declaration& d = declarations[static_cast<std::size_t>(r->declaration)];
            if (d.scope == 0) continue;  // module scope: reachable from the hoisted function
            if (scopes.isWithin(static_cast<std::int32_t>(d.scope), own)) {
                if (d.kind == DeclarationKind::FunctionName && d.declarator == fn) addSelfName(a, d.name);
                continue;  // the action's own parameter or local
            }
            auto [it, firstUse] = seen.try_emplace(r->declaration, Captured::Value);
            if (firstUse) it->second = classify(d, fn);
            if (r->isWrite) {
                error(r->identifier, "capture-assigned",
                      "'" + std::string(d.name) +
                          "' is captured by a server function, which receives a copy of it: assigning it here would "
                          "not change the original (pass the value as an argument, or return it)");
                continue;
            }
            switch (it->second) {
            case Captured::Self:
                addSelfName(a, d.name);
                continue;
            case Captured::Function:
            case Captured::Class:
                if (firstUse) {
                    error(r->identifier, "capture-not-serializable",
                          "a server function cannot capture the " +
                              std::string(it->second == Captured::Class ? "class" : "function") + " '" +
                              std::string(d.name) +
                              "': captured values travel to the browser and back as data; move it to module scope");
                }
                continue;
            case Captured::Value:
                break;
            }
            if (firstUse) {
                if (c.switchStatement && c.switchStatement.start() <= d.node.start() &&
                    d.node.end() <= c.switchStatement.end()) {
                    error(r->identifier, "inline-capture-in-switch",
                          "a server function declared in a switch case cannot capture '" + std::string(d.name) +
                              "', which the same switch declares; declare the function before the switch, or write "
                              "it as a function expression");
                    continue;
                }
                captureIndex[r->declaration] = a.captures.size();
                a.captures.emplace_back(d.name);
                a.captureLocals.emplace_back(d.name);
                if (typescript_) a.captureTypes.push_back(captureType(d));
            }
            const auto index = captureIndex.find(r->declaration);
            if (index == captureIndex.end()) continue;  // reported above
            if (!params || r->identifier.start() < params.start() || r->identifier.end() > params.end()) continue;
            out.inParameters = true;
            std::string& local = a.captureLocals[index->second];
            if (local == d.name && bodyScope >= 0 && scopes.scopes()[static_cast<std::size_t>(bodyScope)].names.count(d.name)) {
                local = freshName("$$captured_" + std::string(d.name));
            }
            if (local != d.name) out.renames.push_back({r->identifier.start(), r->identifier.length(), local});
        }
        return out;
    }

    // ---- TypeScript: the types the hoisted body needs ----

    // The type a capture's declaration spells out: its own annotation, or the property of
    // an annotated pattern it is destructured from (`{ items }: Props` gives Props["items"]).
    // "any" where none is written (the hoisted function cannot see the inferred one).
    std::string captureType(const Declaration& d) const {
        auto quoted = [&](Node name) { return "\"" + std::string(name.text(text_)) + "\""; };
        std::vector<std::string> path;  // keys from the binding out to the annotated root
        bool defaulted = false;
        Node n = d.node;
        for (int depth = 0; depth < 64; ++depth) {
            const Node parent = n.parent();
            const std::string_view k = parent.kind();
            if (k == "required_parameter" || k == "optional_parameter" || k == "variable_declarator") {
                const Node bound = k == "variable_declarator" ? parent.field("name") : patternOf(parent);
                const Node type = parent.field("type");
                if (!(bound == n) || !type || mentionsLocalType(type)) return "any";
                std::string out = "(" + std::string(trimAnnotation(type.text(text_))) + ")";
                for (auto key = path.rbegin(); key != path.rend(); ++key) out += "[" + *key + "]";
                return defaulted ? "Exclude<" + out + ", undefined>" : out;
            }
            if (k == "object_pattern") {
                if (n.is("shorthand_property_identifier_pattern")) path.push_back(quoted(n));
            } else if (k == "object_assignment_pattern" && n == parent.field("left")) {
                path.push_back(quoted(n));  // `{ a = 1 }`
                defaulted = true;
            } else if (k == "pair_pattern" && n == parent.field("value")) {
                const Node key = parent.field("key");
                if (key.is("property_identifier")) {
                    path.push_back(quoted(key));
                } else if (key.is("string") || key.is("number")) {
                    path.emplace_back(key.text(text_));
                } else {
                    return "any";  // a computed key
                }
            } else if (k == "assignment_pattern" && n == parent.field("left")) {
                defaulted = true;  // `[a = 1]`
            } else if (k == "array_pattern") {
                std::size_t index = 0;
                for (Node element : namedChildren(parent)) {
                    if (element == n) break;
                    if (!element.is("comment")) ++index;
                }
                path.push_back(std::to_string(index));
            } else {
                return "any";  // catch clauses, loop heads, rest elements
            }
            n = parent;
        }
        return "any";
    }

    // Types in the body the hoisted function cannot see: `typeof x` where x is a variable
    // of an enclosing function that is not captured, and types declared in one.
    void findTypesOutOfScope(const Candidate& c, const ScopeAnalysis& scopes, InlineAction& a) const {
        const std::int32_t own = scopes.scopeOfNode(c.function);
        if (own < 0) return;
        const Node fn = c.function;
        walkTree(
            fn.field("body"),
            [&](Node node, TSFieldId) {
                if (!node.isNamed()) return false;
                if (isFunctionLike(node) && isServerFunction(node)) return false;  // it has its own
                if (node.is("type_identifier") && namesOuterType(node, fn)) {
                    a.typesOutOfScope.push_back({node.start(), node.end()});
                    return false;
                }
                if (!node.is("type_query")) return true;
                Node root = node.namedChildCount() > 0 ? node.namedChild(0) : Node();
                while (root.is("member_expression")) root = root.field("object");
                if (root.is("identifier") && namesOuterLocal(root, own, scopes, a)) {
                    a.typesOutOfScope.push_back({node.start(), node.end()});
                }
                return false;
            },
            [](Node) {});
    }

    bool namesOuterType(Node typeName, Node fn) const {
        const std::string name(typeName.text(text_));
        if (!finder_.localTypeNames.count(name)) return false;
        for (const auto& [at, declared] : finder_.localTypeDeclarations) {
            if (declared == name && fn.start() <= at && at < fn.end()) return false;  // the action's own
        }
        return true;
    }

    bool namesOuterLocal(Node identifier, std::int32_t own, const ScopeAnalysis& scopes, const InlineAction& a) const {
        const std::string_view name = identifier.text(text_);
        if (std::find(a.captures.begin(), a.captures.end(), name) != a.captures.end()) return false;
        const auto& all = scopes.scopes();
        for (std::size_t s = static_cast<std::size_t>(own); s < all.size(); ++s) {
            if (scopes.isWithin(static_cast<std::int32_t>(s), own) && all[s].names.count(name)) return false;  // its own
        }
        for (std::int32_t s = all[static_cast<std::size_t>(own)].parent; s > 0; s = all[static_cast<std::size_t>(s)].parent) {
            if (all[static_cast<std::size_t>(s)].names.count(name)) return true;
        }
        return false;  // module level or global: visible from the hoisted function
    }

    // `base`, or `base_2`, `base_3`…: the first that the module does not use.
    std::string freshName(const std::string& base) const {
        std::string name = base;
        for (int n = 2; text_.find(name) != std::string_view::npos; ++n) name = base + "_" + std::to_string(n);
        return name;
    }

    // The text of `n` with the renamed capture references in it replaced.
    std::string renamedText(Node n, const std::vector<Rename>& renames) const {
        std::string out;
        std::uint32_t at = n.start();
        for (const Rename& r : renames) {
            if (r.offset < at || r.offset + r.length > n.end()) continue;
            out.append(text_.substr(at, r.offset - at));
            out += r.name;
            at = r.offset + r.length;
        }
        out.append(text_.substr(at, n.end() - at));
        return out;
    }

    static void addSelfName(InlineAction& a, std::string_view name) {
        if (std::find(a.selfNames.begin(), a.selfNames.end(), name) == a.selfNames.end()) a.selfNames.emplace_back(name);
    }

    // ---- parameters and types ----

    bool mentionsLocalType(Node typeNode) const {
        if (!typeNode || finder_.localTypeNames.empty()) return false;
        bool found = false;
        forEachNode(typeNode, [&](Node n) {
            if (!found && n.is("type_identifier")) found = finder_.localTypeNames.count(std::string(n.text(text_))) > 0;
        });
        return found;
    }

    // A type annotation, type parameter list or return type as the hoisted function can
    // carry it at module level: dropped when it names a type declared inside a function.
    std::string selfContainedType(Node typeNode) const {
        if (!typeNode || mentionsLocalType(typeNode)) return {};
        return textOf(typeNode, text_);
    }

    // The type a variable declaration gives the function: `const save: SaveFn = async (…) => …`.
    Node contextualType(const Candidate& c) const {
        if (!c.parent.is("variable_declarator") || !(unwrapParentheses(c.parent.field("value")) == c.function)) {
            return Node();
        }
        const Node annotation = c.parent.field("type");
        return annotation && !mentionsLocalType(annotation) ? annotation : Node();
    }

    void describeParameters(const Candidate& c, const Captures& captures, InlineAction& a) const {
        const Node fn = c.function;
        const Node list = fn.field("parameters");
        std::vector<Node> params;
        if (const Node single = fn.field("parameter")) params.push_back(single);
        if (list) {
            for (Node p : namedChildren(list)) {
                if (!isThisParameter(p) && !p.is("comment")) params.push_back(p);
            }
        }
        const bool untyped = typescript_ && std::any_of(params.begin(), params.end(), [](Node p) {
                                 return !p.field("type") && !p.field("value");
                             });
        const Node contextual = untyped ? contextualType(c) : Node();
        if (captures.inParameters || contextual) {
            a.parameterPattern = "[";
            for (std::size_t i = 0; i < params.size(); ++i) {
                if (i > 0) a.parameterPattern += ", ";
                a.parameterPattern += renamedText(patternOf(params[i]), captures.renames);
                if (Node value = params[i].field("value")) a.parameterPattern += " = " + renamedText(value, captures.renames);
            }
            a.parameterPattern += "]";
            if (typescript_) {
                const std::string_view annotation = contextual ? contextual.text(text_) : std::string_view();
                a.argsType = contextual ? "Parameters<" + std::string(trimAnnotation(annotation)) + ">" : "any[]";
            }
            return;
        }
        const bool rewrite = typescript_ && std::any_of(params.begin(), params.end(), [&](Node p) {
                                 return (!p.field("type") && !p.field("value")) || mentionsLocalType(p.field("type"));
                             });
        if (!rewrite) {
            // As written, comments and all; only a `this:` parameter is left out.
            if (list) {
                std::uint32_t from = list.start() + 1;
                if (list.namedChildCount() > 0 && isThisParameter(list.namedChild(0))) {
                    from = params.empty() ? list.end() - 1 : params.front().start();
                }
                a.parameters = std::string(text_.substr(from, list.end() - 1 - from));
            } else if (!params.empty()) {
                a.parameters = textOf(params.front(), text_);
            }
            return;
        }
        for (std::size_t i = 0; i < params.size(); ++i) {
            if (i > 0) a.parameters += ", ";
            a.parameters += typedParameter(params[i]);
        }
    }

    static std::string_view trimAnnotation(std::string_view annotation) {
        if (annotation.starts_with(':')) annotation.remove_prefix(1);
        while (!annotation.empty() && std::isspace(static_cast<unsigned char>(annotation.front()))) annotation.remove_prefix(1);
        return annotation;
    }

    // One TypeScript parameter for the hoisted function: typed as written, `any` where it
    // was typed by its context (which the hoisted function no longer has) or by a type
    // declared inside a function.
    std::string typedParameter(Node p) const {
        const Node pattern = patternOf(p);
        std::string out = textOf(pattern, text_);
        if (p.is("optional_parameter")) out += "?";
        const Node type = p.field("type");
        const Node value = p.field("value");
        if (type) {
            out += mentionsLocalType(type) ? ": any" : textOf(type, text_);
        } else if (!value) {
            out += pattern.is("rest_pattern") ? ": any[]" : ": any";
        }
        if (value) out += " = " + textOf(value, text_);
        return out;
    }

    // ---- names ----

    // Export names from stable names: same-named siblings get #2, #3… in source order, so
    // an action's name does not depend on unrelated actions elsewhere in the file. A name
    // the module already uses gets a suffix.
    void assignExportNames() {
        std::map<std::string, int> seenStable;
        std::set<std::string> used;
        for (const ExportedAction& e : facts_.actions) used.insert(e.exportName);
        auto taken = [&](const std::string& name) { return used.count(name) > 0 || text_.find(name) != std::string_view::npos; };
        for (InlineAction& a : facts_.inlineActions) {
            const int n = ++seenStable[a.stableName];
            if (n > 1) a.stableName += "#" + std::to_string(n);
            std::string name = sanitiseIdentifier(a.stableName);
            for (int suffix = 2; taken(name); ++suffix) name = sanitiseIdentifier(a.stableName) + "_" + std::to_string(suffix);
            used.insert(name);
            a.exportName = std::move(name);
        }
    }

    // ---- the client layer's imports ----

    // Import statements whose every binding is used, and used only inside the inline
    // actions the client layer replaces by stubs (values and types alike), go with them.
    void findClientDeadImports(const ScopeAnalysis& scopes) {
        std::vector<TextRange> removed;
        for (const InlineAction& a : facts_.inlineActions) {
            if (a.parent >= 0) continue;
            removed.push_back(a.form == InlineForm::TopLevelDeclaration ? TextRange{a.statementStart, a.statementEnd}
                                                                          : TextRange{a.start, a.end});
        }
        std::sort(removed.begin(), removed.end(), [](const TextRange& x, const TextRange& y) { return x.start < y.start; });
        auto isRemoved = [&](std::uint32_t offset) {
            auto it = std::upper_bound(removed.begin(), removed.end(), offset,
                                       [](std::uint32_t o, const TextRange& r) { return o < r.start; });
            return it != removed.begin() && offset < std::prev(it)->end;
        };
        struct Uses {
            std::uint32_t inside = 0;
            std::uint32_t outside = 0;
        };
        std::unordered_map<std::int32_t, Uses> uses;
        auto [first, last] = scopes.referencesIn(0, static_cast<std::uint32_t>(text_.size()));
        for (const Reference* r = first; r != last; ++r) {
            if (r->declaration < 0) continue;
            Uses& u = uses[r->declaration];
            (isRemoved(r->identifier.start()) ? u.inside : u.outside)++;
        }
        std::unordered_set<std::string_view> keptNames;  // used as types, or exported, outside the bodies
        for (const auto& [offset, name] : finder_.typeReferences) {
            if (!isRemoved(offset)) keptNames.insert(name);
        }
        for (Node statement : namedChildren(program_)) {
            if (!statement.is("export_statement") || statement.field("source")) continue;
            if (Node clause = statement.firstNamedChildOfKind("export_clause")) {
                for (Node spec : namedChildren(clause)) {  // comments are named children too
                    if (spec.is("export_specifier")) keptNames.insert(spec.field("name").text(text_));
                }
            }
        }
        std::vector<Node> imports;  // in source order
        for (Node statement : namedChildren(program_)) {
            if (statement.is("import_statement") && !statement.hasToken("type") &&
                statement.firstNamedChildOfKind("import_clause")) {  // side-effect-only imports are kept
                imports.push_back(statement);
            }
        }
        enum Verdict : std::uint8_t { NoBindings, Dead, Alive };
        std::vector<Verdict> verdicts(imports.size(), NoBindings);
        const auto& declarations = scopes.declarations();
        for (std::size_t d = 0; d < declarations.size(); ++d) {
            const Declaration& declaration = declarations[d];
            if (declaration.kind != DeclarationKind::Import || declaration.scope != 0) continue;
            const std::uint32_t at = declaration.node.start();
            const auto it = std::upper_bound(imports.begin(), imports.end(), at,
                                             [](std::uint32_t o, const Node& n) { return o < n.start(); });
            if (it == imports.begin() || at >= std::prev(it)->end()) continue;
            Verdict& verdict = verdicts[static_cast<std::size_t>(std::prev(it) - imports.begin())];
            const Uses u = uses[static_cast<std::int32_t>(d)];
            const bool dead = u.inside > 0 && u.outside == 0 && !keptNames.count(declaration.name);
            if (!dead) {
                verdict = Alive;
            } else if (verdict == NoBindings) {
                verdict = Dead;
            }
        }
        for (std::size_t i = 0; i < imports.size(); ++i) {
            if (verdicts[i] == Dead) facts_.clientDeadImports.push_back({imports[i].start(), imports[i].end()});
        }
    }

    Node program_;
    const Prologue& modulePrologue_;
    const SourceFile& source_;
    std::string_view text_;
    const bool typescript_;
    ModuleFacts& facts_;
    CandidateFinder finder_;
};

}  // namespace

std::vector<TextRange> collectInlineActions(Node program, const Prologue& modulePrologue, const SourceFile& source,
                                            ModuleFacts& facts) {
    return InlineCollector(program, modulePrologue, source, facts).run();
}

}  // namespace actionc::facts
