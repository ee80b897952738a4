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
    SyntaxTree(TSTree* tree, const SourceFile& source, bool abandoned = false)
        : tree_(tree), source_(&source), abandoned_(abandoned) {}
    SyntaxTree(SyntaxTree&& other) noexcept : tree_(other.tree_), source_(other.source_), abandoned_(other.abandoned_) {
        other.tree_ = nullptr;
    }
    SyntaxTree& operator=(SyntaxTree&&) = delete;
    SyntaxTree(const SyntaxTree&) = delete;
    ~SyntaxTree() { if (tree_) ts_tree_delete(tree_); }

    Node root() const { return Node(ts_tree_root_node(tree_)); }
    // A copy of the tree (cheap: tree-sitter trees are reference counted), for an
    // incremental reparse later.
    TSTree* copyTree() const { return ts_tree_copy(tree_); }
    const SourceFile& source() const { return *source_; }
    // The parser gave up on the text (kParseBudget): the tree is empty, and
    // findSyntaxErrors reports the whole module.
    bool abandoned() const { return abandoned_; }

private:
    TSTree* tree_;
    const SourceFile* source_;
    bool abandoned_;
};

// tree-sitter's error recovery loops for ever on some malformed input (the pinned TSX
// grammar on `(f`, fourteen line breaks and `}`; upstream tree-sitter#3393,
// tree-sitter-typescript#323). A parse that runs longer than this (a fixed part, and a
// part per byte far beyond what any real module needs) is abandoned.
struct ParseBudget {
    std::uint64_t baseMicros = 3'000'000;
    std::uint64_t microsPerKilobyte = 3'000;
};
inline constexpr ParseBudget kParseBudget{};

// Thread-safe: each thread keeps its own parser.
SyntaxTree parse(const SourceFile& source);

// Reparses `source` reusing `previous`, the tree of `previousText`: tree-sitter re-lexes
// only around the changed region (one edit spanning the first to the last differing
// byte), which makes a dev server's reparse after a keystroke a fraction of a full parse.
SyntaxTree parseIncrementally(const SourceFile& source, const TSTree* previous, std::string_view previousText);

// Where the parser failed: an ERROR or MISSING node.
struct SyntaxErrorSite {
    std::uint32_t start = 0;
    std::uint32_t length = 1;
    std::string message;          // "unexpected '…'", "expected ';'"
    bool insideFunctionBody = false;  // within a function's body (not its name or parameters)
};

// ERROR and MISSING nodes, innermost first and at most one per line, so one typo does
// not bury the user in cascades; in source order. Whether each is the user's error or a
// construct our grammar does not know (passed through) is for the facts stage to say.
std::vector<SyntaxErrorSite> findSyntaxErrors(const SyntaxTree& tree);

// Every site as a `syntax-error` diagnostic.
void reportSyntaxErrors(const SyntaxTree& tree, std::vector<Diagnostic>& out);

// S-expression of the tree, for `actionc dump-ast` and debugging.
std::string dumpTree(const SyntaxTree& tree);

}  // namespace actionc
