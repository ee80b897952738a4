#include "facts/prescan.h"

#include "facts/directives.h"

#include <array>
#include <cstring>

namespace actionc {

namespace {

// ASCII whitespace, without std::isspace's locale lookup (a call per byte of every module).
bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// The UTF-8 length of the non-ASCII white space or line terminator at s[i], 0 if there is
// none. JavaScript counts U+00A0, U+FEFF (a byte order mark anywhere), the Zs space
// separators and U+2028/U+2029 between tokens, and so does the parser, which adds U+200B
// and U+2060 (TypeScript skips U+200B too): `from\uFEFF'./a'` is an import of './a'.
std::size_t unicodeSpaceAt(std::string_view s, std::size_t i) {
    auto byte = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    switch (byte(0)) {
    case 0xC2: return byte(1) == 0xA0 ? 2 : 0;                                       // U+00A0
    case 0xE1: return byte(1) == 0x9A && byte(2) == 0x80 ? 3 : 0;                     // U+1680
    case 0xE2:
        if (byte(1) == 0x80) {
            const unsigned c = byte(2);
            return (c >= 0x80 && c <= 0x8B) || c == 0xA8 || c == 0xA9 || c == 0xAF ? 3 : 0;  // U+2000–200B, 2028, 2029, 202F
        }
        return byte(1) == 0x81 && (byte(2) == 0x9F || byte(2) == 0xA0) ? 3 : 0;       // U+205F, U+2060
    case 0xE3: return byte(1) == 0x80 && byte(2) == 0x80 ? 3 : 0;                     // U+3000
    case 0xEF: return byte(1) == 0xBB && byte(2) == 0xBF ? 3 : 0;                     // U+FEFF
    default: return 0;
    }
}

bool isLineTerminatorAt(std::string_view s, std::size_t i) {
    const char c = s[i];
    if (c == '\n' || c == '\r') return true;
    return c == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9');
}

// Non-ASCII bytes are identifier characters unless they begin white space. So is DEL, as
// in the grammar (no JavaScript parser accepts it; reading it as the parser does keeps
// the edges of such a module the same, found by the compiler fuzzer).
// ASCII identifier bytes (letters, digits, '_', '$', DEL), by table: the prescan asks it
// of every byte of every identifier of every module.
constexpr std::array<bool, 128> kIdentifierByte = [] {
    std::array<bool, 128> table{};
    for (int c = 0; c < 128; ++c) {
        table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
                   c == 0x7F;
    }
    return table;
}();

bool isIdentifierCharAt(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return kIdentifierByte[c];
    return unicodeSpaceAt(s, i) == 0;
}

// A hand-written lexer in the manner of es-module-lexer: it understands comments,
// strings, template literals (with nested `${}`), regular expressions (by the usual
// previous-token rule) and enough of import/export/require syntax to read their
// specifiers and names. It never needs to be right about anything else. A quote or
// slash that turns out not to start a literal (JSX text such as "Don't") is recovered
// at the end of the line, because neither strings nor regexes span lines.
class Scanner {
public:
    // `edgesOnly`: never give up for a full parse (the caller has parsed already).
    explicit Scanner(std::string_view text, bool edgesOnly = false) : s_(text), edgesOnly_(edgesOnly) {}

    const std::vector<std::uint32_t>& topLevelExports() const { return topLevelExports_; }

    // Scans to the end, or until the module turns out to need a full parse.
    Prescan run() {
        while (!out_.needsParse && i_ < s_.size()) step();
        // Dynamic imports and requires come after static ones, as the facts stage orders them.
        for (ModuleImport& edge : dynamicEdges_) out_.facts.imports.push_back(std::move(edge));
        return std::move(out_);
    }

private:
    struct Token {
        enum Kind { None, Identifier, String, Punct } kind = None;
        std::string_view text;  // identifier text, string contents, or the punctuator
        std::uint32_t start = 0;
    };

