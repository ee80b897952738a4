// Stage 5: the server manifest, actions.manifest.json (SPEC §5). Its bytes depend only
// on the inputs and the key: sorted keys, 2-space indent, trailing newline, no absolute
// paths, no timestamps, so CI can diff it.
#pragma once

#include "syntax/diagnostics.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actionc {

inline constexpr int kManifestVersion = 1;

// An import actionc could not resolve that may name the action's module: why an action
// without importers is live (stripping needs proof).
struct ManifestKeptBy {
    std::string specifier;  // as written
    std::string importer;   // root-relative module path of the file that writes it
    bool operator==(const ManifestKeptBy&) const = default;
};

// The security audit's result for one action (docs/audit.md): the codes of its findings
// and of the findings suppressed on it, each sorted.
struct ManifestAudit {
    std::vector<std::string> findings;
    std::vector<std::string> suppressed;
    bool operator==(const ManifestAudit&) const = default;
};

struct ManifestAction {
    std::string id;
    std::string module;      // root-relative, '/'-separated
    std::string exportName;  // export name, or the stable inline name ("Page/deleteItem")
    std::string kind;        // "module" | "inline"
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    bool isAsync = true;
    std::optional<std::uint32_t> params;  // nullopt: "unknown"
    std::uint32_t bound = 0;
    std::vector<std::string> importers;
    std::vector<ManifestKeptBy> keptBy;  // sorted by (specifier, importer)
    std::optional<ManifestAudit> audit;  // absent in manifests of builds before the audit
};

struct StrippedAction {
    std::string module;
    std::string exportName;
    // "not-imported": no module of the build imports it; "own-module-only": only its own
    // module uses it. Empty in manifests written before reasons were recorded.
    std::string reason;
};

struct Manifest {
    int version = kManifestVersion;
    std::string keyId;
    std::vector<ManifestAction> actions;
    std::vector<StrippedAction> stripped;
};

// Sorts actions by (module, export) and stripped entries likewise, then serialises.
std::string serializeManifest(Manifest manifest);
// Parses a manifest written by serializeManifest; nullopt with `error` set otherwise: a
// diagnostic about `path` (code `manifest`) that says what is wrong, and where.
std::optional<Manifest> parseManifest(std::string_view json, const std::string& path, Diagnostic* error);

}  // namespace actionc
