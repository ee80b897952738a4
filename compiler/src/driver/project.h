// The files of a project: which are compiled, which are mirrored unchanged, which are
// left out (SPEC §1).
#pragma once

#include "support/file_stamp.h"

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

// Sorted by relative path. Skips node_modules, dot-directories, the output directory
// and any other actionc output (a directory with actions.manifest.json and
// server/); excluded files are neither compiled nor mirrored, so an excluded 'use server'
// file can never reach the client layer unchanged.
// `directories`, when given, receives every directory listed (and every other actionc
// output skipped) with its stamp, taken before it was listed.
// `unmatched`, when given, receives the include and exclude patterns that matched no file.
std::vector<ProjectFile> discoverProject(const DiscoveryOptions& options,
                                         std::vector<StampedPath>* directories = nullptr,
                                         UnmatchedGlobs* unmatched = nullptr);

// `path` made absolute and normal, ending in '/': how discovery names the root, so that
// "root + relativePath" is the same string wherever it is built.
std::string absoluteDirectory(const std::string& path);

bool isTestFile(std::string_view relativePath);

}  // namespace actionc
