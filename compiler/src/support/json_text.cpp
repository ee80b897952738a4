#include "support/json_text.h"

#include <algorithm>
#include <cctype>

namespace actionc {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// What the parser wanted at the error, from the grammar rule it was in.
std::string expectation(std::string_view what) {
    if (what.find("; expected end of input") != std::string_view::npos) return "expected the end of the file";
    if (what.find("parsing object key") != std::string_view::npos) return "expected a key in double quotes";
    if (what.find("parsing object separator") != std::string_view::npos) return "expected ':' after the key";
    if (what.find("parsing object") != std::string_view::npos) return "expected ',' or '}'";
    if (what.find("parsing array") != std::string_view::npos) return "expected ',' or ']'";
    return "expected a value";
}

// The word (or single character) at `offset`, quoted, for "unexpected …".
std::string tokenAt(std::string_view text, std::size_t offset) {
    std::size_t end = offset;
    while (end < text.size() && end - offset < 20 && isWordChar(text[end])) ++end;
    if (end == offset) end = offset + 1;
    return "'" + std::string(text.substr(offset, end - offset)) + "'";
}

JsonSyntaxError describe(std::string_view text, const nlohmann::json::parse_error& error) {
    // `byte` counts the bytes read, the offending one included.
    std::size_t offset = std::min<std::size_t>(error.byte > 0 ? error.byte - 1 : 0, text.size());
    // The lexer fails inside a bad word (`not` after reading "no"): point at the word's start.
    while (offset > 0 && offset < text.size() && isWordChar(text[offset]) && isWordChar(text[offset - 1])) --offset;
    const std::string_view what = error.what();
    JsonSyntaxError result;
    std::size_t before = offset;
    while (before > 0 && isSpace(text[before - 1])) --before;
    const bool atEnd = std::all_of(text.begin() + static_cast<std::ptrdiff_t>(offset), text.end(), isSpace);
    if (atEnd) {
        result = {static_cast<std::uint32_t>(text.size()), "unexpected end of file (" + expectation(what) + ")"};
    } else if ((text[offset] == '}' || text[offset] == ']') && before > 0 && text[before - 1] == ',') {
        result = {static_cast<std::uint32_t>(before - 1), "a trailing comma is not allowed"};
    } else if (text[offset] == '\'') {
        result = {static_cast<std::uint32_t>(offset), "strings and keys need double quotes, not single quotes"};
    } else if (text[offset] == '"' && what.find("control character") != std::string_view::npos) {
        result = {static_cast<std::uint32_t>(offset), "a string may not hold a raw line break or control character (use \\n)"};
    } else {
        result = {static_cast<std::uint32_t>(offset), "unexpected " + tokenAt(text, offset) + "; " + expectation(what)};
    }
    return result;
}

}  // namespace

std::variant<nlohmann::json, JsonSyntaxError> parseJsonText(std::string_view text, bool allowComments) {
    try {
        return nlohmann::json::parse(text, nullptr, true, allowComments);
    } catch (const nlohmann::json::parse_error& error) {
        return describe(text, error);
    }
}

std::uint32_t memberOffset(std::string_view text, std::string_view key) {
    const std::string quoted = "\"" + std::string(key) + "\"";
    for (std::size_t at = text.find(quoted); at != std::string_view::npos; at = text.find(quoted, at + 1)) {
        std::size_t next = at + quoted.size();
        while (next < text.size() && isSpace(text[next])) ++next;
        if (next < text.size() && text[next] == ':') return static_cast<std::uint32_t>(at);
    }
    return 0;
}

std::string describeJsonType(const nlohmann::json& value) {
    switch (value.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::boolean: return "a boolean";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return "an integer";
    case nlohmann::json::value_t::number_float: return "a number";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::object: return "an object";
    default: return "a value";
    }
}

}  // namespace actionc
