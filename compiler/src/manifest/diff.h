// `actionc diff OLD NEW`: what changed in the public surface between two manifests, so
// CI can fail a pull request that exposes a new server action without review.
#pragma once

#include "manifest/manifest.h"

#include <string>
#include <vector>

namespace actionc {

struct ActionChange {
    std::string module;
    std::string exportName;
    std::string kind;
    std::string detail;  // moved: the old module; params: "1 -> 2"; added: the unresolved import keeping it
};

struct ManifestDiff {
    std::vector<ActionChange> added;          // public now, was not (newly exposed endpoints)
    std::vector<ActionChange> removed;        // public before, gone from the project
    std::vector<ActionChange> nowStripped;    // public before, now stripped: no importer left
    std::vector<ActionChange> moved;          // same export, another module
    std::vector<ActionChange> paramsChanged;  // same action, different parameter count
    bool keyChanged = false;

    bool surfaceChanged() const {
        return !added.empty() || !removed.empty() || !nowStripped.empty() || !moved.empty() || !paramsChanged.empty();
    }
};

ManifestDiff diffManifests(const Manifest& before, const Manifest& after);

std::string formatDiffText(const ManifestDiff& diff);
std::string formatDiffJson(const ManifestDiff& diff);

}  // namespace actionc
