#include "driver/audit_command.h"

#include "graph/graph.h"
#include "graph/resolve.h"
#include "support/thread_pool.h"

namespace actionc {

std::vector<Diagnostic> AuditRun::auditDiagnostics() const {
    std::vector<Diagnostic> out = report.diagnostics;
    for (const ActionAudit& a : report.actions) out.insert(out.end(), a.findings.begin(), a.findings.end());
    sortDiagnostics(out);
    return out;
}

AuditRun runAudit(const BuildOptions& options) {
    AuditRun run;
    const std::vector<ProjectFile> files = discoverProject(options.project);
    std::vector<std::string> compiled;
    GraphOptions graphOptions;
    graphOptions.keepUnused = options.keepUnused;
    for (const ProjectFile& f : files) {
        (f.compiled ? compiled : graphOptions.assets).push_back(f.relativePath);
    }
    run.modules.resize(compiled.size());
    parallelFor(compiled.size(), options.jobs ? options.jobs : defaultJobCount(), [&](std::size_t i) {
        run.modules[i] = loadModule(options.project.root, compiled[i], nullptr);
    });
    std::string tsconfigError;
    if (auto resolver = loadTsconfig(options.project.root, &tsconfigError)) {
        graphOptions.resolver = std::move(*resolver);
    } else {
        Diagnostic d;
        d.code = "tsconfig";
        d.message = tsconfigError;
        run.diagnostics.push_back(d);
    }
    ModuleList moduleList;
    for (const CompiledModule& m : run.modules) {
        moduleList.push_back(&m);
        run.diagnostics.insert(run.diagnostics.end(), m.facts.diagnostics.begin(), m.facts.diagnostics.end());
    }
    run.projectModules = projectModules(moduleList);
    const ProjectAnalysis analysis = analyseProject(run.projectModules, graphOptions);
    run.diagnostics.insert(run.diagnostics.end(), analysis.diagnostics.begin(), analysis.diagnostics.end());
    sortDiagnostics(run.diagnostics);
    if (hasErrors(run.diagnostics)) return run;
    run.report = auditProject(run.projectModules, analysis, effectiveAuditConfig(options.audit),
                              options.jobs ? options.jobs : defaultJobCount());
    run.ok = true;
    return run;
}

}  // namespace actionc
