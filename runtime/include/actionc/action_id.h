// The action ID codec, shared by the compiler (which mints IDs) and the runtime (which
// checks them). There is exactly one implementation so the two can never disagree.
//
// An ID is deterministic authenticated encryption (SIV construction) of the pair
// (module path relative to the project root, export or inline name):
//
//   id        = base64url-nopad( keyTag[3] || siv[16] || ciphertext )
//   siv       = BLAKE2b-128_{idMacKey}( keyTag || plaintext )
//   ciphertext= XChaCha20_{idStreamKey, nonce = siv || 0^8}( plaintext )
//
// libsodium's AEAD constructions need a unique nonce per message; a deterministic ID
// would have to reuse one, which breaks Poly1305 and leaks plaintext XORs. SIV makes
// the nonce a MAC of the plaintext: equal inputs give equal IDs (reproducible builds),
// different inputs give unrelated IDs, and any changed bit fails the MAC.
#pragma once

#include "actionc/keyring.h"

#include <string>
#include <string_view>

namespace actionc {

inline constexpr std::size_t kMaxActionIdChars = 128;

enum class IdStatus {
    Ok,
    Malformed,   // not canonical base64url, or the wrong length
    UnknownKey,  // no key in the ring carries this ID's key tag
    Forged,      // a key matched the tag, but authentication failed
};

const char* idStatusName(IdStatus status);

struct DecodedActionId {
    IdStatus status = IdStatus::Malformed;
    // The key-independent encoding of the pair the ID names (its plaintext): equal for
    // the IDs every key mints for one action, so an ID of a previous key still finds
    // the action a build under the current key lists (see actionPairKey).
    std::string pairKey;
    std::string module;  // empty in digest form (see `digestForm`)
    std::string name;    // may be truncated in digest form
    // Pairs too long to fit in 128 characters are encoded as a digest of the full pair
    // plus as much of the name as fits; the manifest entry carries the rest.
    bool digestForm = false;
    std::string digestHex;
    std::string keyFingerprint;  // of the key that authenticated the ID
};

std::string encodeActionId(const Key& key, std::string_view module, std::string_view name);
DecodedActionId decodeActionId(const KeyRing& ring, std::string_view id);

// The pair key of (module, name), as DecodedActionId::pairKey reads it back from any
// of the pair's IDs: what the runtime indexes its manifest by.
std::string actionPairKey(std::string_view module, std::string_view name);
// The ID `key` mints for the pair with this pair key (encodeActionId without needing
// the full pair, which a digest-form ID does not carry).
std::string encodeActionIdOfPairKey(const Key& key, std::string_view pairKey);

// The digest that digest-form IDs carry, for checking them against a manifest entry.
std::string actionPairDigestHex(std::string_view module, std::string_view name);

}  // namespace actionc
