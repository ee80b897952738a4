#include "build.h"

#include "actionc/action_id.h"
#include "facts.h"
#include "graph.h"
#include "manifest.h"
#include "output.h"
#include "parse.h"
#include "resolve.h"
#include "pipeline.h"
#include "thread_pool.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>

namespace actionc {

namespace fs = std::filesystem;

unsigned defaultJobCount() { return std::max(1u, std::thread::hardware_concurrency()); }

namespace {

// Modules that import a 'use server' module get the full parse too (their uses are
// what keeps actions alive, and their syntax errors are worth reporting); the rest keep
// their prescanned edges.
void parseImportersOfActions(std::vector<CompiledModule>& modules, const ResolverConfig& config, unsigned jobs) {
    std::vector<std::string> paths;
    paths.reserve(modules.size());
    for (const CompiledModule& m : modules) paths.push_back(m.source->modulePath);
    const ModuleResolver resolver(paths, config);
    std::vector<std::size_t> toParse;
    for (std::size_t i = 0; i < modules.size(); ++i) {
        if (!modules[i].prescanned) continue;
        for (const ModuleImport& edge : modules[i].facts.imports) {
            const auto target = resolver.resolve(modules[i].source->modulePath, edge.specifier);
            if (target.outcome == ModuleResolver::Outcome::Resolved && !modules[target.module].prescanned &&
                modules[target.module].facts.kind == ModuleKind::UseServer) {
                toParse.push_back(i);
                break;
            }
        }
    }
    parallelFor(toParse.size(), jobs, [&](std::size_t k) { reparse(modules[toParse[k]]); });
    if (std::getenv("ACTIONC_TRACE")) std::fprintf(stderr, "actionc: %zu importers of actions parsed in full\n", toParse.size());
}

// Only clean facts are cached: a module with diagnostics is parsed again next time, so
// its warnings are reported again.
void saveFactsCache(const std::vector<CompiledModule>& modules, const fs::path& path, bool everyModuleWasCached,
                    std::size_t entriesBefore) {
    // A rebuild that found every module in the cache, and no module gone, has nothing new to save.
    if (everyModuleWasCached && entriesBefore == modules.size()) return;
    FactsCache next;
    for (const CompiledModule& m : modules) {
        if (m.contentHash.empty() || !m.facts.diagnostics.empty()) continue;
        next.put(m.source->modulePath, {m.contentHash, m.prescanned, m.facts});
    }
    next.save(path.string());
}

// Every output directory, made once up front rather than checked per file from many threads.
void createOutputDirectories(const fs::path& out, const std::vector<ProjectFile>& files) {
    std::set<fs::path> directories;
    for (const ProjectFile& f : files) {
        const fs::path parent = fs::path(f.relativePath).parent_path();
        directories.insert(out / "client" / parent);
        directories.insert(out / "server" / parent);
    }
    for (const fs::path& d : directories) fs::create_directories(d);
}

struct LayerOutput {
    std::optional<MappedOutput> client;
    std::optional<MappedOutput> server;
};

// The output file and its source map, side by side; the map names the original by a
// path relative to itself, so moving the whole tree keeps it valid.
void writeMapped(const MappedOutput& output, const fs::path& outFile, const fs::path& sourceFile) {
    const std::string mapName = outFile.filename().string() + ".map";
    const fs::path sourceAbsolute = fs::absolute(sourceFile).lexically_normal();
    const fs::path mapDirectory = fs::absolute(outFile).lexically_normal().parent_path();
    const std::string sourcePath = sourceAbsolute.lexically_relative(mapDirectory).generic_string();
    writeFileAtomically(outFile.string(), output.text() + "//# sourceMappingURL=" + mapName + "\n");
    writeFileAtomically(outFile.string() + ".map", output.sourceMap(outFile.filename().string(), sourcePath));
}

}  // namespace

// ACTIONC_TRACE=1 prints how long each phase took, for profiling (tools/bench).
class PhaseTimer {
public:
    PhaseTimer() : enabled_(std::getenv("ACTIONC_TRACE") != nullptr), last_(std::chrono::steady_clock::now()) {}
    void mark(const char* phase) {
        if (!enabled_) return;
        const auto now = std::chrono::steady_clock::now();
        std::fprintf(stderr, "actionc: %-28s %8.1f ms\n", phase,
                     std::chrono::duration<double, std::milli>(now - last_).count());
        last_ = now;
    }

private:
    bool enabled_;
    std::chrono::steady_clock::time_point last_;
};

BuildResult runBuild(const BuildOptions& options, const Key& key) {
    BuildResult result;
    PhaseTimer timer;
    const unsigned jobs = options.jobs ? options.jobs : defaultJobCount();
    const std::string& root = options.project.root;
    const std::vector<ProjectFile> files = discoverProject(options.project);

    timer.mark("discover");
    std::vector<std::size_t> compiledFiles;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (files[i].compiled) compiledFiles.push_back(i);
    }
    const fs::path cachePath = fs::path(options.project.outDir) / ".actionc-cache";
    const std::optional<FactsCache> cache =
        options.useCache ? std::optional<FactsCache>(FactsCache::load(cachePath.string())) : std::nullopt;
    timer.mark("load cache");
    std::vector<CompiledModule> modules(compiledFiles.size());
    parallelFor(compiledFiles.size(), jobs, [&](std::size_t i) {
        modules[i] = loadModule(root, files[compiledFiles[i]].relativePath, cache ? &*cache : nullptr);
    });

