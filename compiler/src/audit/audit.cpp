// The rules of docs/audit.md over the facts of audit_facts.h. Calls are followed through
// the project: a call's callee path is resolved, binding by binding, across imports and
// the modules they resolve to (parsed on demand when the build only prescanned them),
// to the packages it comes from (matched against the configured patterns) and to the
// project's functions (summarised, memoised, cycles cut). Every hop costs one unit of a
// fixed budget, so following is bounded whatever the project.
#include "audit/audit.h"

#include "support/spelling.h"
#include "support/text_search.h"
#include "support/thread_pool.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <unordered_map>

namespace actionc {

std::string_view auditCodeName(AuditCode code) {
    switch (code) {
    case AuditCode::Auth: return "audit-auth";
    case AuditCode::WholeRecord: return "audit-whole-record";
    case AuditCode::UnvalidatedInput: return "audit-unvalidated-input";
    case AuditCode::RawReturn: return "audit-raw-return";
    }
    return "audit-auth";
}

std::size_t AuditReport::findingCount() const {
    std::size_t n = 0;
    for (const ActionAudit& a : actions) n += a.findings.size();
    return n;
}

std::size_t AuditReport::suppressedCount() const {
    std::size_t n = 0;
    for (const ActionAudit& a : actions) n += a.suppressed.size();
    return n;
}

namespace {

constexpr int kMaxFollow = 8;  // hops through bindings and modules, resolving one name

// How a call, or a function of the project, stands to authentication.
enum class Guard : std::uint8_t {
    None,
    Getter,     // returns the session (or null): its caller must check the result
    Asserting,  // throws or redirects itself when there is no user
};

// What a function does about authentication, from its calls.
enum class AuthLevel : std::uint8_t {
    None,
    Reads,    // calls a guard, never checks its result
    Checks,   // checks a guard's result, and returns (null, an error) when it fails
    Asserts,  // throws or redirects when there is no user
};

// What a path can reach: package exports (matched against the patterns) and the
// project's functions; and, for a value built by a chain of calls, what was passed to them.
struct Reached {
    struct External {
        std::string specifier;
        std::vector<std::string> path;
    };
    std::vector<External> external;
    std::vector<std::pair<std::size_t, std::int32_t>> functions;
    std::vector<std::pair<std::size_t, std::int32_t>> chainFunctions;
    std::vector<std::pair<std::size_t, ValuePath>> chainArguments;
    std::vector<std::string> chainMembers;
};

std::vector<std::string> splitDotted(std::string_view dotted) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= dotted.size()) {
        const std::size_t dot = dotted.find('.', start);
        const std::size_t end = dot == std::string_view::npos ? dotted.size() : dot;
        out.emplace_back(dotted.substr(start, end - start));
        if (dot == std::string_view::npos) break;
        start = dot + 1;
    }
    return out;
}

std::string joinDotted(const std::vector<std::string>& path) {
    std::string out;
    for (const std::string& p : path) out += (out.empty() ? "" : ".") + p;
    return out;
}

// Wrapper methods that give an action an input schema: next-safe-action's
// .schema()/.inputSchema(), zsa's .input(), TanStack's .validator().
bool isSchemaMember(std::string_view name) {
    return name == "schema" || name == "inputSchema" || name == "input" || name == "validator" ||
           name == "inputValidator" || name == "bindArgsSchemas";
}

// Methods that make something new of what they are called on.
bool isShaping(std::string_view method) {
    return method == "map" || method == "filter" || method == "reduce" || method == "flatMap" || method == "forEach" ||
           method == "some" || method == "every" || method == "includes" || method == "findIndex" || method == "slice" ||
           method == "sort" || method == "concat" || method == "join" || method == "at" || method == "transaction" ||
           method == "toString" || method == "toJSON";
}

// Conversions that leave a primitive whatever they are given.
bool isCoercion(std::string_view written) {
    return written == "Number" || written == "String" || written == "Boolean" || written == "BigInt" ||
           written == "parseInt" || written == "parseFloat" || written == "Number.parseInt" ||
           written == "Number.parseFloat" || written == "Number.isInteger" || written == "Number.isFinite" ||
           written == "Array.isArray";
}

std::string quotedList(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
        out += "'" + names[i] + "'";
    }
    return out;
}

// Audit facts of the modules the build did not parse, each parsed once, by whichever
// auditing thread reaches it first.
class OnDemandFacts {
public:
    explicit OnDemandFacts(const std::vector<ProjectModule>& modules)
        : modules_(modules), once_(modules.size()), facts_(modules.size()) {}

    const ModuleAuditFacts& get(std::size_t m) {
        std::call_once(once_[m], [&] {
            facts_[m] = std::make_unique<ModuleAuditFacts>(parseAuditFacts(*modules_[m].source));
        });
        return *facts_[m];
    }

    // Once every thread is done: what was parsed (nullptr: nothing), and taking it.
    const ModuleAuditFacts* parsed(std::size_t m) const { return facts_[m].get(); }
    std::unique_ptr<ModuleAuditFacts> take(std::size_t m) { return std::move(facts_[m]); }

private:
    const std::vector<ProjectModule>& modules_;
    std::vector<std::once_flag> once_;
    std::vector<std::unique_ptr<ModuleAuditFacts>> facts_;
};

// What one action is: a module action (index into facts.actions) or an inline one.
struct ActionToAudit {
    std::size_t module = 0;
    bool isInline = false;
    std::size_t index = 0;
};

// Audits actions one at a time. Each auditing thread has its own (indexes, summaries and
// call targets are memos; a function's summary is its callees' fixed point, the same
// whichever action reached it first), sharing only the modules parsed on demand.
class Auditor {
public:
    Auditor(const std::vector<ProjectModule>& modules, const ProjectAnalysis& analysis, const AuditConfig& config,
            OnDemandFacts& onDemand)
        : modules_(modules), analysis_(analysis), config_(config), indexes_(modules.size()), onDemand_(onDemand) {}

