// Stage 1: source text → syntax tree. One parse per file; the tree is handed to the
// facts stage and dropped after it.
#pragma once

#include "syntax/diagnostics.h"
#include "syntax/source.h"
#include "syntax/syntax.h"

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
    // A copy of the tree (cheap: tree-sitter trees are reference counted), for an
    // incremental reparse later.
    TSTree* copyTree() const { return ts_tree_copy(tree_); }
    const SourceFile& source() const { return *source_; }

private:
    TSTree* tree_;
    const SourceFile* source_;
};

// Thread-safe: each thread keeps its own parser.
SyntaxTree parse(const SourceFile& source);

// Reparses `source` reusing `previous`, the tree of `previousText`: tree-sitter re-lexes
// only around the changed region (one edit spanning the first to the last differing
// byte), which makes a dev server's reparse after a keystroke a fraction of a full parse.
SyntaxTree parseIncrementally(const SourceFile& source, const TSTree* previous, std::string_view previousText);

// ERROR and MISSING nodes become `syntax-error` diagnostics, innermost first and at
// most one per line, so one typo does not bury the user in cascades.
void reportSyntaxErrors(const SyntaxTree& tree, std::vector<Diagnostic>& out);

// S-expression of the tree, for `actionc dump-ast` and debugging.
std::string dumpTree(const SyntaxTree& tree);

}  // namespace actionc
