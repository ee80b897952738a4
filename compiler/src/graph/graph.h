// Stage 3: module facts of the whole project → which actions are public. An action no
// module outside its own file imports (by name, default, namespace, dynamic import,
// require, or through any chain of re-exports) has no public endpoint (SPEC §5).
//
// Stripping needs proof. An import that cannot be resolved but may name a file of the
// project (resolve.h: Unresolved) keeps alive, in every module it could name, the actions
// of the names it imports (all of them for a namespace or dynamic import), with one
// warning per specifier naming the import and what it kept.
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

// An import actionc could not resolve that may name the module of an action: it keeps
// the action alive (stripping needs proof).
struct KeptBy {
    std::string specifier;
    std::string importer;  // module path of the file that imports it
    auto operator<=>(const KeptBy&) const = default;
};

struct LiveAction {
    std::size_t module = 0;
    std::size_t actionIndex = 0;
    std::vector<std::string> importers;  // sorted module paths
    std::vector<KeptBy> keptBy;          // sorted
};

enum class StripReason {
    NoImporter,      // no module of the build imports it
    OwnModuleOnly,   // only its own module uses it
};

struct StrippedExport {
    std::size_t module = 0;
    std::size_t actionIndex = 0;
    StripReason reason = StripReason::NoImporter;
};

struct GraphOptions {
    ResolverConfig resolver;
    OtherFiles others;  // the project's files that are not modules, and those left out
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
