// A source file as the compiler sees it: its text, how it is named, and which grammar
// parses it. Later stages hold `const SourceFile&` and never copy the text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actionc {

// TypeScript grammar for .ts/.mts/.cts; TSX for everything else we read, because plain
// JavaScript (.js/.jsx/.mjs/.cjs) is a subset of TSX and may contain JSX.
enum class Dialect { TypeScript, Tsx };

// nullopt for files actionc does not compile (they are still mirrored to the output).
std::optional<Dialect> dialectForPath(std::string_view path);

// Whether the file is TypeScript (.ts .tsx .mts .cts), so what is written into it may
// carry types, and must where the strict compiler would demand them.
bool isTypeScriptPath(std::string_view path);

struct Position {
    std::uint32_t line = 0;    // 1-based
    std::uint32_t column = 0;  // 1-based, in bytes (as clang reports columns)
};

// Offsets of line starts, for turning byte offsets into line:column.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    Position position(std::uint32_t offset) const;
    std::string_view lineText(std::string_view text, std::uint32_t line) const;
    std::uint32_t lineCount() const { return static_cast<std::uint32_t>(starts_.size()); }

private:
    std::vector<std::uint32_t> starts_;
};

struct SourceFile {
    SourceFile(std::string displayPath, std::string modulePath, std::string text, Dialect dialect);

    std::string displayPath;  // as diagnostics print it
    std::string modulePath;   // relative to the project root, '/'-separated: the manifest's `module`
    std::string text;
    Dialect dialect;
    LineIndex lines;

    Position position(std::uint32_t offset) const { return lines.position(offset); }
};

}  // namespace actionc
