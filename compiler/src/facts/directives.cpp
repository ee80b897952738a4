#include "facts/directives.h"

#include "support/spelling.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace actionc {

namespace {

constexpr std::string_view kUseServer = "use server";
constexpr std::string_view kUseClient = "use client";

// Directives other tools define; never mistaken for a typo of ours.
constexpr std::array<std::string_view, 8> kKnownDirectives = {
    "use strict", "use server", "use client", "use cache", "use memo", "use no memo", "use asm", "use step"};

// Lower case, with '-', '_' and runs of spaces folded to one space, and "useServer"
// split at the case change: "Use-Server", "use  server" and "useServer" all become
// "use server".
std::string normalise(std::string_view value) {
    std::string out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        const bool separator = c == ' ' || c == '-' || c == '_' || c == '\t';
        const bool caseBreak = i > 0 && std::isupper(static_cast<unsigned char>(c)) &&
                               std::islower(static_cast<unsigned char>(value[i - 1]));
        if ((separator || caseBreak) && !out.empty() && out.back() != ' ') out += ' ';
        if (!separator) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// The contents of a plain string literal node, quotes removed.
std::string_view stringContents(Node string, std::string_view source) {
    const std::string_view text = string.text(source);
    return text.size() >= 2 ? text.substr(1, text.size() - 2) : std::string_view{};
}

// The one expression of an expression statement, comments aside ('use server' // note),
// or a null node.
Node soleExpression(Node statement) {
    if (!statement.is("expression_statement")) return Node();
    Node expression;
    for (Node child : namedChildren(statement)) {
        if (child.is("comment")) continue;
        if (expression) return Node();
        expression = child;
    }
    return expression;
}

// `('use server')` or `` `use server` ``: someone meant a directive but wrote an expression.
Node disguisedDirective(Node statement) {
    Node expression = soleExpression(statement);
    if (!expression) return Node();
    const Node written = expression;
    while (expression.is("parenthesized_expression") && expression.namedChildCount() == 1) {
        expression = expression.namedChild(0);
    }
    if (expression.is("template_string") && expression.namedChildCount() <= 1) return expression;
    if (expression.is("string") && !written.is("string")) return expression;
    return Node();
}

bool isOurs(std::string_view value) { return value == kUseServer || value == kUseClient; }

// `'use server'` without a semicolon, followed by a line that starts with `(`, `[` or a
// template literal, parses as a call or index on the string: no directive at all, and
// the whole module would silently become a plain one.
Node swallowedDirective(Node statement) {
    const Node written = soleExpression(statement);
    Node expression = written;
    if (!expression) return Node();
    while (expression.is("call_expression") || expression.is("subscript_expression") ||
           expression.is("member_expression")) {
        const Node inner = expression.is("call_expression") ? expression.field("function")
                                                             : expression.field("object");
        if (!inner) return Node();
        expression = inner;
    }
    return expression.is("string") && expression != written ? expression : Node();
}

std::string_view scopeWord(PrologueScope scope) { return scope == PrologueScope::Module ? "file" : "function body"; }

void reportDisguised(Node statement, Node literal, const SourceFile& source, PrologueScope scope,
                     std::vector<Diagnostic>& out) {
    const std::string_view text = literal.text(source.text);
    const std::string_view inner = text.size() >= 2 ? text.substr(1, text.size() - 2) : text;
    std::string_view meant = isOurs(inner) ? inner : directiveSuggestion(inner);
    if (meant.empty()) return;
    const bool backticks = literal.is("template_string");
    out.push_back(makeDiagnostic(
        source, Severity::Error, "directive-not-literal",
        std::string("'") + std::string(meant) + "' is not a directive when written " +
            (backticks ? "with backticks" : "in parentheses") + "; write the plain string literal '" +
            std::string(meant) + "' as the first statement of the " + std::string(scopeWord(scope)),
        statement.start(), statement.length()));
}

// What is wrong with a statement after the prologue that looks like a directive. `first`:
// it is the statement that ended the prologue, where a swallowed directive shows.
void reportMisplaced(Node statement, bool first, const SourceFile& source, PrologueScope scope,
                     std::vector<Diagnostic>& out) {
    if (statement.is("comment")) return;
    if (const Node swallowed = first ? swallowedDirective(statement) : Node()) {
        const std::string value(stringContents(swallowed, source.text));
        const std::string_view meant = isOurs(value) ? std::string_view(value) : directiveSuggestion(value);
        if (!meant.empty()) {
            out.push_back(makeDiagnostic(source, Severity::Error, "directive-missing-semicolon",
                                         "the '" + std::string(meant) +
                                             "' directive runs into the next line, which makes it a call, not "
                                             "a directive; end it with a semicolon: '" + std::string(meant) + "';",
                                         swallowed.start(), swallowed.length()));
        }
    } else if (const Node disguised = disguisedDirective(statement)) {
        reportDisguised(statement, disguised, source, scope, out);
    } else if (const Node literal = directiveLiteral(statement)) {
        // After the prologue a string statement is just an expression: a directive
        // here silently does nothing, which is never what its author meant.
        const std::string_view value = stringContents(literal, source.text);
        const std::string_view meant = isOurs(value) ? value : directiveSuggestion(value);
        if (!meant.empty()) {
            const std::string spelled = isOurs(value) ? std::string()
                                                      : " (and '" + std::string(value) + "' is a misspelling of it)";
            out.push_back(makeDiagnostic(source, Severity::Error, "misplaced-directive",
                                         "the '" + std::string(meant) + "' directive must be at the top of the " +
                                             std::string(scopeWord(scope)) +
                                             ", before any other statement (comments and other "
                                             "directives may precede it)" + spelled,
                                         literal.start(), literal.length()));
        }
    }
}

}  // namespace

std::string_view directiveSuggestion(std::string_view value) {
    if (isOurs(value)) return {};
    if (std::find(kKnownDirectives.begin(), kKnownDirectives.end(), value) != kKnownDirectives.end()) return {};
    const std::string folded = normalise(value);
    if (folded == kUseServer || folded == "use action" || folded == "use actions" || folded == "use servers" ||
        folded == "use server action" || folded == "use server actions") {
        return kUseServer;
    }
    if (folded == kUseClient) return kUseClient;
    if (folded.rfind("use ", 0) != 0) return {};  // only "use …" strings can be near misses
    if (std::find(kKnownDirectives.begin(), kKnownDirectives.end(), folded) != kKnownDirectives.end()) return {};
    const std::size_t toServer = editDistance(folded, kUseServer);
    const std::size_t toClient = editDistance(folded, kUseClient);
    if (std::min(toServer, toClient) > 2) return {};
    return toServer <= toClient ? kUseServer : kUseClient;
}

const Directive* Prologue::find(std::string_view value) const {
    for (const Directive& d : directives) {
        if (d.value == value) return &d;
    }
    return nullptr;
}

Node directiveLiteral(Node statement) {
    const Node expression = soleExpression(statement);
    return expression.is("string") ? expression : Node();
}

namespace {

// After a directive's literal: past its `;` when one follows on the same line (spaces
// between allowed), else a `;` must be written before anything inserted there.
InsertionPoint afterDirective(Node literal, std::string_view text) {
    std::uint32_t at = literal.end();
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    if (at < text.size() && text[at] == ';') return {at + 1, InsertionPoint::Separator::None};
    return {literal.end(), InsertionPoint::Separator::Semicolon};
}

// The top of a block without directives. In a program: past a byte order mark and a
// hashbang line, which must stay first.
InsertionPoint blockTop(Node body, std::string_view text) {
    if (body.is("statement_block")) return {body.start() + 1, InsertionPoint::Separator::None};
    std::uint32_t at = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    for (Node child : namedChildren(body)) {
        if (!child.is("hash_bang_line")) break;
        at = child.end();
        if (text.substr(at, 2) == "\r\n") return {at + 2, InsertionPoint::Separator::None};
        if (text.substr(at, 1) == "\n") return {at + 1, InsertionPoint::Separator::None};
        return {at, InsertionPoint::Separator::Newline};
    }
    return {at, InsertionPoint::Separator::None};
}

}  // namespace

Prologue readDirectives(Node body, const SourceFile& source) {
    Prologue prologue;
    prologue.top = blockTop(body, source.text);
    for (Node statement : namedChildren(body)) {
        if (statement.is("comment") || statement.is("hash_bang_line")) continue;
        const Node literal = directiveLiteral(statement);
        if (!literal) {
            prologue.firstStatement = statement;
            break;
        }
        prologue.directives.push_back({std::string(stringContents(literal, source.text)), statement, literal});
        prologue.top = afterDirective(literal, source.text);
    }
    return prologue;
}

Prologue readPrologue(Node body, const SourceFile& source, PrologueScope scope, std::vector<Diagnostic>& out) {
    Prologue prologue = readDirectives(body, source);
    for (const Directive& d : prologue.directives) {
        const std::string_view suggestion = directiveSuggestion(d.value);
        if (!suggestion.empty()) {
            out.push_back(makeDiagnostic(source, Severity::Error, "directive-typo",
                                         "unknown directive '" + d.value + "'; did you mean '" +
                                             std::string(suggestion) + "'?",
                                         d.literal.start(), d.literal.length()));
        }
    }
    if (!prologue.firstStatement) return prologue;
    bool afterPrologue = false;
    for (Node statement : namedChildren(body)) {
        const bool first = statement == prologue.firstStatement;
        afterPrologue = afterPrologue || first;
        if (afterPrologue) reportMisplaced(statement, first, source, scope, out);
    }
    return prologue;
}

}  // namespace actionc
