#include "usage.h"

#include "support/spelling.h"

namespace actionc::cli {

namespace {

// The options one command accepts: its own, and the program's (global options may follow
// the command).
struct Scope {
    std::vector<const CLI::Option*> options;

    const CLI::Option* find(const std::string& name) const {
        for (const CLI::Option* option : options) {
            if (name.starts_with("--")) {
                for (const std::string& l : option->get_lnames()) {
                    if (name == "--" + l) return option;
                }
            } else {
                for (const std::string& s : option->get_snames()) {
                    if (name.compare(1, s.size(), s) == 0) return option;  // -j4 is -j with 4
                }
            }
        }
        return nullptr;
    }

    std::vector<std::string> longNames() const {
        std::vector<std::string> names;
        for (const CLI::Option* option : options) {
            for (const std::string& l : option->get_lnames()) names.push_back("--" + l);
        }
        return names;
    }
};

void addOptions(const CLI::App& app, Scope& scope) {
    for (const CLI::Option* option : app.get_options()) {
        if (option->nonpositional()) scope.options.push_back(option);
    }
}

std::string withSuggestion(std::string message, const std::string& word, const std::vector<std::string>& known) {
    if (const auto nearest = closestSpelling(word, known)) message += "; did you mean '" + *nearest + "'?";
    return message;
}

}  // namespace

std::optional<Mistyped> findMistyped(const CLI::App& app, const std::vector<std::string>& args) {
    Scope scope;
    addOptions(app, scope);
    const CLI::App* command = nullptr;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& word = args[i];
        if (word == "--") break;
        const std::string subcommand = command ? command->get_name() : "";
        if (word.size() > 1 && word[0] == '-') {
            const std::string name = word.substr(0, word.find('='));
            const CLI::Option* option = scope.find(name);
            if (!option) {
                std::string message = "unknown option '" + name + "'" + (command ? " for '" + subcommand + "'" : "");
                if (name.starts_with("--")) message = withSuggestion(std::move(message), name, scope.longNames());
                return Mistyped{std::move(message), subcommand};
            }
            const bool inlineValue = word.find('=') != std::string::npos || (!name.starts_with("--") && word.size() > 2);
            if (option->get_type_size_max() > 0 && !inlineValue) ++i;  // its value
            continue;
        }
        if (command) continue;  // a positional argument of the command
        std::vector<std::string> names;  // offered: the documented commands, not hidden ones
        for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
            if (!sub->get_group().empty()) names.push_back(sub->get_name());
            if (sub->get_name() == word) command = sub;
        }
        if (!command) {
            return Mistyped{withSuggestion("unknown command '" + word + "'", word, names), ""};
        }
        addOptions(*command, scope);
    }
    return std::nullopt;
}

}  // namespace actionc::cli
