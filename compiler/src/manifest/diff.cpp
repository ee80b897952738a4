#include "manifest/diff.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace actionc {

namespace {

using Identity = std::pair<std::string, std::string>;  // (module, export)

std::string paramsText(const std::optional<std::uint32_t>& params) {
    return params ? std::to_string(*params) : "unknown";
}

nlohmann::json paramsJson(const std::optional<std::uint32_t>& params) {
    return params ? nlohmann::json(*params) : nlohmann::json("unknown");
}

ActionChange changeOf(const ManifestAction& a) {
    ActionChange change;
    change.module = a.module;
    change.exportName = a.exportName;
    change.kind = a.kind;
    change.id = a.id;
    change.params = a.params;
    change.importers = a.importers;
    // Public only because an unresolved import may name it: worth a reviewer's look.
    if (a.importers.empty() && !a.keptBy.empty()) {
        change.keptBy = "kept by unresolved import '" + a.keptBy.front().specifier + "' in " + a.keptBy.front().importer;
        if (a.keptBy.size() > 1) change.keptBy += " and " + std::to_string(a.keptBy.size() - 1) + " more";
    }
    return change;
}

// Pairs actions that left (`gone`) with actions that appeared, one to one, where `key`
// agrees and it names exactly one candidate on each side; what pairs is taken out of both.
template <typename Key, typename Record>
void pairUnique(std::vector<const ManifestAction*>& gone, std::vector<const ManifestAction*>& appeared, Key key,
                Record record) {
    std::map<decltype(key(*gone.front())), std::pair<int, int>> counts;
    for (const ManifestAction* a : gone) ++counts[key(*a)].first;
    for (const ManifestAction* a : appeared) ++counts[key(*a)].second;
    std::set<const ManifestAction*> paired;
    for (const ManifestAction* before : gone) {
        if (counts[key(*before)] != std::pair(1, 1)) continue;
        for (const ManifestAction* after : appeared) {
            if (key(*after) != key(*before)) continue;
            record(*before, *after);
            paired.insert(before);
            paired.insert(after);
        }
    }
    std::erase_if(gone, [&](const ManifestAction* a) { return paired.count(a) > 0; });
    std::erase_if(appeared, [&](const ManifestAction* a) { return paired.count(a) > 0; });
}

// What a new finding means, for the report: "a new action without an auth check".
std::string describeFinding(const AuditChange& f) {
    const std::string subject = f.newAction ? "a new action " : "now ";
    if (f.code == "audit-auth") return subject + "without an auth check";
    if (f.code == "audit-whole-record") return subject + (f.newAction ? "that takes" : "takes") + " a whole record";
    if (f.code == "audit-unvalidated-input") return subject + (f.newAction ? "that uses" : "uses") + " input without validating it";
    if (f.code == "audit-raw-return") return subject + (f.newAction ? "that returns" : "returns") + " data-layer results as they are";
    return f.newAction ? "a new action with this finding" : "a new finding";
}

// Findings of `after`'s actions that their previous selves (same identity, or what they
// moved or were renamed from) did not have.
void diffAudits(const Manifest& before, const Manifest& after, ManifestDiff& diff) {
    std::map<Identity, const ManifestAction*> old;
    for (const ManifestAction& a : before.actions) old[{a.module, a.exportName}] = &a;
    std::map<Identity, Identity> previous;  // now → before, for moves and renames
    for (const ActionChange& c : diff.moved) previous[{c.module, c.exportName}] = {c.previousModule, c.exportName};
    for (const ActionChange& c : diff.renamed) previous[{c.module, c.exportName}] = {c.module, c.previousExport};
    for (const ManifestAction& a : after.actions) {
        if (!a.audit) continue;
        Identity identity{a.module, a.exportName};
        if (const auto p = previous.find(identity); p != previous.end()) identity = p->second;
        const auto was = old.find(identity);
        const bool newAction = was == old.end();
        if (!newAction && !was->second->audit) continue;  // written before the audit: nothing to compare
        for (const std::string& code : a.audit->findings) {
            if (!newAction) {
                const auto& before = was->second->audit->findings;
                if (std::find(before.begin(), before.end(), code) != before.end()) continue;
            }
            diff.newFindings.push_back({a.module, a.exportName, a.kind, code, newAction});
        }
    }
}

}  // namespace