    ActionAudit audit(const ActionToAudit& action) {
        return action.isInline ? auditInlineAction(action.module, action.index)
                               : auditModuleAction(action.module, action.index);
    }

private:
    // What the build read with the module's facts, or what the audit parsed on demand
    // (once every thread is done).
    const ModuleAuditFacts* auditFactsOf(std::size_t m) const {
        const std::optional<ModuleAuditFacts>& kept = modules_[m].facts->audit;
        return kept ? &*kept : onDemand_.parsed(m);
    }

    // ---- the module index: each module's audit facts, looked up by name ----

    struct ModuleIndex {
        bool built = false;
        const ModuleAuditFacts* facts = nullptr;
        std::unordered_map<std::string_view, std::int32_t> bindings;
        std::unordered_map<std::string_view, std::string_view> exports;
        std::unordered_map<std::uint32_t, std::int32_t> functionAt;
        std::vector<std::vector<std::int32_t>> children;
    };

    const ModuleIndex& index(std::size_t m) {
        ModuleIndex& ix = indexes_[m];
        if (ix.built) return ix;
        ix.built = true;
        const ModuleFacts& facts = *modules_[m].facts;
        if (facts.audit) {
            ix.facts = &*facts.audit;
        } else {
            ix.facts = &onDemand_.get(m);
        }
        const ModuleAuditFacts& a = *ix.facts;
        for (std::size_t b = 0; b < a.bindings.size(); ++b) ix.bindings.emplace(a.bindings[b].name, static_cast<std::int32_t>(b));
        for (const AuditExport& e : a.exports) ix.exports.emplace(e.exportName, e.localName);
        ix.children.resize(a.functions.size());
        for (std::size_t f = 0; f < a.functions.size(); ++f) {
            ix.functionAt.emplace(a.functions[f].start, static_cast<std::int32_t>(f));
            if (a.functions[f].parent >= 0) ix.children[static_cast<std::size_t>(a.functions[f].parent)].push_back(static_cast<std::int32_t>(f));
        }
        return ix;
    }

    const AuditFunction& function(std::size_t m, std::int32_t f) { return index(m).facts->functions[static_cast<std::size_t>(f)]; }

    // `f` and every function nested in it.
    std::vector<std::int32_t> withDescendants(std::size_t m, std::int32_t f) {
        const ModuleIndex& ix = index(m);
        std::vector<std::int32_t> out;
        std::vector<std::int32_t> pending{f};
        while (!pending.empty()) {
            const std::int32_t g = pending.back();
            pending.pop_back();
            out.push_back(g);
            const auto& kids = ix.children[static_cast<std::size_t>(g)];
            pending.insert(pending.end(), kids.begin(), kids.end());
        }
        return out;
    }

    std::size_t targetOf(std::size_t m, const std::string& specifier) const {
        if (m >= analysis_.resolvedSpecifiers.size()) return kNotAProjectModule;
        const auto& targets = analysis_.resolvedSpecifiers[m];
        const auto it = targets.find(specifier);
        return it == targets.end() ? kNotAProjectModule : it->second;
    }

    // ---- following paths ----

    void reach(std::size_t m, const ValuePath& path, int depth, Reached& out) {
        if (depth > kMaxFollow) return;
        const ModuleIndex& ix = index(m);
        if (path.root == ValuePath::Root::Function) {
            if (path.function < 0) return;
            if (path.members.empty()) {
                out.functions.emplace_back(m, path.function);
            } else {
                reachReturned(m, path.function, path.members, depth, out);
            }
            return;
        }
        if (path.root != ValuePath::Root::Module) return;
        const auto it = ix.bindings.find(path.name);
        if (it == ix.bindings.end()) return;
        const AuditBinding& b = ix.facts->bindings[static_cast<std::size_t>(it->second)];
        switch (b.kind) {
        case AuditBinding::Kind::Import: {
            std::vector<std::string> members = path.members;
            std::string exported = b.importedName;
            if (exported == "*") {  // a namespace: its first member is the export
                if (members.empty()) return;
                exported = members.front();
                members.erase(members.begin());
            }
            Reached::External external{b.specifier, {exported}};
            external.path.insert(external.path.end(), members.begin(), members.end());
            out.external.push_back(std::move(external));
            const std::size_t target = targetOf(m, b.specifier);
            if (target != kNotAProjectModule) reachExport(target, exported, members, depth + 1, out);
            return;
        }
        case AuditBinding::Kind::Function:
            if (b.function < 0) return;
            if (path.members.empty()) {
                out.functions.emplace_back(m, b.function);
            } else {
                reachReturned(m, b.function, path.members, depth, out);
            }
            return;
        case AuditBinding::Kind::Value: {
            for (std::int32_t f : b.chainFunctions) out.chainFunctions.emplace_back(m, f);
            for (const ValuePath& p : b.chainArguments) out.chainArguments.emplace_back(m, p);
            out.chainMembers.insert(out.chainMembers.end(), b.chainMembers.begin(), b.chainMembers.end());
            if (b.function >= 0 && path.members.empty()) out.functions.emplace_back(m, b.function);
            if (b.value.empty()) return;
            ValuePath next = b.value;
            next.members.insert(next.members.end(), path.members.begin(), path.members.end());
            reach(m, next, depth + 1, out);
            return;
        }
        case AuditBinding::Kind::Type: return;
        }
    }

    // `createClient().auth.getUser`: what the function returns, then the members.
    void reachReturned(std::size_t m, std::int32_t f, const std::vector<std::string>& members, int depth, Reached& out) {
        ValuePath returned = function(m, f).returns;
        if (returned.empty()) return;
        returned.members.insert(returned.members.end(), members.begin(), members.end());
        reach(m, returned, depth + 1, out);
    }

