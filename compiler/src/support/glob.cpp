#include "support/glob.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>

namespace actionc {

namespace {

// More alternatives than this from one pattern's braces: the rest of it is taken literally
// ({1..1000000} must not eat the memory).
constexpr std::size_t kMaxAlternatives = 1024;

// ---- braces ----------------------------------------------------------------------------

// The '}' closing the '{' at `open`, skipping escapes and nested braces; npos if none.
std::size_t closingBrace(std::string_view s, std::size_t open) {
    int depth = 0;
    for (std::size_t i = open; i < s.size(); ++i) {
        if (s[i] == '\\') {
            ++i;
        } else if (s[i] == '{') {
            ++depth;
        } else if (s[i] == '}' && --depth == 0) {
            return i;
        }
    }
    return std::string_view::npos;
}

// The comma-separated parts of a brace's content at its own nesting level.
std::vector<std::string_view> topLevelParts(std::string_view body) {
    std::vector<std::string_view> parts;
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] == '\\') {
            ++i;
        } else if (body[i] == '{') {
            ++depth;
        } else if (body[i] == '}') {
            --depth;
        } else if (body[i] == ',' && depth == 0) {
            parts.push_back(body.substr(start, i - start));
            start = i + 1;
        }
    }
    parts.push_back(body.substr(start));
    return parts;
}

std::optional<long> parseInteger(std::string_view text) {
    long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
    return value;
}

// `{1..3}`, `{01..10}`, `{a..e}` (bash's ranges, as picomatch's braces expand them).
std::optional<std::vector<std::string>> rangeParts(std::string_view body) {
    const std::size_t dots = body.find("..");
    if (dots == std::string_view::npos) return std::nullopt;
    const std::string_view from = body.substr(0, dots);
    const std::string_view to = body.substr(dots + 2);
    std::vector<std::string> parts;
    if (from.size() == 1 && to.size() == 1 && std::isalpha(static_cast<unsigned char>(from[0])) &&
        std::isalpha(static_cast<unsigned char>(to[0]))) {
        const int step = from[0] <= to[0] ? 1 : -1;
        for (int c = from[0];; c += step) {
            parts.emplace_back(1, static_cast<char>(c));
            if (c == to[0]) break;
        }
        return parts;
    }
    const auto a = parseInteger(from);
    const auto b = parseInteger(to);
    if (!a || !b) return std::nullopt;
    if (static_cast<std::size_t>(std::abs(*b - *a)) >= kMaxAlternatives) return std::nullopt;
    const bool padded = (from.size() > 1 && from[0] == '0') || (to.size() > 1 && to[0] == '0');
    const std::size_t width = padded ? std::max(from.size(), to.size()) : 0;
    const long step = *a <= *b ? 1 : -1;
    for (long n = *a;; n += step) {
        std::string digits = std::to_string(n);
        if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
        parts.push_back(std::move(digits));
        if (n == *b) break;
    }
    return parts;
}

// The first brace group of `pattern` that expands (a comma or a range inside): its
// position, its end and its alternatives.
struct BraceGroup {
    std::size_t open;
    std::size_t close;
    std::vector<std::string> parts;
};

std::optional<BraceGroup> firstBraceGroup(std::string_view pattern) {
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '\\') {
            ++i;
            continue;
        }
        if (pattern[i] != '{') continue;
        const std::size_t close = closingBrace(pattern, i);
        if (close == std::string_view::npos) return std::nullopt;
        const std::string_view body = pattern.substr(i + 1, close - i - 1);
        const std::vector<std::string_view> parts = topLevelParts(body);
        if (parts.size() > 1) return BraceGroup{i, close, {parts.begin(), parts.end()}};
        if (auto range = rangeParts(body)) return BraceGroup{i, close, std::move(*range)};
        // `{a}`: literal braces; a group inside it may still expand.
    }
    return std::nullopt;
}

// Every alternative of `pattern`, braces expanded; a worklist, not recursion.
std::vector<std::string> expandBraces(std::string_view pattern) {
    std::vector<std::string> done;
    std::vector<std::string> work = {std::string(pattern)};
    while (!work.empty()) {
        std::string next = std::move(work.back());
        work.pop_back();
        const auto group = done.size() + work.size() < kMaxAlternatives ? firstBraceGroup(next) : std::nullopt;
        if (!group) {
            done.push_back(std::move(next));
            continue;
        }
        const std::string prefix = next.substr(0, group->open);
        const std::string suffix = next.substr(group->close + 1);
        // Pushed in reverse so that alternatives come out in the order written.
        for (auto part = group->parts.rbegin(); part != group->parts.rend(); ++part) {
            work.push_back(prefix + *part + suffix);
        }
    }
    return done;
}

// ---- one segment -----------------------------------------------------------------------

