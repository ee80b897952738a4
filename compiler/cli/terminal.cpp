#include "terminal.h"

#include <unistd.h>

#include <cstdlib>

namespace actionc::cli {

std::optional<ColorMode> parseColorMode(std::string_view text) {
    if (text == "auto") return ColorMode::Auto;
    if (text == "always") return ColorMode::Always;
    if (text == "never") return ColorMode::Never;
    return std::nullopt;
}

bool decideColor(ColorMode mode, const char* forceColor, const char* noColor, const char* term, bool isTerminal) {
    if (mode != ColorMode::Auto) return mode == ColorMode::Always;
    if (forceColor) {
        const std::string_view value = forceColor;
        return value != "0" && value != "false";
    }
    if (noColor && *noColor) return false;
    return isTerminal && !(term && std::string_view(term) == "dumb");
}

bool colorFor(ColorMode mode, std::FILE* stream) {
    return decideColor(mode, std::getenv("FORCE_COLOR"), std::getenv("NO_COLOR"), std::getenv("TERM"),
                       ::isatty(::fileno(stream)) != 0);
}

std::string Style::wrap(const char* code, std::string_view text) const {
    if (!on_) return std::string(text);
    return std::string("\x1b[") + code + "m" + std::string(text) + "\x1b[0m";
}

}  // namespace actionc::cli
