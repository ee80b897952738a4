// Stage 4: module facts + liveness → the client and server layers of one module.
// Works from the source text and the facts alone; it never sees a syntax tree.
#pragma once

#include "facts.h"

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

// Client layer of a 'use server' module: stubs only. Nothing of the implementation
// and none of its imports survive.
std::string emitClientModule(const SourceFile& source, const std::vector<LiveExport>& exports,
                             const EmitOptions& options);

// Server layer of a 'use server' module: the module as written, anonymous default
// exports named, and a registerServerReference call per live action.
std::string emitServerModule(const SourceFile& source, const std::vector<LiveExport>& exports,
                             const EmitOptions& options);

// A JavaScript double-quoted string literal for `value`.
std::string jsString(std::string_view value);

// The name an anonymous default export is bound to in the server layer.
inline constexpr std::string_view kAnonymousDefaultName = "$$actionc_default";

}  // namespace actionc
