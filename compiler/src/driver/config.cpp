#include "driver/config.h"

#include "support/file_io.h"
#include "support/json_text.h"
#include "support/spelling.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

namespace actionc {

namespace fs = std::filesystem;

BuildOptions ProjectConfig::toBuildOptions(const std::string& root) const {
    BuildOptions options;
    options.project.root = root;
    if (!out.empty()) options.project.outDir = fs::path(out).is_absolute() ? out : (fs::path(root) / out).string();
    options.project.include = include;
    options.project.exclude = exclude;
    options.project.includeTests = includeTests;
    options.keepUnused = keepUnused;
    options.output = output == "mirror"          ? OutputMode::Mirror
                     : output == "manifest-only" ? OutputMode::ManifestOnly
                                                 : OutputMode::Overlay;
    options.copyUnchanged = copyUnchanged;
    options.jobs = jobs;
    options.emit.clientRuntime = clientRuntime;
    options.emit.serverRuntime = serverRuntime;
    options.aliases = aliases;
    options.audit = audit;
    return options;
}

std::optional<std::vector<BundlerAlias>> parseAliases(const nlohmann::json& json, std::string* error) {
    const auto fail = [&](std::string message) -> std::optional<std::vector<BundlerAlias>> {
        if (error) *error = "\"alias\": " + std::move(message);
        return std::nullopt;
    };
    std::vector<BundlerAlias> aliases;
    if (json.is_object()) {
        for (const auto& [find, replacement] : json.items()) {
            if (!replacement.is_string()) return fail("the replacement of \"" + find + "\" must be a string");
            aliases.push_back({find, false, false, replacement.get<std::string>()});
        }
        return aliases;
    }
    if (!json.is_array()) return fail("must be an object or an array of {find, replacement}");
    for (const nlohmann::json& entry : json) {
        if (!entry.is_object() || !entry.contains("find") || !entry.contains("replacement") ||
            !entry["replacement"].is_string()) {
            return fail("each entry must be {\"find\": …, \"replacement\": \"…\"}");
        }
        BundlerAlias alias;
        alias.replacement = entry["replacement"].get<std::string>();
        const nlohmann::json& find = entry["find"];
        if (find.is_string()) {
            alias.find = find.get<std::string>();
        } else if (find.is_object() && find.contains("regex") && find["regex"].is_string()) {
            alias.find = find["regex"].get<std::string>();
            alias.isRegex = true;
            const std::string flags = find.value("flags", "");
            alias.ignoreCase = flags.find('i') != std::string::npos;
        } else {
            return fail("\"find\" must be a string or {\"regex\": \"…\", \"flags\": \"…\"}");
        }
        if (auto problem = aliasError(alias)) return fail(*problem);
        aliases.push_back(std::move(alias));
    }
    return aliases;
}

std::optional<BundlerAlias> parseAliasFlag(std::string_view flag, std::string* error) {
    const std::size_t equals = flag.find('=');
    if (equals == std::string_view::npos || equals == 0) {
        if (error) *error = "--alias takes FIND=REPLACEMENT (e.g. --alias @=./src), not '" + std::string(flag) + "'";
        return std::nullopt;
    }
    return BundlerAlias{std::string(flag.substr(0, equals)), false, false, std::string(flag.substr(equals + 1))};
}

namespace {

// Reads the members of actionc.json into a ProjectConfig, checking each value's type; the
// first problem is reported at its member.
class ConfigReader {
public:
    ConfigReader(std::string path, std::string_view text) : path_(std::move(path)), text_(text) {}

