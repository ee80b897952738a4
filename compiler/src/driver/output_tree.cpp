#include "driver/output_tree.h"

#include "support/file_io.h"
#include "support/thread_pool.h"

#include <nlohmann/json.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace actionc {

namespace fs = std::filesystem;

namespace {

constexpr const char* kLayers[] = {"client", "server"};

// The output file and its source map, side by side; the map names the original by a
// path relative to itself, so moving the whole tree keeps it valid.
void writeMapped(const MappedOutput& output, const fs::path& outFile, const std::string& sourceFile,
                 std::vector<StampedPath>& written, bool fresh) {
    const std::string mapName = outFile.filename().string() + ".map";
    const std::string sourcePath = fs::path(sourceFile).lexically_relative(outFile.parent_path()).generic_string();
    const std::string file = outFile.string();
    written.push_back({file, writeFileAtomically(file, output.text() + "//# sourceMappingURL=" + mapName + "\n", 0644, fresh)});
    written.push_back({file + ".map", writeFileAtomically(file + ".map", output.sourceMap(outFile.filename().string(), sourcePath),
                                                          0644, fresh)});
}

// The output tree the previous build left, when nothing else has touched it since: then
// a file it linked whose source has not moved is still that link (no stat needed), and
// its stale outputs are known without walking the tree.
class PreviousTree {
public:
    PreviousTree(const std::optional<BuildState>& previous, const std::string& root, const std::string& out,
                 unsigned jobs)
        : previous_(previous && previous->root == root && previous->outDir == out && outputTreeUntouched(*previous, jobs)
                        ? &*previous
                        : nullptr) {
        if (!previous_) return;
        if (previous_->mirrored) {
            for (const StampedPath& f : previous_->inputFiles) inputs_.emplace(f.path, f.stamp);
        }
        for (const StampedPath& w : previous_->writtenFiles) written_.insert(w.path);
        for (const StampedPath& d : previous_->outputDirectories) directories_.insert(d.path);
    }

    bool known() const { return previous_ != nullptr; }
    bool hadDirectory(const std::string& path) const { return directories_.count(path) > 0; }

    bool stillLinked(const std::string& target, const std::string& source, const FileStamp& stamp) const {
        if (!previous_ || written_.count(target)) return false;
        const auto it = inputs_.find(source);
        return it != inputs_.end() && it->second == stamp;
    }

    // Deletes what the previous build wrote or linked under `layer` that is not in
    // `keep`, then the directories that emptied.
    void removeStale(const std::string& layer, const std::set<std::string>& keep) const {
        const std::string prefix = previous_->outDir + layer + "/";
        auto removeIfStale = [&](std::string_view rel) {
            if (!keep.count(std::string(rel))) ::unlink((prefix + std::string(rel)).c_str());
        };
        if (previous_->mirrored) {
            for (const StampedPath& f : previous_->inputFiles) {
                removeIfStale(std::string_view(f.path).substr(previous_->root.size()));
            }
        }
        for (const StampedPath& w : previous_->writtenFiles) {
            if (w.path.starts_with(prefix)) removeIfStale(std::string_view(w.path).substr(prefix.size()));
        }
        // Deepest first; rmdir leaves a directory that still has entries.
        for (auto d = previous_->outputDirectories.rbegin(); d != previous_->outputDirectories.rend(); ++d) {
            if (d->path.starts_with(prefix) || d->path + "/" == prefix) ::rmdir(d->path.c_str());  // the layer too
        }
    }

private:
    const BuildState* previous_;
    std::unordered_map<std::string_view, FileStamp> inputs_;
    std::unordered_set<std::string_view> written_;
    std::unordered_set<std::string_view> directories_;
};

// Makes `directories` (each listed with its ancestors up to the output directory),
// parents before children and each depth in parallel; none the previous build made.
void createDirectories(const std::set<fs::path>& directories, const PreviousTree& previous, unsigned jobs) {
    std::map<std::size_t, std::vector<const fs::path*>> byDepth;
    for (const fs::path& d : directories) {
        if (previous.hadDirectory(d.string())) continue;
        byDepth[static_cast<std::size_t>(std::distance(d.begin(), d.end()))].push_back(&d);
    }
    for (const auto& [depth, level] : byDepth) {
        parallelFor(level.size(), jobs, [&](std::size_t i) {
            const std::string path = level[i]->string();
            if (::mkdir(path.c_str(), 0755) != 0 && errno != EEXIST) {
                throw std::runtime_error(path + ": cannot create the directory (" + std::strerror(errno) + ")");
            }
        });
    }
}

// `out/layer/dir` and each of its ancestors up to `out/layer`.
void addWithAncestors(std::set<fs::path>& into, const fs::path& out, const char* layer, fs::path dir) {
    for (;; dir = dir.parent_path()) {
        // No trailing separator on the layer directory itself: depth counts components.
        if (!into.insert(dir.empty() ? out / layer : out / layer / dir).second || dir.empty()) return;
    }
}

class TreeWriter {
public:
    TreeWriter(const OutputTreeOptions& options, const std::vector<ProjectFile>& files,
               const std::function<FileOutputs(std::size_t)>& outputsOf, const std::optional<BuildState>& previous)
        : options_(options),
          files_(files),
          outputsOf_(outputsOf),
          previous_(previous, options.root, absoluteDirectory(options.out.string()), options.jobs) {}

