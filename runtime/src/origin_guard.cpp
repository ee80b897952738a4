#include "actionc/origin_guard.h"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <charconv>

namespace actionc {

namespace {

// What the Fetch standard sends instead of an origin for an opaque origin: a sandboxed
// frame, a data: or file: document, or a request redirected across origins (a form a
// sibling site posts to itself and answers with 307 to us arrives so). Case-sensitive.
constexpr std::string_view kOpaqueOrigin = "null";

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
bool isLowerAlpha(char c) { return c >= 'a' && c <= 'z'; }
bool isHexDigit(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool allOf(std::string_view text, bool (*predicate)(char)) { return std::all_of(text.begin(), text.end(), predicate); }

bool isSchemeChar(char c) { return isLowerAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.'; }

// Characters a registered name may use in an origin (RFC 3986 reg-name, minus the
// percent-encoding and sub-delims no browser puts in an Origin). Upper case only
// survives in hosts of non-special schemes, which WHATWG leaves as written.
bool isHostChar(char c) {
    return isLowerAlpha(c) || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '-' || c == '.' || c == '_';
}

// WHATWG's special schemes, whose hosts are domains (lower-cased, IPv4 parsed) and whose
// default port is dropped. `file` is special too, but never a serialised origin.
std::optional<unsigned> defaultPortOfSpecialScheme(std::string_view scheme) {
    if (scheme == "http" || scheme == "ws") return 80;
    if (scheme == "https" || scheme == "wss") return 443;
    if (scheme == "ftp") return 21;
    return std::nullopt;
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

// WHATWG parses a special-scheme host whose last label is a number (decimal, or 0x
// hex) as IPv4 and serialises it as a dotted quad. A browser therefore only ever sends
// the dotted quad; any other spelling is refused so that a Host header could not match
// a string the URL parser would have rewritten.
bool endsInNumber(std::string_view host) {
    const std::string_view last = host.substr(host.rfind('.') == std::string_view::npos ? 0 : host.rfind('.') + 1);
    if (!last.empty() && allOf(last, isDigit)) return true;
    return last.size() >= 2 && last[0] == '0' && (last[1] == 'x' || last[1] == 'X') && allOf(last.substr(2), isHexDigit);
}

bool isDottedQuad(std::string_view host) {
    const std::vector<std::string_view> parts = splitLabels(host);
    return parts.size() == 4 && std::all_of(parts.begin(), parts.end(), [](std::string_view part) {
               if (part.empty() || part.size() > 3 || !allOf(part, isDigit)) return false;
               if (part.size() > 1 && part[0] == '0') return false;
               return std::stoi(std::string(part)) <= 255;
           });
}

// WHATWG's IPv6 serialisation: lower-case hex pieces without leading zeros, the first
// longest run of two or more zero pieces as "::", no embedded IPv4 notation.
std::optional<std::string> serialisedIpv6(const std::string& text) {
    std::array<unsigned char, 16> bytes{};
    if (inet_pton(AF_INET6, text.c_str(), bytes.data()) != 1) return std::nullopt;
    std::array<unsigned, 8> pieces{};
    for (std::size_t i = 0; i < pieces.size(); ++i) pieces[i] = bytes[2 * i] << 8 | bytes[2 * i + 1];
    std::size_t bestStart = pieces.size(), bestLength = 1;
    for (std::size_t i = 0; i < pieces.size();) {
        std::size_t end = i;
        while (end < pieces.size() && pieces[end] == 0) ++end;
        if (end - i > bestLength) bestStart = i, bestLength = end - i;
        i = end == i ? i + 1 : end;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (i == bestStart) {
            out += i == 0 ? "::" : ":";
            i += bestLength - 1;
            continue;
        }
        std::string piece;
        for (unsigned value = pieces[i]; piece.empty() || value != 0; value >>= 4) piece.insert(piece.begin(), kHex[value & 15]);
        out += piece;
        if (i + 1 < pieces.size()) out += ':';
    }
    return out;
}

// Untrusted header text goes into the error message; keep it short and printable.
std::string quoted(std::string_view value) {
    constexpr std::size_t kMaxShown = 100;
    std::string out;
    for (char c : value.substr(0, kMaxShown)) out += (c >= 0x20 && c < 0x7f && c != '`') ? c : '?';
    if (value.size() > kMaxShown) out += "...";
    return "`" + out + "`";
}

// The host the request says it addressed: the first X-Forwarded-Host entry when there
// is a non-empty one (a proxy in front of us pins it; Host is then the proxy's
// upstream name, or whatever a DNS-rebinding client put there), else Host. Compared
// byte for byte with the Origin's host, as Next.js does.
struct AddressedHost {
    std::string_view header;
    std::string value;
};

std::optional<AddressedHost> addressedHost(const RequestHeaders& headers) {
    if (headers.forwardedHost) {
        const std::string_view list = *headers.forwardedHost;
        const std::string_view first = trim(list.substr(0, list.find(',')));
        if (!first.empty()) return AddressedHost{"x-forwarded-host", std::string(first)};
    }
    if (headers.host && !headers.host->empty()) return AddressedHost{"host", *headers.host};
    return std::nullopt;
}

// React posts a Server Action form (no JavaScript) as multipart/form-data, always.
bool isMultipartForm(const std::optional<std::string>& contentType) {
    if (!contentType) return false;
    return asciiLower(trim(std::string_view(*contentType).substr(0, contentType->find(';')))) == "multipart/form-data";
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
        if (isSameSiteFetch(headers.secFetchSite) && isMultipartForm(headers.contentType)) return {};
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
    const std::string_view text = trim(origin);
    const std::size_t schemeEnd = text.find("://");
    if (schemeEnd == std::string_view::npos || schemeEnd == 0) return std::nullopt;
    const std::string scheme = asciiLower(text.substr(0, schemeEnd));
    if (!isLowerAlpha(scheme[0]) || !allOf(scheme, isSchemeChar) || scheme == "file") return std::nullopt;
    const std::optional<unsigned> defaultPort = defaultPortOfSpecialScheme(scheme);
    const bool special = defaultPort.has_value();

    std::string_view authority = text.substr(schemeEnd + 3);
    std::string host;
    if (!authority.empty() && authority.front() == '[') {
        const std::size_t close = authority.find(']');
        if (close == std::string_view::npos) return std::nullopt;
        const std::string inside = asciiLower(authority.substr(1, close - 1));
        if (serialisedIpv6(inside) != inside) return std::nullopt;
        host = "[" + inside + "]";
        authority.remove_prefix(close + 1);
        if (!authority.empty() && authority.front() != ':') return std::nullopt;
    } else {
        const std::string_view name = authority.substr(0, authority.find(':'));
        host = special ? asciiLower(name) : std::string(name);
        authority.remove_prefix(name.size());
        if (host.empty() || !allOf(host, isHostChar)) return std::nullopt;
        if (host.front() == '.' || host.back() == '.' || host.find("..") != std::string::npos) return std::nullopt;
        if (special && endsInNumber(host) && !isDottedQuad(host)) return std::nullopt;
    }
    if (authority.empty()) return host;

    // ":<digits>", leading zeros allowed (WHATWG reads the number), the default dropped.
    const std::string_view digits = authority.substr(1);
    unsigned port = 0;
    if (digits.empty() || digits.size() > 5 || !allOf(digits, isDigit)) return std::nullopt;
    std::from_chars(digits.data(), digits.data() + digits.size(), port);
    if (port > 65535) return std::nullopt;
    if (port != defaultPort) host += ":" + std::to_string(port);
    return host;
}

bool matchesAllowedOrigin(std::string_view host, std::string_view rawPattern) {
    const std::string pattern = asciiLower(rawPattern);
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
    // Only an absent header is a missing Origin. "null" is an origin (an opaque one,
    // which names no host), and an empty or unparsable value is malformed.
    if (!headers.origin) return missingOrigin(headers, policy);
    const bool opaque = *headers.origin == kOpaqueOrigin;
    const std::optional<std::string> origin = opaque ? std::string(kOpaqueOrigin) : originHost(*headers.origin);
    if (!origin) {
        return makeError(ErrorCode::CsrfRejected,
                         "Malformed `origin` header with value " + quoted(*headers.origin) +
                             " on a Server Actions request. Aborting the action.");
    }

    const std::optional<AddressedHost> addressed = addressedHost(headers);
    // An opaque origin is never "the same host"; only `allowedOrigins: ["null"]` admits it.
    if (!opaque && addressed && addressed->value == *origin) return {};
    for (const std::string& pattern : policy.allowedOrigins) {
        if (matchesAllowedOrigin(*origin, pattern)) return {};
    }

    if (!addressed) {
        return makeError(ErrorCode::CsrfRejected,
                         "`x-forwarded-host` or `host` headers are not provided. One of these is needed to compare "
                         "the `origin` header from a forwarded Server Actions request. Aborting the action.");
    }
    std::string message(quoted(addressed->header));
    message += " header with value " + quoted(addressed->value) + " does not match `origin` header with value " +
               quoted(*origin) + " from a forwarded Server Actions request. Aborting the action.";
    return makeError(ErrorCode::CsrfRejected, std::move(message));
}

}  // namespace actionc
