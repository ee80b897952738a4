// Stage 1: source text → syntax tree. One parse per file; the tree is handed to the
// facts stage and dropped after it.
#pragma once

#include "diagnostics.h"
#include "source.h"
#include "syntax.h"

#include <vector>

namespace actionc {

class SyntaxTree {
public:
    SyntaxTree(TSTree* tree, const SourceFile& source) : tree_(tree), source_(&source) {}
    SyntaxTree(SyntaxTree&& other) noexcept : tree_(other.tree_), source_(other.source_) { other.tree_ = nullptr; }
    SyntaxTree& operator=(SyntaxTree&&) = delete;
    SyntaxTree(const SyntaxTree&) = delete;
    ~SyntaxTree() { if (tree_) ts_tree_delete(tree_); }

    Node root() const { return Node(ts_tree_root_node(tree_)); }
    const SourceFile& source() const { return *source_; }

private:
    TSTree* tree_;
    const SourceFile* source_;
};

// Thread-safe: each thread keeps its own parser.
SyntaxTree parse(const SourceFile& source);

// ERROR and MISSING nodes become `syntax-error` diagnostics, innermost first and at
// most one per line, so one typo does not bury the user in cascades.
void reportSyntaxErrors(const SyntaxTree& tree, std::vector<Diagnostic>& out);

// S-expression of the tree, for `actionc dump-ast` and debugging.
std::string dumpTree(const SyntaxTree& tree);

}  // namespace actionc
