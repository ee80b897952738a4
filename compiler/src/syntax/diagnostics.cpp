#include "syntax/diagnostics.h"

#include <algorithm>

namespace actionc {

namespace {

const char* severityName(Severity severity) {
    switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
    }
    return "error";
}

// clang's terminal colours.
constexpr const char* kBold = "\x1b[1m";
constexpr const char* kReset = "\x1b[0m";
constexpr const char* kCaret = "\x1b[1;32m";

const char* severityColor(Severity severity) {
    switch (severity) {
    case Severity::Error: return "\x1b[1;31m";
    case Severity::Warning: return "\x1b[1;35m";
    case Severity::Note: return "\x1b[1;30m";
    }
    return "";
}

bool isUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Control characters (a NUL byte in a source file, say) would corrupt a terminal or cut
// the line short; print them as <U+0000>. Tabs stay: the caret line copies them.
std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t') || byte == 0x7F) {
            static constexpr char kHex[] = "0123456789ABCDEF";
            out += "<U+00";
            out += kHex[byte >> 4];
            out += kHex[byte & 0xF];
            out += '>';
        } else {
            out += c;
        }
    }
    return out;
}

// The caret line repeats the source line's tabs so the caret lines up in any terminal,
// and counts a multi-byte UTF-8 character as one column.
std::string caretLine(std::string_view line, std::uint32_t column, std::uint32_t length) {
    std::string caret;
    const std::size_t caretByte = std::min<std::size_t>(column - 1, line.size());
    for (std::size_t i = 0; i < caretByte; ++i) {
        if (isUtf8Continuation(line[i])) continue;
        // Match printable(): an escaped control character is 8 columns wide.
        const auto byte = static_cast<unsigned char>(line[i]);
        if ((byte < 0x20 && line[i] != '\t') || byte == 0x7F) {
            caret += "        ";
            continue;
        }
        caret += line[i] == '\t' ? '\t' : ' ';
    }
    caret += '^';
    const std::size_t endByte = std::min<std::size_t>(caretByte + std::max<std::uint32_t>(length, 1), line.size());
    for (std::size_t i = caretByte + 1; i < endByte; ++i) {
        if (!isUtf8Continuation(line[i])) caret += '~';
    }
    return caret;
}

}  // namespace

namespace {

Diagnostic diagnosticAt(std::string path, std::string_view text, const LineIndex& lines, Severity severity,
                        std::string code, std::string message, std::uint32_t offset, std::uint32_t length) {
    Diagnostic d;
    d.severity = severity;
    d.code = std::move(code);
    d.message = std::move(message);
    d.path = std::move(path);
    d.position = lines.position(offset);
    d.sourceLine = std::string(lines.lineText(text, d.position.line));
    const std::uint32_t restOfLine = static_cast<std::uint32_t>(d.sourceLine.size()) >= d.position.column
                                         ? static_cast<std::uint32_t>(d.sourceLine.size()) - d.position.column + 1
                                         : 1;
    d.highlightLength = std::max<std::uint32_t>(1, std::min(length, restOfLine));
    return d;
}

}  // namespace

Diagnostic makeDiagnostic(const SourceFile& file, Severity severity, std::string code, std::string message,
                          std::uint32_t offset, std::uint32_t length) {
    return diagnosticAt(file.displayPath, file.text, file.lines, severity, std::move(code), std::move(message), offset,
                        length);
}

Diagnostic makeTextDiagnostic(std::string path, std::string_view text, Severity severity, std::string code,
                              std::string message, std::uint32_t offset, std::uint32_t length) {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text.size()));
    return diagnosticAt(std::move(path), text, LineIndex(text), severity, std::move(code), std::move(message), offset,
                        length);
}

void renderDiagnostic(const Diagnostic& d, std::string& out, bool color) {
    const auto styled = [&](const char* style, std::string_view text) {
        if (color) out += style;
        out += text;
        if (color) out += kReset;
    };
    if (!d.path.empty()) {
        std::string location = d.path + ':';
        if (d.position.line > 0) {
            location += std::to_string(d.position.line) + ':' + std::to_string(d.position.column) + ':';
        }
        styled(kBold, location);
        out += ' ';
    }
    styled(severityColor(d.severity), std::string(severityName(d.severity)) + ":");
    out += ' ';
    std::string message = printable(d.message);
    if (!d.code.empty()) message += " [" + d.code + "]";
    styled(kBold, message);
    out += '\n';
    if (d.position.line > 0) {
        out += printable(d.sourceLine);
        out += '\n';
        styled(kCaret, caretLine(d.sourceLine, d.position.column, d.highlightLength));
        out += '\n';
    }
    for (const Diagnostic& note : d.notes) renderDiagnostic(note, out, color);
}

std::string renderDiagnostics(const std::vector<Diagnostic>& diagnostics, bool color) {
    std::string out;
    for (const Diagnostic& d : diagnostics) renderDiagnostic(d, out, color);
    return out;
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

void sortDiagnostics(std::vector<Diagnostic>& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.path != b.path) return a.path < b.path;
        if (a.position.line != b.position.line) return a.position.line < b.position.line;
        return a.position.column < b.position.column;
    });
}

}  // namespace actionc
