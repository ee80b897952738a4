#include "build_state.h"

#include "output.h"
#include "thread_pool.h"

#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <limits>
#include <stdexcept>

namespace actionc {

namespace {

// Bumped whenever the layout below changes; an older state is ignored.
constexpr char kMagic[] = "actionc-state 1\n";

// A coarse-clock tick is at most 10 ms on Linux (HZ=100); the margin leaves room for
// file systems whose clocks lag a little more.
constexpr std::int64_t kClockMarginNs = 100'000'000;

class Writer {
public:
    void u64(std::uint64_t v) { bytes_.append(reinterpret_cast<const char*>(&v), sizeof v); }
    void string(const std::string& s) {
        u64(s.size());
        bytes_ += s;
    }
    void stamped(const std::vector<StampedPath>& list) {
        u64(list.size());
        for (const StampedPath& p : list) {
            string(p.path);
            u64(p.stamp.inode);
            u64(p.stamp.size);
            u64(static_cast<std::uint64_t>(p.stamp.mtimeNs));
        }
    }
    std::string& bytes() { return bytes_; }

private:
    std::string bytes_;
};

class Reader {
public:
    explicit Reader(std::string_view bytes) : rest_(bytes) {}
    std::uint64_t u64() {
        std::uint64_t v;
        take(&v, sizeof v);
        return v;
    }
    std::string string() {
        const std::uint64_t size = u64();
        if (size > rest_.size()) throw std::runtime_error("truncated");
        std::string s(rest_.substr(0, size));
        rest_.remove_prefix(size);
        return s;
    }
    std::vector<StampedPath> stamped() {
        const std::uint64_t count = u64();
        if (count > rest_.size()) throw std::runtime_error("truncated");
        std::vector<StampedPath> list(count);
        for (StampedPath& p : list) {
            p.path = string();
            p.stamp.inode = u64();
            p.stamp.size = u64();
            p.stamp.mtimeNs = static_cast<std::int64_t>(u64());
        }
        return list;
    }
    bool atEnd() const { return rest_.empty(); }

private:
    void take(void* out, std::size_t size) {
        if (size > rest_.size()) throw std::runtime_error("truncated");
        std::memcpy(out, rest_.data(), size);
        rest_.remove_prefix(size);
    }
    std::string_view rest_;
};

}  // namespace

std::optional<BuildState> loadBuildState(const std::string& path) {
    try {
        const std::string bytes = readFile(path);
        if (!bytes.starts_with(kMagic)) return std::nullopt;
        Reader in(std::string_view(bytes).substr(sizeof kMagic - 1));
        BuildState state;
        state.fingerprint = in.string();
        state.inputs = in.stamped();
        state.outputs = in.stamped();
        BuildSummary& s = state.summary;
        s.files = in.u64();
        s.modules = in.u64();
        s.actionModules = in.u64();
        s.actions = in.u64();
        const std::uint64_t stripped = in.u64();
        for (std::uint64_t i = 0; i < stripped; ++i) s.stripped.push_back(in.string());
        if (!in.atEnd()) return std::nullopt;
        return state;
    } catch (const std::exception&) {
        return std::nullopt;  // missing, truncated or unreadable: a full build
    }
}

void saveBuildState(const std::string& path, const BuildState& state) {
    Writer out;
    out.bytes() = kMagic;
    out.string(state.fingerprint);
    out.stamped(state.inputs);
    out.stamped(state.outputs);
    const BuildSummary& s = state.summary;
    for (std::size_t n : {s.files, s.modules, s.actionModules, s.actions, s.stripped.size()}) out.u64(n);
    for (const std::string& name : s.stripped) out.string(name);
    writeFileAtomically(path, out.bytes());
}

bool stampsStillHold(const BuildState& state, unsigned jobs) {
    const std::size_t total = state.inputs.size() + state.outputs.size();
    std::atomic<bool> holds{true};
    // In chunks: a stat is a few microseconds, too little to hand out one at a time.
    constexpr std::size_t kChunk = 512;
    parallelFor((total + kChunk - 1) / kChunk, jobs, [&](std::size_t chunk) {
        for (std::size_t i = chunk * kChunk; i < std::min(total, (chunk + 1) * kChunk) && holds; ++i) {
            const StampedPath& p = i < state.inputs.size() ? state.inputs[i] : state.outputs[i - state.inputs.size()];
            struct stat st;
            if (::stat(p.path.c_str(), &st) != 0 || stampOf(st) != p.stamp) holds = false;
        }
    });
    return holds;
}

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
