#include "driver/build.h"

#include "driver/audit_command.h"

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

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <optional>
#include <set>

namespace actionc {

namespace fs = std::filesystem;

unsigned defaultJobCount() { return std::max(1u, std::thread::hardware_concurrency()); }

unsigned BuildOptions::jobCount() const { return jobs ? jobs : defaultJobCount(); }

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
    add(std::to_string(options.aliases.size()));
    for (const BundlerAlias& a : options.aliases) {
        add(a.find);
        add(a.replacement);
        add(std::string{a.isRegex ? 'r' : '-', a.ignoreCase ? 'i' : '-'});
    }
    add(describeAuditConfig(options.audit));
    add(std::string{options.project.includeTests ? 't' : '-', options.keepUnused ? 'k' : '-', options.copyUnchanged ? 'c' : '-',
                    static_cast<char>('0' + static_cast<int>(options.output))});
    return contentHashOf(facts);
}

// A problem with a tsconfig/jsconfig file: an error when TypeScript could not read the
// project either, a warning otherwise (an `extends` not installed, say).
Diagnostic configDiagnostic(const ResolverProblem& problem) {
    Diagnostic d;
    d.severity = problem.fatal ? Severity::Error : Severity::Warning;
    d.code = "tsconfig";
    d.path = problem.file;
    d.message = problem.message;
    return d;
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
                       const std::vector<std::string>& configFiles, WrittenTree& tree, StampedPath manifest) {
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
    for (const fs::path& d : tree.directories) state.outputDirectories.push_back(stampedNow(d.string()));
    state.writtenFiles = std::move(tree.files);
    state.writtenFiles.push_back(std::move(manifest));
    return state;
}

}  // namespace

// ACTIONC_TRACE=1 prints how long each phase took, for profiling (tools/bench).
class PhaseTimer {
public:
    PhaseTimer() : enabled_(std::getenv("ACTIONC_TRACE") != nullptr), last_(std::chrono::steady_clock::now()) {}
    void mark(const char* phase) {
        if (!enabled_) return;
        const auto now = std::chrono::steady_clock::now();
        print(phase, last_, now);
        last_ = now;
    }
    // A phase that ran alongside others, since `started`; the marks go on from theirs.
    void note(const char* phase, std::chrono::steady_clock::time_point started) const {
        if (enabled_) print(phase, started, std::chrono::steady_clock::now());
    }

private:
    static void print(const char* phase, std::chrono::steady_clock::time_point from,
                      std::chrono::steady_clock::time_point to) {
        std::fprintf(stderr, "actionc: %-28s %8.1f ms\n", phase, std::chrono::duration<double, std::milli>(to - from).count());
    }

    bool enabled_;
    std::chrono::steady_clock::time_point last_;
};

namespace {

std::string cachePathIn(const BuildOptions& options) {
    return (fs::absolute(options.project.outDir).lexically_normal() / ".actionc-cache").string();
}

// The project read and analysed as a build reads it: discovery, every module's facts,
// tsconfig/package.json/alias resolution, the project graph, the audit. `actionc build`
// goes on from here to emit and write; `actionc audit` stops here.
class ProjectReader {
public:
    ProjectReader(const BuildOptions& options, unsigned jobs, PhaseTimer& timer, std::string cachePath)
        : options_(options), jobs_(jobs), timer_(timer), cachePath_(std::move(cachePath)) {}

    // Discovery, then every module's facts: from the cache, the prescan or a parse.
    void loadModules() {
        files_ = discoverProject(options_.project, &directories_, &leftOut_, &unmatchedGlobs_);
        timer_.mark("discover");
        moduleOfFile_.assign(files_.size(), kNoModule);
        std::vector<std::size_t> compiledFiles;
        for (std::size_t i = 0; i < files_.size(); ++i) {
            if (!files_[i].compiled) continue;
            moduleOfFile_[i] = compiledFiles.size();
            compiledFiles.push_back(i);
        }
        if (!cachePath_.empty()) cache_ = FactsCache::load(cachePath_);
        timer_.mark("load cache");
        modules_.resize(compiledFiles.size());
        parallelFor(compiledFiles.size(), jobs_, [&](std::size_t i) {
            modules_[i] = loadModule(options_.project.root, files_[compiledFiles[i]].relativePath,
                                     cache_ ? &*cache_ : nullptr);
        });
        timer_.mark("read, prescan, parse");
    }

