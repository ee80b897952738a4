#include "graph/resolve.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace actionc {

namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 8> kProbeExtensions = {".ts", ".tsx", ".mts", ".cts",
                                                                ".js", ".jsx", ".mjs", ".cjs"};

std::string_view directoryOf(std::string_view path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? std::string_view{} : path.substr(0, slash);
}

std::size_t skipSpaceAndComments(const std::string& text, std::size_t i) {
    while (i < text.size()) {
        if (std::isspace(static_cast<unsigned char>(text[i]))) {
            ++i;
        } else if (text.compare(i, 2, "//") == 0) {
            i = std::min(text.find('\n', i), text.size());
        } else if (text.compare(i, 2, "/*") == 0) {
            const std::size_t end = text.find("*/", i + 2);
            i = end == std::string::npos ? text.size() : end + 2;
        } else {
            break;
        }
    }
    return i;
}

// tsconfig is JSONC: drop trailing commas (outside strings) so nlohmann can parse it;
// comments are skipped by the parser itself.
std::string withoutTrailingCommas(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < text.size()) out += text[++i];
            else if (c == '"') inString = false;
            continue;
        }
        if (c == '/' && i + 1 < text.size() && (text[i + 1] == '/' || text[i + 1] == '*')) {
            const bool line = text[i + 1] == '/';
            const std::size_t end = line ? text.find('\n', i) : text.find("*/", i + 2);
            const std::size_t stop = end == std::string::npos ? text.size() : (line ? end : end + 2);
            out.append(text, i, stop - i);
            i = stop - 1;
            continue;
        }
        if (c == '"') inString = true;
        if (c == ',') {
            const std::size_t j = skipSpaceAndComments(text, i + 1);
            if (j < text.size() && (text[j] == '}' || text[j] == ']')) continue;
        }
        out += c;
    }
    return out;
}

std::string relativeToRoot(const fs::path& root, const fs::path& path) {
    std::string rel = fs::path(path).lexically_normal().lexically_relative(root).generic_string();
    if (rel == ".") rel.clear();
    return rel;
}

