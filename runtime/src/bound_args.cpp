#include "actionc/bound_args.h"

#include "actionc/action_id.h"
#include "base64url.h"

#include <sodium.h>

#include <cstring>
#include <optional>

namespace actionc {

namespace {

constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kMacBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t kHeaderBytes = kKeyTagBytes + kNonceBytes;

static_assert(kKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

const unsigned char* bytesOf(std::string_view text) { return reinterpret_cast<const unsigned char*>(text.data()); }

std::optional<std::string> openBlob(const Key& key, std::string_view associatedData, const unsigned char* nonce,
                                    const unsigned char* cipher, std::size_t cipherSize) {
    auto subKey = key.boundArgsKey();
    std::string plain(cipherSize - kMacBytes, '\0');
    unsigned long long plainLength = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()),
                                                              &plainLength, nullptr, cipher, cipherSize,
                                                              bytesOf(associatedData), associatedData.size(), nonce,
                                                              subKey.data());
    sodium_memzero(subKey.data(), subKey.size());
    if (rc != 0) return std::nullopt;
    plain.resize(plainLength);
    return plain;
}

}  // namespace

std::string encryptBoundArgs(const KeyRing& ring, std::string_view actionId, std::string_view plaintext) {
    ensureSodiumInitialised();
    const Key& key = ring.current();
    const auto tag = key.tag();
    auto subKey = key.boundArgsKey();

    std::vector<unsigned char> blob(kHeaderBytes + plaintext.size() + kMacBytes);
    std::memcpy(blob.data(), tag.data(), kKeyTagBytes);
    unsigned char* nonce = blob.data() + kKeyTagBytes;
    randombytes_buf(nonce, kNonceBytes);
    unsigned long long cipherLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(blob.data() + kHeaderBytes, &cipherLength, bytesOf(plaintext),
                                               plaintext.size(), bytesOf(actionId), actionId.size(), nullptr,
                                               nonce, subKey.data());
    sodium_memzero(subKey.data(), subKey.size());
    blob.resize(kHeaderBytes + cipherLength);
    return toBase64Url(blob.data(), blob.size());
}

Result<std::string> decryptBoundArgs(const KeyRing& ring, std::string_view actionId, std::string_view blob) {
    ensureSodiumInitialised();
    std::vector<unsigned char> raw(blob.size() / 4 * 3 + 3, 0);
    std::size_t rawSize = 0;
    const bool decodes = blob.size() <= kMaxBoundArgsBlobChars &&
                         fromBase64UrlCanonical(blob, raw.data(), raw.size(), rawSize);
    raw.resize(rawSize);
    if (!decodes || raw.size() < kHeaderBytes + kMacBytes) {
        return makeError(ErrorCode::MalformedBoundArgs, "bound arguments are not a well-formed actionc blob");
    }
    const unsigned char* nonce = raw.data() + kKeyTagBytes;
    const unsigned char* cipher = raw.data() + kHeaderBytes;
    const std::size_t cipherSize = raw.size() - kHeaderBytes;

    // The blob is bound to the action's ID as the blob's key mints it. Across a key
    // rotation and rebuild, the code decrypting it passes the ID of the new key, so a
    // blob of a previous key is tried with that key's ID of the same action too (IDs are
    // deterministic; both name the same pair, so no other action's blob can pass).
    std::optional<DecodedActionId> decodedId;
    bool tagMatched = false;
    for (const Key& key : ring.all()) {
        if (std::memcmp(key.tag().data(), raw.data(), kKeyTagBytes) != 0) continue;
        tagMatched = true;
        if (auto plain = openBlob(key, actionId, nonce, cipher, cipherSize)) return std::move(*plain);
        if (!decodedId) decodedId = decodeActionId(ring, actionId);
        if (decodedId->status != IdStatus::Ok || decodedId->keyFingerprint == key.fingerprint()) continue;
        const std::string idUnderBlobKey = encodeActionIdOfPairKey(key, decodedId->pairKey);
        if (auto plain = openBlob(key, idUnderBlobKey, nonce, cipher, cipherSize)) return std::move(*plain);
        // Tags are 24 bits, so two keys in a ring can share one; try the others too.
    }
    if (!tagMatched) {
        return makeError(ErrorCode::UnknownKey, "bound arguments were encrypted with a key this server does not hold");
    }
    return makeError(ErrorCode::BoundArgsRejected,
                     "bound arguments failed authentication (tampered, or minted for another action)");
}

}  // namespace actionc