    // tsconfig, package.json and aliases, then the project graph. Modules without
    // 'use server' keep their prescanned facts: their edges and the names they use are all
    // liveness needs from them.
    void analyse(std::vector<Diagnostic>& diagnostics) {
        std::vector<std::string> modulePaths;
        modulePaths.reserve(modules_.size());
        for (const CompiledModule& m : modules_) modulePaths.push_back(m.source->modulePath);
        std::vector<ResolverProblem> problems;
        GraphOptions graphOptions;
        graphOptions.resolver = loadResolverConfig(options_.project.root, modulePaths, options_.aliases, problems, &configFiles_);
        graphOptions.keepUnused = options_.keepUnused;
        for (const ProjectFile& f : files_) {
            if (!f.compiled) graphOptions.others.assets.push_back(f.relativePath);
        }
        graphOptions.others.excluded = leftOut_.files;
        graphOptions.others.excludedDirectories = leftOut_.directories;
        for (const ResolverProblem& p : problems) diagnostics.push_back(configDiagnostic(p));
        for (const std::string& pattern : unmatchedGlobs_.include) diagnostics.push_back(unmatchedGlobWarning("include", pattern));
        for (const std::string& pattern : unmatchedGlobs_.exclude) diagnostics.push_back(unmatchedGlobWarning("exclude", pattern));
        timer_.mark("tsconfig, package.json");
        std::vector<ProjectModule> graphInput;
        graphInput.reserve(modules_.size());
        for (const CompiledModule& m : modules_) {
            graphInput.push_back({m.source.get(), &m.facts});
            diagnostics.insert(diagnostics.end(), m.facts.diagnostics.begin(), m.facts.diagnostics.end());
            moduleList_.push_back(&m);
        }
        analysis_ = analyseProject(graphInput, graphOptions);
        diagnostics.insert(diagnostics.end(), analysis_.diagnostics.begin(), analysis_.diagnostics.end());
        sortDiagnostics(diagnostics);
        timer_.mark("project graph");
    }

    // The security review, for the manifest (`actionc audit` prints it).
    void auditActions() {
        audit_ = auditProject(projectModules(moduleList_), analysis_, effectiveAuditConfig(options_.audit), jobs_);
        timer_.mark("audit");
    }

    // The modules the audit parsed keep its facts, for the facts cache. Not while anything
    // else reads the modules.
    void keepParsedAuditFacts() { auditParsedModules_ = keepAuditFacts(audit_, modules_); }


protected:
    static constexpr std::size_t kNoModule = static_cast<std::size_t>(-1);

    const BuildOptions& options_;
    const unsigned jobs_;
    PhaseTimer& timer_;
    const std::string cachePath_;  // empty: no facts cache

    std::vector<ProjectFile> files_;
    LeftOut leftOut_;
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
};

// One build of the whole project, phase by phase, each leaving what the next needs in
// members. The facts cache and the previous build's output tree are its shortcuts.
class FullBuild : ProjectReader {
public:
    FullBuild(const BuildOptions& options, const Key& key, unsigned jobs, PhaseTimer& timer)
        : ProjectReader(options, jobs, timer, options.useCache ? cachePathIn(options) : std::string()),
          key_(key),
          out_(fs::absolute(options.project.outDir).lexically_normal()),
          rootDirectory_(absoluteDirectory(options.project.root)),
          outDirectory_(absoluteDirectory(out_.string())) {}

    BuildResult run(std::string fingerprint, std::int64_t startedNs, const std::optional<BuildState>& previous) {
        BuildResult result;
        loadModules();
        analyse(result.diagnostics);
        if (hasErrors(result.diagnostics)) return result;
        // The audit feeds only the manifest, so the outputs are emitted and written alongside
        // it: the audit is mostly parsing (user time), the writes mostly the kernel's.
        auto written = std::async(std::launch::async, [&] {
            const auto started = std::chrono::steady_clock::now();
            emitModules();
            WrittenTree tree = writeOutputs(previous);
            timer_.note("emit, write outputs (alongside)", started);
            return tree;
        });
        auditActions();
        WrittenTree tree = written.get();
        timer_.mark("wait for the outputs");
        keepParsedAuditFacts();
        const FileStamp manifestStamp = writeManifest(result.summary);
        result.ok = true;
        if (options_.useCache) {
            const bool allHits =
                std::all_of(modules_.begin(), modules_.end(), [](const CompiledModule& m) { return m.cacheHit; });
            saveFactsCache(modules_, cachePath(), allHits && !auditParsedModules_, cache_->size());
            BuildState state = recordBuild(std::move(fingerprint), startedNs, rootDirectory_, outDirectory_, files_,
                                           directories_, configFiles_, tree, {manifestPath(), manifestStamp});
            state.mirrored = options_.output == OutputMode::Mirror;
            state.summary = result.summary;
            state.warnings = result.diagnostics;  // a build with nothing to do prints them again
            saveBuildState((out_ / kBuildStateFile).string(), state);
        }
        timer_.mark("manifest, cache, build state");
        return result;
    }

private:

    std::string cachePath() const { return cachePathIn(options_); }
    std::string manifestPath() const { return (out_ / "actions.manifest.json").string(); }

