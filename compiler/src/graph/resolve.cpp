#include "graph/resolve.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <regex>
#include <set>

namespace actionc {

namespace {

namespace fs = std::filesystem;

// TypeScript's order for a specifier without extension, then what bundlers add.
constexpr std::array<std::string_view, 8> kProbeExtensions = {".ts", ".tsx", ".js", ".jsx",
                                                                ".mts", ".cts", ".mjs", ".cjs"};

// `import './a.js'` names the output of a.ts, as TypeScript allows.
constexpr std::array<std::pair<std::string_view, std::array<std::string_view, 2>>, 4> kJsToTs = {{
    {".js", {".ts", ".tsx"}}, {".jsx", {".tsx", ".tsx"}}, {".mjs", {".mts", ".mts"}}, {".cjs", {".cts", ".cts"}}}};

// Extensions of files that are never modules holding actions: an import of one is not an
// unresolved module import even when the file is generated later or lives elsewhere.
constexpr std::array<std::string_view, 49> kAssetExtensions = {
    ".css",  ".scss", ".sass", ".less", ".styl", ".stylus", ".pcss", ".postcss", ".json", ".json5",
    ".jsonc", ".svg", ".png",  ".jpg",  ".jpeg", ".gif",    ".webp", ".avif",    ".ico",  ".bmp",
    ".tiff", ".woff", ".woff2", ".ttf", ".otf",  ".eot",    ".mp4",  ".webm",    ".ogg",  ".mp3",
    ".wav",  ".flac", ".txt",  ".md",   ".mdx",  ".html",   ".htm",  ".wasm",    ".yaml", ".yml",
    ".toml", ".graphql", ".gql", ".glsl", ".vert", ".frag", ".csv", ".xml", ".webmanifest"};

// Directories package builds write to, and the format folders inside them: how a
// package's `exports` target ("./dist/esm/x.js") maps back to its source ("src/x.ts").
constexpr std::array<std::string_view, 9> kOutputDirectories = {"dist", "build", "lib", "out", "esm",
                                                                  "cjs", "es",    "types", "module"};
constexpr std::array<std::string_view, 8> kFormatDirectories = {"esm", "cjs", "es", "mjs", "types", "module", "node", "browser"};

constexpr int kMaxAliasDepth = 8;

template <std::size_t N>
bool isOneOf(std::string_view value, const std::array<std::string_view, N>& list) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

std::string_view directoryOf(std::string_view path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? std::string_view{} : path.substr(0, slash);
}

std::string lowered(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string_view withoutModuleExtension(std::string_view path) {
    for (std::string_view ext : kProbeExtensions) {
        if (path.ends_with(ext)) return path.substr(0, path.size() - ext.size());
    }
    return path;
}

std::string_view withoutDeclarationExtension(std::string_view path) {
    for (std::string_view ext : {".d.ts", ".d.mts", ".d.cts"}) {
        if (path.ends_with(ext)) return path.substr(0, path.size() - ext.size());
    }
    return path;
}

bool hasAssetExtension(std::string_view path) {
    const std::size_t dot = path.rfind('.');
    if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return false;
    return isOneOf(lowered(path.substr(dot)), kAssetExtensions);
}

// `node:fs`, `https://…`, `virtual:x`, `data:…`: a scheme, never a file of ours.
bool hasScheme(std::string_view specifier) {
    const std::size_t colon = specifier.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    return std::all_of(specifier.begin(), specifier.begin() + static_cast<std::ptrdiff_t>(colon), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
    });
}

// A bare specifier no npm package can have: an alias someone configured (`@/x`, `~/x`,
// `#x`, `$lib/x`, `@components/Button`), which may name a file of the project.
bool looksLikeAlias(std::string_view specifier) {
    const char c = specifier.empty() ? '\0' : specifier[0];
    if (c == '~' || c == '#' || c == '$') return true;
    if (c == '@' && (specifier.size() < 2 || specifier[1] == '/' || specifier[1] == '@' ||
                     specifier.find('/') == std::string_view::npos)) {
        return true;
    }
    const auto split = splitPackageSpecifier(specifier);
    if (!split) return true;
    const std::string& name = split->first;
    return name[0] == '_' || std::any_of(name.begin(), name.end(), [](char ch) { return std::isupper(static_cast<unsigned char>(ch)); });
}

struct ExpandedPaths {
    std::vector<std::string> targets;
    bool catchAll = false;  // the pattern "*" matches every specifier, packages included
};

// Longest-prefix match of a `paths` pattern, as TypeScript picks among patterns.
std::optional<ExpandedPaths> expandPathAlias(const std::vector<PathAlias>& aliases, std::string_view specifier) {
    const PathAlias* best = nullptr;
    std::string_view bestCapture;
    std::size_t bestPrefix = 0;
    for (const PathAlias& alias : aliases) {
        const std::size_t star = alias.pattern.find('*');
        if (star == std::string::npos) {
            if (alias.pattern == specifier) return ExpandedPaths{alias.targets, false};
            continue;
        }
        const std::string_view prefix = std::string_view(alias.pattern).substr(0, star);
        const std::string_view suffix = std::string_view(alias.pattern).substr(star + 1);
        if (specifier.size() < prefix.size() + suffix.size() || !specifier.starts_with(prefix) ||
            !specifier.ends_with(suffix)) {
            continue;
        }
        if (!best || prefix.size() > bestPrefix) {
            best = &alias;
            bestPrefix = prefix.size();
            bestCapture = specifier.substr(prefix.size(), specifier.size() - prefix.size() - suffix.size());
        }
    }
    if (!best) return std::nullopt;
    ExpandedPaths expanded;
    expanded.catchAll = best->pattern == "*";
    for (const std::string& target : best->targets) {
        std::string t = target;
        if (const std::size_t star = t.find('*'); star != std::string::npos) t.replace(star, 1, bestCapture);
        expanded.targets.push_back(std::move(t));
    }
    return expanded;
}

std::shared_ptr<const std::regex> compileAlias(const BundlerAlias& alias) {
    if (!alias.isRegex) return nullptr;
    auto flags = std::regex::ECMAScript;
    if (alias.ignoreCase) flags |= std::regex::icase;
    return std::make_shared<const std::regex>(alias.find, flags);
}

// The specifier with `alias` applied, when it matches (@rollup/plugin-alias's rules).
std::optional<std::string> applyAlias(const BundlerAlias& alias, const std::regex* pattern, std::string_view specifier) {
    if (alias.isRegex) {
        const std::string text(specifier);
        if (!pattern || !std::regex_search(text, *pattern)) return std::nullopt;
        return std::regex_replace(text, *pattern, alias.replacement, std::regex_constants::format_first_only);
    }
    if (alias.find.empty()) return std::nullopt;
    const bool prefixMatch = alias.find.ends_with('/') ? specifier.starts_with(alias.find)
                                                       : specifier.starts_with(alias.find + "/");
    if (specifier != alias.find && !prefixMatch) return std::nullopt;
    return alias.replacement + std::string(specifier.substr(alias.find.size()));
}

std::vector<std::string> exportConditions(const ResolutionOptions& options) {
    // TypeScript's bundler mode: "import" and "types" (plus "default", always).
    std::vector<std::string> conditions = {"import", "types"};
    conditions.insert(conditions.end(), options.customConditions.begin(), options.customConditions.end());
    return conditions;
}

void addUnique(std::vector<std::size_t>& list, std::size_t value) {
    if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

ModuleResolver::Result outcome(ModuleResolver::Outcome o) {
    ModuleResolver::Result r;
    r.outcome = o;
    return r;
}

}  // namespace

std::optional<std::string> joinModulePath(std::string_view directory, std::string_view relative) {
    std::vector<std::string_view> parts;
    auto push = [&parts](std::string_view path) -> bool {
        while (!path.empty()) {
            const std::size_t slash = path.find('/');
            const std::string_view part = path.substr(0, slash);
            path = slash == std::string_view::npos ? std::string_view{} : path.substr(slash + 1);
            if (part.empty() || part == ".") continue;
            if (part == "..") {
                if (parts.empty()) return false;
                parts.pop_back();
                continue;
            }
            parts.push_back(part);
        }
        return true;
    };
    if (!push(directory) || !push(relative)) return std::nullopt;
    std::string out;
    for (const std::string_view part : parts) {
        if (!out.empty()) out += '/';
        out += part;
    }
    return out;
}

std::optional<std::string> aliasError(const BundlerAlias& alias) {
    try {
        compileAlias(alias);
        return std::nullopt;
    } catch (const std::regex_error& e) {
        return "alias /" + alias.find + "/ is not a valid regular expression: " + e.what();
    }
}

ResolverConfig loadResolverConfig(const std::string& root, const std::vector<std::string>& modulePaths,
                                  std::vector<BundlerAlias> aliases, std::vector<ResolverProblem>& problems,
                                  std::vector<std::string>* filesRead) {
    ResolverConfig config;
    const fs::path rootPath = fs::absolute(root).lexically_normal();
    config.root = rootPath.string();
    if (!config.root.ends_with('/')) config.root += '/';
    config.aliases = std::move(aliases);
    std::set<std::string> directories = {""};
    for (const std::string& module : modulePaths) {
        for (std::string_view d = directoryOf(module); !d.empty() && directories.emplace(d).second; d = directoryOf(d)) {
        }
    }
    const std::vector<std::string> list(directories.begin(), directories.end());
    config.packages = PackageIndex::load(root, list, filesRead);
    const auto workspacePackage = [&](std::string_view name) -> std::optional<std::string> {
        const PackageJson* package = config.packages.byName(name);
        if (!package) return std::nullopt;
        return (rootPath / package->directory).lexically_normal().string();
    };
    std::vector<TsconfigProblem> tsconfigProblems;
    config.tsconfig = TsconfigSet::load(root, list, workspacePackage, tsconfigProblems, filesRead);
    for (TsconfigProblem& p : tsconfigProblems) problems.push_back({std::move(p.file), std::move(p.message), p.fatal});
    return config;
}

ModuleResolver::ModuleResolver(const std::vector<std::string>& modules, ResolverConfig config, OtherFiles others)
    : modules_(modules),
      assets_(others.assets.begin(), others.assets.end()),
      excluded_(others.excluded.begin(), others.excluded.end()),
      excludedDirectories_(others.excludedDirectories.begin(), others.excludedDirectories.end()),
      config_(std::move(config)) {
    for (const BundlerAlias& alias : config_.aliases) {
        try {
            aliasPatterns_.push_back(compileAlias(alias));
        } catch (const std::regex_error&) {
            aliasPatterns_.push_back(nullptr);  // reported where the alias was configured (aliasError)
        }
    }
    index_.reserve(modules.size());
    stems_.reserve(modules.size());
    owners_.assign(modules.size(), nullptr);
    ownerKnown_.assign(modules.size(), false);
    for (std::size_t i = 0; i < modules.size(); ++i) {
        index_.emplace(modules[i], i);
        stems_.push_back(lowered(withoutModuleExtension(modules[i])));
        for (std::string_view d = directoryOf(modules[i]); !d.empty() && directories_.emplace(d).second; d = directoryOf(d)) {
        }
    }
    stemOrder_.resize(stems_.size());
    for (std::size_t i = 0; i < stems_.size(); ++i) stemOrder_[i] = i;
    std::sort(stemOrder_.begin(), stemOrder_.end(), [&](std::size_t a, std::size_t b) { return stems_[a] < stems_[b]; });
}

std::optional<std::size_t> ModuleResolver::find(const std::string& path) const {
    const auto it = index_.find(path);
    return it == index_.end() ? std::nullopt : std::optional<std::size_t>(it->second);
}

namespace {

// The file `path` names with extensions and `moduleSuffixes` tried, TypeScript's way
// (for each extension, each suffix), or a `.js` written for a `.ts` file.
template <typename Find>
std::optional<std::size_t> probeFile(const std::string& path, const std::vector<std::string>& suffixes, Find find) {
    static const std::vector<std::string> kNoSuffix = {""};
    const std::vector<std::string>& tries = suffixes.empty() ? kNoSuffix : suffixes;
    if (auto exact = find(path)) return exact;
    // One buffer for every name tried (a dozen per import): no string built per try.
    std::string candidate;
    candidate.reserve(path.size() + 16);
    const auto attempt = [&](std::string_view stem, const std::string& suffix, std::string_view ext) {
        candidate.assign(stem);
        candidate += suffix;
        candidate += ext;
        return find(candidate);
    };
    for (std::string_view ext : kProbeExtensions) {
        for (const std::string& suffix : tries) {
            if (auto hit = attempt(path, suffix, ext)) return hit;
        }
    }
    for (const auto& [js, tsExtensions] : kJsToTs) {
        if (!path.ends_with(js)) continue;
        const std::string_view stem = std::string_view(path).substr(0, path.size() - js.size());
        for (std::string_view ts : tsExtensions) {
            for (const std::string& suffix : tries) {
                if (auto hit = attempt(stem, suffix, ts)) return hit;
            }
        }
        for (const std::string& suffix : tries) {
            if (auto hit = attempt(stem, suffix, js)) return hit;
        }
    }
    return std::nullopt;
}

template <typename Find>
std::optional<std::size_t> probeIndex(const std::string& path, const std::vector<std::string>& suffixes, Find find) {
    return probeFile(path.empty() ? "index" : path + "/index", suffixes, find);
}

}  // namespace

std::optional<std::size_t> ModuleResolver::probe(const std::string& path, const ResolutionOptions& options) const {
    const auto findModule = [this](const std::string& p) { return find(p); };
    if (auto hit = probeFile(path, options.moduleSuffixes, findModule)) return hit;
    // A directory with a package.json: its entry fields, as TypeScript reads them.
    if (const PackageJson* package = config_.packages.atDirectory(path)) {
        for (const std::string& entry : package->entries) {
            if (auto hit = packageTarget(path, entry, options)) return hit;
        }
    }
    return probeIndex(path, options.moduleSuffixes, findModule);
}

// A target of a package's exports or entry fields, package-relative, to a module of
// ROOT: the file itself, the source of a declaration file, or the source a build made it
// from (`./dist/esm/x.js` → `src/x.ts` or `x.ts`).
std::optional<std::size_t> ModuleResolver::packageTarget(const std::string& directory, std::string_view target,
                                                         const ResolutionOptions& options) const {
    const auto findModule = [this](const std::string& p) { return find(p); };
    const auto tryPath = [&](std::string_view relative) -> std::optional<std::size_t> {
        const auto joined = joinModulePath(directory, relative);
        if (!joined) return std::nullopt;
        if (auto hit = probeFile(*joined, options.moduleSuffixes, findModule)) return hit;
        return probeIndex(*joined, options.moduleSuffixes, findModule);
    };
    if (target.starts_with("./")) target.remove_prefix(2);
    if (auto hit = tryPath(target)) return hit;
    const std::string_view stem = withoutDeclarationExtension(target);
    if (stem.size() != target.size()) {
        if (auto hit = tryPath(stem)) return hit;
    }
    std::vector<std::string_view> segments;
    for (std::string_view rest = stem; !rest.empty();) {
        const std::size_t slash = rest.find('/');
        segments.push_back(rest.substr(0, slash));
        rest = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash + 1);
    }
    if (segments.size() < 2 || !isOneOf(segments[0], kOutputDirectories)) return std::nullopt;
    // Without the output directory and the format folders a build adds at any depth
    // (`dist/default-entry/esm/server.js` → `default-entry/server`).
    std::string source;
    for (std::size_t i = 1; i < segments.size(); ++i) {
        if (i + 1 < segments.size() && isOneOf(segments[i], kFormatDirectories)) continue;
        source += (source.empty() ? "" : "/") + std::string(segments[i]);
    }
    if (auto hit = tryPath("src/" + source)) return hit;
    return tryPath(source);
}

bool ModuleResolver::isAsset(const std::string& path) const {
    if (hasAssetExtension(path)) return true;
    for (const char* ext : {"", ".d.ts", ".json", "/index.d.ts"}) {
        if (assets_.count(path + ext)) return true;
    }
    return false;
}

// A path into `dist`, `build` or `out` at ROOT or at a package's root: a build output,
// left out of the project whether or not it has been built yet.
bool ModuleResolver::isBuildOutput(std::string_view path) const {
    std::size_t start = 0;
    while (start < path.size()) {
        const std::size_t slash = path.find('/', start);
        if (slash == std::string_view::npos) return false;
        const std::string_view segment = path.substr(start, slash - start);
        const std::string_view parent = start == 0 ? std::string_view{} : path.substr(0, start - 1);
        if ((segment == "dist" || segment == "build" || segment == "out") &&
            (parent.empty() || config_.packages.atDirectory(parent))) {
            return true;
        }
        start = slash + 1;
    }
    return false;
}

bool ModuleResolver::isExcluded(const std::string& path) const {
    if (isBuildOutput(path)) return true;
    const auto findExcluded = [this](const std::string& p) -> std::optional<std::size_t> {
        return excluded_.count(p) ? std::optional<std::size_t>(0) : std::nullopt;
    };
    if (probeFile(path, {}, findExcluded) || probeIndex(path, {}, findExcluded)) return true;
    for (std::string_view d = path; !d.empty(); d = directoryOf(d)) {
        if (excludedDirectories_.count(std::string(d))) return true;
    }
    return false;
}

// Modules a path that does not resolve may still name: the same path in another case or
// with a suffix before its extension (`actions.server.ts`), or a module below it.
// The stems that start with `want` are one range of the sorted order: found by binary
// search, not a scan of every module per unresolved import.
std::vector<std::size_t> ModuleResolver::candidatesAt(const std::string& path) const {
    const std::string want = lowered(withoutModuleExtension(path));
    std::vector<std::size_t> out;
    auto it = std::lower_bound(stemOrder_.begin(), stemOrder_.end(), want,
                               [&](std::size_t i, const std::string& w) { return stems_[i] < w; });
    for (; it != stemOrder_.end() && stems_[*it].starts_with(want); ++it) {
        const std::string& stem = stems_[*it];
        if (stem.size() == want.size() || stem[want.size()] == '.' || stem[want.size()] == '/') out.push_back(*it);
    }
    std::sort(out.begin(), out.end());  // in module order, as before
    return out;
}

// Modules of a workspace package a subpath it does not export may name: packages map a
// subpath to a file whose path ends like it (`./forms/save` → `src/forms/save.ts`).
std::vector<std::size_t> ModuleResolver::candidatesEndingWith(std::string_view rest) const {
    const std::string want = lowered(withoutModuleExtension(rest));
    std::vector<std::size_t> out;
    if (want.empty()) return out;
    for (std::size_t i = 0; i < stems_.size(); ++i) {
        std::string_view stem = stems_[i];
        if (stem.ends_with("/index")) {
            const std::string_view directory = stem.substr(0, stem.size() - 6);
            if (directory == want || directory.ends_with("/" + want)) {
                out.push_back(i);
                continue;
            }
        }
        if (stem == want || stem.ends_with("/" + want)) out.push_back(i);
    }
    return out;
}

std::vector<std::size_t> ModuleResolver::candidatesUnder(const std::string& directory) const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < modules_.size(); ++i) {
        if (directory.empty() || (modules_[i].starts_with(directory) && modules_[i][directory.size()] == '/')) {
            out.push_back(i);
        }
    }
    return out;
}