    // Whether module `t` may export `name` from a declaration of its own: a module not
    // parsed yet whose text never spells the name cannot (its re-exports are in the facts
    // the build already has). Barrels of `export *` are searched this way without parsing
    // each module they list (vercel/ai: 183 modules parsed for 7 actions before).
    bool mayExportLocally(std::size_t t, const std::string& name) const {
        // Only what this thread knows or the build kept: the answer must not depend on what
        // other threads happened to parse (same manifest at any --jobs).
        if (indexes_[t].built || modules_[t].facts->audit) return true;
        // (The audit reads names as written, escapes and all, as the parse gives them.)
        return containsText(modules_[t].source->text, name);
    }

    // Export `name` of module `t`, declared there or re-exported from elsewhere.
    void reachExport(std::size_t t, const std::string& name, const std::vector<std::string>& members, int depth, Reached& out) {
        if (depth > kMaxFollow) return;
        if (mayExportLocally(t, name)) {
            const ModuleIndex& ix = index(t);
            if (const auto it = ix.exports.find(name); it != ix.exports.end()) {
                ValuePath local;
                local.root = ValuePath::Root::Module;
                local.name = std::string(it->second);
                local.members = members;
                reach(t, local, depth, out);
                return;
            }
        }
        const std::vector<ReExport>& reExports = modules_[t].facts->reExports;
        for (const ReExport& r : reExports) {
            if (r.exportName != name) continue;
            std::vector<std::string> rest = members;
            std::string exported = r.importedName;
            if (exported == "*") {  // `export * as ns from`: the first member is the export
                if (rest.empty()) return;
                exported = rest.front();
                rest.erase(rest.begin());
            }
            reachReExport(t, r.specifier, exported, rest, depth, out);
            return;
        }
        if (name == "default") return;  // `export *` never forwards the default
        for (const ReExport& r : reExports) {
            if (r.exportName != "*") continue;
            const std::size_t before = out.external.size() + out.functions.size();
            const std::size_t target = targetOf(t, r.specifier);
            if (target != kNotAProjectModule) reachExport(target, name, members, depth + 1, out);
            if (out.external.size() + out.functions.size() > before) return;
        }
    }

    void reachReExport(std::size_t t, const std::string& specifier, const std::string& exported,
                       const std::vector<std::string>& members, int depth, Reached& out) {
        Reached::External external{specifier, {exported}};
        external.path.insert(external.path.end(), members.begin(), members.end());
        out.external.push_back(std::move(external));
        const std::size_t target = targetOf(t, specifier);
        if (target != kNotAProjectModule) reachExport(target, exported, members, depth + 1, out);
    }

    // ---- calls ----

    static bool writtenMatches(const std::vector<AuditPattern>& patterns, const AuditCall& call) {
        if (call.written.empty()) return false;
        const std::vector<std::string> path = splitDotted(call.written);
        const bool global = call.callee.root == ValuePath::Root::Global;
        return std::any_of(patterns.begin(), patterns.end(),
                           [&](const AuditPattern& p) { return patternMatches(p, "", path, global); });
    }

    static const AuditPattern* externalMatch(const std::vector<AuditPattern>& patterns, const Reached::External& e) {
        for (const AuditPattern& p : patterns) {
            if (patternMatches(p, e.specifier, e.path)) return &p;
        }
        return nullptr;
    }

    using FunctionKey = std::pair<std::size_t, std::int32_t>;

    // What a call reaches, resolved once: the guard and validator patterns it matches, and
    // the functions of the project it may call.
    struct CallTarget {
        Guard guard = Guard::None;
        std::string via;          // the guard it reaches, for messages, when not as written
        bool validator = false;   // a configured validator, or a conversion to a primitive
        std::vector<FunctionKey> functions;
    };

    const CallTarget& targetOfCall(std::size_t m, const AuditCall& call) {
        if (const auto it = callTargets_.find(&call); it != callTargets_.end()) return it->second;
        CallTarget target;
        auto raise = [&](Guard g, std::string via) {
            if (g > target.guard) {
                target.guard = g;
                target.via = std::move(via);
            }
        };
        if (!call.written.empty()) {
            const std::vector<std::string> path = splitDotted(call.written);
            const bool global = call.callee.root == ValuePath::Root::Global;
            for (const AuditPattern& p : config_.guards) {
                if (patternMatches(p, "", path, global)) raise(p.asserts ? Guard::Asserting : Guard::Getter, "");
            }
        }
        target.validator = (call.callee.root == ValuePath::Root::Global && isCoercion(call.written)) ||
                           writtenMatches(config_.validators, call);
        Reached reached;
        reach(m, call.callee, 0, reached);
        for (const Reached::External& e : reached.external) {
            if (const AuditPattern* p = externalMatch(config_.guards, e)) {
                raise(p->asserts ? Guard::Asserting : Guard::Getter, "the guard " + joinDotted(e.path) + " of '" + e.specifier + "'");
            }
            if (externalMatch(config_.validators, e)) target.validator = true;
        }
        std::sort(reached.functions.begin(), reached.functions.end());
        reached.functions.erase(std::unique(reached.functions.begin(), reached.functions.end()), reached.functions.end());
        target.functions = std::move(reached.functions);
        return callTargets_.emplace(&call, std::move(target)).first->second;
    }

    struct CallGuard {
        Guard guard = Guard::None;
        std::string via;
    };

    // How a call stands to authentication: by the patterns it matches, or by what the
    // functions of the project it calls do.
    CallGuard classifyCall(std::size_t m, const AuditCall& call) {
        const CallTarget& target = targetOfCall(m, call);
        CallGuard best{target.guard, target.via};
        for (const FunctionKey& f : target.functions) {
            const Guard g = guardOf(summary(f).auth);
            if (g > best.guard) best = {g, ""};
        }
        return best;
    }

