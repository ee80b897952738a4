// A flat binary encoding for actionc's own files (.actionc-cache, .actionc-state):
// fixed-width integers in host byte order and length-prefixed strings. They are
// machine-local caches, read back by the binary that wrote them (each starts with a
// format tag), so there is nothing to negotiate and nothing to build a DOM for.
#pragma once

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace actionc {

class ByteWriter {
public:
    void u32(std::uint32_t v) { raw(&v, sizeof v); }
    void u64(std::uint64_t v) { raw(&v, sizeof v); }
    void i64(std::int64_t v) { raw(&v, sizeof v); }
    void boolean(bool v) { bytes_ += static_cast<char>(v ? 1 : 0); }
    void string(std::string_view s) {
        u32(static_cast<std::uint32_t>(s.size()));
        bytes_ += s;
    }
    void strings(const std::vector<std::string>& list) {
        u32(static_cast<std::uint32_t>(list.size()));
        for (const std::string& s : list) string(s);
    }
    std::string& bytes() { return bytes_; }

private:
    void raw(const void* data, std::size_t size) { bytes_.append(static_cast<const char*>(data), size); }
    std::string bytes_;
};

// Throws std::runtime_error on truncated input; callers treat that as "no cache".
class ByteReader {
public:
    explicit ByteReader(std::string_view bytes) : rest_(bytes) {}
    std::uint32_t u32() { return fixed<std::uint32_t>(); }
    std::uint64_t u64() { return fixed<std::uint64_t>(); }
    std::int64_t i64() { return fixed<std::int64_t>(); }
    bool boolean() { return fixed<char>() != 0; }
    std::string string() {
        const std::uint32_t size = u32();
        need(size);
        std::string s(rest_.substr(0, size));
        rest_.remove_prefix(size);
        return s;
    }
    std::vector<std::string> strings() {
        std::vector<std::string> list(count());
        for (std::string& s : list) s = string();
        return list;
    }
    // An element count, checked against what is left (every element takes a byte at least).
    std::uint32_t count() {
        const std::uint32_t n = u32();
        need(n);
        return n;
    }
    bool atEnd() const { return rest_.empty(); }

private:
    template <typename T>
    T fixed() {
        need(sizeof(T));
        T v;
        std::memcpy(&v, rest_.data(), sizeof v);
        rest_.remove_prefix(sizeof v);
        return v;
    }
    void need(std::size_t size) const {
        if (size > rest_.size()) throw std::runtime_error("truncated");
    }
    std::string_view rest_;
};

}  // namespace actionc
