#include "manifest/manifest.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace actionc;

namespace {

Manifest sample() {
    Manifest m;
    m.keyId = "0123456789abcdef";
    m.actions.push_back({"ID2", "b.ts", "z", "module", 3, 1, true, 2, 0, {"p.ts"}});
    m.actions.push_back({"ID1", "a.ts", "y", "module", 1, 17, false, std::nullopt, 0, {"p.ts", "q.ts"}});
    m.stripped.push_back({"b.ts", "dead"});
    m.stripped.push_back({"a.ts", "dead"});
    return m;
}

}  // namespace

TEST_CASE("manifest bytes are sorted, indented and end with a newline") {
    const std::string json = serializeManifest(sample());
    CHECK(json.back() == '\n');
    CHECK(json.find("\"actions\"") < json.find("\"keyId\""));
    CHECK(json.find("\"keyId\"") < json.find("\"stripped\""));
    CHECK(json.find("\"stripped\"") < json.find("\"version\""));
    CHECK(json.find("\"module\": \"a.ts\"") < json.find("\"module\": \"b.ts\""));
    CHECK(json.find("\"params\": \"unknown\"") != std::string::npos);
    CHECK(json.find("\n  \"version\": 1\n}") != std::string::npos);
    // Input order never shows in the output.
    Manifest reversed = sample();
    std::reverse(reversed.actions.begin(), reversed.actions.end());
    std::reverse(reversed.stripped.begin(), reversed.stripped.end());
    CHECK(serializeManifest(reversed) == json);
}

TEST_CASE("manifest round-trips through parse") {
    const std::string json = serializeManifest(sample());
    Diagnostic error;
    const auto parsed = parseManifest(json, "m.json", &error);
    REQUIRE_MESSAGE(parsed, error.message);
    CHECK(serializeManifest(*parsed) == json);
    CHECK_FALSE(parsed->actions[0].params.has_value());
    CHECK_FALSE(parseManifest("{\"version\": 2}", "m.json", &error));
    CHECK(error.message.find("version 2") != std::string::npos);
}

TEST_CASE("manifest errors say what is wrong and where, in our words") {
    Diagnostic error;
    CHECK_FALSE(parseManifest("not json", "m.json", &error));
    CHECK(renderDiagnostics({error}) ==
          "m.json:1:1: error: invalid JSON: unexpected 'not'; expected a value [manifest]\nnot json\n^\n");
    CHECK_FALSE(parseManifest("{\"version\": 1,\n \"keyId\": \"k\",\n}", "m.json", &error));
    CHECK(error.position.line == 2);
    CHECK(error.message == "invalid JSON: a trailing comma is not allowed");
    CHECK_FALSE(parseManifest("{\"version\": 1, \"keyId\": \"k\", \"actions\": [{\"id\": 3}], \"stripped\": []}", "m.json", &error));
    CHECK(error.message == "not an actionc manifest: actions[0]: \"id\" is an integer, not a string");
    CHECK_FALSE(parseManifest("{\"version\": 1, \"keyId\": \"k\", \"stripped\": []}", "m.json", &error));
    CHECK(error.message == "not an actionc manifest: \"actions\" is missing");
    CHECK(error.message.find("json.exception") == std::string::npos);
    CHECK_FALSE(parseManifest("{\"version\": 1", "m.json", &error));
    CHECK(error.message == "invalid JSON: unexpected end of file (expected ',' or '}')");
    CHECK_FALSE(parseManifest("{} x", "m.json", &error));
    CHECK(error.message == "invalid JSON: unexpected 'x'; expected the end of the file");
    CHECK(error.position.column == 4);
    CHECK_FALSE(parseManifest("{'version': 1}", "m.json", &error));
    CHECK(error.message == "invalid JSON: strings and keys need double quotes, not single quotes");
    CHECK_FALSE(parseManifest("[]", "m.json", &error));
    CHECK(error.message == "not an actionc manifest: the file holds an array, not a manifest object");
}
