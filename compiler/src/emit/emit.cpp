#include "emit/emit.h"

#include "emit/edits.h"

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

std::string stubCall(std::string_view id, std::string_view exportName) {
    return "/*#__PURE__*/ createServerReference(" + jsString(id) + ", callServer, undefined, findSourceMapURL, " +
           jsString(exportName) + ")";
}

std::string stubCall(const LiveExport& e) { return stubCall(e.id, e.exportName); }


const char* const kClientImportLine = "import { createServerReference, callServer, findSourceMapURL } from ";

void emitClientStubs(const std::vector<LiveExport>& exports, const EmitOptions& options, MappedOutput& out) {
    if (exports.empty()) {
        out.generate("export {};\n", 0);
        return;
    }
    out.generate(kClientImportLine + jsString(options.clientRuntime) + ";\n", 0);
    std::size_t aliasCount = 0;
    for (const LiveExport& e : exports) {
        const std::uint32_t anchor = e.local ? e.local->offset : 0;
        if (e.exportName == "default") {
            out.generate("export default " + stubCall(e) + ";\n", anchor);
        } else if (isPlainIdentifier(e.exportName)) {
            out.generate("export const " + e.exportName + " = " + stubCall(e) + ";\n", anchor);
        } else {
            const std::string local = "$$actionc_stub_" + std::to_string(aliasCount++);
            out.generate("const " + local + " = " + stubCall(e) + ";\n" + "export { " + local + " as " +
                             jsString(e.exportName) + " };\n",
                         anchor);
        }
    }
}

