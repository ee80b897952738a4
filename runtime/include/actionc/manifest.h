// The build's actions.manifest.json, as the runtime needs it: which authentic IDs are
// live and which module export each one names.
#pragma once

#include "actionc/runtime_error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace actionc {

inline constexpr int kManifestVersion = 1;

enum class ActionKind { Module, Inline };

const char* actionKindName(ActionKind kind);

struct ManifestAction {
    std::string id;
    std::string module;      // root-relative, '/'-separated
    std::string exportName;  // the manifest's "export"
    ActionKind kind = ActionKind::Module;
    std::int64_t line = 0;
    std::int64_t column = 0;
    bool isAsync = true;
    std::optional<std::int64_t> params;  // nullopt for "unknown"
    std::int64_t bound = 0;
    std::vector<std::string> importers;
};

struct StrippedAction {
    std::string module;
    std::string exportName;
};

class Manifest {
public:
    // Validates the whole document; any field of the wrong type or a duplicate ID is an
    // InvalidManifest error naming the offending action.
    static Result<Manifest> fromJson(std::string_view json);
    static Result<Manifest> fromFile(const std::string& path);

    const std::string& keyId() const { return keyId_; }
    const std::vector<ManifestAction>& actions() const { return actions_; }
    const std::vector<StrippedAction>& stripped() const { return stripped_; }
    const ManifestAction* find(std::string_view id) const;
    // The entry of the pair an authentic ID names (DecodedActionId::pairKey), whichever
    // key of the ring minted that ID: this is how IDs survive a key rotation.
    const ManifestAction* findByPairKey(std::string_view pairKey) const;

private:
    std::string keyId_;
    std::vector<ManifestAction> actions_;
    std::vector<StrippedAction> stripped_;
    std::unordered_map<std::string, std::size_t> indexById_;
    std::unordered_map<std::string, std::size_t> indexByPairKey_;
};

}  // namespace actionc
