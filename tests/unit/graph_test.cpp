#include "graph/graph.h"
#include "test_support.h"

#include <doctest/doctest.h>

using namespace actionc;
using actionc::test::Compiled;
using actionc::test::compileSnippet;

namespace {

using Sources = std::vector<std::pair<std::string, std::string>>;

struct Project {
    std::vector<Compiled> files;
    ProjectAnalysis analysis;

    explicit Project(Sources sources, bool keepUnused = false) {
        for (auto& [path, text] : sources) files.push_back(compileSnippet(text, path));
        std::vector<ProjectModule> modules;
        for (const Compiled& c : files) modules.push_back({c.source.get(), &c.facts});
        analysis = analyseProject(modules, {ResolverConfig{}, {"style.css"}, keepUnused});
    }

    std::string live() const {
        std::string out;
        for (const LiveAction& a : analysis.liveActions) {
            out += files[a.module].source->modulePath + "#" + files[a.module].facts.actions[a.actionIndex].exportName;
            out += "<-";
            for (const std::string& i : a.importers) out += i + ";";
            out += " ";
        }
        return out;
    }
    std::string stripped() const {
        std::string out;
        for (const StrippedExport& s : analysis.stripped) {
            out += files[s.module].source->modulePath + "#" + files[s.module].facts.actions[s.actionIndex].exportName +
                   " ";
        }
        return out;
    }
};

constexpr const char* kActions = "'use server';\nexport async function a() {}\nexport async function b() {}\n"
                                 "export default async function c() {}\n";

}  // namespace

TEST_CASE("only imported actions are live") {
    const Project p({{"actions.ts", kActions}, {"page.tsx", "import { a } from './actions';"}});
    CHECK(p.live() == "actions.ts#a<-page.tsx; ");
    CHECK(p.stripped() == "actions.ts#b actions.ts#default ");
}

TEST_CASE("default, namespace, dynamic and require uses") {
    CHECK(Project({{"actions.ts", kActions}, {"p.ts", "import c from './actions';"}}).stripped() ==
          "actions.ts#a actions.ts#b ");
    CHECK(Project({{"actions.ts", kActions}, {"p.ts", "import * as all from './actions';"}}).stripped().empty());
    CHECK(Project({{"actions.ts", kActions}, {"p.ts", "const m = import('./actions');"}}).stripped().empty());
    CHECK(Project({{"actions.ts", kActions}, {"p.js", "const m = require('./actions');"}}).stripped().empty());
    CHECK(Project({{"actions.ts", kActions}, {"p.ts", "import type { a } from './actions';"}}).stripped() ==
          "actions.ts#a actions.ts#b actions.ts#default ");
}

TEST_CASE("a module importing itself does not keep its own actions alive") {
    const Project p(Sources{{"actions.ts", std::string(kActions) + "import { a as again } from './actions';\n"}});
    CHECK(p.live().empty());
}

TEST_CASE("uses flow through barrels and 'use server' re-exports, cycles included") {
    const Project p({{"actions.ts", kActions},
                     {"index.ts", "export { a, b as renamed } from './actions';\nexport * from './cycle';"},
                     {"cycle.ts", "export * from './index';"},
                     {"server-barrel.ts", "'use server';\nexport * from './actions';"},
                     {"page.tsx", "import { renamed } from './cycle';\nimport { a } from './server-barrel';"}});
    CHECK(p.live() == "actions.ts#a<-page.tsx; actions.ts#b<-page.tsx; ");
    CHECK(p.analysis.diagnostics.empty());
    // The 'use server' barrel gets stubs for the live actions it forwards (their IDs are
    // those of the defining module, which alone registers them).
    REQUIRE(p.analysis.publicExports[3].size() == 2);
    CHECK(p.analysis.publicExports[3][0].exportName == "a");
    CHECK(p.analysis.publicExports[3][0].definingModule == 0);
    CHECK(p.analysis.publicExports[3][1].exportName == "b");
}

TEST_CASE("a 'use server' module may re-export only actions of 'use server' modules") {
    const Project p({{"plain.ts", "export async function helper() {}"},
                     {"actions.ts", "'use server';\nexport { helper } from './plain';\nexport * from './nowhere';"}});
    REQUIRE(p.analysis.diagnostics.size() == 2);
    CHECK(p.analysis.diagnostics[0].code == "re-export-not-action");
    CHECK(p.analysis.diagnostics[0].message.find("not a 'use server' file") != std::string::npos);
    CHECK(p.analysis.diagnostics[1].message.find("cannot resolve './nowhere'") != std::string::npos);
}

TEST_CASE("--keep-unused keeps every action") {
    const Project p(Sources{{"actions.ts", kActions}}, /*keepUnused=*/true);
    CHECK(p.stripped().empty());
    CHECK(p.analysis.liveActions.size() == 3);
}

TEST_CASE("an unresolvable relative import is a warning, a bare package is not") {
    const Project p(Sources{{"page.ts", "import x from './gone';\nimport y from 'react';\nimport './style.css';"}});
    REQUIRE(p.analysis.diagnostics.size() == 1);
    CHECK(p.analysis.diagnostics[0].severity == Severity::Warning);
    CHECK(p.analysis.diagnostics[0].code == "unresolved-import");
}
