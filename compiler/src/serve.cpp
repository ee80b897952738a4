#include "serve.h"

#include "actionc/action_id.h"
#include "output.h"
#include "pipeline.h"
#include "resolve.h"
#include "thread_pool.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>

namespace actionc {

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

class RequestError : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

Json diagnosticJson(const Diagnostic& d) {
    std::string rendered;
    renderDiagnostic(d, rendered);
    const char* severity = d.severity == Severity::Error ? "error" : d.severity == Severity::Warning ? "warning" : "note";
    return {{"severity", severity}, {"code", d.code},         {"message", d.message},  {"path", d.path},
            {"line", d.position.line}, {"column", d.position.column}, {"rendered", rendered}};
}

// What other modules can see of a module: if it is unchanged by an edit, the project
// analysis of before the edit still holds.
std::string surfaceOf(const ModuleFacts& facts) {
    std::string s = std::to_string(static_cast<int>(facts.kind)) + "|";
    for (const ExportedAction& a : facts.actions) s += a.exportName + "=" + a.localName + ";";
    s += "|";
    for (const ReExport& r : facts.reExports) s += r.specifier + ":" + r.importedName + ">" + r.exportName + ";";
    s += "|";
    for (const ModuleImport& i : facts.imports) {
        s += i.specifier + ":";
        for (const std::string& n : i.names) s += n + ",";
        s += ";";
    }
    return s;
}

class Session {
public:
    Session(const ServeOptions& options, const Key& key) : options_(options), key_(key) {}

    void scan() {
        const std::vector<ProjectFile> files = discoverProject(options_.build.project);
        std::vector<std::string> paths;
        for (const ProjectFile& f : files) {
            if (f.compiled) {
                paths.push_back(f.relativePath);
            } else {
                assets_.push_back(f.relativePath);
            }
        }
        std::vector<CompiledModule> compiled(paths.size());
        const unsigned jobs = options_.build.jobs ? options_.build.jobs : defaultJobCount();
        parallelFor(paths.size(), jobs, [&](std::size_t i) { compiled[i] = prescanOrCompile(root(), paths[i]); });
        for (CompiledModule& m : compiled) modules_.emplace(m.source->modulePath, std::move(m));
        std::string error;
        resolver_ = loadTsconfig(root(), &error).value_or(ResolverConfig{});
        analysisValid_ = false;
    }

    // One request line → one response object. Returns false after `shutdown`.
    bool handle(const std::string& line, Json& response) {
        Json request;
        try {
            request = Json::parse(line);
        } catch (const Json::exception& e) {
            response = {{"ok", false}, {"error", std::string("not JSON: ") + e.what()}};
            return true;
        }
        if (request.contains("id")) response["id"] = request["id"];
        try {
            const std::string method = request.value("method", "");
            if (method == "transform") {
                transform(request, response);
            } else if (method == "manifest") {
                response["ok"] = true;
                const ProjectAnalysis& project = analysis();
                response["manifest"] = serializeManifest(buildManifest(project, order_, key_));
            } else if (method == "forget") {
                modules_.erase(modulePathOf(request.value("path", "")));
                trees_.erase(modulePathOf(request.value("path", "")));
                analysisValid_ = false;
                response["ok"] = true;
            } else if (method == "shutdown") {
                response["ok"] = true;
                return false;
            } else {
                throw RequestError("unknown method '" + method + "'");
            }
        } catch (const std::exception& e) {
            response["ok"] = false;
            response["error"] = e.what();
        }
        return true;
    }

private:
    const std::string& root() const { return options_.build.project.root; }

    std::string modulePathOf(const std::string& path) const {
        if (path.empty()) throw RequestError("missing \"path\"");
        fs::path p(path);
        if (p.is_absolute()) {
            const fs::path rel = p.lexically_normal().lexically_relative(fs::absolute(root()).lexically_normal());
            if (rel.empty() || rel.begin()->string() == "..") throw RequestError(path + " is outside the project root");
            return rel.generic_string();
        }
        const auto joined = joinModulePath("", p.generic_string());
        if (!joined) throw RequestError(path + " is outside the project root");
        return *joined;
    }

    const ProjectAnalysis& analysis() {
        if (!analysisValid_) {
            std::vector<ProjectModule> input;
            input.reserve(modules_.size());
            order_.clear();
            indexOf_.clear();
            for (auto& [path, m] : modules_) {
                indexOf_[path] = order_.size();
                order_.push_back(&m);
                input.push_back({m.source.get(), &m.facts});
            }
            analysis_ = analyseProject(input, {resolver_, assets_, !options_.stripUnused, false});
            analysisValid_ = true;
        }
        return analysis_;
    }

    void transform(const Json& request, Json& response) {
        const std::string modulePath = modulePathOf(request.value("path", ""));
        if (!dialectForPath(modulePath)) throw RequestError(modulePath + " is not a JavaScript or TypeScript module");
        const std::string layer = request.value("layer", "client");
        if (layer != "client" && layer != "server") throw RequestError("\"layer\" must be \"client\" or \"server\"");
        std::string text = request.contains("source") ? request["source"].get<std::string>()
                                                      : readFile((fs::path(root()) / modulePath).string());

        const auto existing = modules_.find(modulePath);
        // Both layers of a module are usually asked for with the same text: parse once.
        if (existing == modules_.end() || existing->second.source->text != text) {
            update(modulePath, std::move(text), existing);
        }
        respond(modulePath, layer, response);
    }

