// Helpers shared by the unit tests: compile a snippet through the real stages.
#pragma once

#include "facts/facts.h"
#include "syntax/parse.h"

#include <filesystem>
#include <fstream>
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

// A directory under the system's temporary directory, removed when the test ends.
struct TempTree {
    std::filesystem::path root;
    explicit TempTree(const std::string& name) : root(std::filesystem::temp_directory_path() / name) {
        std::filesystem::remove_all(root);
        std::filesystem::create_directories(root);
    }
    ~TempTree() { std::filesystem::remove_all(root); }
    TempTree(const TempTree&) = delete;
    TempTree& operator=(const TempTree&) = delete;
    void write(const std::string& rel, const std::string& text) const {
        std::filesystem::create_directories((root / rel).parent_path());
        std::ofstream(root / rel) << text;
    }
    std::string path() const { return root.string(); }
};

}  // namespace actionc::test
