// libFuzzer target for the action ID codec.
//   1. decodeActionId never crashes, and whatever it accepts re-encodes to the same ID
//      (so there is exactly one spelling of each ID);
//   2. any (module, name) pair round-trips through encode/decode.
#include "actionc/action_id.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

const actionc::KeyRing& fuzzRing() {
    static const actionc::KeyRing ring = [] {
        actionc::Key::Bytes bytes{};
        for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<std::uint8_t>(i * 13 + 5);
        return actionc::KeyRing(actionc::Key(bytes));
    }();
    return ring;
}

void require(bool condition) {
    if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const actionc::KeyRing& ring = fuzzRing();
    const actionc::Key& key = ring.current();

    const actionc::DecodedActionId decoded = actionc::decodeActionId(ring, input);
    if (decoded.status == actionc::IdStatus::Ok && !decoded.digestForm) {
        require(actionc::encodeActionId(key, decoded.module, decoded.name) == input);
    }

    // The input as "module \0 name" (a module path never contains NUL).
    const std::size_t split = input.find('\0');
    const std::string_view module = input.substr(0, split);
    const std::string_view name = split == std::string_view::npos ? std::string_view{} : input.substr(split + 1);
    const std::string id = actionc::encodeActionId(key, module, name);
    require(id.size() <= actionc::kMaxActionIdChars);
    const actionc::DecodedActionId roundTrip = actionc::decodeActionId(ring, id);
    require(roundTrip.status == actionc::IdStatus::Ok);
    if (roundTrip.digestForm) {
        require(roundTrip.digestHex == actionc::actionPairDigestHex(module, name));
        require(name.substr(0, roundTrip.name.size()) == roundTrip.name);
    } else {
        require(roundTrip.module == module && roundTrip.name == name);
    }
    return 0;
}
