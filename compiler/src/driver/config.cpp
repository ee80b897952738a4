#include "driver/config.h"

#include "support/file_io.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>

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
    options.copyUnchanged = copyUnchanged;
    options.jobs = jobs;
    options.emit.clientRuntime = clientRuntime;
    options.emit.serverRuntime = serverRuntime;
    options.aliases = aliases;
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

std::optional<ProjectConfig> loadProjectConfig(const std::string& root, std::string* error) {
    ProjectConfig config;
    const fs::path file = fs::path(root) / "actionc.json";
    if (!fs::exists(file)) return config;
    const std::string where = file.generic_string();
    try {
        const nlohmann::json json = nlohmann::json::parse(readFile(file.string()), nullptr, true, true);
        static const std::set<std::string> kKnown = {"out", "include", "exclude", "includeTests", "keepUnused", "copyUnchanged",
                                                     "jobs", "clientRuntime", "serverRuntime", "alias", "$schema"};
        for (const auto& [key, _] : json.items()) {
            if (!kKnown.count(key)) {
                if (error) *error = where + ": unknown option \"" + key + "\"";
                return std::nullopt;
            }
        }
        config.out = json.value("out", config.out);
        config.include = json.value("include", config.include);
        config.exclude = json.value("exclude", config.exclude);
        config.includeTests = json.value("includeTests", config.includeTests);
        config.keepUnused = json.value("keepUnused", config.keepUnused);
        config.copyUnchanged = json.value("copyUnchanged", config.copyUnchanged);
        config.jobs = json.value("jobs", config.jobs);
        config.clientRuntime = json.value("clientRuntime", config.clientRuntime);
        config.serverRuntime = json.value("serverRuntime", config.serverRuntime);
        if (json.contains("alias")) {
            std::string aliasError;
            auto aliases = parseAliases(json["alias"], &aliasError);
            if (!aliases) {
                if (error) *error = where + ": " + aliasError;
                return std::nullopt;
            }
            config.aliases = std::move(*aliases);
        }
    } catch (const std::exception& e) {
        if (error) *error = where + ": " + e.what();
        return std::nullopt;
    }
    return config;
}

}  // namespace actionc
