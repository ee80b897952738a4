// Directive prologues: the leading string-literal statements of a program or function
// body ('use strict', 'use server', …), and the mistakes people make with them.
#pragma once

#include "facts/facts.h"
#include "syntax/diagnostics.h"
#include "syntax/syntax.h"

#include <string>
#include <string_view>
#include <vector>

namespace actionc {

struct Directive {
    std::string value;  // the literal's raw contents, quotes removed, escapes kept
    Node statement;     // the expression_statement (comments inside it included)
    Node literal;       // its string literal
};

enum class PrologueScope { Module, Function };

struct Prologue {
    std::vector<Directive> directives;
    // The first statement after the prologue, or null when the body is all prologue.
    Node firstStatement;
    // Where code that must run before the body's own statements goes: after the last
    // directive (and its semicolon, when it has one), else at the top of the block.
    InsertionPoint top;

    const Directive* find(std::string_view value) const;
    bool has(std::string_view value) const { return find(value) != nullptr; }
};

// The prologue of `body` (a `program` or `statement_block`), without diagnostics. A
// directive is a statement that is only a string literal, with or without `;`, comments
// around it allowed.
Prologue readDirectives(Node body, const SourceFile& source);

// The string literal a statement consists of (comments aside), or a null node: the
// shape of a directive.
Node directiveLiteral(Node statement);

// readDirectives, and reports:
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
