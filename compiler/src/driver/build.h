// The driver: project files → parse and facts (parallel) → project graph → emit
// (parallel) → output tree and manifest. Nothing is written unless every module
// compiled without errors.
#pragma once

#include "actionc/keyring.h"
#include "audit/config.h"
#include "driver/build_state.h"
#include "driver/output_tree.h"
#include "driver/project.h"
#include "emit/emit.h"
#include "graph/resolve.h"
#include "syntax/diagnostics.h"

#include <string>
#include <vector>

namespace actionc {

struct BuildOptions {
    DiscoveryOptions project;  // root, outDir, include/exclude, includeTests
    unsigned jobs = 0;         // 0: one per core
    unsigned jobCount() const;  // `jobs`, or the core count when it is 0
    EmitOptions emit;
    std::vector<BundlerAlias> aliases;  // actionc.json "alias", --alias
    bool keepUnused = false;
    // What the layers hold (output_tree.h): the changed modules and an index (default),
    // full mirrors, or nothing but the manifest.
    OutputMode output = OutputMode::Overlay;
    // Mirror: unchanged files are hard links to their sources (no bytes copied) unless
    // this is set; set it when something may write into the output tree.
    bool copyUnchanged = false;
    // Reuse the facts of unchanged modules from <out>/.actionc-cache (facts_cache.h), and
    // skip the whole build when nothing changed since the last one (build_state.h).
    bool useCache = true;
    // What the security audit recognises (actionc.json "audit"); its results go into the
    // manifest.
    AuditConfig audit;
};

struct BuildResult {
    bool ok = false;
    bool upToDate = false;  // nothing had changed since the last build: nothing was read or written
    std::vector<Diagnostic> diagnostics;  // sorted
    BuildSummary summary;
};

BuildResult runBuild(const BuildOptions& options, const Key& key);

// Every import specifier of every module with what it resolves to, one JSON object a line,
// sorted: {"from", "specifier", "outcome", "module", "alternates"} (`actionc
// dump-resolution`, which the tsc --traceResolution oracle test compares with TypeScript).
std::string describeResolution(const BuildOptions& options);

enum class Layer { Client, Server };

struct TransformResult {
    bool ok = false;
    std::string code;
    std::vector<Diagnostic> diagnostics;
};

// One module on its own (`actionc transform`): every export counts as live, since
// there is no project to say otherwise.
TransformResult transformModule(const SourceFile& source, Layer layer, const Key& key, const EmitOptions& options);

}  // namespace actionc
