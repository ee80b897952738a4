#include "manifest/manifest.h"

#include "support/json_text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <climits>
#include <cstdint>
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
    if (a.audit) j["audit"] = {{"findings", a.audit->findings}, {"suppressed", a.audit->suppressed}};
    return j;
}

// Reads a parsed manifest, checking every field it needs; the first problem is reported
// with the entry and field it is about.
class ManifestReader {
public:
    std::optional<Manifest> read(const Json& root) {
        if (!root.is_object()) return fail("", "the file holds " + describeJsonType(root) + ", not a manifest object");
        Manifest manifest;
        if (!integer(root, "", "version", manifest.version)) return std::nullopt;
        if (manifest.version != kManifestVersion) {
            return fail("", "manifest version " + std::to_string(manifest.version) + " is not supported (this actionc reads version " +
                                std::to_string(kManifestVersion) + ")");
        }
        if (!string(root, "", "keyId", manifest.keyId)) return std::nullopt;
        const Json* actions = array(root, "actions");
        const Json* stripped = array(root, "stripped");
        if (!actions || !stripped) return std::nullopt;
        for (std::size_t i = 0; i < actions->size(); ++i) {
            const std::string where = "actions[" + std::to_string(i) + "]";
            auto action = readAction((*actions)[i], where);
            if (!action) return std::nullopt;
            manifest.actions.push_back(std::move(*action));
        }
        for (std::size_t i = 0; i < stripped->size(); ++i) {
            const std::string where = "stripped[" + std::to_string(i) + "]";
            StrippedAction entry;
            if (!object((*stripped)[i], where) || !string((*stripped)[i], where, "module", entry.module) ||
                !string((*stripped)[i], where, "export", entry.exportName) ||
                !optionalString((*stripped)[i], where, "reason", entry.reason)) {
                return std::nullopt;
            }
            manifest.stripped.push_back(std::move(entry));
        }
        return manifest;
    }

    const std::string& error() const { return error_; }

private:
    std::optional<ManifestAction> readAction(const Json& j, const std::string& where) {
        ManifestAction a;
        std::uint64_t line = 0, column = 0, bound = 0;
        const bool ok = object(j, where) && string(j, where, "id", a.id) && string(j, where, "module", a.module) &&
                        string(j, where, "export", a.exportName) && string(j, where, "kind", a.kind) &&
                        count(j, where, "line", line) && count(j, where, "column", column) &&
                        boolean(j, where, "async", a.isAsync) && params(j, where, a.params) &&
                        count(j, where, "bound", bound) && strings(j, where, "importers", a.importers) &&
                        keptBy(j, where, a.keptBy) && audit(j, where, a.audit);
        if (!ok) return std::nullopt;
        a.line = static_cast<std::uint32_t>(line);
        a.column = static_cast<std::uint32_t>(column);
        a.bound = static_cast<std::uint32_t>(bound);
        return a;
    }

    // Members recorded since version 1 began (absent in older manifests of the same version).
    bool optionalString(const Json& j, const std::string& where, const char* key, std::string& out) {
        return !j.contains(key) || string(j, where, key, out);
    }

    bool keptBy(const Json& j, const std::string& where, std::vector<ManifestKeptBy>& out) {
        if (!j.contains("keptBy")) return true;
        const Json& list = j["keptBy"];
        if (!list.is_array()) {
            fail(where, "\"keptBy\" is not a list");
            return false;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string at = where + ".keptBy[" + std::to_string(i) + "]";
            ManifestKeptBy k;
            if (!object(list[i], at) || !string(list[i], at, "import", k.specifier) || !string(list[i], at, "in", k.importer)) {
                return false;
            }
            out.push_back(std::move(k));
        }
        return true;
    }

    std::nullopt_t fail(const std::string& where, const std::string& message) {
        error_ = "not an actionc manifest: " + (where.empty() ? "" : where + ": ") + message;
        return std::nullopt;
    }