    std::optional<ProjectConfig> read(const nlohmann::json& json) {
        if (!json.is_object()) return fail(0, "actionc.json must hold an object ({ \"out\": ..., ... }), not " + describeJsonType(json));
        static const std::vector<std::string> kKnown = {"out", "include", "exclude", "includeTests", "keepUnused", "output", "copyUnchanged",
                                                        "jobs", "clientRuntime", "serverRuntime", "alias", "audit", "$schema"};
        for (const auto& [key, _] : json.items()) {
            if (std::find(kKnown.begin(), kKnown.end(), key) != kKnown.end()) continue;
            std::string message = "unknown option \"" + key + "\"";
            if (const auto nearest = closestSpelling(key, kKnown)) message += "; did you mean \"" + *nearest + "\"?";
            return failAtMember(key, message);
        }
        ProjectConfig config;
        const bool ok = string(json, "out", config.out) && strings(json, "include", config.include) &&
                        strings(json, "exclude", config.exclude) && boolean(json, "includeTests", config.includeTests) &&
                        boolean(json, "keepUnused", config.keepUnused) && outputMode(json, config.output) &&
                        boolean(json, "copyUnchanged", config.copyUnchanged) &&
                        jobs(json, config.jobs) && string(json, "clientRuntime", config.clientRuntime) &&
                        string(json, "serverRuntime", config.serverRuntime) && aliases(json, config.aliases) &&
                        audit(json, config.audit);
        if (!ok) return std::nullopt;
        return config;
    }

    std::optional<ProjectConfig> fail(std::uint32_t offset, std::string message, std::uint32_t length = 1) {
        error_ = makeTextDiagnostic(path_, text_, Severity::Error, "config", std::move(message), offset, length);
        return std::nullopt;
    }

    // At the member's quoted key, underlined.
    std::optional<ProjectConfig> failAtMember(const std::string& key, std::string message) {
        return fail(memberOffset(text_, key), std::move(message), static_cast<std::uint32_t>(key.size() + 2));
    }

    const Diagnostic& error() const { return error_; }

private:
    bool wrongType(const std::string& key, const nlohmann::json& value, const char* wanted) {
        failAtMember(key, "\"" + key + "\" must be " + wanted + ", not " + describeJsonType(value));
        return false;
    }

    bool outputMode(const nlohmann::json& json, std::string& out) {
        if (!string(json, "output", out)) return false;
        if (out == "overlay" || out == "mirror" || out == "manifest-only") return true;
        failAtMember("output", "\"output\" must be \"overlay\", \"mirror\" or \"manifest-only\", not \"" + out + "\"");
        return false;
    }

    bool string(const nlohmann::json& json, const std::string& key, std::string& out) {
        if (!json.contains(key)) return true;
        if (!json[key].is_string()) return wrongType(key, json[key], "a string");
        out = json[key].get<std::string>();
        return true;
    }

    bool strings(const nlohmann::json& json, const std::string& key, std::vector<std::string>& out) {
        if (!json.contains(key)) return true;
        const nlohmann::json& value = json[key];
        if (!value.is_array() || !std::all_of(value.begin(), value.end(), [](const auto& v) { return v.is_string(); })) {
            return wrongType(key, value, "an array of strings");
        }
        out = value.get<std::vector<std::string>>();
        return true;
    }

    bool boolean(const nlohmann::json& json, const std::string& key, bool& out) {
        if (!json.contains(key)) return true;
        if (!json[key].is_boolean()) return wrongType(key, json[key], "true or false");
        out = json[key].get<bool>();
        return true;
    }

    bool aliases(const nlohmann::json& json, std::vector<BundlerAlias>& out) {
        if (!json.contains("alias")) return true;
        std::string problem;
        auto parsed = parseAliases(json["alias"], &problem);
        if (!parsed) {
            failAtMember("alias", problem);
            return false;
        }
        out = std::move(*parsed);
        return true;
    }

