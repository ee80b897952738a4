// Scope analysis over a module's syntax tree: which declaration each identifier refers
// to. Inline actions use it to find their captures (free variables bound in an
// enclosing function) exactly, not by name matching, so shadowing, hoisting and nested
// functions come out right by construction.
#pragma once

#include "syntax/syntax.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace actionc {

enum class ScopeKind { Module, Function, Block, Catch, Class };

enum class DeclarationKind { Var, Let, Const, Parameter, Function, Class, Import, CatchParameter, FunctionName, Other };

struct Declaration {
    std::string_view name;
    DeclarationKind kind = DeclarationKind::Other;
    Node node;       // the declared identifier
    Node declarator; // the function/class node for Function/Class/FunctionName declarations
    std::uint32_t scope = 0;
};

struct Scope {
    ScopeKind kind = ScopeKind::Block;
    std::int32_t parent = -1;
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
    bool isWithin(std::int32_t scope, std::int32_t ancestor) const;

private:
    friend class ScopeBuilder;
    std::vector<Scope> scopes_;
    std::vector<Declaration> declarations_;
    std::vector<Reference> references_;  // sorted by position
    std::unordered_map<const void*, std::int32_t> scopeByNode_;
};

bool isFunctionLike(Node node);

}  // namespace actionc
