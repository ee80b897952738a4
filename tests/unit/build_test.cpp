// The driver end to end, in process: determinism across --jobs, no output on error,
// stale outputs removed.
#include "driver/build.h"
#include "support/file_io.h"
#include "test_support.h"

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>

using namespace actionc;
namespace fs = std::filesystem;

namespace {

Key testKey() {
    Key::Bytes bytes;
    bytes.fill(42);
    return Key(bytes);
}

using TempProject = test::TempTree;

// Every output file's bytes, except the build state: a record of inodes and times, the
// one file in the output directory that is not an output.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        if (!e.is_regular_file() || e.path().filename() == ".actionc-state") continue;
        files[e.path().lexically_relative(dir).generic_string()] = readFile(e.path().string());
    }
    return files;
}

BuildOptions optionsFor(const TempProject& p, const fs::path& out, unsigned jobs) {
    BuildOptions options;
    options.project.root = (p.root / "src").string();
    options.project.outDir = out.string();
    options.jobs = jobs;
    return options;
}

}  // namespace

TEST_CASE("output bytes do not depend on --jobs or on repetition") {
    TempProject p("actionc-build-determinism");
    for (int i = 0; i < 40; ++i) {
        const std::string n = std::to_string(i);
        p.write("src/actions" + n + ".ts", "'use server';\nexport async function a" + n + "() {}\nexport async function b" + n +
                                            "(x) {}\n");
        p.write("src/page" + n + ".tsx", "import { a" + n + " } from './actions" + n + "';\nexport const P = () => <b/>;\n");
    }
    REQUIRE(runBuild(optionsFor(p, p.root / "out1", 1), testKey()).ok);
    REQUIRE(runBuild(optionsFor(p, p.root / "out8", 8), testKey()).ok);
    REQUIRE(runBuild(optionsFor(p, p.root / "out1", 1), testKey()).ok);
    CHECK(snapshot(p.root / "out1") == snapshot(p.root / "out8"));
    const std::string manifest = readFile((p.root / "out1" / "actions.manifest.json").string());
    CHECK(manifest.find("\"stripped\": [\n    {\n      \"export\": \"b0\"") != std::string::npos);
}

TEST_CASE("a build with errors writes nothing") {
    TempProject p("actionc-build-errors");
    p.write("src/good.ts", "'use server';\nexport async function ok() {}\n");
    p.write("src/bad.ts", "'use server';\nexport const x = 1;\n");
    const BuildResult result = runBuild(optionsFor(p, p.root / "out", 2), testKey());
    CHECK_FALSE(result.ok);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].code == "export-not-function");
    CHECK_FALSE(fs::exists(p.root / "out"));
}

TEST_CASE("outputs of deleted sources are removed; unchanged files keep their bytes") {
    TempProject p("actionc-build-stale");
    p.write("src/a.ts", "export const a = 1;\n");
    p.write("src/old/b.ts", "export const b = 1;\n");
    p.write("src/logo.svg", "<svg/>");
    BuildOptions mirror = optionsFor(p, p.root / "out", 2);
    mirror.output = OutputMode::Mirror;
    REQUIRE(runBuild(mirror, testKey()).ok);
    CHECK(fs::exists(p.root / "out/client/old/b.ts"));
    CHECK(readFile((p.root / "out/server/logo.svg").string()) == "<svg/>");
    fs::remove_all(p.root / "src/old");
    REQUIRE(runBuild(mirror, testKey()).ok);
    CHECK_FALSE(fs::exists(p.root / "out/client/old"));
    CHECK(readFile((p.root / "out/client/a.ts").string()) == "export const a = 1;\n");
}

TEST_CASE("the facts cache never serves stale facts, and a corrupt cache is ignored") {
    TempProject p("actionc-build-cache");
    p.write("src/actions.ts", "'use server';\nexport async function alpha() {}\n");
    p.write("src/page.tsx", "import * as a from './actions';\n");
    const fs::path out = p.root / "out";
    REQUIRE(runBuild(optionsFor(p, out, 2), testKey()).ok);
    REQUIRE(fs::exists(out / ".actionc-cache"));
    // Same size, different bytes: the content hash, not the size or time, decides.
    p.write("src/actions.ts", "'use server';\nexport async function bravo() {}\n");
    REQUIRE(runBuild(optionsFor(p, out, 2), testKey()).ok);
    std::string manifest = readFile((out / "actions.manifest.json").string());
    CHECK(manifest.find("\"bravo\"") != std::string::npos);
    CHECK(manifest.find("\"alpha\"") == std::string::npos);
    // A module that starts to import actions is parsed in full, and its use counts.
    p.write("src/page.tsx", "import { bravo } from './actions';\nexport const P = bravo;\n");
    REQUIRE(runBuild(optionsFor(p, out, 2), testKey()).ok);
    manifest = readFile((out / "actions.manifest.json").string());
    CHECK(manifest.find("\"page.tsx\"") != std::string::npos);
    std::ofstream(out / ".actionc-cache") << "garbage";
    REQUIRE(runBuild(optionsFor(p, out, 2), testKey()).ok);
    CHECK(readFile((out / "actions.manifest.json").string()) == manifest);
}

