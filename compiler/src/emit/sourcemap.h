// Emitted text together with where each piece came from, and its source map (v3).
// Emit builds its output through this class only, so every generated line maps back to
// the original: copied text character for character, generated text (stubs,
// registrations, hoisting glue) to the code it stands for.
#pragma once

#include "emit/edits.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace actionc {

class MappedOutput {
public:
    explicit MappedOutput(std::string_view original) : original_(original) {}

    // Original text [from, to), unchanged.
    void copy(std::uint32_t from, std::uint32_t to);
    // Generated text standing for the original code at `anchor`.
    void generate(std::string_view text, std::uint32_t anchor);
    // Original text [from, to) with `edits` applied (their offsets relative to `from`):
    // unchanged runs are copies, replacement texts are generated at their original offset.
    void copyWithEdits(std::uint32_t from, std::uint32_t to, const EditList& edits);

    const std::string& text() const { return text_; }
    bool changesOriginal() const { return text_ != original_; }

    // The v3 source map, `sourcePath` as it should appear in "sources" (relative to the
    // map's own directory).
    std::string sourceMap(std::string_view generatedFile, std::string_view sourcePath) const;

private:
    struct Point {
        std::uint32_t generated;
        std::uint32_t original;
    };
    void mark(std::uint32_t original) {
        const auto generated = static_cast<std::uint32_t>(text_.size());
        if (!points_.empty() && points_.back().generated == generated) {
            points_.back().original = original;  // an empty piece before: the later one wins
            return;
        }
        points_.push_back({generated, original});
    }

    std::string_view original_;
    std::string text_;
    std::vector<Point> points_;  // in generated order
};

// Base64 VLQ, as source maps encode numbers.
void appendVlq(std::string& out, std::int64_t value);

}  // namespace actionc
