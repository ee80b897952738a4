#include "serve/flat_json.h"

#include <cctype>
#include <cstdint>

namespace actionc {

namespace {

using Json = nlohmann::json;

class FlatObjectReader {
public:
    explicit FlatObjectReader(std::string_view text) : text_(text) {}

    std::optional<Json> read() {
        Json object = Json::object();
        skipSpace();
        if (!take('{')) return std::nullopt;
        skipSpace();
        if (take('}')) return atEnd() ? std::optional<Json>(std::move(object)) : std::nullopt;
        for (;;) {
            skipSpace();
            std::string key;
            if (!readString(key)) return std::nullopt;
            skipSpace();
            if (!take(':')) return std::nullopt;
            skipSpace();
            Json value;
            if (!readValue(value)) return std::nullopt;
            object[std::move(key)] = std::move(value);
            skipSpace();
            if (take(',')) continue;
            if (take('}')) return atEnd() ? std::optional<Json>(std::move(object)) : std::nullopt;
            return std::nullopt;
        }
    }

private:
    bool readValue(Json& value) {
        if (at_ < text_.size() && text_[at_] == '"') {
            std::string s;
            if (!readString(s)) return false;
            value = std::move(s);
            return true;
        }
        const std::size_t start = at_;
        while (at_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[at_])) || text_[at_] == '-' ||
                                      text_[at_] == '+' || text_[at_] == '.')) {
            ++at_;
        }
        const std::string_view token = text_.substr(start, at_ - start);
        if (token.empty()) return false;  // an object or array: not flat
        value = Json::parse(token, nullptr, false);
        return !value.is_discarded() && value.is_primitive();
    }

    bool readString(std::string& out) {
        if (!take('"')) return false;
        for (;;) {
            // One pass to the closing quote or the next escape (find_first_of would call
            // memchr once per byte).
            std::size_t special = at_;
            while (special < text_.size() && text_[special] != '"' && text_[special] != '\\') {
                if (static_cast<unsigned char>(text_[special]) < 0x20) return false;  // raw control characters
                ++special;
            }
            if (special == text_.size()) return false;
            out.append(text_, at_, special - at_);
            at_ = special + 1;
            if (text_[special] == '"') return true;
            if (at_ >= text_.size()) return false;
            const char escape = text_[at_++];
            switch (escape) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u':
                    if (!readUnicodeEscape(out)) return false;
                    break;
                default: return false;
            }
        }
    }

    bool readHex4(std::uint32_t& unit) {
        if (at_ + 4 > text_.size()) return false;
        unit = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = text_[at_++];
            unit <<= 4;
            if (c >= '0' && c <= '9') unit |= static_cast<std::uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f') unit |= static_cast<std::uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') unit |= static_cast<std::uint32_t>(c - 'A' + 10);
            else return false;
        }
        return true;
    }

    // \uXXXX, with surrogate pairs, to UTF-8.
    bool readUnicodeEscape(std::string& out) {
        std::uint32_t code;
        if (!readHex4(code)) return false;
        if (code >= 0xD800 && code <= 0xDBFF) {
            std::uint32_t low;
            if (!take('\\') || !take('u') || !readHex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        } else if (code >= 0xDC00 && code <= 0xDFFF) {
            return false;
        }
        if (code < 0x80) {
            out += static_cast<char>(code);
        } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (code >> 18));
            out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
        return true;
    }

    void skipSpace() {
        while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\t' || text_[at_] == '\n' || text_[at_] == '\r')) ++at_;
    }
    bool take(char c) {
        if (at_ >= text_.size() || text_[at_] != c) return false;
        ++at_;
        return true;
    }
    bool atEnd() {
        skipSpace();
        return at_ == text_.size();
    }

    std::string_view text_;
    std::size_t at_ = 0;
};

}  // namespace

std::optional<nlohmann::json> readFlatObject(std::string_view text) { return FlatObjectReader(text).read(); }

}  // namespace actionc