ManifestDiff diffManifests(const Manifest& before, const Manifest& after) {
    ManifestDiff diff;
    diff.keyChanged = before.keyId != after.keyId;
    std::map<Identity, const ManifestAction*> old;
    std::map<Identity, const ManifestAction*> now;
    for (const ManifestAction& a : before.actions) old[{a.module, a.exportName}] = &a;
    for (const ManifestAction& a : after.actions) now[{a.module, a.exportName}] = &a;
    std::set<Identity> strippedNow;
    for (const StrippedAction& s : after.stripped) strippedNow.insert({s.module, s.exportName});

    std::vector<const ManifestAction*> gone;
    for (const auto& [identity, a] : old) {
        const auto it = now.find(identity);
        if (it == now.end()) {
            if (strippedNow.count(identity)) {
                diff.nowStripped.push_back(changeOf(*a));
            } else {
                gone.push_back(a);
            }
        } else if (a->params != it->second->params) {
            ActionChange change = changeOf(*it->second);
            change.previousParams = a->params;
            change.previousId = a->id;
            diff.paramsChanged.push_back(std::move(change));
        }
    }
    std::vector<const ManifestAction*> appeared;
    for (const auto& [identity, a] : now) {
        if (!old.count(identity)) appeared.push_back(a);
    }
    if (!gone.empty() && !appeared.empty()) {
        // An export that left one module and appeared, under the same name and kind, in
        // exactly one other is a move, not a removal plus an addition.
        pairUnique(gone, appeared, [](const ManifestAction& a) { return std::pair(a.exportName, a.kind); },
                   [&](const ManifestAction& was, const ManifestAction& is) {
                       ActionChange change = changeOf(is);
                       change.previousModule = was.module;
                       change.previousId = was.id;
                       diff.moved.push_back(std::move(change));
                   });
    }
    if (!gone.empty() && !appeared.empty()) {
        // One export of a module gone and one new one there, of the same kind and
        // parameters: a rename.
        pairUnique(gone, appeared, [](const ManifestAction& a) { return std::tuple(a.module, a.kind, a.params); },
                   [&](const ManifestAction& was, const ManifestAction& is) {
                       ActionChange change = changeOf(is);
                       change.previousExport = was.exportName;
                       change.previousId = was.id;
                       diff.renamed.push_back(std::move(change));
                   });
    }
    for (const ManifestAction* a : gone) diff.removed.push_back(changeOf(*a));
    for (const ManifestAction* a : appeared) diff.added.push_back(changeOf(*a));
    diffAudits(before, after, diff);
    return diff;
}

