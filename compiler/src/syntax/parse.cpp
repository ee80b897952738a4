#include "syntax/parse.h"

#include <cstdlib>
#include <memory>
#include <stdexcept>

extern "C" const TSLanguage* tree_sitter_typescript();
extern "C" const TSLanguage* tree_sitter_tsx();

namespace actionc {

namespace {

struct ParserDeleter {
    void operator()(TSParser* parser) const { ts_parser_delete(parser); }
};

TSParser* parserFor(Dialect dialect) {
    thread_local std::unique_ptr<TSParser, ParserDeleter> typescript;
    thread_local std::unique_ptr<TSParser, ParserDeleter> tsx;
    auto& slot = dialect == Dialect::TypeScript ? typescript : tsx;
    if (!slot) {
        slot.reset(ts_parser_new());
        const TSLanguage* language = dialect == Dialect::TypeScript ? tree_sitter_typescript() : tree_sitter_tsx();
        if (!ts_parser_set_language(slot.get(), language)) {
            throw std::runtime_error("tree-sitter runtime rejected the TypeScript grammar's ABI version");
        }
    }
    return slot.get();
}

std::string describeSyntaxError(const Node& node, std::string_view source) {
    if (node.isMissing()) return "expected '" + std::string(node.kind()) + "'";
    const std::string_view text = node.text(source);
    if (text.empty()) return "unexpected end of input";
    std::string_view first = text.substr(0, std::min<std::size_t>(text.find('\n'), 24));
    return "unexpected '" + std::string(first) + "'";
}

void collectSyntaxErrors(const Node& node, const SourceFile& source, std::vector<Diagnostic>& out,
                         std::uint32_t& lastLine) {
    if (!node.hasError()) return;
    // Report the innermost problem: descend first, so a small ERROR inside a large one wins.
    const std::size_t before = out.size();
    for (Node child : children(node)) collectSyntaxErrors(child, source, out, lastLine);
    if (out.size() != before || !(node.isError() || node.isMissing())) return;
    const Position at = source.position(node.start());
    if (at.line == lastLine) return;
    lastLine = at.line;
    out.push_back(makeDiagnostic(source, Severity::Error, "syntax-error",
                                 describeSyntaxError(node, source.text), node.start(),
                                 std::max<std::uint32_t>(1, node.length())));
}

void dumpNode(const Node& node, std::string& out, int depth) {
    out.append(static_cast<std::size_t>(depth) * 2, ' ');
    out += '(';
    out += node.kind();
    for (Node child : namedChildren(node)) {
        out += '\n';
        dumpNode(child, out, depth + 1);
    }
    out += ')';
}

}  // namespace

SyntaxTree parse(const SourceFile& source) {
    TSParser* parser = parserFor(source.dialect);
    TSTree* tree = ts_parser_parse_string(parser, nullptr, source.text.data(),
                                          static_cast<std::uint32_t>(source.text.size()));
    if (!tree) throw std::runtime_error("tree-sitter failed to parse " + source.displayPath);
    return SyntaxTree(tree, source);
}

namespace {

TSPoint pointAt(std::string_view text, std::size_t offset) {
    TSPoint point{0, 0};
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++point.row;
            point.column = 0;
        } else {
            ++point.column;
        }
    }
    return point;
}

}  // namespace

SyntaxTree parseIncrementally(const SourceFile& source, const TSTree* previous, std::string_view previousText) {
    const std::string_view text = source.text;
    std::size_t prefix = 0;
    const std::size_t shorter = std::min(text.size(), previousText.size());
    while (prefix < shorter && text[prefix] == previousText[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < shorter - prefix && text[text.size() - 1 - suffix] == previousText[previousText.size() - 1 - suffix]) {
        ++suffix;
    }
    TSInputEdit edit;
    edit.start_byte = static_cast<std::uint32_t>(prefix);
    edit.old_end_byte = static_cast<std::uint32_t>(previousText.size() - suffix);
    edit.new_end_byte = static_cast<std::uint32_t>(text.size() - suffix);
    edit.start_point = pointAt(text, prefix);
    edit.old_end_point = pointAt(previousText, edit.old_end_byte);
    edit.new_end_point = pointAt(text, edit.new_end_byte);
    TSTree* old = ts_tree_copy(previous);
    ts_tree_edit(old, &edit);
    TSParser* parser = parserFor(source.dialect);
    TSTree* tree = ts_parser_parse_string(parser, old, text.data(), static_cast<std::uint32_t>(text.size()));
    ts_tree_delete(old);
    if (!tree) throw std::runtime_error("tree-sitter failed to parse " + source.displayPath);
    return SyntaxTree(tree, source);
}

void reportSyntaxErrors(const SyntaxTree& tree, std::vector<Diagnostic>& out) {
    std::uint32_t lastLine = 0;
    collectSyntaxErrors(tree.root(), tree.source(), out, lastLine);
}

std::string dumpTree(const SyntaxTree& tree) {
    std::string out;
    dumpNode(tree.root(), out, 0);
    out += '\n';
    return out;
}

}  // namespace actionc
