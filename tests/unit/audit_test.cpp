// The security audit: the facts it reads from a module (facts/audit_facts.*), the
// patterns it matches (audit/config.*) and its rules over a project (audit/audit.*).
#include "audit/audit.h"
#include "audit/config.h"
#include "driver/config.h"
#include "facts/prescan.h"
#include "graph/graph.h"
#include "manifest/diff.h"
#include "manifest/manifest.h"
#include "test_support.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace actionc;
using actionc::test::Compiled;
using actionc::test::compileSnippet;

namespace {

const AuditFunction& functionNamed(const ModuleAuditFacts& facts, const std::string& name) {
    for (const AuditBinding& b : facts.bindings) {
        if (b.name == name && b.function >= 0) return facts.functions[static_cast<std::size_t>(b.function)];
    }
    FAIL("no function " << name);
    static const AuditFunction none;
    return none;
}

const AuditCall& callWritten(const AuditFunction& fn, const std::string& written) {
    for (const AuditCall& c : fn.calls) {
        if (c.written == written) return c;
    }
    FAIL("no call " << written);
    static const AuditCall none;
    return none;
}

ResultCheck checkOf(const std::string& body, const std::string& written = "auth") {
    const Compiled c = compileSnippet("'use server';\nimport { auth } from 'x';\nexport async function f(id) {\n" + body + "\n}\n");
    REQUIRE(c.facts.audit);
    return callWritten(functionNamed(*c.facts.audit, "f"), written).check;
}

// A project of snippets; `prescanned` modules get only the lexical prescan's facts, as a
// build gives a module without 'use server'.
using Sources = std::vector<std::pair<std::string, std::string>>;

struct Project {
    std::vector<Compiled> files;
    ProjectAnalysis analysis;
    AuditReport report;

    explicit Project(Sources sources, AuditConfig config = {},
            std::vector<std::string> prescanned = {}, unsigned jobs = 1) {
        for (auto& [path, text] : sources) {
            if (std::find(prescanned.begin(), prescanned.end(), path) != prescanned.end()) {
                Compiled c;
                c.source = std::make_unique<SourceFile>(path, path, text, *dialectForPath(path));
                c.facts = prescanModule(c.source->text).facts;
                files.push_back(std::move(c));
            } else {
                files.push_back(compileSnippet(text, path));
            }
        }
        std::vector<ProjectModule> modules;
        for (const Compiled& c : files) modules.push_back({c.source.get(), &c.facts});
        analysis = analyseProject(modules, {ResolverConfig{}, {}, /*keepUnused=*/true});
        report = auditProject(modules, analysis, effectiveAuditConfig(config), jobs);
    }

    // "name:code,code" for every action, in order.
    std::string findings() const {
        std::string out;
        for (const ActionAudit& a : report.actions) {
            out += a.name + ":";
            for (const Diagnostic& d : a.findings) out += d.code + ",";
            out += " ";
        }
        return out;
    }
};

}  // namespace

TEST_CASE("audit facts: a local client is replaced by what made it") {
    const Compiled c = compileSnippet(R"('use server';
import { createClient } from '@/lib/supabase';
export async function f() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error('no');
}
)");
    const AuditCall& call = callWritten(functionNamed(*c.facts.audit, "f"), "supabase.auth.getUser");
    CHECK(call.callee.root == ValuePath::Root::Module);
    CHECK(call.callee.name == "createClient");
    CHECK(call.callee.members == std::vector<std::string>{"auth", "getUser"});
    CHECK(call.check == ResultCheck::Throws);  // `user` is destructured from the call's result
}

