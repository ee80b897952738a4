// Pieces of the facts stage, each in its own file, for the stage's own files (facts.cpp
// calls the collectors; the helpers below serve several of them).
#pragma once

#include "facts/directives.h"
#include "facts/facts.h"

namespace actionc::facts {

// Validates every export of a 'use server' module and records its actions.
void collectServerExports(Node program, const SourceFile& source, ModuleFacts& facts);

// Function-level 'use server': finds, validates and describes inline actions, and
// reports directive mistakes in every function body. Returns the text each found
// function depends on (its outermost enclosing function), where a syntax error matters.
std::vector<TextRange> collectInlineActions(Node program, const Prologue& modulePrologue, const SourceFile& source,
                                            ModuleFacts& facts);

// Static imports, `export … from`, dynamic `import("…")` and `require("…")`.
void collectImports(Node program, const SourceFile& source, ModuleFacts& facts);

// `import type …`, `export type { … }`, `export type * from …`: erased by TypeScript.
// Read from the text as well as the tree, since the pinned grammar lacks `export type *`.
bool isTypeOnlyStatement(Node statement, std::string_view source);

// A string literal's value with its quotes removed (escapes kept as written).
std::string stringValue(Node string, std::string_view source);

// Formal parameter count of a function-like node; `this:` parameters do not count.
std::uint32_t parameterCount(Node function);

// Every name a binding pattern declares (`a`, `{ b, c: d }`, `[e = 1, ...f]`), in source
// order, with an explicit stack (patterns may nest arbitrarily deep).
template <typename Visit>
void forEachBoundName(Node pattern, Visit&& visit) {
    std::vector<Node> pending{pattern};
    while (!pending.empty()) {
        const Node n = pending.back();
        pending.pop_back();
        if (!n) continue;
        if (n.is("identifier") || n.is("shorthand_property_identifier_pattern")) {
            visit(n);
            continue;
        }
        std::vector<Node> parts;
        if (n.is("pair_pattern")) {
            parts.push_back(n.field("value"));
        } else if (n.is("assignment_pattern") || n.is("object_assignment_pattern")) {
            parts.push_back(n.field("left"));
        } else if (n.is("object_pattern") || n.is("array_pattern") || n.is("rest_pattern")) {
            for (Node c : namedChildren(n)) parts.push_back(c);
        }
        pending.insert(pending.end(), parts.rbegin(), parts.rend());
    }
}

}  // namespace actionc::facts
