#include "actionc/action_resolver.h"

#include "actionc/action_id.h"

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

bool entryDescribesId(const ManifestAction& entry, const DecodedActionId& decoded) {
    if (!decoded.digestForm) return decoded.module == entry.module && decoded.name == entry.exportName;
    // Digest form carries a digest of the full pair plus a prefix of the name.
    return decoded.digestHex == actionPairDigestHex(entry.module, entry.exportName) &&
           std::string_view(entry.exportName).substr(0, decoded.name.size()) == decoded.name;
}

}  // namespace

std::string actionNotFoundMessage(std::string_view id) {
    return "Failed to find Server Action \"" + printableForLog(id) + "\"";
}

Result<ResolvedAction> resolveAction(const KeyRing& ring, const Manifest& manifest, std::string_view id) {
    const DecodedActionId decoded = decodeActionId(ring, id);
    const std::string shown = printableForLog(id);
    switch (decoded.status) {
    case IdStatus::Ok: break;
    case IdStatus::Malformed:
        return makeError(ErrorCode::MalformedId, "Malformed Server Action ID \"" + shown + "\"");
    case IdStatus::UnknownKey:
        return makeError(ErrorCode::UnknownKey,
                         "Server Action ID \"" + shown + "\" was minted with a key this server does not hold");
    case IdStatus::Forged:
        return makeError(ErrorCode::ForgedId, "Server Action ID \"" + shown + "\" failed authentication");
    }

    const ManifestAction* entry = manifest.find(id);
    // An authentic ID whose manifest entry names another pair means the manifest was
    // edited or mixed up across builds; refuse rather than run the wrong function.
    if (!entry || !entryDescribesId(*entry, decoded)) {
        return makeError(ErrorCode::ActionNotFound, actionNotFoundMessage(id));
    }
    return ResolvedAction{entry->module, entry->exportName, entry->kind};
}

Status checkManifestKey(const KeyRing& ring, const Manifest& manifest) {
    for (const Key& key : ring.all()) {
        if (key.fingerprint() == manifest.keyId()) return {};
    }
    return makeError(ErrorCode::InvalidKey, "the manifest was built with key " + printableForLog(manifest.keyId()) +
                                                ", which is not in the key ring (current key " +
                                                ring.current().fingerprint() + ")");
}

}  // namespace actionc
