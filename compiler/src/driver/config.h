// actionc.json at the project root (optional). Command-line flags override it.
//
//   { "out": "dist/actions", "include": ["app/**"], "exclude": ["**/*.stories.tsx"],
//     "includeTests": false, "keepUnused": false, "output": "overlay", "copyUnchanged": false, "jobs": 4,
//     "clientRuntime": "actionc/client", "serverRuntime": "actionc/server" }
#pragma once

#include "driver/build.h"
#include "syntax/diagnostics.h"

#include <optional>
#include <string>
#include <vector>

namespace actionc {

struct ProjectConfig {
    std::string out;  // relative to the root when not absolute
    std::vector<std::string> include;
    std::vector<std::string> exclude;
    bool includeTests = false;
    bool keepUnused = false;
    std::string output = "overlay";  // "overlay", "mirror" or "manifest-only"
    bool copyUnchanged = false;
    unsigned jobs = 0;
    std::string clientRuntime = "actionc/client";
    std::string serverRuntime = "actionc/server";

    BuildOptions toBuildOptions(const std::string& root) const;
};

// nullopt with `error` set when actionc.json cannot be read, is not JSON, has an unknown
// key or a value of the wrong type: a diagnostic at the place in the file (code `config`).
std::optional<ProjectConfig> loadProjectConfig(const std::string& root, Diagnostic* error);

}  // namespace actionc