    // "audit": { "guards": [{ "from": …, "name": …, "asserts": … }], "wrappers", "validators",
    // "dataLayer": [{ "from": …, "name": … }], "defaults": true }
    bool audit(const nlohmann::json& json, AuditConfig& out) {
        if (!json.contains("audit")) return true;
        const nlohmann::json& value = json["audit"];
        if (!value.is_object()) return wrongType("audit", value, "an object");
        static const std::vector<std::string> kLists = {"guards", "wrappers", "validators", "dataLayer", "defaults"};
        for (const auto& [key, _] : value.items()) {
            if (std::find(kLists.begin(), kLists.end(), key) != kLists.end()) continue;
            std::string message = "unknown \"audit\" option \"" + key + "\"";
            if (const auto nearest = closestSpelling(key, kLists)) message += "; did you mean \"" + *nearest + "\"?";
            failAtMember("audit", message);
            return false;
        }
        if (value.contains("defaults")) {
            if (!value["defaults"].is_boolean()) {
                failAtMember("audit", "\"audit\".defaults must be true or false, not " + describeJsonType(value["defaults"]));
                return false;
            }
            out.defaults = value["defaults"].get<bool>();
        }
        return patterns(value, "guards", true, out.guards) && patterns(value, "wrappers", false, out.wrappers) &&
               patterns(value, "validators", false, out.validators) && patterns(value, "dataLayer", false, out.dataLayer);
    }

    bool patterns(const nlohmann::json& audit, const std::string& list, bool mayAssert, std::vector<AuditPattern>& out) {
        if (!audit.contains(list)) return true;
        const nlohmann::json& value = audit[list];
        const std::string where = "\"audit\"." + list;
        if (!value.is_array()) {
            failAtMember("audit", where + " must be an array of { \"from\": …, \"name\": … }, not " + describeJsonType(value));
            return false;
        }
        for (std::size_t i = 0; i < value.size(); ++i) {
            const nlohmann::json& entry = value[i];
            const std::string at = where + "[" + std::to_string(i) + "]";
            const bool shaped = entry.is_object() && entry.contains("from") && entry["from"].is_string() &&
                                entry.contains("name") && entry["name"].is_string();
            if (!shaped) {
                failAtMember("audit", at + " must be { \"from\": \"<import specifier, or *>\", \"name\": \"<imported name.member>\" }");
                return false;
            }
            for (const auto& [key, field] : entry.items()) {
                if (key == "from" || key == "name") continue;
                if (key == "asserts" && mayAssert && field.is_boolean()) continue;
                failAtMember("audit", at + ": unexpected \"" + key + "\"" +
                                          (mayAssert ? " (a guard has \"from\", \"name\" and \"asserts\": true or false)"
                                                     : " (an entry has \"from\" and \"name\")"));
                return false;
            }
            AuditPattern pattern{entry["from"].get<std::string>(), entry["name"].get<std::string>(),
                                 entry.value("asserts", false)};
            if (pattern.from.empty() || pattern.name.empty()) {
                failAtMember("audit", at + ": \"from\" and \"name\" must not be empty (\"*\" stands for any module)");
                return false;
            }
            out.push_back(std::move(pattern));
        }
        return true;
    }

    bool jobs(const nlohmann::json& json, unsigned& out) {
        if (!json.contains("jobs")) return true;
        const nlohmann::json& value = json["jobs"];
        if (!value.is_number_unsigned() || value.get<std::uint64_t>() > 1024) {
            return wrongType("jobs", value, "a number of threads from 0 (one per core) to 1024");
        }
        out = value.get<unsigned>();
        return true;
    }

    std::string path_;
    std::string_view text_;
    Diagnostic error_;
};

}  // namespace

std::optional<ProjectConfig> loadProjectConfig(const std::string& root, Diagnostic* error) {
    const fs::path file = fs::path(root) / "actionc.json";
    if (!fs::exists(file)) return ProjectConfig{};
    const std::string where = file.generic_string();
    std::string text;
    try {
        text = readFile(file.string());
    } catch (const std::exception& e) {
        if (error) {
            error->code = "config";
            error->message = e.what();
        }
        return std::nullopt;
    }
    ConfigReader reader(where, text);
    auto parsed = parseJsonText(text, /*allowComments=*/true);
    std::optional<ProjectConfig> config;
    if (const auto* syntax = std::get_if<JsonSyntaxError>(&parsed)) {
        reader.fail(syntax->offset, "invalid JSON: " + syntax->message);
    } else {
        config = reader.read(std::get<nlohmann::json>(parsed));
    }
    if (!config && error) *error = reader.error();
    return config;
}

}  // namespace actionc
