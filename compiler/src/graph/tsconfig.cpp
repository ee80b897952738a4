#include "graph/tsconfig.h"

#include "graph/packages.h"
#include "support/file_io.h"
#include "support/glob.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>
#include <set>
#include <unordered_map>

namespace actionc {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

constexpr std::string_view kConfigDir = "${configDir}";
constexpr int kMaxExtendsDepth = 32;

std::size_t skipSpaceAndComments(std::string_view text, std::size_t i) {
    while (i < text.size()) {
        if (std::isspace(static_cast<unsigned char>(text[i]))) {
            ++i;
        } else if (text.substr(i, 2) == "//") {
            i = std::min(text.find('\n', i), text.size());
        } else if (text.substr(i, 2) == "/*") {
            const std::size_t end = text.find("*/", i + 2);
            i = end == std::string_view::npos ? text.size() : end + 2;
        } else {
            break;
        }
    }
    return i;
}

bool startsWithConfigDir(std::string_view value) {
    if (value.size() < kConfigDir.size()) return false;
    for (std::size_t i = 0; i < kConfigDir.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(value[i])) != std::tolower(static_cast<unsigned char>(kConfigDir[i]))) {
            return false;
        }
    }
    return true;
}

// A value of a path option, as written, with the directory of the file that wrote it:
// it is resolved against that directory, or against the final config's for ${configDir}.
struct PathValue {
    std::string raw;
    fs::path base;

    fs::path resolve(const fs::path& configDir) const {
        if (startsWithConfigDir(raw)) return (configDir / ("./" + raw.substr(kConfigDir.size()))).lexically_normal();
        const fs::path p(raw);
        return (p.is_absolute() ? p : base / p).lexically_normal();
    }
};

struct PathList {
    std::vector<std::string> raw;
    fs::path base;
};

// A config with its `extends` applied: each option as the nearest file that sets it
// wrote it (TypeScript's `assign(base options, own options)`).
struct MergedConfig {
    std::optional<PathValue> baseUrl;
    // The map and the directory of its file; shared, as every config extending it copies it.
    std::optional<std::pair<std::shared_ptr<const Json>, fs::path>> paths;
    std::optional<std::vector<std::string>> moduleSuffixes;
    std::optional<std::vector<std::string>> customConditions;
    std::optional<bool> allowJs;
    std::optional<PathValue> outDir;
    std::optional<PathValue> declarationDir;
    std::optional<PathList> files;
    std::optional<PathList> include;
    std::optional<PathList> exclude;
    std::vector<std::string> references;  // own only: references are never inherited

    // `other`'s options win where it sets them.
    void overrideWith(const MergedConfig& other) {
        auto take = [](auto& mine, const auto& theirs) {
            if (theirs) mine = theirs;
        };
        take(baseUrl, other.baseUrl);
        take(paths, other.paths);
        take(moduleSuffixes, other.moduleSuffixes);
        take(customConditions, other.customConditions);
        take(allowJs, other.allowJs);
        take(outDir, other.outDir);
        take(declarationDir, other.declarationDir);
        take(files, other.files);
        take(include, other.include);
        take(exclude, other.exclude);
    }
};

std::optional<std::vector<std::string>> stringArray(const Json& value) {
    if (!value.is_array()) return std::nullopt;
    std::vector<std::string> out;
    for (const Json& item : value) {
        if (item.is_string()) out.push_back(item.get<std::string>());
    }
    return out;
}

std::string relativeTo(const fs::path& root, const fs::path& path) {
    std::string rel = path.lexically_normal().lexically_relative(root).generic_string();
    if (rel == ".") rel.clear();
    return rel;
}

