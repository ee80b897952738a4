#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include "actionc/action_request.h"
#include "actionc/body_limit.h"
#include "actionc/origin_guard.h"

using namespace actionc;

namespace {

using Opt = std::optional<std::string>;
const Opt kAbsent = std::nullopt;
const Opt kMultipart = "multipart/form-data; boundary=----x";
const Opt kUrlEncoded = "application/x-www-form-urlencoded";

struct CsrfCase {
    const char* what;
    RequestHeaders headers;
    std::vector<std::string> allowed;
    MissingOriginPolicy policy;
    bool accepted;
};

RequestHeaders request(Opt origin, Opt host, Opt forwardedHost = kAbsent, Opt secFetchSite = kAbsent,
                       Opt contentType = kAbsent) {
    return RequestHeaders{origin, host, forwardedHost, secFetchSite, contentType};
}

constexpr auto kDefault = MissingOriginPolicy::AllowSameSiteForm;

const std::vector<CsrfCase> kCsrfMatrix = {
    // Same host. The Origin's host is serialised as WHATWG URL.host; the Host header is
    // compared byte for byte, as Next.js does (a browser always sends both canonical).
    {"same host", request("https://example.com", "example.com"), {}, kDefault, true},
    {"same host with port", request("http://localhost:3000", "localhost:3000"), {}, kDefault, true},
    {"other port", request("http://localhost:3000", "localhost:3001"), {}, kDefault, false},
    {"other host", request("https://evil.com", "example.com"), {}, kDefault, false},
    {"origin spells default port", request("https://example.com:443", "example.com"), {}, kDefault, true},
    {"host spells default port (Next compares exactly)", request("https://example.com", "example.com:443"), {},
     kDefault, false},
    {"http default port", request("http://example.com:80", "example.com"), {}, kDefault, true},
    {"https origin with port 80", request("https://example.com:80", "example.com"), {}, kDefault, false},
    {"non-default port", request("https://example.com:8443", "example.com"), {}, kDefault, false},
    {"port with leading zeros is the default port", request("https://example.com:0443", "example.com"), {},
     kDefault, true},
    {"port with leading zeros never matches its spelling", request("https://example.com:0443", "example.com:0443"),
     {}, kDefault, false},
    {"origin upper case", request("https://EXAMPLE.com", "example.com"), {}, kDefault, true},
    {"host upper case (Next compares exactly)", request("https://example.com", "Example.COM"), {}, kDefault, false},
    {"suffix is not the host", request("https://example.com.evil.com", "example.com"), {}, kDefault, false},
    {"ipv6 literal", request("http://[::1]:3000", "[::1]:3000"), {}, kDefault, true},
    {"ipv6 other port", request("http://[::1]:3001", "[::1]:3000"), {}, kDefault, false},
    {"ipv6 not canonical", request("http://[0:0:0:0:0:0:0:1]:3000", "[0:0:0:0:0:0:0:1]:3000"), {}, kDefault,
     false},
    {"ipv4 dotted quad", request("http://127.0.0.1:3000", "127.0.0.1:3000"), {}, kDefault, true},
    {"ipv4 shorthand is not what a browser sends", request("http://127.1:3000", "127.1:3000"), {}, kDefault, false},
    {"ipv4 hex is not what a browser sends", request("http://0x7f.0.0.1", "0x7f.0.0.1"), {}, kDefault, false},
    {"non-special scheme keeps its host's case", request("app://Local-App", "local-app"), {}, kDefault, false},
    {"non-special scheme, same spelling", request("app://Local-App", "Local-App"), {}, kDefault, true},
    {"scheme must start with a letter", request("1app://local", "local"), {}, kDefault, false},
    {"file scheme is never an origin", request("file://host", "host"), {}, kDefault, false},
    // Proxies: a present X-Forwarded-Host (its first entry) is the only host compared.
    {"forwarded host matches", request("https://example.com", "internal:8080", "example.com"), {}, kDefault, true},
    {"first of forwarded list", request("https://example.com", "internal", "example.com, proxy.lan"), {}, kDefault,
     true},
    {"forwarded list trimmed", request("https://example.com", "internal", "  example.com  ,x"), {}, kDefault, true},
    {"only the first forwarded host counts", request("https://example.com", "internal", "proxy.lan, example.com"),
     {}, kDefault, false},
    {"forwarded host present: Host is not consulted", request("https://example.com", "example.com", "cdn.lan"), {},
     kDefault, false},
    {"forwarded host present, Host forged to the origin",
     request("https://attacker.example", "attacker.example", "intranet.corp"), {}, kDefault, false},
    {"empty forwarded host falls back to Host", request("https://example.com", "example.com", ""), {}, kDefault,
     true},
    {"empty first forwarded entry falls back to Host", request("https://example.com", "example.com", " , cdn.lan"),
     {}, kDefault, true},
    {"forwarded host compared exactly", request("https://example.com", "internal", "Example.com"), {}, kDefault,
     false},
    {"no host headers at all", request("https://example.com", kAbsent), {}, kDefault, false},
    // `Origin: null` is an origin (an opaque one): rejected unless allowed by name.
    {"null origin, same-origin form", request("null", "example.com", kAbsent, "same-origin", kMultipart), {},
     kDefault, false},
    {"null origin, same-site form (307 from a sibling origin)",
     request("null", "example.com", kAbsent, "same-site", kMultipart), {}, kDefault, false},
    {"null origin, cross-site form", request("null", "example.com", kAbsent, "cross-site", kMultipart), {},
     kDefault, false},
    {"null origin under the allow policy", request("null", "example.com", kAbsent, "same-origin", kMultipart), {},
     MissingOriginPolicy::Allow, false},
    {"null origin, Host null", request("null", "null"), {}, kDefault, false},
    {"null origin, allowedOrigins has null", request("null", "example.com"), {"null"}, kDefault, true},
    {"null origin, allowedOrigins has NULL", request("null", "example.com"), {"NULL"}, kDefault, true},
    {"null origin, allowedOrigins without null", request("null", "example.com"), {"example.com", "*.example.com"},
     kDefault, false},
    {"NULL is not the null origin", request("NULL", "example.com"), {"null"}, kDefault, false},
    // Missing Origin.
    {"empty origin is rejected", request("", "example.com", kAbsent, "same-origin", kMultipart), {}, kDefault,
     false},
    {"blank origin is rejected", request("  ", "example.com", kAbsent, "same-origin", kMultipart), {},
     MissingOriginPolicy::Allow, false},
    {"no origin, same-origin multipart", request(kAbsent, "example.com", kAbsent, "same-origin", kMultipart), {},
     kDefault, true},
    {"no origin, same-site multipart", request(kAbsent, "example.com", kAbsent, "same-site", kMultipart), {},
     kDefault, true},
    {"no origin, same-site urlencoded (no action form is urlencoded)",
     request(kAbsent, "example.com", kAbsent, "same-site", kUrlEncoded), {}, kDefault, false},
    {"no origin, case-insensitive values",
     request(kAbsent, "example.com", kAbsent, " Same-Origin", "Multipart/Form-Data; boundary=x"), {}, kDefault,
     true},
    {"no origin, cross-site form", request(kAbsent, "example.com", kAbsent, "cross-site", kMultipart), {}, kDefault,
     false},
    {"no origin, sec-fetch-site none", request(kAbsent, "example.com", kAbsent, "none", kMultipart), {}, kDefault,
     false},
    {"no origin, no sec-fetch-site", request(kAbsent, "example.com", kAbsent, kAbsent, kMultipart), {}, kDefault,
     false},
    {"no origin, same-origin JSON", request(kAbsent, "example.com", kAbsent, "same-origin", "application/json"), {},
     kDefault, false},
    {"no origin, same-origin text", request(kAbsent, "example.com", kAbsent, "same-origin", "text/plain"), {},
     kDefault, false},
    {"no origin, same-origin, no content type", request(kAbsent, "example.com", kAbsent, "same-origin"), {},
     kDefault, false},
    {"policy reject", request(kAbsent, "example.com", kAbsent, "same-origin", kMultipart), {},
     MissingOriginPolicy::Reject, false},
    {"policy allow (Next.js)", request(kAbsent, "example.com", kAbsent, "cross-site", "application/json"), {},
     MissingOriginPolicy::Allow, true},
    // Malformed Origin.
    {"origin without scheme", request("example.com", "example.com"), {}, kDefault, false},
    {"origin with path", request("https://example.com/path", "example.com"), {}, kDefault, false},
    {"origin with user info", request("https://user@example.com", "example.com"), {}, kDefault, false},
    {"origin with huge port", request("https://example.com:99999", "example.com"), {}, kDefault, false},
    {"origin with empty port", request("https://example.com:", "example.com"), {}, kDefault, false},
    {"origin with empty host", request("https://", ""), {}, kDefault, false},
    // allowedOrigins.
    {"allowed exact", request("https://my-proxy.com", "example.com"), {"my-proxy.com"}, kDefault, true},
    {"allowed single wildcard", request("https://a.my-proxy.com", "example.com"), {"*.my-proxy.com"}, kDefault,
     true},
    {"single wildcard is one label", request("https://a.b.my-proxy.com", "example.com"), {"*.my-proxy.com"},
     kDefault, false},
    {"double wildcard, several labels", request("https://a.b.my-proxy.com", "example.com"), {"**.my-proxy.com"},
     kDefault, true},
    {"wildcard needs a label", request("https://my-proxy.com", "example.com"), {"*.my-proxy.com"}, kDefault, false},
    {"wildcard in last two labels", request("https://evil.com", "example.com"), {"*.com"}, kDefault, false},
    {"bare double wildcard", request("https://evil.com", "example.com"), {"**"}, kDefault, false},
    {"bare wildcard", request("https://evil.com", "example.com"), {"*"}, kDefault, false},
    {"allowed host with port", request("http://localhost:3000", "example.com"), {"localhost:3000"}, kDefault, true},
    {"port is part of the last label", request("https://a.example.com:8443", "x.org"), {"*.example.com"}, kDefault,
     false},
    {"pattern with port", request("https://a.example.com:8443", "x.org"), {"*.example.com:8443"}, kDefault, true},
    {"pattern case-insensitive", request("https://A.my-proxy.com", "example.com"), {"*.My-Proxy.com"}, kDefault,
     true},
    {"pattern is not trimmed (Next compares it as written)", request("https://my-proxy.com", "example.com"),
     {" my-proxy.com"}, kDefault, false},
    {"empty pattern", request("https://evil.com", "example.com"), {""}, kDefault, false},
    {"allowed is not a suffix match", request("https://my-proxy.com.evil.com", "example.com"), {"my-proxy.com"},
     kDefault, false},
    {"wildcard label boundary", request("https://evilmy-proxy.com", "example.com"), {"*.my-proxy.com"}, kDefault,
     false},
    {"double wildcard not leftmost", request("https://a.b.example.com", "x.org"), {"a.**.example.com"}, kDefault,
     false},
    {"second pattern matches", request("https://a.my-proxy.com", "example.com"), {"other.com", "*.my-proxy.com"},
     kDefault, true},
    {"allowed origin behind a proxy", request("https://a.my-proxy.com", "internal", "example.com"),
     {"*.my-proxy.com"}, kDefault, true},
};

}  // namespace

