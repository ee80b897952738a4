#include "actionc/keyring.h"

#include <sodium.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <stdexcept>

namespace actionc {

namespace {

// Distinct KDF sub-key ids; never reuse a number for another purpose.
constexpr std::uint64_t kPurposeIdMac = 1;
constexpr std::uint64_t kPurposeIdStream = 2;
constexpr std::uint64_t kPurposeBoundArgs = 3;
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES] = {'a', 'c', 't', 'i', 'o', 'n', 'c', '1'};
constexpr std::string_view kFingerprintDomain = "actionc key fingerprint v1";

std::string_view trimWhitespace(std::string_view text) {
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
    return text;
}

}  // namespace

void ensureSodiumInitialised() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
    });
}

Key::Key(const Bytes& bytes) : bytes_(bytes) {
    ensureSodiumInitialised();
    std::array<std::uint8_t, 8> digest;
    crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char*>(kFingerprintDomain.data()),
                       kFingerprintDomain.size(), bytes_.data(), bytes_.size());
    char hex[2 * 8 + 1];
    sodium_bin2hex(hex, sizeof hex, digest.data(), digest.size());
    fingerprint_ = hex;
    std::copy_n(digest.begin(), kKeyTagBytes, tag_.begin());  // the fingerprint's first bytes
    idMacKey_ = derive(kPurposeIdMac);
    idStreamKey_ = derive(kPurposeIdStream);
    boundArgsKey_ = derive(kPurposeBoundArgs);
}

Key::~Key() {
    for (Bytes* secret : {&bytes_, &idMacKey_, &idStreamKey_, &boundArgsKey_}) {
        sodium_memzero(secret->data(), secret->size());
    }
}

Key Key::generate() {
    ensureSodiumInitialised();
    Bytes bytes;
    randombytes_buf(bytes.data(), bytes.size());
    return Key(bytes);
}

std::optional<Key> Key::fromBase64(std::string_view text) {
    ensureSodiumInitialised();
    text = trimWhitespace(text);
    Bytes bytes;
    std::size_t decodedLength = 0;
    const char* end = nullptr;
    for (int variant : {sodium_base64_VARIANT_ORIGINAL, sodium_base64_VARIANT_ORIGINAL_NO_PADDING}) {
        if (sodium_base642bin(bytes.data(), bytes.size(), text.data(), text.size(), nullptr,
                              &decodedLength, &end, variant) == 0 &&
            end == text.data() + text.size() && decodedLength == bytes.size()) {
            return Key(bytes);
        }
    }
    return std::nullopt;
}

std::string Key::toBase64() const {
    std::string out(sodium_base64_ENCODED_LEN(kKeyBytes, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes_.data(), bytes_.size(), sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.find('\0'));
    return out;
}

Key::Bytes Key::derive(std::uint64_t purpose) const {
    Bytes sub;
    crypto_kdf_derive_from_key(sub.data(), sub.size(), purpose, kKdfContext, bytes_.data());
    return sub;
}


bool KeyRing::addPreviousKeys(KeyRing& ring, std::string_view list, std::string* error) {
    while (!list.empty()) {
        const std::size_t comma = list.find(',');
        const std::string_view item = trimWhitespace(list.substr(0, comma));
        list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
        if (item.empty()) continue;
        auto key = Key::fromBase64(item);
        if (!key) {
            if (error) *error = "ACTIONC_PREVIOUS_KEYS: an entry is not base64 of 32 bytes";
            return false;
        }
        ring.addPrevious(*key);
    }
    return true;
}

std::optional<KeyRing> KeyRing::fromEnvironment(std::string* error) {
    const char* current = std::getenv("ACTIONC_ENCRYPTION_KEY");
    if (!current || !*current) return std::nullopt;
    auto key = Key::fromBase64(current);
    if (!key) {
        if (error) *error = "ACTIONC_ENCRYPTION_KEY is not base64 of 32 bytes";
        return std::nullopt;
    }
    KeyRing ring(*key);
    if (const char* previous = std::getenv("ACTIONC_PREVIOUS_KEYS")) {
        if (!addPreviousKeys(ring, previous, error)) return std::nullopt;
    }
    return ring;
}

}  // namespace actionc