// TypeScript's specs take only `*` and `?` as wildcards: everything else is literal
// (Next's `app/[id]/` directories included).
std::string escapeForWildmatch(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '[' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

bool isTypeScriptFile(std::string_view path) {
    for (std::string_view ext : {".ts", ".tsx", ".mts", ".cts"}) {
        if (path.ends_with(ext)) return true;
    }
    return false;
}

bool isJavaScriptFile(std::string_view path) {
    for (std::string_view ext : {".js", ".jsx", ".mjs", ".cjs"}) {
        if (path.ends_with(ext)) return true;
    }
    return false;
}

class Loader {
public:
    Loader(const fs::path& root, const TsconfigSet::PackageLookup& packages, std::vector<TsconfigProblem>& problems,
           std::vector<std::string>* filesRead, std::vector<TsProject>& projects)
        : root_(root), packages_(packages), problems_(problems), filesRead_(filesRead), projects_(projects) {}

    // The project of config `file`, loaded once (references too).
    std::optional<std::size_t> project(const fs::path& file) {
        const std::string key = file.lexically_normal().string();
        if (const auto it = loaded_.find(key); it != loaded_.end()) return it->second;
        std::vector<std::string> stack;
        std::optional<MergedConfig> merged = read(file, stack, true);
        if (!merged) {
            loaded_.emplace(key, std::nullopt);
            return std::nullopt;
        }
        const std::size_t index = projects_.size();
        loaded_.emplace(key, index);
        projects_.push_back(finish(*merged, file));
        for (const std::string& reference : merged->references) {
            fs::path target = (file.parent_path() / reference).lexically_normal();
            std::error_code ec;
            if (fs::is_directory(target, ec)) target /= "tsconfig.json";
            if (const auto referenced = project(target)) projects_[index].references.push_back(*referenced);
        }
        return index;
    }

private:
    // A base whose chain a cycle cut short is read again from each config reaching it
    // (read()): its problems are reported once.
    void problem(const fs::path& file, std::string message, bool fatal) {
        const auto same = [&](const TsconfigProblem& p) { return p.file == file.string() && p.message == message; };
        if (std::any_of(problems_.begin(), problems_.end(), same)) return;
        problems_.push_back({file.string(), std::move(message), fatal});
    }

    // A base config is read once: monorepos extend one base (and its chain) from every
    // package (babel: 159 configs over a base whose `paths` names every package), so
    // reading it per extending config parsed the same JSON a hundred times. Not kept when
    // a cycle or the depth limit cut its chain short: that result depends on the path to it.
    std::optional<MergedConfig> read(const fs::path& file, std::vector<std::string>& stack, bool isProject) {
        const std::string key = file.lexically_normal().string();
        if (isProject) return readUncached(file, key, stack, true);
        if (const auto known = bases_.find(key); known != bases_.end()) return known->second;
        const std::size_t cutsBefore = chainsCutShort_;
        std::optional<MergedConfig> config = readUncached(file, key, stack, false);
        if (chainsCutShort_ == cutsBefore) bases_.emplace(key, config);
        return config;
    }

    // `key`: the file's normal path, as the stack and the caches know it.
    std::optional<MergedConfig> readUncached(const fs::path& file, const std::string& key, std::vector<std::string>& stack,
                                             bool isProject) {
        if (std::find(stack.begin(), stack.end(), key) != stack.end()) {
            ++chainsCutShort_;
            problem(file, "circular \"extends\"", false);
            return std::nullopt;
        }
        if (stack.size() > kMaxExtendsDepth) {
            ++chainsCutShort_;
            return std::nullopt;
        }
        std::string text;
        try {
            text = readFile(key);
        } catch (const std::exception&) {
            // A `references` entry to a config that is not there: TypeScript reports it; the
            // project's own files resolve without it.
            problem(file, isProject ? "cannot read this referenced config" : "cannot read the file", false);
            return std::nullopt;
        }
        if (filesRead_) filesRead_->push_back(key);
        const Json json = Json::parse(jsoncToJson(text), nullptr, false, true);
        if (json.is_discarded() || !json.is_object()) {
            problem(file, "not valid JSON (comments and trailing commas allowed)", true);
            return std::nullopt;
        }
        stack.push_back(key);
        MergedConfig merged;
        if (const auto extends = json.find("extends"); extends != json.end()) {
            std::vector<std::string> bases;
            if (extends->is_string()) bases.push_back(extends->get<std::string>());
            if (auto list = stringArray(*extends)) bases = std::move(*list);
            for (const std::string& base : bases) {
                const std::optional<fs::path> baseFile = findExtended(base, file.parent_path());
                if (!baseFile) {
                    problem(file, "cannot find \"" + base + "\" (extends); its options are not applied", false);
                    continue;
                }
                if (auto baseConfig = read(*baseFile, stack, false)) {
                    baseConfig->references.clear();
                    // Paths in a base's files/include/exclude stay relative to the base.
                    merged.overrideWith(*baseConfig);
                }
            }
        }
        stack.pop_back();
        merged.overrideWith(ownConfig(json, file.parent_path()));
        if (const auto refs = json.find("references"); refs != json.end() && refs->is_array()) {
            for (const Json& ref : *refs) {
                if (ref.is_object() && ref.contains("path") && ref["path"].is_string()) {
                    merged.references.push_back(ref["path"].get<std::string>());
                }
            }
        }
        return merged;
    }

    static MergedConfig ownConfig(const Json& json, const fs::path& dir) {
        MergedConfig own;
        if (const auto options = json.find("compilerOptions"); options != json.end() && options->is_object()) {
            const auto pathValue = [&](const char* name) -> std::optional<PathValue> {
                const auto it = options->find(name);
                if (it == options->end() || !it->is_string()) return std::nullopt;
                return PathValue{it->get<std::string>(), dir};
            };
            own.baseUrl = pathValue("baseUrl");
            own.outDir = pathValue("outDir");
            own.declarationDir = pathValue("declarationDir");
            if (const auto it = options->find("paths"); it != options->end() && it->is_object()) own.paths = {{std::make_shared<const Json>(*it), dir}};
            if (const auto it = options->find("moduleSuffixes"); it != options->end()) own.moduleSuffixes = stringArray(*it);
            if (const auto it = options->find("customConditions"); it != options->end()) {
                own.customConditions = stringArray(*it);
            }
            if (const auto it = options->find("allowJs"); it != options->end() && it->is_boolean()) own.allowJs = it->get<bool>();
        }
        const auto list = [&](const char* name) -> std::optional<PathList> {
            const auto it = json.find(name);
            if (it == json.end()) return std::nullopt;
            if (auto values = stringArray(*it)) return PathList{std::move(*values), dir};
            return std::nullopt;
        };
        own.files = list("files");
        own.include = list("include");
        own.exclude = list("exclude");
        return own;
    }

    // TypeScript's getExtendsConfigPath: a path (".json" added when the file as written
    // does not exist), else a package found the way Node finds `require(x)` from the
    // config's directory, with the `tsconfig` field and `tsconfig.json` as its defaults.
    std::optional<fs::path> findExtended(const std::string& spec, const fs::path& dir) const {
        std::error_code ec;
        const fs::path asPath(spec);
        if (asPath.is_absolute() || spec.starts_with("./") || spec.starts_with("../")) {
            fs::path file = (asPath.is_absolute() ? asPath : dir / asPath).lexically_normal();
            if (fs::is_regular_file(file, ec)) return file;
            if (!spec.ends_with(".json") && fs::is_regular_file(fs::path(file.string() + ".json"), ec)) {
                return fs::path(file.string() + ".json");
            }
            return std::nullopt;
        }
        const auto split = splitPackageSpecifier(spec);
        if (!split) return std::nullopt;
        const auto& [name, subpath] = *split;
        std::optional<fs::path> packageDir;
        for (fs::path d = dir;; d = d.parent_path()) {
            if (fs::is_directory(d / "node_modules" / name, ec)) {
                packageDir = d / "node_modules" / name;
                break;
            }
            if (d == d.parent_path()) break;
        }
        if (!packageDir && packages_) {
            if (auto workspace = packages_(name)) packageDir = fs::path(*workspace);
        }
        if (!packageDir) return std::nullopt;
        Json manifest;
        try {
            if (fs::is_regular_file(*packageDir / "package.json", ec)) {
                manifest = Json::parse(readFile((*packageDir / "package.json").string()), nullptr, false);
            }
        } catch (const std::exception&) {
        }
        if (manifest.is_object() && manifest.contains("exports")) {
            const MapTargets targets = resolvePackageMap(manifest["exports"], subpath, {"require", "types", "node"});
            for (const std::string& target : targets.chosen) {
                const fs::path file = (*packageDir / target).lexically_normal();
                if (fs::is_regular_file(file, ec)) return file;
                if (fs::is_regular_file(fs::path(file.string() + ".json"), ec)) return fs::path(file.string() + ".json");
            }
            if (targets.matched) return std::nullopt;
        }
        if (subpath == ".") {
            if (manifest.is_object() && manifest.contains("tsconfig") && manifest["tsconfig"].is_string()) {
                return (*packageDir / manifest["tsconfig"].get<std::string>()).lexically_normal();
            }
            return *packageDir / "tsconfig.json";
        }
        const fs::path file = (*packageDir / subpath).lexically_normal();
        if (fs::is_regular_file(file, ec)) return file;
        if (fs::is_regular_file(fs::path(file.string() + ".json"), ec)) return fs::path(file.string() + ".json");
        if (fs::is_directory(file, ec)) return file / "tsconfig.json";
        return std::nullopt;
    }

    // The merged config of `file` as a project: every path resolved and made root-relative.
    TsProject finish(const MergedConfig& config, const fs::path& file) const {
        const fs::path configDir = file.parent_path();
        TsProject project;
        project.file = relativeTo(root_, file);
        ResolutionOptions& options = project.options;
        std::optional<fs::path> baseUrl;
        if (config.baseUrl) {
            baseUrl = config.baseUrl->resolve(configDir);
            options.baseUrl = relativeTo(root_, *baseUrl);
        }
        if (config.paths) {
            const auto& [map, definedIn] = *config.paths;
            // Targets are relative to baseUrl when there is one, else to the file that
            // wrote `paths` (TypeScript's pathsBasePath).
            const fs::path base = baseUrl ? *baseUrl : definedIn;
            for (const auto& [pattern, targets] : map->items()) {
                PathAlias alias{pattern, {}};
                for (const std::string& target : stringArray(targets).value_or(std::vector<std::string>{})) {
                    alias.targets.push_back(resolvedTarget(target, base, configDir));
                }
                options.paths.push_back(std::move(alias));
            }
        }
        options.moduleSuffixes = config.moduleSuffixes.value_or(std::vector<std::string>{});
        options.customConditions = config.customConditions.value_or(std::vector<std::string>{});
        // jsconfig.json means allowJs unless it says otherwise.
        options.allowJs = config.allowJs.value_or(file.filename() == "jsconfig.json");

        const auto resolveAll = [&](const PathList& list) {
            std::vector<fs::path> out;
            for (const std::string& raw : list.raw) out.push_back(PathValue{raw, list.base}.resolve(configDir));
            return out;
        };
        if (config.files) {
            for (const fs::path& f : resolveAll(*config.files)) project.files.push_back(relativeTo(root_, f));
        }
        std::optional<PathList> include = config.include;
        if (!include && !config.files) include = PathList{{"**/*"}, configDir};
        if (include) {
            for (const fs::path& spec : resolveAll(*include)) {
                std::string pattern = escapeForWildmatch(relativeTo(root_, spec));
                const std::string last = spec.filename().string();
                // A last segment without '.', '*' or '?' names a directory: all below it.
                if (last.find_first_of(".*?") == std::string::npos) pattern += pattern.empty() ? "**/*" : "/**/*";
                project.include.emplace_back(pattern, GlobDialect::Git);
            }
        }
        if (config.exclude) {
            for (const fs::path& spec : resolveAll(*config.exclude)) {
                project.exclude.emplace_back(escapeForWildmatch(relativeTo(root_, spec)), GlobDialect::Git);
            }
        } else {
            for (const auto* dir : {&config.outDir, &config.declarationDir}) {
                if (*dir) project.exclude.emplace_back(escapeForWildmatch(relativeTo(root_, (*dir)->resolve(configDir))), GlobDialect::Git);
            }
        }
        return project;
    }

    // A `paths` target, root-relative. Memoised by base directory and target: every project
    // that inherits a base's `paths` resolves the same targets against the same base (babel:
    // 159 projects x every package), and path arithmetic is most of loading them.
    std::string resolvedTarget(const std::string& target, const fs::path& base, const fs::path& configDir) const {
        if (startsWithConfigDir(target)) return relativeTo(root_, PathValue{target, base}.resolve(configDir));
        std::string key = base.native();
        key += '\0';
        key += target;
        const auto [it, added] = resolvedTargets_.try_emplace(std::move(key));
        if (added) it->second = relativeTo(root_, PathValue{target, base}.resolve(configDir));
        return it->second;
    }

    const fs::path& root_;
    const TsconfigSet::PackageLookup& packages_;
    std::vector<TsconfigProblem>& problems_;
    std::vector<std::string>* filesRead_;
    std::vector<TsProject>& projects_;
    std::map<std::string, std::optional<std::size_t>> loaded_;
    std::map<std::string, std::optional<MergedConfig>, std::less<>> bases_;  // read(), for configs extended
    std::size_t chainsCutShort_ = 0;  // cycles and depth limits met so far
    mutable std::unordered_map<std::string, std::string> resolvedTargets_;  // resolvedTarget()
};

std::string_view parentDirectory(std::string_view path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? std::string_view{} : path.substr(0, slash);
}

}  // namespace

