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
    return options;
}

std::optional<ProjectConfig> loadProjectConfig(const std::string& root, std::string* error) {
    ProjectConfig config;
    const fs::path file = fs::path(root) / "actionc.json";
    if (!fs::exists(file)) return config;
    const std::string where = file.generic_string();
    try {
        const nlohmann::json json = nlohmann::json::parse(readFile(file.string()), nullptr, true, true);
        static const std::set<std::string> kKnown = {"out", "include", "exclude", "includeTests", "keepUnused", "copyUnchanged",
                                                     "jobs", "clientRuntime", "serverRuntime", "$schema"};
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
    } catch (const std::exception& e) {
        if (error) *error = where + ": " + e.what();
        return std::nullopt;
    }
    return config;
}

}  // namespace actionc
