// The prefilter (issue 7): most modules of an app neither contain 'use server' nor
// import a 'use server' module, and all the compiler needs from them is their import
// edges. A lexical scan finds those edges at memory speed; only modules that can hold or
// use actions get a full tree-sitter parse.
#pragma once

#include "facts/facts.h"

#include <string_view>

namespace actionc {

struct Prescan {
    // The module mentions 'use server' (or a near miss of it in a string literal): it
    // must be parsed in full.
    bool needsParse = false;
    // Otherwise: its import edges and re-exports, exactly as the facts stage would
    // report them. Nothing else (no diagnostics: syntax errors in a module that has no
    // actions and uses none are the bundler's to report).
    ModuleFacts facts;
};

Prescan prescanModule(std::string_view text);

// What the lexical scan reads of any module, for a parsed module whose tree has syntax
// errors: its edges and re-exports (an import inside an ERROR node must still count), and
// where each top-level `export` keyword is (to tell whether the tree lost one).
struct LexicalScan {
    ModuleFacts facts;  // imports and re-exports only
    std::vector<std::uint32_t> topLevelExports;
};
LexicalScan scanModule(std::string_view text);

}  // namespace actionc
