// String literals for what actionc writes: emitted JavaScript, source maps, serve's replies.
#pragma once

#include <string>
#include <string_view>

namespace actionc {

// A double-quoted string literal for `value` that is valid JavaScript and valid JSON alike
// (control characters as \u00XX); bytes of invalid UTF-8 pass through as they are.
std::string jsString(std::string_view value);
void appendQuoted(std::string& out, std::string_view value);

}  // namespace actionc
