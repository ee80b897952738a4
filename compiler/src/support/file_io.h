// Writing the output tree: every file goes to a temporary name beside its target and is
// renamed into place, so a reader (or a crash) never sees a half-written file.
#pragma once

#include "support/file_stamp.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace actionc {

// Writes `contents` to `path` atomically, creating parent directories. Leaves the file
// untouched (and its mtime unchanged) when it already holds exactly these bytes, so
// watchers downstream do not rebuild for nothing. Returns the stamp of the file left
// at `path`. `fresh`: the caller knows nothing is at `path` and its directory exists
// (a directory this build created), so neither is looked at.
FileStamp writeFileAtomically(const std::string& path, std::string_view contents, unsigned mode = 0644,
                              bool fresh = false);

// Copies `from` to `to` atomically (copy_file_range: in the kernel, a reflink where the
// file system can), unless `to` already has the same size and bytes.
FileStamp copyFileAtomically(const std::string& from, const std::string& to);

// Mirrors an unchanged file without copying its bytes: a hard link to `from`, put in
// place atomically. `fromInode` is the source's inode as the caller already knows it, so
// a cold build links with one call and no stat, and an existing `to` that is that link
// already costs one lstat. Falls back to a copy across file systems, and returns that
// copy's stamp (a link has none of its own: it is its source). The parent directory
// must exist.
std::optional<FileStamp> linkFileAtomically(const std::string& from, const std::string& to, std::uint64_t fromInode);

// Deletes files under `dir` whose '/'-separated path relative to `dir` is not in
// `keep`, then prunes empty directories: outputs of deleted sources do not linger.
void removeStaleFiles(const std::string& dir, const std::set<std::string>& keep);

std::string readFile(const std::string& path);

// Whether `path` is a regular file, symbolic links followed (as std::filesystem's
// is_regular_file, without building a path object: configuration lookups ask it of
// every directory of a project).
bool isRegularFile(const std::string& path);

// `directory` + '/' + `name`, with one '/' between them however `directory` ends.
std::string joinPath(std::string_view directory, std::string_view name);

}  // namespace actionc
