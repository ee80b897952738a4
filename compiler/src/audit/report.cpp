// The audit's report for people (a summary after the diagnostics) and for machines
// (`actionc audit --json`, docs/cli.md).
#include "audit/audit.h"

#include <nlohmann/json.hpp>

namespace actionc {

namespace {

using Json = nlohmann::json;

Json diagnosticJson(const Diagnostic& d) {
    Json j = {{"code", d.code}, {"message", d.message}, {"file", d.path}, {"line", d.position.line},
              {"column", d.position.column}};
    if (!d.notes.empty()) {
        Json notes = Json::array();
        for (const Diagnostic& n : d.notes) {
            notes.push_back({{"message", n.message}, {"file", n.path}, {"line", n.position.line}, {"column", n.position.column}});
        }
        j["notes"] = std::move(notes);
    }
    return j;
}

std::string plural(std::size_t n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

}  // namespace

std::string formatAuditJson(const AuditReport& report, const std::vector<ProjectModule>& modules) {
    Json actions = Json::array();
    Json counts = {{"actions", report.actions.size()}, {"findings", report.findingCount()},
                   {"suppressed", report.suppressedCount()},
                   // Modules the build only prescans, parsed because a call led into them.
                   {"modulesParsed", report.modulesParsedOnDemand}};
    for (AuditCode code : kAuditCodes) counts[std::string(auditCodeName(code))] = 0;
    for (const ActionAudit& a : report.actions) {
        Json findings = Json::array();
        for (const Diagnostic& d : a.findings) {
            findings.push_back(diagnosticJson(d));
            counts[d.code] = counts[d.code].get<std::size_t>() + 1;
        }
        Json suppressed = Json::array();
        for (const AuditSuppressed& s : a.suppressed) {
            Json j = diagnosticJson(s.finding);
            j["reason"] = s.reason;
            suppressed.push_back(std::move(j));
        }
        actions.push_back({{"module", modules[a.module].source->modulePath},
                           {"export", a.exportName},
                           {"name", a.name},
                           {"kind", a.isInline ? "inline" : "module"},
                           {"line", a.position.line},
                           {"column", a.position.column},
                           {"findings", std::move(findings)},
                           {"suppressed", std::move(suppressed)}});
    }
    Json diagnostics = Json::array();
    for (const Diagnostic& d : report.diagnostics) diagnostics.push_back(diagnosticJson(d));
    Json root = {{"actions", std::move(actions)}, {"diagnostics", std::move(diagnostics)}, {"counts", std::move(counts)}};
    return root.dump(2) + "\n";
}

std::string formatAuditSummary(const AuditReport& report, const std::vector<ProjectModule>& modules) {
    std::size_t byCode[kAuditCodes.size()] = {};
    for (const ActionAudit& a : report.actions) {
        for (const Diagnostic& d : a.findings) {
            for (std::size_t c = 0; c < kAuditCodes.size(); ++c) byCode[c] += d.code == auditCodeName(kAuditCodes[c]);
        }
    }
    std::string detail;
    for (std::size_t c = 0; c < kAuditCodes.size(); ++c) {
        if (byCode[c] == 0) continue;
        detail += (detail.empty() ? "" : ", ") + std::to_string(byCode[c]) + " " + std::string(auditCodeName(kAuditCodes[c]));
    }
    std::string out = "actionc audit: " + plural(report.actions.size(), "live action") + ", " +
                      plural(report.findingCount(), "finding") + (detail.empty() ? "" : " (" + detail + ")") + ", " +
                      std::to_string(report.suppressedCount()) + " suppressed\n";
    for (const ActionAudit& a : report.actions) {
        for (const AuditSuppressed& s : a.suppressed) {
            out += "  suppressed " + std::string(auditCodeName(s.code)) + " on " + modules[a.module].source->modulePath +
                   ":" + std::to_string(a.position.line) + " '" + a.name + "': " + s.reason + "\n";
        }
    }
    return out;
}

}  // namespace actionc
