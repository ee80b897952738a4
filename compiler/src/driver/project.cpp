#include "driver/project.h"

#include "support/glob.h"
#include "driver/gitignore.h"
#include "syntax/source.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <optional>

namespace actionc {

namespace fs = std::filesystem;

bool isTestFile(std::string_view path) {
    if (path.starts_with("__tests__/") || path.find("/__tests__/") != std::string_view::npos) return true;
    const std::size_t slash = path.rfind('/');
    const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    return name.find(".test.") != std::string_view::npos || name.find(".spec.") != std::string_view::npos;
}

namespace {

// Identity of a directory, to recognise the output directory under any spelling.
struct DirectoryId {
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const DirectoryId&) const = default;
};

// Where bundlers and compilers write their output, at the root of a package.
constexpr std::array<std::string_view, 3> kBuildOutputNames = {"dist", "build", "out"};

std::string readAt(int dirFd, const char* name) {
    const int fd = ::openat(dirFd, name, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return {};
    std::string text;
    char buffer[8192];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;) text.append(buffer, static_cast<std::size_t>(n));
    ::close(fd);
    return text;
}

class ProjectWalker {
public:
    ProjectWalker(const DiscoveryOptions& options, std::string root, std::optional<DirectoryId> outDir,
                  std::vector<StampedPath>* directories, LeftOut* leftOut)
        : options_(options),
          root_(std::move(root)),
          outDir_(outDir),
          directories_(directories),
          leftOut_(leftOut),
          gitignore_(GitignoreRules::above(root_)),
          include_(options.include),
          exclude_(options.exclude) {}

