// The CLI's conventions that need no binary: when to colour, and "did you mean".
#include "terminal.h"
#include "usage.h"

#include <doctest/doctest.h>

using namespace actionc::cli;

TEST_CASE("colour: --color wins, then FORCE_COLOR, then NO_COLOR, then the terminal") {
    CHECK(decideColor(ColorMode::Always, nullptr, "1", nullptr, false));
    CHECK_FALSE(decideColor(ColorMode::Never, "1", nullptr, nullptr, true));
    CHECK(decideColor(ColorMode::Auto, nullptr, nullptr, "xterm", true));
    CHECK_FALSE(decideColor(ColorMode::Auto, nullptr, nullptr, "xterm", false));
    CHECK_FALSE(decideColor(ColorMode::Auto, nullptr, nullptr, "dumb", true));
    CHECK_FALSE(decideColor(ColorMode::Auto, nullptr, "1", "xterm", true));
    CHECK(decideColor(ColorMode::Auto, nullptr, "", "xterm", true));  // NO_COLOR empty: not set
    CHECK(decideColor(ColorMode::Auto, "1", nullptr, nullptr, false));
    CHECK(decideColor(ColorMode::Auto, "", nullptr, nullptr, false));
    CHECK(decideColor(ColorMode::Auto, "1", "1", nullptr, false));
    CHECK_FALSE(decideColor(ColorMode::Auto, "0", nullptr, "xterm", true));
    CHECK_FALSE(decideColor(ColorMode::Auto, "false", nullptr, "xterm", true));
    CHECK(parseColorMode("always") == ColorMode::Always);
    CHECK_FALSE(parseColorMode("yes").has_value());
    CHECK(Style(true).red("x") == "\x1b[1;31mx\x1b[0m");
    CHECK(Style(false).red("x") == "x");
}

namespace {

struct TestApp {
    CLI::App app{"test"};
    unsigned jobs = 0;
    bool verbose = false;
    std::string out;
    std::string root;
    TestApp() {
        app.add_option("-j,--jobs", jobs);
        app.add_flag("--verbose", verbose);
        CLI::App* build = app.add_subcommand("build", "Build");
        build->add_option("root", root);
        build->add_option("-o,--out", out);
        build->add_flag("--keep-unused");
        app.add_subcommand("diff", "Diff")->add_flag("--exit-code");
        app.add_subcommand("dump-ast", "hidden")->group("");
    }
};

}  // namespace

TEST_CASE("did you mean: commands") {
    TestApp t;
    auto m = findMistyped(t.app, {"bulid", "app"});
    REQUIRE(m);
    CHECK(m->message == "unknown command 'bulid'; did you mean 'build'?");
    m = findMistyped(t.app, {"--jobs", "2", "dif"});
    REQUIRE(m);
    CHECK(m->message == "unknown command 'dif'; did you mean 'diff'?");
    m = findMistyped(t.app, {"deploy"});
    REQUIRE(m);
    CHECK(m->message == "unknown command 'deploy'");
    m = findMistyped(t.app, {"dump-as"});  // hidden commands are never offered
    REQUIRE(m);
    CHECK(m->message == "unknown command 'dump-as'");
    CHECK_FALSE(findMistyped(t.app, {"dump-ast", "x"}));
}

TEST_CASE("did you mean: options of the command and global ones") {
    TestApp t;
    auto m = findMistyped(t.app, {"build", "app", "--keep-unsued"});
    REQUIRE(m);
    CHECK(m->message == "unknown option '--keep-unsued' for 'build'; did you mean '--keep-unused'?");
    CHECK(m->subcommand == "build");
    m = findMistyped(t.app, {"build", "app", "--verbos"});
    REQUIRE(m);
    CHECK(m->message == "unknown option '--verbos' for 'build'; did you mean '--verbose'?");
    m = findMistyped(t.app, {"--jbos=2", "build"});
    REQUIRE(m);
    CHECK(m->message == "unknown option '--jbos'; did you mean '--jobs'?");
    m = findMistyped(t.app, {"build", "app", "-x"});
    REQUIRE(m);
    CHECK(m->message == "unknown option '-x' for 'build'");
    // Values of options are not words to check; everything after `--` is an argument.
    CHECK_FALSE(findMistyped(t.app, {"build", "--out", "--weird-dir-name", "app"}));
    CHECK_FALSE(findMistyped(t.app, {"build", "-oout", "app", "--", "--whatever"}));
    CHECK_FALSE(findMistyped(t.app, {"-j4", "build", "app", "--out=x"}));
}