ModuleResolver::Result ModuleResolver::atPath(const std::string& path, const ResolutionOptions& options) const {
    if (auto hit = probe(path, options)) {
        Result r = outcome(Outcome::Resolved);
        r.module = *hit;
        return r;
    }
    if (isAsset(path)) return outcome(Outcome::NotModule);
    if (isExcluded(path)) return outcome(Outcome::Excluded);
    Result r = outcome(Outcome::Unresolved);
    r.candidates = candidatesAt(path);
    return r;
}

ModuleResolver::Result ModuleResolver::fromTargets(const std::string& directory, const MapTargets& targets,
                                                   const ResolutionOptions& options) const {
    Result r = outcome(Outcome::Unresolved);
    bool found = false;
    for (const auto* list : {&targets.chosen, &targets.others}) {
        for (const std::string& target : *list) {
            const auto hit = packageTarget(directory, target, options);
            if (!hit) continue;
            if (!found) {
                r.outcome = Outcome::Resolved;
                r.module = *hit;
                found = true;
            } else if (*hit != r.module) {
                addUnique(r.alternates, *hit);
            }
        }
    }
    if (found) return r;
    for (const std::string& target : targets.chosen) {
        const auto joined = joinModulePath(directory, target);
        if (!joined) continue;
        if (isAsset(*joined)) return outcome(Outcome::NotModule);
        if (isExcluded(*joined)) return outcome(Outcome::Excluded);
        for (std::size_t m : candidatesAt(*joined)) addUnique(r.candidates, m);
    }
    return r;
}