    bool isValidatorCall(std::size_t m, const AuditCall& call) {
        const CallTarget& target = targetOfCall(m, call);
        return target.validator ||
               std::any_of(target.functions.begin(), target.functions.end(),
                           [&](const FunctionKey& f) { return summary(f).validates; });
    }

    // A data-layer call, whose result returned as it is would reach the client whole.
    // Array methods on rows (`rows.map(…)`) shape them, as a transaction's callback does.
    bool isDataLayerCall(std::size_t m, const AuditCall& call) {
        const std::vector<std::string> written = splitDotted(call.written);
        if (!written.empty() && isShaping(written.back())) return false;
        if (writtenMatches(config_.dataLayer, call)) return true;
        Reached reached;
        reach(m, call.callee, 0, reached);
        return std::any_of(reached.external.begin(), reached.external.end(),
                           [&](const Reached::External& e) { return externalMatch(config_.dataLayer, e) != nullptr; });
    }

    // ---- what a function of the project does, for its callers ----

    struct Summary {
        AuthLevel auth = AuthLevel::None;
        bool validates = false;  // sends one of its parameters to a validator
        bool operator==(const Summary&) const = default;
    };

    // A function asserts or checks or reads the session as its strongest call does; a
    // guard's result counts as tested when its test throws (asserts) or returns (checks).
    static Guard guardOf(AuthLevel level) {
        if (level == AuthLevel::Asserts) return Guard::Asserting;
        return level == AuthLevel::None ? Guard::None : Guard::Getter;
    }

    // A function that calls a guard: it asserts when it throws or redirects on the test,
    // checks when it returns instead, and reads the session when it returns what the guard
    // returned untested. One that calls a guard for some other purpose does none of these.
    static AuthLevel levelOf(Guard guard, const AuditCall& call) {
        if (guard == Guard::Asserting) return AuthLevel::Asserts;
        if (guard == Guard::None) return AuthLevel::None;
        if (call.check == ResultCheck::Throws) return AuthLevel::Asserts;
        if (call.check == ResultCheck::Returns || call.check == ResultCheck::Tests) return AuthLevel::Checks;
        return call.returned ? AuthLevel::Reads : AuthLevel::None;
    }

    const Summary& summary(const FunctionKey& f) {
        if (const auto it = summaries_.find(f); it != summaries_.end()) return it->second;
        summarise(f);
        return summaries_.at(f);
    }

    // The functions a function's calls (its nested functions' included) may lead to.
    std::vector<FunctionKey> calleesOf(const FunctionKey& f) {
        std::vector<FunctionKey> out;
        for (std::int32_t g : withDescendants(f.first, f.second)) {
            for (const AuditCall& call : function(f.first, g).calls) {
                const auto& functions = targetOfCall(f.first, call).functions;
                out.insert(out.end(), functions.begin(), functions.end());
            }
        }
        return out;
    }

    // One function's summary from its calls, given its callees' summaries.
    Summary evaluate(const FunctionKey& f) {
        Summary s;
        for (std::int32_t g : withDescendants(f.first, f.second)) {
            for (const AuditCall& call : function(f.first, g).calls) {
                const CallTarget& target = targetOfCall(f.first, call);
                Guard guard = target.guard;
                bool validator = target.validator;
                for (const FunctionKey& callee : target.functions) {
                    const Summary& c = summaries_.at(callee);
                    guard = std::max(guard, guardOf(c.auth));
                    validator = validator || c.validates;
                }
                s.auth = std::max(s.auth, levelOf(guard, call));
                s.validates = s.validates || (call.parameterArguments != 0 && validator);
            }
        }
        return s;
    }

    // Summarises `root` and every function it may lead to that is not summarised yet, a
    // strongly connected component of the call graph at a time, callees first (Tarjan's
    // algorithm, without recursion), each component to its fixed point: functions that
    // call each other are summarised as exactly as the rest, whatever was asked first.
    void summarise(const FunctionKey& root) {
        struct Visit {
            FunctionKey node;
            std::vector<FunctionKey> callees;
            std::size_t next = 0;
        };
        std::map<FunctionKey, std::pair<std::size_t, std::size_t>> order;  // index, lowlink
        std::set<FunctionKey> onStack;
        std::vector<FunctionKey> stack;
        std::vector<Visit> visits;
        auto open = [&](const FunctionKey& f) {
            const std::size_t index = order.size();
            order[f] = {index, index};
            stack.push_back(f);
            onStack.insert(f);
            visits.push_back({f, calleesOf(f), 0});
        };
        open(root);
        while (!visits.empty()) {
            Visit& visit = visits.back();
            if (visit.next < visit.callees.size()) {
                const FunctionKey callee = visit.callees[visit.next++];
                if (summaries_.count(callee)) continue;  // summarised before
                if (const auto it = order.find(callee); it == order.end()) {
                    open(callee);
                } else if (onStack.count(callee)) {
                    auto& low = order[visit.node].second;
                    low = std::min(low, it->second.first);
                }
                continue;
            }
            const FunctionKey node = visit.node;
            const auto [index, low] = order[node];
            visits.pop_back();
            if (!visits.empty()) {
                auto& parentLow = order[visits.back().node].second;
                parentLow = std::min(parentLow, low);
            }
            if (low != index) continue;
            std::vector<FunctionKey> component;
            for (;;) {
                const FunctionKey member = stack.back();
                stack.pop_back();
                onStack.erase(member);
                component.push_back(member);
                summaries_[member] = Summary{};
                if (member == node) break;
            }
            for (bool changed = true; changed;) {
                changed = false;
                for (const FunctionKey& member : component) {
                    const Summary s = evaluate(member);
                    if (!(s == summaries_[member])) {
                        summaries_[member] = s;
                        changed = true;
                    }
                }
            }
        }
    }

