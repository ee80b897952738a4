#include "base64url.h"

#include <sodium.h>

#include <cstring>

namespace actionc {

std::string toBase64Url(const unsigned char* data, std::size_t size) {
    std::string out(sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), data, size, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(std::strlen(out.c_str()));
    return out;
}

bool fromBase64UrlCanonical(std::string_view text, unsigned char* out, std::size_t capacity, std::size_t& length) {
    const char* end = nullptr;
    if (sodium_base642bin(out, capacity, text.data(), text.size(), nullptr, &length, &end,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
        end != text.data() + text.size()) {
        return false;
    }
    return toBase64Url(out, length) == text;
}

}  // namespace actionc
