// Stage 2: syntax tree → module facts. Everything later stages need to know about a
// module, in plain data: its directive, the actions it exports, what it imports. No
// later stage sees the syntax tree.
#pragma once

#include "facts/audit_facts.h"
#include "syntax/diagnostics.h"
#include "syntax/parse.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actionc {

enum class ModuleKind { Plain, UseServer, UseClient };

// A text range [start, end).
struct TextRange {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
};

// Where generated code goes into the original text so that the result still parses: after
// a directive that has no semicolon of its own, one must be written first.
struct InsertionPoint {
    enum class Separator : std::uint8_t { None, Semicolon, Newline };
    std::uint32_t offset = 0;
    Separator separator = Separator::None;
};

// What is written before code inserted at `point`.
inline std::string_view separatorText(const InsertionPoint& point) {
    switch (point.separator) {
    case InsertionPoint::Separator::Semicolon: return ";";
    case InsertionPoint::Separator::Newline: return "\n";
    case InsertionPoint::Separator::None: break;
    }
    return "";
}

// How an anonymous `export default` must be named so the server layer can register it.
enum class AnonymousDefault {
    None,
    FunctionExpression,  // `export default async function () {}`: insert a name after `function`/`*`
    Expression,          // `export default async () => …` or a call: bind it to a const first
};

// A module-level action: an export of a 'use server' module.
struct ExportedAction {
    std::string exportName;  // public name; "default" for the default export
    std::string localName;   // the binding to register; empty for an anonymous default
    bool isCallValue = false;  // `export const a = client.action(async …)`: checked at run time
    bool isAsync = true;
    std::optional<std::uint32_t> paramCount;  // nullopt: unknown
    std::uint32_t offset = 0;                 // where the action is declared
    std::uint32_t functionStart = 0;          // its function node, when it is one written here
    Position position;

    AnonymousDefault anonymous = AnonymousDefault::None;
    std::uint32_t nameInsertOffset = 0;  // FunctionExpression: where the name goes
    std::uint32_t statementStart = 0;    // Expression: the `export default` statement…
    std::uint32_t valueStart = 0;        // …its value…
    std::uint32_t statementEnd = 0;      // …and its end
    bool statementHasSemicolon = false;
};

// A name this module exports from another: `export { a as b } from './m'`,
// `export * from './m'`, `export * as ns from './m'`, or (in a 'use server' module)
// `import { a } from './m'; export { a as b }`. The project graph follows these.
struct ReExport {
    std::string specifier;
    std::string importedName;  // "*": all of the target (`export *`, `export * as ns`)
    std::string exportName;    // "*" for `export * from`
    std::uint32_t offset = 0;
};

enum class ImportKind { Static, ReExport, Dynamic, Require };

// One edge of the module graph, with the names it uses from its target.
struct ModuleImport {
    std::string specifier;
    ImportKind kind = ImportKind::Static;
    // Names used from the target: export names, "default", or "*" for all of them
    // (namespace imports, `export *`, dynamic imports, require).
    std::vector<std::string> names;
    std::uint32_t offset = 0;
};

// How an inline action appears where it is written, which decides what replaces it.
enum class InlineForm {
    Expression,           // arrow or function expression: replaced by a bound reference
    Declaration,          // function declaration in a block: bound at the top of its block
    TopLevelDeclaration,  // function declaration at module level: stays, and is exported
    ObjectMethod,         // `{ async save() { 'use server' } }`: becomes `save: …`
    StaticMethod,         // `static async save() { 'use server' }`: defined, as a method would be,
                          // by a static block at the top of the class body
};