// `subpath` ("." or "./x") of a workspace package of ROOT. The answer depends only on the
// options that take part in it, shared by most projects of a monorepo: it is memoised.
ModuleResolver::Result ModuleResolver::inPackage(const PackageJson& package, const std::string& subpath,
                                                 const ResolutionOptions& options) const {
    std::string key = subpath;
    for (const auto* list : {&options.customConditions, &options.moduleSuffixes}) {
        key += '\0';
        for (const std::string& item : *list) key += item + '\1';
    }
    auto [it, added] = packageCache_.try_emplace({&package, std::move(key)});
    if (added) it->second = resolveInPackage(package, subpath, options);
    return it->second;
}

ModuleResolver::Result ModuleResolver::resolveInPackage(const PackageJson& package, const std::string& subpath,
                                                        const ResolutionOptions& options) const {
    Result r;
    if (!package.exports.is_null()) {
        r = fromTargets(package.directory, resolvePackageMap(package.exports, subpath, exportConditions(options)), options);
    } else {
        MapTargets targets;
        if (subpath == ".") {
            targets.chosen = package.entries;
            targets.chosen.push_back("./index");
        } else {
            targets.chosen = {subpath};
        }
        r = fromTargets(package.directory, targets, options);
    }
    if (r.outcome != Outcome::Unresolved) return r;
    // The package is ours but its map leads nowhere we can see: what it may name lies in
    // its directory, most likely at the end of a path like the subpath.
    const std::vector<std::size_t> inside = candidatesUnder(package.directory);
    if (r.candidates.empty() && subpath != ".") {
        for (std::size_t m : candidatesEndingWith(std::string_view(subpath).substr(2))) {
            if (std::find(inside.begin(), inside.end(), m) != inside.end()) r.candidates.push_back(m);
        }
    }
    if (r.candidates.empty()) r.candidates = inside;
    return r;
}

