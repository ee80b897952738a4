#include "emit/emit.h"
#include "test_support.h"

#include <doctest/doctest.h>

using namespace actionc;
using actionc::test::compileSnippet;

namespace {

std::vector<LiveExport> allLive(const ModuleFacts& facts) {
    std::vector<LiveExport> out;
    for (const ExportedAction& a : facts.actions) out.push_back({a.exportName, "ID_" + a.exportName, &a});
    return out;
}

const std::vector<std::string> kNoInlineIds;

std::string clientLayer(const test::Compiled& c, const std::vector<LiveExport>& exports, const EmitOptions& options = {}) {
    return emitClientModule({*c.source, c.facts, exports, kNoInlineIds}, options).text();
}

std::string serverLayer(const test::Compiled& c, const std::vector<LiveExport>& exports) {
    return emitServerModule({*c.source, c.facts, exports, kNoInlineIds}, {}).text();
}

}  // namespace

TEST_CASE("client layer is stubs only") {
    const auto c = compileSnippet(R"('use server';
import { db, secretToken } from './db';
export async function save(x: string) { await db.write(secretToken, x); }
export default async () => db.count();
const impl = async () => {};
export { impl as "odd-name" };
)");
    const std::string client = clientLayer(c, allLive(c.facts));
    CHECK(client ==
          "import { createServerReference, callServer, findSourceMapURL } from \"actionc/client\";\n"
          "export const save = /*#__PURE__*/ createServerReference(\"ID_save\", callServer, undefined, "
          "findSourceMapURL, \"save\");\n"
          "export default /*#__PURE__*/ createServerReference(\"ID_default\", callServer, undefined, "
          "findSourceMapURL, \"default\");\n"
          "const $$actionc_stub_0 = /*#__PURE__*/ createServerReference(\"ID_odd-name\", callServer, undefined, "
          "findSourceMapURL, \"odd-name\");\n"
          "export { $$actionc_stub_0 as \"odd-name\" };\n");
    for (const char* secret : {"db", "secretToken", "write", "count", "impl"}) {
        CAPTURE(secret);
        CHECK(client.find(secret) == std::string::npos);
    }
}

TEST_CASE("client runtime module is configurable and an all-dead module is an empty module") {
    const auto c = compileSnippet("'use server';\nexport async function a() {}\n");
    CHECK(clientLayer(c, allLive(c.facts), {"my/runtime", "x"}).find("from \"my/runtime\"") !=
          std::string::npos);
    CHECK(clientLayer(c, {}) == "export {};\n");
}

TEST_CASE("server layer keeps the module and appends registrations") {
    const auto c = compileSnippet("'use server';\nexport async function a() {}\nexport { a as b };");
    const std::string server = serverLayer(c, allLive(c.facts));
    CHECK(server ==
          "'use server';\nexport async function a() {}\nexport { a as b };\n"
          "\nimport { registerServerReference } from \"actionc/server\";\n"
          "registerServerReference(a, \"ID_a\", \"a\");\n");
}

TEST_CASE("anonymous defaults are named so they can be registered") {
    const auto fn = compileSnippet("'use server';\nexport default async function (x) { return x; }\n");
    CHECK(serverLayer(fn, allLive(fn.facts))
              .starts_with("'use server';\nexport default async function $$actionc_default(x) { return x; }\n"));
    const auto arrow = compileSnippet("'use server';\nexport default async (x) => x\n");
    CHECK(serverLayer(arrow, allLive(arrow.facts))
              .starts_with("'use server';\nconst $$actionc_default = async (x) => x; export default $$actionc_default;\n"));
    const auto semi = compileSnippet("'use server';\nexport default async (x) => x;\n");
    CHECK(serverLayer(semi, allLive(semi.facts))
              .starts_with("'use server';\nconst $$actionc_default = async (x) => x; export default $$actionc_default;\n"));
}

TEST_CASE("a module with no live actions is left as written on the server") {
    const auto c = compileSnippet("'use server';\nexport async function a() {}");
    CHECK(serverLayer(c, {}) == c.source->text);
}

TEST_CASE("jsString escapes what JavaScript and JSON need escaped") {
    CHECK(jsString("a\"b\\c\nd") == "\"a\\\"b\\\\c\\nd\"");
    CHECK(jsString(std::string("\x01", 1)) == "\"\\u0001\"");  // \x01 would not be JSON
}

// appendQuoted skips 8 bytes at a time: every byte value, at every offset in and around a
// word, must come out as the byte-at-a-time reference says.
TEST_CASE("jsString escapes every byte value at every position of a word") {
    const auto reference = [](std::string_view value) {
        std::string out = "\"";
        for (const char ch : value) {
            const unsigned char c = static_cast<unsigned char>(ch);
            if (c == '"') out += "\\\"";
            else if (c == '\\') out += "\\\\";
            else if (c == '\n') out += "\\n";
            else if (c == '\r') out += "\\r";
            else if (c == '\t') out += "\\t";
            else if (c < 0x20) out += "\\u00" + std::string(1, "0123456789abcdef"[c >> 4]) + "0123456789abcdef"[c & 15];
            else out += ch;
        }
        return out + "\"";
    };
    for (int byte = 0; byte < 256; ++byte) {
        for (std::size_t length = 1; length <= 19; ++length) {
            for (std::size_t at = 0; at < length; ++at) {
                std::string value(length, 'a');
                value[at] = static_cast<char>(byte);
                REQUIRE(jsString(value) == reference(value));
            }
        }
    }
    // Neighbours that borrow across bytes in the word tests (0x20 next to 0x1f, 0x80+).
    static constexpr char kMixed[] = "\x20\x1f\x21\x22\x5b\x5c\x5d\x80\xff\x7f\x00\x19 plain text \xe2\x80\xa8";
    const std::string mixed(kMixed, sizeof kMixed - 1);
    CHECK(jsString(mixed) == reference(mixed));
}
