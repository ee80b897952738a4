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

Diagnostic makeDiagnostic(const SourceFile& file, Severity severity, std::string code, std::string message,
                          std::uint32_t offset, std::uint32_t length) {
    Diagnostic d;
    d.severity = severity;
    d.code = std::move(code);
    d.message = std::move(message);
    d.path = file.displayPath;
    d.position = file.position(offset);
    d.sourceLine = std::string(file.lines.lineText(file.text, d.position.line));
    const std::uint32_t restOfLine = static_cast<std::uint32_t>(d.sourceLine.size()) >= d.position.column
                                         ? static_cast<std::uint32_t>(d.sourceLine.size()) - d.position.column + 1
                                         : 1;
    d.highlightLength = std::max<std::uint32_t>(1, std::min(length, restOfLine));
    return d;
}

void renderDiagnostic(const Diagnostic& d, std::string& out) {
    if (!d.path.empty()) {
        out += d.path;
        out += ':';
        if (d.position.line > 0) {
            out += std::to_string(d.position.line) + ':' + std::to_string(d.position.column) + ':';
        }
        out += ' ';
    }
    out += severityName(d.severity);
    out += ": ";
    out += printable(d.message);
    if (!d.code.empty()) out += " [" + d.code + "]";
    out += '\n';
    if (d.position.line > 0) {
        out += printable(d.sourceLine);
        out += '\n';
        out += caretLine(d.sourceLine, d.position.column, d.highlightLength);
        out += '\n';
    }
    for (const Diagnostic& note : d.notes) renderDiagnostic(note, out);
}

std::string renderDiagnostics(const std::vector<Diagnostic>& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics) renderDiagnostic(d, out);
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
