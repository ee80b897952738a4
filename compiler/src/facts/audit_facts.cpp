// The audit's facts (audit_facts.h), in one walk over the tree with an explicit frame
// stack (no recursion, whatever the nesting). Names are resolved by the scope analysis
// (scope.h), so a local `session` that shadows another is a different carrier, and
// `const supabase = await createClient()` makes `supabase.auth.getUser()` a call of
// `createClient().auth.getUser`.
//
// "Carriers" are declarations holding a call's result or a parameter's value, or what
// is derived from one (`const user = session?.user`): a test of a carrier in an `if`
// condition is a check of the call it carries; a carrier among a call's arguments sends
// that parameter to the callee (a validator, perhaps).
#include "facts/audit_facts.h"

#include "facts/facts_internal.h"
#include "facts/scope.h"
#include "syntax/parse.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace actionc {

namespace {

constexpr std::string_view kIgnoreMarker = "actionc-audit-ignore";
constexpr int kMaxPathDepth = 8;  // local variables substituted into a path, at most
constexpr std::uint32_t kNowhere = std::numeric_limits<std::uint32_t>::max();
constexpr std::size_t kMaxSources = 32;  // what one declaration carries, at most

// Calls Next.js documents as never returning (they throw to end the request).
bool neverReturns(std::string_view name) {
    return name == "redirect" || name == "permanentRedirect" || name == "notFound" || name == "forbidden" ||
           name == "unauthorized";
}

// Calls that throw unless their first argument holds: assert(session), invariant(user).
bool assertsArgument(std::string_view written) {
    return written == "assert" || written == "invariant" || written == "assert.ok" || written == "ok" ||
           written == "assertIsDefined" || written == "assertExists";
}

// `error`, `authError`, `err`: a name that holds what went wrong.
bool namesAnError(std::string_view name) {
    return name == "err" || name == "e" || name.find("error") != std::string_view::npos ||
           name.find("Error") != std::string_view::npos;
}

bool isComparison(std::string_view op) {
    return op == "==" || op == "===" || op == "!=" || op == "!==" || op == "<" || op == ">" || op == "<=" ||
           op == ">=" || op == "in" || op == "instanceof";
}

Node unwrap(Node n) {
    while (n.is("parenthesized_expression") || n.is("await_expression") || n.is("non_null_expression") ||
           n.is("as_expression") || n.is("satisfies_expression") || n.is("type_assertion")) {
        Node inner;
        for (Node c : namedChildren(n)) {
            if (c.is("comment") || c.kind().ends_with("type") || c.is("type_identifier") || c.is("type_arguments")) continue;
            inner = c;
            break;
        }
        if (!inner) break;
        n = inner;
    }
    return n;
}

bool isCall(Node n) { return n.is("call_expression") || n.is("new_expression"); }

Node calleeOf(Node call) { return call.is("new_expression") ? call.field("constructor") : call.field("function"); }

// The last member name, or the identifier, a callee ends in: `redirect`, `assert.ok` → "ok".
std::string_view lastName(Node callee, std::string_view text) {
    callee = unwrap(callee);
    if (callee.is("member_expression")) return callee.field("property").text(text);
    if (callee.is("identifier")) return callee.text(text);
    return {};
}

bool isNullish(Node n, std::string_view text) {
    n = unwrap(n);
    return n.is("null") || n.is("undefined") || (n.is("identifier") && n.text(text) == "undefined");
}

// A returned value that carries no data: no value, literals, objects or arrays of them
// (`{ error: 'Unauthorized' }`), and named functions of them. Walked with a stack;
// nested functions are data.
bool isConstant(Node value, std::string_view text) {
    if (!value) return true;
    std::vector<Node> pending{value};
    while (!pending.empty()) {
        const Node n = pending.back();
        pending.pop_back();
        const std::string_view k = n.kind();
        if (k == "comment" || k == "string" || k == "number" || k == "true" || k == "false" || k == "null" ||
            k == "undefined" || k == "property_identifier" || k == "string_fragment" || k == "escape_sequence" ||
            k == "regex") {
            continue;
        }
        if (k == "identifier") {
            if (n.text(text) == "undefined") continue;
            return false;
        }
        if (k == "object" || k == "array" || k == "pair" || k == "parenthesized_expression" || k == "unary_expression" ||
            k == "template_string" || k == "as_expression" || k == "satisfies_expression") {
            for (Node c : namedChildren(n)) pending.push_back(c);
            continue;
        }
        if (k == "type_identifier" || k.ends_with("_type") || k == "type_arguments") continue;
        // A function of constants, called by name, makes a message of them:
        // `return getErrorRedirect('/account', 'Invalid email.')`.
        if (k == "call_expression" && n.field("function").is("identifier")) {
            if (Node args = n.field("arguments"); args && args.is("arguments")) {
                for (Node c : namedChildren(args)) pending.push_back(c);
                continue;
            }
        }
        return false;
    }
    return true;
}

// Ancestors that only carry a function to where it is declared: a comment above any of
// them is about the function.
bool carriesFunction(std::string_view k) {
    return k == "variable_declarator" || k == "lexical_declaration" || k == "variable_declaration" ||
           k == "export_statement" || k == "arguments" || k == "call_expression" || k == "member_expression" ||
           k == "parenthesized_expression" || k == "await_expression" || k == "as_expression" ||
           k == "satisfies_expression" || k == "pair" || k == "jsx_expression" || k == "jsx_attribute" ||
           k == "expression_statement" || k == "assignment_expression" || k == "public_field_definition";
}

// ---- types ----

bool isSafeTypeName(std::string_view name) {
    static const std::unordered_set<std::string_view> kSafe = {
        "FormData", "File",    "Blob",       "Date",        "URLSearchParams", "URL",     "Uint8Array",
        "ArrayBuffer", "Headers", "ReadableStream", "RegExp", "String",         "Number",  "Boolean",
        "BigInt",   "Record",  "Map",        "Set",         "Pick",            "Omit",    "Extract",
        "Exclude",  "ReturnType", "Parameters", "Promise",  "Function"};
    return kSafe.count(name) > 0;
}

// Generic types that are what they wrap, for the audit's purpose.
bool isTransparentGeneric(std::string_view name) {
    return name == "Array" || name == "ReadonlyArray" || name == "Partial" || name == "Readonly" || name == "Required" ||
           name == "NonNullable" || name == "Awaited";
}

// A schema's inferred type: z.infer<…>, z.input<…>, InferOutput<…> (valibot),
// yup.InferType<…>, Static<…> (TypeBox).
bool isSchemaInference(std::string_view name) {
    const std::size_t dot = name.rfind('.');
    const std::string_view last = dot == std::string_view::npos ? name : name.substr(dot + 1);
    return last == "infer" || last == "input" || last == "output" || last == "TypeOf" || last == "Infer" ||
           last == "InferInput" || last == "InferOutput" || last == "InferType" || last == "Static" ||
           last == "InferIn" || last == "InferOut";
}

// ORM row types: drizzle's InferSelectModel/InferInsertModel, kysely's Selectable/Insertable.
bool isModelGeneric(std::string_view name) {
    return name == "InferSelectModel" || name == "InferInsertModel" || name == "InferModel" || name == "Selectable" ||
           name == "Insertable" || name == "Updateable";
}

class TypeClassifier {
public:
    TypeClassifier(Node program, std::string_view text) : text_(text) {
        for (Node statement : namedChildren(program)) {
            Node declaration = statement.is("export_statement") ? statement.field("declaration") : statement;
            if (declaration.is("type_alias_declaration") || declaration.is("interface_declaration")) {
                if (Node name = declaration.field("name")) declarations_[name.text(text)] = declaration;
            } else if (statement.is("import_statement")) {
                addImports(statement);
            }
        }
    }