    void step() {
        const char c = s_[i_];
        // White space first: indentation is a good part of every module.
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            ++i_;
            return;
        }
        if (c == '/' && peek(1) == '/') return skipLineComment();
        if (c == '/' && peek(1) == '*') return skipBlockComment();
        if (c == '\'' || c == '"') {
            if (auto string = readString()) noteToken(*string);
            return;
        }
        if (c == '`') return skipTemplate();
        if (c == '/' && regexAllowed()) return skipRegex();
        if (const std::size_t space = static_cast<unsigned char>(c) >= 0x80 ? unicodeSpaceAt(s_, i_) : 0) {
            i_ += space;
            return;
        }
        if (isIdentifierCharAt(s_, i_) && !(c >= '0' && c <= '9')) return identifier();
        if (c == '}' && !templateDepth_.empty() && templateDepth_.back() == braceDepth_) {
            templateDepth_.pop_back();
            ++i_;
            return skipTemplateBody();
        }
        if (c == '{') ++braceDepth_;
        if (c == '}') --braceDepth_;
        if (!isSpace(c)) noteToken({Token::Punct, s_.substr(i_, 1), static_cast<std::uint32_t>(i_)});
        ++i_;
    }

    char peek(std::size_t ahead) const { return i_ + ahead < s_.size() ? s_[i_ + ahead] : '\0'; }

    // To the line terminator: '\n', '\r', U+2028 or U+2029 (code after one of these is live).
    void skipLineComment() {
        while (i_ < s_.size() && !isLineTerminatorAt(s_, i_)) ++i_;
    }

    void skipBlockComment() {
        const std::size_t end = s_.find("*/", i_ + 2);
        i_ = end == std::string_view::npos ? s_.size() : end + 2;
    }

    // A string literal; nullopt (and the quote skipped) when the line ends first.
    std::optional<Token> readString() {
        const char quote = s_[i_];
        for (std::size_t j = i_ + 1; j < s_.size(); ++j) {
            if (s_[j] == '\\') {
                ++j;
                continue;
            }
            if (s_[j] == '\n') break;
            if (s_[j] == quote) {
                Token t{Token::String, s_.substr(i_ + 1, j - i_ - 1), static_cast<std::uint32_t>(i_)};
                i_ = j + 1;
                checkDirectiveLike(t.text);
                return t;
            }
        }
        ++i_;
        return std::nullopt;
    }

    // A string like 'use sever' may be a directive with a typo: the full parse reports it.
    void checkDirectiveLike(std::string_view contents) {
        if (contents.size() < 6 || contents.size() > 32) return;
        if (contents[0] != 'u' && contents[0] != 'U') return;
        if (!edgesOnly_ && !directiveSuggestion(contents).empty()) out_.needsParse = true;
    }

    void skipTemplate() {
        ++i_;
        skipTemplateBody();
        lastToken_ = {Token::String, {}, static_cast<std::uint32_t>(i_)};
    }

    void skipTemplateBody() {
        while (i_ < s_.size()) {
            const char c = s_[i_];
            if (c == '\\') {
                i_ += 2;
            } else if (c == '`') {
                ++i_;
                return;
            } else if (c == '$' && peek(1) == '{') {
                i_ += 2;
                templateDepth_.push_back(braceDepth_);
                return;  // back to code until the matching `}`
            } else {
                ++i_;
            }
        }
    }

    bool regexAllowed() const {
        if (lastToken_.kind == Token::None) return true;
        if (lastToken_.kind == Token::String) return false;
        if (lastToken_.kind == Token::Identifier) {
            static constexpr std::string_view kKeywords[] = {"return", "typeof", "case", "do", "else", "in", "of",
                                                            "new", "delete", "void", "throw", "yield", "await"};
            for (std::string_view k : kKeywords) {
                if (lastToken_.text == k) return true;
            }
            return false;
        }
        const char p = lastToken_.text[0];
        return p != ')' && p != ']';
    }

    void skipRegex() {
        bool inClass = false;
        for (std::size_t j = i_ + 1; j < s_.size(); ++j) {
            const char c = s_[j];
            if (c == '\n') break;
            if (c == '\\') {
                ++j;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                i_ = j + 1;
                while (i_ < s_.size() && isIdentifierCharAt(s_, i_)) ++i_;  // flags
                lastToken_ = {Token::String, {}, static_cast<std::uint32_t>(j)};
                return;
            }
        }
        noteToken({Token::Punct, s_.substr(i_, 1), static_cast<std::uint32_t>(i_)});
        ++i_;
    }

