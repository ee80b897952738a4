#include "test_support.h"

#include <doctest/doctest.h>

using namespace actionc;
using actionc::test::compileSnippet;

namespace {

std::string describe(const ModuleImport& edge) {
    std::string out = edge.specifier + ":";
    for (const std::string& n : edge.names) out += n + ";";
    return out;
}

}  // namespace

TEST_CASE("every edge kind is collected with the names it uses") {
    const auto c = compileSnippet(R"(
import def, { a, b as c, type T } from './one';
import * as ns from './two';
import type { U } from './three';
import { type V } from './four';
import './side-effect';
export { x } from './five';
export * from './six';
export type { W } from './seven';
const lazy = () => import('./eight');
const old = require('./nine');
const computed = import(name);
import legacy = require('./ten');
)",
                                  "app/page.ts");
    std::vector<std::string> edges;
    for (const ModuleImport& edge : c.facts.imports) edges.push_back(describe(edge));
    const std::vector<std::string> expected = {"./one:default;a;b;", "./two:*;", "./side-effect:", "./five:x;",
                                               "./six:*;", "./ten:*;", "./eight:*;", "./nine:*;"};
    CHECK(edges == expected);
    CHECK(c.facts.imports[3].kind == ImportKind::ReExport);
    CHECK(c.facts.imports[6].kind == ImportKind::Dynamic);
    CHECK(c.facts.imports[7].kind == ImportKind::Require);
}

TEST_CASE("the shortcut past the call walk misses no spelling of import() or require()") {
    const auto c = compileSnippet(R"(
// "required" and "important" are words, not calls.
const message = 'title is required';
const a = import /* lazily */ ('./a');
const b = require
  ('./b');
const c = import(
  './c');
)",
                                  "app/page.ts");
    std::vector<std::string> edges;
    for (const ModuleImport& edge : c.facts.imports) edges.push_back(describe(edge));
    CHECK(edges == std::vector<std::string>{"./a:*;", "./b:*;", "./c:*;"});
    // A module with no call at all yields no dynamic edge (and skips the walk).
    CHECK(compileSnippet("const required = 'important';\nexport const x = required;\n", "app/p.ts").facts.imports.empty());
}
