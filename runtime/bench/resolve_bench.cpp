// Resolve speed: nanoseconds per resolveAction() over a manifest of N actions, for IDs
// of the current key, IDs of a previous key (after a rotation and rebuild), and the
// rejections (forged, unknown key, authentic but not listed). A benchmark, not a test:
// run it on a quiet machine and compare builds.
//   runtime_resolve_bench [actions=2500] [calls=200000]
#include "actionc/action_id.h"
#include "actionc/action_resolver.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <string>
#include <vector>

using namespace actionc;

namespace {

Key keyNumber(std::uint8_t seed) {
    Key::Bytes bytes{};
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<std::uint8_t>(seed * 31 + i * 7 + 1);
    return Key(bytes);
}

struct Pair {
    std::string module;
    std::string name;
};

// Module paths and export names shaped like a real app's (a few long ones, which take
// the digest form).
std::vector<Pair> makePairs(std::size_t count) {
    std::vector<Pair> pairs;
    for (std::size_t i = 0; i < count; ++i) {
        std::string module = "app/feature" + std::to_string(i / 4) + "/actions.ts";
        if (i % 50 == 0) module = "app/" + std::string(70, 'd') + "/" + std::to_string(i) + "/actions.ts";
        pairs.push_back({module, (i % 3 == 2 ? "Page/" : "") + std::string("action") + std::to_string(i)});
    }
    return pairs;
}

Manifest makeManifest(const Key& key, const std::vector<Pair>& pairs) {
    nlohmann::json actions = nlohmann::json::array();
    for (const Pair& pair : pairs) {
        actions.push_back({{"async", true}, {"bound", 0}, {"column", 1}, {"export", pair.name},
                           {"id", encodeActionId(key, pair.module, pair.name)}, {"importers", nlohmann::json::array()},
                           {"kind", "module"}, {"line", 1}, {"module", pair.module}, {"params", 1}});
    }
    const nlohmann::json document = {{"version", 1}, {"keyId", key.fingerprint()}, {"actions", actions}};
    auto manifest = Manifest::fromJson(document.dump());
    if (!manifest) {
        std::fprintf(stderr, "manifest: %s\n", manifest.error().message.c_str());
        std::exit(1);
    }
    return std::move(*manifest);
}

void measure(const char* what, const KeyRing& ring, const Manifest& manifest, const std::vector<std::string>& ids,
             std::size_t calls) {
    // CPU time of this process, not wall time: the machine is shared, and a busy
    // neighbour should slow the numbers as little as possible.
    const auto cpuSeconds = [] {
        timespec now{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
        return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
    };
    std::size_t resolved = 0;
    const double start = cpuSeconds();
    for (std::size_t i = 0; i < calls; ++i) resolved += resolveAction(ring, manifest, ids[i % ids.size()]).ok();
    const double seconds = cpuSeconds() - start;
    std::printf("%-44s %7.0f ns/resolve (CPU)  %zu of %zu resolved\n", what, seconds * 1e9 / calls, resolved, calls);
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t count = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 2500;
    const std::size_t calls = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 200000;
    const Key oldKey = keyNumber(1), newKey = keyNumber(2), foreignKey = keyNumber(9);
    const std::vector<Pair> pairs = makePairs(count);
    const Manifest manifest = makeManifest(newKey, pairs);
    KeyRing single(newKey);
    KeyRing rotated(newKey);
    rotated.addPrevious(oldKey);

    std::vector<std::string> current, previous, forged, foreign, unlisted;
    for (const Pair& pair : pairs) {
        current.push_back(encodeActionId(newKey, pair.module, pair.name));
        previous.push_back(encodeActionId(oldKey, pair.module, pair.name));
        forged.push_back(current.back());
        forged.back()[10] = forged.back()[10] == 'A' ? 'B' : 'A';
        foreign.push_back(encodeActionId(foreignKey, pair.module, pair.name));
        unlisted.push_back(encodeActionId(newKey, pair.module, pair.name + "Gone"));
    }
    std::printf("%zu actions, %zu calls each\n", count, calls);
    measure("current key, ring of 1", single, manifest, current, calls);
    measure("current key, ring of 2 (rotated)", rotated, manifest, current, calls);
    measure("previous key, ring of 2 (rotated, rebuilt)", rotated, manifest, previous, calls);
    measure("forged (one character changed)", rotated, manifest, forged, calls);
    measure("unknown key", rotated, manifest, foreign, calls);
    measure("authentic, not in the manifest", rotated, manifest, unlisted, calls);
    return 0;
}
