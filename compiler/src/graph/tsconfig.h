// tsconfig.json and jsconfig.json read as TypeScript reads them, for module resolution:
// JSONC, `extends` (a string or an array; relative, absolute or a package found through
// node_modules, with the workspace packages of ROOT as a fallback), `${configDir}`,
// `paths` relative to `baseUrl` or else to the file that defines them, `references`, and
// `files`/`include`/`exclude` to decide which config owns a module (with `allowJs`, which
// decides whether JavaScript files are part of a project).
#pragma once

#include "support/glob.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actionc {

struct PathAlias {
    std::string pattern;               // "@/lib/*" (at most one '*')
    std::vector<std::string> targets;  // root-relative ("src/lib/*"; "../x/*" when outside ROOT)
};

// What module resolution takes from one project's compilerOptions. Paths are root-relative
// and may start with "../" (a directory outside ROOT, which holds no module of ours).
struct ResolutionOptions {
    std::optional<std::string> baseUrl;
    std::vector<PathAlias> paths;
    std::vector<std::string> moduleSuffixes;    // [".ios", ""]; empty = [""]
    std::vector<std::string> customConditions;  // added to the export conditions
    bool allowJs = false;
};

// One config file that is a project: a tsconfig.json/jsconfig.json found beside modules, or
// a config one of them references.
struct TsProject {
    std::string file;  // root-relative path of the config
    ResolutionOptions options;
    std::vector<std::string> files;    // root-relative files listed in `files`
    std::vector<Glob> include;  // root-relative patterns, git's dialect
    std::vector<Glob> exclude;  // the same (a match excludes what is below)
    std::vector<std::size_t> references;  // indices of referenced projects
};

// A problem in a config file; `fatal` when TypeScript itself could not read the project.
struct TsconfigProblem {
    std::string file;  // absolute path
    std::string message;
    bool fatal = false;
};

class TsconfigSet {
public:
    // `packageDirectory` maps a package name to the absolute directory of a workspace
    // package of ROOT, for `extends` of a package that node_modules does not hold.
    using PackageLookup = std::function<std::optional<std::string>(std::string_view name)>;

    // Loads the tsconfig.json (else jsconfig.json) of each of `directories` (root-relative)
    // and of their ancestors up to ROOT, with everything they extend and reference.
    static TsconfigSet load(const std::string& root, const std::vector<std::string>& directories,
                            const PackageLookup& packageDirectory, std::vector<TsconfigProblem>& problems,
                            std::vector<std::string>* filesRead = nullptr);

    // The project whose options apply to `modulePath`, as TypeScript's language service
    // picks it: the nearest tsconfig.json/jsconfig.json that includes the file, directly or
    // through its references (solution-style roots). A file none includes gets the nearest
    // one, or, when that has neither `paths` nor `baseUrl`, the first project it references
    // that has (`tsc -b` compiles such a file with the options of the project importing it).
    const TsProject* ownerOf(std::string_view modulePath) const;

    const std::vector<TsProject>& projects() const { return projects_; }
    bool empty() const { return projects_.empty(); }

    // A project with these options owning every module (tests, `transform`).
    static TsconfigSet single(ResolutionOptions options);

private:
    bool includes(const TsProject& project, std::string_view modulePath) const;
    const TsProject* fallbackFor(const TsProject& nearest) const;
    const TsProject* searchReferences(std::size_t project, std::string_view modulePath,
                                      std::vector<bool>& visited) const;

    std::vector<TsProject> projects_;
    std::map<std::string, std::size_t, std::less<>> byDirectory_;  // root-relative dir → its tsconfig/jsconfig
    bool ownsEverything_ = false;
};

// tsconfig files are JSONC: comments and trailing commas. Returns the text as JSON.
std::string jsoncToJson(std::string_view text);

}  // namespace actionc