TEST_CASE("checkCsrf header matrix") {
    REQUIRE(kCsrfMatrix.size() >= 82);
    for (const CsrfCase& c : kCsrfMatrix) {
        const std::string what = c.what;
        CAPTURE(what);
        const Status status = checkCsrf(c.headers, CsrfPolicy{c.allowed, c.policy});
        CHECK(status.ok() == c.accepted);
        if (!status.ok()) {
            CHECK(status.error().code == ErrorCode::CsrfRejected);
            CHECK(status.error().message.find("Aborting the action.") != std::string::npos);
        }
    }
}

TEST_CASE("checkCsrf messages say which header disagreed, cut to a loggable size") {
    const Status viaHost = checkCsrf(request("https://evil.com", "example.com"), {});
    REQUIRE_FALSE(viaHost.ok());
    CHECK(viaHost.error().message ==
          "`host` header with value `example.com` does not match `origin` header with value `evil.com` from a "
          "forwarded Server Actions request. Aborting the action.");

    const Status viaForwarded = checkCsrf(request("https://evil.com", "internal", "example.com"), {});
    REQUIRE_FALSE(viaForwarded.ok());
    CHECK(viaForwarded.error().message.starts_with("`x-forwarded-host` header with value `example.com`"));

    const Status noHost = checkCsrf(request("https://evil.com", kAbsent), {});
    REQUIRE_FALSE(noHost.ok());
    CHECK(noHost.error().message.starts_with("`x-forwarded-host` or `host` headers are not provided."));

    const Status opaque = checkCsrf(request("null", "example.com", kAbsent, "same-site", kMultipart), {});
    REQUIRE_FALSE(opaque.ok());
    CHECK(opaque.error().message ==
          "`host` header with value `example.com` does not match `origin` header with value `null` from a "
          "forwarded Server Actions request. Aborting the action.");

    const Status empty = checkCsrf(request("", "example.com", kAbsent, "same-origin", kMultipart), {});
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.starts_with("Malformed `origin` header with value ``"));

    const Status longHost = checkCsrf(request("https://evil.com", std::string(5000, 'h')), {});
    REQUIRE_FALSE(longHost.ok());
    CHECK(longHost.error().message.size() < 400);
}