TEST_CASE("by default the layers hold only what changed, and an index says which modules those are") {
    TempProject p("actionc-build-overlay");
    p.write("src/actions.ts", "'use server';\nexport async function save() {}\n");
    p.write("src/app/page.tsx", "import { save } from '../actions';\nexport const P = save;\n");
    p.write("src/logo.svg", "<svg/>");
    const fs::path out = p.root / "out";
    REQUIRE(runBuild(optionsFor(p, out, 1), testKey()).ok);
    CHECK(fs::exists(out / "client/actions.ts"));
    CHECK(fs::exists(out / "server/actions.ts.map"));
    CHECK_FALSE(fs::exists(out / "client/app"));
    CHECK_FALSE(fs::exists(out / "server/logo.svg"));
    CHECK(readFile((out / "actionc.index.json").string()) ==
          "{\n  \"client\": [\n    \"actions.ts\"\n  ],\n  \"root\": \"../src\",\n  \"server\": [\n    \"actions.ts\"\n  ],\n"
          "  \"version\": 1\n}\n");
}

TEST_CASE("switching output modes leaves no output of the previous mode behind") {
    TempProject p("actionc-build-modes");
    p.write("src/actions.ts", "'use server';\nexport async function save() {}\n");
    p.write("src/plain.ts", "import { save } from './actions';\nexport const x = save;\n");
    const fs::path out = p.root / "out";
    BuildOptions options = optionsFor(p, out, 2);
    options.output = OutputMode::Mirror;
    REQUIRE(runBuild(options, testKey()).ok);
    REQUIRE(fs::exists(out / "server/plain.ts"));
    options.output = OutputMode::Overlay;
    REQUIRE(runBuild(options, testKey()).ok);
    CHECK_FALSE(fs::exists(out / "server/plain.ts"));
    CHECK(fs::exists(out / "server/actions.ts"));
    options.output = OutputMode::ManifestOnly;
    REQUIRE(runBuild(options, testKey()).ok);
    CHECK_FALSE(fs::exists(out / "server"));
    CHECK_FALSE(fs::exists(out / "client"));
    CHECK_FALSE(fs::exists(out / "actionc.index.json"));
    CHECK(fs::exists(out / "actions.manifest.json"));
}

TEST_CASE("the audit's results survive the facts cache, helper modules read on demand included") {
    TempProject p("actionc-build-audit-cache");
    p.write("src/lib/session.ts", "import { auth } from '@clerk/nextjs/server';\n"
                                  "export async function requireUser() { await auth.protect(); }\n");
    p.write("src/actions.ts", "'use server';\nimport { requireUser } from './lib/session';\n"
                              "export async function guarded() { await requireUser(); }\n"
                              "export async function open() { return 1; }\n");
    p.write("src/page.tsx", "import * as a from './actions';\n");
    const fs::path out = p.root / "out";
    BuildOptions options = optionsFor(p, out, 2);
    REQUIRE(runBuild(options, testKey()).ok);
    const std::string first = readFile((out / "actions.manifest.json").string());
    CHECK(first.find("\"audit-auth\"") != std::string::npos);
    // Rebuilt from the cache (the build state gone, so the build runs): the same audit.
    fs::remove(out / ".actionc-state");
    REQUIRE(runBuild(options, testKey()).ok);
    CHECK(readFile((out / "actions.manifest.json").string()) == first);
    // The helper stops checking: its cached audit facts are not served for the new text.
    p.write("src/lib/session.ts", "export async function requireUser() { return 1; }\n");
    REQUIRE(runBuild(options, testKey()).ok);
    const std::string after = readFile((out / "actions.manifest.json").string());
    CHECK(after.find("\"audit-auth\"", after.find("\"audit-auth\"") + 1) != std::string::npos);
    // A change of the audit's configuration is a change of the build.
    options.audit.guards.push_back({"./lib/session", "requireUser", true});
    REQUIRE(runBuild(options, testKey()).ok);
    CHECK(readFile((out / "actions.manifest.json").string()) == first);
}

