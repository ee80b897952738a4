#include "driver/build_state.h"
#include "support/file_io.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace actionc;
namespace fs = std::filesystem;

TEST_CASE("the build state round-trips, and a damaged one is no state at all") {
    const fs::path dir = fs::temp_directory_path() / "actionc-build-state-file";
    fs::remove_all(dir);
    fs::create_directories(dir);
    BuildState state;
    state.fingerprint = std::string("\0\x01fp", 4);
    state.root = "/src/";
    state.outDir = "/out/";
    state.inputDirectories = {{"/src/", {1, 2, 3}}};
    state.inputFiles = {{"/src/a.ts", {4, 5, -6}}, {"/src/b.css", {7, 8, 9}}};
    state.writtenFiles = {{"/out/client/a.ts", {10, 11, 12}}};
    state.summary.files = 2;
    state.summary.actions = 1;
    state.summary.stripped = {"a.ts#gone"};
    const std::string path = (dir / ".actionc-state").string();
    saveBuildState(path, state);
    const std::optional<BuildState> loaded = loadBuildState(path);
    REQUIRE(loaded.has_value());
    CHECK(loaded->fingerprint == state.fingerprint);
    CHECK(loaded->inputFiles.size() == 2);
    CHECK(loaded->inputFiles[0].path == "/src/a.ts");
    CHECK(loaded->inputFiles[0].stamp == FileStamp{4, 5, -6});
    CHECK(loaded->writtenFiles[0].stamp == FileStamp{10, 11, 12});
    CHECK(loaded->summary.stripped == std::vector<std::string>{"a.ts#gone"});
    // Every truncation of the file is rejected, none crashes.
    const std::string bytes = readFile(path);
    for (std::size_t size = 0; size < bytes.size(); ++size) {
        std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes.substr(0, size);
        CHECK_FALSE(loadBuildState(path).has_value());
    }
    fs::remove_all(dir);
}

TEST_CASE("stamps taken around the build's start are never trusted") {
    const std::int64_t start = 1'000'000'000'000;
    const FileStamp old{1, 10, start - 5'000'000'000};
    CHECK(trustedStamp(old, start) == old);
    const FileStamp recent{1, 10, start - 1'000'000};  // a millisecond before the start
    CHECK_FALSE(trustedStamp(recent, start) == recent);  // recorded so that no stat can match it
    const FileStamp during{1, 10, start + 2'000'000};      // written while the build ran
    CHECK_FALSE(trustedStamp(during, start) == during);
}