bool ModuleResolver::namesWorkspacePackage(std::string_view specifier) const {
    const auto split = splitPackageSpecifier(specifier);
    return split && config_.packages.byName(split->first);
}

bool ModuleResolver::namesProjectDirectory(std::string_view specifier, const ResolutionOptions& options) const {
    const std::size_t slash = specifier.find('/');
    if (slash == std::string_view::npos) return false;
    const std::string first(specifier.substr(0, slash));
    if (directories_.count(first)) return true;
    if (options.baseUrl && !options.baseUrl->empty()) return directories_.count(*options.baseUrl + "/" + first) > 0;
    return false;
}

ModuleResolver::Result ModuleResolver::resolveReplacement(std::string_view fromModule, const std::string& replaced,
                                                          const ResolutionOptions& options, int depth) const {
    const std::string& root = config_.root;
    if (!root.empty() && (replaced + "/").starts_with(root)) {
        return atPath(replaced.size() > root.size() ? replaced.substr(root.size()) : "", options);
    }
    if (replaced.starts_with("/") || replaced.starts_with("./") || replaced.starts_with("../") || replaced == ".") {
        // Relative to ROOT; "/x" outside ROOT is Vite's root-relative URL path.
        const auto joined = joinModulePath("", replaced);
        if (!joined) return outcome(Outcome::External);
        Result r = atPath(*joined, options);
        if (r.outcome == Outcome::Unresolved && replaced.starts_with("/") && !root.empty()) return outcome(Outcome::External);
        return r;
    }
    return resolveBare(fromModule, replaced, options, depth + 1);
}