TEST_CASE("mirrors: unchanged files are hard links to their sources unless copies are asked for") {
    TempProject p("actionc-build-links");
    p.write("src/plain.ts", "export const x = 1;\n");
    p.write("src/logo.svg", "<svg/>");
    BuildOptions options = optionsFor(p, p.root / "out", 1);
    options.output = OutputMode::Mirror;
    REQUIRE(runBuild(options, testKey()).ok);
    CHECK(fs::equivalent(p.root / "src/plain.ts", p.root / "out/client/plain.ts"));
    CHECK(fs::equivalent(p.root / "src/logo.svg", p.root / "out/server/logo.svg"));
    options.copyUnchanged = true;
    REQUIRE(runBuild(options, testKey()).ok);
    CHECK_FALSE(fs::equivalent(p.root / "src/plain.ts", p.root / "out/client/plain.ts"));
    CHECK(readFile((p.root / "out/client/plain.ts").string()) == "export const x = 1;\n");
}

namespace {

// Files written a moment ago carry stamps the build state cannot trust yet (racy, see
// trustedStamp); moving every time under `dir` into the past makes them trustworthy.
void backdate(const fs::path& dir) {
    const auto past = fs::file_time_type::clock::now() - std::chrono::seconds(60);
    for (const auto& e : fs::recursive_directory_iterator(dir)) fs::last_write_time(e.path(), past);
    fs::last_write_time(dir, past);
}

// Builds until the build state trusts every stamp: the first build records racy stamps.
void buildUntilSettled(const BuildOptions& options, const TempProject& p) {
    backdate(p.root / "src");
    REQUIRE(runBuild(options, testKey()).ok);
}

}  // namespace

TEST_CASE("a rebuild with nothing changed reads and writes nothing") {
    TempProject p("actionc-build-state");
    p.write("src/actions.ts", "'use server';\nexport async function save() {}\nexport async function unused() {}\n");
    p.write("src/page.tsx", "import { save } from './actions';\nexport const P = save;\n");
    const fs::path out = p.root / "out";
    const BuildOptions options = optionsFor(p, out, 2);
    const BuildResult first = runBuild(options, testKey());
    REQUIRE(first.ok);
    CHECK_FALSE(first.upToDate);
    // Just-written sources are racy: the next build looks at them again.
    CHECK_FALSE(runBuild(options, testKey()).upToDate);
    buildUntilSettled(options, p);
    const auto before = snapshot(out);
    const BuildResult again = runBuild(options, testKey());
    CHECK(again.upToDate);
    CHECK(again.summary.actions == first.summary.actions);
    CHECK(again.summary.stripped == std::vector<std::string>{"actions.ts#unused"});
    CHECK(snapshot(out) == before);
}

TEST_CASE("the build state notices every kind of change") {
    TempProject p("actionc-build-state-changes");
    p.write("src/actions.ts", "'use server';\nexport async function save() {}\n");
    p.write("src/deep/page.tsx", "import { save } from '../actions';\nexport const P = save;\n");
    const fs::path out = p.root / "out";
    BuildOptions options = optionsFor(p, out, 2);
    REQUIRE(runBuild(options, testKey()).ok);
    buildUntilSettled(options, p);
    REQUIRE(runBuild(options, testKey()).upToDate);

    SUBCASE("a new module in an existing directory") {
        p.write("src/deep/other.tsx", "import { save } from '../actions';\nexport const Q = save;\n");
        const BuildResult result = runBuild(options, testKey());
        CHECK_FALSE(result.upToDate);
        CHECK(readFile((out / "actions.manifest.json").string()).find("deep/other.tsx") != std::string::npos);
    }
    SUBCASE("an edited module") {
        p.write("src/actions.ts", "'use server';\nexport async function save() {}\nexport async function more() {}\n");
        const BuildResult result = runBuild(options, testKey());
        CHECK_FALSE(result.upToDate);
        CHECK(result.summary.stripped == std::vector<std::string>{"actions.ts#more"});
    }
    SUBCASE("a deleted output") {
        fs::remove(out / "server/actions.ts");
        CHECK_FALSE(runBuild(options, testKey()).upToDate);
        CHECK(fs::exists(out / "server/actions.ts"));
    }
    SUBCASE("an output edited in place") {
        const std::string stub = readFile((out / "client/actions.ts").string());
        std::ofstream(out / "client/actions.ts", std::ios::app) << "// edited\n";
        CHECK_FALSE(runBuild(options, testKey()).upToDate);
        CHECK(readFile((out / "client/actions.ts").string()) == stub);
    }
    SUBCASE("another key") {
        Key::Bytes other;
        other.fill(7);
        CHECK_FALSE(runBuild(options, Key(other)).upToDate);
    }
    SUBCASE("other options") {
        options.keepUnused = true;
        CHECK_FALSE(runBuild(options, testKey()).upToDate);
    }
    SUBCASE("a state file that is not one") {
        std::ofstream(out / ".actionc-state") << "garbage";
        CHECK_FALSE(runBuild(options, testKey()).upToDate);
        CHECK(runBuild(options, testKey()).upToDate);
    }
}

