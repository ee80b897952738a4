// Colour on a terminal, the conventions users expect: `--color=auto|always|never`; in
// auto mode FORCE_COLOR (set, not "0"/"false") turns it on, NO_COLOR (set, not empty)
// turns it off, and otherwise a stream gets colour when it is a terminal (not TERM=dumb).
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace actionc::cli {

enum class ColorMode { Auto, Always, Never };

std::optional<ColorMode> parseColorMode(std::string_view text);

// Whether output to `stream` is coloured under `mode` and the environment.
bool colorFor(ColorMode mode, std::FILE* stream);

// The decision, with the environment and the terminal test given (for tests).
bool decideColor(ColorMode mode, const char* forceColor, const char* noColor, const char* term, bool isTerminal);

// ANSI styling that is a no-op when colour is off.
class Style {
public:
    explicit Style(bool on = false) : on_(on) {}
    bool on() const { return on_; }
    std::string bold(std::string_view text) const { return wrap("1", text); }
    std::string red(std::string_view text) const { return wrap("1;31", text); }
    std::string green(std::string_view text) const { return wrap("1;32", text); }
    std::string yellow(std::string_view text) const { return wrap("1;33", text); }
    std::string magenta(std::string_view text) const { return wrap("1;35", text); }

private:
    std::string wrap(const char* code, std::string_view text) const;
    bool on_;
};

}  // namespace actionc::cli