ModuleResolver::Result ModuleResolver::resolveBare(std::string_view fromModule, std::string_view specifier,
                                                   const ResolutionOptions& options, int depth) const {
    if (depth > kMaxAliasDepth) return outcome(Outcome::Unresolved);
    for (std::size_t i = 0; i < config_.aliases.size(); ++i) {
        if (auto replaced = applyAlias(config_.aliases[i], aliasPatterns_[i].get(), specifier)) {
            return resolveReplacement(fromModule, *replaced, options, depth);
        }
    }
    // A dependency the importer's package.json (or one above it) declares is a package when
    // no project file answers to it, whatever `paths` pattern or directory of ROOT shares its
    // name (`convex/react` beside a `convex/` folder mapped by `"convex/*"`).
    const auto split = splitPackageSpecifier(specifier);
    const bool declaredPackage = split && config_.packages.declaresDependency(fromModule, split->first);
    bool mayNameProjectFile = false;
    std::vector<std::size_t> candidates;
    if (const auto expanded = expandPathAlias(options.paths, specifier)) {
        bool insideRoot = false;
        for (const std::string& target : expanded->targets) {
            const auto joined = joinModulePath("", target);
            if (!joined) continue;  // a directory outside ROOT: none of our modules
            insideRoot = true;
            Result r = atPath(*joined, options);
            if (r.outcome != Outcome::Unresolved) return r;
            for (std::size_t m : r.candidates) addUnique(candidates, m);
        }
        // TypeScript goes on to baseUrl and node_modules when no target exists; a
        // pattern other than the catch-all "*" still says the specifier is the project's.
        mayNameProjectFile = !expanded->catchAll && insideRoot;
        if (mayNameProjectFile && !namesWorkspacePackage(specifier) && !declaredPackage) {
            Result r = outcome(Outcome::Unresolved);
            r.candidates = std::move(candidates);
            return r;
        }
    }
    if (options.baseUrl) {
        if (const auto joined = joinModulePath(*options.baseUrl, specifier)) {
            Result r = atPath(*joined, options);
            if (r.outcome != Outcome::Unresolved) return r;
        }
    }
    if (specifier.starts_with('#')) {
        mayNameProjectFile = true;
        const PackageJson* package = config_.packages.enclosing(fromModule);
        if (package && !package->imports.is_null()) {
            const MapTargets targets = resolvePackageMap(package->imports, specifier, exportConditions(options));
            if (targets.matched) {
                Result r = fromTargets(package->directory, targets, options);
                if (r.outcome != Outcome::Unresolved) return r;
                for (std::size_t m : r.candidates) addUnique(candidates, m);
            }
        }
    }
    if (split) {
        const PackageJson* package = config_.packages.byName(split->first);
        // A package names itself only through its `exports` (Node's self-reference); without
        // them the name is the npm package its node_modules holds (a fixture named after it).
        const bool selfWithoutExports = package && package == config_.packages.enclosing(fromModule) &&
                                        package->exports.is_null();
        if (package && !selfWithoutExports) return inPackage(*package, split->second, options);
    }
    if (declaredPackage && !specifier.starts_with('#')) return outcome(Outcome::External);
    if (mayNameProjectFile || looksLikeAlias(specifier) || namesProjectDirectory(specifier, options)) {
        // An alias nobody told us about may map the specifier to any file (a regular
        // expression need not even keep its rest): every module is a candidate, and only
        // the names the import uses narrow what it keeps.
        Result r = outcome(Outcome::Unresolved);
        r.candidates = std::move(candidates);
        r.anyModule = r.candidates.empty();
        return r;
    }
    return outcome(Outcome::External);  // a package outside ROOT
}