    // The shape of an annotation (`type_annotation`) or type node.
    TypeShape shapeOf(Node type, int depth = 0) const {
        TypeShape shape;
        if (!type || depth > 8) return shape;
        if (type.is("type_annotation")) {
            for (Node c : namedChildren(type)) {
                if (!c.is("comment")) return shapeOf(c, depth);
            }
            return shape;
        }
        const std::string_view k = type.kind();
        if (k == "predefined_type") {
            const std::string_view t = type.text(text_);
            shape.kind = t == "any" || t == "unknown" ? TypeShape::Kind::Untyped
                         : t == "object"              ? TypeShape::Kind::Other
                                                      : TypeShape::Kind::Safe;
            return shape;
        }
        if (k == "literal_type" || k == "template_literal_type" || k == "lookup_type" || k == "index_type_query" ||
            k == "function_type" || k == "constructor_type") {
            shape.kind = TypeShape::Kind::Safe;
            return shape;
        }
        if (k == "parenthesized_type" || k == "readonly_type") return shapeOf(firstTypeChild(type), depth + 1);
        if (k == "array_type") return shapeOf(firstTypeChild(type), depth + 1);
        if (k == "union_type" || k == "intersection_type") return combined(type, depth);
        if (k == "object_type") return objectShape(type, false);
        if (k == "type_query") {
            const std::string_view t = type.text(text_);
            shape.kind = t.find("$inferSelect") != std::string_view::npos || t.find("$inferInsert") != std::string_view::npos
                             ? TypeShape::Kind::Model
                             : TypeShape::Kind::Other;
            return shape;
        }
        if (k == "generic_type") {
            const std::string_view name = type.field("name").text(text_);
            if (isSchemaInference(name)) {
                shape.kind = TypeShape::Kind::Safe;
                return shape;
            }
            if (isModelGeneric(name)) {
                shape.kind = TypeShape::Kind::Model;
                return shape;
            }
            if (isTransparentGeneric(name)) {
                const Node args = type.field("type_arguments");
                return args ? shapeOf(firstTypeChild(args), depth + 1) : shape;
            }
            return named(name, depth);
        }
        if (k == "type_identifier" || k == "nested_type_identifier") return named(type.text(text_), depth);
        shape.kind = TypeShape::Kind::Other;
        return shape;
    }

private:
    void addImports(Node statement) {
        const Node sourceNode = statement.field("source");
        const Node clause = statement.firstNamedChildOfKind("import_clause");
        if (!sourceNode || !clause) return;
        const std::string specifier = facts::stringValue(sourceNode, text_);
        for (Node part : namedChildren(clause)) {
            if (part.is("identifier")) {
                imports_[part.text(text_)] = {specifier, "default"};
            } else if (part.is("namespace_import")) {
                if (Node local = part.firstNamedChildOfKind("identifier")) imports_[local.text(text_)] = {specifier, "*"};
            } else if (part.is("named_imports")) {
                for (Node spec : namedChildren(part)) {
                    if (!spec.is("import_specifier")) continue;
                    const Node name = spec.field("name");
                    const Node alias = spec.field("alias");
                    imports_[(alias ? alias : name).text(text_)] = {specifier, std::string(name.text(text_))};
                }
            }
        }
    }

    static Node firstTypeChild(Node n) {
        for (Node c : namedChildren(n)) {
            if (!c.is("comment")) return c;
        }
        return Node();
    }

    // A union is a record when any member is (`Item | null`), safe when every member is.
    TypeShape combined(Node type, int depth) const {
        TypeShape result;
        result.kind = TypeShape::Kind::Safe;
        std::vector<Node> members{type};
        std::vector<TypeShape> shapes;
        while (!members.empty() && shapes.size() < 64) {
            const Node m = members.back();
            members.pop_back();
            if (m.is("union_type") || m.is("intersection_type")) {
                for (Node c : namedChildren(m)) members.push_back(c);
                continue;
            }
            shapes.push_back(shapeOf(m, depth + 1));
        }
        for (const TypeShape& s : shapes) {
            if (s.kind == TypeShape::Kind::Model || (s.kind == TypeShape::Kind::Object && s.hasId)) return s;
        }
        for (const TypeShape& s : shapes) {
            if (s.kind == TypeShape::Kind::Named) return s;
        }
        for (const TypeShape& s : shapes) {
            if (s.kind != TypeShape::Kind::Safe) result.kind = s.kind == TypeShape::Kind::Untyped ? result.kind : TypeShape::Kind::Other;
        }
        return result;
    }

    TypeShape objectShape(Node body, bool named) const {
        TypeShape shape;
        shape.kind = TypeShape::Kind::Object;
        shape.named = named;
        for (Node member : namedChildren(body)) {
            if (!member.is("property_signature")) continue;
            const std::string_view key = member.field("name").text(text_);
            if (key == "id" || key == "_id" || key == "\"id\"" || key == "'id'") shape.hasId = true;
        }
        return shape;
    }

