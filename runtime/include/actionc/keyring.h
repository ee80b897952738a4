// Keys for action IDs and bound-argument blobs.
//
// One 32-byte master key per deployment generation. Sub-keys for each purpose are
// derived with libsodium's KDF so that a leak of one sub-key (say, through a bug in
// bound-argument handling) does not let an attacker mint action IDs.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actionc {

inline constexpr std::size_t kKeyBytes = 32;
// Bytes of the key fingerprint that every action ID carries in clear, so the runtime
// can pick the right key out of a ring without trial decryption of every key.
inline constexpr std::size_t kKeyTagBytes = 3;

// libsodium must be initialised once per process; every entry point of this library
// calls this, so callers never have to.
void ensureSodiumInitialised();

class Key {
public:
    using Bytes = std::array<std::uint8_t, kKeyBytes>;

    explicit Key(const Bytes& bytes);
    Key(const Key&) = default;
    Key& operator=(const Key&) = default;
    ~Key();

    static Key generate();
    // Standard base64 (with or without padding) of exactly 32 bytes; whitespace around
    // it is ignored so a key file may end with a newline.
    static std::optional<Key> fromBase64(std::string_view text);

    std::string toBase64() const;
    // Public, stable name of the key: 16 hex characters. Safe to print and to put in
    // the manifest; it reveals nothing usable about the key.
    const std::string& fingerprint() const { return fingerprint_; }
    const std::array<std::uint8_t, kKeyTagBytes>& tag() const { return tag_; }

    // Purpose-bound sub-keys (see the note at the top of this file).
    const Bytes& idMacKey() const { return idMacKey_; }
    const Bytes& idStreamKey() const { return idStreamKey_; }
    const Bytes& boundArgsKey() const { return boundArgsKey_; }

private:
    Bytes derive(std::uint64_t purpose) const;
    Bytes bytes_;
    // Derived once: every ID decoded tries the ring's tags, and every ID or blob needs a
    // sub-key; recomputing them per request cost most of a resolve.
    std::string fingerprint_;
    std::array<std::uint8_t, kKeyTagBytes> tag_{};
    Bytes idMacKey_{};
    Bytes idStreamKey_{};
    Bytes boundArgsKey_{};
};

// The current key (used for everything new) plus previous keys (accepted on input),
// so a rolling deploy keeps working while keys rotate.
class KeyRing {
public:
    explicit KeyRing(Key current) : keys_{std::move(current)} {}

    void addPrevious(Key key) { keys_.push_back(std::move(key)); }
    const Key& current() const { return keys_.front(); }
    const std::vector<Key>& all() const { return keys_; }

    // ACTIONC_ENCRYPTION_KEY (base64 of 32 bytes) and ACTIONC_PREVIOUS_KEYS (comma
    // separated). Returns nullopt when no current key is set; `error` says why when a
    // variable is present but malformed.
    static std::optional<KeyRing> fromEnvironment(std::string* error);
    // Parses a comma-separated list of base64 keys into `ring` as previous keys.
    static bool addPreviousKeys(KeyRing& ring, std::string_view commaSeparated, std::string* error);

private:
    std::vector<Key> keys_;
};

}  // namespace actionc