    // A new text for `modulePath`: parsed incrementally when its last tree is kept.
    void update(const std::string& modulePath, std::string text, std::map<std::string, CompiledModule>::iterator existing) {
        TreeSlot& slot = trees_[modulePath];
        const bool reuse = slot.tree && existing != modules_.end();
        TSTree* tree = nullptr;
        CompiledModule updated = compileTextReusing(displayPathFor(root(), modulePath), modulePath, std::move(text),
                                                    reuse ? slot.tree.get() : nullptr,
                                                    reuse ? std::string_view(existing->second.source->text) : "",
                                                    &tree);
        slot.tree.reset(tree);
        if (existing == modules_.end()) {
            analysisValid_ = false;
        } else if (surfaceOf(existing->second.facts) != surfaceOf(updated.facts)) {
            analysisValid_ = false;
        }
        modules_.insert_or_assign(modulePath, std::move(updated));
    }

    void respond(const std::string& modulePath, const std::string& layer, Json& response) {
        const ProjectAnalysis& project = analysis();
        const std::size_t index = indexOf_.at(modulePath);
        const CompiledModule& module = modules_.at(modulePath);

        std::vector<Diagnostic> diagnostics = module.facts.diagnostics;
        for (const Diagnostic& d : project.diagnostics) {
            if (d.path == module.source->displayPath) diagnostics.push_back(d);
        }
        sortDiagnostics(diagnostics);
        response["diagnostics"] = Json::array();
        for (const Diagnostic& d : diagnostics) response["diagnostics"].push_back(diagnosticJson(d));
        if (hasErrors(diagnostics)) {
            response["ok"] = false;
            return;
        }

        const std::vector<LiveExport> exports = liveExportsOf(index, project, order_, key_);
        const std::vector<std::string> inlineIds = inlineIdsOf(module, key_);
        response["ok"] = true;
        response["actions"] = actionsOf(module, exports, inlineIds, project, index);
        if (!needsEmit(module.facts)) {
            response["changed"] = false;
            return;
        }
        const ModuleToEmit toEmit{*module.source, module.facts, exports, inlineIds};
        const MappedOutput output = layer == "client" ? emitClientModule(toEmit, options_.build.emit)
                                                      : emitServerModule(toEmit, options_.build.emit);
        response["changed"] = true;
        response["code"] = output.text();
        response["map"] = Json::parse(output.sourceMap(fs::path(modulePath).filename().string(), modulePath));
    }

    Json actionsOf(const CompiledModule& module, const std::vector<LiveExport>& exports,
                   const std::vector<std::string>& inlineIds, const ProjectAnalysis& project, std::size_t index) const {
        Json list = Json::array();
        for (const LiveAction& live : project.liveActions) {
            if (live.module != index) continue;
            const ExportedAction& a = module.facts.actions[live.actionIndex];
            list.push_back({{"id", encodeActionId(key_, module.source->modulePath, a.exportName)},
                            {"export", a.exportName},
                            {"kind", "module"},
                            {"line", a.position.line},
                            {"column", a.position.column},
                            {"params", a.paramCount ? Json(*a.paramCount) : Json("unknown")},
                            {"bound", 0}});
        }
        for (std::size_t i = 0; i < module.facts.inlineActions.size(); ++i) {
            const InlineAction& a = module.facts.inlineActions[i];
            list.push_back({{"id", inlineIds[i]},
                            {"export", a.exportName},
                            {"kind", "inline"},
                            {"line", a.position.line},
                            {"column", a.position.column},
                            {"params", a.paramCount},
                            {"bound", a.captures.size()}});
        }
        (void)exports;
        return list;
    }

    struct TreeDeleter {
        void operator()(TSTree* tree) const { ts_tree_delete(tree); }
    };
    struct TreeSlot {
        std::unique_ptr<TSTree, TreeDeleter> tree;
    };

    const ServeOptions& options_;
    const Key& key_;
    // Trees of the modules requested so far (not of the initial scan: 20k trees would
    // cost more memory than they save time).
    std::map<std::string, TreeSlot> trees_;
    std::map<std::string, CompiledModule> modules_;
    std::vector<std::string> assets_;
    ResolverConfig resolver_;
    ProjectAnalysis analysis_;
    bool analysisValid_ = false;
    ModuleList order_;  // modules_ in path order: the analysis's indices
    std::map<std::string, std::size_t> indexOf_;
};

}  // namespace

int runServe(const ServeOptions& options, const Key& key, std::istream& in, std::ostream& out) {
    Session session(options, key);
    session.scan();
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        Json response;
        const auto started = std::chrono::steady_clock::now();
        const bool keepGoing = session.handle(line, response);
        // `"timing": true` asks for the time spent in here (parse of the request to
        // the response object, not its serialisation), for benchmarks.
        if (line.find("\"timing\":true") != std::string::npos || line.find("\"timing\": true") != std::string::npos) {
            response["micros"] = std::chrono::duration_cast<std::chrono::microseconds>(
                                     std::chrono::steady_clock::now() - started)
                                     .count();
        }
        out << response.dump() << '\n' << std::flush;
        if (!keepGoing) break;
    }
    return 0;
}

}  // namespace actionc