    TypeShape named(std::string_view name, int depth) const {
        TypeShape shape;
        if (isSafeTypeName(name)) {
            shape.kind = TypeShape::Kind::Safe;
            return shape;
        }
        const std::size_t dot = name.find('.');
        const std::string_view root = name.substr(0, dot);
        if (const auto it = declarations_.find(name); it != declarations_.end() && dot == std::string_view::npos) {
            const Node declaration = it->second;
            if (declaration.is("interface_declaration")) return objectShape(declaration.field("body"), true);
            TypeShape aliased = shapeOf(declaration.field("value"), depth + 1);
            if (aliased.kind == TypeShape::Kind::Object) aliased.named = true;
            return aliased;
        }
        if (const auto it = imports_.find(root); it != imports_.end()) {
            shape.kind = TypeShape::Kind::Named;
            shape.from = it->second.first;
            // A namespace import names its members: `import * as S from`, `S.Post` is "Post".
            if (it->second.second == "*") {
                shape.name = dot == std::string_view::npos ? std::string(name) : std::string(name.substr(dot + 1));
            } else {
                shape.name = it->second.second + std::string(dot == std::string_view::npos ? "" : name.substr(dot));
            }
            return shape;
        }
        shape.kind = TypeShape::Kind::Other;
        return shape;
    }

    std::string_view text_;
    std::unordered_map<std::string_view, Node> declarations_;
    std::unordered_map<std::string_view, std::pair<std::string, std::string>> imports_;
};

// ---- the walk ----

// A declaration that carries a parameter's value or a call's result.
struct Source {
    std::int32_t function = -1;
    std::int32_t index = -1;  // call index, or parameter index
    bool parameter = false;
};

class AuditFactsReader {
public:
    AuditFactsReader(Node program, const SourceFile& source)
        : program_(program), text_(source.text), scopes_(program, source.text), types_(program, source.text) {
        auto [first, last] = scopes_.referencesIn(0, static_cast<std::uint32_t>(text_.size()) + 1);
        for (const Reference* r = first; r != last; ++r) referenceAt_[r->identifier.start()] = r->declaration;
        const auto& declarations = scopes_.declarations();
        for (std::size_t d = 0; d < declarations.size(); ++d) {
            if (declarations[d].node) declarationAt_[declarations[d].node.start()] = static_cast<std::int32_t>(d);
        }
    }

    ModuleAuditFacts run() {
        walkTree(
            program_, [this](Node node, TSFieldId field) { return enter(node, field); },
            [this](Node node) { leave(node); });
        readModuleBindings();
        fixFunctionIndices();
        return std::move(facts_);
    }

private:
    enum class FrameKind : std::uint8_t { Plain, Function, Call, Bind, Condition, Return };

    struct Frame {
        Node node;
        FrameKind kind = FrameKind::Plain;
        std::int32_t function = -1;   // the innermost function
        std::int32_t call = -1;       // the innermost call frame (in the same function), an index into frames_
        std::int32_t bind = -1;       // the innermost declarator or assignment frame (same function)
        std::int32_t condition = -1;  // the innermost condition frame (same function)
        bool negated = false;         // within a condition: under an odd number of `!`
        bool compared = false;        // within a comparison with something other than null
        bool nullCompared = false;    // within `x == null` (means "absent")
        bool typeTest = false;        // within `typeof`, `instanceof` or a call's arguments (in a condition)
        bool returning = false;       // within the value of a `return` of the same function
        // Call frames: the call's index in its function; bits of parameters in its arguments;
        // the enclosing call frame.
        std::int32_t callIndex = -1;
        std::int32_t parentCall = -1;
        std::uint32_t argumentsStart = 0;  // the arguments' text (not the callee's)
        std::uint32_t argumentsEnd = 0;
        std::uint32_t calleeBits = 0;  // parameters read in the callee: `formData.get(…)`
        std::uint32_t parameterBits = 0;
        bool assertLike = false;
        // Bind frames: what the targets will carry, and the targets.
        std::vector<Source> sources;
        std::vector<std::int32_t> targets;
        std::uint32_t directCall = kNowhere;  // the start of a call that is the whole value
        // Condition frames: how the branches leave.
        ResultCheck consequenceExit = ResultCheck::None;
        ResultCheck alternativeExit = ResultCheck::None;
    };

    // ---- entering and leaving nodes ----

    bool enter(Node node, TSFieldId) {
        if (!node.isNamed()) return false;
        Frame f;
        f.node = node;
        if (!frames_.empty()) {
            const Frame& parent = frames_.back();
            f.function = parent.function;
            f.call = parent.call;
            f.bind = parent.bind;
            f.condition = parent.condition;
            f.negated = parent.negated;
            f.compared = parent.compared;
            f.nullCompared = parent.nullCompared;
            f.typeTest = parent.typeTest;
            f.returning = parent.returning;
            enterCondition(parent, node, f);
        }
        const std::string_view k = node.kind();
        // An arrow's expression body is what it returns: `(h) => auth.api.getSession(h)`.
        if (!frames_.empty() && frames_.back().kind == FrameKind::Function && frames_.back().node.is("arrow_function") &&
            !node.is("statement_block") && frames_.back().node.field("body") == node) {
            noteReturn(node, node, f);
        }
        if (isFunctionLike(node)) {
            enterFunction(node, f);
        } else if (f.function >= 0 && isCall(node)) {
            enterCall(node, f);
        } else if (f.function >= 0 && k == "variable_declarator" && node.field("value")) {
            enterBinding(node.field("name"), node.field("value"), f);
        } else if (f.function >= 0 && k == "assignment_expression") {
            enterBinding(node.field("left"), node.field("right"), f);
        } else if (f.function >= 0 && (k == "if_statement" || k == "ternary_expression")) {
            f.kind = FrameKind::Condition;
            if (k == "if_statement") {
                f.consequenceExit = exitOf(node.field("consequence"));
                if (Node alternative = node.field("alternative")) f.alternativeExit = exitOf(alternative);
            }
        } else if (f.function >= 0 && k == "return_statement") {
            enterReturn(node, f);
        } else if (k == "identifier" || k == "shorthand_property_identifier") {
            reference(node, f);
        } else if (k == "comment") {
            comment(node, f);
        } else if (f.condition >= 0 && k == "unary_expression") {
            const std::string_view op = node.field("operator").text(text_);
            if (op == "!") f.negated = !f.negated;
            if (op == "typeof") f.typeTest = true;
        } else if (f.condition >= 0 && k == "binary_expression") {
            const std::string_view op = node.field("operator").text(text_);
            if (isComparison(op)) {
                const bool withNull = isNullish(node.field("left"), text_) || isNullish(node.field("right"), text_);
                if (withNull && (op == "==" || op == "===")) {
                    f.nullCompared = true;
                } else if (!withNull) {
                    f.compared = true;
                }
                if (op == "instanceof") f.typeTest = true;
            }
        }
        frames_.push_back(std::move(f));
        return true;
    }