    timer.mark("read, prescan, parse");
    std::string tsconfigError;
    const auto resolverConfig = loadTsconfig(root, &tsconfigError);
    parseImportersOfActions(modules, resolverConfig.value_or(ResolverConfig{}), jobs);
    timer.mark("parse importers of actions");
    if (!resolverConfig) {
        Diagnostic d;
        d.code = "tsconfig";
        d.message = tsconfigError;
        result.diagnostics.push_back(d);
    }

    std::vector<ProjectModule> graphInput;
    graphInput.reserve(modules.size());
    for (const CompiledModule& m : modules) {
        graphInput.push_back({m.source.get(), &m.facts});
        result.diagnostics.insert(result.diagnostics.end(), m.facts.diagnostics.begin(), m.facts.diagnostics.end());
    }
    GraphOptions graphOptions{resolverConfig.value_or(ResolverConfig{}), {}, options.keepUnused};
    for (const ProjectFile& f : files) {
        if (!f.compiled) graphOptions.assets.push_back(f.relativePath);
    }
    ProjectAnalysis analysis = analyseProject(graphInput, graphOptions);
    result.diagnostics.insert(result.diagnostics.end(), analysis.diagnostics.begin(), analysis.diagnostics.end());
    sortDiagnostics(result.diagnostics);
    timer.mark("project graph");
    if (hasErrors(result.diagnostics)) return result;

    ModuleList moduleList;
    for (const CompiledModule& m : modules) moduleList.push_back(&m);
    std::vector<LayerOutput> outputs(modules.size());
    parallelFor(modules.size(), jobs, [&](std::size_t m) {
        if (!needsEmit(modules[m].facts)) return;
        const std::vector<LiveExport> exports = liveExportsOf(m, analysis, moduleList, key);
        const std::vector<std::string> inlineIds = inlineIdsOf(modules[m], key);
        const ModuleToEmit module{*modules[m].source, modules[m].facts, exports, inlineIds};
        outputs[m] = {emitClientModule(module, options.emit), emitServerModule(module, options.emit)};
    });

