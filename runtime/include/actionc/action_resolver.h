// Maps an action ID from a request to the module export it names.
//
// The ID is authenticated first (without touching the manifest), so a changed character
// never costs a lookup and never reaches user code; only then is the manifest consulted,
// for the pair the ID encrypts, so the ID of any key still in the ring resolves (key
// rotation across a rebuild: the manifest lists only the current key's IDs).
#pragma once

#include "actionc/keyring.h"
#include "actionc/manifest.h"
#include "actionc/runtime_error.h"

#include <string>
#include <string_view>

namespace actionc {

struct ResolvedAction {
    // The action's ID in the manifest, i.e. under the key the running build was made
    // with: what its code registered (`$$id`). Differs from the requested ID when that
    // one was minted by a previous key of the ring.
    std::string id;
    std::string module;
    std::string exportName;
    ActionKind kind = ActionKind::Module;
};

// "Failed to find Server Action \"<id>\"" — Next.js's wording, so existing log alerts
// and docs keep applying. Long or odd IDs are cut and escaped for safe logging.
std::string actionNotFoundMessage(std::string_view id);

Result<ResolvedAction> resolveAction(const KeyRing& ring, const Manifest& manifest, std::string_view id);

// A manifest minted under a key the ring does not hold cannot resolve anything; say so
// once at start-up instead of 404ing every request. Also InvalidManifest when an
// entry's `id` is not what that key mints for the entry's module and export.
Status checkManifestKey(const KeyRing& ring, const Manifest& manifest);

}  // namespace actionc
