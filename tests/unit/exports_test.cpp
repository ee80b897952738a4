#include "test_support.h"

#include <doctest/doctest.h>

using namespace actionc;
using actionc::test::codes;
using actionc::test::compileSnippet;

namespace {

std::string actionNames(const ModuleFacts& facts) {
    std::string out;
    for (const ExportedAction& a : facts.actions) {
        if (!out.empty()) out += ',';
        out += a.exportName + "=" + (a.localName.empty() ? "<anon>" : a.localName);
    }
    return out;
}

}  // namespace

TEST_CASE("every allowed export form becomes an action") {
    const auto c = compileSnippet(R"('use server';
export async function a(x: number, y?: string) {}
export const b = async () => {};
export const c = async function named(this: Window, z) {};
export let d = async (...rest: unknown[]) => {};
const e = async ({ id }: { id: string }, [first] = []) => {};
export { e, e as "e-alias" };
export const f = client.action(async () => {});
export async function* g() {}
export default async function () {}
)");
    CHECK(codes(c.facts.diagnostics).empty());
    CHECK(actionNames(c.facts) == "a=a,b=b,c=c,d=d,e=e,e-alias=e,f=f,g=g,default=<anon>");
    CHECK(*c.facts.actions[0].paramCount == 2);
    CHECK(*c.facts.actions[2].paramCount == 1);  // `this:` is not a parameter
    CHECK(*c.facts.actions[3].paramCount == 1);
    CHECK(*c.facts.actions[4].paramCount == 2);
    CHECK_FALSE(c.facts.actions[6].paramCount.has_value());  // call value: unknown
    CHECK(c.facts.actions[6].isCallValue);
    CHECK(c.facts.actions[8].anonymous == AnonymousDefault::FunctionExpression);
}

TEST_CASE("action positions point at the exported name") {
    const auto c = compileSnippet("'use server';\nexport async function createPost() {}\n");
    REQUIRE(c.facts.actions.size() == 1);
    CHECK(c.facts.actions[0].position.line == 2);
    CHECK(c.facts.actions[0].position.column == 23);
}

TEST_CASE("types are erased, never errors") {
    const auto c = compileSnippet(R"('use server';
export type A = { a: number };
export interface B { b: string }
type C = number;
export { type C };
export type { C as D };
export declare const e: number;
export async function f(x: string): Promise<void>;
export async function f(x: any) {}
)");
    CHECK(codes(c.facts.diagnostics).empty());
    CHECK(actionNames(c.facts) == "f=f");
}

TEST_CASE("non-function exports are errors that name what they are") {
    struct Case {
        const char* source;
        const char* code;
        const char* mentions;
    };
    const Case cases[] = {
        {"export const x = 1;", "export-not-function", "a number"},
        {"export const x = 'a';", "export-not-function", "a string"},
        {"export const x = { a: 1 };", "export-not-function", "an object literal"},
        {"export const x = [1];", "export-not-function", "an array literal"},
        {"export class K {}", "export-not-function", "a class"},
        {"export enum E { A }", "export-not-function", "an enum"},
        {"export namespace N { export const a = 1; }", "export-not-function", "a namespace"},
        {"export function f() {}", "export-not-async", "add 'async'"},
        {"export const f = () => {};", "export-not-async", "add 'async'"},
        {"export function* g() {}", "export-not-async", "generator"},
        {"export default 42;", "export-not-function", "a number"},
        {"export default class {}", "export-not-function", "a class"},
        {"export const { a } = obj;", "export-destructuring", "destructuring"},
        {"export { missing };", "export-undeclared", "'missing'"},
        {"const f = 1;\nexport = f;", "export-equals", "CommonJS"},
        {"export * as ns from './other';", "export-not-function", "namespace object"},
        {"export let x;", "export-not-function", "without a value"},
    };
    for (const Case& test : cases) {
        CAPTURE(test.source);
        const auto c = compileSnippet(std::string("'use server';\n") + test.source);
        REQUIRE(c.facts.diagnostics.size() == 1);
        CHECK(c.facts.diagnostics[0].code == test.code);
        CHECK(c.facts.diagnostics[0].message.find(test.mentions) != std::string::npos);
        CHECK(c.facts.actions.empty());
    }
}

TEST_CASE("re-exports are recorded for the project graph") {
    const auto c = compileSnippet(R"('use server';
export { a, b as c } from './more';
export * from './all';
import { d } from './d';
export { d as e };
)");
    CHECK(codes(c.facts.diagnostics).empty());
    REQUIRE(c.facts.reExports.size() == 4);
    CHECK(c.facts.reExports[0].importedName == "a");
    CHECK(c.facts.reExports[1].exportName == "c");
    CHECK(c.facts.reExports[2].exportName == "*");
    CHECK(c.facts.reExports[3].specifier == "./d");
    CHECK(c.facts.reExports[3].importedName == "d");
    CHECK(c.facts.reExports[3].exportName == "e");
}

TEST_CASE("a non-'use server' module may export anything") {
    const auto c = compileSnippet("export const x = 1;\nexport class K {}\n");
    CHECK(c.facts.diagnostics.empty());
    CHECK(c.facts.actions.empty());
}

TEST_CASE("unparseable source is a diagnostic, never a crash") {
    const auto c = compileSnippet("'use server';\nexport async function (((\n");
    CHECK(codes(c.facts.diagnostics).find("syntax-error") != std::string::npos);
    const auto garbage = compileSnippet(std::string("\x00\xff\xfe{{{{", 7) + std::string(1000, '('));
    CHECK_FALSE(garbage.facts.diagnostics.empty());
}
