// The driver end to end, in process: determinism across --jobs, no output on error,
// stale outputs removed.
#include "build.h"
#include "output.h"

#include <doctest/doctest.h>

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

struct TempProject {
    fs::path root;
    explicit TempProject(const std::string& name) : root(fs::temp_directory_path() / name) {
        fs::remove_all(root);
        fs::create_directories(root);
    }
    ~TempProject() { fs::remove_all(root); }
    void write(const std::string& rel, const std::string& text) const {
        fs::create_directories((root / rel).parent_path());
        std::ofstream(root / rel) << text;
    }
};

std::map<std::string, std::string> snapshot(const fs::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        if (e.is_regular_file()) files[e.path().lexically_relative(dir).generic_string()] = readFile(e.path().string());
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
    REQUIRE(runBuild(optionsFor(p, p.root / "out", 2), testKey()).ok);
    CHECK(fs::exists(p.root / "out/client/old/b.ts"));
    CHECK(readFile((p.root / "out/server/logo.svg").string()) == "<svg/>");
    fs::remove_all(p.root / "src/old");
    REQUIRE(runBuild(optionsFor(p, p.root / "out", 2), testKey()).ok);
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

TEST_CASE("unchanged files are hard links to their sources unless copies are asked for") {
    TempProject p("actionc-build-links");
    p.write("src/plain.ts", "export const x = 1;\n");
    p.write("src/logo.svg", "<svg/>");
    BuildOptions options = optionsFor(p, p.root / "out", 1);
    REQUIRE(runBuild(options, testKey()).ok);
    CHECK(fs::equivalent(p.root / "src/plain.ts", p.root / "out/client/plain.ts"));
    CHECK(fs::equivalent(p.root / "src/logo.svg", p.root / "out/server/logo.svg"));
    options.copyUnchanged = true;
    REQUIRE(runBuild(options, testKey()).ok);
    CHECK_FALSE(fs::equivalent(p.root / "src/plain.ts", p.root / "out/client/plain.ts"));
    CHECK(readFile((p.root / "out/client/plain.ts").string()) == "export const x = 1;\n");
}
