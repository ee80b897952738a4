// Globs over '/'-separated relative paths, with the semantics users know from picomatch
// (and git's wildmatch):
//
//   *        any characters within one path segment        app/*.ts
//   ?        one character, not '/'                         app/?.ts
//   **       as a whole segment: zero or more segments      app/**/*.ts, **/*.stories.tsx
//   [abc] [a-z] [!a-z] [^a-z] [[:alpha:]]   one character of a class (never '/')
//   {a,b} {x,y/**} {1..3}   alternatives and numeric ranges, nested   {app,lib}/**
//   \c       the character c itself
//   !pat     (leading) negation: in a list, takes back what earlier patterns matched
//   ./pat    the same as pat
//
// As in picomatch, a wildcard does not match a '.' at the start of a segment (dot files)
// unless the pattern spells the dot. The same matcher reads git's wildmatch dialect, for
// .gitignore and tsconfig `include`/`exclude`: no braces and no negation (those files say
// negation their own way), and wildcards match dot files. A malformed part ('[' without ']', '{' without '}') is
// taken literally; no pattern is an error and matching time is linear in the pattern times
// the path (no backtracking blow-up, no recursion).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actionc {

enum class GlobDialect { Picomatch, Git };

// One pattern; its braces are expanded into alternatives when it is compiled.
class Glob {
public:
    explicit Glob(std::string_view pattern, GlobDialect dialect = GlobDialect::Picomatch);

    // Whether `path` matches the pattern (without its negation).
    bool matches(std::string_view path) const;
    // The same for a path already split at '/' (splitPath), or the first `count` segments of
    // one (its ancestor directories), so a path matched against many patterns is split once.
    bool matchesSegments(const std::string_view* segments, std::size_t count) const;
    bool negated() const { return negated_; }
    const std::string& text() const { return text_; }

private:
    std::string text_;
    bool negated_ = false;
    bool dotFiles_ = false;  // wildcards match a leading '.' (git's dialect)
    struct Alternative {
        std::vector<std::string> segments;
        bool globstar = false;  // has a `**` segment; without one, segment i matches path segment i
    };
    std::vector<Alternative> alternatives_;
};

// `path` split at each '/' (views into it); the second form refills `into`.
std::vector<std::string_view> splitPath(std::string_view path);
void splitPath(std::string_view path, std::vector<std::string_view>& into);

// `pattern` (negation ignored) matches `path`.
bool globMatch(std::string_view pattern, std::string_view path);

// `pattern`, in git's wildmatch dialect, matches `path`.
bool wildmatch(std::string_view pattern, std::string_view path);

// True when `pattern` has no wildcard, escape or class: it matches only itself.
bool isLiteralPattern(std::string_view pattern);

// An ordered list of patterns, as `include`/`exclude` are: the last pattern that matches a
// path decides, `!pattern` taking back what an earlier pattern matched. Remembers which
// patterns matched anything, for the "matches no file" warning.
class GlobList {
public:
    explicit GlobList(const std::vector<std::string>& patterns);

    bool empty() const { return globs_.empty(); }
    // An `include` list: an empty list or one of negations only selects everything else.
    bool includes(std::string_view path) const;
    // An `exclude` list.
    bool excludes(std::string_view path) const;
    // The patterns that no path given to includes()/excludes() matched, in list order.
    std::vector<std::string> unmatched() const;

private:
    std::optional<bool> decide(std::string_view path) const;

    std::vector<Glob> globs_;
    bool onlyNegations_ = true;
    mutable std::vector<std::uint8_t> matched_;
};

}  // namespace actionc