// `export default async () => …` has no binding to register; give it one.
void nameAnonymousDefault(const ExportedAction& action, EditList& edits) {
    const std::string name(kAnonymousDefaultName);
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

// What replaces an inline action where it was written, given the expression that now
// stands for it (a bound reference on the server, a stub on the client).
void replaceUseSite(const InlineAction& a, const std::string& reference, const std::string& lazyReference,
                    std::uint32_t base, EditList& edits) {
    switch (a.form) {
    case InlineForm::Expression:
        edits.replace(a.start - base, a.end - a.start, reference);
        return;
    case InlineForm::ObjectMethod:
        edits.replace(a.start - base, a.end - a.start, a.methodKey + ": " + reference);
        return;
    case InlineForm::StaticMethod: {
        // A static field may not be called "constructor"; a computed key may.
        const std::string key = a.methodKey == "constructor" ? "[\"constructor\"]" : a.methodKey;
        edits.replace(a.start - base, a.end - a.start, "static " + key + " = " + reference + ";");
        return;
    }
    case InlineForm::Declaration:
        // Bound at the top of its block, as the declaration was: it may be used before
        // the line it was written on. The captures are read lazily, when first used,
        // because at the top of the block they may not be initialised yet.
        edits.replace(a.start - base, a.end - a.start, "");
        edits.insert(a.hoistInsertOffset - base,
                     std::string(a.blockScoped ? " let " : " var ") + a.declaredName + " = " + lazyReference + ";");
        return;
    case InlineForm::TopLevelDeclaration:
        return;  // stays where it is (the client replaces it separately)
    }
}

// The server layer's hoisting of inline actions.
class InlineHoister {
public:
    InlineHoister(const ModuleToEmit& module) : m_(module), text_(module.source.text) {
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
            out.generate("registerServerReference(" + local + ", " + jsString(m_.inlineIds[i]) + ", " +
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

    std::string reference(std::size_t i, bool lazy) const {
        const InlineAction& a = m_.facts.inlineActions[i];
        if (a.captures.empty()) return a.exportName;
        const std::string captures = joinNames(a.captures);
        return a.exportName + ".bind(null, encryptActionBoundArgs(" + jsString(m_.inlineIds[i]) + ", " +
               (lazy ? "() => [" : "[") + captures + "]))";
    }

    void addUseSite(std::size_t i, std::uint32_t base, EditList& edits) const {
        const bool lazy = m_.facts.inlineActions[i].lazyCaptures;
        replaceUseSite(m_.facts.inlineActions[i], reference(i, lazy), reference(i, true), base, edits);
        // What a top-level declaration contains is rewritten in place too.
        if (m_.facts.inlineActions[i].form == InlineForm::TopLevelDeclaration) {
            for (std::size_t child : childrenOf_[i]) addUseSite(child, base, edits);
        }
    }

    void appendHoistedFunction(std::size_t i, MappedOutput& out) const {
        const InlineAction& a = m_.facts.inlineActions[i];
        const bool bound = !a.captures.empty();
        std::string params(text_.substr(a.paramsStart, a.paramsEnd - a.paramsStart));
        std::string prelude;
        if (bound) {
            prelude += " const [" + joinNames(a.captures) + "] = await decryptActionBoundArgs(" + jsString(m_.inlineIds[i]) +
                       ", $$bound);";
        }
        if (!a.parameterPattern.empty()) {
            prelude += " let " + a.parameterPattern + " = $$args;";
            params = "...$$args";
        }
        if (!a.selfName.empty()) {
            prelude += " const " + a.selfName + " = " + (bound ? a.exportName + ".bind(null, $$bound)" : a.exportName) + ";";
        }
        if (bound) params = params.empty() ? "$$bound" : "$$bound, " + params;

        EditList body(m_.source.modulePath);
        if (!prelude.empty()) body.insert(a.prologueEnd - a.bodyStart, prelude);
        for (std::size_t child : childrenOf_[i]) addUseSite(child, a.bodyStart, body);
        out.generate("export async function" + std::string(a.isGenerator ? "* " : " ") + a.exportName + a.typeParameters +
                         "(" + params + ")" + a.returnType + " {",
                     a.start);
        out.copyWithEdits(a.bodyStart, a.bodyEnd, body);
        out.generate("}\n", a.bodyEnd);
    }

    const ModuleToEmit& m_;
    std::string_view text_;
    std::vector<std::size_t> topLevel_;
    std::vector<std::vector<std::size_t>> childrenOf_;
};

std::string registeredLocal(const ExportedAction& action) {
    return action.anonymous == AnonymousDefault::None ? action.localName : std::string(kAnonymousDefaultName);
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
    EditList edits(m.source.modulePath);
    // Only the outermost inline actions are replaced: the ones inside them go with them.
    const auto& actions = m.facts.inlineActions;
    for (std::size_t i = 0; i < actions.size(); ++i) {
        const InlineAction& a = actions[i];
        if (a.parent >= 0) continue;
        const std::string stub = stubCall(m.inlineIds[i], a.exportName);
        if (a.form == InlineForm::TopLevelDeclaration) {
            // Bound at the top of the module, as the declaration was hoisted there.
            std::string binding = "var " + a.declaredName + " = " + stub + ";";
            if (a.exported == InlineAction::Export::Named) binding = "export " + binding;
            if (a.exported == InlineAction::Export::Default) binding += " export default " + a.declaredName + ";";
            edits.replace(a.statementStart, a.statementEnd - a.statementStart, "");
            edits.insert(a.moduleTop, (a.moduleTop > 0 ? " " : "") + binding + (a.moduleTop > 0 ? "" : "\n"));
        } else {
            replaceUseSite(a, stub, stub, 0, edits);
        }
    }
    const auto size = static_cast<std::uint32_t>(m.source.text.size());
    out.copyWithEdits(0, size, edits);
    if (!actions.empty()) {
        if (!m.source.text.empty() && m.source.text.back() != '\n') out.generate("\n", size);
        out.generate("\n" + std::string(kClientImportLine) + jsString(options.clientRuntime) + ";\n", 0);
    }
    return out;
}

MappedOutput emitServerModule(const ModuleToEmit& m, const EmitOptions& options) {
    EditList edits(m.source.modulePath);
    std::vector<std::pair<std::string, std::uint32_t>> registrations;  // line, anchor
    std::set<std::string> registered;
    for (const LiveExport& e : m.exports) {
        if (!e.local) continue;
        nameAnonymousDefault(*e.local, edits);
        // React's registerServerReference defines non-configurable properties, so a
        // function exported under two names is registered once, under its first.
        const std::string local = registeredLocal(*e.local);
        if (!registered.insert(local).second) continue;
        registrations.push_back({"registerServerReference(" + local + ", " + jsString(e.id) + ", " +
                                     jsString(e.exportName) + ");\n",
                                 e.local->offset});
    }
    const InlineHoister hoister(m);
    hoister.addUseSites(edits);

    MappedOutput out(m.source.text);
    const auto size = static_cast<std::uint32_t>(m.source.text.size());
    out.copyWithEdits(0, size, edits);
    if (registrations.empty() && hoister.empty()) return out;

    if (!m.source.text.empty() && m.source.text.back() != '\n') out.generate("\n", size);
    out.generate("\n", size);
    hoister.appendHoisted(out);
    std::string imports = "registerServerReference";
    if (hoister.usesCaptures()) imports += ", encryptActionBoundArgs, decryptActionBoundArgs";
    out.generate("import { " + imports + " } from " + jsString(options.serverRuntime) + ";\n", 0);
    for (const auto& [line, anchor] : registrations) out.generate(line, anchor);
    hoister.appendRegistrations(out);
    return out;
}

}  // namespace actionc
