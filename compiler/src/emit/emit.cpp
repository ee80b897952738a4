#include "emit/emit.h"

#include "emit/edits.h"
#include "support/text_search.h"

#include <array>
#include <set>

namespace actionc {

namespace {

constexpr std::array<std::string_view, 46> kReservedWords = {
    "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete",
    "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if",
    "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this", "throw",
    "true", "try", "typeof", "var", "void", "while", "with", "yield", "let", "static",
    "implements", "interface", "package", "private", "protected", "public"};

// Whether `name` can follow `export const` as written; other names (string export
// names such as "b-c", reserved words, non-ASCII) are exported through an alias.
bool isPlainIdentifier(std::string_view name) {
    if (name.empty()) return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
        const bool digit = c >= '0' && c <= '9';
        if (!letter && !(digit && i > 0)) return false;
    }
    for (std::string_view reserved : kReservedWords) {
        if (name == reserved) return false;
    }
    return true;
}

// Names actionc writes into a module, chosen so that none is a name the module already
// uses (any occurrence in its text counts: a cheap test that can only err on the safe side).
struct GeneratedNames {
    explicit GeneratedNames(std::string_view text)
        : bound(fresh(text, "$$bound")),
          args(fresh(text, "$$args")),
          anonymousDefault(fresh(text, kAnonymousDefaultName)),
          registerReference(fresh(text, "registerServerReference")),
          encrypt(fresh(text, "encryptActionBoundArgs")),
          decrypt(fresh(text, "decryptActionBoundArgs")),
          createReference(fresh(text, "createServerReference")),
          callServer(fresh(text, "callServer")),
          findSourceMapURL(fresh(text, "findSourceMapURL")) {}

    // The canonical names, for output that holds no text of the module's own.
    GeneratedNames() : GeneratedNames(std::string_view()) {}

    static std::string fresh(std::string_view text, std::string_view base) {
        std::string name(base);
        for (int n = 2; containsText(text, name); ++n) name = std::string(base) + "_" + std::to_string(n);
        return name;
    }

    std::string bound, args, anonymousDefault;
    std::string registerReference, encrypt, decrypt;                // from the server runtime
    std::string createReference, callServer, findSourceMapURL;     // from the client runtime
};

// `import { a, b as b_2 } from "module";` for the runtime functions a layer uses.
std::string runtimeImport(const std::vector<std::pair<std::string_view, const std::string*>>& names,
                          const std::string& module) {
    std::string out = "import { ";
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += ", ";
        out += names[i].first;
        if (names[i].first != *names[i].second) out += " as " + *names[i].second;
    }
    return out + " } from " + jsString(module) + ";\n";
}

std::string clientImport(const GeneratedNames& n, const EmitOptions& options) {
    return runtimeImport({{"createServerReference", &n.createReference},
                          {"callServer", &n.callServer},
                          {"findSourceMapURL", &n.findSourceMapURL}},
                         options.clientRuntime);
}

std::string stubCall(const GeneratedNames& n, std::string_view id, std::string_view exportName) {
    return "/*#__PURE__*/ " + n.createReference + "(" + jsString(id) + ", " + n.callServer + ", undefined, " +
           n.findSourceMapURL + ", " + jsString(exportName) + ")";
}

void emitClientStubs(const std::vector<LiveExport>& exports, const EmitOptions& options, MappedOutput& out) {
    if (exports.empty()) {
        out.generate("export {};\n", 0);
        return;
    }
    const GeneratedNames names;
    out.generate(clientImport(names, options), 0);
    std::size_t aliasCount = 0;
    for (const LiveExport& e : exports) {
        const std::uint32_t anchor = e.local ? e.local->offset : 0;
        const std::string stub = stubCall(names, e.id, e.exportName);
        if (e.exportName == "default") {
            out.generate("export default " + stub + ";\n", anchor);
        } else if (isPlainIdentifier(e.exportName)) {
            out.generate("export const " + e.exportName + " = " + stub + ";\n", anchor);
        } else {
            const std::string local = "$$actionc_stub_" + std::to_string(aliasCount++);
            out.generate("const " + local + " = " + stub + ";\n" + "export { " + local + " as " +
                             jsString(e.exportName) + " };\n",
                         anchor);
        }
    }
}

