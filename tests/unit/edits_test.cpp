#include "emit/edits.h"

#include <doctest/doctest.h>

using namespace actionc;

TEST_CASE("edits apply in offset order whatever order they were added in") {
    EditList edits("a.ts");
    edits.insert(10, "!");
    edits.replace(0, 5, "HELLO");
    edits.insert(5, "+");
    edits.insert(5, "-");
    CHECK(edits.apply("hello world") == "HELLO+- worl!d");
}

TEST_CASE("overlapping replacements are an internal error") {
    EditList edits("a.ts");
    edits.replace(2, 4, "x");
    CHECK_THROWS_AS(edits.replace(4, 4, "y"), EditConflict);
    CHECK_THROWS_AS(edits.replace(0, 3, "y"), EditConflict);
    CHECK_NOTHROW(edits.replace(6, 1, "z"));  // adjacent is fine
}

TEST_CASE("an insertion at the start of a replacement comes before the new text") {
    EditList edits("a.ts");
    edits.replace(0, 3, "const x = ");
    edits.insert(0, "/*a*/");
    CHECK(edits.apply("abcdef") == "/*a*/const x = def");
}

TEST_CASE("offsets map through the edits for source maps") {
    EditList edits("a.ts");
    edits.insert(0, "12345");
    edits.replace(10, 2, "");
    CHECK(edits.mapOffset(0) == 5);  // the original first byte now follows the insertion
    CHECK(edits.mapOffset(3) == 8);
    CHECK(edits.mapOffset(12) == 15);
    CHECK(edits.replacements().size() == 2);
}
