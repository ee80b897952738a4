#include "audit/config.h"

#include "support/glob.h"

namespace actionc {

namespace {

AuditConfig makeDefaults() {
    AuditConfig c;
    c.defaults = false;
    c.guards = {
        // Auth.js / NextAuth: v4's getServerSession, v5's `export const { auth } = NextAuth(…)`,
        // and the modules the seed guide and Auth.js's own docs keep it in.
        {"{next-auth,next-auth/next}", "getServerSession"},
        {"next-auth", "default.auth"},
        {"{@/lib/auth,@/auth}", "auth"},
        // Clerk
        {"{@clerk/nextjs,@clerk/nextjs/server}", "{auth,currentUser}"},
        {"{@clerk/nextjs,@clerk/nextjs/server}", "auth.protect", true},
        // Supabase: on a client whatever made it; updateUser acts on the session's own user
        {"*", "*.auth.{getUser,getSession,getClaims,updateUser}"},
        {"@supabase/**", "*.auth.{getUser,getSession,getClaims,updateUser}"},
        // Better Auth: `export const auth = betterAuth(…)`, then auth.api.getSession(…)
        {"{better-auth,better-auth/**}", "betterAuth.api.getSession"},
        // Lucia: `new Lucia(adapter)`, then lucia.validateSession(…) (validateRequest is the app's)
        {"lucia", "Lucia.validateSession"},
        // iron-session
        {"{iron-session,iron-session/**}", "{getIronSession,getServerActionIronSession}"},
        // Auth0
        {"{@auth0/nextjs-auth0,@auth0/nextjs-auth0/**}", "{getSession,Auth0Client.getSession,default.getSession}"},
        // Kinde: `const { getUser } = getKindeServerSession()`
        {"@kinde-oss/kinde-auth-nextjs/server", "getKindeServerSession.{getUser,isAuthenticated,getPermission,getRoles}"},
        // WorkOS AuthKit
        {"@workos-inc/authkit-nextjs", "withAuth"},
        // Not jose's jwtVerify nor jsonwebtoken's verify: they verify invitation, password-reset
        // and email tokens as much as sessions, in the very actions that are public by design.
        // A hand-made session function is configured by name (docs/audit.md).
    };
    c.wrappers = {
        {"{@auth0/nextjs-auth0,@auth0/nextjs-auth0/**}", "{withApiAuthRequired,withPageAuthRequired}"},
    };
    c.validators = {
        // zod, yup, joi, effect, arktype-like schemas: a method of a schema object
        {"*", "*.**.{parse,safeParse,parseAsync,safeParseAsync,spa,validate,validateSync,validateAsync,decodeUnknown,decodeUnknownSync}"},
        {"{valibot,valibot/**}", "{parse,safeParse,parseAsync,safeParseAsync,assert,is}"},
        {"superstruct", "{assert,create,validate,is,mask}"},
        {"typia", "{assert,assertEquals,is,equals,validate,validateEquals}"},
        {"@conform-to/**", "{parseWithZod,parseWithValibot,parseWithYup,parse}"},
        {"zod-form-data", "zfd.**"},
    };
    c.dataLayer = {
        {"*", "{prisma,db,database,supabase}.**"},
        {"{@prisma/client,@prisma/client/**,**/prisma,**/prisma/client,**/generated/prisma/**}", "PrismaClient.**"},
        {"drizzle-orm/**", "drizzle.**"},
        {"@vercel/postgres", "{sql,db}.**"},
        {"postgres", "default.**"},
        {"@neondatabase/serverless", "neon.**"},
        {"mongodb", "MongoClient.**"},
        {"mongoose", "{default.model,model}.**"},
        {"kysely", "Kysely.**"},
        {"@supabase/**", "*.from.**"},
        {"@libsql/client", "createClient.**"},
    };
    return c;
}

void describe(const char* list, const std::vector<AuditPattern>& patterns, std::string& out) {
    out += list;
    for (const AuditPattern& p : patterns) {
        out += '|' + p.from + '#' + p.name + (p.asserts ? "!" : "");
    }
    out += '\n';
}

// A dotted name as a '/'-separated path, so the glob's segment rules apply to members.
std::string slashed(std::string_view dotted) {
    std::string out(dotted);
    for (char& c : out) {
        if (c == '.') c = '/';
    }
    return out;
}

}  // namespace

const AuditConfig& defaultAuditConfig() {
    static const AuditConfig defaults = makeDefaults();
    return defaults;
}

AuditConfig effectiveAuditConfig(const AuditConfig& user) {
    AuditConfig out;
    out.defaults = false;
    auto add = [](std::vector<AuditPattern>& to, const std::vector<AuditPattern>& from) {
        to.insert(to.end(), from.begin(), from.end());
    };
    if (user.defaults) {
        const AuditConfig& d = defaultAuditConfig();
        add(out.guards, d.guards);
        add(out.wrappers, d.wrappers);
        add(out.validators, d.validators);
        add(out.dataLayer, d.dataLayer);
    }
    add(out.guards, user.guards);
    add(out.wrappers, user.wrappers);
    add(out.validators, user.validators);
    add(out.dataLayer, user.dataLayer);
    return out;
}

std::string describeAuditConfig(const AuditConfig& config) {
    std::string out = config.defaults ? "defaults\n" : "no defaults\n";
    describe("guards", config.guards, out);
    describe("wrappers", config.wrappers, out);
    describe("validators", config.validators, out);
    describe("dataLayer", config.dataLayer, out);
    return out;
}

bool patternMatches(const AuditPattern& pattern, std::string_view specifier, const std::vector<std::string>& path,
                    bool globalRoot) {
    if (path.empty()) return false;
    if (specifier.empty()) {
        if (pattern.from != "*") return false;  // as written: only "any module" patterns
        const std::string_view first = std::string_view(pattern.name).substr(0, pattern.name.find('.'));
        if (globalRoot && first.find('*') != std::string_view::npos) return false;
    } else if (pattern.from != "*") {
        // The glob reads a leading "./" as nothing; so must the specifier.
        if (specifier.starts_with("./")) specifier.remove_prefix(2);
        if (!globMatch(pattern.from, specifier)) return false;
    }
    std::string joined;
    for (const std::string& segment : path) {
        if (segment.empty() || segment.find('/') != std::string::npos) return false;
        joined += (joined.empty() ? "" : "/") + segment;
    }
    return globMatch(slashed(pattern.name), joined);
}

}  // namespace actionc
