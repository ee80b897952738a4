// CSRF defence for Server Action requests, by Origin header.
//
// A browser always names the page's origin when it POSTs, and a page cannot forge it,
// so an action runs only when that origin is the server's own host (the first
// X-Forwarded-Host entry when a proxy set one, else the Host header) or a host the
// deployment explicitly allows. This is Next.js 16's check (app-render/action-handler +
// csrf-protection), never looser and stricter where docs/security.md lists it: chiefly,
// Next only warns on a missing Origin; we reject unless the request is a same-site form
// submission (see MissingOriginPolicy). `Origin: null` is an origin, not a missing one.
#pragma once

#include "actionc/runtime_error.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actionc {

enum class MissingOriginPolicy {
    Reject,             // every request must carry an Origin
    AllowSameSiteForm,  // default: allow a multipart form POST whose Sec-Fetch-Site is same-origin/same-site
    Allow,              // Next.js's behaviour: no Origin, no check
};
// Only an absent Origin header is "missing": an empty one is malformed, and "null"
// (an opaque origin) is rejected unless `allowedOrigins` lists "null".

struct CsrfPolicy {
    // Next.js `serverActions.allowedOrigins`: hosts (with port, if not the default one)
    // or wildcard patterns such as "*.example.com" and "**.example.com"; "null" admits
    // opaque origins. Compared ASCII case-insensitively, as written (not trimmed).
    std::vector<std::string> allowedOrigins;
    MissingOriginPolicy missingOrigin = MissingOriginPolicy::AllowSameSiteForm;
};

// Header values as received; nullopt when the header is absent.
struct RequestHeaders {
    std::optional<std::string> origin;
    std::optional<std::string> host;
    std::optional<std::string> forwardedHost;  // X-Forwarded-Host
    std::optional<std::string> secFetchSite;
    std::optional<std::string> contentType;
};

Status checkCsrf(const RequestHeaders& headers, const CsrfPolicy& policy);

// WHATWG `new URL(origin).host` for the origins browsers send:
// "https://Example.com:443" -> "example.com"; "http://[::1]:3000" -> "[::1]:3000".
// nullopt for anything that is not a serialised origin (paths, user info, bad ports,
// "file:"), and for spellings the URL parser would rewrite (IPv4 shorthand or hex,
// non-canonical IPv6, non-ASCII or percent-encoded names), which no browser sends.
std::optional<std::string> originHost(std::string_view origin);

// One `allowedOrigins` entry against an origin host (lower-case, with port if any):
// exact equality, or a wildcard pattern where `*` is exactly one non-empty label and a
// leftmost `**` is one or more labels. Wildcards never match in the last two labels, so
// "*.com" or "**" cannot allow the whole internet (Next.js only refuses a bare "*"/"**").
bool matchesAllowedOrigin(std::string_view host, std::string_view pattern);

}  // namespace actionc
