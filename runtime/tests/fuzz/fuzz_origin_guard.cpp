// libFuzzer target for the CSRF origin guard.
//   - checkCsrf never crashes and always answers Ok or CsrfRejected, whatever the headers;
//   - originHost's answer is canonical: parsed again (with the origin's scheme) it gives
//     itself, so there is one spelling per origin host and a Host header can only match
//     that spelling;
//   - a rejection message stays short (untrusted values are cut) and printable.
// Input: newline-separated fields origin, host, x-forwarded-host, sec-fetch-site,
// content-type, then allowedOrigins entries; a field "-" is an absent header.
#include "actionc/origin_guard.h"

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

std::vector<std::string> fields(std::string_view input) {
    std::vector<std::string> out;
    while (true) {
        const std::size_t newline = input.find('\n');
        out.emplace_back(input.substr(0, newline));
        if (newline == std::string_view::npos) return out;
        input.remove_prefix(newline + 1);
    }
}

std::optional<std::string> header(const std::vector<std::string>& parts, std::size_t i) {
    if (i >= parts.size() || parts[i] == "-") return std::nullopt;
    return parts[i];
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::vector<std::string> parts = fields(input);
    const actionc::RequestHeaders headers{header(parts, 0), header(parts, 1), header(parts, 2), header(parts, 3),
                                          header(parts, 4)};
    actionc::CsrfPolicy policy;
    for (std::size_t i = 5; i < parts.size(); ++i) policy.allowedOrigins.push_back(parts[i]);
    for (auto missing : {actionc::MissingOriginPolicy::AllowSameSiteForm, actionc::MissingOriginPolicy::Reject,
                         actionc::MissingOriginPolicy::Allow}) {
        policy.missingOrigin = missing;
        const actionc::Status status = actionc::checkCsrf(headers, policy);
        if (!status.ok()) {
            require(status.error().code == actionc::ErrorCode::CsrfRejected);
            require(status.error().message.size() < 600);
            for (char c : status.error().message) require(c >= 0x20 && c < 0x7f);
        }
    }

    const std::string origin = parts[0];
    if (const std::optional<std::string> host = actionc::originHost(origin)) {
        require(!host->empty());
        const std::size_t schemeEnd = origin.find("://");
        require(schemeEnd != std::string::npos);
        std::string scheme = origin.substr(0, schemeEnd);
        const std::size_t firstNonSpace = scheme.find_first_not_of(" \t");
        scheme = scheme.substr(firstNonSpace);
        require(actionc::originHost(scheme + "://" + *host) == host);
        for (char c : *host) require(c > 0x20 && c < 0x7f && c != '/' && c != '@' && c != '%');
    }
    return 0;
}
