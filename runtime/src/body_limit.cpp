#include "actionc/body_limit.h"

#include <charconv>
#include <cmath>

namespace actionc {

namespace {

constexpr std::string_view kBodySizeLimitDocs =
    "https://nextjs.org/docs/app/api-reference/next-config-js/serverActions#bodysizelimit";

// Past 2^53 a JavaScript number (the Node addon's currency) is no longer exact.
constexpr double kMaxLimitBytes = 9007199254740992.0;

Error invalidLimit(std::string_view text) {
    return makeError(ErrorCode::InvalidSizeLimit,
                     "Server Actions body size limit \"" + std::string(text.substr(0, 64)) +
                         "\" is not a positive number of bytes or a size such as \"500kb\" or \"1mb\"");
}

double unitMultiplier(std::string_view unit) {
    std::string lower(unit);
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (lower.empty() || lower == "b") return 1.0;
    if (lower == "kb") return 1024.0;
    if (lower == "mb") return 1024.0 * 1024;
    if (lower == "gb") return 1024.0 * 1024 * 1024;
    if (lower == "tb") return 1024.0 * 1024 * 1024 * 1024;
    if (lower == "pb") return 1024.0 * 1024 * 1024 * 1024 * 1024;
    return 0.0;
}

}  // namespace

Result<BodySizeLimit> parseBodySizeLimit(std::string_view text) {
    std::string_view rest = text;
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
    while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.remove_suffix(1);
    if (!rest.empty() && rest.front() == '+') rest.remove_prefix(1);

    // <digits>[.<digits>]
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    std::size_t i = 0;
    while (i < rest.size() && isDigit(rest[i])) ++i;
    if (i == 0) return invalidLimit(text);
    if (i < rest.size() && rest[i] == '.') {
        const std::size_t fractionStart = ++i;
        while (i < rest.size() && isDigit(rest[i])) ++i;
        if (i == fractionStart) return invalidLimit(text);
    }
    const std::string number(rest.substr(0, i));
    rest.remove_prefix(i);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);

    const double multiplier = unitMultiplier(rest);
    if (multiplier == 0.0) return invalidLimit(text);
    double value = 0.0;  // from_chars, unlike stod, ignores the process locale
    std::from_chars(number.data(), number.data() + number.size(), value);
    const double bytes = std::floor(value * multiplier);
    if (!(bytes >= 1.0) || bytes > kMaxLimitBytes) return invalidLimit(text);
    return BodySizeLimit{static_cast<std::uint64_t>(bytes), std::string(text)};
}

BodySizeLimit bodySizeLimitOfBytes(std::uint64_t bytes) { return BodySizeLimit{bytes, std::to_string(bytes)}; }

std::string bodyExceededMessage(const BodySizeLimit& limit) {
    return "Body exceeded " + limit.text + " limit.\nTo configure the body size limit for Server Actions, see: " +
           std::string(kBodySizeLimitDocs);
}

Status BodySizeCounter::consume(std::size_t bytes) {
    // Saturating: once over, stay over, even if a caller keeps feeding.
    total_ = bytes > limit_.bytes ? limit_.bytes + 1 : total_ + bytes;
    if (total_ > limit_.bytes) return makeError(ErrorCode::BodyTooLarge, bodyExceededMessage(limit_));
    return {};
}

}  // namespace actionc
