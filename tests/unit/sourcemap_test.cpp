#include "emit/emit.h"
#include "test_support.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace actionc;

namespace {

struct Segment {
    std::uint32_t generatedLine, generatedColumn, originalLine, originalColumn;
};

std::vector<Segment> decodeMappings(const std::string& mappings) {
    static const std::string kBase64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::vector<Segment> segments;
    std::int64_t state[4] = {0, 0, 0, 0};  // column, source, line, column (relative)
    std::uint32_t line = 0;
    std::size_t i = 0;
    while (i < mappings.size()) {
        if (mappings[i] == ';') {
            ++line;
            state[0] = 0;
            ++i;
            continue;
        }
        if (mappings[i] == ',') {
            ++i;
            continue;
        }
        std::int64_t fields[4];
        for (int f = 0; f < 4; ++f) {
            std::uint64_t value = 0;
            int shift = 0;
            for (;;) {
                const auto digit = static_cast<std::uint64_t>(kBase64.find(mappings[i++]));
                value |= (digit & 31) << shift;
                shift += 5;
                if (!(digit & 32)) break;
            }
            fields[f] = (value & 1) ? -static_cast<std::int64_t>(value >> 1) : static_cast<std::int64_t>(value >> 1);
        }
        for (int f = 0; f < 4; ++f) state[f] += fields[f];
        segments.push_back({line, static_cast<std::uint32_t>(state[0]), static_cast<std::uint32_t>(state[2]),
                            static_cast<std::uint32_t>(state[3])});
    }
    return segments;
}

// 0-based line of the first generated line containing `needle`.
std::uint32_t generatedLineOf(const std::string& text, const std::string& needle) {
    const std::size_t at = text.find(needle);
    REQUIRE(at != std::string::npos);
    return static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

// The original line (0-based) the first segment of a generated line maps to.
std::uint32_t originalLineFor(const std::vector<Segment>& segments, std::uint32_t generatedLine) {
    for (const Segment& s : segments) {
        if (s.generatedLine == generatedLine) return s.originalLine;
    }
    FAIL("no mapping for generated line " << generatedLine);
    return 0;
}

// Every generated line that has text has at least one mapping.
void checkEveryLineMapped(const std::string& text, const std::vector<Segment>& segments) {
    std::istringstream lines(text);
    std::string line;
    for (std::uint32_t n = 0; std::getline(lines, line); ++n) {
        if (line.empty()) continue;
        CAPTURE(n);
        CHECK(std::any_of(segments.begin(), segments.end(), [&](const Segment& s) { return s.generatedLine == n; }));
    }
}

}  // namespace

TEST_CASE("client stubs and server registrations map to the original functions") {
    const auto c = test::compileSnippet("'use server';\nimport { db } from './db';\n\nexport async function save(x) {\n"
                                        "  return db.put(x);\n}\n\nexport const drop = async () => {};\n");
    std::vector<LiveExport> exports;
    for (const ExportedAction& a : c.facts.actions) exports.push_back({a.exportName, "ID_" + a.exportName, &a});
    const std::vector<std::string> noInline;
    const ModuleToEmit module{*c.source, c.facts, exports, noInline};

    const MappedOutput client = emitClientModule(module, {});
    const auto clientMap = nlohmann::json::parse(client.sourceMap("actions.ts", "../src/actions.ts"));
    CHECK(clientMap["version"] == 3);
    CHECK(clientMap["sources"][0] == "../src/actions.ts");
    const auto clientSegments = decodeMappings(clientMap["mappings"]);
    CHECK(originalLineFor(clientSegments, generatedLineOf(client.text(), "export const save")) == 3);
    CHECK(originalLineFor(clientSegments, generatedLineOf(client.text(), "export const drop")) == 7);
    checkEveryLineMapped(client.text(), clientSegments);

    const MappedOutput server = emitServerModule(module, {});
    const auto serverSegments = decodeMappings(nlohmann::json::parse(server.sourceMap("a.ts", "a.ts"))["mappings"]);
    CHECK(originalLineFor(serverSegments, generatedLineOf(server.text(), "registerServerReference(save")) == 3);
    CHECK(originalLineFor(serverSegments, generatedLineOf(server.text(), "registerServerReference(drop")) == 7);
    CHECK(originalLineFor(serverSegments, generatedLineOf(server.text(), "  return db.put(x);")) == 4);
    checkEveryLineMapped(server.text(), serverSegments);
}

TEST_CASE("a hoisted inline action maps back to where it was written, line by line") {
    const auto c = test::compileSnippet("export function Page({ id }) {\n  const note = 'n';\n"
                                        "  const act = async (x) => {\n    'use server';\n    return [id, note, x];\n  };\n"
                                        "  return act;\n}\n",
                                        "app/page.js");
    REQUIRE(c.facts.inlineActions.size() == 1);
    const std::vector<LiveExport> none;
    const std::vector<std::string> ids = {"ID"};
    const MappedOutput server = emitServerModule({*c.source, c.facts, none, ids}, {});
    const auto segments = decodeMappings(nlohmann::json::parse(server.sourceMap("page.js", "page.js"))["mappings"]);
    CHECK(originalLineFor(segments, generatedLineOf(server.text(), "export async function $$ACTION_Page$act")) == 2);
    CHECK(originalLineFor(segments, generatedLineOf(server.text(), "    return [id, note, x];")) == 4);
    CHECK(originalLineFor(segments, generatedLineOf(server.text(), "registerServerReference($$ACTION_Page$act")) == 2);
    CHECK(originalLineFor(segments, generatedLineOf(server.text(), "  return act;")) == 6);
    checkEveryLineMapped(server.text(), segments);
}

TEST_CASE("VLQ encodes as the source map spec does") {
    std::string out;
    for (std::int64_t v : {0, 1, -1, 15, 16, -16, 1000}) appendVlq(out, v);
    CHECK(out == "ACDegBhBw+B");  // 1000 is the well-known "w+B"
}