TEST_CASE("matchesAllowedOrigin follows Next's isCsrfOriginAllowed, minus wildcard TLDs") {
    struct Case {
        const char* host;
        const char* pattern;
        bool matches;
    };
    const Case cases[] = {
        {"vercel.com", "vercel.com", true},
        {"www.vercel.com", "www.vercel.com", true},
        {"asdf.vercel.com", "*.vercel.com", true},
        {"asdf.vercel.com", "**.vercel.com", true},
        {"asdf.jkl.vercel.com", "**.vercel.com", true},
        {"asdf.jkl.vercel.com", "*.vercel.com", false},
        {"asdf.jkl.vercel.com", "*.*.vercel.com", true},
        {"vercel.com", "*.vercel.com", false},
        {"vercel.com", "**.vercel.com", false},
        {"asdf.vercel.com", "vercel.com", false},
        {"asdf.vercel.com", "", false},
        {"asdf.vercel.com", "**", false},
        {"asdf.vercel.com", "*", false},
        {"vercel.com", "*.com", false},
        {"asdf.vercel.com", "*.*.com", false},
        {"asdf.vercel.com", "asdf.*.com", false},
        {"asdf.vercel.com", "asdf..vercel.com", false},
        {"a.b.vercel.com", "**.*.vercel.com", true},
        {"a.b.vercel.com", "*.**.vercel.com", false},
        {"localhost:3000", "localhost:3000", true},
    };
    for (const Case& c : cases) {
        CAPTURE(c.host);
        CAPTURE(c.pattern);
        CHECK(matchesAllowedOrigin(c.host, c.pattern) == c.matches);
    }
}