bool inPosixClass(std::string_view name, unsigned char c) {
    if (name == "alpha") return std::isalpha(c);
    if (name == "digit") return std::isdigit(c);
    if (name == "alnum") return std::isalnum(c);
    if (name == "upper") return std::isupper(c);
    if (name == "lower") return std::islower(c);
    if (name == "space") return std::isspace(c);
    if (name == "punct") return std::ispunct(c);
    if (name == "xdigit") return std::isxdigit(c);
    if (name == "word") return std::isalnum(c) || c == '_';
    if (name == "blank") return c == ' ' || c == '\t';
    return false;
}

// Matches a bracket expression starting at pattern[i] == '[' against `c`. Returns the
// index after its ']', or npos when the bracket does not close (then '[' is literal).
std::size_t matchClass(std::string_view pattern, std::size_t i, char c, bool& matched) {
    std::size_t j = i + 1;
    bool negate = false;
    if (j < pattern.size() && (pattern[j] == '!' || pattern[j] == '^')) {
        negate = true;
        ++j;
    }
    bool any = false;
    bool first = true;
    const auto uc = static_cast<unsigned char>(c);
    while (j < pattern.size() && (pattern[j] != ']' || first)) {
        first = false;
        if (pattern.compare(j, 2, "[:") == 0) {
            const std::size_t end = pattern.find(":]", j + 2);
            if (end != std::string_view::npos) {
                any = any || inPosixClass(pattern.substr(j + 2, end - j - 2), uc);
                j = end + 2;
                continue;
            }
        }
        char low = pattern[j];
        if (low == '\\' && j + 1 < pattern.size()) low = pattern[++j];
        ++j;
        char high = low;
        if (j + 1 < pattern.size() && pattern[j] == '-' && pattern[j + 1] != ']') {
            high = pattern[j + 1];
            j += 2;
        }
        any = any || (c >= low && c <= high);
    }
    if (j >= pattern.size()) return std::string_view::npos;
    matched = c != '/' && any != negate;
    return j + 1;
}

// The length of the single-character token at pattern[i] ('?', a class, an escape or a
// literal), and whether it matches `c`.
std::size_t matchOne(std::string_view pattern, std::size_t i, char c, bool& matched) {
    switch (pattern[i]) {
    case '?':
        matched = c != '/';
        return 1;
    case '[': {
        const std::size_t end = matchClass(pattern, i, c, matched);
        if (end != std::string_view::npos) return end - i;
        matched = c == '[';
        return 1;
    }
    case '\\':
        if (i + 1 < pattern.size()) {
            matched = c == pattern[i + 1];
            return 2;
        }
        matched = c == '\\';
        return 1;
    default:
        matched = c == pattern[i];
        return 1;
    }
}

// Wildcard matching of one segment: the greedy algorithm that backtracks only to the last
// '*' (correct because every other token matches exactly one character), O(pattern × text).
bool matchSegment(std::string_view pattern, std::string_view text, bool dotFiles) {
    // Dot files: a wildcard never matches a leading '.' (but in git's dialect).
    if (!dotFiles && !text.empty() && text[0] == '.' && (pattern.empty() || pattern[0] != '.')) {
        if (pattern.empty() || pattern[0] == '*' || pattern[0] == '?' || pattern[0] == '[') return false;
    }
    // The literal runs before the first and after the last special character must begin
    // and end the text: most patterns (`*.log`, `*payloadtests.db`, `no-restrict-file-*`)
    // are refused by this alone for most names, which the walk asks of every rule.
    const auto special = [](char c) { return c == '*' || c == '?' || c == '[' || c == ']' || c == '\\'; };
    std::size_t head = 0;
    while (head < pattern.size() && !special(pattern[head])) ++head;
    if (head == pattern.size()) return pattern == text;
    std::size_t tail = pattern.size();
    while (tail > head && !special(pattern[tail - 1])) --tail;
    const std::size_t suffix = pattern.size() - tail;
    if (head + suffix > text.size() || text.substr(0, head) != pattern.substr(0, head) ||
        text.substr(text.size() - suffix) != pattern.substr(tail)) {
        return false;
    }
    std::size_t p = 0;
    std::size_t t = 0;
    std::size_t starP = std::string_view::npos;
    std::size_t starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            while (p < pattern.size() && pattern[p] == '*') ++p;
            starP = p;
            starT = t;
            continue;
        }
        if (p < pattern.size()) {
            bool matched = false;
            const std::size_t length = matchOne(pattern, p, text[t], matched);
            if (matched) {
                p += length;
                ++t;
                continue;
            }
        }
        if (starP == std::string_view::npos) return false;
        p = starP;
        t = ++starT;
    }
    while (p < pattern.size() && pattern[p] == '*') ++p;
    return p == pattern.size();
}

}  // namespace

