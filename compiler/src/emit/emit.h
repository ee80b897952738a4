// Stage 4: module facts + liveness → the client and server layers of one module.
// Works from the source text and the facts alone; it never sees a syntax tree.
#pragma once

#include "emit/quote.h"
#include "emit/sourcemap.h"
#include "facts/facts.h"

#include <string>
#include <vector>

namespace actionc {

struct EmitOptions {
    std::string clientRuntime = "actionc/client";
    std::string serverRuntime = "actionc/server";
};

// One live public export of a 'use server' module, as the project graph decided.
struct LiveExport {
    std::string exportName;
    std::string id;
    // The module's own action, registered in its server layer; null when the export is
    // re-exported from another 'use server' module (which registers it itself).
    const ExportedAction* local = nullptr;
};

// Everything emit needs to know about one module.
struct ModuleToEmit {
    const SourceFile& source;
    const ModuleFacts& facts;
    const std::vector<LiveExport>& exports;  // live public exports ('use server' modules)
    const std::vector<std::string>& inlineIds;  // one per facts.inlineActions
};

// Whether the module's layers differ from its source at all.
bool needsEmit(const ModuleFacts& facts);

// Client layer. A 'use server' module becomes stubs only: nothing of the implementation
// and none of its imports survive. In any other module, each inline action becomes a
// stub in place.
MappedOutput emitClientModule(const ModuleToEmit& module, const EmitOptions& options);

// Server layer: the module as written, with anonymous default exports named, inline
// actions hoisted to module-level exports (their use sites bound to encrypted
// captures), and a registerServerReference call per live action.
MappedOutput emitServerModule(const ModuleToEmit& module, const EmitOptions& options);


// The name an anonymous default export is bound to in the server layer.
inline constexpr std::string_view kAnonymousDefaultName = "$$actionc_default";

}  // namespace actionc
