// The import and re-export edges of a module as text, one per line: how the prescan's
// contract is compared with the parse (tests/unit/prescan_test.cpp and the prescan fuzzer).
#pragma once

#include "facts/facts.h"

#include <string>

namespace actionc::test {

inline std::string describeEdges(const ModuleFacts& facts) {
    std::string out;
    for (const ModuleImport& e : facts.imports) {
        out += e.specifier + "@" + std::to_string(e.offset) + "/" + std::to_string(static_cast<int>(e.kind)) + ":";
        for (const std::string& n : e.names) out += n + ",";
        out += "\n";
    }
    for (const ReExport& r : facts.reExports) {
        out += "re:" + r.specifier + ":" + r.importedName + ">" + r.exportName + "@" + std::to_string(r.offset) + "\n";
    }
    return out;
}

}  // namespace actionc::test
