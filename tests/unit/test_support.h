// Helpers shared by the unit tests: compile a snippet through the real stages.
#pragma once

#include "facts/facts.h"
#include "syntax/parse.h"

#include <memory>
#include <string>

namespace actionc::test {

struct Compiled {
    std::unique_ptr<SourceFile> source;
    ModuleFacts facts;
};

inline Compiled compileSnippet(std::string text, std::string path = "app/actions.ts") {
    Compiled c;
    c.source = std::make_unique<SourceFile>(path, path, std::move(text), *dialectForPath(path));
    const SyntaxTree tree = parse(*c.source);
    c.facts = extractFacts(tree);
    return c;
}

inline std::string codes(const std::vector<Diagnostic>& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics) {
        if (!out.empty()) out += ',';
        out += d.code;
    }
    return out;
}

}  // namespace actionc::test