void splitPath(std::string_view path, std::vector<std::string_view>& into) {
    into.clear();
    for (std::size_t start = 0;;) {
        const std::size_t slash = path.find('/', start);
        into.push_back(path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
        if (slash == std::string_view::npos) return;
        start = slash + 1;
    }
}

std::vector<std::string_view> splitPath(std::string_view path) {
    std::vector<std::string_view> segments;
    splitPath(path, segments);
    return segments;
}

namespace {

// Segment lists: `**` matches zero or more segments (none of them a dot segment); every
// other segment one. Dynamic programming over (pattern segment, path segment), from the end.
bool matchSegments(const std::vector<std::string>& pattern, const std::string_view* path, std::size_t n, bool dotFiles) {
    const std::size_t m = pattern.size();
    // next[j]: pattern[i+1..] matches path[j..]; row[j]: pattern[i..] matches path[j..].
    std::vector<std::uint8_t> next(n + 1, 0);
    next[n] = 1;
    std::vector<std::uint8_t> row(n + 1, 0);
    for (std::size_t i = m; i-- > 0;) {
        const bool globstar = pattern[i] == "**";
        row[n] = globstar && next[n];
        for (std::size_t j = n; j-- > 0;) {
            if (globstar) {
                row[j] = next[j] || (dotFiles || path[j].empty() || path[j][0] != '.' ? row[j + 1] : 0);
            } else {
                row[j] = next[j + 1] && matchSegment(pattern[i], path[j], dotFiles);
            }
        }
        std::swap(row, next);
    }
    return next[0];
}

// Without `**` a pattern matches only paths of as many segments, each by its own: no
// table to fill (most tsconfig excludes and include directories are of this kind).
bool matchAlternative(const std::vector<std::string>& pattern, bool globstar, const std::string_view* path,
                      std::size_t n, bool dotFiles) {
    if (globstar) return matchSegments(pattern, path, n, dotFiles);
    if (pattern.size() != n) return false;
    for (std::size_t i = 0; i < n; ++i) {
        if (!matchSegment(pattern[i], path[i], dotFiles)) return false;
    }
    return true;
}

std::vector<std::string> segmentsOf(std::string_view pattern) {
    std::vector<std::string> segments;
    for (const std::string_view segment : splitPath(pattern)) segments.emplace_back(segment);
    return segments;
}

}  // namespace

Glob::Glob(std::string_view pattern, GlobDialect dialect) : text_(pattern), dotFiles_(dialect == GlobDialect::Git) {
    const auto add = [&](std::vector<std::string> segments) {
        const bool globstar = std::find(segments.begin(), segments.end(), "**") != segments.end();
        alternatives_.push_back({std::move(segments), globstar});
    };
    if (dialect == GlobDialect::Git) {
        std::vector<std::string> segments = segmentsOf(pattern);
        // git: a trailing `/**` matches everything inside, not the directory itself.
        if (segments.size() > 1 && segments.back() == "**") segments.insert(segments.end() - 1, "*");
        add(std::move(segments));
        return;
    }
    while (!pattern.empty() && pattern[0] == '!') {
        negated_ = !negated_;
        pattern.remove_prefix(1);
    }
    while (pattern.starts_with("./")) pattern.remove_prefix(2);
    for (const std::string& alternative : expandBraces(pattern)) {
        std::string_view rest = alternative;
        while (rest.starts_with("./")) rest.remove_prefix(2);
        add(segmentsOf(rest));
    }
}

// Into a buffer kept per thread: .gitignore rules are matched against every path of a
// walk, and a vector allocated per match was most of the walk's time.
bool Glob::matches(std::string_view path) const {
    thread_local std::vector<std::string_view> segments;
    splitPath(path, segments);
    return matchesSegments(segments.data(), segments.size());
}

bool Glob::matchesSegments(const std::string_view* segments, std::size_t count) const {
    return std::any_of(alternatives_.begin(), alternatives_.end(), [&](const Alternative& alternative) {
        return matchAlternative(alternative.segments, alternative.globstar, segments, count, dotFiles_);
    });
}

bool globMatch(std::string_view pattern, std::string_view path) { return Glob(pattern).matches(path); }

bool wildmatch(std::string_view pattern, std::string_view path) { return Glob(pattern, GlobDialect::Git).matches(path); }

bool isLiteralPattern(std::string_view pattern) { return pattern.find_first_of("*?[\\") == std::string_view::npos; }

GlobList::GlobList(const std::vector<std::string>& patterns) : matched_(patterns.size(), 0) {
    for (const std::string& pattern : patterns) {
        globs_.emplace_back(pattern);
        onlyNegations_ = onlyNegations_ && globs_.back().negated();
    }
}

std::optional<bool> GlobList::decide(std::string_view path) const {
    std::optional<bool> verdict;
    for (std::size_t i = 0; i < globs_.size(); ++i) {
        if (!globs_[i].matches(path)) continue;
        matched_[i] = 1;
        verdict = !globs_[i].negated();
    }
    return verdict;
}

bool GlobList::includes(std::string_view path) const {
    if (globs_.empty()) return true;
    return decide(path).value_or(onlyNegations_);
}

bool GlobList::excludes(std::string_view path) const { return decide(path).value_or(false); }

std::vector<std::string> GlobList::unmatched() const {
    std::vector<std::string> patterns;
    for (std::size_t i = 0; i < globs_.size(); ++i) {
        if (!matched_[i]) patterns.push_back(globs_[i].text());
    }
    return patterns;
}

}  // namespace actionc