    // ---- actions ----

    struct Site {
        std::size_t module = 0;
        std::int32_t function = -1;         // the action's body, when actionc can see it
        const AuditBinding* creator = nullptr;  // `export const a = wrapper(…)`: its binding
        std::string name;
        std::uint32_t offset = 0;
        std::uint32_t length = 1;
    };

    ActionAudit auditModuleAction(std::size_t m, std::size_t a) {
        const ExportedAction& action = modules_[m].facts->actions[a];
        const ModuleIndex& ix = index(m);
        Site site;
        site.module = m;
        site.name = action.exportName;
        site.offset = action.offset;
        site.length = static_cast<std::uint32_t>(std::max<std::size_t>(1, action.localName.empty() ? 1 : action.localName.size()));
        if (action.functionStart > 0) {
            if (const auto it = ix.functionAt.find(action.functionStart); it != ix.functionAt.end()) site.function = it->second;
        }
        if (site.function < 0) {
            const std::string_view local = action.localName.empty() ? kDefaultExpressionBinding : std::string_view(action.localName);
            if (const auto it = ix.bindings.find(local); it != ix.bindings.end()) {
                const AuditBinding& b = ix.facts->bindings[static_cast<std::size_t>(it->second)];
                if (b.kind == AuditBinding::Kind::Function) {
                    site.function = b.function;
                } else if (b.kind == AuditBinding::Kind::Value) {
                    site.creator = &b;
                    site.function = b.function;
                }
            }
        }
        ActionAudit out;
        out.module = m;
        out.index = a;
        out.name = action.exportName;
        out.exportName = action.exportName;
        out.position = action.position;
        audit(site, out);
        return out;
    }

    ActionAudit auditInlineAction(std::size_t m, std::size_t i) {
        const InlineAction& action = modules_[m].facts->inlineActions[i];
        const ModuleIndex& ix = index(m);
        Site site;
        site.module = m;
        site.name = action.stableName;
        if (const auto it = ix.functionAt.find(action.start); it != ix.functionAt.end()) site.function = it->second;
        // Findings point at the function's name where it has one, as the manifest's position does.
        const std::string& name = !action.declaredName.empty() ? action.declaredName : action.methodKey;
        const std::string_view text = modules_[m].source->text;
        const std::size_t at = name.empty() ? std::string_view::npos : text.find(name, action.start);
        site.offset = at != std::string_view::npos && at < action.end ? static_cast<std::uint32_t>(at) : action.start;
        site.length = at != std::string_view::npos && at < action.end ? static_cast<std::uint32_t>(name.size()) : 1;
        ActionAudit out;
        out.module = m;
        out.isInline = true;
        out.index = i;
        out.name = action.stableName;
        out.exportName = action.exportName;
        out.position = action.position;
        audit(site, out);
        return out;
    }

    void audit(const Site& site, ActionAudit& out) {
        Reached creation;
        if (site.creator) {
            ValuePath self;
            self.root = ValuePath::Root::Module;
            self.name = site.creator->name;
            reach(site.module, self, 0, creation);
            auto notSelf = [&](const std::pair<std::size_t, std::int32_t>& f) {
                return f.first == site.module && f.second == site.function;
            };
            std::erase_if(creation.functions, notSelf);
            std::erase_if(creation.chainFunctions, notSelf);
        }
        if (auto finding = authFinding(site, creation)) out.findings.push_back(std::move(*finding));
        if (!site.creator) {
            if (auto finding = wholeRecordFinding(site)) out.findings.push_back(std::move(*finding));
        }
        if (auto finding = inputFinding(site, creation)) out.findings.push_back(std::move(*finding));
        if (auto finding = rawReturnFinding(site)) out.findings.push_back(std::move(*finding));
    }

    Diagnostic finding(const Site& site, AuditCode code, std::string message, std::uint32_t offset, std::uint32_t length) {
        return makeDiagnostic(*modules_[site.module].source, Severity::Warning, std::string(auditCodeName(code)),
                              std::move(message), offset, length);
    }

    Diagnostic note(std::size_t m, std::string message, std::uint32_t offset, std::uint32_t length) {
        return makeDiagnostic(*modules_[m].source, Severity::Note, "", std::move(message), offset, length);
    }

    // Whether what creates the action checks authentication itself: a configured
    // wrapper, a function of the project that checks, or middleware passed along the chain.
    bool createdAuthenticated(const Reached& creation) {
        for (const Reached::External& e : creation.external) {
            if (externalMatch(config_.wrappers, e)) return true;
        }
        auto checks = [&](std::size_t m, std::int32_t f) { return summary({m, f}).auth >= AuthLevel::Checks; };
        for (const auto& [m, f] : creation.functions) {
            if (checks(m, f)) return true;
        }
        for (const auto& [m, f] : creation.chainFunctions) {
            if (checks(m, f)) return true;
        }
        for (const auto& [m, path] : creation.chainArguments) {
            Reached argument;
            reach(m, path, 1, argument);
            for (const auto& [fm, f] : argument.functions) {
                if (checks(fm, f)) return true;
            }
            for (const Reached::External& e : argument.external) {
                if (externalMatch(config_.wrappers, e)) return true;
                if (const AuditPattern* p = externalMatch(config_.guards, e); p && p->asserts) return true;
            }
        }
        return false;
    }

