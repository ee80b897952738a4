#include "support/spelling.h"

#include <doctest/doctest.h>

using namespace actionc;

TEST_CASE("edit distance") {
    CHECK(editDistance("build", "build") == 0);
    CHECK(editDistance("bulid", "build") == 2);
    CHECK(editDistance("buil", "build") == 1);
    CHECK(editDistance("", "abc") == 3);
}

TEST_CASE("closest spelling: near misses only") {
    const std::vector<std::string> commands = {"build", "transform", "serve", "diff", "keygen", "inspect"};
    CHECK(closestSpelling("biuld", commands) == "build");
    CHECK(closestSpelling("serv", commands) == "serve");
    CHECK(closestSpelling("tranform", commands) == "transform");
    CHECK(closestSpelling("keygne", commands) == "keygen");
    CHECK_FALSE(closestSpelling("deploy", commands).has_value());
    CHECK_FALSE(closestSpelling("x", commands).has_value());
    CHECK(closestSpelling("--verbos", {"--verbose", "--version"}) == "--verbose");
}