    // The condition of an `if` or a ternary starts a condition context (its branches stay
    // in whatever context the statement is in).
    void enterCondition(const Frame& parent, Node node, Frame& f) {
        if (parent.kind != FrameKind::Condition) return;
        const Node condition = parent.node.field("condition");
        if (!condition || !(condition == node)) return;
        f.condition = static_cast<std::int32_t>(frames_.size()) - 1;
        f.negated = false;
        f.compared = false;
        f.nullCompared = false;
        f.typeTest = false;
    }

    void leave(Node node) {
        if (!node.isNamed()) return;
        Frame f = std::move(frames_.back());
        frames_.pop_back();
        if (f.kind == FrameKind::Call) {
            // What reached this call's arguments reached the enclosing call's too:
            // `schema.parse(Object.fromEntries(formData))`.
            // What the callee read is an argument of the enclosing call too when this call
            // is: `schema.parse({ title: formData.get('title') })`.
            if (f.parentCall >= 0) {
                Frame& parent = frames_[static_cast<std::size_t>(f.parentCall)];
                const bool argument = parent.argumentsStart <= node.start() && node.end() <= parent.argumentsEnd;
                (argument ? parent.parameterBits : parent.calleeBits) |= f.parameterBits | f.calleeBits;
            }
            facts_.functions[static_cast<std::size_t>(f.function)].calls[static_cast<std::size_t>(f.callIndex)]
                .parameterArguments |= f.parameterBits;
        }
        if (f.kind == FrameKind::Bind) {
            for (std::int32_t target : f.targets) {
                std::vector<Source>& carried = carriers_[target];
                carried.insert(carried.end(), f.sources.begin(), f.sources.end());
                distinct(carried);
            }
        }
    }

    // Sources without repeats, and a few of them at most: a value derived from everything a
    // long function computed must not make every later one carry it all.
    static void distinct(std::vector<Source>& sources) {
        auto key = [](const Source& s) { return std::tuple(s.function, s.index, s.parameter); };
        std::sort(sources.begin(), sources.end(), [&](const Source& a, const Source& b) { return key(a) < key(b); });
        sources.erase(std::unique(sources.begin(), sources.end(), [&](const Source& a, const Source& b) { return key(a) == key(b); }),
                      sources.end());
        if (sources.size() > kMaxSources) sources.resize(kMaxSources);
    }

    void enterFunction(Node node, Frame& f) {
        AuditFunction fn;
        fn.start = node.start();
        fn.end = node.end();
        fn.parent = f.function;
        fn.anchor = node.start();
        for (std::size_t i = frames_.size(); i-- > 0;) {
            if (!carriesFunction(frames_[i].node.kind())) break;
            fn.anchor = frames_[i].node.start();
        }
        const std::int32_t index = static_cast<std::int32_t>(facts_.functions.size());
        functionAt_[node.start()] = index;
        facts_.functions.push_back(std::move(fn));
        readParameters(node, index);
        f.kind = FrameKind::Function;
        f.function = index;
        f.call = f.bind = f.condition = -1;
        f.negated = f.compared = f.nullCompared = f.typeTest = f.returning = false;
    }

    void readParameters(Node fn, std::int32_t index) {
        std::vector<Node> params;
        if (Node single = fn.field("parameter")) params.push_back(single);
        if (Node list = fn.field("parameters")) {
            for (Node p : namedChildren(list)) {
                if (p.is("comment")) continue;
                if ((p.is("required_parameter") || p.is("optional_parameter")) && p.field("pattern").is("this")) continue;
                params.push_back(p);
            }
        }
        AuditFunction& function = facts_.functions[static_cast<std::size_t>(index)];
        for (std::size_t i = 0; i < params.size(); ++i) {
            const Node p = params[i];
            AuditParameter parameter;
            Node pattern = p;
            if (p.is("required_parameter") || p.is("optional_parameter")) {
                pattern = p.field("pattern");
                if (Node type = p.field("type")) {
                    parameter.type = types_.shapeOf(type);
                    parameter.typeText = trimmedAnnotation(type);
                }
            }
            parameter.offset = p.start();
            parameter.length = (pattern ? pattern : p).length();
            facts::forEachBoundName(pattern, [&](Node name) {
                parameter.names.emplace_back(name.text(text_));
                if (const auto d = declarationAt_.find(name.start()); d != declarationAt_.end()) {
                    carriers_[d->second].push_back({index, static_cast<std::int32_t>(i), true});
                    parameterOf_[d->second] = {index, static_cast<std::int32_t>(i)};
                }
            });
            function.parameters.push_back(std::move(parameter));
        }
    }

    std::string trimmedAnnotation(Node type) const {
        std::string_view t = type.text(text_);
        if (t.starts_with(':')) t.remove_prefix(1);
        while (!t.empty() && (t.front() == ' ' || t.front() == '\n')) t.remove_prefix(1);
        return std::string(t);
    }

    void enterCall(Node node, Frame& f) {
        AuditFunction& fn = facts_.functions[static_cast<std::size_t>(f.function)];
        AuditCall call;
        const Node callee = calleeOf(node);
        call.callee = pathOf(callee);
        call.written = writtenPath(callee);
        const Node at = unwrap(callee);
        call.offset = at ? at.start() : node.start();
        call.length = at ? at.length() : 1;
        f.kind = FrameKind::Call;
        f.assertLike = assertsArgument(call.written);
        f.callIndex = static_cast<std::int32_t>(fn.calls.size());
        fn.calls.push_back(std::move(call));
        const Source self{f.function, f.callIndex, false};
        if (f.returning) fn.calls.back().returned = true;
        if (f.condition >= 0) {
            raise(self, checkOf(frames_[static_cast<std::size_t>(f.condition)], f));  // `if (!(await auth()))`
            f.typeTest = true;  // its arguments are tested: `if (!isValidId(id))`
        }
        if (f.bind >= 0) {
            Frame& bind = frames_[static_cast<std::size_t>(f.bind)];
            bind.sources.push_back(self);
            if (bind.directCall == node.start()) {  // the whole value: `const rows = await db.select()…`
                for (std::int32_t target : bind.targets) directCall_[target] = {f.function, f.callIndex};
                bind.directCall = kNowhere;
            }
        }
        if (pendingReturn_ == node.start() && pendingReturnFunction_ == f.function) {
            fn.returnedCalls.push_back({f.callIndex, node.start(), node.length()});
            pendingReturn_ = kNowhere;
        }
        if (Node args = node.field("arguments")) {
            f.argumentsStart = args.start();
            f.argumentsEnd = args.end();
        }
        f.parentCall = f.call;
        f.call = static_cast<std::int32_t>(frames_.size());  // this frame, once pushed
    }

