// The record of the last successful build, <out>/.actionc-state: every file and
// directory it read and every file it wrote, each with its stamp. A rebuild whose
// stamps all still hold has nothing to do and is answered by stats alone, without a
// directory walk, a read or a parse (issue 7: the no-change rebuild).
//
// Directory stamps stand for their listings: adding, removing or renaming an entry
// moves the directory's mtime, so a new module is noticed without listing anything.
#pragma once

#include "support/file_stamp.h"
#include "syntax/diagnostics.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace actionc {

// The build state's file name inside the output directory.
inline constexpr const char* kBuildStateFile = ".actionc-state";

struct BuildSummary {
    std::size_t files = 0;          // mirrored into each layer
    std::size_t modules = 0;        // compiled JS/TS modules
    std::size_t actionModules = 0;  // 'use server' modules
    std::size_t actions = 0;        // live actions (manifest entries)
    std::vector<std::string> stripped;  // "module#export" of dead actions
};

struct BuildState {
    // Of everything besides the files that decides the output: compiler binary, key,
    // options, root and output directory (buildFingerprint in build.cpp).
    std::string fingerprint;
    std::string root;    // absolute, with a trailing '/'
    std::string outDir;  // absolute, with a trailing '/'
    std::vector<StampedPath> inputDirectories;   // every directory walked
    std::vector<StampedPath> inputFiles;         // every file found, mirrored or compiled
    std::vector<StampedPath> configFiles;        // tsconfig.json and what it extends
    std::vector<StampedPath> outputDirectories;  // under client/ and server/
    std::vector<StampedPath> writtenFiles;       // every output written (not linked), the manifest
    bool mirrored = false;                       // its layers linked or copied every input
    BuildSummary summary;
    // The warnings the build printed: a build with nothing to do prints them again.
    std::vector<Diagnostic> warnings;
};

std::optional<BuildState> loadBuildState(const std::string& path);
void saveBuildState(const std::string& path, const BuildState& state);

// Whether every recorded stamp still holds (stat by stat, over `jobs` threads).
bool stampsStillHold(const BuildState& state, unsigned jobs);

// Whether the output directories are as the build left them: nothing added, removed or
// renamed in any of them since. Then every file it linked is still there, still that link.
bool outputTreeUntouched(const BuildState& state, unsigned jobs);

// A stamp that can be recorded as trustworthy: file times are taken from a coarse
// clock, so a file changed during the build (or a tick before it) could change again
// within the same tick without moving its mtime. Such stamps are recorded as never
// matching, and that file is looked at again next time, as git does with racy entries.
FileStamp trustedStamp(const FileStamp& stamp, std::int64_t buildStartNs);

std::int64_t wallClockNs();

}  // namespace actionc
