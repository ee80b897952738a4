// CSRF defence for Server Action requests, by Origin header.
//
// A browser always names the page's origin when it POSTs, and a page cannot forge it,
// so an action runs only when that origin is the server's own host (as the first
// X-Forwarded-Host or the Host header says) or a host the deployment explicitly allows.
// This is Next.js's check (app-render/action-handler + csrf-protection), with one
// deliberate difference: Next only warns on a missing Origin; we reject unless the
// request is a same-site form submission (see MissingOriginPolicy).
#pragma once

#include "actionc/runtime_error.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actionc {

enum class MissingOriginPolicy {
    Reject,             // every request must carry an Origin
    AllowSameSiteForm,  // default: allow a form POST whose Sec-Fetch-Site is same-origin/same-site
    Allow,              // Next.js's behaviour: no Origin, no check
};

struct CsrfPolicy {
    // Next.js `serverActions.allowedOrigins`: hosts (with port, if not the default one)
    // or wildcard patterns such as "*.example.com" and "**.example.com".
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

// "https://Example.com:443" -> "example.com"; "http://[::1]:3000" -> "[::1]:3000".
// nullopt for anything that is not a serialised origin (paths, user info, bad ports).
std::optional<std::string> originHost(std::string_view origin);

// One `allowedOrigins` entry against an origin host (lower-case, with port if any):
// exact equality, or a wildcard pattern where `*` is exactly one non-empty label and a
// leftmost `**` is one or more labels. Wildcards never match in the last two labels, so
// "*.com" or "**" cannot allow the whole internet (Next.js only refuses a bare "*"/"**").
bool matchesAllowedOrigin(std::string_view host, std::string_view pattern);

}  // namespace actionc
