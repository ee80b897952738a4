// Stage 3b: the security review of every live action (SPEC §9, docs/audit.md). From the
// facts of every module and the project graph: does the action reach an authentication
// check before it returns (a configured guard, called directly, through the project's
// own functions across modules, or by the wrapper that creates the action); does it take
// whole records; does its input reach a validator; does it return data-layer results
// as they are. Findings are warnings with codes; `// actionc-audit-ignore CODE: reason`
// on an action suppresses one.
#pragma once

#include "audit/config.h"
#include "facts/facts.h"
#include "graph/graph.h"
#include "syntax/diagnostics.h"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace actionc {

enum class AuditCode : std::uint8_t { Auth, WholeRecord, UnvalidatedInput, RawReturn };

inline constexpr std::array<AuditCode, 4> kAuditCodes = {AuditCode::Auth, AuditCode::WholeRecord,
                                                         AuditCode::UnvalidatedInput, AuditCode::RawReturn};

// "audit-auth", "audit-whole-record", "audit-unvalidated-input", "audit-raw-return".
std::string_view auditCodeName(AuditCode code);

struct AuditSuppressed {
    AuditCode code = AuditCode::Auth;
    std::string reason;
    Diagnostic finding;  // what it suppressed
};

// One live action and what the audit found.
struct ActionAudit {
    std::size_t module = 0;
    bool isInline = false;
    std::size_t index = 0;  // into the module's facts.actions or facts.inlineActions
    std::string name;       // the export name, or the inline action's stable name
    std::string exportName; // the manifest's `export`
    Position position;
    std::vector<Diagnostic> findings;  // warnings, at most one per code, in code order
    std::vector<AuditSuppressed> suppressed;
};

struct AuditReport {
    std::vector<ActionAudit> actions;  // by module path, then position
    // About the suppression comments: malformed, unknown code, suppressing nothing.
    std::vector<Diagnostic> diagnostics;
    // Audit facts of modules the build did not parse, read because a call led into them
    // (module index, facts): the driver caches them with the module's other facts.
    std::vector<std::pair<std::size_t, ModuleAuditFacts>> parsedOnDemand;
    // How many there were: the count outlives the facts, which the driver moves out.
    std::size_t modulesParsedOnDemand = 0;

    std::size_t findingCount() const;
    std::size_t suppressedCount() const;
};

// `config` should be effective (effectiveAuditConfig). Modules without audit facts that
// calls may lead into are parsed first, on up to `jobs` threads (sources must hold their
// text); the results do not depend on `jobs`.
AuditReport auditProject(const std::vector<ProjectModule>& modules, const ProjectAnalysis& analysis,
                         const AuditConfig& config, unsigned jobs = 1);

// `actionc audit --json`.
std::string formatAuditJson(const AuditReport& report, const std::vector<ProjectModule>& modules);
// The summary after the diagnostics: counts, then every suppressed finding with its reason.
std::string formatAuditSummary(const AuditReport& report, const std::vector<ProjectModule>& modules);

}  // namespace actionc