    void emitModules() {
        outputs_.resize(modules_.size());
        parallelFor(modules_.size(), jobs_, [&](std::size_t m) {
            if (!needsEmit(modules_[m].facts)) return;
            const std::vector<LiveExport> exports = liveExportsOf(m, analysis_, moduleList_, idsFrom(key_));
            const std::vector<std::string> inlineIds = inlineIdsOf(modules_[m], idsFrom(key_));
            const ModuleToEmit module{*modules_[m].source, modules_[m].facts, exports, inlineIds};
            outputs_[m] = {emitClientModule(module, options_.emit), emitServerModule(module, options_.emit)};
        });
    }

    // The layer output of file `f`, when it differs from the file.
    const MappedOutput* changedOutput(std::size_t f, std::string_view layer) const {
        const std::size_t m = moduleOfFile_[f];
        if (m == kNoModule) return nullptr;
        const std::optional<MappedOutput>& output = layer == "client" ? outputs_[m].client : outputs_[m].server;
        return output && output->changesOriginal() ? &*output : nullptr;
    }

    WrittenTree writeOutputs(const std::optional<BuildState>& previous) {
        const OutputTreeOptions options{options_.output, options_.copyUnchanged, jobs_, rootDirectory_, out_};
        WrittenTree tree = writeOutputTree(options, files_, [&](std::size_t f) {
            return FileOutputs{changedOutput(f, "client"), changedOutput(f, "server")};
        }, previous);
        return tree;
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

    const Key& key_;
    const fs::path out_;
    const std::string rootDirectory_;  // absolute, '/'-terminated
    const std::string outDirectory_;
    std::vector<LayerOutput> outputs_;
};

}  // namespace

BuildResult runBuild(const BuildOptions& options, const Key& key) {
    if (auto problem = outputDirectoryProblem(options.project.root, options.project.outDir)) {
        BuildResult refused;
        Diagnostic d;
        d.code = "output-directory";
        d.message = *problem;
        refused.diagnostics.push_back(std::move(d));
        return refused;
    }
    const std::int64_t startedNs = wallClockNs();
    PhaseTimer timer;
    const unsigned jobs = options.jobCount();
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
            result.diagnostics = previous->warnings;
            return result;
        }
        // From here on the outputs change, and the old record no longer describes them.
        ::unlink(statePath.c_str());
    }
    return FullBuild(options, key, jobs, timer).run(std::move(fingerprint), startedNs, previous);
}

AuditRun runAudit(const BuildOptions& options) {
    PhaseTimer timer;
    const unsigned jobs = options.jobCount();
    struct AuditReader : ProjectReader {
        using ProjectReader::ProjectReader;
        AuditRun run() {
            AuditRun out;
            loadModules();
            analyse(out.diagnostics);
            if (!hasErrors(out.diagnostics)) {
                auditActions();
                keepParsedAuditFacts();
                out.report = std::move(audit_);
                out.ok = true;
            }
            // Moving the vector keeps its elements where they are, so the project modules
            // (pointers into them) stay valid.
            out.modules = std::move(modules_);
            out.projectModules = projectModules(moduleList_);
            return out;
        }
    };
    return AuditReader(options, jobs, timer, std::string()).run();
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

std::string describeResolution(const BuildOptions& options) {
    LeftOut leftOut;
    const std::vector<ProjectFile> files = discoverProject(options.project, nullptr, &leftOut);
    std::vector<std::string> modulePaths;
    OtherFiles others{{}, std::move(leftOut.files), std::move(leftOut.directories)};
    for (const ProjectFile& f : files) (f.compiled ? modulePaths : others.assets).push_back(f.relativePath);
    std::vector<ResolverProblem> problems;
    const ModuleResolver resolver(modulePaths,
                                  loadResolverConfig(options.project.root, modulePaths, options.aliases, problems),
                                  std::move(others));
    static constexpr const char* kOutcomes[] = {"resolved", "external", "not-module", "excluded", "unresolved"};
    std::string out;
    for (const std::string& path : modulePaths) {
        const CompiledModule m = loadModule(options.project.root, path, nullptr);
        std::set<std::string> specifiers;
        for (const ModuleImport& edge : m.facts.imports) specifiers.insert(edge.specifier);
        for (const ReExport& r : m.facts.reExports) specifiers.insert(r.specifier);
        for (const std::string& specifier : specifiers) {
            const ModuleResolver::Result r = resolver.resolve(path, specifier);
            nlohmann::ordered_json line = {{"from", path},
                                           {"specifier", specifier},
                                           {"outcome", kOutcomes[static_cast<int>(r.outcome)]}};
            if (r.outcome == ModuleResolver::Outcome::Resolved) {
                line["module"] = modulePaths[r.module];
                if (!r.alternates.empty()) {
                    line["alternates"] = nlohmann::json::array();
                    for (std::size_t a : r.alternates) line["alternates"].push_back(modulePaths[a]);
                }
            }
            out += line.dump() + "\n";
        }
    }
    return out;
}

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
    GraphOptions isolated;
    isolated.keepUnused = true;
    isolated.isolated = true;
    ProjectAnalysis analysis = analyseProject(graphInput, isolated);
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
