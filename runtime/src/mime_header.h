// Parsing of the MIME header values multipart/form-data needs:
//   Content-Type: multipart/form-data; boundary="..."
//   Content-Disposition: form-data; name="..."; filename="..."
// Internal to the runtime.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace actionc::mime {

struct HeaderValue {
    std::string token;  // lower-cased: "form-data", "multipart/form-data"
    std::vector<std::pair<std::string, std::string>> params;  // names lower-cased, values unquoted

    const std::string* param(std::string_view name) const;
};

// `token *( ";" name "=" ( token / quoted-string ) )`; nullopt on a syntax error or a
// repeated parameter (two `name=` parameters must not let two parsers disagree).
std::optional<HeaderValue> parseHeaderValue(std::string_view text);

struct HeaderLine {
    std::string name;  // lower-cased
    std::string value;
};

// Splits a part's header block (without the final empty line) into lines; nullopt on a
// line without a colon, a bad header name, or an obsolete folded line.
std::optional<std::vector<HeaderLine>> parseHeaderBlock(std::string_view block);

std::string asciiLower(std::string_view text);

}  // namespace actionc::mime
