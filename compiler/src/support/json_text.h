// JSON files that people write or hand to actionc (actionc.json, manifests): parsed with
// nlohmann, but a syntax error is reported in our words, at a byte offset the caller turns
// into file:line:column, never as the library's exception text.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace actionc {

struct JsonSyntaxError {
    std::uint32_t offset = 0;  // of the offending byte (text.size() at the end of the text)
    std::string message;       // "a trailing comma is not allowed", "expected a value", …
};

// `allowComments`: // and /* */ comments are skipped (actionc.json allows them).
std::variant<nlohmann::json, JsonSyntaxError> parseJsonText(std::string_view text, bool allowComments = false);

// The offset of the top-level member `"key":` in `text`, for pointing at a member whose value
// is wrong; 0 when it cannot be found.
std::uint32_t memberOffset(std::string_view text, std::string_view key);

// "a string", "a number", "an array", …: what a value is, in a message.
std::string describeJsonType(const nlohmann::json& value);

}  // namespace actionc
