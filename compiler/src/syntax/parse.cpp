#include "syntax/parse.h"

#include <algorithm>
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

// `<a href="/?a=1&b=2">`: JSX attribute strings take a bare '&' as text, but the pinned
// grammar expects a character reference after it. Its error stays inside the string
// node, so the tree around it is sound: valid code, and nothing to report.
template <typename Frames>
bool isBareAmpersandInJsxAttribute(Node error, const Frames& ancestors, std::string_view source) {
    if (!error.isError() || !error.text(source).starts_with('&') || ancestors.size() < 2) return false;
    return ancestors[ancestors.size() - 1].node.is("string") && ancestors[ancestors.size() - 2].node.is("jsx_attribute");
}

std::string describeSyntaxError(const Node& node, std::string_view source) {
    if (node.isMissing()) return "expected '" + std::string(node.kind()) + "'";
    const std::string_view text = node.text(source);
    if (text.empty()) return "unexpected end of input";
    std::string_view first = text.substr(0, std::min<std::size_t>(text.find('\n'), 24));
    return "unexpected '" + std::string(first) + "'";
}

// One line per named node, indented by depth; a walk, so nesting costs no stack.
void dumpNodes(Node root, std::string& out) {
    int depth = 0;
    walkTree(
        root,
        [&](Node node, TSFieldId) {
            if (!node.isNamed()) return false;
            if (depth > 0) out += '\n';
            out.append(static_cast<std::size_t>(depth) * 2, ' ');
            out += '(';
            out += node.kind();
            ++depth;
            return true;
        },
        [&](Node node) {
            if (!node.isNamed()) return;
            out += ')';
            --depth;
        });
}

// Parses `text` (reusing `previous`) within kParseBudget; an abandoned parse yields the
// empty tree, marked as such.
SyntaxTree parseWithinBudget(const SourceFile& source, const TSTree* previous) {
    TSParser* parser = parserFor(source.dialect);
    const std::uint32_t size = static_cast<std::uint32_t>(source.text.size());
    ts_parser_set_timeout_micros(parser, kParseBudget.baseMicros + kParseBudget.microsPerKilobyte * (size / 1024));
    if (TSTree* tree = ts_parser_parse_string(parser, previous, source.text.data(), size)) return SyntaxTree(tree, source);
    ts_parser_reset(parser);  // a parse that timed out would otherwise resume on the next call
    ts_parser_set_timeout_micros(parser, 0);
    TSTree* empty = ts_parser_parse_string(parser, nullptr, "", 0);
    if (!empty) throw std::runtime_error("tree-sitter failed to parse " + source.displayPath);
    return SyntaxTree(empty, source, /*abandoned=*/true);
}

}  // namespace

SyntaxTree parse(const SourceFile& source) { return parseWithinBudget(source, nullptr); }

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
    SyntaxTree tree = parseWithinBudget(source, old);
    ts_tree_delete(old);
    return tree;
}

std::vector<SyntaxErrorSite> findSyntaxErrors(const SyntaxTree& tree) {
    std::vector<SyntaxErrorSite> sites;
    const SourceFile& source = tree.source();
    if (tree.abandoned()) {
        sites.push_back({0, static_cast<std::uint32_t>(std::max<std::size_t>(1, source.text.size())),
                         "the parser gave up on this module (its error recovery did not finish; it loops on "
                         "some malformed code): check the syntax",
                         false});
        return sites;
    }
    if (!tree.root().hasError()) return sites;
    struct Frame {
        Node node;
        std::size_t sitesBefore;
        bool body;
    };
    std::vector<Frame> frames;
    std::vector<bool> functions;  // per frame on the way down: is it a function
    int bodies = 0;
    std::uint32_t lastLine = 0;
    const TSFieldId bodyField = fieldId(ts_tree_language(tree.root().raw().tree), "body");
    walkTree(
        tree.root(),
        [&](Node node, TSFieldId field) {
            if (!node.hasError()) return false;
            const bool body = field == bodyField && !functions.empty() && functions.back();
            frames.push_back({node, sites.size(), body});
            functions.push_back(isFunctionLike(node));
            if (body) ++bodies;
            return true;
        },
        [&](Node node) {
            if (!node.hasError()) return;
            const Frame frame = frames.back();
            frames.pop_back();
            functions.pop_back();
            if (frame.body) --bodies;
            // The innermost problem wins: a node is reported only when nothing inside it was.
            if (sites.size() != frame.sitesBefore || !(node.isError() || node.isMissing())) return;
            if (isBareAmpersandInJsxAttribute(node, frames, source.text)) return;
            const Position at = source.position(node.start());
            if (at.line == lastLine) return;
            lastLine = at.line;
            sites.push_back({node.start(), std::max<std::uint32_t>(1, node.length()),
                             describeSyntaxError(node, source.text), bodies > 0});
        });
    std::sort(sites.begin(), sites.end(), [](const SyntaxErrorSite& a, const SyntaxErrorSite& b) { return a.start < b.start; });
    return sites;
}

void reportSyntaxErrors(const SyntaxTree& tree, std::vector<Diagnostic>& out) {
    for (const SyntaxErrorSite& site : findSyntaxErrors(tree)) {
        out.push_back(makeDiagnostic(tree.source(), Severity::Error, "syntax-error", site.message, site.start, site.length));
    }
}

std::string dumpTree(const SyntaxTree& tree) {
    std::string out;
    dumpNodes(tree.root(), out);
    out += '\n';
    return out;
}

}  // namespace actionc