    void enterBinding(Node target, Node value, Frame& f) {
        f.kind = FrameKind::Bind;
        facts::forEachBoundName(target, [&](Node name) {
            std::int32_t d = -1;
            if (const auto it = declarationAt_.find(name.start()); it != declarationAt_.end()) d = it->second;
            if (d < 0) d = referenceAt(name);  // an assignment writes an existing declaration
            if (d < 0) return;
            f.targets.push_back(d);
            if (namesAnError(name.text(text_))) errorCarriers_.insert(d);
        });
        const Node whole = unwrap(value);
        if (isCall(whole)) f.directCall = whole.start();
        f.bind = static_cast<std::int32_t>(frames_.size());
    }

    void enterReturn(Node node, Frame& f) {
        Node value;
        for (Node c : namedChildren(node)) {
            if (!c.is("comment")) {
                value = c;
                break;
            }
        }
        noteReturn(node, value, f);
        f.kind = FrameKind::Return;
    }

    // What `statement` (a `return`, or an arrow's expression body) returns: `value`.
    void noteReturn(Node statement, Node value, Frame& f) {
        AuditFunction& fn = facts_.functions[static_cast<std::size_t>(f.function)];
        f.returning = true;
        if (!isConstant(value, text_) && statement.end() < fn.firstDataReturnEnd) {
            fn.firstDataReturnStart = statement.start();
            fn.firstDataReturnEnd = statement.end();
        }
        if (!value) return;
        const Node whole = unwrap(value);
        if (fn.returns.empty() && (isCall(whole) || whole.is("identifier") || whole.is("member_expression"))) {
            fn.returns = pathOf(whole);
        }
        if (isCall(whole)) {
            pendingReturn_ = whole.start();
            pendingReturnFunction_ = f.function;
        } else if (whole.is("identifier")) {
            const auto direct = directCall_.find(referenceAt(whole));
            if (direct != directCall_.end() && direct->second.first == f.function) {
                fn.returnedCalls.push_back({direct->second.second, whole.start(), whole.length()});
            }
        }
    }

    // An identifier that reads a declaration: a parameter is used; a carrier flows into
    // the enclosing declaration, call arguments or condition.
    void reference(Node node, const Frame& f) {
        const std::int32_t d = referenceAt(node);
        if (d < 0) return;
        if (const auto p = parameterOf_.find(d); p != parameterOf_.end()) {
            facts_.functions[static_cast<std::size_t>(p->second.first)]
                .parameters[static_cast<std::size_t>(p->second.second)]
                .used = true;
        }
        const auto carried = carriers_.find(d);
        if (carried == carriers_.end()) return;
        if (f.bind >= 0) {
            std::vector<Source>& sources = frames_[static_cast<std::size_t>(f.bind)].sources;
            sources.insert(sources.end(), carried->second.begin(), carried->second.end());
            if (sources.size() > 4 * kMaxSources) distinct(sources);
        }
        if (f.call >= 0) {
            Frame& call = frames_[static_cast<std::size_t>(f.call)];
            const bool argument = call.argumentsStart <= node.start() && node.end() <= call.argumentsEnd;
            for (const Source& s : carried->second) {
                if (s.parameter && s.function == f.function && s.index < 32) {
                    (argument ? call.parameterBits : call.calleeBits) |= 1u << s.index;
                }
                if (!s.parameter && argument && call.assertLike) {
                    if (s.function == f.function) {
                        raise(s, ResultCheck::Throws);
                    } else {
                        captureCheck(s, node, f.function, ResultCheck::Throws);
                    }
                }
            }
        }
        if (f.returning) {
            for (const Source& s : carried->second) {
                if (!s.parameter && s.function == f.function) callOf(s).returned = true;
            }
        }
        if (f.condition >= 0) {
            const Frame& condition = frames_[static_cast<std::size_t>(f.condition)];
            const ResultCheck check = checkOf(condition, f, errorCarriers_.count(d) > 0);
            for (const Source& s : carried->second) {
                if (s.parameter) {
                    if (f.typeTest) {
                        facts_.functions[static_cast<std::size_t>(s.function)]
                            .parameters[static_cast<std::size_t>(s.index)]
                            .typeChecked = true;
                    }
                } else if (s.function == f.function) {
                    raise(s, check);
                } else {
                    captureCheck(s, node, f.function, check);
                }
            }
        }
    }

    // What a test of a carrier in `condition` says about it, from how the carrier is
    // tested (absent, present, compared) and how the branches leave. An error the call
    // returned (`const { error } = …; if (error) return …`) tests the other way round.
    static ResultCheck checkOf(const Frame& condition, const Frame& at, bool isError = false) {
        const ResultCheck consequence = condition.consequenceExit;
        const ResultCheck alternative = condition.alternativeExit;
        const bool absent = (at.negated != at.nullCompared) != isError;  // `!x`, `x == null`
        if (at.compared) return std::max({consequence, alternative, ResultCheck::Tests});
        if (absent) {
            if (consequence != ResultCheck::None) return consequence;
            return alternative != ResultCheck::None ? ResultCheck::RequiresAbsent : ResultCheck::Tests;
        }
        if (alternative != ResultCheck::None) return alternative;
        return consequence != ResultCheck::None ? ResultCheck::RequiresAbsent : ResultCheck::Tests;
    }

    AuditCall& callOf(const Source& s) {
        return facts_.functions[static_cast<std::size_t>(s.function)].calls[static_cast<std::size_t>(s.index)];
    }

    void raise(const Source& s, ResultCheck check) {
        AuditCall& call = callOf(s);
        call.check = std::max(call.check, check);
    }