    void identifier() {
        const std::size_t start = i_;
        while (i_ < s_.size() && isIdentifierCharAt(s_, i_)) ++i_;
        const Token t{Token::Identifier, s_.substr(start, i_ - start), static_cast<std::uint32_t>(start)};
        const bool member = lastToken_.kind == Token::Punct && lastToken_.text == ".";
        noteToken(t);
        if (member) return;  // obj.import, obj.require
        if (t.text == "import") {
            importStatement(t.start);
        } else if (t.text == "export") {
            if (braceDepth_ == 0 && templateDepth_.empty()) topLevelExports_.push_back(t.start);
            exportStatement();
        } else if (t.text == "require") {
            callWithString(ImportKind::Require);
        }
    }

    void noteToken(const Token& t) { lastToken_ = t; }

    // ---- the small parser over tokens read on demand ----

    void skipTrivia() {
        for (;;) {
            while (i_ < s_.size()) {
                if (isSpace(s_[i_])) {
                    ++i_;
                } else if (const std::size_t space = unicodeSpaceAt(s_, i_)) {
                    i_ += space;
                } else {
                    break;
                }
            }
            if (s_.compare(i_, 2, "//") == 0) {
                skipLineComment();
            } else if (s_.compare(i_, 2, "/*") == 0) {
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    // Reads the next token without lexing templates or regexes (never needed inside an
    // import or export clause).
    Token next() {
        skipTrivia();
        if (i_ >= s_.size()) return {};
        const char c = s_[i_];
        if (c == '\'' || c == '"') {
            if (auto string = readString()) return *string;
            return {};
        }
        if (isIdentifierCharAt(s_, i_)) {
            const std::size_t start = i_;
            while (i_ < s_.size() && isIdentifierCharAt(s_, i_)) ++i_;
            return {Token::Identifier, s_.substr(start, i_ - start), static_cast<std::uint32_t>(start)};
        }
        return {Token::Punct, s_.substr(i_++, 1), static_cast<std::uint32_t>(i_ - 1)};
    }

    Token lookahead() {
        const std::size_t saved = i_;
        const Token t = next();
        i_ = saved;
        return t;
    }

    static bool is(const Token& t, std::string_view text) { return t.kind != Token::String && t.text == text; }

    void addEdge(std::string_view specifier, std::uint32_t offset, ImportKind kind, std::vector<std::string> names) {
        out_.facts.imports.push_back({std::string(specifier), kind, std::move(names), offset});
    }

    // `import(…)` or `require(…)` with a literal argument.
    void callWithString(ImportKind kind) {
        const std::size_t saved = i_;
        if (!is(next(), "(")) {
            i_ = saved;
            return;
        }
        const Token specifier = next();
        if (specifier.kind == Token::String && is(next(), ")")) {
            dynamicEdges_.push_back({std::string(specifier.text), kind, {"*"}, specifier.start});
            lastToken_ = {Token::Punct, ")", static_cast<std::uint32_t>(i_ - 1)};
            return;
        }
        i_ = saved;
    }

    // Names in `{ a, b as c, type T, "s" as d }`; `alias` receives the local/export names.
    bool braceList(std::vector<std::string>& names, std::vector<std::string>* aliases) {
        for (;;) {
            Token t = next();
            if (is(t, "}")) return true;
            if (is(t, ",")) continue;
            if (t.kind == Token::None) return false;
            bool typeOnly = false;
            if (is(t, "type")) {
                const Token after = lookahead();
                if (after.kind == Token::String || (after.kind == Token::Identifier && !is(after, "as"))) {
                    typeOnly = true;
                    t = next();
                }
            }
            if (t.kind != Token::Identifier && t.kind != Token::String) return false;
            std::string name(t.text);
            std::string alias = name;
            if (is(lookahead(), "as")) {
                next();
                const Token a = next();
                alias = std::string(a.text);
            }
            if (!typeOnly) {
                names.push_back(name);
                if (aliases) aliases->push_back(alias);
            }
        }
    }

    void importStatement(std::uint32_t start) {
        (void)start;
        const std::size_t saved = i_;
        const Token first = lookahead();
        if (is(first, "(")) return callWithString(ImportKind::Dynamic);
        if (is(first, ".")) return;  // import.meta
        i_ = saved;
        Token t = next();
        if (t.kind == Token::String) {  // import './side-effect'
            addEdge(t.text, t.start, ImportKind::Static, {});
            return;
        }
        bool typeOnly = false;
        if (is(t, "type") || is(t, "typeof")) {
            const Token after = lookahead();
            if (!is(after, "from") && !is(after, ",") && !is(after, "=")) {
                typeOnly = true;
                t = next();
            }
        }
        std::vector<std::string> names;
        bool sawClause = false;
        for (;; t = next()) {
            if (t.kind == Token::Identifier && !is(t, "from")) {
                if (is(lookahead(), "=")) {  // import x = require('y')
                    next();
                    if (is(next(), "require") && is(next(), "(")) {
                        const Token specifier = next();
                        if (specifier.kind == Token::String && !typeOnly) {
                            addEdge(specifier.text, specifier.start, ImportKind::Require, {"*"});
                        }
                    }
                    return;
                }
                names.push_back("default");
                sawClause = true;
            } else if (is(t, "*")) {
                next();  // as
                next();  // the namespace name
                names.push_back("*");
                sawClause = true;
            } else if (is(t, "{")) {
                if (!braceList(names, nullptr)) return;
                sawClause = true;
            } else if (is(t, ",")) {
                continue;
            } else if (is(t, "from")) {
                const Token specifier = next();
                if (specifier.kind != Token::String || typeOnly) return;
                if (sawClause && names.empty()) return;  // only types were imported
                addEdge(specifier.text, specifier.start, ImportKind::Static, std::move(names));
                return;
            } else {
                return;
            }
        }
    }

    void exportStatement() {
        Token t = next();
        if (is(t, "type")) return;  // export type { … } (from …)
        if (is(t, "*")) {
            std::string exportName = "*";
            if (is(lookahead(), "as")) {
                next();
                const Token ns = next();
                exportName = std::string(ns.text);
            }
            if (!is(next(), "from")) return;
            const Token specifier = next();
            if (specifier.kind != Token::String) return;
            addEdge(specifier.text, specifier.start, ImportKind::ReExport, {"*"});
            out_.facts.reExports.push_back({std::string(specifier.text), "*", exportName, specifier.start});
            return;
        }
        if (!is(t, "{")) return;
        std::vector<std::string> names;
        std::vector<std::string> aliases;
        std::vector<std::uint32_t> offsets;
        const std::size_t listStart = i_;
        if (!braceList(names, &aliases)) return;
        if (!is(lookahead(), "from")) return;  // export { local }: not an edge
        next();
        const Token specifier = next();
        if (specifier.kind != Token::String || names.empty()) return;
        // Offsets of the names, for diagnostics that point at them.
        std::size_t searchFrom = listStart;
        for (std::size_t k = 0; k < names.size(); ++k) {
            const std::size_t at = s_.find(names[k], searchFrom);
            offsets.push_back(static_cast<std::uint32_t>(at == std::string_view::npos ? listStart : at));
            if (at != std::string_view::npos) searchFrom = at + names[k].size();
        }
        addEdge(specifier.text, specifier.start, ImportKind::ReExport, names);
        for (std::size_t k = 0; k < names.size(); ++k) {
            out_.facts.reExports.push_back({std::string(specifier.text), names[k], aliases[k], offsets[k]});
        }
    }

private:
    std::string_view s_;
    bool edgesOnly_ = false;
    std::size_t i_ = 0;
    Token lastToken_;
    int braceDepth_ = 0;
    std::vector<int> templateDepth_;
    std::vector<ModuleImport> dynamicEdges_;
    std::vector<std::uint32_t> topLevelExports_;
    Prescan out_;
};

}  // namespace

Prescan prescanModule(std::string_view text) {
    if (text.find("use server") != std::string_view::npos) {
        Prescan p;
        p.needsParse = true;
        return p;
    }
    return Scanner(text).run();
}

LexicalScan scanModule(std::string_view text) {
    Scanner scanner(text, /*edgesOnly=*/true);
    LexicalScan scan;
    scan.facts = std::move(scanner.run().facts);
    scan.topLevelExports = scanner.topLevelExports();
    return scan;
}

}  // namespace actionc