std::string jsoncToJson(std::string_view text) {
    // Comments are left for nlohmann's parser (ignore_comments); trailing commas go.
    std::string out;
    out.reserve(text.size());
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < text.size()) {
                out += text[++i];
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '/' && i + 1 < text.size() && (text[i + 1] == '/' || text[i + 1] == '*')) {
            const std::size_t stop = skipSpaceAndComments(text, i);
            out.append(text.substr(i, stop - i));
            i = stop - 1;
            continue;
        }
        if (c == '"') inString = true;
        if (c == ',') {
            const std::size_t next = skipSpaceAndComments(text, i + 1);
            if (next < text.size() && (text[next] == '}' || text[next] == ']')) continue;
        }
        out += c;
    }
    return out;
}

TsconfigSet TsconfigSet::load(const std::string& root, const std::vector<std::string>& directories,
                              const PackageLookup& packageDirectory, std::vector<TsconfigProblem>& problems,
                              std::vector<std::string>* filesRead) {
    TsconfigSet set;
    const fs::path rootPath = fs::absolute(root).lexically_normal();
    std::set<std::string, std::less<>> searched;
    for (const std::string& directory : directories) {
        // Up to the root, stopping at a directory already known (its ancestors are too).
        std::string_view d = directory;
        while (searched.emplace(d).second && !d.empty()) d = parentDirectory(d);
    }
    Loader loader(rootPath, packageDirectory, problems, filesRead, set.projects_);
    const std::string rootString = rootPath.string();
    for (const std::string& d : searched) {
        const std::string dir = d.empty() ? rootString : joinPath(rootString, d);
        for (const char* name : {"tsconfig.json", "jsconfig.json"}) {
            const std::string file = joinPath(dir, name);
            if (!isRegularFile(file)) continue;
            if (const auto index = loader.project(fs::path(file))) set.byDirectory_.emplace(d, *index);
            break;
        }
    }
    return set;
}

