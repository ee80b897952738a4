// Stage 2: syntax tree → module facts. Everything later stages need to know about a
// module, in plain data: its directive, the actions it exports, what it imports. No
// later stage sees the syntax tree.
#pragma once

#include "syntax/diagnostics.h"
#include "syntax/parse.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace actionc {

enum class ModuleKind { Plain, UseServer, UseClient };

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
    Declaration,          // function declaration in a function: `var name = …` at the top of its block
    TopLevelDeclaration,  // function declaration at module level: stays, and is exported
    ObjectMethod,         // `{ async save() { 'use server' } }`: becomes `save: …`
    StaticMethod,         // `static async save() { 'use server' }`: becomes `static save = …;`
};

// A function-level 'use server' function (SPEC §2, §5): hoisted to a module-level export
// of the server layer; the variables it captures travel encrypted.
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

    // Pieces of the original text the hoisted function is built from.
    std::uint32_t paramsStart = 0;  // inside the parentheses, or a lone arrow parameter
    std::uint32_t paramsEnd = 0;
    std::string typeParameters;     // "<T>" or empty
    std::string returnType;         // ": Promise<void>" or empty
    std::uint32_t bodyStart = 0;    // inside the braces
    std::uint32_t bodyEnd = 0;
    std::uint32_t prologueEnd = 0;  // after the body's directives: captures are decrypted here
    std::string selfName;           // a name the body uses for the action itself (recursion)
    std::string parameterPattern;   // set when captures are used in parameters: "[a = limit, b]"
    std::string methodKey;          // Object/StaticMethod: the key as written
    std::string declaredName;       // Declaration forms
    std::uint32_t hoistInsertOffset = 0;  // Declaration: where `var|let name = …;` goes
    bool blockScoped = false;             // Declaration in a nested block: `let`, not `var`
    // Captures read lazily (`() => [a, b]`): always for declarations, and for expressions
    // whose captures are declared after them (still in their temporal dead zone).
    bool lazyCaptures = false;
    // TopLevelDeclaration: the statement holding it (`export …` included) and how it is
    // exported, so the client layer can bind its stub at the top of the module.
    std::uint32_t statementStart = 0;
    std::uint32_t statementEnd = 0;
    enum class Export { None, Named, Default } exported = Export::None;
    std::uint32_t moduleTop = 0;  // after the module's directive prologue
    std::int32_t parent = -1;             // index of the enclosing inline action
};

struct ModuleFacts {
    ModuleKind kind = ModuleKind::Plain;
    std::vector<ExportedAction> actions;  // in source order
    std::vector<InlineAction> inlineActions;  // in source order (outer before inner)
    std::vector<ReExport> reExports;
    std::vector<ModuleImport> imports;
    std::vector<Diagnostic> diagnostics;
};

ModuleFacts extractFacts(const SyntaxTree& tree);

}  // namespace actionc
