// Pieces of the driver shared by `build` and `serve`.
#include "driver/pipeline.h"

#include "actionc/action_id.h"
#include "facts/prescan.h"
#include "support/file_io.h"
#include "syntax/parse.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <tuple>

namespace actionc {

namespace fs = std::filesystem;

std::string displayPathFor(const std::string& root, const std::string& rel) {
    const std::string joined = (fs::path(root) / rel).lexically_normal().generic_string();
    return joined.starts_with("./") ? joined.substr(2) : joined;
}

CompiledModule compileFacts(const std::string& root, const std::string& rel) {
    return compileText(displayPathFor(root, rel), rel, readFile((fs::path(root) / rel).string()));
}

CompiledModule compileTextReusing(std::string displayPath, std::string modulePath, std::string text,
                                  const TSTree* previousTree, std::string_view previousText, TSTree** tree,
                                  AuditFacts audit) {
    CompiledModule m;
    const Dialect dialect = *dialectForPath(modulePath);
    m.source = std::make_unique<SourceFile>(std::move(displayPath), std::move(modulePath), std::move(text), dialect);
    const SyntaxTree syntax = previousTree ? parseIncrementally(*m.source, previousTree, previousText) : parse(*m.source);
    m.facts = extractFacts(syntax, audit);
    *tree = syntax.copyTree();
    return m;
}

namespace {

// The prefilter over text already read: a full parse only when the module mentions
// 'use server', else the prescan's edges.
CompiledModule prescanOrCompileText(const std::string& root, const std::string& rel, std::string text,
                                    AuditFacts audit) {
    Prescan prescan = prescanModule(text);
    if (prescan.needsParse) return compileText(displayPathFor(root, rel), rel, std::move(text), audit);
    CompiledModule m;
    m.source = std::make_unique<SourceFile>(displayPathFor(root, rel), rel, std::move(text), *dialectForPath(rel));
    m.facts = std::move(prescan.facts);
    m.prescanned = true;
    return m;
}

}  // namespace

CompiledModule prescanOrCompile(const std::string& root, const std::string& rel, AuditFacts audit) {
    return prescanOrCompileText(root, rel, readFile((fs::path(root) / rel).string()), audit);
}

CompiledModule loadModule(const std::string& root, const std::string& rel, const FactsCache* cache) {
    std::string text = readFile((fs::path(root) / rel).string());  // the one read of this file
    if (!cache) return prescanOrCompileText(root, rel, std::move(text), AuditFacts::Extract);
    std::string hash = contentHashOf(text);
    if (const CachedFacts* hit = cache->find(rel, hash)) {
        CompiledModule m;
        m.source = std::make_unique<SourceFile>(displayPathFor(root, rel), rel, std::move(text), *dialectForPath(rel));
        m.facts = hit->facts;
        m.prescanned = hit->prescanned;
        m.contentHash = std::move(hash);
        m.cacheHit = true;
        return m;
    }
    CompiledModule m = prescanOrCompileText(root, rel, std::move(text), AuditFacts::Extract);
    m.contentHash = std::move(hash);
    return m;
}

CompiledModule compileText(std::string displayPath, std::string modulePath, std::string text, AuditFacts audit) {
    CompiledModule m;
    const Dialect dialect = *dialectForPath(modulePath);
    m.source = std::make_unique<SourceFile>(std::move(displayPath), std::move(modulePath), std::move(text), dialect);
    const SyntaxTree tree = parse(*m.source);
    m.facts = extractFacts(tree, audit);
    return m;
}

ActionIdOf idsFrom(const Key& key) {
    return [&key](const std::string& modulePath, const std::string& exportName) {
        return encodeActionId(key, modulePath, exportName);
    };
}

std::vector<LiveExport> liveExportsOf(std::size_t m, const ProjectAnalysis& analysis,
                                      const ModuleList& modules, const ActionIdOf& idOf) {
    std::vector<LiveExport> exports;
    for (const PublicExport& e : analysis.publicExports[m]) {
        const CompiledModule& defining = *modules[e.definingModule];
        const ExportedAction& action = defining.facts.actions[e.actionIndex];
        exports.push_back({e.exportName, idOf(defining.source->modulePath, action.exportName),
                           e.definingModule == m ? &action : nullptr});
    }
    return exports;
}

std::vector<std::string> inlineIdsOf(const CompiledModule& m, const ActionIdOf& idOf) {
    std::vector<std::string> ids;
    for (const InlineAction& a : m.facts.inlineActions) ids.push_back(idOf(m.source->modulePath, a.exportName));
    return ids;
}

static ManifestAction entryFor(const CompiledModule& m, const std::string& exportName, const Position& position,
                               const char* kind, const Key& key) {
    ManifestAction entry;
    entry.id = encodeActionId(key, m.source->modulePath, exportName);
    entry.module = m.source->modulePath;
    entry.exportName = exportName;
    entry.kind = kind;
    entry.line = position.line;
    entry.column = position.column;
    return entry;
}

namespace {

// The audit results of a report, by (module, inline?, index).
class AuditResults {
public:
    explicit AuditResults(const AuditReport* report) {
        if (!report) return;
        for (const ActionAudit& a : report->actions) byAction_[{a.module, a.isInline, a.index}] = &a;
    }

