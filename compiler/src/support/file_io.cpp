#include "support/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <system_error>
#include <vector>

namespace actionc {

namespace fs = std::filesystem;

namespace {

std::string temporaryNameFor(const std::string& path) {
    static std::atomic<unsigned> counter{0};
    return path + ".actionc-tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
}

[[noreturn]] void fail(const std::string& what, const std::string& path) {
    throw std::runtime_error(what + " " + path + ": " + std::strerror(errno));
}

// The stamp of `path` when it holds exactly `contents`.
std::optional<FileStamp> stampIfSameContents(const std::string& path, std::string_view contents) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0 || static_cast<std::size_t>(st.st_size) != contents.size()) return std::nullopt;
    try {
        if (readFile(path) == contents) return stampOf(st);
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

void writeAll(int fd, std::string_view data, const std::string& path) {
    while (!data.empty()) {
        const ssize_t written = ::write(fd, data.data(), data.size());
        if (written < 0) {
            if (errno == EINTR) continue;
            fail("cannot write", path);
        }
        data.remove_prefix(static_cast<std::size_t>(written));
    }
}

}  // namespace

bool isRegularFile(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

std::string joinPath(std::string_view directory, std::string_view name) {
    std::string path;
    path.reserve(directory.size() + name.size() + 1);
    path += directory;
    if (!path.empty() && path.back() != '/') path += '/';
    path += name;
    return path;
}

std::string readFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail("cannot read", path);
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        ::close(fd);
        fail("cannot stat", path);
    }
    std::string contents(static_cast<std::size_t>(st.st_size), '\0');
    std::size_t done = 0;
    while (done < contents.size()) {
        const ssize_t n = ::read(fd, contents.data() + done, contents.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int error = errno;  // a directory opens, and fails here (EISDIR)
            ::close(fd);
            errno = error;
            fail("cannot read", path);
        }
        if (n == 0) break;  // the file shrank since fstat
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
    contents.resize(done);
    return contents;
}

namespace {

// Writes `path` through a temporary file beside it: `fill(fd, temporaryName)` puts the
// bytes in; then the mode is set (the umask must not loosen or tighten what we asked
// for), the stamp taken (after the last write; the rename moves only ctime) and the file
// renamed into place. On any failure the temporary file goes and `path` is untouched.
template <typename Fill>
FileStamp replaceAtomically(const std::string& path, unsigned mode, Fill&& fill) {
    const std::string temporary = temporaryNameFor(path);
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0) fail("cannot create", temporary);
    struct stat st;
    try {
        fill(fd, temporary);
        ::fchmod(fd, mode);
        if (::fstat(fd, &st) != 0) fail("cannot stat", temporary);
    } catch (...) {
        ::close(fd);
        ::unlink(temporary.c_str());
        throw;
    }
    if (::close(fd) != 0 || ::rename(temporary.c_str(), path.c_str()) != 0) {
        ::unlink(temporary.c_str());
        fail("cannot write", path);
    }
    return stampOf(st);
}

// Copies all of `in` to `out` inside the kernel (copy_file_range: no bytes through user
// space, and a reflink where the file system can), falling back to read and write where
// it cannot (other file systems, old kernels).
void copyContents(int in, int out, std::size_t size, const std::string& path) {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::copy_file_range(in, nullptr, out, nullptr, size - done, 0);
        if (n > 0) {
            done += static_cast<std::size_t>(n);
            continue;
        }
        if (n == 0) break;  // the source shrank under us
        if (errno == EINTR) continue;
        if (errno != EXDEV && errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP) fail("cannot copy to", path);
        char buffer[1 << 16];
        for (;;) {
            const ssize_t got = ::read(in, buffer, sizeof buffer);
            if (got < 0 && errno == EINTR) continue;
            if (got < 0) fail("cannot read for", path);
            if (got == 0) return;
            writeAll(out, std::string_view(buffer, static_cast<std::size_t>(got)), path);
        }
    }
}

// Closes a file descriptor on every way out of a scope.
struct OpenFile {
    int fd;
    ~OpenFile() { ::close(fd); }
};

}  // namespace

FileStamp writeFileAtomically(const std::string& path, std::string_view contents, unsigned mode, bool fresh) {
    if (fresh) {
        return replaceAtomically(path, mode, [&](int fd, const std::string& temporary) { writeAll(fd, contents, temporary); });
    }
    if (const auto unchanged = stampIfSameContents(path, contents)) return *unchanged;
    // A bare file name ("actionc.key") has no parent to create: it goes in the working directory.
    const fs::path parent = fs::path(path).parent_path();
    std::error_code ec;
    if (!parent.empty() && !fs::is_directory(parent, ec)) fs::create_directories(parent);
    return replaceAtomically(path, mode, [&](int fd, const std::string& temporary) { writeAll(fd, contents, temporary); });
}

FileStamp copyFileAtomically(const std::string& from, const std::string& to) {
    const int fd = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail("cannot read", from);
    const OpenFile in{fd};
    struct stat source, target;
    if (::fstat(in.fd, &source) != 0) fail("cannot stat", from);
    if (::lstat(to.c_str(), &target) == 0) {
        if (source.st_ino == target.st_ino && source.st_dev == target.st_dev) {
            ::unlink(to.c_str());  // a hard link left by an earlier build must become a copy
        } else if (S_ISREG(target.st_mode) && target.st_size == source.st_size) {
            // The same bytes already: left untouched, mtime and all.
            if (const auto unchanged = stampIfSameContents(to, readFile(from))) return *unchanged;
        }
    }
    return replaceAtomically(to, 0644, [&](int out, const std::string& temporary) {
        copyContents(in.fd, out, static_cast<std::size_t>(source.st_size), temporary);
    });
}

std::optional<FileStamp> linkFileAtomically(const std::string& from, const std::string& to, std::uint64_t fromInode) {
    // Nothing there yet (a cold build): one link, no stat, no temporary name.
    if (::link(from.c_str(), to.c_str()) == 0) return std::nullopt;
    if (errno == EXDEV || errno == EPERM || errno == EMLINK || errno == ENOTSUP) return copyFileAtomically(from, to);
    if (errno != EEXIST) fail("cannot link", to);
    struct stat target;
    if (::lstat(to.c_str(), &target) == 0 && target.st_ino == fromInode) return std::nullopt;  // that link already
    const std::string temporary = temporaryNameFor(to);
    if (::link(from.c_str(), temporary.c_str()) != 0) fail("cannot link", to);
    if (::rename(temporary.c_str(), to.c_str()) != 0) {
        ::unlink(temporary.c_str());
        fail("cannot write", to);
    }
    return std::nullopt;
}

void removeStaleFiles(const std::string& dir, const std::set<std::string>& keep) {
    if (!fs::exists(dir)) return;
    std::vector<fs::path> stale;
    std::vector<fs::path> directories;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (entry.is_directory()) {
            directories.push_back(entry.path());
        } else if (!keep.count(entry.path().lexically_relative(dir).generic_string())) {
            stale.push_back(entry.path());
        }
    }
    for (const fs::path& p : stale) fs::remove(p);
    // Deepest first, so a directory emptied by its children's removal goes too.
    std::sort(directories.rbegin(), directories.rend());
    for (const fs::path& d : directories) {
        std::error_code ec;
        if (fs::is_empty(d, ec)) fs::remove(d, ec);
    }
}

}  // namespace actionc