TsconfigSet TsconfigSet::single(ResolutionOptions options) {
    TsconfigSet set;
    TsProject project;
    project.file = "tsconfig.json";
    project.options = std::move(options);
    set.projects_.push_back(std::move(project));
    set.byDirectory_.emplace("", 0);
    set.ownsEverything_ = true;
    return set;
}

bool TsconfigSet::includes(const TsProject& project, std::string_view modulePath) const {
    if (ownsEverything_) return true;
    if (std::find(project.files.begin(), project.files.end(), modulePath) != project.files.end()) return true;
    if (!isTypeScriptFile(modulePath) && !(project.options.allowJs && isJavaScriptFile(modulePath))) return false;
    const std::vector<std::string_view> segments = splitPath(modulePath);
    const bool included = std::any_of(project.include.begin(), project.include.end(), [&](const Glob& pattern) {
        return pattern.matchesSegments(segments.data(), segments.size());
    });
    if (!included) return false;
    // An exclude pattern leaves out what it matches and everything below it: the module
    // and each of its directories (the first 1..n segments).
    for (const Glob& pattern : project.exclude) {
        for (std::size_t count = segments.size(); count > 0; --count) {
            if (pattern.matchesSegments(segments.data(), count)) return false;
        }
    }
    return true;
}

const TsProject* TsconfigSet::searchReferences(std::size_t project, std::string_view modulePath,
                                               std::vector<bool>& visited) const {
    for (const std::size_t reference : projects_[project].references) {
        if (visited[reference]) continue;
        visited[reference] = true;
        if (includes(projects_[reference], modulePath)) return &projects_[reference];
        if (const TsProject* deeper = searchReferences(reference, modulePath, visited)) return deeper;
    }
    return nullptr;
}

