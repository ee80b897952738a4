#include "emit/quote.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace actionc {

namespace {

bool needsEscape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// Whether any of the 8 bytes at `p` needs an escape: a byte below 0x20, '"' or '\\'
// (exact, by the usual bit tricks for "has a zero byte" and "has a byte less than n").
bool wordNeedsEscape(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    const auto hasZero = [](std::uint64_t v) { return ((v - ones) & ~v & highs) != 0; };
    const bool control = ((w - ones * 0x20) & ~w & highs) != 0;
    return control || hasZero(w ^ (ones * '"')) || hasZero(w ^ (ones * '\\'));
}

void appendEscape(std::string& out, unsigned char c) {
    static constexpr char kHex[] = "0123456789abcdef";
    switch (c) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        default: {
            const char escape[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
            out.append(escape, 6);
        }
    }
}

}  // namespace

// Runs of bytes that need no escape (most of them) are found 8 bytes at a time and copied
// whole: serve quotes every module it answers with, and the source map's copy of it.
void appendQuoted(std::string& out, std::string_view value) {
    out.reserve(out.size() + value.size() + value.size() / 16 + 2);
    out += '"';
    const char* const data = value.data();
    const std::size_t size = value.size();
    std::size_t run = 0;  // start of the bytes not yet copied
    std::size_t i = 0;
    while (i < size) {
        while (i + 8 <= size && !wordNeedsEscape(data + i)) i += 8;
        for (const std::size_t stop = std::min(size, i + 8); i < stop; ++i) {
            const unsigned char c = static_cast<unsigned char>(data[i]);
            if (!needsEscape(c)) continue;
            out.append(data + run, i - run);
            appendEscape(out, c);
            run = i + 1;
        }
    }
    out.append(data + run, size - run);
    out += '"';
}

std::string jsString(std::string_view value) {
    std::string out;
    appendQuoted(out, value);
    return out;
}

}  // namespace actionc