// `export default async () => …` has no binding to register; give it one.
void nameAnonymousDefault(const ExportedAction& action, const std::string& name, EditList& edits) {
    switch (action.anonymous) {
    case AnonymousDefault::None:
        return;
    case AnonymousDefault::FunctionExpression:
        edits.insert(action.nameInsertOffset, name);
        return;
    case AnonymousDefault::Expression:
        edits.replace(action.statementStart, action.valueStart - action.statementStart, "const " + name + " = ");
        edits.insert(action.statementEnd,
                     std::string(action.statementHasSemicolon ? " " : "; ") + "export default " + name + ";");
        return;
    }
}

std::string joinNames(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) {
        if (!out.empty()) out += ", ";
        out += n;
    }
    return out;
}

// The property key a static block defines for a method written with `key`.
std::string propertyKeyExpression(std::string_view key) {
    if (key.starts_with('[') && key.ends_with(']')) return std::string(key.substr(1, key.size() - 2));
    if (key.starts_with('"') || key.starts_with('\'') || (!key.empty() && std::isdigit(static_cast<unsigned char>(key[0])))) {
        return std::string(key);
    }
    return jsString(key);
}

// What replaces an inline action where it was written, given the expression that now
// stands for it (a bound reference on the server, a stub on the client).
void replaceUseSite(const InlineAction& a, const std::string& reference, std::uint32_t base, EditList& edits) {
    switch (a.form) {
    case InlineForm::Expression:
        edits.replace(a.start - base, a.end - a.start, reference);
        return;
    case InlineForm::ObjectMethod:
        edits.replace(a.start - base, a.end - a.start, a.methodKey + ": " + reference);
        return;
    case InlineForm::StaticMethod: {
        // A method, as before: defined once the class exists, not enumerable, writable.
        // In TypeScript a `declare` member keeps its type where it was.
        const bool computed = a.methodKey.starts_with('[') || a.methodKey == "constructor";
        edits.replace(a.start - base, a.end - a.start,
                      a.memberType.empty() || computed ? "" : "declare static " + a.methodKey + ": " + a.memberType + ";");
        edits.insert(a.hoist.offset - base, " static { Object.defineProperty(this, " + propertyKeyExpression(a.methodKey) +
                                                ", { value: " + reference + ", writable: true, configurable: true }); }");
        return;
    }
    case InlineForm::Declaration:
        // Bound at the top of its block, as the declaration was: it may be used before
        // the line it was written on (its captures are read when it is first used).
        edits.replace(a.start - base, a.end - a.start, "");
        if (a.wrapEnd > a.wrapStart) {
            edits.insert(a.wrapStart - base, "{ let " + a.declaredName + " = " + reference + "; ");
            edits.insert(a.wrapEnd - base, " }");
        } else {
            edits.insert(a.hoist.offset - base, std::string(separatorText(a.hoist)) +
                                                    (a.blockScoped ? " let " : " var ") + a.declaredName + " = " +
                                                    reference + ";");
        }
        return;
    case InlineForm::TopLevelDeclaration:
        return;  // stays where it is (the client replaces it separately)
    }
}

// The server layer's hoisting of inline actions.
class InlineHoister {
public:
    InlineHoister(const ModuleToEmit& module, const GeneratedNames& names)
        : m_(module), names_(names), text_(module.source.text), typescript_(isTypeScriptPath(module.source.modulePath)) {
        const auto& actions = m_.facts.inlineActions;
        childrenOf_.resize(actions.size());
        for (std::size_t i = 0; i < actions.size(); ++i) {
            const std::int32_t parent = placementParent(static_cast<std::int32_t>(i));
            (parent < 0 ? topLevel_ : childrenOf_[static_cast<std::size_t>(parent)]).push_back(i);
        }
    }

    bool usesCaptures() const {
        for (const InlineAction& a : m_.facts.inlineActions) {
            if (!a.captures.empty()) return true;
        }
        return false;
    }

    void addUseSites(EditList& edits) const {
        for (std::size_t i : topLevel_) addUseSite(i, 0, edits);
    }

    // The hoisted functions and exports to append to the module.
    void appendHoisted(MappedOutput& out) const {
        for (std::size_t i = 0; i < m_.facts.inlineActions.size(); ++i) {
            const InlineAction& a = m_.facts.inlineActions[i];
            if (a.form == InlineForm::TopLevelDeclaration) {
                out.generate("export { " + a.declaredName + " as " + a.exportName + " };\n", a.start);
            } else {
                appendHoistedFunction(i, out);
            }
        }
    }