    WrittenTree run() {
        fs::create_directories(options_.out);
        // A layer this build creates holds nothing stale: it is never walked.
        bool existed[2];
        for (int l = 0; l < 2; ++l) existed[l] = ::access((options_.out / kLayers[l]).c_str(), F_OK) == 0;
        for (int l = 0; l < 2; ++l) fresh_[l] = !existed[l];
        std::vector<std::vector<StampedPath>> writtenByFile(files_.size());
        std::set<std::string> keep[2];
        switch (options_.mode) {
        case OutputMode::Mirror: writeMirror(writtenByFile, keep); break;
        case OutputMode::Overlay: writeOverlay(writtenByFile, keep); break;
        case OutputMode::ManifestOnly: break;
        }
        for (int l = 0; l < 2; ++l) {
            if (previous_.known()) {
                previous_.removeStale(kLayers[l], keep[l]);
            } else if (existed[l]) {
                removeStaleFiles((options_.out / kLayers[l]).string(), keep[l]);
            }
        }
        WrittenTree tree;
        for (auto& written : writtenByFile) {
            for (StampedPath& w : written) tree.files.push_back(std::move(w));
        }
        const std::string index = (options_.out / kOutputIndexFile).string();
        if (options_.mode == OutputMode::ManifestOnly) {
            ::unlink(index.c_str());
        } else {
            tree.files.push_back({index, writeFileAtomically(index, indexJson(keep))});
        }
        tree.directories = std::move(directories_);
        return tree;
    }

private:
    std::string sourceOf(std::size_t f) const { return options_.root + files_[f].relativePath; }

    // Both layers of every file: outputs where they differ, the source itself (a hard
    // link, or a copy) where they do not.
    void writeMirror(std::vector<std::vector<StampedPath>>& writtenByFile, std::set<std::string> (&keep)[2]) {
        for (const ProjectFile& f : files_) {
            for (const char* layer : kLayers) addWithAncestors(directories_, options_.out, layer, fs::path(f.relativePath).parent_path());
        }
        createDirectories(directories_, previous_, options_.jobs);
        parallelFor(files_.size(), options_.jobs, [&](std::size_t f) {
            const FileOutputs outputs = outputsOf_(f);
            const std::string source = sourceOf(f);
            for (int l = 0; l < 2; ++l) {
                const fs::path target = options_.out / kLayers[l] / files_[f].relativePath;
                if (const MappedOutput* output = l == 0 ? outputs.client : outputs.server) {
                    writeMapped(*output, target, source, writtenByFile[f], fresh_[l]);
                } else if (options_.copyUnchanged) {
                    writtenByFile[f].push_back({target.string(), copyFileAtomically(source, target.string())});
                } else if (!previous_.stillLinked(target.string(), source, files_[f].stamp)) {
                    if (const auto copy = linkFileAtomically(source, target.string(), files_[f].stamp.inode)) {
                        writtenByFile[f].push_back({target.string(), *copy});
                    }
                }
            }
        });
        for (std::size_t f = 0; f < files_.size(); ++f) {
            const FileOutputs outputs = outputsOf_(f);
            for (int l = 0; l < 2; ++l) {
                keep[l].insert(files_[f].relativePath);
                if (l == 0 ? outputs.client : outputs.server) keep[l].insert(files_[f].relativePath + ".map");
            }
        }
    }