// Which project owns a module is asked for every specifier it imports: memoised per module.
const TsProject* ModuleResolver::ownerOf(std::string_view modulePath) const {
    const auto it = index_.find(std::string(modulePath));
    if (it == index_.end()) return config_.tsconfig.ownerOf(modulePath);
    if (!ownerKnown_[it->second]) {
        owners_[it->second] = config_.tsconfig.ownerOf(modulePath);
        ownerKnown_[it->second] = true;
    }
    return owners_[it->second];
}

ModuleResolver::Result ModuleResolver::resolve(std::string_view fromModule, std::string_view specifier) const {
    if (specifier.empty()) return outcome(Outcome::Unresolved);
    // `?raw`, `?url`, `?worker`: the bundler loads the file as something else than its module.
    if (specifier.find('?') != std::string_view::npos) return outcome(Outcome::NotModule);
    if (hasScheme(specifier)) return outcome(Outcome::External);
    if (hasAssetExtension(specifier)) return outcome(Outcome::NotModule);
    const TsProject* owner = ownerOf(fromModule);
    static const ResolutionOptions kNoOptions;
    const ResolutionOptions& options = owner ? owner->options : kNoOptions;
    const bool relative = specifier == "." || specifier == ".." || specifier.starts_with("./") ||
                          specifier.starts_with("../");
    if (relative) {
        const auto joined = joinModulePath(directoryOf(fromModule), specifier);
        if (!joined) return outcome(Outcome::External);  // above ROOT: not a file of this project
        return atPath(*joined, options);
    }
    if (specifier.starts_with('/')) return resolveReplacement(fromModule, std::string(specifier), options, 0);
    // A bare specifier means the same for every module of a project and package (`#imports`
    // and self-references depend on the importer's package): thousands of imports of one
    // package resolve once.
    const PackageJson* package = config_.packages.enclosing(fromModule);
    auto [it, added] = bareCache_.try_emplace({owner, package, std::string(specifier)});
    if (added) it->second = resolveBare(fromModule, specifier, options, 0);
    return it->second;
}

}  // namespace actionc
