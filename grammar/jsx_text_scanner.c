// Our wrapper around the pinned TSX grammar's external scanner (grammar/CMakeLists.txt
// compiles the pinned scanner.c with its entry point renamed to
// actionc_pinned_tsx_external_scanner_scan, and this file provides the real one).
//
// Why: the pinned scanner ends a JSX text token at every '&', expecting a character
// reference (`&amp;`, `&#39;`) to follow. A bare ampersand, as in `<p>Terms & Conditions</p>`
// or `<p>R&D</p>`, is plain text in JSX (TypeScript, Babel, SWC and oxc all accept it), but
// the grammar then has no token for it and the whole element becomes an ERROR
// (tree-sitter-javascript#366). Here an '&' that does not begin a well-formed character
// reference is text; everything else is left to the pinned scanner.
#include <stdbool.h>
#include <stdint.h>
#include <wctype.h>

#include <tree_sitter/parser.h>

// The order of the grammar's `externals` (tsx/src/grammar.json of the pinned package);
// grammar_test pins that JSX text is still recognised through these indices.
enum PinnedExternalToken {
    TEMPLATE_CHARS = 1,
    JSX_TEXT = 7,
};

bool actionc_pinned_tsx_external_scanner_scan(void *payload, TSLexer *lexer, const bool *valid_symbols);

static void advance(TSLexer *lexer) { lexer->advance(lexer, false); }

static bool isAsciiLetter(int32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool isDecimal(int32_t c) { return c >= '0' && c <= '9'; }
static bool isHex(int32_t c) { return isDecimal(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// After the '&': consumes what follows as far as it looks like a character reference
// (the grammar's html_character_reference: `#x` and 1–6 hex digits, `#` and 1–5 decimal
// digits, or 1–30 letters, then ';'). True when it is one.
static bool consumeCharacterReference(TSLexer *lexer) {
    int digits = 0;
    if (lexer->lookahead == '#') {
        advance(lexer);
        if (lexer->lookahead == 'x' || lexer->lookahead == 'X') {
            advance(lexer);
            while (digits < 6 && isHex(lexer->lookahead)) advance(lexer), ++digits;
        } else {
            while (digits < 5 && isDecimal(lexer->lookahead)) advance(lexer), ++digits;
        }
    } else {
        while (digits < 30 && isAsciiLetter(lexer->lookahead)) advance(lexer), ++digits;
    }
    if (digits == 0 || lexer->lookahead != ';') return false;
    advance(lexer);
    return true;
}

enum JsxTextScan { NO_TEXT, TEXT, STOPPED_AT_REFERENCE };

// JSX text as the pinned scanner reads it (whitespace-only text that contains a line
// break is no token), except that a bare '&' is part of the text. The token ends before
// a character reference, which the grammar lexes itself.
static enum JsxTextScan scanJsxText(TSLexer *lexer) {
    bool sawText = false;
    bool atNewline = false;
    for (;;) {
        const int32_t c = lexer->lookahead;
        if (c == 0 || c == '<' || c == '>' || c == '{' || c == '}') break;
        if (c == '&') {
            lexer->mark_end(lexer);  // the token so far, in case a reference follows
            advance(lexer);
            if (consumeCharacterReference(lexer)) {
                lexer->result_symbol = JSX_TEXT;
                return sawText ? TEXT : STOPPED_AT_REFERENCE;
            }
            sawText = true;  // a bare '&', and whatever followed it, is text
            atNewline = false;
            continue;
        }
        if (c == '\n') {
            atNewline = true;
        } else {
            atNewline = atNewline && iswspace(c);
            if (!atNewline) sawText = true;
        }
        advance(lexer);
    }
    lexer->mark_end(lexer);
    lexer->result_symbol = JSX_TEXT;
    return sawText ? TEXT : NO_TEXT;
}

void *tree_sitter_tsx_external_scanner_create(void);
void tree_sitter_tsx_external_scanner_destroy(void *payload);
unsigned tree_sitter_tsx_external_scanner_serialize(void *payload, char *buffer);
void tree_sitter_tsx_external_scanner_deserialize(void *payload, const char *buffer, unsigned length);

bool tree_sitter_tsx_external_scanner_scan(void *payload, TSLexer *lexer, const bool *valid_symbols) {
    // The pinned scanner reads template characters before anything else; so do we.
    if (valid_symbols[JSX_TEXT] && !valid_symbols[TEMPLATE_CHARS]) {
        switch (scanJsxText(lexer)) {
        case TEXT: return true;
        // A reference first: no token of ours, and the lexer is past it, so nothing else
        // may be scanned from here; the grammar's own lexer reads the reference.
        case STOPPED_AT_REFERENCE: return false;
        case NO_TEXT: break;  // only what the pinned scanner would also have skipped
        }
    }
    return actionc_pinned_tsx_external_scanner_scan(payload, lexer, valid_symbols);
}
