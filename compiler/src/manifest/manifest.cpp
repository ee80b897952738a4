#include "manifest/manifest.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <tuple>

namespace actionc {

namespace {

using Json = nlohmann::json;  // std::map-backed: keys come out sorted

Json toJson(const ManifestAction& a) {
    Json j;
    j["id"] = a.id;
    j["module"] = a.module;
    j["export"] = a.exportName;
    j["kind"] = a.kind;
    j["line"] = a.line;
    j["column"] = a.column;
    j["async"] = a.isAsync;
    j["params"] = a.params ? Json(*a.params) : Json("unknown");
    j["bound"] = a.bound;
    j["importers"] = a.importers;
    j["keptBy"] = Json::array();
    for (const ManifestKeptBy& k : a.keptBy) j["keptBy"].push_back(Json{{"import", k.specifier}, {"in", k.importer}});
    return j;
}

ManifestAction actionFromJson(const Json& j) {
    ManifestAction a;
    a.id = j.at("id").get<std::string>();
    a.module = j.at("module").get<std::string>();
    a.exportName = j.at("export").get<std::string>();
    a.kind = j.at("kind").get<std::string>();
    a.line = j.at("line").get<std::uint32_t>();
    a.column = j.at("column").get<std::uint32_t>();
    a.isAsync = j.at("async").get<bool>();
    if (j.at("params").is_number()) a.params = j.at("params").get<std::uint32_t>();
    a.bound = j.at("bound").get<std::uint32_t>();
    a.importers = j.at("importers").get<std::vector<std::string>>();
    if (const auto kept = j.find("keptBy"); kept != j.end()) {  // absent before it was recorded
        for (const Json& k : *kept) a.keptBy.push_back({k.at("import").get<std::string>(), k.at("in").get<std::string>()});
    }
    return a;
}

}  // namespace

std::string serializeManifest(Manifest manifest) {
    std::sort(manifest.actions.begin(), manifest.actions.end(), [](const auto& a, const auto& b) {
        return std::tie(a.module, a.exportName, a.kind) < std::tie(b.module, b.exportName, b.kind);
    });
    std::sort(manifest.stripped.begin(), manifest.stripped.end(), [](const auto& a, const auto& b) {
        return std::tie(a.module, a.exportName) < std::tie(b.module, b.exportName);
    });
    Json root;
    root["version"] = manifest.version;
    root["keyId"] = manifest.keyId;
    root["actions"] = Json::array();
    for (const ManifestAction& a : manifest.actions) root["actions"].push_back(toJson(a));
    root["stripped"] = Json::array();
    for (const StrippedAction& s : manifest.stripped) {
        root["stripped"].push_back(Json{{"module", s.module}, {"export", s.exportName}, {"reason", s.reason}});
    }
    return root.dump(2) + "\n";
}

std::optional<Manifest> parseManifest(std::string_view text, std::string* error) {
    try {
        const Json root = Json::parse(text);
        Manifest manifest;
        manifest.version = root.at("version").get<int>();
        if (manifest.version != kManifestVersion) {
            if (error) *error = "unsupported manifest version " + std::to_string(manifest.version);
            return std::nullopt;
        }
        manifest.keyId = root.at("keyId").get<std::string>();
        for (const Json& a : root.at("actions")) manifest.actions.push_back(actionFromJson(a));
        for (const Json& s : root.at("stripped")) {
            manifest.stripped.push_back(
                {s.at("module").get<std::string>(), s.at("export").get<std::string>(), s.value("reason", std::string())});
        }
        return manifest;
    } catch (const Json::exception& e) {
        if (error) *error = e.what();
        return std::nullopt;
    }
}

}  // namespace actionc
