// For every golden case: the client layer of a 'use server' module contains no
// identifier of that module except its export names. Whatever the server code is
// called, none of it reaches the browser.
#include "test_support.h"

#include <doctest/doctest.h>

#include "support/file_io.h"

#include <filesystem>
#include <set>

using namespace actionc;
namespace fs = std::filesystem;

namespace {

void collectIdentifiers(Node node, std::string_view text, std::set<std::string>& out) {
    const std::string_view kind = node.kind();
    if (kind == "identifier" || kind == "property_identifier" || kind == "shorthand_property_identifier" ||
        kind == "type_identifier" || kind == "shorthand_property_identifier_pattern") {
        out.insert(std::string(node.text(text)));
    }
    for (Node child : namedChildren(node)) collectIdentifiers(child, text, out);
}

// The client text with string-literal contents removed: IDs are random-looking
// base64 and may contain any short word.
std::string withoutStrings(const std::string& text) {
    std::string out;
    bool inString = false;
    for (const char c : text) {
        if (c == '"') inString = !inString;
        if (!inString) out += c;
    }
    return out;
}

bool containsWord(const std::string& text, const std::string& word) {
    const auto isWordChar = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$'; };
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const bool startOk = at == 0 || !isWordChar(text[at - 1]);
        const bool endOk = at + word.size() == text.size() || !isWordChar(text[at + word.size()]);
        if (startOk && endOk) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("client layers of every golden case leak no server identifier") {
    const std::set<std::string> stubVocabulary = {"createServerReference", "callServer", "findSourceMapURL",
                                                  "undefined", "default", "export", "import", "const", "from", "as"};
    std::size_t modulesChecked = 0;
    for (const auto& entry : fs::recursive_directory_iterator(ACTIONC_TESTDATA_DIR)) {
        if (!entry.is_regular_file() || !dialectForPath(entry.path().string())) continue;
        const std::string path = entry.path().generic_string();
        const std::size_t inputAt = path.find("/input/");
        if (inputAt == std::string::npos) continue;
        const fs::path client = path.substr(0, inputAt) + "/expected/client/" + path.substr(inputAt + 7);
        if (!fs::exists(client)) continue;
        auto compiled = test::compileSnippet(readFile(path), path);
        if (compiled.facts.kind != ModuleKind::UseServer) continue;

        std::set<std::string> allowed = stubVocabulary;
        for (const ExportedAction& a : compiled.facts.actions) allowed.insert(a.exportName);
        for (const ReExport& r : compiled.facts.reExports) allowed.insert(r.exportName);
        std::set<std::string> identifiers;
        const SyntaxTree tree = parse(*compiled.source);
        collectIdentifiers(tree.root(), compiled.source->text, identifiers);

        const std::string clientText = withoutStrings(readFile(client.string()));
        for (const std::string& identifier : identifiers) {
            if (allowed.count(identifier)) continue;
            CAPTURE(path);
            CAPTURE(identifier);
            CHECK_FALSE(containsWord(clientText, identifier));
        }
        ++modulesChecked;
    }
    MESSAGE(modulesChecked << " 'use server' modules checked");
}