    std::optional<Diagnostic> authFinding(const Site& site, const Reached& creation) {
        if (site.creator && createdAuthenticated(creation)) return std::nullopt;
        const std::string who = "server action '" + site.name + "'";
        if (site.function < 0) {
            std::string creator;
            if (site.creator && !site.creator->value.empty()) {
                std::vector<std::string> path{site.creator->value.name};
                path.insert(path.end(), site.creator->value.members.begin(), site.creator->value.members.end());
                creator = joinDotted(path);
            }
            return finding(site, AuditCode::Auth,
                           who + " is created at run time" + (creator.empty() ? "" : " by '" + creator + "'") +
                               ", where actionc cannot see a check, and nothing that creates it is a configured "
                               "wrapper or checks authentication",
                           site.offset, site.length);
        }
        const AuditFunction& fn = function(site.module, site.function);
        const AuditCall* unchecked = nullptr;
        std::string uncheckedVia;
        const AuditCall* late = nullptr;
        for (const AuditCall& call : fn.calls) {
            const CallGuard guard = classifyCall(site.module, call);
            if (guard.guard == Guard::None) continue;
            const bool checked = guard.guard == Guard::Asserting || call.check >= ResultCheck::Tests;
            if (!checked) {
                if (!unchecked) {
                    unchecked = &call;
                    uncheckedVia = guard.via;
                }
                continue;
            }
            if (call.offset < fn.firstDataReturnEnd) return std::nullopt;
            if (!late) late = &call;
        }
        const std::string none = who + " checks no authentication before it returns";
        if (unchecked && unchecked->check == ResultCheck::RequiresAbsent) {
            Diagnostic d = finding(site, AuditCode::Auth,
                                   none + ": it tests what '" + unchecked->written +
                                       "' returns only to leave when there is a session (a sign-in or sign-up "
                                       "form?), and goes on without one",
                                   site.offset, site.length);
            d.notes.push_back(note(site.module, "'" + unchecked->written + "' is called here", unchecked->offset,
                                   unchecked->length));
            return d;
        }
        if (unchecked) {
            Diagnostic d = finding(site, AuditCode::Auth,
                                   none + ": it calls '" + unchecked->written +
                                       "' but never tests the result, so without a session it goes on as anyone "
                                       "(`if (!session?.user) throw …`)",
                                   site.offset, site.length);
            d.notes.push_back(note(site.module,
                                   "'" + unchecked->written + "' is called here" +
                                       (uncheckedVia.empty() ? "" : " (" + uncheckedVia + ")") +
                                       "; nothing tests what it returns",
                                   unchecked->offset, unchecked->length));
            return d;
        }
        if (late) {
            Diagnostic d = finding(site, AuditCode::Auth,
                                   none + ": '" + late->written + "' checks, but only after a return that hands back data",
                                   site.offset, site.length);
            d.notes.push_back(note(site.module, "this return comes first", fn.firstDataReturnStart, 6));
            return d;
        }
        return finding(site, AuditCode::Auth,
                       none + ": it reaches no configured guard (auth(), getServerSession(), currentUser(), "
                              "supabase.auth.getUser(), …) directly, through the project's functions or by a wrapper, "
                              "and anyone can call it",
                       site.offset, site.length);
    }

    // The first of `(prevState, formData)`: useActionState's previous state, the action's
    // own last return.
    static bool isPreviousState(const AuditFunction& fn, std::size_t i) {
        if (i != 0 || fn.parameters.size() < 2 || fn.parameters[0].names.size() != 1) return false;
        std::string name = fn.parameters[0].names[0];
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        return name.find("state") != std::string::npos || name.starts_with("prev") || name == "_";
    }

    TypeShape resolveShape(std::size_t m, TypeShape shape, int depth) {
        for (; depth <= kMaxFollow && shape.kind == TypeShape::Kind::Named; ++depth) {
            const std::size_t target = targetOf(m, shape.from);
            if (target == kNotAProjectModule) {
                // Prisma's generated client: its model types are rows.
                if (shape.from.find("prisma") != std::string::npos) shape.kind = TypeShape::Kind::Model;
                return shape;
            }
            const ModuleIndex& ix = index(target);
            const std::string first = splitDotted(shape.name).front();
            const auto exported = ix.exports.find(first);
            const std::string_view local = exported == ix.exports.end() ? std::string_view(first) : exported->second;
            const auto b = ix.bindings.find(local);
            if (b == ix.bindings.end()) return {};
            const AuditBinding& binding = ix.facts->bindings[static_cast<std::size_t>(b->second)];
            if (binding.kind == AuditBinding::Kind::Type) {
                shape = binding.type;
                m = target;
                continue;
            }
            if (binding.kind != AuditBinding::Kind::Import) return {};
            shape.from = binding.specifier;
            shape.name = binding.importedName;
            m = target;
        }
        return shape;
    }

    std::optional<Diagnostic> wholeRecordFinding(const Site& site) {
        if (site.function < 0) return std::nullopt;
        const AuditFunction& fn = function(site.module, site.function);
        for (std::size_t i = 0; i < fn.parameters.size(); ++i) {
            const AuditParameter& p = fn.parameters[i];
            if (isPreviousState(fn, i)) continue;
            const TypeShape shape = resolveShape(site.module, p.type, 0);
            const bool record = shape.kind == TypeShape::Kind::Model ||
                                (shape.kind == TypeShape::Kind::Object && shape.hasId && shape.named);
            if (!record) continue;
            const std::string name = p.names.size() == 1 ? p.names[0] : "parameter " + std::to_string(i + 1);
            return finding(site, AuditCode::WholeRecord,
                           "server action '" + site.name + "' takes a whole record as '" + name + "' (" + p.typeText +
                               "): a client can send any version of it, with any fields; take its ID (and the "
                               "fields that change) and load the record on the server",
                           p.offset, p.length);
        }
        return std::nullopt;
    }

