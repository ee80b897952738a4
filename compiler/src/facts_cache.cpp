#include "facts_cache.h"

#include "output.h"

#include "actionc/keyring.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <fstream>
#include <map>

namespace actionc {

namespace {

using Json = nlohmann::json;

// Bump whenever ModuleFacts or what the facts stage computes changes.
constexpr int kCacheFormat = 1;

Json positionJson(const Position& p) { return Json::array({p.line, p.column}); }
Position positionFrom(const Json& j) { return {j.at(0).get<std::uint32_t>(), j.at(1).get<std::uint32_t>()}; }

Json toJson(const ExportedAction& a) {
    return Json::array({a.exportName, a.localName, a.isCallValue, a.isAsync,
                        a.paramCount ? Json(*a.paramCount) : Json(nullptr), a.offset, positionJson(a.position),
                        static_cast<int>(a.anonymous), a.nameInsertOffset, a.statementStart, a.valueStart,
                        a.statementEnd, a.statementHasSemicolon});
}

ExportedAction exportedFrom(const Json& j) {
    ExportedAction a;
    a.exportName = j.at(0).get<std::string>();
    a.localName = j.at(1).get<std::string>();
    a.isCallValue = j.at(2).get<bool>();
    a.isAsync = j.at(3).get<bool>();
    if (!j.at(4).is_null()) a.paramCount = j.at(4).get<std::uint32_t>();
    a.offset = j.at(5).get<std::uint32_t>();
    a.position = positionFrom(j.at(6));
    a.anonymous = static_cast<AnonymousDefault>(j.at(7).get<int>());
    a.nameInsertOffset = j.at(8).get<std::uint32_t>();
    a.statementStart = j.at(9).get<std::uint32_t>();
    a.valueStart = j.at(10).get<std::uint32_t>();
    a.statementEnd = j.at(11).get<std::uint32_t>();
    a.statementHasSemicolon = j.at(12).get<bool>();
    return a;
}

Json toJson(const InlineAction& a) {
    return Json::array({a.stableName, a.exportName, static_cast<int>(a.form), a.start, a.end, positionJson(a.position),
                        a.isGenerator, a.paramCount, a.captures, a.paramsStart, a.paramsEnd, a.typeParameters,
                        a.returnType, a.bodyStart, a.bodyEnd, a.prologueEnd, a.selfName, a.parameterPattern,
                        a.methodKey, a.declaredName, a.hoistInsertOffset, a.blockScoped, a.lazyCaptures,
                        a.statementStart, a.statementEnd, static_cast<int>(a.exported), a.moduleTop, a.parent});
}

InlineAction inlineFrom(const Json& j) {
    InlineAction a;
    std::size_t i = 0;
    a.stableName = j.at(i++).get<std::string>();
    a.exportName = j.at(i++).get<std::string>();
    a.form = static_cast<InlineForm>(j.at(i++).get<int>());
    a.start = j.at(i++).get<std::uint32_t>();
    a.end = j.at(i++).get<std::uint32_t>();
    a.position = positionFrom(j.at(i++));
    a.isGenerator = j.at(i++).get<bool>();
    a.paramCount = j.at(i++).get<std::uint32_t>();
    a.captures = j.at(i++).get<std::vector<std::string>>();
    a.paramsStart = j.at(i++).get<std::uint32_t>();
    a.paramsEnd = j.at(i++).get<std::uint32_t>();
    a.typeParameters = j.at(i++).get<std::string>();
    a.returnType = j.at(i++).get<std::string>();
    a.bodyStart = j.at(i++).get<std::uint32_t>();
    a.bodyEnd = j.at(i++).get<std::uint32_t>();
    a.prologueEnd = j.at(i++).get<std::uint32_t>();
    a.selfName = j.at(i++).get<std::string>();
    a.parameterPattern = j.at(i++).get<std::string>();
    a.methodKey = j.at(i++).get<std::string>();
    a.declaredName = j.at(i++).get<std::string>();
    a.hoistInsertOffset = j.at(i++).get<std::uint32_t>();
    a.blockScoped = j.at(i++).get<bool>();
    a.lazyCaptures = j.at(i++).get<bool>();
    a.statementStart = j.at(i++).get<std::uint32_t>();
    a.statementEnd = j.at(i++).get<std::uint32_t>();
    a.exported = static_cast<InlineAction::Export>(j.at(i++).get<int>());
    a.moduleTop = j.at(i++).get<std::uint32_t>();
    a.parent = j.at(i++).get<std::int32_t>();
    return a;
}

Json toJson(const CachedFacts& c) {
    Json actions = Json::array(), inlines = Json::array(), reExports = Json::array(), imports = Json::array();
    for (const ExportedAction& a : c.facts.actions) actions.push_back(toJson(a));
    for (const InlineAction& a : c.facts.inlineActions) inlines.push_back(toJson(a));
    for (const ReExport& r : c.facts.reExports) reExports.push_back(Json::array({r.specifier, r.importedName, r.exportName, r.offset}));
    for (const ModuleImport& e : c.facts.imports) {
        imports.push_back(Json::array({e.specifier, static_cast<int>(e.kind), e.names, e.offset}));
    }
    return Json::array({c.contentHash, c.prescanned, static_cast<int>(c.facts.kind), actions, inlines, reExports, imports});
}

CachedFacts cachedFrom(const Json& j) {
    CachedFacts c;
    c.contentHash = j.at(0).get<std::string>();
    c.prescanned = j.at(1).get<bool>();
    c.facts.kind = static_cast<ModuleKind>(j.at(2).get<int>());
    for (const Json& a : j.at(3)) c.facts.actions.push_back(exportedFrom(a));
    for (const Json& a : j.at(4)) c.facts.inlineActions.push_back(inlineFrom(a));
    for (const Json& r : j.at(5)) {
        c.facts.reExports.push_back({r.at(0).get<std::string>(), r.at(1).get<std::string>(), r.at(2).get<std::string>(),
                                     r.at(3).get<std::uint32_t>()});
    }
    for (const Json& e : j.at(6)) {
        c.facts.imports.push_back({e.at(0).get<std::string>(), static_cast<ImportKind>(e.at(1).get<int>()),
                                   e.at(2).get<std::vector<std::string>>(), e.at(3).get<std::uint32_t>()});
    }
    return c;
}

std::string cacheVersion() { return std::string("actionc ") + std::to_string(kCacheFormat); }

}  // namespace

std::string contentHashOf(std::string_view text) {
    ensureSodiumInitialised();
    unsigned char digest[16];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(text.data()), text.size(), nullptr, 0);
    char hex[33];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

FactsCache FactsCache::load(const std::string& path) {
    FactsCache cache;
    try {
        const std::string bytes = readFile(path);
        const Json root = Json::from_msgpack(bytes);
        if (root.at("version").get<std::string>() != cacheVersion()) return cache;
        for (const auto& [modulePath, entry] : root.at("modules").items()) cache.entries_.emplace(modulePath, cachedFrom(entry));
    } catch (const std::exception&) {
        cache.entries_.clear();  // missing or unreadable: start over
    }
    return cache;
}

void FactsCache::save(const std::string& path) const {
    Json modules = Json::object();
    // Sorted, so the cache file itself is deterministic.
    std::map<std::string, const CachedFacts*> sorted;
    for (const auto& [modulePath, entry] : entries_) sorted.emplace(modulePath, &entry);
    for (const auto& [modulePath, entry] : sorted) modules[modulePath] = toJson(*entry);
    const Json root = {{"version", cacheVersion()}, {"modules", std::move(modules)}};
    const std::vector<std::uint8_t> bytes = Json::to_msgpack(root);
    writeFileAtomically(path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

const CachedFacts* FactsCache::find(const std::string& modulePath, const std::string& contentHash) const {
    const auto it = entries_.find(modulePath);
    return it != entries_.end() && it->second.contentHash == contentHash ? &it->second : nullptr;
}

void FactsCache::put(std::string modulePath, CachedFacts entry) { entries_.insert_or_assign(std::move(modulePath), std::move(entry)); }

}  // namespace actionc
