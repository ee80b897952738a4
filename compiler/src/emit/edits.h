// Source edits for the emit stage, collected as clang tooling::Replacements: clang
// rejects conflicting edits and maps original offsets to output offsets, which the
// source maps need.
#pragma once

#include <clang/Tooling/Core/Replacement.h>

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

namespace actionc {

// An internal error: two edits of one file overlap. Never the user's fault.
class EditConflict : public std::logic_error {
    using std::logic_error::logic_error;
};

class EditList {
public:
    explicit EditList(std::string path) : path_(std::move(path)) {}

    // Replaces [offset, offset + length). Overlapping another replacement throws
    // EditConflict, even where clang would merge the two: in a compiler, an overlap
    // means two stages disagree about the same code.
    void replace(std::uint32_t offset, std::uint32_t length, std::string_view text);
    // Inserts at `offset`. Insertions at one offset are kept in call order.
    void insert(std::uint32_t offset, std::string_view text);

    bool empty() const { return insertions_.empty() && replacements_.empty(); }

    // The edited text; the edits are committed to clang's Replacements on first use.
    std::string apply(std::string_view original) const;
    // The output offset of an original offset (edits before it shift it).
    std::uint32_t mapOffset(std::uint32_t originalOffset) const;
    const clang::tooling::Replacements& replacements() const;

private:
    void commit() const;

    std::string path_;
    std::map<std::uint32_t, std::string> insertions_;
    std::map<std::uint32_t, std::uint32_t> replacedRanges_;  // offset → end
    mutable clang::tooling::Replacements replacements_;
    mutable std::map<std::uint32_t, std::string> pendingReplacements_;  // offset → text
    mutable bool committed_ = false;
};

}  // namespace actionc