TEST_CASE("audit facts: how a guard's result is tested") {
    CHECK(checkOf("const s = await auth(); if (!s) throw new Error('x');") == ResultCheck::Throws);
    CHECK(checkOf("const s = await auth(); if (!s?.user) redirect('/login');") == ResultCheck::Throws);
    CHECK(checkOf("const s = await auth(); if (!s) return { error: 'x' };") == ResultCheck::Returns);
    CHECK(checkOf("const s = await auth(); if (s == null) return;") == ResultCheck::Returns);
    CHECK(checkOf("const s = await auth(); if (s) redirect('/');") == ResultCheck::RequiresAbsent);
    CHECK(checkOf("const s = await auth(); if (s) { work(); } else { throw new Error(); }") == ResultCheck::Throws);
    CHECK(checkOf("const s = await auth(); if (s?.user) { work(); }") == ResultCheck::Tests);
    CHECK(checkOf("const s = await auth(); if (s.user.role !== 'admin') throw new Error();") == ResultCheck::Throws);
    CHECK(checkOf("const s = await auth(); const user = s?.user; if (!user) throw new Error();") == ResultCheck::Throws);
    CHECK(checkOf("const { error } = await auth(); if (error) return { error };") == ResultCheck::Returns);
    CHECK(checkOf("if (!(await auth())) throw new Error();") == ResultCheck::Throws);
    CHECK(checkOf("const s = await auth(); assert(s);") == ResultCheck::Throws);
    CHECK(checkOf("const s = await auth(); return s ? 1 : 2;") == ResultCheck::Tests);
    CHECK(checkOf("const s = await auth(); use(s?.user?.id);") == ResultCheck::None);
    // A shadowing local in a nested block is another variable.
    CHECK(checkOf("const s = await auth(); { const s = 1; if (!s) throw new Error(); }") == ResultCheck::None);
}

TEST_CASE("audit facts: parameters, their types, and what reaches a call") {
    const Compiled c = compileSnippet(R"('use server';
import type { Post } from '@prisma/client';
interface Item { id: string; title: string }
export async function f(formData: FormData, item: Item, post: Post, n: unknown, unused: string) {
  schema.parse({ title: formData.get('title') });
  if (typeof n !== 'number') throw new Error();
  return [item, post];
}
)");
    const AuditFunction& fn = functionNamed(*c.facts.audit, "f");
    REQUIRE(fn.parameters.size() == 5);
    CHECK(fn.parameters[0].type.kind == TypeShape::Kind::Safe);
    CHECK(fn.parameters[1].type.kind == TypeShape::Kind::Object);
    CHECK(fn.parameters[1].type.hasId);
    CHECK(fn.parameters[1].type.named);
    CHECK(fn.parameters[2].type.kind == TypeShape::Kind::Named);
    CHECK(fn.parameters[2].type.from == "@prisma/client");
    CHECK(fn.parameters[3].typeChecked);
    CHECK_FALSE(fn.parameters[4].used);
    // formData is read in the callee of an argument (`formData.get`): it reaches parse.
    CHECK(callWritten(fn, "schema.parse").parameterArguments == 1u);
    CHECK(callWritten(fn, "formData.get").parameterArguments == 0u);
}

TEST_CASE("audit facts: module bindings, destructured and chained") {
    const Compiled c = compileSnippet(R"('use server';
import NextAuth from 'next-auth';
export const { auth, handlers: { GET } } = NextAuth({});
export const client = base.use(async ({ next }) => next()).schema(s);
export const act = client.action(async () => 1);
export default client.action(async () => 2);
)");
    const ModuleAuditFacts& a = *c.facts.audit;
    auto binding = [&](const std::string& name) -> const AuditBinding& {
        for (const AuditBinding& b : a.bindings) {
            if (b.name == name) return b;
        }
        FAIL("no binding " << name);
        return a.bindings.front();
    };
    CHECK(binding("auth").value.name == "NextAuth");
    CHECK(binding("auth").value.members == std::vector<std::string>{"auth"});
    CHECK(binding("GET").value.members == std::vector<std::string>{"handlers", "GET"});
    CHECK(binding("client").chainMembers == std::vector<std::string>{"use", "schema"});
    CHECK(binding("client").chainFunctions.size() == 1);
    CHECK(binding("act").function >= 0);
    CHECK(binding(std::string(kDefaultExpressionBinding)).function >= 0);
}

