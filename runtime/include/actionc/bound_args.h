// Encryption of an inline action's captured variables ("bound args").
//
// The captures travel through the client and come back with the call, so they must be
// both secret and tamper-proof, and a blob minted for one action must be useless for
// every other:
//
//   blob = base64url-nopad( keyTag[3] || nonce[24] || XChaCha20-Poly1305-IETF(
//              key = Key::boundArgsKey(), nonce, ad = actionId, plaintext) )
//
// The nonce is random (192 bits, so collisions are not a concern), the key tag lets a
// server holding several keys pick the right one without trial decryption, and binding
// the action ID as associated data rejects a blob replayed against another action.
// After a key rotation and rebuild the decrypting code holds the action's ID under the
// new key while an old blob is bound to its ID under the old key: decryption accepts
// the ID of the same action under the blob's key too (IDs are deterministic).
#pragma once

#include "actionc/keyring.h"
#include "actionc/runtime_error.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace actionc {

// Blobs come back in request bodies, which the body limit already bounds; this cap keeps
// a direct caller from decoding something absurd.
inline constexpr std::size_t kMaxBoundArgsBlobChars = 64u * 1024 * 1024;

std::string encryptBoundArgs(const KeyRing& ring, std::string_view actionId, std::string_view plaintext);

// MalformedBoundArgs: not base64url, too short, or too long.
// UnknownKey: no key in the ring has the blob's tag.
// BoundArgsRejected: authentication failed (tampered, truncated, or for another action).
// `actionId` may be the action's ID under any key of the ring (see above).
Result<std::string> decryptBoundArgs(const KeyRing& ring, std::string_view actionId, std::string_view blob);

}  // namespace actionc
