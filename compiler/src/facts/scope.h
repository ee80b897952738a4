// Scope analysis over a module's syntax tree: which declaration each identifier refers
// to. Inline actions use it to find their captures (free variables bound in an
// enclosing function) exactly, not by name matching, so shadowing, hoisting and nested
// functions come out right by construction.
//
// Both passes walk the tree with explicit work stacks, never recursion, and resolve each
// name in constant time (a stack of live bindings per name), so cost is linear in the
// tree whatever its nesting.
#pragma once

#include "syntax/syntax.h"

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace actionc {

// Function: a function's parameters (and a function expression's own name); its body
// block is a FunctionBody scope inside it, where `var`s and body declarations live, so a
// default value never sees a name the body declares.
enum class ScopeKind { Module, Function, FunctionBody, Block, Catch, Class };

enum class DeclarationKind { Var, Let, Const, Parameter, Function, Class, Import, CatchParameter, FunctionName, Other };

struct Declaration {
    std::string_view name;  // with \u escapes decoded
    DeclarationKind kind = DeclarationKind::Other;
    Node node;       // the declared identifier
    Node declarator; // the function/class node for Function/Class/FunctionName declarations
    std::uint32_t scope = 0;
};

struct Scope {
    ScopeKind kind = ScopeKind::Block;
    std::int32_t parent = -1;
    std::int32_t varScope = 0;  // where a `var` written in this scope is declared
    Node node;
    std::unordered_map<std::string_view, std::uint32_t> names;  // name → index into declarations
};

struct Reference {
    Node identifier;
    std::int32_t declaration = -1;  // -1: global (not declared in the module)
    bool isWrite = false;           // assigned, updated, or a target of destructuring assignment
};

class ScopeAnalysis {
public:
    ScopeAnalysis(Node program, std::string_view source);

    const std::vector<Scope>& scopes() const { return scopes_; }
    const std::vector<Declaration>& declarations() const { return declarations_; }

    // References whose identifier lies within [start, end), in source order.
    std::pair<const Reference*, const Reference*> referencesIn(std::uint32_t start, std::uint32_t end) const;

    // The scope a scope-creating node (function, block, class, catch clause) opened.
    std::int32_t scopeOfNode(Node node) const;
    // Whether `scope` is `ancestor` or nested in it (constant time: scopes nest as their
    // nodes' text ranges do).
    bool isWithin(std::int32_t scope, std::int32_t ancestor) const;

private:
    friend class ScopeBuilder;
    std::vector<Scope> scopes_;
    std::vector<Declaration> declarations_;
    std::vector<Reference> references_;  // sorted by position
    std::unordered_map<const void*, std::int32_t> scopeByNode_;
    std::deque<std::string> decodedNames_;  // storage for names written with escapes
};

// An identifier's name with `\uXXXX` and `\u{…}` escapes decoded (`\u0061` is `a`); a
// view of the source text when it has none, else of `storage`.
std::string_view identifierName(Node identifier, std::string_view source, std::deque<std::string>& storage);

}  // namespace actionc