    void appendRegistrations(MappedOutput& out) const {
        for (std::size_t i = 0; i < m_.facts.inlineActions.size(); ++i) {
            const InlineAction& a = m_.facts.inlineActions[i];
            const std::string local = a.form == InlineForm::TopLevelDeclaration ? a.declaredName : a.exportName;
            out.generate(names_.registerReference + "(" + local + ", " + jsString(m_.inlineIds[i]) + ", " +
                             jsString(a.exportName) + ");\n",
                         a.start);
        }
    }

    bool empty() const { return m_.facts.inlineActions.empty(); }

private:
    // A top-level declaration stays in place, so what it contains is placed as if it
    // were at the top level itself.
    std::int32_t placementParent(std::int32_t i) const {
        std::int32_t parent = m_.facts.inlineActions[static_cast<std::size_t>(i)].parent;
        while (parent >= 0 && m_.facts.inlineActions[static_cast<std::size_t>(parent)].form == InlineForm::TopLevelDeclaration) {
            parent = m_.facts.inlineActions[static_cast<std::size_t>(parent)].parent;
        }
        return parent;
    }

    // Captures are read once, when the reference is first used (called, or sent to the
    // client), whatever else is captured: one rule for every action (docs/runtime.md).
    std::string reference(std::size_t i) const {
        const InlineAction& a = m_.facts.inlineActions[i];
        if (a.captures.empty()) return a.exportName;
        return a.exportName + ".bind(null, " + names_.encrypt + "(" + jsString(m_.inlineIds[i]) + ", () => [" +
               joinNames(a.captures) + "]))";
    }

    void addUseSite(std::size_t i, std::uint32_t base, EditList& edits) const {
        replaceUseSite(m_.facts.inlineActions[i], reference(i), base, edits);
        // What a top-level declaration contains is rewritten in place too.
        if (m_.facts.inlineActions[i].form == InlineForm::TopLevelDeclaration) {
            for (std::size_t child : childrenOf_[i]) addUseSite(child, base, edits);
        }
    }

    void appendHoistedFunction(std::size_t i, MappedOutput& out) const {
        const InlineAction& a = m_.facts.inlineActions[i];
        const bool bound = !a.captures.empty();
        std::string params = a.parameters;
        std::string prelude;
        if (bound) {
            // TypeScript: the captures keep the types their declarations spell out.
            const std::string types = a.captureTypes.empty() ? "" : " as [" + joinNames(a.captureTypes) + "]";
            prelude += " const [" + joinNames(a.captureLocals) + "] = await " + names_.decrypt + "(" +
                       jsString(m_.inlineIds[i]) + ", " + names_.bound + ")" + types + ";";
        }
        if (!a.parameterPattern.empty()) {
            prelude += " var " + a.parameterPattern + " = " + names_.args + ";";
            params = "..." + names_.args + (a.argsType.empty() ? "" : ": " + a.argsType);
        }
        for (const std::string& self : a.selfNames) {
            prelude += " const " + self + " = " + (bound ? a.exportName + ".bind(null, " + names_.bound + ")" : a.exportName) + ";";
        }
        if (bound) {
            const std::string boundParameter = names_.bound + (typescript_ ? ": unknown" : "");
            params = params.empty() ? boundParameter : boundParameter + ", " + params;
        }

        EditList body(m_.source.modulePath);
        if (!prelude.empty()) body.insert(a.bodyTop.offset - a.bodyStart, std::string(separatorText(a.bodyTop)) + prelude);
        for (std::size_t child : childrenOf_[i]) addUseSite(child, a.bodyStart, body);
        for (const TextRange& query : a.typesOutOfScope) body.replace(query.start - a.bodyStart, query.end - query.start, "any");
        out.generate("export async function" + std::string(a.isGenerator ? "* " : " ") + a.exportName + a.typeParameters +
                         "(" + params + ")" + a.returnType + " {",
                     a.start);
        out.copyWithEdits(a.bodyStart, a.bodyEnd, body);
        out.generate("}\n", a.bodyEnd);
    }

    const ModuleToEmit& m_;
    const GeneratedNames& names_;
    std::string_view text_;
    const bool typescript_;
    std::vector<std::size_t> topLevel_;
    std::vector<std::vector<std::size_t>> childrenOf_;
};

