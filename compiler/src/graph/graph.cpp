#include "graph/graph.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace actionc {

namespace {

constexpr std::size_t kNoModule = kNotAProjectModule;

struct ResolvedReExport {
    const ReExport* fact = nullptr;
    std::size_t target = kNoModule;
};

// What each module exports that can lead to an action, with specifiers resolved.
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
        : modules_(modules), options_(options), resolver_(modulePaths(modules), options.resolver, options.assets) {}

    ProjectAnalysis run() {
        resolveEdges();
        buildExportTables();
        validateServerReExports();
        if (options_.keepUnused) {
            for (std::size_t m = 0; m < modules_.size(); ++m) {
                for (std::size_t a = 0; a < facts(m).actions.size(); ++a) live_[{m, a}];
            }
        }
        propagateImports();
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

    // Resolves every specifier of every module once. Unresolvable relative imports are
    // warnings, except the re-exports of 'use server' modules, which are errors
    // (validateServerReExports).
    void resolveEdges() {
        targets_.resize(modules_.size());
        for (std::size_t m = 0; m < modules_.size(); ++m) {
            const bool serverModule = facts(m).kind == ModuleKind::UseServer;
            auto resolveOnce = [&](const std::string& specifier, std::uint32_t offset, bool warn) {
                if (targets_[m].count(specifier)) return;
                const auto result = resolver_.resolve(source(m).modulePath, specifier);
                targets_[m][specifier] = result.outcome == ModuleResolver::Outcome::Resolved ? result.module : kNoModule;
                if (warn && !options_.isolated && result.outcome == ModuleResolver::Outcome::Unresolved) {
                    diagnostics_.push_back(makeDiagnostic(
                        source(m), Severity::Warning, "unresolved-import",
                        "cannot resolve '" + specifier + "' to a file of this project; its uses of server actions "
                                                         "are not counted",
                        offset, static_cast<std::uint32_t>(specifier.size() + 2)));
                }
            };
            for (const ReExport& r : facts(m).reExports) resolveOnce(r.specifier, r.offset, !serverModule);
            for (const ModuleImport& edge : facts(m).imports) resolveOnce(edge.specifier, edge.offset, true);
        }
    }

    std::size_t targetOf(std::size_t m, const std::string& specifier) const {
        const auto it = targets_[m].find(specifier);
        return it == targets_[m].end() ? kNoModule : it->second;
    }

    void buildExportTables() {
        tables_.resize(modules_.size());
        for (std::size_t m = 0; m < modules_.size(); ++m) {
            ExportTable& table = tables_[m];
            const auto& actions = facts(m).actions;
            for (std::size_t a = 0; a < actions.size(); ++a) table.localActions.emplace(actions[a].exportName, a);
            for (const ReExport& r : facts(m).reExports) {
                const ResolvedReExport resolved{&r, targetOf(m, r.specifier)};
                if (r.exportName == "*") {
                    table.stars.push_back(resolved);
                } else {
                    table.named.emplace(r.exportName, resolved);
                }
            }
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
            if (it->second.fact->importedName == "*") return std::nullopt;  // a namespace, not one action
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
        // Named re-exports point at the name, `export *` at the specifier.
        const std::size_t length = r.importedName == "*" ? r.specifier.size() + 2 : r.importedName.size();
        diagnostics_.push_back(makeDiagnostic(source(m), Severity::Error, "re-export-not-action", std::move(message),
                                              r.offset, static_cast<std::uint32_t>(length)));
    }

    // SPEC §3: a 'use server' module may re-export only actions of other 'use server' modules.
    void validateServerReExports() {
        for (std::size_t m = 0; m < modules_.size(); ++m) {
            if (facts(m).kind != ModuleKind::UseServer) continue;
            auto targetIsServer = [&](const ResolvedReExport& r) {
                if (r.target == kNoModule) {
                    if (options_.isolated) return false;
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
                if (r.fact->importedName == "*") continue;  // `export * as ns`: reported as export-not-function
                if (targetIsServer(r) && !resolveExport(m, name)) {
                    reportReExport(m, *r.fact, "'" + r.fact->importedName + "' is not an action exported by '" +
                                                   source(r.target).modulePath + "'");
                }
            }
            for (const ResolvedReExport& star : tables_[m].stars) targetIsServer(star);
        }
    }

    // `importer` uses export `name` of module `m` (or all of them, for "*"). Follows
    // re-exports of any module, barrels included, to the actions behind the name.
    void use(std::size_t m, const std::string& name, std::size_t importer) {
        if (m == kNoModule || !visited_.insert({m, name, importer}).second) return;
        const ExportTable& table = tables_[m];
        if (name == "*") {
            std::set<std::string> names;
            std::set<std::size_t> visiting;
            exportNames(m, names, visiting);
            for (const std::string& n : names) use(m, n, importer);
            return;
        }
        if (auto it = table.localActions.find(name); it != table.localActions.end()) {
            if (m != importer) live_[{m, it->second}].insert(source(importer).modulePath);
            return;
        }
        if (auto it = table.named.find(name); it != table.named.end()) {
            use(it->second.target, it->second.fact->importedName, importer);
            return;
        }
        if (name == "default") return;
        for (const ResolvedReExport& star : table.stars) use(star.target, name, importer);
    }

    void propagateImports() {
        for (std::size_t m = 0; m < modules_.size(); ++m) {
            for (const ModuleImport& edge : facts(m).imports) {
                // A re-export by itself uses nothing: only who imports the barrel counts.
                if (edge.kind == ImportKind::ReExport) continue;
                for (const std::string& name : edge.names) use(targetOf(m, edge.specifier), name, m);
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
        out.resolvedSpecifiers = std::move(targets_);
        return out;
    }

    const std::vector<ProjectModule>& modules_;
    const GraphOptions& options_;
    ModuleResolver resolver_;
    std::vector<std::map<std::string, std::size_t>> targets_;  // per module: specifier → module
    std::vector<ExportTable> tables_;
    std::set<std::tuple<std::size_t, std::string, std::size_t>> visited_;  // (module, name, importer)
    std::map<ActionKey, std::set<std::string>> live_;
    std::vector<Diagnostic> diagnostics_;
};

}  // namespace

ProjectAnalysis analyseProject(const std::vector<ProjectModule>& modules, const GraphOptions& options) {
    return Analyser(modules, options).run();
}

}  // namespace actionc
