// Directive prologues: the leading string-literal statements of a program or function
// body ('use strict', 'use server', …), and the mistakes people make with them.
#pragma once

#include "syntax/diagnostics.h"
#include "syntax/syntax.h"

#include <string>
#include <string_view>
#include <vector>

namespace actionc {

struct Directive {
    std::string value;  // the literal's raw contents, quotes removed, escapes kept
    Node statement;     // the expression_statement
};

enum class PrologueScope { Module, Function };

struct Prologue {
    std::vector<Directive> directives;
    // The first statement after the prologue, or null when the body is all prologue.
    Node firstStatement;

    const Directive* find(std::string_view value) const;
    bool has(std::string_view value) const { return find(value) != nullptr; }
};

// Reads the prologue of `body` (a `program` or `statement_block`) and reports:
//  - near-miss spellings of 'use server'/'use client' ("Did you mean …") [directive-typo]
//  - template literals or parenthesised strings that look like a directive
//    [directive-not-literal]
//  - directive-like strings after the prologue, at the top level of `body`
//    [misplaced-directive]
Prologue readPrologue(Node body, const SourceFile& source, PrologueScope scope, std::vector<Diagnostic>& out);

// The directive a near-miss spelling was probably meant to be ("use server" or "use
// client"), or empty when `value` is no near miss.
std::string_view directiveSuggestion(std::string_view value);

}  // namespace actionc
