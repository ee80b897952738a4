#include "actionc/origin_guard.h"

#include <algorithm>

namespace actionc {

namespace {

std::string_view trim(std::string_view text) {
    const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
    return text;
}

std::string asciiLower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool isSchemeChar(char c) {
    return (c >= 'a' && c <= 'z') || isDigit(c) || c == '+' || c == '-' || c == '.';
}

// Characters a registered name or IP literal may use (RFC 3986 reg-name, minus the
// percent-encoding and sub-delims no browser puts in an Origin).
bool isHostChar(char c) { return (c >= 'a' && c <= 'z') || isDigit(c) || c == '-' || c == '.' || c == '_'; }

std::string_view defaultPortFor(std::string_view scheme) {
    if (scheme == "http" || scheme == "ws") return "80";
    if (scheme == "https" || scheme == "wss") return "443";
    return {};
}

std::vector<std::string_view> splitLabels(std::string_view text) {
    std::vector<std::string_view> labels;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = text.find('.', start);
        labels.push_back(text.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
        if (dot == std::string_view::npos) return labels;
        start = dot + 1;
    }
}

// Untrusted header text goes into the error message; keep it short and printable.
std::string quoted(std::string_view value) {
    constexpr std::size_t kMaxShown = 100;
    std::string out;
    for (char c : value.substr(0, kMaxShown)) out += (c >= 0x20 && c < 0x7f && c != '`') ? c : '?';
    if (value.size() > kMaxShown) out += "...";
    return "`" + out + "`";
}

// The host value a proxy or the client says it addressed, normalised like an origin host.
std::string normaliseHostHeader(std::string_view value, std::string_view scheme) {
    std::string host = asciiLower(trim(value));
    const std::string_view defaultPort = defaultPortFor(scheme);
    const std::string_view view = host;
    if (!defaultPort.empty() && view.ends_with(defaultPort) && view.size() > defaultPort.size() + 1 &&
        view[view.size() - defaultPort.size() - 1] == ':') {
        host.resize(host.size() - defaultPort.size() - 1);
    }
    return host;
}

std::optional<std::string> firstForwardedHost(const std::optional<std::string>& header) {
    if (!header) return std::nullopt;
    const std::string_view first = trim(std::string_view(*header).substr(0, header->find(',')));
    if (first.empty()) return std::nullopt;
    return std::string(first);
}

bool isFormContentType(const std::optional<std::string>& contentType) {
    if (!contentType) return false;
    const std::string type = asciiLower(trim(std::string_view(*contentType).substr(0, contentType->find(';'))));
    return type == "multipart/form-data" || type == "application/x-www-form-urlencoded";
}

bool isSameSiteFetch(const std::optional<std::string>& secFetchSite) {
    if (!secFetchSite) return false;
    const std::string site = asciiLower(trim(*secFetchSite));
    return site == "same-origin" || site == "same-site";
}

Status missingOrigin(const RequestHeaders& headers, const CsrfPolicy& policy) {
    switch (policy.missingOrigin) {
    case MissingOriginPolicy::Allow: return {};
    case MissingOriginPolicy::AllowSameSiteForm:
        if (isSameSiteFetch(headers.secFetchSite) && isFormContentType(headers.contentType)) return {};
        return makeError(ErrorCode::CsrfRejected,
                         "Missing `origin` header on a Server Actions request that is not a same-site form "
                         "submission (`sec-fetch-site` is " +
                             (headers.secFetchSite ? quoted(*headers.secFetchSite) : std::string("absent")) +
                             "). Aborting the action.");
    case MissingOriginPolicy::Reject: break;
    }
    return makeError(ErrorCode::CsrfRejected, "Missing `origin` header on a Server Actions request. Aborting the action.");
}

}  // namespace

std::optional<std::string> originHost(std::string_view origin) {
    const std::string text = asciiLower(trim(origin));
    const std::size_t schemeEnd = text.find("://");
    if (schemeEnd == std::string::npos || schemeEnd == 0) return std::nullopt;
    const std::string_view scheme = std::string_view(text).substr(0, schemeEnd);
    if (!std::all_of(scheme.begin(), scheme.end(), isSchemeChar)) return std::nullopt;

    std::string_view authority = std::string_view(text).substr(schemeEnd + 3);
    std::string_view host;
    std::string_view port;
    if (!authority.empty() && authority.front() == '[') {
        const std::size_t close = authority.find(']');
        if (close == std::string_view::npos || close < 2) return std::nullopt;
        host = authority.substr(0, close + 1);
        const std::string_view inside = host.substr(1, host.size() - 2);
        const auto isIpv6Char = [](char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || c == ':' || c == '.'; };
        if (!std::all_of(inside.begin(), inside.end(), isIpv6Char)) return std::nullopt;
        authority.remove_prefix(close + 1);
        if (!authority.empty()) {
            if (authority.front() != ':') return std::nullopt;
            port = authority.substr(1);
        }
    } else {
        const std::size_t colon = authority.find(':');
        host = authority.substr(0, colon);
        if (colon != std::string_view::npos) port = authority.substr(colon + 1);
        if (host.empty() || !std::all_of(host.begin(), host.end(), isHostChar)) return std::nullopt;
        if (host.front() == '.' || host.back() == '.' || host.find("..") != std::string_view::npos) return std::nullopt;
    }
    const bool hasPort = authority.find(':') != std::string_view::npos;
    if (hasPort && (port.empty() || port.size() > 5 || !std::all_of(port.begin(), port.end(), isDigit) ||
                    std::stoul(std::string(port)) > 65535)) {
        return std::nullopt;
    }
    std::string result(host);
    if (hasPort && port != defaultPortFor(scheme)) result += ":" + std::string(port);
    return result;
}

bool matchesAllowedOrigin(std::string_view host, std::string_view rawPattern) {
    const std::string pattern = asciiLower(trim(rawPattern));
    const std::string domain = asciiLower(host);
    if (pattern.empty()) return false;
    if (pattern == domain) return true;

    const std::vector<std::string_view> patternLabels = splitLabels(pattern);
    const std::vector<std::string_view> domainLabels = splitLabels(domain);
    const std::size_t count = patternLabels.size();
    if (count < 3 || domainLabels.size() < count) return false;

    // Compare from the right, as DNS names nest.
    for (std::size_t i = 0; i < count; ++i) {
        const std::string_view want = patternLabels[count - 1 - i];
        const std::string_view have = domainLabels[domainLabels.size() - 1 - i];
        const bool inLastTwo = i < 2;
        if (want.empty() || have.empty()) return false;
        if (want == "*" && !inLastTwo) continue;
        if (want == "**" && !inLastTwo) {
            // Only as the leftmost label, where it absorbs every remaining domain label.
            return i == count - 1;
        }
        if (want != have) return false;
    }
    return domainLabels.size() == count;
}

Status checkCsrf(const RequestHeaders& headers, const CsrfPolicy& policy) {
    // "null" is what privacy-sensitive contexts send instead of an origin; Next.js treats
    // it as absent, and so do we (then the missing-Origin policy decides).
    if (!headers.origin || trim(*headers.origin).empty() || trim(*headers.origin) == "null") {
        return missingOrigin(headers, policy);
    }
    const std::optional<std::string> origin = originHost(*headers.origin);
    if (!origin) {
        return makeError(ErrorCode::CsrfRejected,
                         "Malformed `origin` header with value " + quoted(*headers.origin) +
                             " on a Server Actions request. Aborting the action.");
    }
    const std::string scheme = asciiLower(trim(*headers.origin)).substr(0, trim(*headers.origin).find("://"));

    const std::optional<std::string> forwarded = firstForwardedHost(headers.forwardedHost);
    const std::optional<std::string> host =
        headers.host && !trim(*headers.host).empty() ? std::optional<std::string>(*headers.host) : std::nullopt;
    if (forwarded && normaliseHostHeader(*forwarded, scheme) == *origin) return {};
    if (host && normaliseHostHeader(*host, scheme) == *origin) return {};

    for (const std::string& pattern : policy.allowedOrigins) {
        if (matchesAllowedOrigin(*origin, pattern)) return {};
    }

    if (!forwarded && !host) {
        return makeError(ErrorCode::CsrfRejected,
                         "`x-forwarded-host` or `host` headers are not provided. One of these is needed to compare "
                         "the `origin` header from a forwarded Server Actions request. Aborting the action.");
    }
    const std::string hostType = forwarded ? "x-forwarded-host" : "host";
    return makeError(ErrorCode::CsrfRejected, "`" + hostType + "` header with value " +
                                                  quoted(forwarded ? *forwarded : *host) +
                                                  " does not match `origin` header with value " + quoted(*origin) +
                                                  " from a forwarded Server Actions request. Aborting the action.");
}

}  // namespace actionc