TEST_CASE("originHost serialises like WHATWG URL.host and refuses non-origins") {
    CHECK(originHost("https://example.com") == Opt("example.com"));
    CHECK(originHost("HTTPS://Example.COM:443") == Opt("example.com"));
    CHECK(originHost("http://example.com:8080") == Opt("example.com:8080"));
    CHECK(originHost("http://example.com:00080") == Opt("example.com"));
    CHECK(originHost("http://example.com:08080") == Opt("example.com:8080"));
    CHECK(originHost("ws://example.com:80") == Opt("example.com"));
    CHECK(originHost("ftp://example.com:21") == Opt("example.com"));
    CHECK(originHost("http://[::1]") == Opt("[::1]"));
    CHECK(originHost("http://[::1]:80") == Opt("[::1]"));
    CHECK(originHost("http://[2001:db8::1]:3000") == Opt("[2001:db8::1]:3000"));
    CHECK(originHost("http://[2001:DB8::1]") == Opt("[2001:db8::1]"));
    CHECK(originHost("http://192.168.0.1:3000") == Opt("192.168.0.1:3000"));
    CHECK(originHost("app://local-app") == Opt("local-app"));
    CHECK(originHost("App://Local-App:443") == Opt("Local-App:443"));  // no default port, case kept
    CHECK(originHost("app://10.1") == Opt("10.1"));                    // opaque host: no IPv4 parsing
    // Everything a browser never sends as an Origin: WHATWG would rewrite it (so Host
    // could only match a spelling the browser did not use), or it is not an origin.
    for (const char* bad : {"", "null", "example.com", "://example.com", "https://", "https://exa mple.com",
                            "https://a..b", "https://.a", "https://a.", "https://a.b/", "https://a.b?x",
                            "https://a:b@c", "https://a.b:-1", "https://a.b:123456", "https://a.b:", "https://[::1",
                            "https://[zz]:80", "ht tp://a", "1http://a", "+a://b", "file://host", "file:///",
                            "http://127.1", "http://0x7f.0.0.1", "http://1.2.3.4.5", "http://01.2.3.4",
                            "http://1.2.3.256", "http://0x", "http://a.0x10", "http://a.123",
                            "http://[0:0:0:0:0:0:0:1]", "http://[::ffff:1.2.3.4]", "http://[::01]",
                            "http://[1::1::1]", "http://[fe80::1%25eth0]", "http://ex%61mple.com",
                            "http://b\xc3\xbc" "cher.de"}) {
        const std::string origin = bad;
        CAPTURE(origin);
        CHECK_FALSE(originHost(origin).has_value());
    }
}

