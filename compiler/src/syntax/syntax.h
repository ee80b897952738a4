// A thin, zero-cost view over tree-sitter nodes. Stages after parsing use these helpers
// instead of the C API so node kinds and fields read as words.
#pragma once

#include <tree_sitter/api.h>

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace actionc {

// The id of field `name` in `language`, memoised: tree-sitter looks a name up by
// comparing it with every field name of the grammar, and the stages ask for fields
// thousands of times per module. Names are nearly always literals, so the memo is a
// short list searched by address (the bytes are compared too, for the rare name that
// is not).
inline TSFieldId fieldId(const TSLanguage* language, std::string_view name) {
    struct Entry {
        const TSLanguage* language;
        const char* data;
        std::size_t size;
        TSFieldId id;
    };
    thread_local std::vector<Entry> memo;
    for (const Entry& e : memo) {
        if (e.data == name.data() && e.language == language && e.size == name.size() &&
            std::memcmp(e.data, name.data(), name.size()) == 0) {
            return e.id;
        }
    }
    const TSFieldId id = ts_language_field_id_for_name(language, name.data(), static_cast<std::uint32_t>(name.size()));
    if (memo.size() >= 256) memo.clear();  // names that are not literals: do not grow without bound
    memo.push_back({language, name.data(), name.size(), id});
    return id;
}

class Node {
public:
    Node() : node_{} {}
    explicit Node(TSNode node) : node_(node) {}

    bool isNull() const { return ts_node_is_null(node_); }
    explicit operator bool() const { return !isNull(); }

    std::string_view kind() const { return ts_node_type(node_); }
    bool is(std::string_view kind) const { return !isNull() && this->kind() == kind; }
    bool isNamed() const { return ts_node_is_named(node_); }
    bool isError() const { return ts_node_symbol(node_) == static_cast<TSSymbol>(-1); }  // ts_builtin_sym_error
    bool isMissing() const { return ts_node_is_missing(node_); }
    bool hasError() const { return ts_node_has_error(node_); }

    std::uint32_t start() const { return ts_node_start_byte(node_); }
    std::uint32_t end() const { return ts_node_end_byte(node_); }
    std::uint32_t length() const { return end() - start(); }
    std::string_view text(std::string_view source) const { return source.substr(start(), length()); }

    Node field(std::string_view name) const {
        return Node(ts_node_child_by_field_id(node_, fieldId(ts_tree_language(node_.tree), name)));
    }
    Node parent() const { return Node(ts_node_parent(node_)); }
    std::uint32_t childCount() const { return ts_node_child_count(node_); }
    Node child(std::uint32_t i) const { return Node(ts_node_child(node_, i)); }
    std::uint32_t namedChildCount() const { return ts_node_named_child_count(node_); }
    Node namedChild(std::uint32_t i) const { return Node(ts_node_named_child(node_, i)); }
    Node nextSibling() const { return Node(ts_node_next_sibling(node_)); }
    Node nextNamedSibling() const { return Node(ts_node_next_named_sibling(node_)); }

    // True when an unnamed child token `token` (e.g. "async", "*", "default") is present.
    // Indexed: the nodes asked are small, and a tree cursor costs an allocation.
    bool hasToken(std::string_view token) const {
        for (std::uint32_t i = 0, n = childCount(); i < n; ++i) {
            const Node c = child(i);
            if (!c.isNamed() && c.kind() == token) return true;
        }
        return false;
    }
    // First named child of the given kind, or a null node.
    Node firstNamedChildOfKind(std::string_view kind) const {
        for (std::uint32_t i = 0, n = namedChildCount(); i < n; ++i) {
            if (namedChild(i).kind() == kind) return namedChild(i);
        }
        return Node();
    }

    TSNode raw() const { return node_; }
    bool operator==(const Node& other) const { return ts_node_eq(node_, other.node_); }

private:
    TSNode node_;
};

// Functions of every kind, methods included: each has parameters and a body of its own.
inline bool isFunctionLike(Node n) {
    const std::string_view k = n.kind();
    return k == "function_declaration" || k == "generator_function_declaration" || k == "function_expression" ||
           k == "generator_function" || k == "arrow_function" || k == "method_definition" || k == "function";
}

// Iterates a node's children: `for (Node c : children(n))`, `for (Node c : namedChildren(n))`.
// Walks with a tree cursor: indexed access (ts_node_child(i)) scans from the first child
// every time, which makes a loop over a long statement list quadratic.
template <bool NamedOnly>
class ChildRange {
public:
    explicit ChildRange(Node parent) : parent_(parent) {}
    class iterator {
    public:
        iterator() = default;
        explicit iterator(Node parent) : cursor_(ts_tree_cursor_new(parent.raw())), live_(true) {
            live_ = ts_tree_cursor_goto_first_child(&cursor_);
            skipUnnamed();
        }
        iterator(const iterator&) = delete;
        iterator& operator=(const iterator&) = delete;
        ~iterator() {
            if (cursor_.tree) ts_tree_cursor_delete(&cursor_);
        }
        Node operator*() const { return Node(ts_tree_cursor_current_node(&cursor_)); }
        iterator& operator++() {
            live_ = ts_tree_cursor_goto_next_sibling(&cursor_);
            skipUnnamed();
            return *this;
        }
        bool operator!=(const iterator&) const { return live_; }

    private:
        void skipUnnamed() {
            if constexpr (NamedOnly) {
                while (live_ && !ts_node_is_named(ts_tree_cursor_current_node(&cursor_))) {
                    live_ = ts_tree_cursor_goto_next_sibling(&cursor_);
                }
            }
        }
        TSTreeCursor cursor_{};
        bool live_ = false;
    };
    iterator begin() const { return iterator(parent_); }
    iterator end() const { return iterator(); }

private:
    Node parent_;
};

inline ChildRange<false> children(Node n) { return ChildRange<false>(n); }
inline ChildRange<true> namedChildren(Node n) { return ChildRange<true>(n); }

// Pre-order walk of every node under `root` (itself included) with one tree cursor:
// no recursion (deep ASTs of minified bundles must not overflow the stack) and no
// indexed child access (linear in the tree, not quadratic in wide nodes).
template <typename Visit>
void forEachNode(Node root, Visit&& visit) {
    TSTreeCursor cursor = ts_tree_cursor_new(root.raw());
    for (;;) {
        visit(Node(ts_tree_cursor_current_node(&cursor)));
        if (ts_tree_cursor_goto_first_child(&cursor)) continue;
        while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
            if (!ts_tree_cursor_goto_parent(&cursor)) {
                ts_tree_cursor_delete(&cursor);
                return;
            }
        }
    }
}

// Pre-order walk with a callback on the way out too, on one tree cursor (no recursion):
// `enter(node, field)` is called with the field the node fills in its parent (0 for
// none) and returns whether to descend into it; `leave(node)` follows its subtree.
template <typename Enter, typename Leave>
void walkTree(Node root, Enter&& enter, Leave&& leave) {
    TSTreeCursor cursor = ts_tree_cursor_new(root.raw());
    for (;;) {
        const Node node(ts_tree_cursor_current_node(&cursor));
        if (enter(node, ts_tree_cursor_current_field_id(&cursor)) && ts_tree_cursor_goto_first_child(&cursor)) continue;
        leave(node);
        while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
            if (!ts_tree_cursor_goto_parent(&cursor)) {
                ts_tree_cursor_delete(&cursor);
                return;
            }
            leave(Node(ts_tree_cursor_current_node(&cursor)));
        }
    }
}

}  // namespace actionc
