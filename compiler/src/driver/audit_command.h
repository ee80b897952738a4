// `actionc audit ROOT`: the project read and analysed as a build reads it (same options,
// no output tree, no caches), then the security review of every live action (audit/).
#pragma once

#include "audit/audit.h"
#include "driver/build.h"
#include "driver/pipeline.h"

#include <string>
#include <vector>

namespace actionc {

struct AuditRun {
    bool ok = false;  // the project compiled without errors, so every action was audited
    // The project's own diagnostics (errors make `ok` false; warnings such as
    // unresolved imports are worth reading with the findings), sorted.
    std::vector<Diagnostic> diagnostics;
    AuditReport report;
    std::vector<CompiledModule> modules;
    std::vector<ProjectModule> projectModules;  // what `report` indexes

    // The findings and the warnings about suppression comments, sorted.
    std::vector<Diagnostic> auditDiagnostics() const;
};

AuditRun runAudit(const BuildOptions& options);

}  // namespace actionc
