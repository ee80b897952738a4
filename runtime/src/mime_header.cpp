#include "mime_header.h"

namespace actionc::mime {

namespace {

bool isTokenChar(char c) {
    // RFC 7230 tchar.
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~': return true;
    default: return false;
    }
}

void skipSpace(std::string_view& text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
}

std::string takeToken(std::string_view& text, bool allowSlash) {
    std::size_t i = 0;
    while (i < text.size() && (isTokenChar(text[i]) || (allowSlash && text[i] == '/'))) ++i;
    std::string token(text.substr(0, i));
    text.remove_prefix(i);
    return token;
}

// A quoted-string, with backslash escapes as busboy and the RFC allow. Browsers do not
// escape (they percent-encode '"' in names), so this only matters for other clients.
std::optional<std::string> takeQuoted(std::string_view& text) {
    if (text.empty() || text.front() != '"') return std::nullopt;
    std::string out;
    for (std::size_t i = 1; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            text.remove_prefix(i + 1);
            return out;
        }
        if (c == '\\' && i + 1 < text.size()) {
            out += text[++i];
        } else {
            out += c;
        }
    }
    return std::nullopt;  // unterminated
}

}  // namespace

std::string asciiLower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

const std::string* HeaderValue::param(std::string_view name) const {
    for (const auto& [key, value] : params) {
        if (key == name) return &value;
    }
    return nullptr;
}

std::optional<HeaderValue> parseHeaderValue(std::string_view text) {
    HeaderValue result;
    skipSpace(text);
    result.token = asciiLower(takeToken(text, /*allowSlash=*/true));
    if (result.token.empty()) return std::nullopt;
    while (true) {
        skipSpace(text);
        if (text.empty()) return result;
        if (text.front() != ';') return std::nullopt;
        text.remove_prefix(1);
        skipSpace(text);
        if (text.empty()) return result;  // a trailing ';' is common and harmless
        std::string name = asciiLower(takeToken(text, /*allowSlash=*/false));
        skipSpace(text);
        if (name.empty() || text.empty() || text.front() != '=') return std::nullopt;
        text.remove_prefix(1);
        skipSpace(text);
        std::optional<std::string> value = text.starts_with('"') ? takeQuoted(text)
                                                                 : std::optional(takeToken(text, false));
        if (!value) return std::nullopt;
        if (result.param(name)) return std::nullopt;
        result.params.emplace_back(std::move(name), std::move(*value));
    }
}

std::optional<std::vector<HeaderLine>> parseHeaderBlock(std::string_view block) {
    std::vector<HeaderLine> lines;
    while (!block.empty()) {
        const std::size_t end = block.find("\r\n");
        std::string_view line = block.substr(0, end);
        block = end == std::string_view::npos ? std::string_view{} : block.substr(end + 2);
        if (line.empty() || line.front() == ' ' || line.front() == '\t') return std::nullopt;
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0) return std::nullopt;
        std::string_view name = line.substr(0, colon);
        for (char c : name) {
            if (!isTokenChar(c)) return std::nullopt;
        }
        std::string_view value = line.substr(colon + 1);
        skipSpace(value);
        while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
        lines.push_back(HeaderLine{asciiLower(name), std::string(value)});
    }
    return lines;
}

}  // namespace actionc::mime
