// The output directory's two layers (SPEC §5, docs/format.md): by default only the
// modules whose output differs from their source (each with its source map) and an
// index of them, which bundlers read to resolve "overlay first, then source"; full
// mirrors of the project (`--mirror`); or nothing besides the manifest
// (`--manifest-only`). Whatever an earlier build left that is not an output any more
// is removed, from that build's record when the tree is as it left it.
#pragma once

#include "driver/build_state.h"
#include "driver/project.h"
#include "emit/sourcemap.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace actionc {

enum class OutputMode { Overlay, Mirror, ManifestOnly };

// The index of an overlay, beside the manifest in the output directory.
inline constexpr const char* kOutputIndexFile = "actionc.index.json";

// The layers of one project file where they differ from it (null: the source as it is).
struct FileOutputs {
    const MappedOutput* client = nullptr;
    const MappedOutput* server = nullptr;
};

struct OutputTreeOptions {
    OutputMode mode = OutputMode::Overlay;
    bool copyUnchanged = false;  // mirror: copies instead of hard links
    unsigned jobs = 1;
    std::string root;            // absolute, '/'-terminated
    std::filesystem::path out;   // absolute
};

// What a build left in the output tree, for its build state.
struct WrittenTree {
    std::set<std::filesystem::path> directories;  // under client/ and server/
    std::vector<StampedPath> files;               // written (not linked): outputs, maps, the index
};

WrittenTree writeOutputTree(const OutputTreeOptions& options, const std::vector<ProjectFile>& files,
                            const std::function<FileOutputs(std::size_t)>& outputsOf,
                            const std::optional<BuildState>& previous);

}  // namespace actionc
