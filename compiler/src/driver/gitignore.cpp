#include "driver/gitignore.h"

#include "support/file_io.h"
#include "support/glob.h"

#include <filesystem>

namespace actionc {

namespace {

namespace fs = std::filesystem;

std::string readIfPresent(const fs::path& file) {
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) return {};
    try {
        return readFile(file.string());
    } catch (const std::exception&) {
        return {};
    }
}

// One line of a .gitignore without its line ending and its unescaped trailing spaces.
std::string_view trimLine(std::string_view line) {
    if (line.ends_with('\r')) line.remove_suffix(1);
    while (line.ends_with(' ') && !(line.size() >= 2 && line[line.size() - 2] == '\\')) line.remove_suffix(1);
    return line;
}

}  // namespace

GitignoreRules GitignoreRules::above(const std::string& root) {
    GitignoreRules rules;
    const fs::path rootPath = fs::absolute(root).lexically_normal();
    // The work tree's top: the nearest directory at or above ROOT holding .git.
    std::vector<fs::path> chain;  // ROOT's strict ancestors, nearest first, up to the top
    std::error_code ec;
    fs::path top;
    for (fs::path d = rootPath;; d = d.parent_path()) {
        if (fs::exists(d / ".git", ec)) {
            top = d;
            break;
        }
        if (d == d.parent_path()) break;
        chain.push_back(d.parent_path());
    }
    if (top.empty()) return rules;  // not in a work tree: only ROOT's own files count
    const auto prefixFor = [&](const fs::path& dir) {
        std::string rel = rootPath.lexically_relative(dir).generic_string();
        return rel == "." ? std::string() : rel + "/";
    };
    rules.add(readIfPresent(top / ".git" / "info" / "exclude"), "", prefixFor(top));
    // Shallowest first: deeper files take precedence.
    for (auto d = chain.rbegin(); d != chain.rend(); ++d) {
        if (*d == rootPath) continue;
        rules.add(readIfPresent(*d / ".gitignore"), "", prefixFor(*d));
    }
    return rules;
}

std::size_t GitignoreRules::enter(std::string_view text, const std::string& directory) {
    const std::size_t mark = rules_.size();
    add(text, directory, "");
    return mark;
}

void GitignoreRules::add(std::string_view text, const std::string& base, const std::string& prefix) {
    while (!text.empty()) {
        const std::size_t newline = text.find('\n');
        std::string_view line = trimLine(text.substr(0, newline));
        text = newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
        if (line.empty() || line[0] == '#') continue;
        Rule rule;
        rule.base = base;
        rule.prefix = prefix;
        if (line[0] == '!') {
            rule.negated = true;
            line.remove_prefix(1);
        } else if (line.starts_with("\\!") || line.starts_with("\\#")) {
            line.remove_prefix(1);
        }
        if (line.ends_with('/')) {
            rule.directoryOnly = true;
            line.remove_suffix(1);
        }
        if (line.empty()) continue;
        const std::size_t slash = line.find('/');
        rule.anchored = slash != std::string_view::npos;
        if (line[0] == '/') line.remove_prefix(1);
        rule.pattern = line;
        rule.literal = isLiteralPattern(rule.pattern);
        if (!rule.literal) rule.glob = Glob(rule.pattern, GlobDialect::Git);
        rules_.push_back(std::move(rule));
    }
}

bool GitignoreRules::ignored(std::string_view relativePath, bool isDirectory) const {
    bool ignored = false;
    const std::size_t slash = relativePath.rfind('/');
    const std::string_view name = slash == std::string_view::npos ? relativePath : relativePath.substr(slash + 1);
    for (const Rule& rule : rules_) {
        if (rule.directoryOnly && !isDirectory) continue;
        if (ignored != rule.negated) continue;  // cannot change the verdict
        if (!relativePath.starts_with(rule.base)) continue;
        // An anchored rule sees the path below its file's directory (with ROOT's path before
        // it for files above ROOT, the only ones with a prefix); the others the name alone.
        std::string prefixed;
        std::string_view subject = name;
        if (rule.anchored) {
            subject = relativePath.substr(rule.base.size());
            if (!rule.prefix.empty()) subject = prefixed = rule.prefix + std::string(subject);
        }
        if (rule.literal ? subject == rule.pattern : rule.glob.matches(subject)) ignored = !rule.negated;
    }
    return ignored;
}

}  // namespace actionc
