#include "graph.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace actionc {

namespace {

constexpr std::size_t kNoModule = static_cast<std::size_t>(-1);

struct ResolvedReExport {
    const ReExport* fact = nullptr;
    std::size_t target = kNoModule;
};

// What each module exports that can lead to an action, after resolving specifiers.
struct ExportTable {
    std::map<std::string, std::size_t, std::less<>> localActions;  // export name → action index
    std::map<std::string, ResolvedReExport, std::less<>> named;    // export name → re-export
    std::vector<ResolvedReExport> stars;                           // `export * from`
};

struct ActionKey {
    std::size_t module;
    std::size_t action;
    auto operator<=>(const ActionKey&) const = default;
};

class Analyser {
public:
    Analyser(const std::vector<ProjectModule>& modules, const GraphOptions& options)
        : modules_(modules), options_(options), resolver_(modulePaths(modules), options.resolver) {}

    ProjectAnalysis run() {
        buildExportTables();
        validateServerReExports();
        if (options_.keepUnused) {
            markEverythingLive();
        } else {
            propagateImports();
        }
        return collect();
    }

private:
    static std::vector<std::string> modulePaths(const std::vector<ProjectModule>& modules) {
        std::vector<std::string> paths;
        paths.reserve(modules.size());
        for (const ProjectModule& m : modules) paths.push_back(m.source->modulePath);
        return paths;
    }

    const SourceFile& source(std::size_t m) const { return *modules_[m].source; }
    const ModuleFacts& facts(std::size_t m) const { return *modules_[m].facts; }

    std::size_t resolveOrWarn(std::size_t from, const std::string& specifier, std::uint32_t offset) {
        const auto result = resolver_.resolve(source(from).modulePath, specifier);
        if (result.outcome == ModuleResolver::Outcome::Resolved) return result.module;
        if (result.outcome == ModuleResolver::Outcome::Unresolved) {
            diagnostics_.push_back(makeDiagnostic(source(from), Severity::Warning, "unresolved-import",
                                                  "cannot resolve '" + specifier +
                                                      "' to a module of this project; its uses of server "
                                                      "actions are not counted",
                                                  offset, static_cast<std::uint32_t>(specifier.size() + 2)));
        }
        return kNoModule;
    }

    void buildExportTables() {
        tables_.resize(modules_.size());
        for (std::size_t m = 0; m < modules_.size(); ++m) {
            ExportTable& table = tables_[m];
            const auto& actions = facts(m).actions;
            for (std::size_t a = 0; a < actions.size(); ++a) table.localActions.emplace(actions[a].exportName, a);
            for (const ReExport& r : facts(m).reExports) {
                ResolvedReExport resolved{&r, resolveOrWarn(m, r.specifier, r.offset)};
                if (r.exportName == "*") {
                    table.stars.push_back(resolved);
                } else {
                    table.named.emplace(r.exportName, resolved);
                }
            }
            // Plain modules re-export too (barrels): `export { a } from './actions'`.
            if (facts(m).kind != ModuleKind::UseServer) {
                for (const ModuleImport& edge : facts(m).imports) {
                    if (edge.kind != ImportKind::ReExport) continue;
                    barrelEdges_.push_back({m, &edge});
                }
            }
        }
        barrelEdgesOf_.resize(modules_.size());
        for (std::size_t i = 0; i < barrelEdges_.size(); ++i) {
            const auto& [m, edge] = barrelEdges_[i];
            barrelTargets_.push_back(resolveOrWarn(m, edge->specifier, edge->offset));
            barrelEdgesOf_[m].push_back(i);
        }
    }

    // Follows an export name through re-exports to the action that defines it.
    std::optional<ActionKey> resolveExport(std::size_t m, std::string_view name, std::set<std::size_t>& visiting) const {
        if (m == kNoModule || !visiting.insert(m).second) return std::nullopt;
        const ExportTable& table = tables_[m];
        if (auto it = table.localActions.find(name); it != table.localActions.end()) {
            return ActionKey{m, it->second};
        }
        if (auto it = table.named.find(name); it != table.named.end()) {
            return resolveExport(it->second.target, it->second.fact->importedName, visiting);
        }
        if (name == "default") return std::nullopt;  // `export *` never forwards the default
        for (const ResolvedReExport& star : table.stars) {
            std::set<std::size_t> branch = visiting;
            if (auto hit = resolveExport(star.target, name, branch)) return hit;
        }
        return std::nullopt;
    }

    std::optional<ActionKey> resolveExport(std::size_t m, std::string_view name) const {
        std::set<std::size_t> visiting;
        return resolveExport(m, name, visiting);
    }

    // Every export name of `m` that can lead to an action (for `import *` and `export *`).
    void exportNames(std::size_t m, std::set<std::string>& names, std::set<std::size_t>& visiting) const {
        if (m == kNoModule || !visiting.insert(m).second) return;
        const ExportTable& table = tables_[m];
        for (const auto& [name, _] : table.localActions) names.insert(name);
        for (const auto& [name, _] : table.named) names.insert(name);
        for (const ResolvedReExport& star : table.stars) {
            std::set<std::string> starNames;
            exportNames(star.target, starNames, visiting);
            starNames.erase("default");
            names.insert(starNames.begin(), starNames.end());
        }
    }