std::string registeredLocal(const ExportedAction& action, const GeneratedNames& names) {
    return action.anonymous == AnonymousDefault::None ? action.localName : names.anonymousDefault;
}

}  // namespace


bool needsEmit(const ModuleFacts& facts) {
    return facts.kind == ModuleKind::UseServer || !facts.inlineActions.empty();
}

MappedOutput emitClientModule(const ModuleToEmit& m, const EmitOptions& options) {
    MappedOutput out(m.source.text);
    if (m.facts.kind == ModuleKind::UseServer) {
        emitClientStubs(m.exports, options, out);
        return out;
    }
    const GeneratedNames names(m.source.text);
    EditList edits(m.source.modulePath);
    // Only the outermost inline actions are replaced: the ones inside them go with them.
    const auto& actions = m.facts.inlineActions;
    for (std::size_t i = 0; i < actions.size(); ++i) {
        const InlineAction& a = actions[i];
        if (a.parent >= 0) continue;
        const std::string stub = stubCall(names, m.inlineIds[i], a.exportName);
        if (a.form == InlineForm::TopLevelDeclaration) {
            // Bound at the top of the module, as the declaration was hoisted there.
            std::string binding = "var " + a.declaredName + " = " + stub + ";";
            if (a.exported == InlineAction::Export::Named) binding = "export " + binding;
            if (a.exported == InlineAction::Export::Default) binding += " export default " + a.declaredName + ";";
            edits.replace(a.statementStart, a.statementEnd - a.statementStart, "");
            const bool atStart = a.moduleTop.offset == 0 && a.moduleTop.separator == InsertionPoint::Separator::None;
            edits.insert(a.moduleTop.offset,
                         atStart ? binding + "\n" : std::string(separatorText(a.moduleTop)) + " " + binding);
        } else {
            replaceUseSite(a, stub, 0, edits);
        }
    }
    // What only the replaced bodies imported stays on the server.
    for (const TextRange& dead : m.facts.clientDeadImports) edits.replace(dead.start, dead.end - dead.start, "");
    const auto size = static_cast<std::uint32_t>(m.source.text.size());
    out.copyWithEdits(0, size, edits);
    if (!actions.empty()) {
        if (!m.source.text.empty() && m.source.text.back() != '\n') out.generate("\n", size);
        out.generate("\n" + clientImport(names, options), 0);
    }
    return out;
}

MappedOutput emitServerModule(const ModuleToEmit& m, const EmitOptions& options) {
    const GeneratedNames names(m.source.text);
    EditList edits(m.source.modulePath);
    std::vector<std::pair<std::string, std::uint32_t>> registrations;  // line, anchor
    std::set<std::string> registered;
    for (const LiveExport& e : m.exports) {
        if (!e.local) continue;
        nameAnonymousDefault(*e.local, names.anonymousDefault, edits);
        // React's registerServerReference defines non-configurable properties, so a
        // function exported under two names is registered once, under its first.
        const std::string local = registeredLocal(*e.local, names);
        if (!registered.insert(local).second) continue;
        registrations.push_back({names.registerReference + "(" + local + ", " + jsString(e.id) + ", " +
                                     jsString(e.exportName) + ");\n",
                                 e.local->offset});
    }
    const InlineHoister hoister(m, names);
    hoister.addUseSites(edits);

    MappedOutput out(m.source.text);
    const auto size = static_cast<std::uint32_t>(m.source.text.size());
    out.copyWithEdits(0, size, edits);
    if (registrations.empty() && hoister.empty()) return out;

    if (!m.source.text.empty() && m.source.text.back() != '\n') out.generate("\n", size);
    out.generate("\n", size);
    hoister.appendHoisted(out);
    std::vector<std::pair<std::string_view, const std::string*>> imports = {
        {"registerServerReference", &names.registerReference}};
    if (hoister.usesCaptures()) {
        imports.push_back({"encryptActionBoundArgs", &names.encrypt});
        imports.push_back({"decryptActionBoundArgs", &names.decrypt});
    }
    out.generate(runtimeImport(imports, options.serverRuntime), 0);
    for (const auto& [line, anchor] : registrations) out.generate(line, anchor);
    hoister.appendRegistrations(out);
    return out;
}

}  // namespace actionc