TEST_CASE("parseBodySizeLimit uses the bytes package's units (1kb = 1024)") {
    struct Case {
        const char* text;
        std::uint64_t bytes;
    };
    const Case cases[] = {
        {"1mb", 1048576},  {"500kb", 512000},     {"1 MB", 1048576}, {"2MB", 2097152},
        {"1.5mb", 1572864}, {"100", 100},          {"100b", 100},     {"1gb", 1073741824},
        {"0.5kb", 512},    {"+1kb", 1024},        {" 10kb ", 10240}, {"1tb", 1099511627776ull},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        auto limit = parseBodySizeLimit(c.text);
        REQUIRE(limit.ok());
        CHECK(limit->bytes == c.bytes);
        CHECK(limit->text == c.text);
    }
    for (const char* bad : {"", "mb", "-1mb", "0", "0kb", "0.0001b", "12abc", "1xb", "1.mb", ".5mb", "1e3",
                            "1 m b", "99999pb", "NaN"}) {
        CAPTURE(bad);
        auto limit = parseBodySizeLimit(bad);
        REQUIRE_FALSE(limit.ok());
        CHECK(limit.error().code == ErrorCode::InvalidSizeLimit);
    }
    CHECK(BodySizeLimit{}.bytes == 1024 * 1024);
    CHECK(bodySizeLimitOfBytes(2048).text == "2048");
}

TEST_CASE("bodyExceededMessage has Next.js's shape") {
    CHECK(bodyExceededMessage(BodySizeLimit{}) ==
          "Body exceeded 1mb limit.\nTo configure the body size limit for Server Actions, see: "
          "https://nextjs.org/docs/app/api-reference/next-config-js/serverActions#bodysizelimit");
    CHECK(bodyExceededMessage(*parseBodySizeLimit("500kb")).starts_with("Body exceeded 500kb limit.\n"));
}

TEST_CASE("BodySizeCounter fails at the first byte past the limit and stays failed") {
    BodySizeCounter counter(*parseBodySizeLimit("10"));
    CHECK(counter.consume(4).ok());
    CHECK(counter.consume(6).ok());
    CHECK(counter.total() == 10);
    const Status over = counter.consume(1);
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().code == ErrorCode::BodyTooLarge);
    CHECK(httpStatusFor(over.error().code) == 413);
    CHECK_FALSE(counter.consume(0).ok());

    BodySizeCounter huge(*parseBodySizeLimit("10"));
    CHECK_FALSE(huge.consume(static_cast<std::size_t>(-1)).ok());
}

TEST_CASE("checkArgumentCount allows 1000 arguments, not 1001") {
    CHECK(checkArgumentCount(0).ok());
    CHECK(checkArgumentCount(kMaxActionArguments).ok());
    const Status over = checkArgumentCount(kMaxActionArguments + 1);
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().code == ErrorCode::TooManyArguments);
    CHECK(over.error().message == "Server Action arguments list is too long (1001). Maximum allowed is 1000.");
}

TEST_CASE("actionIdFromHeaders reads Next-Action or Action-Id") {
    CHECK(*actionIdFromHeaders("abc", kAbsent) == "abc");
    CHECK(*actionIdFromHeaders(kAbsent, " abc ") == "abc");
    CHECK(*actionIdFromHeaders("abc", "abc") == "abc");
    auto conflicting = actionIdFromHeaders("abc", "def");
    REQUIRE_FALSE(conflicting.ok());
    CHECK(conflicting.error().code == ErrorCode::MalformedId);
    for (const auto& [next, actionId] : {std::pair{kAbsent, kAbsent}, std::pair{Opt(""), Opt("  ")}}) {
        auto missing = actionIdFromHeaders(next, actionId);
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().code == ErrorCode::MissingActionId);
    }
}
