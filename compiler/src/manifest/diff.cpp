#include "manifest/diff.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace actionc {

namespace {

using Identity = std::pair<std::string, std::string>;  // (module, export)

std::string paramsText(const std::optional<std::uint32_t>& params) {
    return params ? std::to_string(*params) : "unknown";
}

ActionChange changeOf(const ManifestAction& a, std::string detail = {}) {
    return {a.module, a.exportName, a.kind, std::move(detail)};
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
            diff.paramsChanged.push_back(changeOf(*a, paramsText(a->params) + " -> " + paramsText(it->second->params)));
        }
    }
    // An export that left one module and appeared, under the same name and kind, in
    // exactly one other is a move, not a removal plus an addition.
    std::multimap<std::pair<std::string, std::string>, const ManifestAction*> appeared;
    for (const auto& [identity, a] : now) {
        if (!old.count(identity)) appeared.insert({{a->exportName, a->kind}, a});
    }
    std::set<const ManifestAction*> paired;
    for (const ManifestAction* a : gone) {
        const auto range = appeared.equal_range({a->exportName, a->kind});
        if (std::distance(range.first, range.second) == 1 && !paired.count(range.first->second)) {
            paired.insert(range.first->second);
            diff.moved.push_back(changeOf(*range.first->second, "from " + a->module));
        } else {
            diff.removed.push_back(changeOf(*a));
        }
    }
    for (const auto& [identity, a] : now) {
        if (old.count(identity) || paired.count(a)) continue;
        // Public only because an unresolved import may name it: worth a reviewer's look.
        std::string detail;
        if (a->importers.empty() && !a->keptBy.empty()) {
            detail = "kept by unresolved import '" + a->keptBy.front().specifier + "' in " + a->keptBy.front().importer;
            if (a->keptBy.size() > 1) detail += " and " + std::to_string(a->keptBy.size() - 1) + " more";
        }
        diff.added.push_back(changeOf(*a, std::move(detail)));
    }
    return diff;
}

std::string formatDiffText(const ManifestDiff& diff) {
    std::string out;
    auto section = [&out](const std::vector<ActionChange>& changes, const char* mark, const char* what) {
        for (const ActionChange& c : changes) {
            out += std::string(mark) + " " + what + " " + c.module + "#" + c.exportName;
            if (c.kind == "inline") out += " (inline)";
            if (!c.detail.empty()) out += " (" + c.detail + ")";
            out += '\n';
        }
    };
    section(diff.added, "+", "added  ");
    section(diff.removed, "-", "removed");
    section(diff.nowStripped, "-", "stripped");
    section(diff.moved, "~", "moved  ");
    section(diff.paramsChanged, "~", "params ");
    if (diff.keyChanged) out += "! the key changed: every action ID changed (keep the old key in ACTIONC_PREVIOUS_KEYS during the rollout)\n";
    out += std::to_string(diff.added.size()) + " added, " + std::to_string(diff.removed.size()) + " removed, " +
           std::to_string(diff.nowStripped.size()) + " now stripped, " + std::to_string(diff.moved.size()) +
           " moved, " + std::to_string(diff.paramsChanged.size()) + " with changed parameters: " +
           (diff.surfaceChanged() ? "the public surface changed" : "the public surface is unchanged") + "\n";
    return out;
}

std::string formatDiffJson(const ManifestDiff& diff) {
    auto list = [](const std::vector<ActionChange>& changes, const char* detailKey) {
        nlohmann::json array = nlohmann::json::array();
        for (const ActionChange& c : changes) {
            nlohmann::json item = {{"module", c.module}, {"export", c.exportName}, {"kind", c.kind}};
            if (detailKey && !c.detail.empty()) item[detailKey] = c.detail;
            array.push_back(std::move(item));
        }
        return array;
    };
    nlohmann::json json;
    json["added"] = list(diff.added, "keptBy");
    json["removed"] = list(diff.removed, nullptr);
    json["nowStripped"] = list(diff.nowStripped, nullptr);
    json["moved"] = list(diff.moved, "from");
    json["paramsChanged"] = list(diff.paramsChanged, "change");
    json["keyChanged"] = diff.keyChanged;
    json["surfaceChanged"] = diff.surfaceChanged();
    return json.dump(2) + "\n";
}

}  // namespace actionc
