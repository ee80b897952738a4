#include "driver/build_state.h"

#include "support/binary_io.h"
#include "support/file_io.h"
#include "support/thread_pool.h"

#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <limits>
#include <stdexcept>

namespace actionc {

namespace {

// Bumped whenever the layout below changes; an older state is ignored.
constexpr char kMagic[] = "actionc-state 4\n";

// A coarse-clock tick is at most 10 ms on Linux (HZ=100); the margin leaves room for
// file systems whose clocks lag a little more.
constexpr std::int64_t kClockMarginNs = 100'000'000;

void writeStamped(ByteWriter& out, const std::vector<StampedPath>& list) {
    out.u32(static_cast<std::uint32_t>(list.size()));
    for (const StampedPath& p : list) {
        out.string(p.path);
        out.u64(p.stamp.inode);
        out.u64(p.stamp.size);
        out.i64(p.stamp.mtimeNs);
    }
}

std::vector<StampedPath> readStamped(ByteReader& in) {
    std::vector<StampedPath> list(in.count());
    for (StampedPath& p : list) {
        p.path = in.string();
        p.stamp.inode = in.u64();
        p.stamp.size = in.u64();
        p.stamp.mtimeNs = in.i64();
    }
    return list;
}

void writeDiagnostic(ByteWriter& out, const Diagnostic& d, bool withNotes) {
    out.u32(static_cast<std::uint32_t>(d.severity));
    out.string(d.code);
    out.string(d.message);
    out.string(d.path);
    out.u32(d.position.line);
    out.u32(d.position.column);
    out.string(d.sourceLine);
    out.u32(d.highlightLength);
    out.u32(withNotes ? static_cast<std::uint32_t>(d.notes.size()) : 0);
    if (withNotes) {
        for (const Diagnostic& note : d.notes) writeDiagnostic(out, note, false);  // notes have none
    }
}

Diagnostic readDiagnostic(ByteReader& in, bool withNotes) {
    Diagnostic d;
    d.severity = static_cast<Severity>(in.u32());
    d.code = in.string();
    d.message = in.string();
    d.path = in.string();
    d.position.line = in.u32();
    d.position.column = in.u32();
    d.sourceLine = in.string();
    d.highlightLength = in.u32();
    d.notes.resize(in.count());
    if (!withNotes && !d.notes.empty()) throw std::runtime_error("nested notes");
    for (Diagnostic& note : d.notes) note = readDiagnostic(in, false);
    return d;
}

}  // namespace

std::optional<BuildState> loadBuildState(const std::string& path) {
    try {
        const std::string bytes = readFile(path);
        if (!bytes.starts_with(kMagic)) return std::nullopt;
        ByteReader in(std::string_view(bytes).substr(sizeof kMagic - 1));
        BuildState state;
        state.fingerprint = in.string();
        state.root = in.string();
        state.outDir = in.string();
        for (auto* list : {&state.inputDirectories, &state.inputFiles, &state.configFiles, &state.outputDirectories,
                           &state.writtenFiles}) {
            *list = readStamped(in);
        }
        BuildSummary& s = state.summary;
        s.files = in.u64();
        s.modules = in.u64();
        s.actionModules = in.u64();
        s.actions = in.u64();
        s.stripped = in.strings();
        state.mirrored = in.boolean();
        state.warnings.resize(in.count());
        for (Diagnostic& d : state.warnings) d = readDiagnostic(in, true);
        if (!in.atEnd()) return std::nullopt;
        return state;
    } catch (const std::exception&) {
        return std::nullopt;  // missing, truncated or unreadable: a full build
    }
}

void saveBuildState(const std::string& path, const BuildState& state) {
    ByteWriter out;
    out.bytes() = kMagic;
    out.string(state.fingerprint);
    out.string(state.root);
    out.string(state.outDir);
    for (const auto* list : {&state.inputDirectories, &state.inputFiles, &state.configFiles, &state.outputDirectories,
                             &state.writtenFiles}) {
        writeStamped(out, *list);
    }
    const BuildSummary& s = state.summary;
    for (std::size_t n : {s.files, s.modules, s.actionModules, s.actions}) out.u64(n);
    out.strings(s.stripped);
    out.boolean(state.mirrored);
    out.u32(static_cast<std::uint32_t>(state.warnings.size()));
    for (const Diagnostic& d : state.warnings) writeDiagnostic(out, d, true);
    writeFileAtomically(path, out.bytes());
}

namespace {

// Whether every stamp of `lists` still holds, over `jobs` threads, stopping at the first
// that does not.
bool allHold(std::initializer_list<const std::vector<StampedPath>*> lists, unsigned jobs) {
    std::vector<const StampedPath*> all;
    for (const auto* list : lists) {
        for (const StampedPath& p : *list) all.push_back(&p);
    }
    std::atomic<bool> holds{true};
    // In chunks: a stat is a few microseconds, too little to hand out one at a time.
    constexpr std::size_t kChunk = 512;
    parallelFor((all.size() + kChunk - 1) / kChunk, jobs, [&](std::size_t chunk) {
        for (std::size_t i = chunk * kChunk; i < std::min(all.size(), (chunk + 1) * kChunk) && holds; ++i) {
            struct stat st;
            if (::stat(all[i]->path.c_str(), &st) != 0 || stampOf(st) != all[i]->stamp) holds = false;
        }
    });
    return holds;
}

}  // namespace

bool stampsStillHold(const BuildState& state, unsigned jobs) {
    return allHold({&state.inputDirectories, &state.inputFiles, &state.configFiles, &state.outputDirectories,
                    &state.writtenFiles},
                   jobs);
}

bool outputTreeUntouched(const BuildState& state, unsigned jobs) { return allHold({&state.outputDirectories}, jobs); }

FileStamp trustedStamp(const FileStamp& stamp, std::int64_t buildStartNs) {
    if (stamp.mtimeNs < buildStartNs - kClockMarginNs) return stamp;
    FileStamp never = stamp;
    never.size = std::numeric_limits<std::uint64_t>::max();
    return never;
}

std::int64_t wallClockNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace actionc