std::string formatDiffText(const ManifestDiff& diff, bool color) {
    std::string out;
    const auto section = [&](const std::vector<ActionChange>& changes, const char* ansi, const char* mark, const char* what,
                             auto detail) {
        for (const ActionChange& c : changes) {
            std::string line = std::string(mark) + " " + what + " " + c.module + "#" + c.exportName;
            if (c.kind == "inline") line += " (inline)";
            const std::string more = detail(c);
            if (!more.empty()) line += " (" + more + ")";
            out += color ? std::string(ansi) + line + "\x1b[0m\n" : line + "\n";
        }
    };
    const auto none = [](const ActionChange&) { return std::string(); };
    section(diff.added, "\x1b[32m", "+", "added  ", [](const ActionChange& c) { return c.keptBy; });
    section(diff.removed, "\x1b[31m", "-", "removed", none);
    section(diff.nowStripped, "\x1b[31m", "-", "stripped", none);
    section(diff.moved, "\x1b[33m", "~", "moved  ", [](const ActionChange& c) { return "from " + c.previousModule; });
    section(diff.renamed, "\x1b[33m", "~", "renamed", [](const ActionChange& c) { return "from " + c.previousExport; });
    section(diff.paramsChanged, "\x1b[33m", "~", "params ",
            [](const ActionChange& c) { return paramsText(c.previousParams) + " -> " + paramsText(c.params); });
    for (const AuditChange& f : diff.newFindings) {
        std::string line = "! audit   " + f.module + "#" + f.exportName + (f.kind == "inline" ? " (inline)" : "") + ": " +
                           f.code + " (" + describeFinding(f) + ")";
        out += color ? "\x1b[35m" + line + "\x1b[0m\n" : line + "\n";
    }
    if (diff.keyChanged) out += "! the key changed: every action ID changed (keep the old key in ACTIONC_PREVIOUS_KEYS during the rollout)\n";
    std::string summary = std::to_string(diff.added.size()) + " added, " + std::to_string(diff.removed.size()) + " removed, " +
                          std::to_string(diff.nowStripped.size()) + " now stripped, " + std::to_string(diff.moved.size()) +
                          " moved, " + std::to_string(diff.renamed.size()) + " renamed, " +
                          std::to_string(diff.paramsChanged.size()) + " with changed parameters: " +
                          (diff.surfaceChanged() ? "the public surface changed" : "the public surface is unchanged");
    if (!diff.newFindings.empty()) {
        summary += "; " + std::to_string(diff.newFindings.size()) + " new audit finding" +
                   (diff.newFindings.size() == 1 ? "" : "s") + " (actionc audit explains them)";
    }
    out += color ? "\x1b[1m" + summary + "\x1b[0m\n" : summary + "\n";
    return out;
}

std::string formatDiffJson(const ManifestDiff& diff) {
    const auto list = [](const std::vector<ActionChange>& changes, auto extra) {
        nlohmann::json array = nlohmann::json::array();
        for (const ActionChange& c : changes) {
            nlohmann::json item = {{"module", c.module},   {"export", c.exportName},    {"kind", c.kind},
                                   {"id", c.id},           {"params", paramsJson(c.params)}, {"importers", c.importers}};
            extra(c, item);
            array.push_back(std::move(item));
        }
        return array;
    };
    const auto none = [](const ActionChange&, nlohmann::json&) {};
    nlohmann::json json;
    json["added"] = list(diff.added, [](const ActionChange& c, nlohmann::json& item) {
        if (!c.keptBy.empty()) item["keptBy"] = c.keptBy;
    });
    json["removed"] = list(diff.removed, none);
    json["nowStripped"] = list(diff.nowStripped, none);
    json["moved"] = list(diff.moved, [](const ActionChange& c, nlohmann::json& item) {
        item["from"] = c.previousModule;
        item["previousId"] = c.previousId;
    });
    json["renamed"] = list(diff.renamed, [](const ActionChange& c, nlohmann::json& item) {
        item["from"] = c.previousExport;
        item["previousId"] = c.previousId;
    });
    json["paramsChanged"] = list(diff.paramsChanged, [](const ActionChange& c, nlohmann::json& item) {
        item["previousParams"] = paramsJson(c.previousParams);
        item["previousId"] = c.previousId;
    });
    nlohmann::json findings = nlohmann::json::array();
    for (const AuditChange& f : diff.newFindings) {
        findings.push_back({{"module", f.module}, {"export", f.exportName}, {"kind", f.kind}, {"code", f.code},
                            {"newAction", f.newAction}});
    }
    json["newFindings"] = std::move(findings);
    json["keyChanged"] = diff.keyChanged;
    json["surfaceChanged"] = diff.surfaceChanged();
    json["needsReview"] = diff.needsReview();
    json["counts"] = {{"added", diff.added.size()},     {"removed", diff.removed.size()},
                      {"nowStripped", diff.nowStripped.size()}, {"moved", diff.moved.size()},
                      {"renamed", diff.renamed.size()}, {"paramsChanged", diff.paramsChanged.size()},
                      {"newFindings", diff.newFindings.size()}};
    return json.dump(2) + "\n";
}

}  // namespace actionc
