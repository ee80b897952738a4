#include "serve/serve.h"

#include "actionc/action_id.h"
#include "driver/pipeline.h"
#include "graph/resolve.h"
#include "serve/flat_json.h"
#include "support/file_io.h"
#include "support/json_text.h"
#include "support/thread_pool.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <optional>
#include <iostream>
#include <map>
#include <unordered_map>

namespace actionc {

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

class RequestError : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Messages and diagnostics quote the request and the module's text, which need not be
// UTF-8 (a Latin-1 file, a stray byte in a path): such bytes are written as U+FFFD, as a
// UTF-8 reader of the reply would show them anyway, instead of failing the reply.
std::string dumpJson(const Json& value) { return value.dump(-1, ' ', false, Json::error_handler_t::replace); }

// Requests are flat objects, but `id` may be any JSON value, and echoing it (a copy, a
// print) recurses once per level of nesting: deeper than this it can only be hostile.
constexpr std::size_t kMaxRequestNesting = 64;

// How deep arrays and objects nest in JSON text (strings skipped), counted before a DOM
// is built of it.
std::size_t nestingDepth(std::string_view text) {
    std::size_t depth = 0;
    std::size_t deepest = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') ++i;
            else if (c == '"') inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

Json readRequest(const std::string& line) {
    if (std::optional<Json> flat = readFlatObject(line)) return std::move(*flat);
    if (nestingDepth(line) > kMaxRequestNesting) {
        throw RequestError("the request nests deeper than " + std::to_string(kMaxRequestNesting) + " levels");
    }
    auto parsed = parseJsonText(line);
    if (const auto* syntax = std::get_if<JsonSyntaxError>(&parsed)) {
        throw RequestError("not JSON at column " + std::to_string(syntax->offset + 1) + ": " + syntax->message);
    }
    Json request = std::move(std::get<Json>(parsed));
    if (!request.is_object()) throw RequestError("a request is a JSON object, not " + describeJsonType(request));
    return request;
}

// A string member of the request: `fallback` when it is absent.
std::string stringMember(const Json& request, const char* name, const char* fallback) {
    const auto member = request.find(name);
    if (member == request.end()) return fallback;
    if (!member->is_string()) throw RequestError(std::string("\"") + name + "\" must be a string, not " + describeJsonType(*member));
    return member->get<std::string>();
}

// One response line. Most members are a Json object; the big ones of a transform (the
// action list, the source map) arrive already serialised and are spliced in as they are,
// rather than parsed into a DOM only to be printed again.
struct Reply {
    Json id;        // echoed from the request, when it had one
    Json members = Json::object();
    std::string raw;  // `,"key":value` pairs, serialised
    std::int64_t micros = -1;

    std::string line() const {
        std::string body = dumpJson(members);
        body.pop_back();  // its closing brace: the raw members and the timing go before it
        std::string out = "{";
        if (!id.is_null()) out += "\"id\":" + dumpJson(id) + (body.size() > 1 ? "," : "");
        out.append(body, 1);
        out += raw;
        if (micros >= 0) out += (out.size() > 1 ? ",\"micros\":" : "\"micros\":") + std::to_string(micros);
        out += '}';
        return out;
    }
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
    // A module as serve keeps it: its version tells memoised answers apart.
    struct Module : CompiledModule {
        Module(CompiledModule m, std::uint64_t v) : CompiledModule(std::move(m)), version(v), surface(surfaceOf(facts)) {}
        std::uint64_t version = 0;
        std::string surface;  // surfaceOf(facts), kept: every edit compares it
    };
    // A transform's answer, kept until the module or the project changes.
    struct Answer {
        std::uint64_t version = 0;
        std::uint64_t moduleVersion = 0;
        Json members;
        std::string raw;
    };

public:
    Session(const ServeOptions& options, const Key& key) : options_(options), key_(key) {}

    void scan() {
        LeftOut leftOut;
        const std::vector<ProjectFile> files = discoverProject(options_.build.project, nullptr, &leftOut);
        std::vector<std::string> paths;
        for (const ProjectFile& f : files) {
            if (f.compiled) {
                paths.push_back(f.relativePath);
            } else {
                others_.assets.push_back(f.relativePath);
            }
        }
        others_.excluded = std::move(leftOut.files);
        others_.excludedDirectories = std::move(leftOut.directories);
        std::vector<CompiledModule> compiled(paths.size());
        const unsigned jobs = options_.build.jobCount();
        parallelFor(paths.size(), jobs, [&](std::size_t i) {
            compiled[i] = prescanOrCompile(root(), paths[i], AuditFacts::Skip);
        });
        for (CompiledModule& m : compiled) {
            std::string path = m.source->modulePath;
            modules_.emplace(std::move(path), Module(std::move(m), ++moduleVersions_));
        }
        // Problems with tsconfig files are left to the bundler's TypeScript step to report.
        std::vector<ResolverProblem> problems;
        resolver_ = loadResolverConfig(root(), paths, options_.build.aliases, problems);
        changed();
    }

    // One request line → one reply, whatever fails in between (the process serves on).
    // Returns false after `shutdown`.
    bool handle(const std::string& line, Reply& reply) {
        Json& response = reply.members;
        try {
            const Json request = readRequest(line);
            if (request.contains("id")) reply.id = request["id"];
            const std::string method = stringMember(request, "method", "");
            if (method == "transform") {
                transform(request, reply);
            } else if (method == "manifest") {
                response["ok"] = true;
                const ProjectAnalysis& project = analysis();
                // The same audit results a build records (docs/audit.md).
                AuditReport audit = auditProject(projectModules(order_), project,
                                                 effectiveAuditConfig(options_.build.audit), options_.build.jobCount());
                response["manifest"] = serializeManifest(buildManifest(project, order_, key_, &audit));
                keepAuditFacts(audit);
            } else if (method == "forget") {
                const std::string modulePath = modulePathOf(stringMember(request, "path", ""));
                modules_.erase(modulePath);
                trees_.erase(modulePath);
                changed();
                response["ok"] = true;
            } else if (method == "shutdown") {
                response["ok"] = true;
                return false;
            } else {
                throw RequestError("unknown method '" + method + "'");
            }
        } catch (const std::exception& e) {
            reply.members = {{"ok", false}, {"error", e.what()}};
            reply.raw.clear();
        }
        return true;
    }

private:
    const std::string& root() const { return options_.build.project.root; }

    // Memoised: a bundler names the same few modules again and again, and the path
    // arithmetic below allocates a dozen strings.
    const std::string& modulePathOf(const std::string& path) {
        const auto known = modulePaths_.find(path);
        if (known != modulePaths_.end()) return known->second;
        return modulePaths_.emplace(path, resolveModulePath(path)).first->second;
    }

    std::string resolveModulePath(const std::string& path) const {
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
            GraphOptions graphOptions;
            graphOptions.resolver = resolver_;
            graphOptions.others = others_;
            graphOptions.keepUnused = !options_.stripUnused;
            analysis_ = analyseProject(input, graphOptions);
            analysisValid_ = true;
        }
        return analysis_;
    }

    // The project changed in a way other modules may see: the analysis is stale.
    void changed() {
        analysisValid_ = false;
        ++version_;
    }

    void transform(const Json& request, Reply& reply) {
        const std::string modulePath = modulePathOf(stringMember(request, "path", ""));
        if (!dialectForPath(modulePath)) throw RequestError(modulePath + " is not a JavaScript or TypeScript module");
        const std::string layer = stringMember(request, "layer", "client");
        if (layer != "client" && layer != "server") throw RequestError("\"layer\" must be \"client\" or \"server\"");
        const auto existing = modules_.find(modulePath);
        const Json::const_iterator source = request.find("source");
        if (source != request.end() && !source->is_string()) throw RequestError("\"source\" must be a string, not " + describeJsonType(*source));
        const std::string fromDisk =
            source == request.end() ? readFile((fs::path(root()) / modulePath).string()) : std::string();
        const std::string& text = source == request.end() ? fromDisk : source->get_ref<const std::string&>();
        // Both layers of a module are usually asked for with the same text: parse once.
        if (existing == modules_.end() || existing->second.source->text != text) update(modulePath, text, existing);
        // A bundler asks again for what it asked before (both environments, reloads):
        // with nothing changed since, the answer is the same.
        Answer& memo = answers_[modulePath + (layer == "client" ? "|client" : "|server")];
        if (memo.version != version_ || memo.moduleVersion != modules_.at(modulePath).version) {
            Answer fresh{version_, modules_.at(modulePath).version, Json::object(), {}};
            respond(modulePath, layer, fresh);  // may throw: then nothing is remembered
            memo = std::move(fresh);
        }
        reply.members = memo.members;
        reply.raw = memo.raw;
    }

    // Modules are parsed without audit facts (AuditFacts::Skip); those the audit parsed for
    // a manifest keep theirs until their text changes, so the next manifest reuses them.
    void keepAuditFacts(AuditReport& audit) {
        for (auto& [m, facts] : audit.parsedOnDemand) {
            modules_.at(order_[m]->source->modulePath).facts.audit = std::move(facts);
        }
        audit.parsedOnDemand.clear();
    }

    // A new text for `modulePath`: parsed incrementally when its last tree is kept.
    void update(const std::string& modulePath, std::string text, std::map<std::string, Module>::iterator existing) {
        TreeSlot& slot = trees_[modulePath];
        const bool reuse = slot.tree && existing != modules_.end();
        TSTree* tree = nullptr;
        // An edit keeps the module's display path (a path computation per request, saved).
        std::string displayPath =
            existing != modules_.end() ? existing->second.source->displayPath : displayPathFor(root(), modulePath);
        CompiledModule updated = compileTextReusing(std::move(displayPath), modulePath, std::move(text),
                                                    reuse ? slot.tree.get() : nullptr,
                                                    reuse ? std::string_view(existing->second.source->text) : "",
                                                    &tree, AuditFacts::Skip);
        slot.tree.reset(tree);
        Module module(std::move(updated), ++moduleVersions_);
        if (existing == modules_.end() || existing->second.surface != module.surface) changed();
        modules_.insert_or_assign(modulePath, std::move(module));
    }

    void respond(const std::string& modulePath, const std::string& layer, Answer& answer) {
        const ProjectAnalysis& project = analysis();
        const std::size_t index = indexOf_.at(modulePath);
        const CompiledModule& module = modules_.at(modulePath);
        Json& response = answer.members;

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

        const std::vector<LiveExport> exports = liveExportsOf(index, project, order_, idOf_);
        const std::vector<std::string> inlineIds = inlineIdsOf(module, idOf_);
        response["ok"] = true;
        answer.raw = ",\"actions\":" + actionsOf(module, inlineIds, project, index);
        if (!needsEmit(module.facts)) {
            response["changed"] = false;
            return;
        }
        const ModuleToEmit toEmit{*module.source, module.facts, exports, inlineIds};
        const MappedOutput output = layer == "client" ? emitClientModule(toEmit, options_.build.emit)
                                                      : emitServerModule(toEmit, options_.build.emit);
        response["changed"] = true;
        answer.raw += ",\"code\":";
        appendQuoted(answer.raw, output.text());
        std::string map = output.sourceMap(fs::path(modulePath).filename().string(), modulePath);
        while (!map.empty() && map.back() == '\n') map.pop_back();
        answer.raw += ",\"map\":" + map;
    }

    // The module's live and inline actions as a JSON array, written directly: it is
    // spliced into the reply (Reply::raw).
    std::string actionsOf(const CompiledModule& module, const std::vector<std::string>& inlineIds,
                          const ProjectAnalysis& project, std::size_t index) const {
        std::string list = "[";
        auto add = [&](const std::string& id, const std::string& exportName, const char* kind, const Position& at,
                       const std::string& params, std::size_t bound) {
            if (list.size() > 1) list += ',';
            list += "{\"id\":";
            appendQuoted(list, id);
            list += ",\"export\":";
            appendQuoted(list, exportName);
            list += std::string(",\"kind\":\"") + kind + "\",\"line\":" + std::to_string(at.line) +
                    ",\"column\":" + std::to_string(at.column) + ",\"params\":" + params +
                    ",\"bound\":" + std::to_string(bound) + "}";
        };
        for (const LiveAction& live : project.liveActions) {
            if (live.module != index) continue;
            const ExportedAction& a = module.facts.actions[live.actionIndex];
            add(idOf_(module.source->modulePath, a.exportName), a.exportName, "module", a.position,
                a.paramCount ? std::to_string(*a.paramCount) : "\"unknown\"", 0);
        }
        for (std::size_t i = 0; i < module.facts.inlineActions.size(); ++i) {
            const InlineAction& a = module.facts.inlineActions[i];
            add(inlineIds[i], a.exportName, "inline", a.position, std::to_string(a.paramCount), a.captures.size());
        }
        return list + "]";
    }

    struct TreeDeleter {
        void operator()(TSTree* tree) const { ts_tree_delete(tree); }
    };
    struct TreeSlot {
        std::unique_ptr<TSTree, TreeDeleter> tree;
    };

    const ServeOptions& options_;
    const Key& key_;
    // IDs are a pure function of key, module and name; each costs some crypto.
    std::unordered_map<std::string, std::string> ids_;
    ActionIdOf idOf_ = [this](const std::string& modulePath, const std::string& exportName) {
        auto [it, added] = ids_.try_emplace(modulePath + '\0' + exportName);
        if (added) it->second = encodeActionId(key_, modulePath, exportName);
        return it->second;
    };
    std::unordered_map<std::string, Answer> answers_;  // by module path and layer
    std::uint64_t version_ = 0;                         // bumped by changed()
    std::uint64_t moduleVersions_ = 0;
    // Trees of the modules requested so far (not of the initial scan: 20k trees would
    // cost more memory than they save time).
    std::map<std::string, TreeSlot> trees_;
    std::map<std::string, Module> modules_;
    OtherFiles others_;
    ResolverConfig resolver_;
    ProjectAnalysis analysis_;
    bool analysisValid_ = false;
    ModuleList order_;  // modules_ in path order: the analysis's indices
    std::map<std::string, std::size_t> indexOf_;
    std::unordered_map<std::string, std::string> modulePaths_;  // request path -> module path
};

}  // namespace

int runServe(const ServeOptions& options, const Key& key, std::istream& in, std::ostream& out) {
    Session session(options, key);
    session.scan();
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        Reply reply;
        const auto started = std::chrono::steady_clock::now();
        const bool keepGoing = session.handle(line, reply);
        // `"timing": true` asks for the time spent in here (parse of the request to
        // the reply, not its serialisation), for benchmarks.
        if (line.find("\"timing\":true") != std::string::npos || line.find("\"timing\": true") != std::string::npos) {
            reply.micros = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started)
                               .count();
        }
        out << reply.line() << '\n' << std::flush;
        if (!keepGoing) break;
    }
    return 0;
}

}  // namespace actionc
