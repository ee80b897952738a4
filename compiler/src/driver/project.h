// The files of a project: which are compiled, which are mirrored unchanged, which are
// left out (SPEC §1).
#pragma once

#include "support/file_stamp.h"

#include <optional>
#include <string>
#include <vector>

namespace actionc {

struct DiscoveryOptions {
    std::string root;
    std::string outDir;                 // skipped when inside the root
    std::vector<std::string> include;   // globs over root-relative paths (support/glob.h); empty = everything
    std::vector<std::string> exclude;
    bool includeTests = false;          // *.test.*, *.spec.*, __tests__/
};

struct ProjectFile {
    std::string relativePath;  // '/'-separated
    bool compiled = false;     // a JS/TS module; otherwise mirrored byte for byte
    FileStamp stamp;           // as found by the walk (symbolic links followed)
};

// Patterns of DiscoveryOptions that selected nothing (support/glob.h has their syntax).
struct UnmatchedGlobs {
    std::vector<std::string> include;
    std::vector<std::string> exclude;
};

// What discovery left out, root-relative, so that an import of it is known to name a file
// of ROOT outside the build rather than nothing.
struct LeftOut {
    std::vector<std::string> files;        // tests, exclude globs, .gitignore
    std::vector<std::string> directories;  // skipped whole: build outputs, ignored, dot-dirs, node_modules
};

// Sorted by relative path. Skips node_modules, dot-directories, what .gitignore ignores
// (driver/gitignore.h), the usual build outputs (`dist`, `build`, `out` at ROOT or beside
// a package.json, unless an include glob names them), the output directory and any other
// actionc output (a directory with actions.manifest.json and server/); excluded files are
// neither compiled nor mirrored, so an excluded 'use server' file can never reach the
// client layer unchanged.
// `directories`, when given, receives every directory listed (and every other actionc
// output skipped) with its stamp, taken before it was listed.
// `unmatched`, when given, receives the include and exclude patterns that matched no file.
std::vector<ProjectFile> discoverProject(const DiscoveryOptions& options,
                                         std::vector<StampedPath>* directories = nullptr,
                                         LeftOut* leftOut = nullptr, UnmatchedGlobs* unmatched = nullptr);

// Why `outDir` cannot be the output of a build of `root`: it is `/`, ROOT itself, or
// contains ROOT (the build would write over or compile its own sources). nullopt when fine.
std::optional<std::string> outputDirectoryProblem(const std::string& root, const std::string& outDir);

// `path` made absolute and normal, ending in '/': how discovery names the root, so that
// "root + relativePath" is the same string wherever it is built.
std::string absoluteDirectory(const std::string& path);

bool isTestFile(std::string_view relativePath);

}  // namespace actionc
