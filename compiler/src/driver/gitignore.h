// .gitignore as git reads it, for project discovery: the .gitignore of every directory
// (nested files included), those of ROOT's ancestors up to the repository's top, and
// .git/info/exclude. Patterns follow gitignore(5): `#` comments, `!` negation, a trailing
// `/` for directories only, a `/` at the start or inside anchors the pattern to its file's
// directory (otherwise it matches a name at any depth), wildmatch globs (support/glob.h);
// among all rules the last that matches wins, deeper files after shallower ones. As in git,
// nothing below an ignored directory can be re-included (discovery does not descend).
#pragma once

#include "support/glob.h"

#include <string>
#include <string_view>
#include <vector>

namespace actionc {

class GitignoreRules {
public:
    // The rules that apply above and at ROOT: .git/info/exclude and the .gitignore files of
    // ROOT's ancestors, when ROOT is inside a git work tree.
    static GitignoreRules above(const std::string& root);

    // Adds the rules of `text`, the .gitignore of the root-relative `directory` ("" for
    // ROOT, else ending in '/'). Returns a mark for leave().
    std::size_t enter(std::string_view text, const std::string& directory);
    void leave(std::size_t mark) { rules_.resize(mark); }

    // `relativePath` is root-relative; `isDirectory` for directory-only patterns.
    bool ignored(std::string_view relativePath, bool isDirectory) const;

    bool empty() const { return rules_.empty(); }

private:
    struct Rule {
        std::string pattern;    // wildmatch pattern, relative to `base`
        Glob glob{""};          // the pattern compiled once (git's dialect)
        bool literal = false;   // no wildcard: compared as a string
        std::string base;       // root-relative directory of its file, '/'-terminated or ""
        std::string prefix;     // for files above ROOT: ROOT's path relative to their directory + '/'
        bool negated = false;
        bool directoryOnly = false;
        bool anchored = false;  // otherwise it matches the last segment at any depth
    };

    void add(std::string_view text, const std::string& base, const std::string& prefix);

    std::vector<Rule> rules_;
};

}  // namespace actionc