    void reportReExport(std::size_t m, const ReExport& r, std::string message) {
        diagnostics_.push_back(makeDiagnostic(source(m), Severity::Error, "re-export-not-action", std::move(message),
                                              r.offset, 1));
    }

    // SPEC §3: a 'use server' module may re-export only actions of other 'use server' modules.
    void validateServerReExports() {
        for (std::size_t m = 0; m < modules_.size(); ++m) {
            if (facts(m).kind != ModuleKind::UseServer) continue;
            auto check = [&](const ResolvedReExport& r) {
                if (r.target == kNoModule) {
                    reportReExport(m, *r.fact, "cannot resolve '" + r.fact->specifier +
                                                   "'; a 'use server' file may re-export only actions of "
                                                   "'use server' files of this project");
                    return false;
                }
                if (facts(r.target).kind != ModuleKind::UseServer) {
                    reportReExport(m, *r.fact, "'" + source(r.target).modulePath +
                                                   "' is not a 'use server' file; a 'use server' file may "
                                                   "re-export only server actions");
                    return false;
                }
                return true;
            };
            for (const auto& [name, r] : tables_[m].named) {
                if (check(r) && !resolveExport(m, name)) {
                    reportReExport(m, *r.fact, "'" + r.fact->importedName + "' is not an action exported by '" +
                                                   source(r.target).modulePath + "'");
                }
            }
            for (const ResolvedReExport& star : tables_[m].stars) check(star);
        }
    }

    void use(std::size_t target, std::string_view name, std::size_t importer) {
        if (target == kNoModule) return;
        if (name == "*") {
            std::set<std::string> names;
            std::set<std::size_t> visiting;
            exportNames(target, names, visiting);
            for (const std::string& n : names) use(target, n, importer);
            return;
        }
        // Through barrels: `export { a } from './actions'` in a plain module.
        for (const std::size_t i : barrelEdgesOf_[target]) {
            const auto& [barrel, edge] = barrelEdges_[i];
            const bool forwards = std::find(edge->names.begin(), edge->names.end(), name) != edge->names.end() ||
                                  (edge->names.size() == 1 && edge->names[0] == "*" && name != "default");
            if (forwards && visitedBarrels_.insert({barrel, std::string(name), importer}).second) {
                use(barrelTargets_[i], name, importer);
            }
        }
        if (const auto action = resolveExport(target, name)) {
            if (action->module != importer) live_[*action].insert(source(importer).modulePath);
        }
    }

    void propagateImports() {
        for (std::size_t m = 0; m < modules_.size(); ++m) {
            for (const ModuleImport& edge : facts(m).imports) {
                // A re-export by itself uses nothing: only who imports the barrel counts.
                if (edge.kind == ImportKind::ReExport) continue;
                const std::size_t target = resolveOrWarn(m, edge.specifier, edge.offset);
                for (const std::string& name : edge.names) use(target, name, m);
            }
        }
    }

    void markEverythingLive() {
        for (std::size_t m = 0; m < modules_.size(); ++m) {
            for (std::size_t a = 0; a < facts(m).actions.size(); ++a) live_[{m, a}];
        }
        for (std::size_t m = 0; m < modules_.size(); ++m) {
            for (const ModuleImport& edge : facts(m).imports) {
                if (edge.kind == ImportKind::ReExport) continue;
                const auto result = resolver_.resolve(source(m).modulePath, edge.specifier);
                if (result.outcome != ModuleResolver::Outcome::Resolved) continue;
                for (const std::string& name : edge.names) use(result.module, name, m);
            }
        }
    }

    ProjectAnalysis collect() {
        ProjectAnalysis out;
        out.publicExports.resize(modules_.size());
        for (std::size_t m = 0; m < modules_.size(); ++m) {
            if (facts(m).kind != ModuleKind::UseServer) continue;
            std::set<std::string> names;
            std::set<std::size_t> visiting;
            exportNames(m, names, visiting);
            for (const std::string& name : names) {
                const auto action = resolveExport(m, name);
                if (action && live_.count(*action)) {
                    out.publicExports[m].push_back({name, action->module, action->action});
                }
            }
            for (std::size_t a = 0; a < facts(m).actions.size(); ++a) {
                const auto it = live_.find({m, a});
                if (it == live_.end()) {
                    out.stripped.push_back({m, a});
                } else {
                    out.liveActions.push_back({m, a, {it->second.begin(), it->second.end()}});
                }
            }
        }
        out.diagnostics = std::move(diagnostics_);
        return out;
    }

    const std::vector<ProjectModule>& modules_;
    const GraphOptions& options_;
    ModuleResolver resolver_;
    std::vector<ExportTable> tables_;
    std::vector<std::pair<std::size_t, const ModuleImport*>> barrelEdges_;
    std::vector<std::size_t> barrelTargets_;
    std::vector<std::vector<std::size_t>> barrelEdgesOf_;  // per module: indices into barrelEdges_
    std::set<std::tuple<std::size_t, std::string, std::size_t>> visitedBarrels_;
    std::map<ActionKey, std::set<std::string>> live_;
    std::vector<Diagnostic> diagnostics_;
};

}  // namespace

ProjectAnalysis analyseProject(const std::vector<ProjectModule>& modules, const GraphOptions& options) {
    return Analyser(modules, options).run();
}

}  // namespace actionc