TEST_CASE("audit facts: suppression comments") {
    const Compiled c = compileSnippet(R"('use server';
// actionc-audit-ignore audit-auth: public by design
export async function f() {
  /* actionc-audit-ignore audit-raw-return: a count */
  return 1;
}
)");
    const auto& s = c.facts.audit->suppressions;
    REQUIRE(s.size() == 2);
    CHECK(s[0].code == "audit-auth");
    CHECK(s[0].reason == "public by design");
    CHECK(s[0].function == -1);
    CHECK(s[0].target == c.source->text.find("export async"));
    CHECK(s[1].code == "audit-raw-return");
    CHECK(s[1].reason == "a count");
    CHECK(s[1].function == 0);
}

TEST_CASE("patterns: specifier and member globs, globals never stand behind a wildcard") {
    const AuditPattern supabase{"*", "*.auth.getUser"};
    CHECK(patternMatches(supabase, "", {"supabase", "auth", "getUser"}));
    CHECK(patternMatches(supabase, "@supabase/ssr", {"createServerClient", "auth", "getUser"}));
    CHECK_FALSE(patternMatches(supabase, "", {"auth", "getUser"}));
    const AuditPattern parse{"*", "*.**.parse"};
    CHECK(patternMatches(parse, "", {"z", "string", "parse"}));
    CHECK(patternMatches(parse, "", {"schema", "parse"}));
    CHECK_FALSE(patternMatches(parse, "", {"JSON", "parse"}, /*globalRoot=*/true));
    CHECK_FALSE(patternMatches(parse, "", {"parse"}));
    const AuditPattern prisma{"{@prisma/client,**/prisma}", "PrismaClient.**"};
    CHECK(patternMatches(prisma, "@prisma/client", {"PrismaClient", "user", "findMany"}));
    CHECK(patternMatches(prisma, "@/generated/prisma", {"PrismaClient"}));
    CHECK_FALSE(patternMatches(prisma, "prisma-other", {"PrismaClient"}));
    // A specific module is matched against imports, never against a callee as written.
    CHECK_FALSE(patternMatches({"next-auth", "getServerSession"}, "", {"getServerSession"}));
}

TEST_CASE("the audit follows calls into modules the build only prescanned") {
    const Project p(
        Sources{{"lib/auth.ts", "import NextAuth from 'next-auth';\nexport const { auth } = NextAuth({});\n"},
         {"lib/session.ts", "import { auth } from './auth';\n"
                            "export async function requireUser() { const s = await auth(); if (!s) throw new Error(); return s.user; }\n"
                            "export async function maybeUser() { const s = await auth(); return s?.user; }\n"},
         {"app/actions.ts", "'use server';\nimport { requireUser, maybeUser } from '../lib/session';\n"
                            "export async function ok() { await requireUser(); }\n"
                            "export async function tested() { const u = await maybeUser(); if (!u) return; }\n"
                            "export async function untested() { const u = await maybeUser(); return 1; }\n"
                            "export async function none() { return 1; }\n"}},
        {}, {"lib/auth.ts", "lib/session.ts"});
    CHECK(p.findings() == "ok: tested: untested:audit-auth, none:audit-auth, ");
    // Both helper modules were parsed for the audit, and handed back for the facts cache.
    CHECK(p.report.parsedOnDemand.size() == 2);
}

// A barrel's `export *` members are searched for a name without parsing those whose
// text never spells it.
TEST_CASE("the audit finds a name through export * barrels parsing only modules that spell it") {
    const Project p(
        Sources{{"lib/index.ts", "export * from './format';\nexport * from './dates';\nexport * from './session';\n"},
                {"lib/format.ts", "export function format(x) { return String(x); }\n"},
                {"lib/dates.ts", "export const today = () => new Date();\n"},
                {"lib/session.ts", "import NextAuth from 'next-auth';\nconst { auth } = NextAuth({});\n"
                                   "export async function requireUser() { const s = await auth(); if (!s) throw new Error(); return s; }\n"},
                {"app/actions.ts", "'use server';\nimport { requireUser } from '../lib';\n"
                                   "export async function ok() { await requireUser(); }\n"
                                   "export async function none() { return 1; }\n"}},
        {}, {"lib/index.ts", "lib/format.ts", "lib/dates.ts", "lib/session.ts"});
    CHECK(p.findings() == "ok: none:audit-auth, ");
    // The barrel holds no `requireUser` but re-exports; format and dates are never parsed.
    CHECK(p.report.parsedOnDemand.size() == 1);
}

