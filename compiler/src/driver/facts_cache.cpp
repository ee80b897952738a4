#include "driver/facts_cache.h"

#include "support/binary_io.h"
#include "support/file_io.h"

#include "actionc/keyring.h"

#include <sodium.h>

#include <fstream>
#include <map>

namespace actionc {

namespace {

// Bump whenever ModuleFacts or what the facts stage computes changes.
constexpr int kCacheFormat = 4;

void writePosition(ByteWriter& out, const Position& p) {
    out.u32(p.line);
    out.u32(p.column);
}
Position readPosition(ByteReader& in) {
    Position p;
    p.line = in.u32();
    p.column = in.u32();
    return p;
}

void writePoint(ByteWriter& out, const InsertionPoint& p) {
    out.u32(p.offset);
    out.u32(static_cast<std::uint32_t>(p.separator));
}
InsertionPoint readPoint(ByteReader& in) {
    InsertionPoint p;
    p.offset = in.u32();
    p.separator = static_cast<InsertionPoint::Separator>(in.u32());
    return p;
}

void write(ByteWriter& out, const ExportedAction& a) {
    out.string(a.exportName);
    out.string(a.localName);
    out.boolean(a.isCallValue);
    out.boolean(a.isAsync);
    out.boolean(a.paramCount.has_value());
    out.u32(a.paramCount.value_or(0));
    out.u32(a.offset);
    out.u32(a.functionStart);
    writePosition(out, a.position);
    out.u32(static_cast<std::uint32_t>(a.anonymous));
    for (std::uint32_t n : {a.nameInsertOffset, a.statementStart, a.valueStart, a.statementEnd}) out.u32(n);
    out.boolean(a.statementHasSemicolon);
}

ExportedAction readExported(ByteReader& in) {
    ExportedAction a;
    a.exportName = in.string();
    a.localName = in.string();
    a.isCallValue = in.boolean();
    a.isAsync = in.boolean();
    const bool knownParams = in.boolean();
    const std::uint32_t params = in.u32();
    if (knownParams) a.paramCount = params;
    a.offset = in.u32();
    a.functionStart = in.u32();
    a.position = readPosition(in);
    a.anonymous = static_cast<AnonymousDefault>(in.u32());
    a.nameInsertOffset = in.u32();
    a.statementStart = in.u32();
    a.valueStart = in.u32();
    a.statementEnd = in.u32();
    a.statementHasSemicolon = in.boolean();
    return a;
}

void write(ByteWriter& out, const InlineAction& a) {
    out.string(a.stableName);
    out.string(a.exportName);
    out.u32(static_cast<std::uint32_t>(a.form));
    out.u32(a.start);
    out.u32(a.end);
    writePosition(out, a.position);
    out.boolean(a.isGenerator);
    out.u32(a.paramCount);
    out.strings(a.captures);
    out.strings(a.captureLocals);
    out.strings(a.captureTypes);
    out.u32(static_cast<std::uint32_t>(a.typesOutOfScope.size()));
    for (const TextRange& r : a.typesOutOfScope) {
        out.u32(r.start);
        out.u32(r.end);
    }
    for (const std::string* text : {&a.parameters, &a.parameterPattern, &a.argsType, &a.typeParameters, &a.returnType}) {
        out.string(*text);
    }
    out.u32(a.bodyStart);
    out.u32(a.bodyEnd);
    writePoint(out, a.bodyTop);
    out.strings(a.selfNames);
    for (const std::string* text : {&a.methodKey, &a.memberType, &a.declaredName}) out.string(*text);
    writePoint(out, a.hoist);
    out.boolean(a.blockScoped);
    out.u32(a.wrapStart);
    out.u32(a.wrapEnd);
    out.u32(a.statementStart);
    out.u32(a.statementEnd);
    out.u32(static_cast<std::uint32_t>(a.exported));
    writePoint(out, a.moduleTop);
    out.u32(static_cast<std::uint32_t>(a.parent));
}

InlineAction readInline(ByteReader& in) {
    InlineAction a;
    a.stableName = in.string();
    a.exportName = in.string();
    a.form = static_cast<InlineForm>(in.u32());
    a.start = in.u32();
    a.end = in.u32();
    a.position = readPosition(in);
    a.isGenerator = in.boolean();
    a.paramCount = in.u32();
    a.captures = in.strings();
    a.captureLocals = in.strings();
    a.captureTypes = in.strings();
    a.typesOutOfScope.resize(in.count());
    for (TextRange& r : a.typesOutOfScope) {
        r.start = in.u32();
        r.end = in.u32();
    }
    for (std::string* text : {&a.parameters, &a.parameterPattern, &a.argsType, &a.typeParameters, &a.returnType}) {
        *text = in.string();
    }
    a.bodyStart = in.u32();
    a.bodyEnd = in.u32();
    a.bodyTop = readPoint(in);
    a.selfNames = in.strings();
    for (std::string* text : {&a.methodKey, &a.memberType, &a.declaredName}) *text = in.string();
    a.hoist = readPoint(in);
    a.blockScoped = in.boolean();
    a.wrapStart = in.u32();
    a.wrapEnd = in.u32();
    a.statementStart = in.u32();
    a.statementEnd = in.u32();
    a.exported = static_cast<InlineAction::Export>(in.u32());
    a.moduleTop = readPoint(in);
    a.parent = static_cast<std::int32_t>(in.u32());
    return a;
}

void write(ByteWriter& out, const CachedFacts& c) {
    out.string(c.contentHash);
    out.boolean(c.prescanned);
    out.u32(static_cast<std::uint32_t>(c.facts.kind));
    out.u32(static_cast<std::uint32_t>(c.facts.actions.size()));
    for (const ExportedAction& a : c.facts.actions) write(out, a);
    out.u32(static_cast<std::uint32_t>(c.facts.inlineActions.size()));
    for (const InlineAction& a : c.facts.inlineActions) write(out, a);
    out.u32(static_cast<std::uint32_t>(c.facts.reExports.size()));
    for (const ReExport& r : c.facts.reExports) {
        out.string(r.specifier);
        out.string(r.importedName);
        out.string(r.exportName);
        out.u32(r.offset);
    }
    out.u32(static_cast<std::uint32_t>(c.facts.imports.size()));
    for (const ModuleImport& e : c.facts.imports) {
        out.string(e.specifier);
        out.u32(static_cast<std::uint32_t>(e.kind));
        out.strings(e.names);
        out.u32(e.offset);
    }
    out.u32(static_cast<std::uint32_t>(c.facts.clientDeadImports.size()));
    for (const TextRange& r : c.facts.clientDeadImports) {
        out.u32(r.start);
        out.u32(r.end);
    }
}

CachedFacts readCached(ByteReader& in) {
    CachedFacts c;
    c.contentHash = in.string();
    c.prescanned = in.boolean();
    c.facts.kind = static_cast<ModuleKind>(in.u32());
    c.facts.actions.resize(in.count());
    for (ExportedAction& a : c.facts.actions) a = readExported(in);
    c.facts.inlineActions.resize(in.count());
    for (InlineAction& a : c.facts.inlineActions) a = readInline(in);
    c.facts.reExports.resize(in.count());
    for (ReExport& r : c.facts.reExports) {
        r.specifier = in.string();
        r.importedName = in.string();
        r.exportName = in.string();
        r.offset = in.u32();
    }
    c.facts.imports.resize(in.count());
    for (ModuleImport& e : c.facts.imports) {
        e.specifier = in.string();
        e.kind = static_cast<ImportKind>(in.u32());
        e.names = in.strings();
        e.offset = in.u32();
    }
    c.facts.clientDeadImports.resize(in.count());
    for (TextRange& r : c.facts.clientDeadImports) {
        r.start = in.u32();
        r.end = in.u32();
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
        ByteReader in(bytes);
        if (in.string() != cacheVersion()) return cache;
        const std::uint32_t count = in.count();
        cache.entries_.reserve(count);
        for (std::uint32_t i = 0; i < count; ++i) {
            std::string modulePath = in.string();
            cache.entries_.emplace(std::move(modulePath), readCached(in));
        }
        if (!in.atEnd()) cache.entries_.clear();
    } catch (const std::exception&) {
        cache.entries_.clear();  // missing or unreadable: start over
    }
    return cache;
}

void FactsCache::save(const std::string& path) const {
    // Sorted, so the cache file itself is deterministic.
    std::map<std::string_view, const CachedFacts*> sorted;
    for (const auto& [modulePath, entry] : entries_) sorted.emplace(modulePath, &entry);
    ByteWriter out;
    out.string(cacheVersion());
    out.u32(static_cast<std::uint32_t>(sorted.size()));
    for (const auto& [modulePath, entry] : sorted) {
        out.string(modulePath);
        write(out, *entry);
    }
    writeFileAtomically(path, out.bytes());
}

const CachedFacts* FactsCache::find(const std::string& modulePath, const std::string& contentHash) const {
    const auto it = entries_.find(modulePath);
    return it != entries_.end() && it->second.contentHash == contentHash ? &it->second : nullptr;
}

void FactsCache::put(std::string modulePath, CachedFacts entry) { entries_.insert_or_assign(std::move(modulePath), std::move(entry)); }

}  // namespace actionc
