#include "emit/sourcemap.h"

#include "emit/quote.h"

namespace actionc {

namespace {

// Source map columns count UTF-16 code units.
struct LineColumn {
    std::uint32_t line;
    std::uint32_t column;
};

class PositionIndex {
public:
    explicit PositionIndex(std::string_view text) : text_(text) {
        starts_.push_back(0);
        for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
            starts_.push_back(static_cast<std::uint32_t>(i + 1));
        }
    }
    LineColumn at(std::uint32_t offset) const {
        const auto next = std::upper_bound(starts_.begin(), starts_.end(), offset);
        const auto line = static_cast<std::uint32_t>(next - starts_.begin() - 1);
        std::uint32_t column = 0;
        for (std::uint32_t i = starts_[line]; i < offset && i < text_.size(); ++i) {
            const auto byte = static_cast<unsigned char>(text_[i]);
            if ((byte & 0xC0) == 0x80) continue;  // continuation byte
            column += byte >= 0xF0 ? 2 : 1;         // astral characters are surrogate pairs
        }
        return {line, column};
    }
    const std::vector<std::uint32_t>& lineStarts() const { return starts_; }

private:
    std::string_view text_;
    std::vector<std::uint32_t> starts_;
};

}  // namespace

void appendVlq(std::string& out, std::int64_t value) {
    static constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::uint64_t v = value < 0 ? ((static_cast<std::uint64_t>(-value)) << 1) | 1 : static_cast<std::uint64_t>(value) << 1;
    do {
        std::uint64_t digit = v & 31;
        v >>= 5;
        if (v) digit |= 32;
        out += kBase64[digit];
    } while (v);
}

void MappedOutput::copy(std::uint32_t from, std::uint32_t to) {
    // A point at the start, and at every line start inside, keeps each line mapped.
    // Appended a line at a time, not a byte at a time.
    mark(from);
    const std::string_view range = std::string_view(original_).substr(from, to - from);
    for (std::size_t start = 0; start < range.size();) {
        const std::size_t newline = range.find('\n', start);
        const std::size_t end = newline == std::string_view::npos ? range.size() : newline + 1;
        text_.append(range, start, end - start);
        start = end;
        if (start < range.size()) mark(from + static_cast<std::uint32_t>(start));
    }
}

void MappedOutput::generate(std::string_view text, std::uint32_t anchor) {
    if (text.empty()) return;
    mark(anchor);
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t newline = text.find('\n', start);
        const std::size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
        text_.append(text, start, end - start);
        start = end;
        if (start < text.size()) mark(anchor);
    }
}

void MappedOutput::copyWithEdits(std::uint32_t from, std::uint32_t to, const EditList& edits) {
    std::uint32_t cursor = from;
    for (const clang::tooling::Replacement& r : edits.replacements()) {
        const std::uint32_t at = from + r.getOffset();
        if (at > cursor) copy(cursor, at);
        generate(std::string_view(r.getReplacementText().data(), r.getReplacementText().size()), at);
        cursor = at + r.getLength();
    }
    if (cursor < to) copy(cursor, to);
}

std::string MappedOutput::sourceMap(std::string_view generatedFile, std::string_view sourcePath) const {
    const PositionIndex generated(text_);
    const PositionIndex original(original_);
    std::string mappings;
    std::uint32_t line = 0;
    std::int64_t lastGeneratedColumn = 0, lastOriginalLine = 0, lastOriginalColumn = 0;
    bool firstInLine = true;
    for (const Point& p : points_) {
        if (p.generated >= text_.size()) continue;  // nothing is generated after it
        const LineColumn g = generated.at(p.generated);
        while (line < g.line) {
            mappings += ';';
            ++line;
            lastGeneratedColumn = 0;
            firstInLine = true;
        }
        const LineColumn o = original.at(std::min<std::uint32_t>(p.original, static_cast<std::uint32_t>(original_.size())));
        if (!firstInLine) mappings += ',';
        appendVlq(mappings, static_cast<std::int64_t>(g.column) - lastGeneratedColumn);
        appendVlq(mappings, 0);  // the only source
        appendVlq(mappings, static_cast<std::int64_t>(o.line) - lastOriginalLine);
        appendVlq(mappings, static_cast<std::int64_t>(o.column) - lastOriginalColumn);
        lastGeneratedColumn = g.column;
        lastOriginalLine = o.line;
        lastOriginalColumn = o.column;
        firstInLine = false;
    }
    // Written directly, in the key order of the spec's examples (a DOM only to print it
    // cost a third of the map's time in `serve`).
    std::string map = "{\"version\":3,\"file\":";
    appendQuoted(map, generatedFile);
    map += ",\"sources\":[";
    appendQuoted(map, sourcePath);
    map += "],\"names\":[],\"mappings\":\"";
    map += mappings;  // base64 characters, ',' and ';' only
    map += "\"}\n";
    return map;
}

}  // namespace actionc
