// Module resolution the way TypeScript's "bundler" mode and the bundlers do it: bundler
// aliases, tsconfig/jsconfig `baseUrl` and `paths` of the project that owns the importer
// (tsconfig.h), relative specifiers with extension, `moduleSuffixes` and `index.*`
// probing (`.js` written for a `.ts` file), package.json `imports` (`#x`), and workspace
// packages of ROOT by name through their `exports` (packages.h). It resolves against the
// project's own lists of files, never the file system, so its answers do not depend on
// what else lies on disk.
//
// An import it cannot resolve is sorted by what it may name: a package outside ROOT
// (External), a file that is no module (CSS, JSON, images, `?raw`), a file of ROOT left out
// of the build (tests, exclude globs, .gitignore), or possibly a module of the project
// (Unresolved, with the modules it could name, for the fail-safe rule of graph.h).
#pragma once

#include "graph/packages.h"
#include "graph/tsconfig.h"

#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace actionc {

// A bundler alias: Vite's `resolve.alias`, esbuild's `alias`, actionc.json "alias",
// `--alias`. A string `find` matches the specifier itself or a prefix of it followed by
// '/'; a regular expression (ECMAScript syntax) replaces its match as JavaScript's
// String.replace does. The result is a path (absolute; root-relative when it starts with
// '/' but is no absolute path inside ROOT; "./x" relative to ROOT) or another specifier.
struct BundlerAlias {
    std::string find;
    bool isRegex = false;
    bool ignoreCase = false;  // the regex's `i` flag
    std::string replacement;
};

struct ResolverConfig {
    std::string root;  // absolute, '/'-terminated: for aliases to absolute paths; may be empty
    TsconfigSet tsconfig;
    PackageIndex packages;
    std::vector<BundlerAlias> aliases;
};

// The files of the project that are not modules.
struct OtherFiles {
    std::vector<std::string> assets;    // CSS, JSON, images, .d.ts: never hold actions
    std::vector<std::string> excluded;  // left out of the build: tests, exclude globs, .gitignore
    std::vector<std::string> excludedDirectories;  // left out whole: build outputs, ignored
};

// Problems found while loading the configuration, with the file they are about.
struct ResolverProblem {
    std::string file;  // absolute
    std::string message;
    bool fatal = false;
};

// Everything resolution needs besides the module list: the tsconfig/jsconfig files and
// package.json files of the modules' directories (and their ancestors, up to `root`), and
// the bundler aliases. `filesRead` receives every file it read.
ResolverConfig loadResolverConfig(const std::string& root, const std::vector<std::string>& modulePaths,
                                  std::vector<BundlerAlias> aliases, std::vector<ResolverProblem>& problems,
                                  std::vector<std::string>* filesRead = nullptr);

class ModuleResolver {
public:
    // `modules`: root-relative paths of every module in the project.
    ModuleResolver(const std::vector<std::string>& modules, ResolverConfig config, OtherFiles others = {});

    enum class Outcome { Resolved, External, NotModule, Excluded, Unresolved };
    struct Result {
        Outcome outcome = Outcome::Unresolved;
        std::size_t module = 0;  // Resolved: what TypeScript's conditions pick
        // Resolved: modules that other export conditions pick (another bundler environment
        // may load those instead).
        std::vector<std::size_t> alternates;
        // Unresolved: the modules it may name; `anyModule` when nothing narrows it down.
        std::vector<std::size_t> candidates;
        bool anyModule = false;
    };
    // Not thread-safe: it memoises the project that owns each importer, and bare specifiers.
    Result resolve(std::string_view fromModule, std::string_view specifier) const;

    const ResolverConfig& config() const { return config_; }

private:
    Result resolveBare(std::string_view fromModule, std::string_view specifier, const ResolutionOptions& options,
                       int depth) const;
    Result resolveReplacement(std::string_view fromModule, const std::string& replaced, const ResolutionOptions& options,
                              int depth) const;
    Result atPath(const std::string& path, const ResolutionOptions& options) const;
    Result inPackage(const PackageJson& package, const std::string& subpath, const ResolutionOptions& options) const;
    Result resolveInPackage(const PackageJson& package, const std::string& subpath,
                            const ResolutionOptions& options) const;
    Result fromTargets(const std::string& directory, const MapTargets& targets, const ResolutionOptions& options) const;
    std::optional<std::size_t> packageTarget(const std::string& directory, std::string_view target,
                                             const ResolutionOptions& options) const;
    std::optional<std::size_t> probe(const std::string& path, const ResolutionOptions& options) const;
    std::optional<std::size_t> find(const std::string& path) const;
    const TsProject* ownerOf(std::string_view modulePath) const;
    bool isAsset(const std::string& path) const;
    bool isExcluded(const std::string& path) const;
    bool isBuildOutput(std::string_view path) const;
    std::vector<std::size_t> candidatesAt(const std::string& path) const;
    std::vector<std::size_t> candidatesEndingWith(std::string_view rest) const;
    std::vector<std::size_t> candidatesUnder(const std::string& directory) const;
    bool namesProjectDirectory(std::string_view specifier, const ResolutionOptions& options) const;
    bool namesWorkspacePackage(std::string_view specifier) const;

    std::vector<std::string> modules_;
    std::vector<std::string> stems_;  // lower-cased, without extension: for candidates
    std::vector<std::size_t> stemOrder_;  // indices into stems_ in the stems' order: prefix ranges
    std::unordered_map<std::string, std::size_t> index_;
    std::unordered_set<std::string> assets_;
    std::unordered_set<std::string> excluded_;
    std::unordered_set<std::string> excludedDirectories_;
    std::unordered_set<std::string> directories_;  // every directory holding a module
    std::vector<std::shared_ptr<const std::regex>> aliasPatterns_;  // per alias; null for string finds
    mutable std::vector<const TsProject*> owners_;  // per module, once ownerKnown_
    mutable std::vector<bool> ownerKnown_;
    mutable std::map<std::tuple<const TsProject*, const PackageJson*, std::string>, Result> bareCache_;
    mutable std::map<std::pair<const PackageJson*, std::string>, Result> packageCache_;
    ResolverConfig config_;
};

// nullopt when `alias` is a regular expression that does not compile, else the error.
std::optional<std::string> aliasError(const BundlerAlias& alias);

// Joins and normalises '/'-separated paths; nullopt when ".." climbs above the root.
std::optional<std::string> joinModulePath(std::string_view directory, std::string_view relative);

}  // namespace actionc