// A function-level 'use server' function (SPEC §2, §5): hoisted to a module-level export
// of the server layer; the variables it captures travel encrypted. Captures are read
// once, lazily, when the reference is first used (docs: "when captures are read").
struct InlineAction {
    std::string stableName;  // from the enclosing named scopes: "Page/deleteItem", "Page/action#2"
    std::string exportName;  // the hoisted export, its ID's name and manifest `export`: "$$ACTION_Page$deleteItem"
    InlineForm form = InlineForm::Expression;
    std::uint32_t start = 0;  // the text the use site replaces (function or method)
    std::uint32_t end = 0;
    Position position;
    bool isGenerator = false;
    std::uint32_t paramCount = 0;
    std::vector<std::string> captures;  // root names, in order of first use
    // What the hoisted function calls each capture, when not its own name: a capture a
    // parameter default reads, where the body declares the same name, is renamed there.
    std::vector<std::string> captureLocals;
    // TypeScript: each capture's type, where its declaration spells one out ("number[]",
    // "Props[\"items\"]"), else "any"; empty in JavaScript.
    std::vector<std::string> captureTypes;
    // TypeScript: types in the body the hoisted function cannot see (`typeof x` of a
    // variable, or a type, declared in an enclosing function); written as `any` there.
    std::vector<TextRange> typesOutOfScope;

    // The hoisted function, built from these and the original body text.
    std::string parameters;  // its parameter list after $$bound, as written (in TypeScript,
                             // with the types that make it stand on its own at module level)
    // Set when the parameters are taken from a rest parameter instead and destructured
    // in the body: "[a = limit, b]" (defaults that read captures must run after them).
    std::string parameterPattern;
    std::string argsType;          // that rest parameter's type in TypeScript: "any[]", "Parameters<Fn>"
    std::string typeParameters;    // "<T>" or empty
    std::string returnType;        // ": Promise<void>" or empty
    std::uint32_t bodyStart = 0;   // inside the braces
    std::uint32_t bodyEnd = 0;
    InsertionPoint bodyTop;        // after the body's directives: captures are decrypted here
    std::vector<std::string> selfNames;  // names the body uses for the action itself (recursion)

    std::string methodKey;     // ObjectMethod/StaticMethod: the key as written
    std::string memberType;    // StaticMethod in TypeScript: the method's type, for a `declare static` in its place
    std::string declaredName;  // Declaration forms
    // Declaration: where its binding goes (`var`, or `let` in a nested block);
    // StaticMethod: the top of the class body.
    InsertionPoint hoist;
    bool blockScoped = false;
    // Declaration in a switch case: the switch statement, wrapped in a block that binds it
    // (a case clause has no top to bind at).
    std::uint32_t wrapStart = 0;
    std::uint32_t wrapEnd = 0;
    // TopLevelDeclaration: the statement holding it (`export …` included) and how it is
    // exported, so the client layer can bind its stub at the top of the module.
    std::uint32_t statementStart = 0;
    std::uint32_t statementEnd = 0;
    enum class Export { None, Named, Default } exported = Export::None;
    InsertionPoint moduleTop;  // after the module's directive prologue
    std::int32_t parent = -1;  // index of the enclosing inline action
};

struct ModuleFacts {
    ModuleKind kind = ModuleKind::Plain;
    std::vector<ExportedAction> actions;  // in source order
    std::vector<InlineAction> inlineActions;  // in source order (outer before inner)
    std::vector<ReExport> reExports;
    std::vector<ModuleImport> imports;
    // Import statements only the bodies of inline actions use: the client layer, where
    // those bodies become stubs, leaves them out (never side-effect-only imports).
    std::vector<TextRange> clientDeadImports;
    std::vector<Diagnostic> diagnostics;
    // What the security audit reads (audit_facts.h): set for a module parsed with
    // AuditFacts::Extract; others get it only if the audit follows a call into them.
    std::optional<ModuleAuditFacts> audit;
};

// Whether extractFacts also reads what the audit needs. A build audits every time, so it
// reads them while it holds the tree; `actionc serve` answers transforms, which never
// need them, and lets the audit parse on demand when a manifest is asked for (they
// cost about as much as every other fact together).
enum class AuditFacts : bool { Skip, Extract };

ModuleFacts extractFacts(const SyntaxTree& tree, AuditFacts audit = AuditFacts::Extract);

}  // namespace actionc
