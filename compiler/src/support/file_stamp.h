// What a stat says about a file's identity and contents, cheaply compared: the
// no-change rebuild (build_state.h) trusts a file whose stamp has not moved.
#pragma once

#include <sys/stat.h>

#include <cstdint>
#include <string>

namespace actionc {

// Inode, size and mtime, as make, ninja and git (with core.trustctime off) judge a file.
// ctime is left out on purpose: hard-linking a source into the output tree moves it.
struct FileStamp {
    std::uint64_t inode = 0;
    std::uint64_t size = 0;
    std::int64_t mtimeNs = 0;

    friend bool operator==(const FileStamp&, const FileStamp&) = default;
};

struct StampedPath {
    std::string path;  // absolute
    FileStamp stamp;
};

inline FileStamp stampOf(const struct stat& st) {
    return {static_cast<std::uint64_t>(st.st_ino), static_cast<std::uint64_t>(st.st_size),
            static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
}

}  // namespace actionc
