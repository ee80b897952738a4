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
constexpr int kCacheFormat = 5;

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

// ---- the audit's facts (audit_facts.h) ----

void write(ByteWriter& out, const ValuePath& p) {
    out.u32(static_cast<std::uint32_t>(p.root));
    out.string(p.name);
    out.strings(p.members);
    out.u32(static_cast<std::uint32_t>(p.function));
}
ValuePath readPath(ByteReader& in) {
    ValuePath p;
    p.root = static_cast<ValuePath::Root>(in.u32());
    p.name = in.string();
    p.members = in.strings();
    p.function = static_cast<std::int32_t>(in.u32());
    return p;
}

void write(ByteWriter& out, const TypeShape& t) {
    out.u32(static_cast<std::uint32_t>(t.kind));
    out.boolean(t.hasId);
    out.boolean(t.named);
    out.string(t.name);
    out.string(t.from);
}
TypeShape readShape(ByteReader& in) {
    TypeShape t;
    t.kind = static_cast<TypeShape::Kind>(in.u32());
    t.hasId = in.boolean();
    t.named = in.boolean();
    t.name = in.string();
    t.from = in.string();
    return t;
}

void write(ByteWriter& out, const AuditFunction& f) {
    for (std::uint32_t n : {f.start, f.end, f.anchor, static_cast<std::uint32_t>(f.parent), f.firstDataReturnStart,
                            f.firstDataReturnEnd}) {
        out.u32(n);
    }
    out.u32(static_cast<std::uint32_t>(f.parameters.size()));
    for (const AuditParameter& p : f.parameters) {
        out.strings(p.names);
        out.u32(p.offset);
        out.u32(p.length);
        write(out, p.type);
        out.string(p.typeText);
        out.boolean(p.used);
        out.boolean(p.typeChecked);
    }
    out.u32(static_cast<std::uint32_t>(f.calls.size()));
    for (const AuditCall& c : f.calls) {
        write(out, c.callee);
        out.string(c.written);
        out.u32(c.offset);
        out.u32(c.length);
        out.u32(static_cast<std::uint32_t>(c.check));
        out.u32(c.parameterArguments);
        out.boolean(c.returned);
        out.boolean(c.captured);
    }
    out.u32(static_cast<std::uint32_t>(f.returnedCalls.size()));
    for (const AuditReturn& r : f.returnedCalls) {
        out.u32(static_cast<std::uint32_t>(r.call));
        out.u32(r.offset);
        out.u32(r.length);
    }
    write(out, f.returns);
}
AuditFunction readFunction(ByteReader& in) {
    AuditFunction f;
    f.start = in.u32();
    f.end = in.u32();
    f.anchor = in.u32();
    f.parent = static_cast<std::int32_t>(in.u32());
    f.firstDataReturnStart = in.u32();
    f.firstDataReturnEnd = in.u32();
    f.parameters.resize(in.count());
    for (AuditParameter& p : f.parameters) {
        p.names = in.strings();
        p.offset = in.u32();
        p.length = in.u32();
        p.type = readShape(in);
        p.typeText = in.string();
        p.used = in.boolean();
        p.typeChecked = in.boolean();
    }
    f.calls.resize(in.count());
    for (AuditCall& c : f.calls) {
        c.callee = readPath(in);
        c.written = in.string();
        c.offset = in.u32();
        c.length = in.u32();
        c.check = static_cast<ResultCheck>(in.u32());
        c.parameterArguments = in.u32();
        c.returned = in.boolean();
        c.captured = in.boolean();
    }
    f.returnedCalls.resize(in.count());
    for (AuditReturn& r : f.returnedCalls) {
        r.call = static_cast<std::int32_t>(in.u32());
        r.offset = in.u32();
        r.length = in.u32();
    }
    f.returns = readPath(in);
    return f;
}

void write(ByteWriter& out, const ModuleAuditFacts& a) {
    out.u32(static_cast<std::uint32_t>(a.functions.size()));
    for (const AuditFunction& f : a.functions) write(out, f);
    out.u32(static_cast<std::uint32_t>(a.bindings.size()));
    for (const AuditBinding& b : a.bindings) {
        out.string(b.name);
        out.u32(static_cast<std::uint32_t>(b.kind));
        out.string(b.specifier);
        out.string(b.importedName);
        out.u32(static_cast<std::uint32_t>(b.function));
        write(out, b.value);
        out.u32(static_cast<std::uint32_t>(b.chainFunctions.size()));
        for (std::int32_t f : b.chainFunctions) out.u32(static_cast<std::uint32_t>(f));
        out.u32(static_cast<std::uint32_t>(b.chainArguments.size()));
        for (const ValuePath& p : b.chainArguments) write(out, p);
        out.strings(b.chainMembers);
        write(out, b.type);
        out.u32(b.statement);
    }
    out.u32(static_cast<std::uint32_t>(a.exports.size()));
    for (const AuditExport& e : a.exports) {
        out.string(e.exportName);
        out.string(e.localName);
    }
    out.u32(static_cast<std::uint32_t>(a.suppressions.size()));
    for (const AuditSuppression& s : a.suppressions) {
        out.string(s.code);
        out.string(s.reason);
        out.u32(s.offset);
        out.u32(s.length);
        out.u32(static_cast<std::uint32_t>(s.function));
        out.u32(s.target);
    }
}
ModuleAuditFacts readAudit(ByteReader& in) {
    ModuleAuditFacts a;
    a.functions.resize(in.count());
    for (AuditFunction& f : a.functions) f = readFunction(in);
    a.bindings.resize(in.count());
    for (AuditBinding& b : a.bindings) {
        b.name = in.string();
        b.kind = static_cast<AuditBinding::Kind>(in.u32());
        b.specifier = in.string();
        b.importedName = in.string();
        b.function = static_cast<std::int32_t>(in.u32());
        b.value = readPath(in);
        b.chainFunctions.resize(in.count());
        for (std::int32_t& f : b.chainFunctions) f = static_cast<std::int32_t>(in.u32());
        b.chainArguments.resize(in.count());
        for (ValuePath& p : b.chainArguments) p = readPath(in);
        b.chainMembers = in.strings();
        b.type = readShape(in);
        b.statement = in.u32();
    }
    a.exports.resize(in.count());
    for (AuditExport& e : a.exports) {
        e.exportName = in.string();
        e.localName = in.string();
    }
    a.suppressions.resize(in.count());
    for (AuditSuppression& s : a.suppressions) {
        s.code = in.string();
        s.reason = in.string();
        s.offset = in.u32();
        s.length = in.u32();
        s.function = static_cast<std::int32_t>(in.u32());
        s.target = in.u32();
    }
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
    out.boolean(c.facts.audit.has_value());
    if (c.facts.audit) write(out, *c.facts.audit);
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
    if (in.boolean()) c.facts.audit = readAudit(in);
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
