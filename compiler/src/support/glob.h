// Glob matching with git's wildmatch rules over '/'-separated paths, shared by every
// reader of path patterns that follows git's or TypeScript's conventions (.gitignore,
// tsconfig `include`/`exclude`): `*` and `?` stay within a segment, `**` between slashes
// (or at either end) spans segments, `[a-z]`/`[!x]` classes, `\` escapes.
#pragma once

#include <string_view>

namespace actionc {

bool wildmatch(std::string_view pattern, std::string_view path);

// True when `pattern` has no wildcard, escape or class: it matches only itself.
bool isLiteralPattern(std::string_view pattern);

}  // namespace actionc
