// What the audit recognises, by import specifier and name (actionc.json "audit"; the
// defaults in config.cpp are listed in docs/audit.md):
//
//   { "from": "next-auth", "name": "getServerSession" }
//   { "from": "@/lib/session", "name": "requireUser", "asserts": true }
//   { "from": "*", "name": "*.auth.getUser" }
//
// `from` is a glob over the specifier as an import writes it ("@supabase/*",
// "drizzle-orm/**"; "*" is any). `name` is a glob over the dotted path of the callee, with
// calls dropped: the imported name ("default" for a default import) and the members read
// from it: "default.auth" is `NextAuth(…).auth`, "PrismaClient.**" any method of `new
// PrismaClient()`. With `from` "*", `name` is also matched against the callee as written
// (`supabase.auth.getUser`), except that a wildcard never stands for a global (`JSON`).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace actionc {

struct AuditPattern {
    std::string from;
    std::string name;
    // Guards: the call itself throws or redirects when there is no user (Clerk's
    // auth.protect()); otherwise its result must be checked (`if (!session) …`).
    bool asserts = false;
};

struct AuditConfig {
    std::vector<AuditPattern> guards;      // authentication/authorization calls
    std::vector<AuditPattern> wrappers;    // calls that create authenticated actions
    std::vector<AuditPattern> validators;  // schema checks of input
    std::vector<AuditPattern> dataLayer;   // database calls whose results must not be returned raw
    bool defaults = true;                  // add the built-in patterns (defaultAuditConfig)

    bool operator==(const AuditConfig&) const = default;
};

// The built-in patterns: Auth.js, Clerk, Supabase, Better Auth, Lucia, iron-session, Auth0,
// Kinde, WorkOS; zod, valibot, yup, superstruct, typia, conform; Prisma, Drizzle,
// @vercel/postgres, postgres.js, Neon, MongoDB, Mongoose, Kysely, Supabase.
const AuditConfig& defaultAuditConfig();

// `user`'s patterns, after the defaults unless it turns them off.
AuditConfig effectiveAuditConfig(const AuditConfig& user);

// The audit configuration as text, for the build's fingerprint.
std::string describeAuditConfig(const AuditConfig& config);

// Whether `pattern` matches a callee reached through an import of `specifier`, as
// `path` (its imported name and members), or (when `specifier` is empty) as written,
// with `globalRoot` saying whether the written root is a global.
bool patternMatches(const AuditPattern& pattern, std::string_view specifier, const std::vector<std::string>& path,
                    bool globalRoot = false);

}  // namespace actionc
