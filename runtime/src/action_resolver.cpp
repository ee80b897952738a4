#include "actionc/action_resolver.h"

#include "actionc/action_id.h"

#include <algorithm>

namespace actionc {

namespace {

// An ID is attacker-controlled text; keep what reaches logs short and printable.
std::string printableForLog(std::string_view text) {
    constexpr std::size_t kMaxLoggedChars = 140;
    std::string out;
    for (char c : text.substr(0, kMaxLoggedChars)) {
        const bool printable = c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
        out += printable ? c : '?';
    }
    if (text.size() > kMaxLoggedChars) out += "...";
    return out;
}

}  // namespace

std::string actionNotFoundMessage(std::string_view id) {
    return "Failed to find Server Action \"" + printableForLog(id) + "\"";
}

Result<ResolvedAction> resolveAction(const KeyRing& ring, const Manifest& manifest, std::string_view id) {
    const DecodedActionId decoded = decodeActionId(ring, id);
    switch (decoded.status) {
    case IdStatus::Ok: break;
    case IdStatus::Malformed:
        return makeError(ErrorCode::MalformedId, "Malformed Server Action ID \"" + printableForLog(id) + "\"");
    case IdStatus::UnknownKey:
        return makeError(ErrorCode::UnknownKey, "Server Action ID \"" + printableForLog(id) +
                                                    "\" was minted with a key this server does not hold");
    case IdStatus::Forged:
        return makeError(ErrorCode::ForgedId, "Server Action ID \"" + printableForLog(id) + "\" failed authentication");
    }

    // By the pair, not by the ID string: the manifest lists the IDs of the key it was
    // built with, and an ID of a previous key of the ring names the same pair.
    const ManifestAction* entry = manifest.findByPairKey(decoded.pairKey);
    if (!entry) return makeError(ErrorCode::ActionNotFound, actionNotFoundMessage(id));
    return ResolvedAction{entry->id, entry->module, entry->exportName, entry->kind};
}

Status checkManifestKey(const KeyRing& ring, const Manifest& manifest) {
    const auto key = std::find_if(ring.all().begin(), ring.all().end(),
                                  [&](const Key& candidate) { return candidate.fingerprint() == manifest.keyId(); });
    if (key == ring.all().end()) {
        return makeError(ErrorCode::InvalidKey, "the manifest was built with key " + printableForLog(manifest.keyId()) +
                                                    ", which is not in the key ring (current key " +
                                                    ring.current().fingerprint() + ")");
    }
    // Requests resolve by pair, and callers compare the entry's `id` with the ID their
    // code registered; an entry whose `id` is not the one its key mints for its pair
    // means a hand-edited or mixed-up manifest.
    for (std::size_t i = 0; i < manifest.actions().size(); ++i) {
        const ManifestAction& entry = manifest.actions()[i];
        if (encodeActionId(*key, entry.module, entry.exportName) != entry.id) {
            return makeError(ErrorCode::InvalidManifest, "actions[" + std::to_string(i) + "]: \"id\" is not the ID of \"" +
                                                             printableForLog(entry.exportName) + "\" in \"" +
                                                             printableForLog(entry.module) + "\" under key " +
                                                             manifest.keyId());
        }
    }
    return {};
}

}  // namespace actionc
