// Stage 2: syntax tree → module facts. Everything later stages need to know about a
// module, in plain data: its directive, the actions it exports, what it imports. No
// later stage sees the syntax tree.
#pragma once

#include "diagnostics.h"
#include "parse.h"

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

struct ModuleFacts {
    ModuleKind kind = ModuleKind::Plain;
    std::vector<ExportedAction> actions;  // in source order
    std::vector<ReExport> reExports;
    std::vector<ModuleImport> imports;
    std::vector<Diagnostic> diagnostics;
};

ModuleFacts extractFacts(const SyntaxTree& tree);

}  // namespace actionc
