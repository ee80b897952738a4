#include "emit/edits.h"

#include <llvm/Support/Error.h>

namespace actionc {

void EditList::replace(std::uint32_t offset, std::uint32_t length, std::string_view text) {
    if (committed_) throw EditConflict("edit added after the edit list was applied");
    const std::uint32_t end = offset + length;
    auto next = replacedRanges_.lower_bound(offset);
    if (next != replacedRanges_.end() && next->first < end) {
        throw EditConflict("overlapping edits at offset " + std::to_string(offset));
    }
    if (next != replacedRanges_.begin() && std::prev(next)->second > offset) {
        throw EditConflict("overlapping edits at offset " + std::to_string(offset));
    }
    replacedRanges_[offset] = end;
    pendingReplacements_[offset] = std::string(text);
}

void EditList::insert(std::uint32_t offset, std::string_view text) {
    if (committed_) throw EditConflict("edit added after the edit list was applied");
    insertions_[offset] += text;
}

void EditList::commit() const {
    if (committed_) return;
    committed_ = true;
    auto add = [this](std::uint32_t offset, std::uint32_t length, const std::string& text) {
        if (llvm::Error error = replacements_.add(clang::tooling::Replacement(path_, offset, length, text))) {
            throw EditConflict(llvm::toString(std::move(error)));
        }
    };
    // An insertion at the start of a replacement belongs before the replaced text:
    // fold it into the replacement so clang sees one unambiguous edit.
    std::map<std::uint32_t, std::string> insertions = insertions_;
    for (const auto& [offset, text] : pendingReplacements_) {
        std::string merged = text;
        if (auto it = insertions.find(offset); it != insertions.end()) {
            merged = it->second + merged;
            insertions.erase(it);
        }
        add(offset, replacedRanges_.at(offset) - offset, merged);
    }
    for (const auto& [offset, text] : insertions) add(offset, 0, text);
}

const clang::tooling::Replacements& EditList::replacements() const {
    commit();
    return replacements_;
}

std::string EditList::apply(std::string_view original) const {
    commit();
    std::string out;
    out.reserve(original.size() + 256);
    std::uint32_t cursor = 0;
    for (const clang::tooling::Replacement& r : replacements_) {
        if (r.getOffset() > original.size() || r.getOffset() + r.getLength() > original.size()) {
            throw EditConflict("edit past the end of " + path_);
        }
        out.append(original.substr(cursor, r.getOffset() - cursor));
        out.append(r.getReplacementText().data(), r.getReplacementText().size());
        cursor = r.getOffset() + r.getLength();
    }
    out.append(original.substr(cursor));
    return out;
}

std::uint32_t EditList::mapOffset(std::uint32_t originalOffset) const {
    commit();
    return replacements_.getShiftedCodePosition(originalOffset);
}

}  // namespace actionc