    // A function tests what an enclosing function's call returned (an inline action and
    // the session its page read: captures travel encrypted, so the action's test is a
    // test of that call's result, made where the action runs). Recorded as a call of
    // the function, once per source, at the test.
    void captureCheck(const Source& s, Node at, std::int32_t function, ResultCheck check) {
        if (function < 0) return;
        AuditFunction& fn = facts_.functions[static_cast<std::size_t>(function)];
        const AuditCall& original = callOf(s);
        for (AuditCall& c : fn.calls) {
            if (c.captured && c.written == original.written && c.callee.name == original.callee.name) {
                c.check = std::max(c.check, check);
                return;
            }
        }
        AuditCall copy = original;
        copy.captured = true;
        copy.check = check;
        copy.returned = false;
        copy.parameterArguments = 0;
        copy.offset = at.start();
        copy.length = at.length();
        fn.calls.push_back(std::move(copy));
    }

    // How a branch leaves: by throwing (or a call that never returns), by returning, or not.
    ResultCheck exitOf(Node branch) const {
        if (!branch) return ResultCheck::None;
        if (branch.is("else_clause")) {
            for (Node c : namedChildren(branch)) {
                if (!c.is("comment")) return exitOf(c);
            }
            return ResultCheck::None;
        }
        ResultCheck exit = ResultCheck::None;
        auto statementExit = [&](Node s) {
            if (s.is("throw_statement")) return ResultCheck::Throws;
            if (s.is("return_statement")) {
                for (Node c : namedChildren(s)) {
                    const Node v = unwrap(c);
                    if (isCall(v) && neverReturns(lastName(calleeOf(v), text_))) return ResultCheck::Throws;
                }
                return ResultCheck::Returns;
            }
            if (s.is("expression_statement")) {
                for (Node c : namedChildren(s)) {
                    const Node v = unwrap(c);
                    if (isCall(v) && neverReturns(lastName(calleeOf(v), text_))) return ResultCheck::Throws;
                }
            }
            return ResultCheck::None;
        };
        if (branch.is("statement_block")) {
            for (Node s : namedChildren(branch)) exit = std::max(exit, statementExit(s));
        } else {
            exit = statementExit(branch);
        }
        return exit;
    }

    void comment(Node node, const Frame& f) {
        const std::string_view text = node.text(text_);
        const std::size_t at = text.find(kIgnoreMarker);
        if (at == std::string_view::npos) return;
        std::string_view rest = text.substr(at + kIgnoreMarker.size());
        if (rest.ends_with("*/")) rest.remove_suffix(2);
        AuditSuppression s;
        s.offset = node.start() + static_cast<std::uint32_t>(at);
        s.length = static_cast<std::uint32_t>(kIgnoreMarker.size());
        s.function = f.function;
        std::size_t i = 0;
        while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t')) ++i;
        const std::size_t codeStart = i;
        while (i < rest.size() && (std::isalnum(static_cast<unsigned char>(rest[i])) || rest[i] == '-' || rest[i] == '_')) ++i;
        s.code = std::string(rest.substr(codeStart, i - codeStart));
        while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t')) ++i;
        if (i < rest.size() && rest[i] == ':') {
            std::string_view reason = rest.substr(i + 1);
            while (!reason.empty() && std::isspace(static_cast<unsigned char>(reason.front()))) reason.remove_prefix(1);
            while (!reason.empty() && std::isspace(static_cast<unsigned char>(reason.back()))) reason.remove_suffix(1);
            s.reason = std::string(reason);
        }
        for (Node next = node.nextNamedSibling(); next; next = next.nextNamedSibling()) {
            if (next.is("comment")) continue;
            s.target = next.start();
            break;
        }
        facts_.suppressions.push_back(std::move(s));
    }

    // ---- paths ----

    std::int32_t referenceAt(Node identifier) const {
        if (!identifier) return -1;
        const auto it = referenceAt_.find(identifier.start());
        return it == referenceAt_.end() ? -1 : it->second;
    }

    // The members of a chain, outermost last, and its root node.
    std::pair<Node, std::vector<std::string>> chainOf(Node n) const {
        std::vector<std::string> reversed;
        for (int guard = 0; guard < 4096; ++guard) {
            n = unwrap(n);
            if (n.is("member_expression")) {
                reversed.emplace_back(n.field("property").text(text_));
                n = n.field("object");
            } else if (n.is("subscript_expression")) {
                const Node index = unwrap(n.field("index"));
                if (!index.is("string")) return {Node(), {}};
                reversed.push_back(facts::stringValue(index, text_));
                n = n.field("object");
            } else if (isCall(n)) {
                n = calleeOf(n);
            } else if (n.is("binary_expression") &&
                       (n.field("operator").text(text_) == "??" || n.field("operator").text(text_) == "||")) {
                // `globalForPrisma.prisma ?? new PrismaClient()`: the value is what the fallback makes.
                n = n.field("right");
            } else {
                break;
            }
        }
        return {n, {reversed.rbegin(), reversed.rend()}};
    }

    std::string writtenPath(Node callee) const {
        auto [root, members] = chainOf(callee);
        std::string out = root.is("identifier") ? std::string(root.text(text_)) : root.is("this") ? "this" : "";
        for (const std::string& m : members) out += (out.empty() ? "" : ".") + m;
        return out;
    }

    ValuePath pathOf(Node n, int depth = 0) const {
        auto [root, members] = chainOf(n);
        ValuePath path;
        if (!root.is("identifier")) return path;
        path.name = std::string(root.text(text_));
        const std::int32_t d = referenceAt(root);
        if (d < 0) {
            // Not a reference the scope analysis saw (inside a type, or malformed code): a
            // module binding when the module declares it, else a global.
            path.root = ValuePath::Root::Global;
        } else {
            const Declaration& declaration = scopes_.declarations()[static_cast<std::size_t>(d)];
            if (declaration.scope == 0) {
                path.root = ValuePath::Root::Module;
            } else if (declaration.kind == DeclarationKind::Parameter) {
                path.root = ValuePath::Root::Parameter;
            } else if (declaration.kind == DeclarationKind::Function || declaration.kind == DeclarationKind::FunctionName) {
                path.root = ValuePath::Root::Function;
                path.function = static_cast<std::int32_t>(declaration.declarator.start());  // fixed up to an index later
            } else if (depth < kMaxPathDepth) {
                ValuePath local = declaredPath(declaration, depth);
                if (local.empty()) return path;  // path.root stays None
                local.members.insert(local.members.end(), members.begin(), members.end());
                return local;
            } else {
                return path;
            }
        }
        path.members = std::move(members);
        return path;
    }

