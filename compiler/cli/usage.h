// Usage errors that say what was meant: an unknown command or option is compared with the
// ones that exist, and the nearest is offered ("did you mean 'build'?").
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace actionc::cli {

struct Mistyped {
    std::string message;     // "unknown command 'bulid'; did you mean 'build'?"
    std::string subcommand;  // the command it belongs to, when one was named
};

// The first unknown command or option of `args` (argv without the program name), read
// the way `app` would read it; nullopt when every word is known (the usage error is
// something else: CLI11's message says what).
std::optional<Mistyped> findMistyped(const CLI::App& app, const std::vector<std::string>& args);

}  // namespace actionc::cli