    // Lists `dirFd` (which it closes) as `prefix` (relative to the root), recursing into
    // subdirectories. POSIX directly rather than std::filesystem: one fstatat per file,
    // relative to an open directory, and no path object per entry (the no-change rebuild
    // lives on this walk).
    void walk(int dirFd, const std::string& prefix) {
        DIR* dir = ::fdopendir(dirFd);
        if (!dir) {
            ::close(dirFd);
            return;
        }
        // The listing first: it says which of the files looked for below exist, so most
        // directories cost no failed open or stat for them (babel: 13,000 directories).
        std::vector<Entry> entries;
        Listed listed;
        while (const dirent* entry = ::readdir(dir)) {
            const std::string_view name = entry->d_name;
            if (name == "." || name == "..") continue;
            listed.note(name);
            entries.push_back({std::string(name), entry->d_type});
        }
        if (!prefix.empty() && isOtherOutput(dirFd, listed)) {
            if (leftOut_) leftOut_->directories.push_back(prefix.substr(0, prefix.size() - 1));
            ::closedir(dir);
            return;
        }
        std::vector<std::string> subdirectories;
        struct stat probe;
        const bool packageRoot = prefix.empty() || (listed.packageJson && ::fstatat(dirFd, "package.json", &probe, 0) == 0);
        const std::size_t rulesMark = gitignore_.enter(listed.gitignore ? readAt(dirFd, ".gitignore") : std::string(), prefix);
        for (const Entry& entry : entries) {
            const std::string_view name = entry.name;
            struct stat st;
            // Symbolic links are followed to decide what they are, as a bundler would;
            // a linked directory is not descended into (no cycles).
            const bool isLink = entry.type == DT_LNK || entry.type == DT_UNKNOWN;
            if (::fstatat(dirFd, entry.name.c_str(), &st, isLink ? 0 : AT_SYMLINK_NOFOLLOW) != 0) continue;
            if (S_ISDIR(st.st_mode)) {
                if (entry.type != DT_DIR) continue;
                const Verdict verdict = judgeDirectory(prefix, name, st, packageRoot);
                // Its stamp, taken before it is listed, stands for its listing; that of
                // another actionc output too, since it is skipped for what it contains.
                if (directories_ && verdict == Verdict::Walk) {
                    directories_->push_back({root_ + prefix + std::string(name), stampOf(st)});
                }
                if (verdict == Verdict::Walk) {
                    subdirectories.emplace_back(name);
                } else if (leftOut_) {
                    leftOut_->directories.push_back(prefix + std::string(name));
                }
            } else if (S_ISREG(st.st_mode)) {
                addFile(prefix + std::string(name), name, st);
            }
        }
        for (const std::string& name : subdirectories) {
            const int child = ::openat(dirFd, name.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (child >= 0) walk(child, prefix + name + "/");
        }
        gitignore_.leave(rulesMark);
        ::closedir(dir);
    }

    std::vector<ProjectFile> take() { return std::move(files_); }

    // The include and exclude patterns that matched no file of the walk.
    UnmatchedGlobs unmatchedGlobs() const { return {include_.unmatched(), exclude_.unmatched()}; }

private:
    enum class Verdict { Walk, SkipByName, Ignored, BuildOutput, OutputDirectory };

    struct Entry {
        std::string name;
        unsigned char type;  // dirent's d_type
    };

    // Which of the names the walk looks for a directory's listing holds.
    struct Listed {
        bool packageJson = false, gitignore = false, manifest = false, server = false;
        void note(std::string_view name) {
            packageJson |= name == "package.json";
            gitignore |= name == ".gitignore";
            manifest |= name == "actions.manifest.json";
            server |= name == "server";
        }
    };

    // The output of another actionc build (another --out, or a bundler plugin's) holds
    // copies of the project's modules: never compile those. Its stamp, taken before it
    // was listed, stands for what it holds.
    static bool isOtherOutput(int dirFd, const Listed& listed) {
        struct stat probe;
        return listed.manifest && listed.server && ::fstatat(dirFd, "actions.manifest.json", &probe, 0) == 0 &&
               ::fstatat(dirFd, "server", &probe, 0) == 0 && S_ISDIR(probe.st_mode);
    }

    Verdict judgeDirectory(const std::string& prefix, std::string_view name, const struct stat& st,
                           bool inPackageRoot) const {
        if (name == "node_modules" || (name.size() > 1 && name[0] == '.')) return Verdict::SkipByName;
        if (outDir_ && *outDir_ == DirectoryId{st.st_dev, st.st_ino}) return Verdict::OutputDirectory;
        const std::string rel = prefix + std::string(name);
        if (gitignore_.ignored(rel, true)) return Verdict::Ignored;
        if (inPackageRoot && std::find(kBuildOutputNames.begin(), kBuildOutputNames.end(), name) != kBuildOutputNames.end() &&
            !explicitlyIncluded(rel)) {
            return Verdict::BuildOutput;
        }
        return Verdict::Walk;  // unless its listing shows another actionc output (isOtherOutput)
    }

    // An include glob whose literal start names the directory (`dist/**`) walks it even
    // when it is a usual build output.
    bool explicitlyIncluded(const std::string& directory) const {
        return std::any_of(options_.include.begin(), options_.include.end(), [&](const std::string& glob) {
            const std::string literal = glob.substr(0, glob.find_first_of("*?["));
            return literal.starts_with(directory + "/");
        });
    }

    void addFile(std::string rel, std::string_view name, const struct stat& st) {
        if (name == "actionc.json") return;  // our config is not part of the app
        const bool leftOut = (!options_.includeTests && isTestFile(rel)) || !include_.includes(rel) ||
                             exclude_.excludes(rel) || gitignore_.ignored(rel, false);
        if (leftOut) {
            if (leftOut_) leftOut_->files.push_back(std::move(rel));
            return;
        }
        const bool compiled = dialectForPath(rel).has_value();
        files_.push_back({std::move(rel), compiled, stampOf(st)});
    }

    const DiscoveryOptions& options_;
    const std::string root_;  // absolute, '/'-terminated
    std::optional<DirectoryId> outDir_;
    std::vector<StampedPath>* directories_;
    LeftOut* leftOut_;
    GitignoreRules gitignore_;
    const GlobList include_;
    const GlobList exclude_;
    std::vector<ProjectFile> files_;
};

std::optional<DirectoryId> directoryId(const std::string& path) {
    struct stat st;
    if (path.empty() || ::stat(path.c_str(), &st) != 0) return std::nullopt;
    return DirectoryId{st.st_dev, st.st_ino};
}

}  // namespace

std::string absoluteDirectory(const std::string& path) {
    std::string directory = fs::absolute(path).lexically_normal().string();
    if (!directory.ends_with('/')) directory += '/';
    return directory;
}

std::vector<ProjectFile> discoverProject(const DiscoveryOptions& options, std::vector<StampedPath>* directories,
                                         LeftOut* leftOut, UnmatchedGlobs* unmatched) {
    const std::string root = absoluteDirectory(options.root);
    ProjectWalker walker(options, root, directoryId(options.outDir), directories, leftOut);
    struct stat st;
    if (directories && ::stat(root.c_str(), &st) == 0) directories->push_back({root, stampOf(st)});
    const int rootFd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (rootFd >= 0) walker.walk(rootFd, "");
    if (unmatched) *unmatched = walker.unmatchedGlobs();
    std::vector<ProjectFile> files = walker.take();
    std::sort(files.begin(), files.end(),
              [](const ProjectFile& a, const ProjectFile& b) { return a.relativePath < b.relativePath; });
    if (leftOut) {
        std::sort(leftOut->files.begin(), leftOut->files.end());
        std::sort(leftOut->directories.begin(), leftOut->directories.end());
    }
    return files;
}

std::optional<std::string> outputDirectoryProblem(const std::string& root, const std::string& outDir) {
    std::error_code ec;
    const fs::path rootPath = fs::weakly_canonical(fs::absolute(root), ec).lexically_normal();
    const fs::path out = fs::weakly_canonical(fs::absolute(outDir), ec).lexically_normal();
    const std::string shown = "'" + outDir + "'";
    if (out == out.root_path()) return "refusing to use " + shown + " as the output directory: it is the file system's root";
    if (out == rootPath) {
        return "refusing to use " + shown + " as the output directory: it is the project root, so the next build would "
                                            "compile its own output; pass a directory inside or beside it";
    }
    const std::string rel = rootPath.lexically_relative(out).generic_string();
    if (!rel.empty() && !rel.starts_with("..")) {
        return "refusing to use " + shown + " as the output directory: it contains the project root '" + root +
               "', whose files it would overwrite";
    }
    return std::nullopt;
}

}  // namespace actionc