    std::optional<Diagnostic> inputFinding(const Site& site, const Reached& creation) {
        if (site.function < 0) return std::nullopt;
        if (site.creator) {
            if (std::any_of(creation.chainMembers.begin(), creation.chainMembers.end(), isSchemaMember)) return std::nullopt;
            for (const auto* list : {&creation.functions, &creation.chainFunctions}) {
                for (const auto& [m, f] : *list) {
                    if (summary({m, f}).validates) return std::nullopt;
                }
            }
        }
        const AuditFunction& fn = function(site.module, site.function);
        std::uint32_t validated = 0;
        for (std::int32_t g : withDescendants(site.module, site.function)) {
            for (const AuditCall& call : function(site.module, g).calls) {
                if (g == site.function && call.parameterArguments != 0 && (call.parameterArguments & ~validated) != 0 &&
                    isValidatorCall(site.module, call)) {
                    validated |= call.parameterArguments;
                }
            }
        }
        std::vector<std::string> names;
        const AuditParameter* first = nullptr;
        for (std::size_t i = 0; i < fn.parameters.size(); ++i) {
            const AuditParameter& p = fn.parameters[i];
            if (!p.used || p.typeChecked || isPreviousState(fn, i)) continue;
            if (i < 32 && (validated & (1u << i)) != 0) continue;
            if (!first) first = &p;
            names.push_back(p.names.size() == 1 ? p.names[0] : "parameter " + std::to_string(i + 1));
        }
        if (!first) return std::nullopt;
        const bool several = names.size() > 1;
        std::string message = "server action '" + site.name + "' uses " + quotedList(names) + " without validating " +
                              (several ? "them" : "it") + ": ";
        message += site.creator ? "nothing that creates it has an input schema, and "
                                : "TypeScript's types are not checked at run time, and ";
        message += "a client can send any value; parse " + std::string(several ? "them" : "it") +
                   " with a schema (zod's `schema.parse(…)`) or check " + (several ? "them" : "it") +
                   " (`typeof id === 'string'`)";
        return finding(site, AuditCode::UnvalidatedInput, std::move(message), first->offset, first->length);
    }

    std::optional<Diagnostic> rawReturnFinding(const Site& site) {
        if (site.function < 0) return std::nullopt;
        const AuditFunction& fn = function(site.module, site.function);
        for (const AuditReturn& r : fn.returnedCalls) {
            const AuditCall& call = fn.calls[static_cast<std::size_t>(r.call)];
            if (!isDataLayerCall(site.module, call)) continue;
            return finding(site, AuditCode::RawReturn,
                           "server action '" + site.name + "' returns what '" + call.written +
                               "' returned, as it is: every field of the data layer's result goes to the client; "
                               "return only what the client needs",
                           r.offset, r.length);
        }
        return std::nullopt;
    }

    // ---- suppressions ----

    // Which of the module's actions a suppression comment is about: one it is written
    // in, or one whose declaration it directly precedes.
    ActionAudit* attachedAction(const AuditSuppression& s, std::size_t m, const std::vector<ActionAudit*>& actions) {
        const ModuleIndex& ix = index(m);
        for (ActionAudit* a : actions) {
            const std::int32_t f = actionFunction(*a);
            if (f >= 0) {
                const AuditFunction& fn = function(m, f);
                if (s.target == fn.start || s.target == fn.anchor) return a;
                for (std::int32_t g = s.function; g >= 0; g = function(m, g).parent) {
                    if (g == f) return a;
                }
            }
            if (!a->isInline) {
                const ExportedAction& action = modules_[m].facts->actions[a->index];
                const std::string_view local = action.localName.empty() ? kDefaultExpressionBinding : std::string_view(action.localName);
                if (const auto b = ix.bindings.find(local); b != ix.bindings.end()) {
                    if (s.target == ix.facts->bindings[static_cast<std::size_t>(b->second)].statement) return a;
                }
            }
        }
        return nullptr;
    }

