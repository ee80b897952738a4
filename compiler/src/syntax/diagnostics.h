// Diagnostics, printed the way clang prints them:
//
//   app/actions.ts:3:14: error: message [code]
//   export const x = 1;
//                ^
//
// Every diagnostic has a stable code so users (and our goldens) can rely on it.
#pragma once

#include "syntax/source.h"

#include <string>
#include <vector>

namespace actionc {

enum class Severity { Error, Warning, Note };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string code;
    std::string message;
    std::string path;  // display path; empty for diagnostics about no file in particular
    Position position;
    std::string sourceLine;
    std::uint32_t highlightLength = 1;  // caret plus tildes, clipped to the line
    std::vector<Diagnostic> notes;      // rendered after the diagnostic, severity Note
};

// Builds a diagnostic pointing at [offset, offset + length) of `file`.
Diagnostic makeDiagnostic(const SourceFile& file, Severity severity, std::string code, std::string message,
                          std::uint32_t offset, std::uint32_t length);

// The same for any text that is not a module (actionc.json, a manifest), named `path`.
Diagnostic makeTextDiagnostic(std::string path, std::string_view text, Severity severity, std::string code,
                              std::string message, std::uint32_t offset, std::uint32_t length = 1);

// Appends one rendered diagnostic (with its notes) to `out`. `color`: clang's colours for a
// terminal (bold location and message, red error, magenta warning, green caret).
void renderDiagnostic(const Diagnostic& diagnostic, std::string& out, bool color = false);
std::string renderDiagnostics(const std::vector<Diagnostic>& diagnostics, bool color = false);

bool hasErrors(const std::vector<Diagnostic>& diagnostics);

// Orders diagnostics by file and position so output never depends on thread timing.
void sortDiagnostics(std::vector<Diagnostic>& diagnostics);

}  // namespace actionc
