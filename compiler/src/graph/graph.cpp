#include "graph/graph.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

namespace actionc {

namespace {

constexpr std::size_t kNoModule = kNotAProjectModule;

using Resolution = ModuleResolver::Result;

struct ResolvedReExport {
    const ReExport* fact = nullptr;
    std::size_t target = kNoModule;
    const Resolution* resolution = nullptr;
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
        : modules_(modules), options_(options), resolver_(modulePaths(modules), options.resolver, options.others) {}

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
        reportUnresolved();
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

    // Resolves every specifier of every module once. An import that may name a file of
    // the project but resolves to none is remembered for one folded warning per specifier,
    // except the re-exports of 'use server' modules, which are errors
    // (validateServerReExports).
    void resolveEdges() {
        resolutions_.resize(modules_.size());
        for (std::size_t m = 0; m < modules_.size(); ++m) {
            const bool serverModule = facts(m).kind == ModuleKind::UseServer;
            auto resolveOnce = [&](const std::string& specifier, std::uint32_t offset, bool warn) {
                auto [it, added] = resolutions_[m].try_emplace(specifier);
                if (!added) return;
                it->second = resolver_.resolve(source(m).modulePath, specifier);
                if (warn && !options_.isolated && it->second.outcome == ModuleResolver::Outcome::Unresolved) {
                    unresolved_[specifier].push_back({m, offset});
                }
            };
            for (const ReExport& r : facts(m).reExports) resolveOnce(r.specifier, r.offset, !serverModule);
            for (const ModuleImport& edge : facts(m).imports) resolveOnce(edge.specifier, edge.offset, true);
        }
    }

    const Resolution* resolutionOf(std::size_t m, const std::string& specifier) const {
        const auto it = resolutions_[m].find(specifier);
        return it == resolutions_[m].end() ? nullptr : &it->second;
    }

    std::size_t targetOf(std::size_t m, const std::string& specifier) const {
        const Resolution* r = resolutionOf(m, specifier);
        return r && r->outcome == ModuleResolver::Outcome::Resolved ? r->module : kNoModule;
    }

