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

// A statement that consists of only a string literal: the shape of a directive.
Node directiveLiteral(Node statement) {
    if (!statement.is("expression_statement") || statement.namedChildCount() != 1) return Node();
    const Node expression = statement.namedChild(0);
    return expression.is("string") ? expression : Node();
}

// `('use server')` or `` `use server` ``: someone meant a directive but wrote an expression.
Node disguisedDirective(Node statement) {
    if (!statement.is("expression_statement") || statement.namedChildCount() != 1) return Node();
    Node expression = statement.namedChild(0);
    while (expression.is("parenthesized_expression") && expression.namedChildCount() == 1) {
        expression = expression.namedChild(0);
    }
    if (expression.is("template_string") && expression.namedChildCount() <= 1) return expression;
    if (expression.is("string") && !statement.namedChild(0).is("string")) return expression;
    return Node();
}

bool isOurs(std::string_view value) { return value == kUseServer || value == kUseClient; }

// `'use server'` without a semicolon, followed by a line that starts with `(`, `[` or a
// template literal, parses as a call or index on the string: no directive at all, and
// the whole module would silently become a plain one.
Node swallowedDirective(Node statement) {
    if (!statement.is("expression_statement") || statement.namedChildCount() != 1) return Node();
    Node expression = statement.namedChild(0);
    while (expression.is("call_expression") || expression.is("subscript_expression") ||
           expression.is("member_expression")) {
        const Node inner = expression.is("call_expression") ? expression.field("function")
                                                             : expression.field("object");
        if (!inner) return Node();
        expression = inner;
    }
    return expression.is("string") && expression != statement.namedChild(0) ? expression : Node();
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

Prologue readPrologue(Node body, const SourceFile& source, PrologueScope scope, std::vector<Diagnostic>& out) {
    Prologue prologue;
    bool inPrologue = true;
    for (Node statement : namedChildren(body)) {
        if (statement.is("comment") || statement.is("hash_bang_line")) continue;
        const Node literal = directiveLiteral(statement);
        if (inPrologue && literal) {
            const std::string value(stringContents(literal, source.text));
            const std::string_view suggestion = directiveSuggestion(value);
            if (!suggestion.empty()) {
                out.push_back(makeDiagnostic(source, Severity::Error, "directive-typo",
                                             "unknown directive '" + value + "'; did you mean '" +
                                                 std::string(suggestion) + "'?",
                                             literal.start(), literal.length()));
            }
            prologue.directives.push_back({value, statement});
            continue;
        }
        if (const Node swallowed = inPrologue ? swallowedDirective(statement) : Node()) {
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
        } else if (literal) {
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
        if (inPrologue) {
            inPrologue = false;
            prologue.firstStatement = statement;
        }
    }
    return prologue;
}

}  // namespace actionc
