// actionc.json at the project root (optional). Command-line flags override it.
//
//   { "out": "dist/actions", "include": ["app/**"], "exclude": ["**/*.stories.tsx"],
//     "includeTests": false, "keepUnused": false, "output": "overlay", "copyUnchanged": false, "jobs": 4,
//     "clientRuntime": "actionc/client", "serverRuntime": "actionc/server",
//     "alias": { "@": "./src" },
//     "audit": { "guards": [{ "from": "@/lib/session", "name": "requireUser", "asserts": true }],
//                "wrappers": [...], "validators": [...], "dataLayer": [...], "defaults": true } }
//
// "alias" is the bundler's alias configuration (resolve.h: BundlerAlias): an object of
// find → replacement, or Vite's array form [{"find": "@", "replacement": "./src"},
// {"find": {"regex": "^~/(.*)$", "flags": "i"}, "replacement": "./src/$1"}]. Relative
// replacements are relative to ROOT.
#pragma once

#include "driver/build.h"
#include "syntax/diagnostics.h"

#include <nlohmann/json_fwd.hpp>

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
    std::vector<BundlerAlias> aliases;
    AuditConfig audit;  // the patterns the audit adds to (or, with "defaults": false, uses instead of) its own

    BuildOptions toBuildOptions(const std::string& root) const;
};

// nullopt with `error` set when actionc.json cannot be read, is not JSON, has an unknown
// key or a value of the wrong type: a diagnostic at the place in the file (code `config`).
std::optional<ProjectConfig> loadProjectConfig(const std::string& root, Diagnostic* error);

// "alias" in either form (above); nullopt with `error` set when malformed.
std::optional<std::vector<BundlerAlias>> parseAliases(const nlohmann::json& json, std::string* error);
// `--alias FIND=REPLACEMENT` (a string find; the first '=' separates).
std::optional<BundlerAlias> parseAliasFlag(std::string_view flag, std::string* error);

}  // namespace actionc