bool loadTsconfigFile(const fs::path& root, const fs::path& file, ResolverConfig& config, bool& haveBaseUrl,
                      bool& havePaths, int depth, std::string* error, std::vector<std::string>* filesRead) {
    if (filesRead) filesRead->push_back(fs::absolute(file).lexically_normal().string());
    std::ifstream in(file);
    if (!in) {
        if (error) *error = "cannot read " + file.string();
        return false;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    nlohmann::json json = nlohmann::json::parse(withoutTrailingCommas(buffer.str()), nullptr, false, true);
    if (json.is_discarded() || !json.is_object()) {
        if (error) *error = file.string() + ": not valid JSON";
        return false;
    }
    const fs::path dir = file.parent_path();
    if (json.contains("compilerOptions") && json["compilerOptions"].is_object()) {
        const auto& options = json["compilerOptions"];
        // The nearest file that sets an option wins over the files it extends.
        if (!haveBaseUrl && options.contains("baseUrl") && options["baseUrl"].is_string()) {
            config.baseUrl = relativeToRoot(root, dir / options["baseUrl"].get<std::string>());
            haveBaseUrl = true;
        }
        if (!havePaths && options.contains("paths") && options["paths"].is_object()) {
            havePaths = true;
            // `paths` are relative to baseUrl when set, else to the tsconfig's directory.
            const fs::path base = config.baseUrl ? root / *config.baseUrl : dir;
            for (const auto& [pattern, targets] : options["paths"].items()) {
                PathAlias alias{pattern, {}};
                if (targets.is_array()) {
                    for (const auto& t : targets) {
                        if (t.is_string()) alias.targets.push_back(relativeToRoot(root, base / t.get<std::string>()));
                    }
                }
                config.paths.push_back(std::move(alias));
            }
        }
    }
    if (json.contains("extends") && json["extends"].is_string() && depth < 16) {
        std::string parent = json["extends"].get<std::string>();
        if (parent.starts_with("./") || parent.starts_with("../")) {
            fs::path next = dir / parent;
            if (next.extension() != ".json") next += ".json";
            return loadTsconfigFile(root, next, config, haveBaseUrl, havePaths, depth + 1, error, filesRead);
        }
        // Package configs (`@tsconfig/next`) carry no project paths; ignore them.
    }
    return true;
}

// Longest-prefix match of a `paths` pattern, as TypeScript picks among patterns.
std::optional<std::vector<std::string>> expandPathAlias(const std::vector<PathAlias>& aliases,
                                                        std::string_view specifier) {
    const PathAlias* best = nullptr;
    std::string_view bestCapture;
    std::size_t bestPrefix = 0;
    for (const PathAlias& alias : aliases) {
        const std::size_t star = alias.pattern.find('*');
        if (star == std::string::npos) {
            if (alias.pattern == specifier) return alias.targets;
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
    std::vector<std::string> expanded;
    for (const std::string& target : best->targets) {
        std::string t = target;
        if (const std::size_t star = t.find('*'); star != std::string::npos) t.replace(star, 1, bestCapture);
        expanded.push_back(std::move(t));
    }
    return expanded;
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

std::optional<ResolverConfig> loadTsconfig(const std::string& rootDir, std::string* error,
                                           std::vector<std::string>* filesRead) {
    ResolverConfig config;
    const fs::path root = fs::absolute(rootDir).lexically_normal();
    const fs::path file = root / "tsconfig.json";
    if (!fs::exists(file)) return config;
    bool haveBaseUrl = false;
    bool havePaths = false;
    if (!loadTsconfigFile(root, file, config, haveBaseUrl, havePaths, 0, error, filesRead)) return std::nullopt;
    return config;
}

ModuleResolver::ModuleResolver(const std::vector<std::string>& modules, ResolverConfig config,
                               const std::vector<std::string>& assets)
    : assets_(assets.begin(), assets.end()), config_(std::move(config)) {
    index_.reserve(modules.size());
    for (std::size_t i = 0; i < modules.size(); ++i) index_.emplace(modules[i], i);
}

std::optional<std::size_t> ModuleResolver::find(const std::string& path) const {
    const auto it = index_.find(path);
    return it == index_.end() ? std::nullopt : std::optional<std::size_t>(it->second);
}

std::optional<std::size_t> ModuleResolver::probe(const std::string& path) const {
    if (auto exact = find(path)) return exact;
    for (std::string_view ext : kProbeExtensions) {
        if (auto hit = find(path + std::string(ext))) return hit;
    }
    // `import './a.js'` names the output of a.ts, as TypeScript allows.
    static constexpr std::array<std::pair<std::string_view, std::array<std::string_view, 2>>, 4> kJsToTs = {{
        {".js", {".ts", ".tsx"}}, {".jsx", {".tsx", ".tsx"}}, {".mjs", {".mts", ".mts"}}, {".cjs", {".cts", ".cts"}}}};
    for (const auto& [js, tsExtensions] : kJsToTs) {
        if (!path.ends_with(js)) continue;
        const std::string stem = path.substr(0, path.size() - js.size());
        for (std::string_view ts : tsExtensions) {
            if (auto hit = find(stem + std::string(ts))) return hit;
        }
    }
    const std::string index = path.empty() ? "index" : path + "/index";
    for (std::string_view ext : kProbeExtensions) {
        if (auto hit = find(index + std::string(ext))) return hit;
    }
    return std::nullopt;
}

ModuleResolver::Result ModuleResolver::resolve(std::string_view fromModule, std::string_view specifier) const {
    const bool relative = specifier == "." || specifier == ".." || specifier.starts_with("./") ||
                          specifier.starts_with("../");
    if (relative) {
        const auto joined = joinModulePath(directoryOf(fromModule), specifier);
        if (!joined) return {};
        if (auto hit = probe(*joined)) return {Outcome::Resolved, *hit};
        if (assets_.count(*joined)) return {Outcome::External, 0};
        return {};
    }
    if (specifier.starts_with("/") || specifier.find(':') != std::string_view::npos) return {Outcome::External, 0};
    if (auto targets = expandPathAlias(config_.paths, specifier)) {
        for (const std::string& target : *targets) {
            if (const auto normal = joinModulePath("", target)) {
                if (auto hit = probe(*normal)) return {Outcome::Resolved, *hit};
                if (assets_.count(*normal)) return {Outcome::External, 0};
            }
        }
        return {};  // an alias the user configured that points nowhere is worth a warning
    }
    if (config_.baseUrl) {
        if (const auto joined = joinModulePath(*config_.baseUrl, specifier)) {
            if (auto hit = probe(*joined)) return {Outcome::Resolved, *hit};
        }
    }
    return {Outcome::External, 0};
}

}  // namespace actionc
