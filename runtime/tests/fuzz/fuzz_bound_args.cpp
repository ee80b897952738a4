// libFuzzer target for bound-argument blobs and IDs under a rotated key ring (a current
// and a previous key):
//   - decryptBoundArgs never crashes on any (ID, blob) and only fails with its three codes;
//   - an authentic ID of either key has exactly one spelling per key, and its pair key
//     gives back the ID under its own key;
//   - captures encrypted for an action under the previous key decrypt with the action's
//     ID under the current key (rotation across a rebuild), and never with the ID of a
//     different pair.
// Input: "ID \n BLOB", or for the round trip "module \0 name" (first line).
#include "actionc/action_id.h"
#include "actionc/bound_args.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

actionc::Key keyOf(std::uint8_t seed) {
    actionc::Key::Bytes bytes{};
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<std::uint8_t>(i * seed + 5);
    return actionc::Key(bytes);
}

const actionc::KeyRing& rotatedRing() {
    static const actionc::KeyRing ring = [] {
        actionc::KeyRing rotated(keyOf(13));
        rotated.addPrevious(keyOf(7));
        return rotated;
    }();
    return ring;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const actionc::KeyRing& ring = rotatedRing();
    const actionc::Key& current = ring.all()[0];
    const actionc::Key& previous = ring.all()[1];

    const std::size_t newline = input.find('\n');
    const std::string_view first = input.substr(0, newline);
    const std::string_view rest = newline == std::string_view::npos ? std::string_view{} : input.substr(newline + 1);

    auto decrypted = actionc::decryptBoundArgs(ring, first, rest);
    if (!decrypted.ok()) {
        const actionc::ErrorCode code = decrypted.error().code;
        require(code == actionc::ErrorCode::MalformedBoundArgs || code == actionc::ErrorCode::UnknownKey ||
                code == actionc::ErrorCode::BoundArgsRejected);
    }

    const actionc::DecodedActionId decoded = actionc::decodeActionId(ring, first);
    if (decoded.status == actionc::IdStatus::Ok) {
        const actionc::Key& owner = decoded.keyFingerprint == current.fingerprint() ? current : previous;
        require(actionc::encodeActionIdOfPairKey(owner, decoded.pairKey) == first);
    }

    // Rotation round trip over the pair "module \0 name".
    const std::size_t split = first.find('\0');
    const std::string_view module = first.substr(0, split);
    const std::string_view name = split == std::string_view::npos ? std::string_view{} : first.substr(split + 1);
    const std::string oldId = actionc::encodeActionId(previous, module, name);
    const std::string newId = actionc::encodeActionId(current, module, name);
    const std::string blob = actionc::encryptBoundArgs(actionc::KeyRing(previous), oldId, rest);
    auto across = actionc::decryptBoundArgs(ring, newId, blob);
    require(across.ok() && *across == rest);
    const std::string otherId = actionc::encodeActionId(current, module, std::string(name) + "'");
    require(!actionc::decryptBoundArgs(ring, otherId, blob).ok());
    return 0;
}
