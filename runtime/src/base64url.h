// Unpadded base64url, as action IDs and bound-argument blobs travel (shared by both).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace actionc {

std::string toBase64Url(const unsigned char* data, std::size_t size);

// Decodes `text` into `out` (room for `capacity` bytes), canonical encodings only: a text
// whose unused trailing bits differ must not decode to the same bytes, or a changed
// character could be accepted. Sets `length` and returns true on success.
bool fromBase64UrlCanonical(std::string_view text, unsigned char* out, std::size_t capacity, std::size_t& length);

}  // namespace actionc
