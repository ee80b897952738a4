#include "driver/keys.h"

#include "support/file_io.h"

#include <filesystem>

namespace actionc {

namespace {

std::optional<Key> readKeyFile(const std::string& path, std::string& error) {
    std::string text;
    try {
        text = readFile(path);
    } catch (const std::exception& e) {
        error = e.what();
        return std::nullopt;
    }
    auto key = Key::fromBase64(text);
    if (!key) error = path + ": not a base64-encoded 32-byte key (create one with 'actionc keygen')";
    return key;
}

}  // namespace

LoadedKeys loadKeys(const KeySource& source) {
    LoadedKeys loaded;
    std::optional<Key> current;
    if (!source.keyFile.empty()) {
        current = readKeyFile(source.keyFile, loaded.error);
        if (!current) return loaded;
    } else if (auto ring = KeyRing::fromEnvironment(&loaded.error)) {
        loaded.ring = std::move(ring);
        return loaded;
    } else if (!loaded.error.empty()) {
        return loaded;
    } else if (!source.generatedKeyPath.empty() && std::filesystem::exists(source.generatedKeyPath)) {
        current = readKeyFile(source.generatedKeyPath, loaded.error);
        if (!current) return loaded;
    } else if (!source.generatedKeyPath.empty()) {
        current = Key::generate();
        writeFileAtomically(source.generatedKeyPath, current->toBase64() + "\n", 0600);
        loaded.warning = "no key given (ACTIONC_ENCRYPTION_KEY or --key-file); generated one into " +
                         source.generatedKeyPath +
                         ". Use the same key for every build and server of a deployment";
    } else {
        loaded.error = "no key: set ACTIONC_ENCRYPTION_KEY or pass --key-file (create one with 'actionc keygen')";
        return loaded;
    }
    KeyRing ring(*current);
    if (const char* previous = std::getenv("ACTIONC_PREVIOUS_KEYS")) {
        if (!KeyRing::addPreviousKeys(ring, previous, &loaded.error)) return loaded;
    }
    loaded.ring = std::move(ring);
    return loaded;
}

}  // namespace actionc
