// `actionc diff OLD NEW`: what changed in the public surface between two manifests, so
// CI can fail a pull request that exposes a new server action without review.
#pragma once

#include "manifest/manifest.h"

#include <optional>
#include <string>
#include <vector>

namespace actionc {

// One action in a change: as it is now (for removed and stripped actions: as it was), and
// for moves, renames and parameter changes, what it was before.
struct ActionChange {
    std::string module;
    std::string exportName;
    std::string kind;
    std::string id;
    std::optional<std::uint32_t> params;  // nullopt: "unknown"
    std::vector<std::string> importers;
    std::string previousModule;                   // moved
    std::string previousExport;                   // renamed
    std::string previousId;                       // moved, renamed, params changed
    std::optional<std::uint32_t> previousParams;  // params changed
    std::string keptBy;  // added: live only because an unresolved import may name it, which one
};

// An audit finding (docs/audit.md) that the old manifest did not have: on a new action,
// or one that appeared on an action that was there before.
struct AuditChange {
    std::string module;
    std::string exportName;
    std::string kind;
    std::string code;         // "audit-auth", …
    bool newAction = false;   // the action was not public before
};

struct ManifestDiff {
    std::vector<ActionChange> added;          // public now, was not (newly exposed endpoints)
    std::vector<ActionChange> removed;        // public before, gone from the project
    std::vector<ActionChange> nowStripped;    // public before, now stripped: no importer left
    std::vector<ActionChange> moved;          // same export and kind, another module
    std::vector<ActionChange> renamed;        // same module, kind and parameters, another export name
    std::vector<ActionChange> paramsChanged;  // same action, different parameter count
    // New audit findings, by module, export and code. An action the old manifest holds
    // without audit results (an older actionc) is not compared.
    std::vector<AuditChange> newFindings;
    bool keyChanged = false;

    bool surfaceChanged() const {
        return !added.empty() || !removed.empty() || !nowStripped.empty() || !moved.empty() || !renamed.empty() ||
               !paramsChanged.empty();
    }
    // What `actionc diff --exit-code` fails on.
    bool needsReview() const { return surfaceChanged() || !newFindings.empty(); }
};

ManifestDiff diffManifests(const Manifest& before, const Manifest& after);

// `color`: added in green, removed and stripped in red, changed in yellow.
std::string formatDiffText(const ManifestDiff& diff, bool color = false);
// Every change with its ID and importers; parameter counts as numbers ("unknown" stays a
// string, as in the manifest).
std::string formatDiffJson(const ManifestDiff& diff);

}  // namespace actionc
