// actionc.json at the project root (optional). Command-line flags override it.
//
//   { "out": "dist/actions", "include": ["app/**"], "exclude": ["**/*.stories.tsx"],
//     "includeTests": false, "keepUnused": false, "copyUnchanged": false, "jobs": 4,
//     "clientRuntime": "actionc/client", "serverRuntime": "actionc/server",
//     "audit": { "guards": [{ "from": "@/lib/session", "name": "requireUser", "asserts": true }],
//                "wrappers": [...], "validators": [...], "dataLayer": [...], "defaults": true } }
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
    bool copyUnchanged = false;
    unsigned jobs = 0;
    std::string clientRuntime = "actionc/client";
    std::string serverRuntime = "actionc/server";
    AuditConfig audit;  // the patterns the audit adds to (or, with "defaults": false, uses instead of) its own

    BuildOptions toBuildOptions(const std::string& root) const;
};

// nullopt with `error` set when actionc.json cannot be read, is not JSON, has an unknown
// key or a value of the wrong type: a diagnostic at the place in the file (code `config`).
std::optional<ProjectConfig> loadProjectConfig(const std::string& root, Diagnostic* error);

}  // namespace actionc
