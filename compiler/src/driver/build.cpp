#include "driver/build.h"

#include "actionc/action_id.h"
#include "driver/build_state.h"
#include "driver/pipeline.h"
#include "facts/prescan.h"
#include "facts/facts.h"
#include "graph/graph.h"
#include "graph/resolve.h"
#include "manifest/manifest.h"
#include "support/file_io.h"
#include "support/thread_pool.h"
#include "syntax/parse.h"

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace actionc {

namespace fs = std::filesystem;

unsigned defaultJobCount() { return std::max(1u, std::thread::hardware_concurrency()); }

namespace {

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

// A pattern that selects nothing is most likely a typo, or a directory named without `/**`.
Diagnostic unmatchedGlobWarning(const char* list, const std::string& pattern) {
    Diagnostic d;
    d.severity = Severity::Warning;
    d.code = "unmatched-glob";
    d.message = std::string(list) + " pattern '" + pattern + "' matches no file";
    if (pattern.find_first_of("*?[{") == std::string::npos) {
        d.message += " (patterns match files: for a directory, write '" + pattern + "/**')";
    }
    return d;
}

struct LayerOutput {
    std::optional<MappedOutput> client;
    std::optional<MappedOutput> server;
};

// The output file and its source map, side by side; the map names the original by a
// path relative to itself, so moving the whole tree keeps it valid.
void writeMapped(const MappedOutput& output, const fs::path& outFile, const fs::path& sourceFile,
                 std::vector<StampedPath>& written) {
    const std::string mapName = outFile.filename().string() + ".map";
    const fs::path sourceAbsolute = fs::absolute(sourceFile).lexically_normal();
    const fs::path mapDirectory = fs::absolute(outFile).lexically_normal().parent_path();
    const std::string sourcePath = sourceAbsolute.lexically_relative(mapDirectory).generic_string();
    const std::string file = outFile.string();
    written.push_back({file, writeFileAtomically(file, output.text() + "//# sourceMappingURL=" + mapName + "\n")});
    written.push_back(
        {file + ".map", writeFileAtomically(file + ".map", output.sourceMap(outFile.filename().string(), sourcePath))});
}

// Everything besides the files that decides what a build writes. The compiler binary
// is named by its stamp: a rebuilt actionc may emit other bytes under the same version.
std::string buildFingerprint(const BuildOptions& options, const Key& key) {
    std::string facts;
    auto add = [&](std::string_view part) {
        facts += std::to_string(part.size());
        facts += ':';
        facts += part;
    };
    struct stat self;
    const FileStamp binary = ::stat("/proc/self/exe", &self) == 0 ? stampOf(self) : FileStamp{};
    for (std::uint64_t n : {binary.inode, binary.size, static_cast<std::uint64_t>(binary.mtimeNs)}) add(std::to_string(n));
    add(key.fingerprint());
    add(absoluteDirectory(options.project.root));
    add(absoluteDirectory(options.project.outDir));
    for (const auto* globs : {&options.project.include, &options.project.exclude}) {
        add(std::to_string(globs->size()));
        for (const std::string& g : *globs) add(g);
    }
    add(options.emit.clientRuntime);
    add(options.emit.serverRuntime);
    add(describeAuditConfig(options.audit));
    add(std::string{options.project.includeTests ? 't' : '-', options.keepUnused ? 'k' : '-', options.copyUnchanged ? 'c' : '-'});
    return contentHashOf(facts);
}

StampedPath stampedNow(std::string path) {
    struct stat st;
    FileStamp stamp;
    if (::stat(path.c_str(), &st) == 0) stamp = stampOf(st);
    return {std::move(path), stamp};
}

// What this build read and wrote, for the next build to compare stamps against.
BuildState recordBuild(std::string fingerprint, std::int64_t startedNs, const std::string& root, const std::string& out,
                       const std::vector<ProjectFile>& files, const std::vector<StampedPath>& directories,
                       const std::vector<std::string>& configFiles, const std::set<fs::path>& outputDirectories,
                       std::vector<std::vector<StampedPath>>& writtenByFile, StampedPath manifest) {
    BuildState state;
    state.fingerprint = std::move(fingerprint);
    state.root = root;
    state.outDir = out;
    for (const StampedPath& d : directories) state.inputDirectories.push_back({d.path, trustedStamp(d.stamp, startedNs)});
    state.inputFiles.reserve(files.size());
    for (const ProjectFile& f : files) state.inputFiles.push_back({root + f.relativePath, trustedStamp(f.stamp, startedNs)});
    for (const std::string& c : configFiles) {
        StampedPath config = stampedNow(c);
        config.stamp = trustedStamp(config.stamp, startedNs);
        state.configFiles.push_back(std::move(config));
    }
    // Stamped after the writes and the removal of stale files, which move them.
    for (const fs::path& d : outputDirectories) state.outputDirectories.push_back(stampedNow(d.string()));
    for (auto& written : writtenByFile) {
        for (StampedPath& w : written) state.writtenFiles.push_back(std::move(w));
    }
    state.writtenFiles.push_back(std::move(manifest));
    return state;
}

// The output tree the previous build left, when nothing else has touched it since: then
// a file it linked whose source has not moved is still that link (no stat needed), and
// its stale outputs are known without walking the tree.
class PreviousTree {
public:
    PreviousTree(const std::optional<BuildState>& previous, const std::string& root, const std::string& out,
                 unsigned jobs)
        : previous_(previous && previous->root == root && previous->outDir == out && outputTreeUntouched(*previous, jobs)
                        ? &*previous
                        : nullptr) {
        if (!previous_) return;
        for (const StampedPath& f : previous_->inputFiles) inputs_.emplace(f.path, f.stamp);
        for (const StampedPath& w : previous_->writtenFiles) written_.insert(w.path);
        for (const StampedPath& d : previous_->outputDirectories) directories_.insert(d.path);
    }

    bool known() const { return previous_ != nullptr; }
    bool hadDirectory(const std::string& path) const { return directories_.count(path) > 0; }

    bool stillLinked(const std::string& target, const std::string& source, const FileStamp& stamp) const {
        if (!previous_ || written_.count(target)) return false;
        const auto it = inputs_.find(source);
        return it != inputs_.end() && it->second == stamp;
    }

    // Deletes what the previous build wrote or linked under `layer` that is not in
    // `keep`, then the directories that emptied.
    void removeStale(const std::string& layer, const std::set<std::string>& keep) const {
        const std::string prefix = previous_->outDir + layer + "/";
        auto removeIfStale = [&](std::string_view rel) {
            if (!keep.count(std::string(rel))) ::unlink((prefix + std::string(rel)).c_str());
        };
        for (const StampedPath& f : previous_->inputFiles) removeIfStale(std::string_view(f.path).substr(previous_->root.size()));
        for (const StampedPath& w : previous_->writtenFiles) {
            if (w.path.starts_with(prefix)) removeIfStale(std::string_view(w.path).substr(prefix.size()));
        }
        // Deepest first; rmdir leaves a directory that still has entries.
        for (auto d = previous_->outputDirectories.rbegin(); d != previous_->outputDirectories.rend(); ++d) {
            if (d->path.starts_with(prefix)) ::rmdir(d->path.c_str());
        }
    }

private:
    const BuildState* previous_;
    std::unordered_map<std::string_view, FileStamp> inputs_;
    std::unordered_set<std::string_view> written_;
    std::unordered_set<std::string_view> directories_;
};

// Every output directory, made once up front rather than checked per file from many
// threads (and not at all when the previous build made it); returned for the build state.
std::set<fs::path> createOutputDirectories(const fs::path& out, const std::vector<ProjectFile>& files,
                                           const PreviousTree& previous) {
    std::set<fs::path> directories;
    for (const ProjectFile& f : files) {
        // Every ancestor too: directories that hold only directories are outputs as well.
        for (fs::path parent = fs::path(f.relativePath).parent_path();; parent = parent.parent_path()) {
            const bool known = !directories.insert(out / "client" / parent).second;
            directories.insert(out / "server" / parent);
            if (known || parent.empty()) break;
        }
    }
    for (const fs::path& d : directories) {
        if (!previous.hadDirectory(d.string())) fs::create_directories(d);
    }
    return directories;
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

namespace {

// One build of the whole project, phase by phase, each leaving what the next needs in
// members. The facts cache and the previous build's output tree are its shortcuts.
class FullBuild {
public:
    FullBuild(const BuildOptions& options, const Key& key, unsigned jobs, PhaseTimer& timer)
        : options_(options),
          key_(key),
          jobs_(jobs),
          timer_(timer),
          out_(fs::absolute(options.project.outDir).lexically_normal()),
          rootDirectory_(absoluteDirectory(options.project.root)),
          outDirectory_(absoluteDirectory(out_.string())) {}

    BuildResult run(std::string fingerprint, std::int64_t startedNs, const std::optional<BuildState>& previous) {
        BuildResult result;
        loadModules();
        analyse(result.diagnostics);
        if (hasErrors(result.diagnostics)) return result;
        auditActions();
        emitModules();
        writeOutputs(PreviousTree(previous, rootDirectory_, outDirectory_, jobs_));
        const FileStamp manifestStamp = writeManifest(result.summary);
        result.ok = true;
        if (options_.useCache) {
            const bool allHits =
                std::all_of(modules_.begin(), modules_.end(), [](const CompiledModule& m) { return m.cacheHit; });
            saveFactsCache(modules_, cachePath(), allHits && !auditParsedModules_, cache_->size());
            // Warnings are printed by every build, so a build that had some is never skipped.
            if (result.diagnostics.empty()) {
                BuildState state = recordBuild(std::move(fingerprint), startedNs, rootDirectory_, outDirectory_, files_,
                                               directories_, configFiles_, outputDirectories_, writtenByFile_,
                                               {manifestPath(), manifestStamp});
                state.summary = result.summary;
                saveBuildState((out_ / kBuildStateFile).string(), state);
            }
        }
        timer_.mark("manifest, cache, build state");
        return result;
    }

private:
    static constexpr std::size_t kNoModule = static_cast<std::size_t>(-1);

    std::string cachePath() const { return (out_ / ".actionc-cache").string(); }
    std::string manifestPath() const { return (out_ / "actions.manifest.json").string(); }

    // Discovery, then every module's facts: from the cache, the prescan or a parse.
    void loadModules() {
        files_ = discoverProject(options_.project, &directories_, &unmatchedGlobs_);
        timer_.mark("discover");
        moduleOfFile_.assign(files_.size(), kNoModule);
        std::vector<std::size_t> compiledFiles;
        for (std::size_t i = 0; i < files_.size(); ++i) {
            if (!files_[i].compiled) continue;
            moduleOfFile_[i] = compiledFiles.size();
            compiledFiles.push_back(i);
        }
        if (options_.useCache) cache_ = FactsCache::load(cachePath());
        timer_.mark("load cache");
        modules_.resize(compiledFiles.size());
        parallelFor(compiledFiles.size(), jobs_, [&](std::size_t i) {
            modules_[i] = loadModule(options_.project.root, files_[compiledFiles[i]].relativePath,
                                     cache_ ? &*cache_ : nullptr);
        });
        timer_.mark("read, prescan, parse");
    }

    // tsconfig and the project graph. Modules without 'use server' keep their prescanned
    // facts: their edges and the names they use are all liveness needs from them.
    void analyse(std::vector<Diagnostic>& diagnostics) {
        std::string tsconfigError;
        const auto resolverConfig = loadTsconfig(options_.project.root, &tsconfigError, &configFiles_);
        if (!resolverConfig) {
            Diagnostic d;
            d.code = "tsconfig";
            d.message = tsconfigError;
            diagnostics.push_back(d);
        }
        for (const std::string& pattern : unmatchedGlobs_.include) diagnostics.push_back(unmatchedGlobWarning("include", pattern));
        for (const std::string& pattern : unmatchedGlobs_.exclude) diagnostics.push_back(unmatchedGlobWarning("exclude", pattern));
        std::vector<ProjectModule> graphInput;
        graphInput.reserve(modules_.size());
        for (const CompiledModule& m : modules_) {
            graphInput.push_back({m.source.get(), &m.facts});
            diagnostics.insert(diagnostics.end(), m.facts.diagnostics.begin(), m.facts.diagnostics.end());
            moduleList_.push_back(&m);
        }
        GraphOptions graphOptions{resolverConfig.value_or(ResolverConfig{}), {}, options_.keepUnused};
        for (const ProjectFile& f : files_) {
            if (!f.compiled) graphOptions.assets.push_back(f.relativePath);
        }
        analysis_ = analyseProject(graphInput, graphOptions);
        diagnostics.insert(diagnostics.end(), analysis_.diagnostics.begin(), analysis_.diagnostics.end());
        sortDiagnostics(diagnostics);
        timer_.mark("project graph");
    }

    // The security review, for the manifest (`actionc audit` prints it).
    void auditActions() {
        audit_ = auditProject(projectModules(moduleList_), analysis_, effectiveAuditConfig(options_.audit), jobs_);
        auditParsedModules_ = keepAuditFacts(audit_, modules_);
        timer_.mark("audit");
    }

    void emitModules() {
        outputs_.resize(modules_.size());
        parallelFor(modules_.size(), jobs_, [&](std::size_t m) {
            if (!needsEmit(modules_[m].facts)) return;
            const std::vector<LiveExport> exports = liveExportsOf(m, analysis_, moduleList_, idsFrom(key_));
            const std::vector<std::string> inlineIds = inlineIdsOf(modules_[m], idsFrom(key_));
            const ModuleToEmit module{*modules_[m].source, modules_[m].facts, exports, inlineIds};
            outputs_[m] = {emitClientModule(module, options_.emit), emitServerModule(module, options_.emit)};
        });
        timer_.mark("emit");
    }

    // The layer output of file `f`, when it differs from the file (else it is mirrored).
    const MappedOutput* changedOutput(std::size_t f, std::string_view layer) const {
        const std::size_t m = moduleOfFile_[f];
        if (m == kNoModule) return nullptr;
        const std::optional<MappedOutput>& output = layer == "client" ? outputs_[m].client : outputs_[m].server;
        return output && output->changesOriginal() ? &*output : nullptr;
    }

    // Both layers of every file, then whatever an earlier build left that is not an
    // output any more.
    void writeOutputs(const PreviousTree& previousTree) {
        outputDirectories_ = createOutputDirectories(out_, files_, previousTree);
        writtenByFile_.assign(files_.size(), {});
        parallelFor(files_.size(), jobs_, [&](std::size_t f) {
            const std::string source = rootDirectory_ + files_[f].relativePath;
            for (const char* layer : {"client", "server"}) {
                const fs::path target = out_ / layer / files_[f].relativePath;
                if (const MappedOutput* output = changedOutput(f, layer)) {
                    writeMapped(*output, target, source, writtenByFile_[f]);
                } else if (options_.copyUnchanged) {
                    writtenByFile_[f].push_back({target.string(), copyFileAtomically(source, target.string())});
                } else if (!previousTree.stillLinked(target.string(), source, files_[f].stamp)) {
                    if (const auto copy = linkFileAtomically(source, target.string())) {
                        writtenByFile_[f].push_back({target.string(), *copy});
                    }
                }
            }
        });
        for (const char* layer : {"client", "server"}) {
            std::set<std::string> keep;  // what stays after stale files are removed
            for (std::size_t f = 0; f < files_.size(); ++f) {
                keep.insert(files_[f].relativePath);
                if (changedOutput(f, layer)) keep.insert(files_[f].relativePath + ".map");
            }
            if (previousTree.known()) {
                previousTree.removeStale(layer, keep);
            } else {
                removeStaleFiles((out_ / layer).string(), keep);
            }
        }
        timer_.mark("write outputs");
    }

    FileStamp writeManifest(BuildSummary& summary) const {
        const Manifest manifest = buildManifest(analysis_, moduleList_, key_, &audit_);
        const FileStamp stamp = writeFileAtomically(manifestPath(), serializeManifest(manifest));
        summary.files = files_.size();
        summary.modules = modules_.size();
        for (const CompiledModule& m : modules_) {
            if (m.facts.kind == ModuleKind::UseServer) ++summary.actionModules;
        }
        summary.actions = manifest.actions.size();
        for (const StrippedAction& s : manifest.stripped) summary.stripped.push_back(s.module + "#" + s.exportName);
        return stamp;
    }

    const BuildOptions& options_;
    const Key& key_;
    const unsigned jobs_;
    PhaseTimer& timer_;
    const fs::path out_;
    const std::string rootDirectory_;  // absolute, '/'-terminated
    const std::string outDirectory_;

    std::vector<ProjectFile> files_;
    std::vector<StampedPath> directories_;  // walked, with their stamps
    UnmatchedGlobs unmatchedGlobs_;
    std::vector<std::size_t> moduleOfFile_;  // index into modules_, or kNoModule
    std::optional<FactsCache> cache_;
    std::vector<CompiledModule> modules_;
    std::vector<std::string> configFiles_;
    ModuleList moduleList_;
    ProjectAnalysis analysis_;
    AuditReport audit_;
    bool auditParsedModules_ = false;  // the audit parsed modules the build had only prescanned
    std::vector<LayerOutput> outputs_;
    std::set<fs::path> outputDirectories_;
    std::vector<std::vector<StampedPath>> writtenByFile_;
};

}  // namespace

BuildResult runBuild(const BuildOptions& options, const Key& key) {
    const std::int64_t startedNs = wallClockNs();
    PhaseTimer timer;
    const unsigned jobs = options.jobs ? options.jobs : defaultJobCount();
    const std::string statePath = (fs::path(options.project.outDir) / kBuildStateFile).string();
    std::string fingerprint = buildFingerprint(options, key);
    std::optional<BuildState> previous;
    if (options.useCache) {
        previous = loadBuildState(statePath);
        const bool upToDate = previous && previous->fingerprint == fingerprint && stampsStillHold(*previous, jobs);
        timer.mark("check build state");
        if (upToDate) {
            BuildResult result;
            result.ok = true;
            result.upToDate = true;
            result.summary = previous->summary;
            return result;
        }
        // From here on the outputs change, and the old record no longer describes them.
        ::unlink(statePath.c_str());
    }
    return FullBuild(options, key, jobs, timer).run(std::move(fingerprint), startedNs, previous);
}

namespace {

// `actionc transform` sees one module: what it re-exports from others it cannot follow.
void explainIsolatedReExports(const SourceFile& source, const ModuleFacts& facts, std::vector<Diagnostic>& out) {
    if (facts.kind != ModuleKind::UseServer) return;
    for (const ReExport& r : facts.reExports) {
        const bool star = r.importedName == "*";
        out.push_back(makeDiagnostic(
            source, Severity::Warning, "transform-reexport-not-followed",
            std::string(star ? "the actions 'export *' takes from '" : "'" + r.importedName + "', re-exported from '") +
                r.specifier + "'" + (star ? " are" : " is") +
                " left out: 'actionc transform' compiles one module on its own; 'actionc build' and 'actionc serve' "
                "follow re-exports through the project",
            r.offset, static_cast<std::uint32_t>(star ? r.specifier.size() + 2 : r.importedName.size())));
    }
}

}  // namespace

TransformResult transformModule(const SourceFile& source, Layer layer, const Key& key, const EmitOptions& options) {
    TransformResult result;
    // The same prefilter as a build: a module that never mentions 'use server' is not
    // parsed, and passes through as it is.
    if (!prescanModule(source.text).needsParse) {
        result.code = source.text;
        result.ok = true;
        return result;
    }
    const SyntaxTree tree = parse(source);
    const ModuleFacts facts = extractFacts(tree);
    result.diagnostics = facts.diagnostics;
    explainIsolatedReExports(source, facts, result.diagnostics);
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
