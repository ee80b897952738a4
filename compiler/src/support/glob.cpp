#include "support/glob.h"

namespace actionc {

namespace {

// Matches a `[...]` class at pattern[p] (just after '[') against `c`; sets `end` to just
// after the closing ']'. A class without its ']' is no class: returns false, end = npos.
bool matchClass(std::string_view pattern, std::size_t p, char c, std::size_t& end) {
    bool negated = false;
    if (p < pattern.size() && (pattern[p] == '!' || pattern[p] == '^')) {
        negated = true;
        ++p;
    }
    bool matched = false;
    bool first = true;
    while (p < pattern.size() && (pattern[p] != ']' || first)) {
        first = false;
        char low = pattern[p];
        if (low == '\\' && p + 1 < pattern.size()) low = pattern[++p];
        char high = low;
        if (p + 2 < pattern.size() && pattern[p + 1] == '-' && pattern[p + 2] != ']') {
            high = pattern[p + 2];
            if (high == '\\' && p + 3 < pattern.size()) ++p, high = pattern[p + 2];
            p += 2;
        }
        if (low <= c && c <= high) matched = true;
        ++p;
    }
    if (p >= pattern.size()) {
        end = std::string_view::npos;
        return false;
    }
    end = p + 1;
    return matched != negated && c != '/';
}

bool match(std::string_view pattern, std::size_t p, std::string_view path, std::size_t s) {
    while (p < pattern.size()) {
        const char c = pattern[p];
        if (c == '*') {
            const bool doubleStar = p + 1 < pattern.size() && pattern[p + 1] == '*';
            if (doubleStar) {
                const bool atSegmentStart = p == 0 || pattern[p - 1] == '/';
                std::size_t after = p + 2;
                while (after < pattern.size() && pattern[after] == '*') ++after;
                const bool atSegmentEnd = after == pattern.size() || pattern[after] == '/';
                if (atSegmentStart && atSegmentEnd) {
                    if (after == pattern.size()) return true;  // `x/**`: everything below
                    // `**/`: zero or more whole segments.
                    for (std::size_t t = s;; ++t) {
                        if ((t == s || path[t - 1] == '/') && match(pattern, after + 1, path, t)) return true;
                        if (t >= path.size()) return false;
                    }
                }
                p = after - 1;  // otherwise `**` is a plain `*`
            }
            for (std::size_t t = s;; ++t) {
                if (match(pattern, p + 1, path, t)) return true;
                if (t >= path.size() || path[t] == '/') return false;
            }
        }
        if (s >= path.size()) return false;
        if (c == '?') {
            if (path[s] == '/') return false;
        } else if (c == '[') {
            std::size_t end = 0;
            const bool hit = matchClass(pattern, p + 1, path[s], end);
            if (end != std::string_view::npos) {
                if (!hit) return false;
                p = end;
                ++s;
                continue;
            }
            if (path[s] != '[') return false;  // an unclosed '[' is literal
        } else if (c == '\\' && p + 1 < pattern.size()) {
            if (path[s] != pattern[++p]) return false;
        } else if (c != path[s]) {
            return false;
        }
        ++p;
        ++s;
    }
    return s == path.size();
}

}  // namespace

bool wildmatch(std::string_view pattern, std::string_view path) { return match(pattern, 0, path, 0); }

bool isLiteralPattern(std::string_view pattern) {
    return pattern.find_first_of("*?[\\") == std::string_view::npos;
}

}  // namespace actionc
