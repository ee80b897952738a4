// Where a build's key comes from (SPEC §4), in order: --key-file, the environment
// (ACTIONC_ENCRYPTION_KEY), a key generated earlier into <out>/actionc.key, or a new
// key generated there (mode 0600) with a warning. ACTIONC_PREVIOUS_KEYS are added as
// previous keys in every case.
#pragma once

#include "actionc/keyring.h"

#include <optional>
#include <string>

namespace actionc {

struct KeySource {
    std::string keyFile;       // --key-file, may be empty
    std::string generatedKeyPath;  // <out>/actionc.key; empty: never generate
};

struct LoadedKeys {
    std::optional<KeyRing> ring;
    std::string warning;  // set when a key was generated
    std::string error;    // set when loading failed
};

LoadedKeys loadKeys(const KeySource& source);

}  // namespace actionc
