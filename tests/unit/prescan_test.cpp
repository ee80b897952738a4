// The prescan must report exactly the edges the full parse reports, for every module
// it does not send to the parser: liveness depends on it.
#include "facts/prescan.h"
#include "edges_text.h"
#include "test_support.h"

#include "support/file_io.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

using namespace actionc;
using actionc::test::describeEdges;
namespace fs = std::filesystem;

namespace {

void checkSameAsParse(const std::string& text, const std::string& path) {
    const Prescan prescan = prescanModule(text);
    if (prescan.needsParse) return;
    const auto parsed = test::compileSnippet(text, path);
    CAPTURE(path);
    CHECK(describeEdges(prescan.facts) == describeEdges(parsed.facts));
}

}  // namespace

TEST_CASE("prescan edges equal parsed edges on tricky modules") {
    const char* cases[] = {
        "import a, { b as c, type T, \"s-s\" as d } from './one';\nimport * as ns from \"./two\";\n",
        "import type { X } from './types';\nimport { type Y } from './types2';\nimport type Z from './z';\n",
        "import './side-effect';\nexport * from './all';\nexport * as named from './ns';\n",
        "export { a, b as c, type T } from './re';\nexport type { U } from './u';\nexport { local };\n",
        "const x = await import('./lazy');\nconst y = require(\"./old\");\nconst z = import(name);\n",
        "// import fake from './comment'\n/* require('./block') */\nconst s = \"import x from './in-string'\";\n",
        "const t = `import x from './in-template' ${ require('./in-expr') } done`;\nobj.require('./member');\n",
        "const re = /import x from '.\\/regex'/g;\nconst d = a / b / c;\nimport k from './after-division';\n",
        "export default function A() { return <p>Don't {x}</p>; }\nconst lazy = import('./after-jsx');\n",
        "import.meta.url;\nimport x = require('./ts-require');\nlabel: { }\n",
        "const o = { import: 1, require: 2 };\nconst { a } = await import(`./template`);\n",
        "export const x = 1;\nexport { default } from './default-re';\nexport { default as Other } from './o';\n",
    };
    for (const char* text : cases) checkSameAsParse(text, "app/page.tsx");
}

// Found by the compiler fuzzer: a byte order mark between `from` and the specifier was
// read as part of an identifier, so the re-export of './plain' was missed (and its action
// could have been stripped as unused). JavaScript's white space includes U+00A0, U+FEFF
// and the Zs separators; U+2028 and U+2029 end a line comment.
TEST_CASE("prescan reads Unicode white space and line terminators as the parser does") {
    const char* cases[] = {
        "export { helper } from \xEF\xBB\xBF" "'./plain';\nexport * from './star';\n",
        "import \xEF\xBB\xBF" "{ a } from\xE2\x80\x83" "'./em-space';\n",
        "// a comment\xE2\x80\xA8" "import c from './after-line-separator';\n",
        "// a comment\xE2\x80\xA9" "export * from './after-paragraph-separator';\n",
        "// a comment\rimport d from './after-carriage-return';\n",
        "const caf\xC3\xA9 = 1;\nimport e from './after-non-ascii-identifier';\n",
        "import {\xE2\x80\x8B" "f, g\xE2\x81\xA0" "} from\xC2\xA0" "'./zero-width';\n",
        "import { mistyped\x7F" "Code } from './del-in-a-name';\n",
    };
    for (const char* text : cases) {
        checkSameAsParse(text, "app/page.ts");
        const Prescan prescan = prescanModule(text);
        CHECK(prescan.facts.imports.size() + prescan.facts.reExports.size() > 0);
    }
}

TEST_CASE("prescan sends 'use server' and directive typos to the parser") {
    CHECK(prescanModule("'use server';\nexport async function a() {}").needsParse);
    CHECK(prescanModule("function f() { 'use sever'; }").needsParse);
    CHECK(prescanModule("const s = 'useServer';").needsParse);
    CHECK_FALSE(prescanModule("const s = 'use strict'; const u = 'user';").needsParse);
}

TEST_CASE("prescan edges equal parsed edges on every golden input") {
    std::size_t checked = 0;
    for (const auto& entry : fs::recursive_directory_iterator(ACTIONC_TESTDATA_DIR)) {
        const std::string path = entry.path().generic_string();
        if (!entry.is_regular_file() || path.find("/input/") == std::string::npos || !dialectForPath(path)) continue;
        checkSameAsParse(readFile(path), path);
        ++checked;
    }
    MESSAGE(checked << " modules compared");
    CHECK(checked > 100);
}

// ACTIONC_PRESCAN_CORPUS=DIR compares every module under DIR as well (e.g. a project made
// by tools/bench/generate.mjs, or a real app).
TEST_CASE("prescan edges equal parsed edges on an optional corpus") {
    const char* corpus = std::getenv("ACTIONC_PRESCAN_CORPUS");
    if (!corpus) return;
    std::size_t checked = 0;
    for (const auto& entry : fs::recursive_directory_iterator(corpus)) {
        const std::string path = entry.path().generic_string();
        if (!entry.is_regular_file() || path.find("/node_modules/") != std::string::npos || !dialectForPath(path)) continue;
        checkSameAsParse(readFile(path), path);
        ++checked;
    }
    MESSAGE(checked << " corpus modules compared");
}
