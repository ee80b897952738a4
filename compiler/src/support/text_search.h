// Substring search for long texts. std::string_view::find calls memchr for the needle's
// first byte and memcmp at each place it occurs: for "use server" or "import" over a
// module, that is a call pair every few dozen bytes. glibc's memmem scans instead.
#pragma once

#include <string.h>  // memmem (GNU)

#include <cstddef>
#include <string_view>

namespace actionc {

// The offset of the first `needle` in `text` at or after `from`, or npos.
inline std::size_t findText(std::string_view text, std::string_view needle, std::size_t from = 0) {
    if (from > text.size()) return std::string_view::npos;
    if (needle.empty()) return from;
    // Also keeps a null data() (an empty view) away from memmem, which must not get one.
    if (text.size() - from < needle.size()) return std::string_view::npos;
    const void* at = ::memmem(text.data() + from, text.size() - from, needle.data(), needle.size());
    return at ? static_cast<std::size_t>(static_cast<const char*>(at) - text.data()) : std::string_view::npos;
}

inline bool containsText(std::string_view text, std::string_view needle) {
    return findText(text, needle) != std::string_view::npos;
}

}  // namespace actionc
