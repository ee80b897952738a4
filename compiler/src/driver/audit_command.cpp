#include "driver/audit_command.h"

// runAudit shares the build's reading of the project, so it lives with it in build.cpp.

namespace actionc {

std::vector<Diagnostic> AuditRun::auditDiagnostics() const {
    std::vector<Diagnostic> out = report.diagnostics;
    for (const ActionAudit& a : report.actions) out.insert(out.end(), a.findings.begin(), a.findings.end());
    sortDiagnostics(out);
    return out;
}

}  // namespace actionc
