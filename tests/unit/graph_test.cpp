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

    explicit Project(Sources sources, bool keepUnused = false, ResolverConfig resolver = {}) {
        for (auto& [path, text] : sources) files.push_back(compileSnippet(text, path));
        std::vector<ProjectModule> modules;
        for (const Compiled& c : files) modules.push_back({c.source.get(), &c.facts});
        GraphOptions options;
        options.resolver = std::move(resolver);
        options.others.assets = {"style.css"};
        options.others.excluded = {"actions.test.ts"};
        options.keepUnused = keepUnused;
        analysis = analyseProject(modules, options);
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
    // Live actions kept by unresolved imports: "module#export<-specifier@importer;".
    std::string kept() const {
        std::string out;
        for (const LiveAction& a : analysis.liveActions) {
            if (a.keptBy.empty()) continue;
            out += files[a.module].source->modulePath + "#" + files[a.module].facts.actions[a.actionIndex].exportName + "<-";
            for (const KeptBy& k : a.keptBy) out += k.specifier + "@" + k.importer + ";";
            out += " ";
        }
        return out;
    }
    std::string warnings() const {
        std::string out;
        for (const Diagnostic& d : analysis.diagnostics) out += d.path + ":" + std::to_string(d.position.line) + ": " + d.message + "\n";
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

TEST_CASE("an unresolvable relative import is a warning; a package, an asset or an excluded test file is not") {
    const Project p(Sources{{"page.ts", "import x from './gone';\nimport y from 'react';\nimport './style.css';\n"
                                        "import './logo.svg';\nimport raw from './page.ts?raw';\n"
                                        "import { helper } from './actions.test';"}});
    REQUIRE(p.analysis.diagnostics.size() == 1);
    CHECK(p.analysis.diagnostics[0].severity == Severity::Warning);
    CHECK(p.analysis.diagnostics[0].code == "unresolved-import");
    CHECK(p.analysis.diagnostics[0].message == "cannot resolve './gone' to a file of this project");
}

TEST_CASE("fail safe: an unresolved import keeps alive the names it imports in every module it may name") {
    // './Actions' differs in case only: it may be the same file on a case-insensitive disk.
    const Project p({{"actions.ts", kActions},
                     {"other.ts", "'use server';\nexport async function a() {}\nexport async function z() {}\n"},
                     {"page.tsx", "import { a } from './Actions';\nimport { b } from './Actions';"},
                     {"form.tsx", "import { a } from './Actions';"}});
    CHECK(p.kept() == "actions.ts#a<-./Actions@form.tsx;./Actions@page.tsx; actions.ts#b<-./Actions@page.tsx; ");
    CHECK(p.stripped() == "actions.ts#default other.ts#a other.ts#z ");
    // One warning for the specifier, however often it appears, naming what it kept.
    CHECK(p.warnings() == "form.tsx:1: cannot resolve './Actions' to a file of this project (imported by 2 files); "
                          "it may name one, so the actions it could import stay live: actions.ts#a, actions.ts#b\n");
}

TEST_CASE("fail safe: namespace and dynamic imports keep every export; an unknown alias may name any module") {
    // (An alias nobody configured: every 'use server' module is a candidate.)
    const Project p({{"app/actions.ts", kActions},
                     {"lib/other.ts", "'use server';\nexport async function x() {}\n"},
                     {"page.tsx", "import * as all from '~/unknown/thing';\nconst m = import('@Alias/else');"}});
    CHECK(p.stripped().empty());
    CHECK(p.kept().find("lib/other.ts#x<-@Alias/else@page.tsx;~/unknown/thing@page.tsx;") != std::string::npos);
    CHECK(p.analysis.diagnostics.size() == 2);
}

TEST_CASE("fail safe: an unresolved re-export in a barrel keeps what the barrel's importers use") {
    const Project p({{"app/actions.ts", kActions},
                     {"app/index.ts", "export * from './ACTIONS';"},
                     {"page.tsx", "import { b } from './app';"}});
    CHECK(p.kept() == "app/actions.ts#b<-./ACTIONS@app/index.ts; ");
}

TEST_CASE("an action only its own module uses is stripped with that reason") {
    const Project p({{"actions.ts", std::string(kActions) + "export async function d() { await a(); }\n"
                                                            "import { a as self } from './actions';\n"},
                     {"page.tsx", "import { b } from './actions';"}});
    CHECK(p.stripped() == "actions.ts#a actions.ts#default actions.ts#d ");
    REQUIRE(p.analysis.stripped.size() == 3);
    CHECK(p.analysis.stripped[0].reason == StripReason::OwnModuleOnly);
    CHECK(p.analysis.stripped[1].reason == StripReason::NoImporter);
}

TEST_CASE("export conditions: every module an environment may pick is used") {
    ResolverConfig resolver;
    PackageJson ui;
    ui.directory = "packages/ui";
    ui.name = "@acme/ui";
    ui.exports = nlohmann::ordered_json::parse(R"({ "./actions": { "react-server": "./server.ts", "default": "./client.ts" } })");
    resolver.packages = PackageIndex::of({ui});
    const Project p({{"packages/ui/server.ts", kActions},
                     {"packages/ui/client.ts", "'use server';\nexport { a } from './server';"},
                     {"page.tsx", "import { a } from '@acme/ui/actions';"}},
                    false, resolver);
    CHECK(p.live() == "packages/ui/server.ts#a<-page.tsx; ");
}

TEST_CASE("importers of a barrel name share one walk and keep their own attribution") {
    // The walk from a barrel's name to its actions is memoised per (module, name); each
    // importer must still be recorded, and a fail-safe reason stays the first unresolved hop.
    const Project p({{"app/actions.ts", kActions},
                     {"app/inner.ts", "export * from './actions';\nexport * from './ACTIONS';"},
                     {"app/index.ts", "export * from './inner';"},
                     {"one.tsx", "import { a } from './app';"},
                     {"two.tsx", "import { a, b } from './app/index';"},
                     {"three.tsx", "import { a } from './app/actions';"},
                     {"four.tsx", "import { b } from './app/inner';"}});
    CHECK(p.live() == "app/actions.ts#a<-one.tsx;three.tsx;two.tsx; app/actions.ts#b<-four.tsx;two.tsx; ");
    CHECK(p.kept() == "app/actions.ts#a<-./ACTIONS@app/inner.ts; app/actions.ts#b<-./ACTIONS@app/inner.ts; ");
    CHECK(p.stripped() == "app/actions.ts#default ");
}