const TsProject* TsconfigSet::ownerOf(std::string_view modulePath) const {
    const TsProject* nearest = nullptr;
    std::vector<bool> visited(projects_.size(), false);
    std::string_view directory = modulePath;
    do {
        directory = parentDirectory(directory);
        const auto it = byDirectory_.find(directory);
        if (it == byDirectory_.end() || visited[it->second]) continue;
        visited[it->second] = true;
        const TsProject& project = projects_[it->second];
        if (!nearest) nearest = &project;
        if (includes(project, modulePath)) return &project;
        if (const TsProject* referenced = searchReferences(it->second, modulePath, visited)) return referenced;
    } while (!directory.empty());
    return nearest ? fallbackFor(*nearest) : nullptr;
}

// A module no project includes is still compiled by `tsc -b` when a project's file imports
// it, with that project's options; for a solution root without options of its own, the
// first referenced project that has `paths` or `baseUrl` stands for them.
const TsProject* TsconfigSet::fallbackFor(const TsProject& nearest) const {
    const auto resolves = [](const TsProject& p) { return p.options.baseUrl || !p.options.paths.empty(); };
    if (resolves(nearest)) return &nearest;
    std::vector<bool> visited(projects_.size(), false);
    std::vector<std::size_t> pending(nearest.references.rbegin(), nearest.references.rend());
    while (!pending.empty()) {
        const std::size_t p = pending.back();
        pending.pop_back();
        if (visited[p]) continue;
        visited[p] = true;
        if (resolves(projects_[p])) return &projects_[p];
        pending.insert(pending.end(), projects_[p].references.rbegin(), projects_[p].references.rend());
    }
    return &nearest;
}

}  // namespace actionc
