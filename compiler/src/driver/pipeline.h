// Pieces of the driver shared by `actionc build` and `actionc serve`: one module's
// facts from its text, its live exports and inline IDs, and the manifest of a project.
#pragma once

#include "actionc/keyring.h"
#include "audit/audit.h"
#include "driver/facts_cache.h"
#include "emit/emit.h"
#include "facts/facts.h"
#include "graph/graph.h"
#include "manifest/manifest.h"
#include "syntax/parse.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace actionc {

struct CompiledModule {
    std::unique_ptr<SourceFile> source;
    ModuleFacts facts;
    bool prescanned = false;  // facts from the lexical prescan only (imports and re-exports)
    std::string contentHash;  // set when loaded through the facts cache
    bool cacheHit = false;    // facts taken from the cache unchanged
};

// Diagnostics name files as the user gave the root: "app/x.ts" or "src/app/x.ts".
std::string displayPathFor(const std::string& root, const std::string& rel);

// Reads ROOT/rel, parses it once and extracts its facts (the tree is dropped).
CompiledModule compileFacts(const std::string& root, const std::string& rel);
CompiledModule compileText(std::string displayPath, std::string modulePath, std::string text,
                           AuditFacts audit = AuditFacts::Extract);

// The prefilter: a full parse only when the module mentions 'use server'; otherwise
// its edges from the lexical prescan (prescan.h).
CompiledModule prescanOrCompile(const std::string& root, const std::string& rel, AuditFacts audit = AuditFacts::Extract);
// The same, taking the facts from `cache` when the module's bytes are unchanged.
CompiledModule loadModule(const std::string& root, const std::string& rel, const FactsCache* cache);
// compileText for a module whose previous text and tree are known (actionc serve): the
// parse is incremental. `tree` receives a copy of the new tree for next time.
CompiledModule compileTextReusing(std::string displayPath, std::string modulePath, std::string text,
                                  const TSTree* previousTree, std::string_view previousText, TSTree** tree,
                                  AuditFacts audit = AuditFacts::Extract);

// The project's modules in the order the project analysis indexes them.
using ModuleList = std::vector<const CompiledModule*>;

// Where the driver gets an action's ID from: the key itself, or a memo of its IDs
// (`serve` asks for the same ones on every request, and each costs some crypto).
using ActionIdOf = std::function<std::string(const std::string& modulePath, const std::string& exportName)>;
ActionIdOf idsFrom(const Key& key);

// The live public exports of module `m`, with their IDs (a re-exported action keeps the
// ID of the module that declares it).
std::vector<LiveExport> liveExportsOf(std::size_t m, const ProjectAnalysis& analysis,
                                      const ModuleList& modules, const ActionIdOf& idOf);
std::vector<std::string> inlineIdsOf(const CompiledModule& m, const ActionIdOf& idOf);

// With `audit`, every action carries its audit result.
Manifest buildManifest(const ProjectAnalysis& analysis, const ModuleList& modules, const Key& key,
                       const AuditReport* audit = nullptr);

// The audit's view of the project's modules, in the analysis's order.
std::vector<ProjectModule> projectModules(const ModuleList& modules);

// Gives each module the audit facts the audit read on demand (so the facts cache keeps
// them); returns whether there were any.
bool keepAuditFacts(AuditReport& report, std::vector<CompiledModule>& modules);

}  // namespace actionc
