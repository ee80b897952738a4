// Near misses: the edit distance behind every "did you mean" (directive typos, mistyped
// commands and flags).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actionc {

// Levenshtein distance: insertions, deletions and substitutions, one each.
std::size_t editDistance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, if it is near enough to be what was meant: at most a
// third of the word's length away (and at least one edit allowed). Ties go to the first.
std::optional<std::string> closestSpelling(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace actionc
