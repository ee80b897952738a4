// What the security audit (audit/, SPEC §9) needs to know of a module, read from its
// syntax tree in the facts stage like every other fact: for every function, the calls it
// makes (callees as the module names them), how it checks their results, its parameters'
// types and whether they reach a validator, what it returns; the module's bindings and
// exports, so calls can be followed into other modules; its `actionc-audit-ignore`
// comments. Nothing here knows which calls are guards: that is configuration, applied by
// the audit stage.
#pragma once

#include "syntax/source.h"
#include "syntax/syntax.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace actionc {

// A value as the code names it: a root name and the members read from it, with calls,
// `await`, `new`, parentheses and type assertions looked through. `(await
// createClient()).auth.getUser` is {Module "createClient", ["auth", "getUser"]}; a local
// variable is replaced by what it was declared with, so only module-level names,
// globals and parameters remain as roots.
struct ValuePath {
    enum class Root : std::uint8_t {
        None,       // not rooted at a name (a literal, `this`, a computed member)
        Module,     // a module-level binding of this module (ModuleAuditFacts::bindings)
        Global,     // declared nowhere in the module (`fetch`, `JSON`)
        Parameter,  // a parameter of an enclosing function
        Function,   // a function declared inside a function: `function` is its index
    };
    Root root = Root::None;
    std::string name;  // the root's name (Module, Global, Parameter)
    std::vector<std::string> members;
    std::int32_t function = -1;  // Root::Function

    bool empty() const { return root == Root::None; }
};

// How a call's result (or what is derived from it: `const user = session?.user`) is
// tested before the function goes on, strongest first.
enum class ResultCheck : std::uint8_t {
    None,            // never tested
    RequiresAbsent,  // `if (session) redirect(…)`: the branch leaves when there IS one
    Tests,           // tested otherwise: `if (session?.user) { … }`, a ternary, a comparison that does not leave
    Returns,         // `if (!session) return …`: leaves by returning
    Throws,          // `if (!session) throw …`, or redirect()/notFound()/assert(session): leaves for good
};

struct AuditCall {
    ValuePath callee;
    std::string written;  // the callee as written, calls dropped: "supabase.auth.getUser"
    std::uint32_t offset = 0;  // the callee's text, where a finding about the call points
    std::uint32_t length = 0;
    ResultCheck check = ResultCheck::None;
    // Parameters of the calling function (bit i: parameter i, the first 32) whose values,
    // or values derived from them, are among the arguments.
    std::uint32_t parameterArguments = 0;
    bool returned = false;  // its result, or something derived from it, is returned
    // Not a call of this function: one of an enclosing function, whose result this one
    // reads as a capture (an inline action testing the session its page read); `offset`
    // is where it tests it.
    bool captured = false;
};

// A parameter type as the audit sees it: is it a reference (an ID, a primitive), form
// data, a schema's inferred type, or a whole record?
struct TypeShape {
    enum class Kind : std::uint8_t {
        Untyped,   // no annotation, `any`, `unknown`
        Safe,      // primitives, literals, FormData, File, Date…, a schema's inferred type, Pick/Omit
        Object,    // an object type spelled out here (literal, interface or alias): `hasId` says if it names a record
        Model,     // an ORM row type: `typeof posts.$inferSelect`, InferSelectModel<…>, Selectable<…>
        Named,     // a type imported from another module: the audit looks it up there
        Other,
    };
    Kind kind = Kind::Untyped;
    bool hasId = false;   // Object: has an `id` or `_id` property
    bool named = false;   // Object: declared as an interface or type alias, not spelled out at the parameter
    std::string name;     // Named: the imported name ("Post", or "Prisma.Post" for a namespace member)
    std::string from;     // Named: the import specifier
};

struct AuditParameter {
    std::vector<std::string> names;  // the names it binds (several when destructured)
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
    TypeShape type;
    std::string typeText;  // the annotation as written, for messages
    bool used = false;     // read anywhere in the function
    bool typeChecked = false;  // tested with typeof, instanceof or a call in an `if` condition
};

// A `return` whose value is a call's result: `return db.post.findMany()`, or `const rows
// = await db.select()…; return rows`.
struct AuditReturn {
    std::int32_t call = -1;  // index into the function's calls
    std::uint32_t offset = 0;  // the returned expression
    std::uint32_t length = 0;
};

// Every function of the module (declarations, expressions, arrows, methods), in source
// order of their start.
struct AuditFunction {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    // Where a comment directly above the function's declaration attaches: the start of the
    // statement (or property, JSX attribute) it is written in.
    std::uint32_t anchor = 0;
    std::int32_t parent = -1;  // the enclosing function
    std::vector<AuditParameter> parameters;
    std::vector<AuditCall> calls;  // in its own body (not nested functions), in source order
    // The first `return` that hands back a computed value (not a constant like `{ error:
    // 'Unauthorized' }`): a check must come before its end.
    std::uint32_t firstDataReturnStart = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t firstDataReturnEnd = std::numeric_limits<std::uint32_t>::max();
    std::vector<AuditReturn> returnedCalls;
    ValuePath returns;  // what its first `return` returns, when that is a path (factories: createClient)
};

// A module-level name.
struct AuditBinding {
    enum class Kind : std::uint8_t { Import, Function, Value, Type };
    std::string name;
    Kind kind = Kind::Value;
    std::string specifier;     // Import
    std::string importedName;  // Import: "default", "*" or the exported name
    std::int32_t function = -1;  // Function; Value: the function a call wraps (`cache(async () => …)`)
    ValuePath value;             // Value: what it is declared with
    // Value: the functions passed to the calls of its declaration's chain
    // (`client.use(async ({ next }) => …).action(…)`), as function indices, and the other
    // values passed there (`.use(requireUser)`).
    std::vector<std::int32_t> chainFunctions;
    std::vector<ValuePath> chainArguments;
    std::vector<std::string> chainMembers;  // the methods called in its chain: "schema", "use", "action"
    TypeShape type;              // Type
    std::uint32_t statement = 0;  // start of the statement declaring it
};

struct AuditExport {
    std::string exportName;  // "default" for the default export
    std::string localName;   // the binding exported (a synthetic "*default*" binding for `export default <expression>`)
};

// `// actionc-audit-ignore audit-auth: reason`
struct AuditSuppression {
    std::string code;
    std::string reason;
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
    std::int32_t function = -1;  // the function whose body holds the comment, if any
    std::uint32_t target = 0;    // the start of what follows the comment
};

struct ModuleAuditFacts {
    std::vector<AuditFunction> functions;
    std::vector<AuditBinding> bindings;
    std::vector<AuditExport> exports;
    std::vector<AuditSuppression> suppressions;
};

// The synthetic binding `export default <expression>` is recorded under.
inline constexpr std::string_view kDefaultExpressionBinding = "*default*";

// Reads the audit facts of a parsed module.
ModuleAuditFacts extractAuditFacts(Node program, const SourceFile& source);

// Parses `source` and reads its audit facts: for modules the build only prescanned
// (no 'use server'), whose functions an action calls. The tree is dropped on return.
ModuleAuditFacts parseAuditFacts(const SourceFile& source);

}  // namespace actionc