    // Only what differs from its source: the rest is read from the project itself.
    void writeOverlay(std::vector<std::vector<StampedPath>>& writtenByFile, std::set<std::string> (&keep)[2]) {
        std::vector<std::size_t> changed;
        for (std::size_t f = 0; f < files_.size(); ++f) {
            const FileOutputs outputs = outputsOf_(f);
            for (int l = 0; l < 2; ++l) {
                if (!(l == 0 ? outputs.client : outputs.server)) continue;
                addWithAncestors(directories_, options_.out, kLayers[l], fs::path(files_[f].relativePath).parent_path());
                keep[l].insert(files_[f].relativePath);
                keep[l].insert(files_[f].relativePath + ".map");
            }
            if (outputs.client || outputs.server) changed.push_back(f);
        }
        createDirectories(directories_, previous_, options_.jobs);
        parallelFor(changed.size(), options_.jobs, [&](std::size_t i) {
            const std::size_t f = changed[i];
            const FileOutputs outputs = outputsOf_(f);
            for (int l = 0; l < 2; ++l) {
                if (const MappedOutput* output = l == 0 ? outputs.client : outputs.server) {
                    writeMapped(*output, options_.out / kLayers[l] / files_[f].relativePath, sourceOf(f), writtenByFile[f],
                                fresh_[l]);
                }
            }
        });
    }

    // docs/format.md: the project root (relative to the output directory) and, per layer,
    // the modules the output directory holds; sorted, so the bytes are deterministic.
    std::string indexJson(const std::set<std::string> (&keep)[2]) const {
        nlohmann::json index;
        index["version"] = 1;
        std::string root = fs::path(options_.root).lexically_relative(options_.out).generic_string();
        if (root.size() > 1 && root.ends_with('/')) root.pop_back();
        index["root"] = root;
        for (int l = 0; l < 2; ++l) {
            nlohmann::json modules = nlohmann::json::array();
            for (const std::string& rel : keep[l]) {
                if (!rel.ends_with(".map") && written(l, rel)) modules.push_back(rel);
            }
            index[kLayers[l]] = std::move(modules);
        }
        return index.dump(2) + "\n";
    }

    // Whether `rel` of layer `l` is an output of its own (mirrored sources are not).
    bool written(int l, const std::string& rel) const { return options_.mode == OutputMode::Overlay || hasOutput(l, rel); }

    bool hasOutput(int l, const std::string& rel) const {
        const auto it = std::lower_bound(files_.begin(), files_.end(), rel,
                                         [](const ProjectFile& f, const std::string& r) { return f.relativePath < r; });
        if (it == files_.end() || it->relativePath != rel) return false;
        const FileOutputs outputs = outputsOf_(static_cast<std::size_t>(it - files_.begin()));
        return (l == 0 ? outputs.client : outputs.server) != nullptr;
    }

    const OutputTreeOptions& options_;
    const std::vector<ProjectFile>& files_;
    const std::function<FileOutputs(std::size_t)>& outputsOf_;
    PreviousTree previous_;
    std::set<fs::path> directories_;
    bool fresh_[2] = {false, false};  // the layer did not exist before this build: nothing in it to look at
};

}  // namespace

WrittenTree writeOutputTree(const OutputTreeOptions& options, const std::vector<ProjectFile>& files,
                            const std::function<FileOutputs(std::size_t)>& outputsOf,
                            const std::optional<BuildState>& previous) {
    return TreeWriter(options, files, outputsOf, previous).run();
}

}  // namespace actionc
