// Shared fixtures for the runtime tests: keys, rings and manifests built the way the
// compiler builds them (IDs from the real codec, never hard-coded).
#pragma once

#include "actionc/action_id.h"
#include "actionc/keyring.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace actionc::testing {

// Distinct deterministic keys, so a failure reproduces.
inline Key keyNumber(std::uint8_t seed) {
    Key::Bytes bytes{};
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<std::uint8_t>(seed * 31 + i * 7 + 1);
    return Key(bytes);
}

struct ActionSpec {
    std::string module;
    std::string exportName;
    std::string kind = "module";
};

// A manifest document in the compiler's format, IDs minted with `key`.
inline nlohmann::json manifestJson(const Key& key, const std::vector<ActionSpec>& actions) {
    nlohmann::json list = nlohmann::json::array();
    int line = 1;
    for (const ActionSpec& action : actions) {
        list.push_back({{"async", true},
                        {"bound", action.kind == "inline" ? 2 : 0},
                        {"column", 1},
                        {"export", action.exportName},
                        {"id", encodeActionId(key, action.module, action.exportName)},
                        {"importers", {"app/page.tsx"}},
                        {"kind", action.kind},
                        {"line", line++},
                        {"module", action.module},
                        {"params", 1}});
    }
    return {{"version", 1},
            {"keyId", key.fingerprint()},
            {"actions", list},
            {"stripped", nlohmann::json::array({{{"export", "unused"}, {"module", "app/actions.ts"}}})}};
}

// The base64url alphabet IDs and blobs are written in.
inline const std::string& base64UrlAlphabet() {
    static const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    return alphabet;
}

}  // namespace actionc::testing