    std::int32_t actionFunction(const ActionAudit& a) {
        const ModuleIndex& ix = index(a.module);
        const ModuleFacts& facts = *modules_[a.module].facts;
        std::uint32_t start = 0;
        if (a.isInline) {
            start = facts.inlineActions[a.index].start;
        } else {
            const ExportedAction& action = facts.actions[a.index];
            start = action.functionStart;
            if (start == 0) {
                const std::string_view local = action.localName.empty() ? kDefaultExpressionBinding : std::string_view(action.localName);
                const auto b = ix.bindings.find(local);
                if (b == ix.bindings.end()) return -1;
                return ix.facts->bindings[static_cast<std::size_t>(b->second)].function;
            }
        }
        const auto it = ix.functionAt.find(start);
        return it == ix.functionAt.end() ? -1 : it->second;
    }

public:
    // After every action is audited and sorted.
    void applySuppressions(AuditReport& report) {
        std::map<std::size_t, std::vector<ActionAudit*>> byModule;
        for (ActionAudit& a : report.actions) byModule[a.module].push_back(&a);
        std::vector<std::string> codes;
        for (AuditCode c : kAuditCodes) codes.emplace_back(auditCodeName(c));
        for (auto& [m, actions] : byModule) {
            const ModuleAuditFacts* facts = auditFactsOf(m);
            if (!facts) continue;
            const SourceFile& source = *modules_[m].source;
            for (const AuditSuppression& s : facts->suppressions) {
                auto warn = [&](std::string code, std::string message) {
                    report.diagnostics.push_back(
                        makeDiagnostic(source, Severity::Warning, std::move(code), std::move(message), s.offset, s.length));
                };
                const auto known = std::find(codes.begin(), codes.end(), s.code);
                if (known == codes.end()) {
                    std::string message = s.code.empty() ? "actionc-audit-ignore names no finding"
                                                         : "'" + s.code + "' is not an audit finding";
                    std::string suggestion = "audit-" + s.code;
                    if (auto near = closestSpelling(s.code, codes)) {
                        message += "; did you mean '" + *near + "'?";
                    } else if (std::find(codes.begin(), codes.end(), suggestion) != codes.end()) {
                        message += "; did you mean '" + suggestion + "'?";
                    } else {
                        message += " (audit-auth, audit-whole-record, audit-unvalidated-input, audit-raw-return)";
                    }
                    warn("audit-ignore-invalid", message);
                    continue;
                }
                if (s.reason.empty()) {
                    warn("audit-ignore-invalid", "say why the finding does not apply: // actionc-audit-ignore " + s.code +
                                                     ": <reason> (the comment suppresses nothing without one)");
                    continue;
                }
                ActionAudit* action = attachedAction(s, m, actions);
                if (!action) {
                    if (!attachedToStripped(s, m)) {
                        warn("audit-ignore-unused", "this comment is on no server action; put it on the line before the "
                                                    "action, or in its body");
                    }
                    continue;
                }
                const AuditCode code = kAuditCodes[static_cast<std::size_t>(known - codes.begin())];
                const auto hit = std::find_if(action->findings.begin(), action->findings.end(),
                                              [&](const Diagnostic& d) { return d.code == s.code; });
                if (hit == action->findings.end()) {
                    warn("audit-ignore-unused", "nothing to suppress: server action '" + action->name + "' has no " +
                                                    s.code + " finding");
                    continue;
                }
                action->suppressed.push_back({code, s.reason, std::move(*hit)});
                action->findings.erase(hit);
            }
        }
    }

private:
    // Dead actions are not audited; a comment on one is not a mistake.
    bool attachedToStripped(const AuditSuppression& s, std::size_t m) {
        const ModuleIndex& ix = index(m);
        for (const ExportedAction& action : modules_[m].facts->actions) {
            const auto f = ix.functionAt.find(action.functionStart);
            if (f != ix.functionAt.end()) {
                const AuditFunction& fn = function(m, f->second);
                if (s.target == fn.start || s.target == fn.anchor) return true;
                for (std::int32_t g = s.function; g >= 0; g = function(m, g).parent) {
                    if (g == f->second) return true;
                }
            }
            const auto b = ix.bindings.find(action.localName);
            if (b != ix.bindings.end() && ix.facts->bindings[static_cast<std::size_t>(b->second)].statement == s.target) return true;
        }
        return false;
    }

    const std::vector<ProjectModule>& modules_;
    const ProjectAnalysis& analysis_;
    const AuditConfig& config_;
    std::vector<ModuleIndex> indexes_;
    OnDemandFacts& onDemand_;
    std::map<FunctionKey, Summary> summaries_;
    std::unordered_map<const AuditCall*, CallTarget> callTargets_;
};

}  // namespace

namespace {

std::vector<ActionToAudit> actionsToAudit(const std::vector<ProjectModule>& modules, const ProjectAnalysis& analysis) {
    std::vector<ActionToAudit> out;
    for (const LiveAction& live : analysis.liveActions) out.push_back({live.module, false, live.actionIndex});
    for (std::size_t m = 0; m < modules.size(); ++m) {
        for (std::size_t i = 0; i < modules[m].facts->inlineActions.size(); ++i) out.push_back({m, true, i});
    }
    return out;
}

// Parses, in parallel, the modules holding audited actions that the build did not parse
// (all of them in `actionc serve`, which parses without audit facts). Helper modules are
// parsed when an auditing thread first reaches them: parsing ahead along every import a
// call or value starts from read two to three times the modules the walk needs (dub:
// 540 ms instead of 224 ms on two cores).
void parseActionModules(const std::vector<ProjectModule>& modules, const std::vector<ActionToAudit>& actions,
                        OnDemandFacts& onDemand, unsigned jobs) {
    std::vector<bool> holdsActions(modules.size(), false);
    for (const ActionToAudit& a : actions) holdsActions[a.module] = true;
    std::vector<std::size_t> missing;
    for (std::size_t m = 0; m < modules.size(); ++m) {
        if (holdsActions[m] && !modules[m].facts->audit) missing.push_back(m);
    }
    parallelFor(missing.size(), jobs, [&](std::size_t i) { onDemand.get(missing[i]); });
}

}  // namespace

AuditReport auditProject(const std::vector<ProjectModule>& modules, const ProjectAnalysis& analysis,
                         const AuditConfig& config, unsigned jobs) {
    const std::vector<ActionToAudit> actions = actionsToAudit(modules, analysis);
    OnDemandFacts onDemand(modules);
    parseActionModules(modules, actions, onDemand, jobs);

    // Thread t audits actions t, t + threads, …: the walk into helper modules parses them,
    // so it is spread too.
    AuditReport report;
    report.actions.resize(actions.size());
    const std::size_t threads = std::max<std::size_t>(1, std::min<std::size_t>(jobs, actions.size()));
    parallelFor(threads, static_cast<unsigned>(threads), [&](std::size_t t) {
        Auditor auditor(modules, analysis, config, onDemand);
        for (std::size_t i = t; i < actions.size(); i += threads) report.actions[i] = auditor.audit(actions[i]);
    });
    std::sort(report.actions.begin(), report.actions.end(), [&](const ActionAudit& a, const ActionAudit& b) {
        const std::string& pa = modules[a.module].source->modulePath;
        const std::string& pb = modules[b.module].source->modulePath;
        return std::tie(pa, a.position.line, a.position.column, a.name) <
               std::tie(pb, b.position.line, b.position.column, b.name);
    });
    Auditor(modules, analysis, config, onDemand).applySuppressions(report);
    for (std::size_t m = 0; m < modules.size(); ++m) {
        if (onDemand.parsed(m)) report.parsedOnDemand.emplace_back(m, std::move(*onDemand.take(m)));
    }
    report.modulesParsedOnDemand = report.parsedOnDemand.size();
    return report;
}

}  // namespace actionc
