// Stage 3: module facts of the whole project → which actions are public. An action no
// module outside its own file imports (by name, default, namespace, dynamic import,
// require, or through any chain of re-exports) has no public endpoint (SPEC §5).
#pragma once

#include "facts/facts.h"
#include "graph/resolve.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace actionc {

struct ProjectModule {
    const SourceFile* source = nullptr;
    const ModuleFacts* facts = nullptr;
};

// A public export of a 'use server' module that resolves to a live action.
struct PublicExport {
    std::string exportName;
    std::size_t definingModule = 0;   // where the action is declared
    std::size_t actionIndex = 0;      // index into that module's facts.actions
};

struct LiveAction {
    std::size_t module = 0;
    std::size_t actionIndex = 0;
    std::vector<std::string> importers;  // sorted module paths
};

struct StrippedExport {
    std::size_t module = 0;
    std::size_t actionIndex = 0;
};

struct GraphOptions {
    ResolverConfig resolver;
    std::vector<std::string> assets;  // root-relative paths of the project's non-module files
    // Treat every action as live, for libraries whose importers live outside the root.
    bool keepUnused = false;
    // One module compiled on its own (`actionc transform`): its imports point at modules
    // we cannot see, so they are neither warned about nor checked.
    bool isolated = false;
};

struct ProjectAnalysis {
    std::vector<std::vector<PublicExport>> publicExports;  // per module, sorted by export name
    std::vector<LiveAction> liveActions;                   // sorted by (module, action)
    std::vector<StrippedExport> stripped;
    std::vector<Diagnostic> diagnostics;
    // Per module: every specifier it imports or re-exports → the module it resolves to,
    // or kNotAProjectModule (a package, an asset, or unresolved). The audit follows calls
    // through these.
    std::vector<std::map<std::string, std::size_t>> resolvedSpecifiers;
};

inline constexpr std::size_t kNotAProjectModule = static_cast<std::size_t>(-1);

ProjectAnalysis analyseProject(const std::vector<ProjectModule>& modules, const GraphOptions& options);

}  // namespace actionc
