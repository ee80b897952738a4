#include "emit.h"

#include "edits.h"

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

std::string stubCall(const LiveExport& e) {
    return "/*#__PURE__*/ createServerReference(" + jsString(e.id) + ", callServer, undefined, findSourceMapURL, " +
           jsString(e.exportName) + ")";
}

std::string clientStubs(const std::vector<LiveExport>& exports, const EmitOptions& options) {
    if (exports.empty()) return "export {};\n";
    std::string out = "import { createServerReference, callServer, findSourceMapURL } from " +
                      jsString(options.clientRuntime) + ";\n";
    std::size_t aliasCount = 0;
    for (const LiveExport& e : exports) {
        if (e.exportName == "default") {
            out += "export default " + stubCall(e) + ";\n";
        } else if (isPlainIdentifier(e.exportName)) {
            out += "export const " + e.exportName + " = " + stubCall(e) + ";\n";
        } else {
            const std::string local = "$$actionc_stub_" + std::to_string(aliasCount++);
            out += "const " + local + " = " + stubCall(e) + ";\n";
            out += "export { " + local + " as " + jsString(e.exportName) + " };\n";
        }
    }
    return out;
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

std::string registeredLocal(const ExportedAction& action) {
    return action.anonymous == AnonymousDefault::None ? action.localName : std::string(kAnonymousDefaultName);
}

}  // namespace

std::string jsString(std::string_view value) {
    std::string out = "\"";
    for (const char c : value) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static constexpr char kHex[] = "0123456789abcdef";
                out += "\\x";
                out += kHex[(c >> 4) & 0xF];
                out += kHex[c & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

std::string emitClientModule(const SourceFile& source, const std::vector<LiveExport>& exports,
                             const EmitOptions& options) {
    EditList edits(source.modulePath);
    edits.replace(0, static_cast<std::uint32_t>(source.text.size()), clientStubs(exports, options));
    return edits.apply(source.text);
}

std::string emitServerModule(const SourceFile& source, const std::vector<LiveExport>& exports,
                             const EmitOptions& options) {
    EditList edits(source.modulePath);
    std::string trailer;
    std::set<std::string> registered;
    for (const LiveExport& e : exports) {
        if (!e.local) continue;
        nameAnonymousDefault(*e.local, edits);
        // React's registerServerReference defines non-configurable properties, so a
        // function exported under two names is registered once, under its first.
        const std::string local = registeredLocal(*e.local);
        if (!registered.insert(local).second) continue;
        trailer += "registerServerReference(" + local + ", " + jsString(e.id) + ", " + jsString(e.exportName) + ");\n";
    }
    if (trailer.empty()) return source.text;
    std::string block;
    if (!source.text.empty() && source.text.back() != '\n') block += '\n';
    block += "\nimport { registerServerReference } from " + jsString(options.serverRuntime) + ";\n" + trailer;
    edits.insert(static_cast<std::uint32_t>(source.text.size()), block);
    return edits.apply(source.text);
}

}  // namespace actionc
