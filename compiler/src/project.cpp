#include "project.h"

#include "source.h"

#include <algorithm>
#include <filesystem>

namespace actionc {

namespace fs = std::filesystem;

bool globMatch(std::string_view pattern, std::string_view path) {
    if (pattern.starts_with("**/")) {
        // `**/x` also matches `x` at the root.
        if (globMatch(pattern.substr(3), path)) return true;
    }
    if (pattern.empty()) return path.empty();
    if (pattern.starts_with("**")) {
        const std::string_view rest = pattern.substr(2);
        for (std::size_t i = 0; i <= path.size(); ++i) {
            if (globMatch(rest, path.substr(i))) return true;
        }
        return false;
    }
    if (pattern[0] == '*') {
        for (std::size_t i = 0; i <= path.size(); ++i) {
            if (globMatch(pattern.substr(1), path.substr(i))) return true;
            if (i < path.size() && path[i] == '/') break;
        }
        return false;
    }
    if (path.empty()) return false;
    if (pattern[0] == '?' ? path[0] != '/' : pattern[0] == path[0]) {
        return globMatch(pattern.substr(1), path.substr(1));
    }
    return false;
}

bool isTestFile(std::string_view path) {
    if (path.starts_with("__tests__/") || path.find("/__tests__/") != std::string_view::npos) return true;
    const std::size_t slash = path.rfind('/');
    const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    return name.find(".test.") != std::string_view::npos || name.find(".spec.") != std::string_view::npos;
}

namespace {

bool matchesAny(const std::vector<std::string>& globs, std::string_view path) {
    return std::any_of(globs.begin(), globs.end(), [&](const std::string& g) { return globMatch(g, path); });
}

bool isSkippedDirectory(const fs::path& dir, const fs::path& outDir) {
    const std::string name = dir.filename().string();
    if (name == "node_modules" || (name.size() > 1 && name[0] == '.')) return true;
    std::error_code ec;
    if (!outDir.empty() && fs::equivalent(dir, outDir, ec)) return true;
    // The output of another actionc build (another --out, or a bundler plugin's) holds
    // copies of the project's modules: never compile those.
    return fs::exists(dir / "actions.manifest.json", ec) && fs::is_directory(dir / "server", ec);
}

}  // namespace

std::vector<ProjectFile> discoverProject(const DiscoveryOptions& options) {
    const fs::path root = fs::absolute(options.root).lexically_normal();
    const fs::path outDir = options.outDir.empty() ? fs::path() : fs::absolute(options.outDir).lexically_normal();
    std::vector<ProjectFile> files;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied), end;
    for (; it != end; ++it) {
        const fs::directory_entry& entry = *it;
        if (entry.is_directory()) {
            if (isSkippedDirectory(entry.path(), outDir)) it.disable_recursion_pending();
            continue;
        }
        if (!entry.is_regular_file()) continue;
        const std::string rel = entry.path().lexically_relative(root).generic_string();
        const std::string name = entry.path().filename().string();
        if (name == "actionc.json") continue;  // our config is not part of the app
        if (!options.includeTests && isTestFile(rel)) continue;
        if (!options.include.empty() && !matchesAny(options.include, rel)) continue;
        if (matchesAny(options.exclude, rel)) continue;
        files.push_back({rel, dialectForPath(rel).has_value()});
    }
    std::sort(files.begin(), files.end(),
              [](const ProjectFile& a, const ProjectFile& b) { return a.relativePath < b.relativePath; });
    return files;
}

}  // namespace actionc
