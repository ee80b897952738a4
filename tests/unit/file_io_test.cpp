#include "support/file_io.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <stdexcept>

using namespace actionc;
namespace fs = std::filesystem;

TEST_CASE("readFile reads a file, and refuses what it cannot read instead of reading it as empty") {
    const fs::path dir = fs::temp_directory_path() / "actionc-read-file";
    fs::remove_all(dir);
    fs::create_directories(dir / "module.ts");  // a directory with a module's name
    writeFileAtomically((dir / "a.ts").string(), "export const a = 1;\n");
    CHECK(readFile((dir / "a.ts").string()) == "export const a = 1;\n");
    CHECK_THROWS_WITH_AS(readFile((dir / "module.ts").string()), doctest::Contains("cannot read"), std::runtime_error);
    CHECK_THROWS_WITH_AS(readFile((dir / "missing.ts").string()), doctest::Contains("cannot read"), std::runtime_error);
    fs::remove_all(dir);
}
