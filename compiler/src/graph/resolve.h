// Module resolution the way TypeScript's "bundler" mode does it: relative specifiers,
// tsconfig `baseUrl` and `paths`, extension and `index.*` probing, `.js` written for a
// `.ts` file. It resolves against the set of project modules, never the file system, so
// it is fast and its answers do not depend on what else lies on disk.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace actionc {

struct PathAlias {
    std::string pattern;               // "@/lib/*" (at most one '*')
    std::vector<std::string> targets;  // root-relative, e.g. "src/lib/*"
};

struct ResolverConfig {
    std::optional<std::string> baseUrl;  // root-relative directory ("" = the root)
    std::vector<PathAlias> paths;
};

// Reads `tsconfig.json` in `rootDir` (following `extends` chains of relative paths),
// tolerating comments and trailing commas as tsc does. Missing file → empty config.
// On a malformed file returns nullopt with `error` set.
// `filesRead`, when given, receives the path of every config file read (the extends chain).
std::optional<ResolverConfig> loadTsconfig(const std::string& rootDir, std::string* error,
                                           std::vector<std::string>* filesRead = nullptr);

class ModuleResolver {
public:
    // `modules`: root-relative paths of every module in the project; `assets`: its
    // other files (CSS, images, JSON), which resolve as External: they hold no actions.
    ModuleResolver(const std::vector<std::string>& modules, ResolverConfig config,
                   const std::vector<std::string>& assets = {});

    enum class Outcome { Resolved, External, Unresolved };
    struct Result {
        Outcome outcome = Outcome::Unresolved;
        std::size_t module = 0;  // index into `modules`, when Resolved
    };
    Result resolve(std::string_view fromModule, std::string_view specifier) const;

private:
    std::optional<std::size_t> probe(const std::string& path) const;
    std::optional<std::size_t> find(const std::string& path) const;

    std::unordered_map<std::string, std::size_t> index_;
    std::unordered_set<std::string> assets_;
    ResolverConfig config_;
};

// Joins and normalises '/'-separated paths; nullopt when ".." climbs above the root.
std::optional<std::string> joinModulePath(std::string_view directory, std::string_view relative);

}  // namespace actionc
