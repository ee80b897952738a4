#include "actionc/action_id.h"

#include "base64url.h"

#include <sodium.h>

#include <cstring>

namespace actionc {

namespace {

constexpr std::size_t kSivBytes = 16;
constexpr std::size_t kMaxIdBytes = kMaxActionIdChars / 4 * 3;  // 96: 128 chars, no padding
constexpr std::size_t kMaxPlaintextBytes = kMaxIdBytes - kKeyTagBytes - kSivBytes;  // 77
constexpr std::size_t kDigestBytes = 16;

// The first plaintext byte says how the rest is laid out.
constexpr std::uint8_t kFormLiteral = 'L';  // module \0 name
constexpr std::uint8_t kFormDigest = 'D';   // digest[16] name-prefix

using Bytes = std::basic_string<std::uint8_t>;

Bytes pairDigest(std::string_view module, std::string_view name) {
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, kDigestBytes);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(module.data()), module.size());
    const unsigned char separator = 0;
    crypto_generichash_update(&state, &separator, 1);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(name.data()), name.size());
    Bytes digest(kDigestBytes, 0);
    crypto_generichash_final(&state, digest.data(), digest.size());
    return digest;
}

std::string toHex(const std::uint8_t* data, std::size_t size) {
    std::string hex(2 * size + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), data, size);
    hex.pop_back();
    return hex;
}

Bytes makePlaintext(std::string_view module, std::string_view name) {
    Bytes plain;
    if (1 + module.size() + 1 + name.size() <= kMaxPlaintextBytes) {
        plain.push_back(kFormLiteral);
        plain.append(reinterpret_cast<const std::uint8_t*>(module.data()), module.size());
        plain.push_back(0);
        plain.append(reinterpret_cast<const std::uint8_t*>(name.data()), name.size());
        return plain;
    }
    plain.push_back(kFormDigest);
    plain += pairDigest(module, name);
    const std::size_t room = kMaxPlaintextBytes - plain.size();
    plain.append(reinterpret_cast<const std::uint8_t*>(name.data()), std::min(room, name.size()));
    return plain;
}

std::array<std::uint8_t, kSivBytes> computeSiv(const Key& key, const std::uint8_t* tag, const Bytes& plain) {
    const auto macKey = key.idMacKey();
    crypto_generichash_state state;
    crypto_generichash_init(&state, macKey.data(), macKey.size(), kSivBytes);
    crypto_generichash_update(&state, tag, kKeyTagBytes);
    crypto_generichash_update(&state, plain.data(), plain.size());
    std::array<std::uint8_t, kSivBytes> siv;
    crypto_generichash_final(&state, siv.data(), siv.size());
    return siv;
}

// XChaCha20 is its own inverse, so this both encrypts and decrypts.
Bytes applyKeystream(const Key& key, const std::uint8_t* siv, const std::uint8_t* data, std::size_t size) {
    std::array<std::uint8_t, crypto_stream_xchacha20_NONCEBYTES> nonce{};
    std::memcpy(nonce.data(), siv, kSivBytes);
    const auto streamKey = key.idStreamKey();
    Bytes out(size, 0);
    crypto_stream_xchacha20_xor(out.data(), data, size, nonce.data(), streamKey.data());
    return out;
}

bool parsePlaintext(const Bytes& plain, DecodedActionId& decoded) {
    if (plain.empty()) return false;
    const auto* body = reinterpret_cast<const char*>(plain.data() + 1);
    const std::size_t bodySize = plain.size() - 1;
    if (plain[0] == kFormLiteral) {
        const void* zero = std::memchr(body, 0, bodySize);
        if (!zero) return false;
        const std::size_t moduleSize = static_cast<const char*>(zero) - body;
        decoded.module.assign(body, moduleSize);
        decoded.name.assign(body + moduleSize + 1, bodySize - moduleSize - 1);
        return true;
    }
    if (plain[0] == kFormDigest && bodySize >= kDigestBytes) {
        decoded.digestForm = true;
        decoded.digestHex = toHex(plain.data() + 1, kDigestBytes);
        decoded.name.assign(body + kDigestBytes, bodySize - kDigestBytes);
        return true;
    }
    return false;
}

}  // namespace

const char* idStatusName(IdStatus status) {
    switch (status) {
    case IdStatus::Ok: return "ok";
    case IdStatus::Malformed: return "malformed";
    case IdStatus::UnknownKey: return "unknown-key";
    case IdStatus::Forged: return "forged";
    }
    return "unknown";
}

std::string actionPairDigestHex(std::string_view module, std::string_view name) {
    ensureSodiumInitialised();
    const Bytes digest = pairDigest(module, name);
    return toHex(digest.data(), digest.size());
}

std::string actionPairKey(std::string_view module, std::string_view name) {
    ensureSodiumInitialised();
    const Bytes plain = makePlaintext(module, name);
    return std::string(reinterpret_cast<const char*>(plain.data()), plain.size());
}

std::string encodeActionId(const Key& key, std::string_view module, std::string_view name) {
    return encodeActionIdOfPairKey(key, actionPairKey(module, name));
}

std::string encodeActionIdOfPairKey(const Key& key, std::string_view pairKey) {
    const auto tag = key.tag();
    const Bytes plain(reinterpret_cast<const std::uint8_t*>(pairKey.data()), pairKey.size());
    const auto siv = computeSiv(key, tag.data(), plain);
    Bytes id(tag.begin(), tag.end());
    id.append(siv.begin(), siv.end());
    id += applyKeystream(key, siv.data(), plain.data(), plain.size());
    return toBase64Url(id.data(), id.size());
}

DecodedActionId decodeActionId(const KeyRing& ring, std::string_view id) {
    DecodedActionId decoded;
    Bytes raw(kMaxIdBytes, 0);
    std::size_t rawSize = 0;
    const bool decodes = id.size() <= kMaxActionIdChars && fromBase64UrlCanonical(id, raw.data(), raw.size(), rawSize);
    raw.resize(rawSize);
    if (!decodes || raw.size() < kKeyTagBytes + kSivBytes + 2) {
        decoded.status = IdStatus::Malformed;
        return decoded;
    }
    const std::uint8_t* tag = raw.data();
    const std::uint8_t* siv = raw.data() + kKeyTagBytes;
    const std::uint8_t* cipher = siv + kSivBytes;
    const std::size_t cipherSize = raw.size() - kKeyTagBytes - kSivBytes;

    decoded.status = IdStatus::UnknownKey;
    for (const Key& key : ring.all()) {
        if (std::memcmp(key.tag().data(), tag, kKeyTagBytes) != 0) continue;
        decoded.status = IdStatus::Forged;
        const Bytes plain = applyKeystream(key, siv, cipher, cipherSize);
        const auto expected = computeSiv(key, tag, plain);
        if (sodium_memcmp(expected.data(), siv, kSivBytes) != 0) continue;
        if (!parsePlaintext(plain, decoded)) continue;  // authentic but not ours: treat as forged
        decoded.status = IdStatus::Ok;
        decoded.pairKey.assign(reinterpret_cast<const char*>(plain.data()), plain.size());
        decoded.keyFingerprint = key.fingerprint();
        return decoded;
    }
    return decoded;
}

}  // namespace actionc