    // A local variable's path: its declarator's value, followed by the keys it is
    // destructured by (`const { data: { user } } = …` gives value.data.user).
    ValuePath declaredPath(const Declaration& declaration, int depth) const {
        std::vector<std::string> keys;
        Node n = declaration.node;
        for (int guard = 0; guard < 32; ++guard) {
            const Node parent = n.parent();
            if (parent.is("variable_declarator")) {
                if (!(parent.field("name") == n) || !parent.field("value")) return {};
                ValuePath path = pathOf(parent.field("value"), depth + 1);
                if (path.empty()) return path;
                path.members.insert(path.members.end(), keys.rbegin(), keys.rend());
                return path;
            }
            if (parent.is("object_pattern")) {
                if (n.is("shorthand_property_identifier_pattern")) keys.emplace_back(n.text(text_));
            } else if (parent.is("pair_pattern")) {
                const Node key = parent.field("key");
                if (!key.is("property_identifier") && !key.is("string")) return {};
                keys.push_back(key.is("string") ? facts::stringValue(key, text_) : std::string(key.text(text_)));
            } else if (!parent.is("object_assignment_pattern") && !parent.is("assignment_pattern")) {
                return {};
            }
            n = parent;
        }
        return {};
    }


    // ---- module-level names ----

    void readModuleBindings() {
        for (Node statement : namedChildren(program_)) {
            if (statement.is("import_statement")) {
                readImport(statement);
            } else if (statement.is("export_statement")) {
                readExport(statement);
            } else {
                readDeclaration(statement, statement.start(), nullptr);
            }
        }
    }

    void readImport(Node statement) {
        const Node sourceNode = statement.field("source");
        const Node clause = statement.firstNamedChildOfKind("import_clause");
        if (!sourceNode || !clause) return;
        const std::string specifier = facts::stringValue(sourceNode, text_);
        auto bind = [&](Node local, std::string imported) {
            AuditBinding b;
            b.name = std::string(local.text(text_));
            b.kind = AuditBinding::Kind::Import;
            b.specifier = specifier;
            b.importedName = std::move(imported);
            b.statement = statement.start();
            facts_.bindings.push_back(std::move(b));
        };
        for (Node part : namedChildren(clause)) {
            if (part.is("identifier")) {
                bind(part, "default");
            } else if (part.is("namespace_import")) {
                if (Node local = part.firstNamedChildOfKind("identifier")) bind(local, "*");
            } else if (part.is("named_imports")) {
                for (Node spec : namedChildren(part)) {
                    if (!spec.is("import_specifier")) continue;
                    const Node name = spec.field("name");
                    const Node alias = spec.field("alias");
                    bind(alias ? alias : name, name.is("string") ? facts::stringValue(name, text_) : std::string(name.text(text_)));
                }
            }
        }
    }

    void readExport(Node statement) {
        if (statement.field("source")) return;  // `export … from`: the graph's re-exports
        const bool isDefault = statement.hasToken("default");
        if (const Node declaration = statement.field("declaration")) {
            std::vector<std::string> names;
            readDeclaration(declaration, statement.start(), &names);
            for (const std::string& name : names) facts_.exports.push_back({isDefault ? "default" : name, name});
            return;
        }
        if (const Node clause = statement.firstNamedChildOfKind("export_clause")) {
            for (Node spec : namedChildren(clause)) {
                if (!spec.is("export_specifier")) continue;
                const Node name = spec.field("name");
                const Node alias = spec.field("alias");
                auto nameOf = [&](Node n) { return n.is("string") ? facts::stringValue(n, text_) : std::string(n.text(text_)); };
                facts_.exports.push_back({nameOf(alias ? alias : name), nameOf(name)});
            }
            return;
        }
        if (!isDefault) return;
        const Node value = statement.field("value");
        if (!value) return;
        const Node whole = unwrap(value);
        if (whole.is("identifier")) {
            facts_.exports.push_back({"default", std::string(whole.text(text_))});
            return;
        }
        if (Node name = whole.field("name"); name && isFunctionLike(whole)) {
            addFunctionBinding(std::string(name.text(text_)), whole, statement.start());
            facts_.exports.push_back({"default", std::string(name.text(text_))});
            return;
        }
        addValueBinding(std::string(kDefaultExpressionBinding), value, statement.start());
        facts_.exports.push_back({"default", std::string(kDefaultExpressionBinding)});
    }

    void readDeclaration(Node declaration, std::uint32_t statement, std::vector<std::string>* names) {
        const std::string_view k = declaration.kind();
        auto named = [&](const std::string& name) {
            if (names) names->push_back(name);
        };
        if (k == "function_declaration" || k == "generator_function_declaration") {
            if (Node name = declaration.field("name")) {
                addFunctionBinding(std::string(name.text(text_)), declaration, statement);
                named(std::string(name.text(text_)));
            }
        } else if (k == "lexical_declaration" || k == "variable_declaration") {
            for (Node declarator : namedChildren(declaration)) {
                if (!declarator.is("variable_declarator")) continue;
                const Node name = declarator.field("name");
                const Node value = declarator.field("value");
                if (name.is("identifier")) {
                    named(std::string(name.text(text_)));
                    if (!value) continue;
                    if (isFunctionLike(unwrap(value))) {
                        addFunctionBinding(std::string(name.text(text_)), unwrap(value), statement);
                    } else {
                        addValueBinding(std::string(name.text(text_)), value, statement);
                    }
                } else if (value) {
                    addDestructuredBindings(name, value, statement, names);
                }
            }
        } else if (k == "type_alias_declaration" || k == "interface_declaration") {
            if (Node name = declaration.field("name")) {
                AuditBinding b;
                b.name = std::string(name.text(text_));
                b.kind = AuditBinding::Kind::Type;
                b.type = types_.shapeOf(name);  // the classifier knows the module's types by name
                b.statement = statement;
                facts_.bindings.push_back(std::move(b));
                named(std::string(name.text(text_)));
            }
        }
    }

    void addFunctionBinding(std::string name, Node function, std::uint32_t statement) {
        AuditBinding b;
        b.name = std::move(name);
        b.kind = AuditBinding::Kind::Function;
        b.function = static_cast<std::int32_t>(function.start());  // fixed up to an index later
        b.statement = statement;
        facts_.bindings.push_back(std::move(b));
    }