// The actions are spread over the threads, each with its own memo of summaries; the
// modules parsed on demand are shared (each parsed once).
TEST_CASE("audit results do not depend on how many threads audit") {
    const Sources sources{
        {"lib/auth.ts", "import NextAuth from 'next-auth';\nexport const { auth } = NextAuth({});\n"},
        {"lib/session.ts", "import { auth } from './auth';\n"
                           "export async function requireUser() { const s = await auth(); if (!s) throw new Error(); return s.user; }\n"
                           "export async function maybeUser() { const s = await auth(); return s?.user; }\n"
                           "export async function loop(n) { if (n) return loop(n - 1); return requireUser(); }\n"},
        {"app/a.ts", "'use server';\nimport { requireUser, loop } from '../lib/session';\n"
                     "export async function ok() { await requireUser(); }\nexport async function viaLoop() { await loop(3); }\n"
                     "export async function none() { return 1; }\n"},
        {"app/b.ts", "'use server';\nimport { maybeUser, loop } from '../lib/session';\n"
                     "export async function untested() { const u = await maybeUser(); return 1; }\n"
                     "export async function tested() { const u = await maybeUser(); if (!u) return; }\n"
                     "export async function alsoLoop() { await loop(1); }\n"}};
    const Project one(sources, {}, {"lib/auth.ts", "lib/session.ts"}, 1);
    CHECK(one.findings() == "ok: viaLoop: none:audit-auth, untested:audit-auth, tested: alsoLoop: ");
    for (unsigned jobs : {2u, 3u, 8u}) {
        CAPTURE(jobs);
        const Project many(sources, {}, {"lib/auth.ts", "lib/session.ts"}, jobs);
        CHECK(many.findings() == one.findings());
        CHECK(many.report.parsedOnDemand.size() == 2);
    }
}

TEST_CASE("the audit recognises wrappers, configured and followed, and middleware") {
    AuditConfig config;
    config.wrappers.push_back({"@acme/actions", "protect"});
    const Project p(
        Sources{{"lib/safe.ts", "import { createSafeActionClient } from 'next-safe-action';\nimport { auth } from '@clerk/nextjs/server';\n"
                         "export const client = createSafeActionClient();\n"
                         "export const authed = client.use(async ({ next }) => { const { userId } = await auth(); "
                         "if (!userId) throw new Error(); return next(); });\n"},
         {"app/actions.ts", "'use server';\nimport { protect } from '@acme/actions';\nimport { authed, client } from '../lib/safe';\n"
                            "export const a = protect(async () => 1);\n"
                            "export const b = authed.action(async () => 2);\n"
                            "export const c = client.action(async () => 3);\n"}},
        config);
    CHECK(p.findings() == "a: b: c:audit-auth, ");
}