    const fs::path out = options.project.outDir;
    std::set<std::string> written;  // per layer: what stays after stale files are removed
    std::vector<std::size_t> moduleOfFile(files.size(), static_cast<std::size_t>(-1));
    for (std::size_t i = 0; i < compiledFiles.size(); ++i) moduleOfFile[compiledFiles[i]] = i;
    timer.mark("emit");
    createOutputDirectories(out, files);
    auto mirror = [&](const fs::path& source, const fs::path& target) {
        if (options.copyUnchanged) {
            copyFileAtomically(source.string(), target.string());
        } else {
            linkFileAtomically(source.string(), target.string());
        }
    };
    parallelFor(files.size(), jobs, [&](std::size_t f) {
        const std::string& rel = files[f].relativePath;
        const std::size_t m = moduleOfFile[f];
        const fs::path source = fs::path(root) / rel;
        const LayerOutput* layer = m == static_cast<std::size_t>(-1) ? nullptr : &outputs[m];
        for (const auto& dir : {"client", "server"}) {
            const fs::path target = out / dir / rel;
            const std::optional<MappedOutput>* output =
                !layer ? nullptr : std::string_view(dir) == "client" ? &layer->client : &layer->server;
            if (output && output->has_value() && (*output)->changesOriginal()) {
                writeMapped(**output, target, source);
            } else {
                mirror(source, target);
            }
        }
    });
    for (std::size_t f = 0; f < files.size(); ++f) {
        written.insert(files[f].relativePath);
        const std::size_t m = moduleOfFile[f];
        if (m != static_cast<std::size_t>(-1) && outputs[m].client && outputs[m].client->changesOriginal()) {
            written.insert(files[f].relativePath + ".map");
        }
    }
    std::set<std::string> writtenServer = written;
    for (std::size_t f = 0; f < files.size(); ++f) {
        const std::size_t m = moduleOfFile[f];
        if (m != static_cast<std::size_t>(-1) && outputs[m].server && outputs[m].server->changesOriginal()) {
            writtenServer.insert(files[f].relativePath + ".map");
        }
    }
    removeStaleFiles((out / "client").string(), written);
    removeStaleFiles((out / "server").string(), writtenServer);

    timer.mark("write outputs");
    const Manifest manifest = buildManifest(analysis, moduleList, key);
    writeFileAtomically((out / "actions.manifest.json").string(), serializeManifest(manifest));

    if (options.useCache) {
        const bool allHits = std::all_of(modules.begin(), modules.end(), [](const CompiledModule& m) { return m.cacheHit; });
        saveFactsCache(modules, cachePath, allHits, cache->size());
    }
    timer.mark("manifest, stale files, cache");
    result.ok = true;
    result.summary.files = files.size();
    result.summary.modules = modules.size();
    for (const CompiledModule& m : modules) {
        if (m.facts.kind == ModuleKind::UseServer) ++result.summary.actionModules;
    }
    result.summary.actions = manifest.actions.size();
    for (const StrippedAction& s : manifest.stripped) result.summary.stripped.push_back(s.module + "#" + s.exportName);
    return result;
}

TransformResult transformModule(const SourceFile& source, Layer layer, const Key& key, const EmitOptions& options) {
    TransformResult result;
    const SyntaxTree tree = parse(source);
    const ModuleFacts facts = extractFacts(tree);
    result.diagnostics = facts.diagnostics;
    const std::vector<ProjectModule> graphInput = {{&source, &facts}};
    ProjectAnalysis analysis = analyseProject(graphInput, {ResolverConfig{}, {}, /*keepUnused=*/true, /*isolated=*/true});
    result.diagnostics.insert(result.diagnostics.end(), analysis.diagnostics.begin(), analysis.diagnostics.end());
    sortDiagnostics(result.diagnostics);
    if (hasErrors(result.diagnostics)) return result;
    std::vector<LiveExport> exports;
    for (const PublicExport& e : analysis.publicExports[0]) {
        const ExportedAction& action = facts.actions[e.actionIndex];
        exports.push_back({e.exportName, encodeActionId(key, source.modulePath, action.exportName), &action});
    }
    std::vector<std::string> inlineIds;
    for (const InlineAction& a : facts.inlineActions) inlineIds.push_back(encodeActionId(key, source.modulePath, a.exportName));
    const ModuleToEmit module{source, facts, exports, inlineIds};
    if (!needsEmit(facts)) {
        result.code = source.text;
    } else {
        result.code = (layer == Layer::Client ? emitClientModule(module, options) : emitServerModule(module, options)).text();
    }
    result.ok = true;
    return result;
}

}  // namespace actionc