    bool wrong(const std::string& where, const std::string& key, const Json* value, const char* wanted) {
        fail(where, value ? "\"" + key + "\" is " + describeJsonType(*value) + ", not " + wanted
                          : "\"" + key + "\" is missing");
        return false;
    }

    static const Json* member(const Json& j, const std::string& key) {
        const auto it = j.find(key);
        return it == j.end() ? nullptr : &*it;
    }

    bool object(const Json& j, const std::string& where) {
        if (j.is_object()) return true;
        fail(where, "is " + describeJsonType(j) + ", not an object");
        return false;
    }

    const Json* array(const Json& j, const std::string& key) {
        const Json* value = member(j, key);
        if (value && value->is_array()) return value;
        wrong("", key, value, "an array");
        return nullptr;
    }

    bool string(const Json& j, const std::string& where, const std::string& key, std::string& out) {
        const Json* value = member(j, key);
        if (!value || !value->is_string()) return wrong(where, key, value, "a string");
        out = value->get<std::string>();
        return true;
    }

    bool strings(const Json& j, const std::string& where, const std::string& key, std::vector<std::string>& out) {
        const Json* value = member(j, key);
        if (!value || !value->is_array() || !std::all_of(value->begin(), value->end(), [](const Json& v) { return v.is_string(); })) {
            return wrong(where, key, value, "an array of strings");
        }
        out = value->get<std::vector<std::string>>();
        return true;
    }

    bool count(const Json& j, const std::string& where, const std::string& key, std::uint64_t& out) {
        const Json* value = member(j, key);
        if (!value || !value->is_number_unsigned() || value->get<std::uint64_t>() > UINT32_MAX) {
            return wrong(where, key, value, "a count");
        }
        out = value->get<std::uint64_t>();
        return true;
    }

    bool integer(const Json& j, const std::string& where, const std::string& key, int& out) {
        const Json* value = member(j, key);
        if (!value || !value->is_number_integer()) return wrong(where, key, value, "an integer");
        out = value->get<int>();
        return true;
    }

    bool boolean(const Json& j, const std::string& where, const std::string& key, bool& out) {
        const Json* value = member(j, key);
        if (!value || !value->is_boolean()) return wrong(where, key, value, "true or false");
        out = value->get<bool>();
        return true;
    }

    // Optional: manifests written before the audit have none.
    bool audit(const Json& j, const std::string& where, std::optional<ManifestAudit>& out) {
        const Json* value = member(j, "audit");
        if (!value) return true;
        const std::string inner = where + ".audit";
        ManifestAudit result;
        if (!object(*value, inner) || !strings(*value, inner, "findings", result.findings) ||
            !strings(*value, inner, "suppressed", result.suppressed)) {
            return false;
        }
        out = std::move(result);
        return true;
    }

    bool params(const Json& j, const std::string& where, std::optional<std::uint32_t>& out) {
        const Json* value = member(j, "params");
        if (value && value->is_string() && value->get<std::string>() == "unknown") return true;
        std::uint64_t n = 0;
        if (!value || !value->is_number_unsigned()) return wrong(where, "params", value, "a count or \"unknown\"");
        if (!count(j, where, "params", n)) return false;
        out = static_cast<std::uint32_t>(n);
        return true;
    }

    std::string error_;
};

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

std::optional<Manifest> parseManifest(std::string_view text, const std::string& path, Diagnostic* error) {
    auto parsed = parseJsonText(text);
    if (const auto* syntax = std::get_if<JsonSyntaxError>(&parsed)) {
        if (error) *error = makeTextDiagnostic(path, text, Severity::Error, "manifest", "invalid JSON: " + syntax->message, syntax->offset);
        return std::nullopt;
    }
    ManifestReader reader;
    auto manifest = reader.read(std::get<Json>(parsed));
    if (!manifest && error) {
        *error = Diagnostic{};
        error->code = "manifest";
        error->path = path;
        error->message = reader.error();
    }
    return manifest;
}

}  // namespace actionc