    void addValueBinding(std::string name, Node value, std::uint32_t statement) {
        AuditBinding b;
        b.name = std::move(name);
        b.kind = AuditBinding::Kind::Value;
        b.value = pathOf(value);
        b.statement = statement;
        readChain(value, b);
        facts_.bindings.push_back(std::move(b));
    }

    // `export const { auth, handlers: { GET } } = NextAuth(config)`: each name is the
    // value's member it is destructured from.
    void addDestructuredBindings(Node pattern, Node value, std::uint32_t statement, std::vector<std::string>* names) {
        AuditBinding base;
        base.kind = AuditBinding::Kind::Value;
        base.value = pathOf(value);
        base.statement = statement;
        readChain(value, base);
        base.function = -1;
        facts::forEachBoundName(pattern, [&](Node name) {
            AuditBinding b = base;
            b.name = std::string(name.text(text_));
            std::vector<std::string> keys;
            Node n = name;
            for (int guard = 0; guard < 32 && !(n == pattern); ++guard) {
                const Node parent = n.parent();
                if (parent.is("object_pattern") && n.is("shorthand_property_identifier_pattern")) {
                    keys.emplace_back(n.text(text_));
                } else if (parent.is("pair_pattern")) {
                    const Node key = parent.field("key");
                    keys.push_back(key.is("string") ? facts::stringValue(key, text_) : std::string(key.text(text_)));
                } else if (parent.is("array_pattern")) {
                    b.value = {};  // an element of an array: not a path
                }
                n = parent;
            }
            if (!b.value.empty()) b.value.members.insert(b.value.members.end(), keys.rbegin(), keys.rend());
            if (names) names->push_back(b.name);
            facts_.bindings.push_back(std::move(b));
        });
    }

    // The calls of a declaration's chain: the functions and values passed to them, the
    // methods called, and the function the outermost call wraps.
    void readChain(Node value, AuditBinding& b) {
        Node n = unwrap(value);
        bool outermost = true;
        for (int guard = 0; guard < 4096 && n; ++guard) {
            n = unwrap(n);
            if (n.is("binary_expression")) {
                n = n.field("right");
                continue;
            }
            if (n.is("member_expression")) {
                n = n.field("object");
                continue;
            }
            if (!isCall(n)) break;
            const Node callee = unwrap(calleeOf(n));
            if (callee.is("member_expression")) b.chainMembers.emplace_back(callee.field("property").text(text_));
            if (Node args = n.field("arguments")) {
                for (Node arg : namedChildren(args)) {
                    const Node a = unwrap(arg);
                    if (isFunctionLike(a)) {
                        b.chainFunctions.push_back(static_cast<std::int32_t>(a.start()));
                        if (outermost) b.function = static_cast<std::int32_t>(a.start());
                    } else if (const Node inner = wrappedFunction(a); outermost && inner) {
                        // `.action(withLogging('x', async (…) => …))`: the function is the body.
                        b.function = static_cast<std::int32_t>(inner.start());
                    } else if (a.is("identifier") || a.is("member_expression")) {
                        ValuePath path = pathOf(a);
                        if (!path.empty()) b.chainArguments.push_back(std::move(path));
                    }
                }
            }
            outermost = false;
            n = calleeOf(n);
        }
        std::reverse(b.chainMembers.begin(), b.chainMembers.end());
    }

    // The function a call wraps, a few calls deep: `withLogging('x', async () => …)`.
    static Node wrappedFunction(Node value) {
        for (int depth = 0; depth < 4 && isCall(value); ++depth) {
            const Node args = value.field("arguments");
            if (!args) return Node();
            Node last;
            for (Node arg : namedChildren(args)) {
                if (!arg.is("comment")) last = unwrap(arg);
            }
            if (!last) return Node();
            if (isFunctionLike(last)) return last;
            value = last;
        }
        return Node();
    }

    // Functions were named by their start offset until every function was seen.
    void fixFunctionIndices() {
        auto index = [&](std::int32_t start) {
            if (start < 0) return -1;
            const auto it = functionAt_.find(static_cast<std::uint32_t>(start));
            return it == functionAt_.end() ? -1 : it->second;
        };
        for (AuditBinding& b : facts_.bindings) {
            b.function = index(b.function);
            for (std::int32_t& f : b.chainFunctions) f = index(f);
            std::erase(b.chainFunctions, -1);
            if (b.value.root == ValuePath::Root::Function) b.value.function = index(b.value.function);
            for (ValuePath& p : b.chainArguments) {
                if (p.root == ValuePath::Root::Function) p.function = index(p.function);
            }
        }
        for (AuditFunction& fn : facts_.functions) {
            for (AuditCall& c : fn.calls) {
                if (c.callee.root == ValuePath::Root::Function) c.callee.function = index(c.callee.function);
            }
            if (fn.returns.root == ValuePath::Root::Function) fn.returns.function = index(fn.returns.function);
        }
    }

    Node program_;
    std::string_view text_;
    ScopeAnalysis scopes_;
    TypeClassifier types_;
    std::unordered_map<std::uint32_t, std::int32_t> referenceAt_;    // identifier start → declaration
    std::unordered_map<std::uint32_t, std::int32_t> declarationAt_;  // declared identifier start → declaration
    std::unordered_map<std::uint32_t, std::int32_t> functionAt_;     // function start → index
    std::unordered_map<std::int32_t, std::vector<Source>> carriers_;
    std::unordered_set<std::int32_t> errorCarriers_;  // carriers named like an error
    std::unordered_map<std::int32_t, std::pair<std::int32_t, std::int32_t>> parameterOf_;  // declaration → (function, parameter)
    std::unordered_map<std::int32_t, std::pair<std::int32_t, std::int32_t>> directCall_;   // declaration → (function, call)
    std::uint32_t pendingReturn_ = kNowhere;  // a returned call, until the walk reaches it
    std::int32_t pendingReturnFunction_ = -1;
    std::vector<Frame> frames_;
    ModuleAuditFacts facts_;
};

}  // namespace

ModuleAuditFacts extractAuditFacts(Node program, const SourceFile& source) {
    return AuditFactsReader(program, source).run();
}

ModuleAuditFacts parseAuditFacts(const SourceFile& source) {
    const SyntaxTree tree = parse(source);
    return extractAuditFacts(tree.root(), source);
}

}  // namespace actionc