TEST_CASE("the audit: whole records, validation, raw returns, suppression") {
    const Project p(Sources{{"app/actions.ts", R"('use server';
import { auth } from '@clerk/nextjs/server';
import { prisma } from '../lib/db';
import { schema } from '../lib/schema';
interface Item { id: string; title: string }
export async function a(item: Item) { await auth.protect(); return schema.parse(item).id; }
export async function b(id: string) { await auth.protect(); return `/x/${id}`; }
export async function c() { await auth.protect(); return prisma.item.findMany(); }
// actionc-audit-ignore audit-auth: public
export async function d() { return 1; }
)"}});
    CHECK(p.findings() == "a:audit-whole-record, b:audit-unvalidated-input, c:audit-raw-return, d: ");
    REQUIRE(p.report.actions[3].suppressed.size() == 1);
    CHECK(p.report.actions[3].suppressed[0].reason == "public");
}

TEST_CASE("the audit of an inline action is its own: rendering checks do not count") {
    const Project p(Sources{{"app/page.tsx", R"(import { auth } from '@clerk/nextjs/server';
export default async function Page() {
  const { userId } = await auth();
  if (!userId) return null;
  async function save() { 'use server'; return 1; }
  async function guarded() { 'use server'; await auth.protect(); return 2; }
  return <form action={save}><button formAction={guarded} /></form>;
}
)"}});
    CHECK(p.findings() == "Page/save:audit-auth, Page/guarded: ");
}

TEST_CASE("the audit reads a page's captured session tested by its inline action") {
    const Project p(Sources{{"app/page.tsx", R"(import { auth } from '@clerk/nextjs/server';
export default async function Page() {
  const session = await auth();
  async function save() { 'use server'; if (!session.userId) return; return 1; }
  async function open() { 'use server'; return session.userId; }
  return <form action={save}><button formAction={open} /></form>;
}
)"}});
    // Captures travel encrypted: testing one is testing the session the page was rendered for.
    CHECK(p.findings() == "Page/save: Page/open:audit-auth, ");
}

TEST_CASE("the audit reads functions wrapped inside the creating call, and arrows' expression bodies") {
    const Project p(Sources{
        {"lib/auth.ts", "import { betterAuth } from 'better-auth';\nimport { headers } from 'next/headers';\n"
                        "export const instance = betterAuth({});\n"
                        "export const auth = async () => instance.api.getSession({ headers: await headers() });\n"
                        "export const logOnly = async () => { await auth(); return 1; };\n"},
        {"app/actions.ts", "'use server';\nimport { createSafeActionClient } from 'next-safe-action';\n"
                           "import { auth, logOnly } from '../lib/auth';\n"
                           "const client = createSafeActionClient();\n"
                           "export const a = client.action(withLogging('a', async () => { const s = await auth(); if (!s) throw new Error(); }));\n"
                           "export const b = client.action(withLogging('b', async () => 2));\n"
                           "export async function c() { const x = await logOnly(); if (!x) throw new Error(); }\n"}});
    // `logOnly` calls the guard but returns something else: it is no session getter.
    CHECK(p.findings() == "a: b:audit-auth, c:audit-auth, ");
}

TEST_CASE("functions are summarised exactly, however deep the calls and whatever was asked first") {
    // h1 → h2 → … → h2000 → auth.protect(), in a prescanned module; h1 and h2 also call each
    // other. No depth limit and no recursion: every action that reaches the guard passes.
    std::string helpers = "import { auth } from '@clerk/nextjs/server';\n";
    const int n = 2000;
    for (int i = 1; i < n; ++i) {
        helpers += "export async function h" + std::to_string(i) + "() { await h" + std::to_string(i + 1) + "(); }\n";
    }
    helpers += "export async function h" + std::to_string(n) + "() { await auth.protect(); }\n";
    helpers += "export async function loopA() { await loopB(); }\nexport async function loopB() { await loopA(); await h1(); }\n";
    const std::string deep = "export async function deep() { await h1(); }\n";
    const std::string near = "export async function near() { await h1500(); }\n";
    const std::string loop = "export async function loop() { await loopA(); }\n";
    const std::string head = "'use server';\nimport { h1, h1500, loopA } from '../lib/helpers';\n";
    const Project deepFirst(Sources{{"lib/helpers.ts", helpers}, {"app/actions.ts", head + deep + near + loop}}, {},
                            {"lib/helpers.ts"});
    const Project loopFirst(Sources{{"lib/helpers.ts", helpers}, {"app/actions.ts", head + loop + near + deep}}, {},
                            {"lib/helpers.ts"});
    CHECK(deepFirst.findings() == "deep: near: loop: ");
    CHECK(loopFirst.findings() == "loop: near: deep: ");
}

TEST_CASE("manifest audit results round-trip, and older manifests without them still read") {
    Manifest m;
    m.keyId = "k";
    ManifestAction a{"ID", "a.ts", "x", "module", 1, 1, true, 0, 0, {}, {}, ManifestAudit{{"audit-auth"}, {"audit-raw-return"}}};
    m.actions = {a};
    const std::string text = serializeManifest(m);
    CHECK(text.find("\"audit\": {") != std::string::npos);
    Diagnostic error;
    const auto parsed = parseManifest(text, "m.json", &error);
    REQUIRE(parsed);
    CHECK(parsed->actions[0].audit == a.audit);
    m.actions[0].audit.reset();
    const auto older = parseManifest(serializeManifest(m), "m.json", &error);
    REQUIRE(older);
    CHECK_FALSE(older->actions[0].audit);
    const auto wrong = parseManifest(R"({"version":1,"keyId":"k","stripped":[],"actions":[{"id":"I","module":"a","export":"x",
        "kind":"module","line":1,"column":1,"async":true,"params":0,"bound":0,"importers":[],"audit":{"findings":3}}]})",
                                     "m.json", &error);
    CHECK_FALSE(wrong);
    INFO(error.message);
    CHECK(error.message.find("actions[0].audit: \"findings\" is an integer, not an array of strings") != std::string::npos);
}

TEST_CASE("diff: new findings on new and on existing actions; none against a manifest without audit results") {
    auto action = [](std::string name, std::optional<ManifestAudit> audit) {
        return ManifestAction{"ID" + name, "a.ts", name, "module", 1, 1, true, 0, 0, {}, {}, std::move(audit)};
    };
    Manifest before;
    before.actions = {action("kept", ManifestAudit{{}, {}}), action("legacy", std::nullopt)};
    Manifest after;
    after.actions = {action("kept", ManifestAudit{{"audit-auth"}, {}}), action("legacy", ManifestAudit{{"audit-auth"}, {}}),
                     action("added", ManifestAudit{{"audit-auth", "audit-raw-return"}, {}})};
    const ManifestDiff diff = diffManifests(before, after);
    REQUIRE(diff.newFindings.size() == 3);
    CHECK(diff.newFindings[0].exportName == "kept");
    CHECK_FALSE(diff.newFindings[0].newAction);
    CHECK(diff.newFindings[1].exportName == "added");
    CHECK(diff.newFindings[1].newAction);
    CHECK(diff.needsReview());
    const std::string text = formatDiffText(diff);
    CHECK(text.find("! audit   a.ts#added: audit-auth (a new action without an auth check)") != std::string::npos);
    CHECK(text.find("! audit   a.ts#kept: audit-auth (now without an auth check)") != std::string::npos);
    CHECK(nlohmann::json::parse(formatDiffJson(diff))["counts"]["newFindings"] == 3);
}

TEST_CASE("actionc.json \"audit\": patterns read, mistakes located") {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "actionc-audit-config-test";
    std::filesystem::create_directories(dir);
    auto load = [&](const std::string& json, Diagnostic& error) {
        std::ofstream(dir / "actionc.json") << json;
        return loadProjectConfig(dir.string(), &error);
    };
    Diagnostic error;
    const auto config = load(R"({ "audit": { "guards": [{ "from": "@acme/auth", "name": "requireStaff", "asserts": true }],
                                             "dataLayer": [{ "from": "*", "name": "repo.**" }], "defaults": false } })",
                             error);
    REQUIRE(config);
    REQUIRE(config->audit.guards.size() == 1);
    CHECK(config->audit.guards[0].asserts);
    CHECK_FALSE(config->audit.defaults);
    const AuditConfig effective = effectiveAuditConfig(config->audit);
    CHECK(effective.guards.size() == 1);
    CHECK(effective.validators.empty());
    CHECK(effectiveAuditConfig({}).guards.size() == defaultAuditConfig().guards.size());
    CHECK_FALSE(load(R"({ "audit": { "gaurds": [] } })", error));
    CHECK(error.message == "unknown \"audit\" option \"gaurds\"; did you mean \"guards\"?");
    CHECK_FALSE(load(R"({ "audit": { "wrappers": [{ "from": "x", "name": "y", "asserts": true }] } })", error));
    CHECK(error.message.find("\"audit\".wrappers[0]: unexpected \"asserts\"") == 0);
    std::filesystem::remove_all(dir);
}