    std::optional<ManifestAudit> of(std::size_t module, bool isInline, std::size_t index) const {
        if (byAction_.empty()) return std::nullopt;
        const auto it = byAction_.find({module, isInline, index});
        ManifestAudit result;
        if (it == byAction_.end()) return result;
        for (const Diagnostic& d : it->second->findings) result.findings.push_back(d.code);
        for (const AuditSuppressed& s : it->second->suppressed) result.suppressed.emplace_back(auditCodeName(s.code));
        std::sort(result.findings.begin(), result.findings.end());
        std::sort(result.suppressed.begin(), result.suppressed.end());
        return result;
    }

private:
    std::map<std::tuple<std::size_t, bool, std::size_t>, const ActionAudit*> byAction_;
};

}  // namespace

// Inline actions are always live: they are reachable only through the references
// their server component renders.
static void addInlineEntries(std::size_t module, const CompiledModule& m, const Key& key, const AuditResults& audit,
                             Manifest& manifest) {
    for (std::size_t i = 0; i < m.facts.inlineActions.size(); ++i) {
        const InlineAction& a = m.facts.inlineActions[i];
        ManifestAction entry = entryFor(m, a.exportName, a.position, "inline", key);
        entry.isAsync = true;
        entry.params = a.paramCount;
        entry.bound = static_cast<std::uint32_t>(a.captures.size());
        entry.audit = audit.of(module, true, i);
        manifest.actions.push_back(std::move(entry));
    }
}

Manifest buildManifest(const ProjectAnalysis& analysis, const ModuleList& modules, const Key& key,
                       const AuditReport* report) {
    const AuditResults audit(report);
    Manifest manifest;
    manifest.keyId = key.fingerprint();
    for (const LiveAction& live : analysis.liveActions) {
        const CompiledModule& m = *modules[live.module];
        const ExportedAction& action = m.facts.actions[live.actionIndex];
        ManifestAction entry = entryFor(m, action.exportName, action.position, "module", key);
        entry.isAsync = action.isAsync;
        entry.params = action.paramCount;
        entry.importers = live.importers;
        for (const KeptBy& k : live.keptBy) entry.keptBy.push_back({k.specifier, k.importer});
        entry.audit = audit.of(live.module, false, live.actionIndex);
        manifest.actions.push_back(std::move(entry));
    }
    for (std::size_t m = 0; m < modules.size(); ++m) addInlineEntries(m, *modules[m], key, audit, manifest);
    for (const StrippedExport& s : analysis.stripped) {
        const CompiledModule& m = *modules[s.module];
        manifest.stripped.push_back({m.source->modulePath, m.facts.actions[s.actionIndex].exportName,
                                     s.reason == StripReason::OwnModuleOnly ? "own-module-only" : "not-imported"});
    }
    return manifest;
}

std::vector<ProjectModule> projectModules(const ModuleList& modules) {
    std::vector<ProjectModule> out;
    out.reserve(modules.size());
    for (const CompiledModule* m : modules) out.push_back({m->source.get(), &m->facts});
    return out;
}

bool keepAuditFacts(AuditReport& report, std::vector<CompiledModule>& modules) {
    for (auto& [m, facts] : report.parsedOnDemand) modules[m].facts.audit = std::move(facts);
    const bool any = !report.parsedOnDemand.empty();
    report.parsedOnDemand.clear();
    return any;
}

}  // namespace actionc