    void buildExportTables() {
        tables_.resize(modules_.size());
        for (std::size_t m = 0; m < modules_.size(); ++m) {
            ExportTable& table = tables_[m];
            const auto& actions = facts(m).actions;
            for (std::size_t a = 0; a < actions.size(); ++a) table.localActions.emplace(actions[a].exportName, a);
            for (const ReExport& r : facts(m).reExports) {
                const ResolvedReExport resolved{&r, targetOf(m, r.specifier), resolutionOf(m, r.specifier)};
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

    // An action an export name leads to, and why it is kept: 0 when every hop resolved,
    // else the first unresolved import on the way (1 + index into reasons_).
    struct Reached {
        ActionKey action;
        std::size_t reason = 0;
        auto operator<=>(const Reached&) const = default;
    };
    using Visited = std::set<std::tuple<std::size_t, std::string, std::size_t>>;  // (module, name, reason)

    // The actions export `name` of `m` leads to ("*": all its exports), through re-exports
    // of any module, barrels included. Memoised per (module, name) so that every importer
    // of a barrel's name shares one walk: a walk per importer was quadratic (dub, whose
    // 4,000 modules import a UI barrel of nested `export *`s: 7.6 s).
    const std::vector<Reached>& reach(std::size_t m, const std::string& name) {
        const auto [it, added] = reach_.try_emplace({m, name});
        if (added) {
            Visited visited;
            std::set<Reached> found;
            walk(m, name, 0, visited, found);
            it->second.assign(found.begin(), found.end());
        }
        return it->second;
    }

    void walk(std::size_t m, const std::string& name, std::size_t reason, Visited& visited, std::set<Reached>& found) {
        if (m == kNoModule || !visited.insert({m, name, reason}).second) return;
        const ExportTable& table = tables_[m];
        if (name == "*") {
            std::set<std::string> names;
            std::set<std::size_t> visiting;
            exportNames(m, names, visiting);
            for (const std::string& n : names) walk(m, n, reason, visited, found);
            return;
        }
        if (auto it = table.localActions.find(name); it != table.localActions.end()) {
            found.insert({{m, it->second}, reason});
            return;
        }
        if (auto it = table.named.find(name); it != table.named.end()) {
            walkThrough(m, it->second, it->second.fact->importedName, reason, visited, found);
            return;
        }
        if (name == "default") return;
        for (const ResolvedReExport& star : table.stars) walkThrough(m, star, name, reason, visited, found);
    }

    // A re-export of `m` leads to its target and to what other export conditions pick, or,
    // when it does not resolve, to what it may name.
    void walkThrough(std::size_t m, const ResolvedReExport& r, const std::string& name, std::size_t reason,
                     Visited& visited, std::set<Reached>& found) {
        if (!r.resolution) return;
        const Resolution& resolution = *r.resolution;
        if (resolution.outcome == ModuleResolver::Outcome::Resolved) {
            walk(resolution.module, name, reason, visited, found);
            for (std::size_t alternate : resolution.alternates) walk(alternate, name, reason, visited, found);
        } else if (resolution.outcome == ModuleResolver::Outcome::Unresolved && !options_.isolated) {
            // The first unresolved import on the way is the reason it is kept.
            const std::size_t kept = reason ? reason : reasonFor(r.fact->specifier, m);
            for (std::size_t c : candidatesOf(resolution)) walk(c, name, kept, visited, found);
        }
    }

    // The modules an unresolved specifier may name.
    std::vector<std::size_t> candidatesOf(const Resolution& r) const {
        if (!r.anyModule) return r.candidates;
        std::vector<std::size_t> servers;
        for (std::size_t c = 0; c < modules_.size(); ++c) {
            if (facts(c).kind == ModuleKind::UseServer) servers.push_back(c);
        }
        return servers;
    }

    std::size_t reasonFor(const std::string& specifier, std::size_t in) {
        const auto [it, added] = reasonIds_.try_emplace({specifier, in}, reasons_.size() + 1);
        if (added) reasons_.push_back({specifier, in});
        return it->second;
    }

    // `importer` uses `reached`: live (with the importer), kept by an unresolved import, or
    // used only by its own module.
    void attribute(const Reached& reached, std::size_t importer) {
        const ActionKey& action = reached.action;
        if (action.module == importer) {
            usedByOwnModule_.insert(action);
        } else if (reached.reason == 0) {
            live_[action].insert(source(importer).modulePath);
        } else {
            const auto& [specifier, in] = reasons_[reached.reason - 1];
            live_[action];
            keptBy_[action].insert({specifier, source(in).modulePath});
            keptBySpecifier_[specifier].insert(action);
        }
    }

    void propagateImports() {
        for (std::size_t m = 0; m < modules_.size(); ++m) {
            for (const ModuleImport& edge : facts(m).imports) {
                // A re-export by itself uses nothing: only who imports the barrel counts.
                if (edge.kind == ImportKind::ReExport) continue;
                const Resolution* r = resolutionOf(m, edge.specifier);
                if (!r) continue;
                for (const std::string& name : edge.names) useImport(m, edge.specifier, *r, name);
            }
        }
    }

    void useImport(std::size_t importer, const std::string& specifier, const Resolution& r, const std::string& name) {
        if (r.outcome == ModuleResolver::Outcome::Resolved) {
            for (const Reached& reached : reach(r.module, name)) attribute(reached, importer);
            for (std::size_t alternate : r.alternates) {
                for (const Reached& reached : reach(alternate, name)) attribute(reached, importer);
            }
        } else if (r.outcome == ModuleResolver::Outcome::Unresolved && !options_.isolated) {
            const std::size_t kept = reasonFor(specifier, importer);
            for (std::size_t c : candidatesOf(r)) {
                for (const Reached& reached : reach(c, name)) attribute({reached.action, kept}, importer);
            }
        }
    }

    // One warning per unresolved specifier, at its first import: how often it appears and
    // which actions it keeps alive.
    void reportUnresolved() {
        constexpr std::size_t kListed = 8;
        for (auto& [specifier, places] : unresolved_) {
            std::sort(places.begin(), places.end(), [&](const auto& a, const auto& b) {
                return std::tie(source(a.first).modulePath, a.second) < std::tie(source(b.first).modulePath, b.second);
            });
            std::string message = "cannot resolve '" + specifier + "' to a file of this project";
            if (places.size() > 1) message += " (imported by " + std::to_string(places.size()) + " files)";
            const auto kept = keptBySpecifier_.find(specifier);
            if (kept != keptBySpecifier_.end()) {
                message += "; it may name one, so the actions it could import stay live: ";
                std::size_t listed = 0;
                for (const ActionKey& action : kept->second) {
                    if (listed == kListed) {
                        message += ", and " + std::to_string(kept->second.size() - kListed) + " more";
                        break;
                    }
                    message += (listed++ ? ", " : "") + source(action.module).modulePath + "#" +
                               facts(action.module).actions[action.action].exportName;
                }
            }
            const auto& [m, offset] = places.front();
            diagnostics_.push_back(makeDiagnostic(source(m), Severity::Warning, "unresolved-import", std::move(message),
                                                  offset, static_cast<std::uint32_t>(specifier.size() + 2)));
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
                const ActionKey action{m, a};
                const auto it = live_.find(action);
                if (it == live_.end()) {
                    out.stripped.push_back({m, a, usedByOwnModule_.count(action) ? StripReason::OwnModuleOnly
                                                                                  : StripReason::NoImporter});
                    continue;
                }
                LiveAction live{m, a, {it->second.begin(), it->second.end()}, {}};
                if (const auto kept = keptBy_.find(action); kept != keptBy_.end()) {
                    live.keptBy.assign(kept->second.begin(), kept->second.end());
                }
                out.liveActions.push_back(std::move(live));
            }
        }
        out.diagnostics = std::move(diagnostics_);
        out.resolvedSpecifiers.resize(modules_.size());
        for (std::size_t m = 0; m < modules_.size(); ++m) {
            for (const auto& [specifier, r] : resolutions_[m]) {
                out.resolvedSpecifiers[m].emplace(
                    specifier, r.outcome == ModuleResolver::Outcome::Resolved ? r.module : kNotAProjectModule);
            }
        }
        return out;
    }

    const std::vector<ProjectModule>& modules_;
    const GraphOptions& options_;
    ModuleResolver resolver_;
    std::vector<std::map<std::string, Resolution>> resolutions_;  // per module: specifier → resolution
    std::map<std::string, std::vector<std::pair<std::size_t, std::uint32_t>>> unresolved_;  // → (module, offset)
    std::vector<ExportTable> tables_;
    std::map<std::pair<std::size_t, std::string>, std::vector<Reached>> reach_;  // (module, export name) → actions
    std::map<ActionKey, std::set<std::string>> live_;  // → importers
    std::map<ActionKey, std::set<KeptBy>> keptBy_;
    std::map<std::string, std::set<ActionKey>> keptBySpecifier_;
    std::set<ActionKey> usedByOwnModule_;
    std::vector<std::pair<std::string, std::size_t>> reasons_;  // (specifier, importing module)
    std::map<std::pair<std::string, std::size_t>, std::size_t> reasonIds_;
    std::vector<Diagnostic> diagnostics_;
};

}  // namespace

ProjectAnalysis analyseProject(const std::vector<ProjectModule>& modules, const GraphOptions& options) {
    return Analyser(modules, options).run();
}

}  // namespace actionc