TEST_CASE("a build with warnings records its state too, and a build with nothing to do prints them again") {
    TempProject p("actionc-build-state-warnings");
    p.write("src/page.tsx", "import { x } from './missing';\nexport const P = x;\n");
    const BuildOptions options = optionsFor(p, p.root / "out", 1);
    const BuildResult first = runBuild(options, testKey());
    REQUIRE(first.ok);
    REQUIRE(first.diagnostics.size() == 1);
    buildUntilSettled(options, p);
    const BuildResult again = runBuild(options, testKey());
    CHECK(again.upToDate);
    REQUIRE(again.diagnostics.size() == 1);
    CHECK(again.diagnostics[0].code == first.diagnostics[0].code);
    CHECK(again.diagnostics[0].position.line == first.diagnostics[0].position.line);
    CHECK(again.diagnostics[0].sourceLine == first.diagnostics[0].sourceLine);
}

TEST_CASE("a rebuild after a change updates only what changed, and leaves nothing stale") {
    TempProject p("actionc-build-incremental");
    p.write("src/actions.ts", "'use server';\nexport async function save() {}\n");
    p.write("src/page.tsx", "import { save } from './actions';\nexport const P = save;\n");
    p.write("src/plain.ts", "export const x = 1;\n");
    const fs::path out = p.root / "out";
    BuildOptions options = optionsFor(p, out, 2);
    options.output = OutputMode::Mirror;
    REQUIRE(runBuild(options, testKey()).ok);
    buildUntilSettled(options, p);
    REQUIRE(fs::exists(out / "client/actions.ts.map"));

    SUBCASE("an action module that becomes a plain one loses its maps and becomes a link") {
        p.write("src/actions.ts", "export async function save() {}\n");
        REQUIRE(runBuild(options, testKey()).ok);
        CHECK_FALSE(fs::exists(out / "client/actions.ts.map"));
        CHECK_FALSE(fs::exists(out / "server/actions.ts.map"));
        CHECK(fs::equivalent(p.root / "src/actions.ts", out / "client/actions.ts"));
    }
    SUBCASE("a source replaced by a new file (an editor's rename) is linked again") {
        p.write("src/plain.ts.new", "export const x = 2;\n");
        fs::rename(p.root / "src/plain.ts.new", p.root / "src/plain.ts");
        REQUIRE(runBuild(options, testKey()).ok);
        CHECK(readFile((out / "client/plain.ts").string()) == "export const x = 2;\n");
        CHECK(fs::equivalent(p.root / "src/plain.ts", out / "server/plain.ts"));
    }
    SUBCASE("a file put into the output tree by hand goes at the next build") {
        std::ofstream(out / "client/stray.js") << "x";
        p.write("src/plain.ts", "export const x = 3;\n");
        REQUIRE(runBuild(options, testKey()).ok);
        CHECK_FALSE(fs::exists(out / "client/stray.js"));
    }
    SUBCASE("a deleted directory of sources takes its output directories along") {
        p.write("src/deep/er/a.ts", "export const a = 1;\n");
        REQUIRE(runBuild(options, testKey()).ok);
        REQUIRE(fs::exists(out / "server/deep/er/a.ts"));
        fs::remove_all(p.root / "src/deep");
        REQUIRE(runBuild(options, testKey()).ok);
        CHECK_FALSE(fs::exists(out / "server/deep"));
        CHECK_FALSE(fs::exists(out / "client/deep"));
    }
}

TEST_CASE("copies follow their sources, and are left alone (mtime and all) when the bytes are the same") {
    TempProject p("actionc-build-copies");
    p.write("src/logo.svg", "<svg/>");
    BuildOptions options = optionsFor(p, p.root / "out", 1);
    options.output = OutputMode::Mirror;
    options.copyUnchanged = true;
    options.useCache = false;  // every build does the copying, none is skipped
    REQUIRE(runBuild(options, testKey()).ok);
    const fs::path copy = p.root / "out/client/logo.svg";
    CHECK_FALSE(fs::equivalent(p.root / "src/logo.svg", copy));
    const auto past = fs::file_time_type::clock::now() - std::chrono::seconds(60);
    fs::last_write_time(copy, past);
    REQUIRE(runBuild(options, testKey()).ok);
    CHECK(fs::last_write_time(copy) == past);
    p.write("src/logo.svg", "<svg width='1'/>");
    REQUIRE(runBuild(options, testKey()).ok);
    CHECK(readFile(copy.string()) == "<svg width='1'/>");
    CHECK((fs::status(copy).permissions() & fs::perms::owner_write) != fs::perms::none);
}
