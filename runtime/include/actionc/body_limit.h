// `serverActions.bodySizeLimit`: parsing the configured value and enforcing it on a
// body that arrives in chunks, so an oversized request is cut off at the first byte
// past the limit rather than after it has been buffered.
#pragma once

#include "actionc/runtime_error.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace actionc {

inline constexpr std::uint64_t kDefaultBodySizeLimitBytes = 1024 * 1024;

struct BodySizeLimit {
    std::uint64_t bytes = kDefaultBodySizeLimitBytes;
    std::string text = "1mb";  // as configured; quoted back in the 413 message
};

// Next.js uses the `bytes` package: "<number>[ ]<unit>" with units b, kb, mb, gb, tb, pb
// (case-insensitive, powers of 1024, fractions floored), or a plain number of bytes.
// Unlike `bytes`, trailing garbage ("12abc"), negative and zero limits are errors.
Result<BodySizeLimit> parseBodySizeLimit(std::string_view text);
BodySizeLimit bodySizeLimitOfBytes(std::uint64_t bytes);

// "Body exceeded 1mb limit.\nTo configure the body size limit for Server Actions, see: ..."
std::string bodyExceededMessage(const BodySizeLimit& limit);

// Counts streamed bytes; the first chunk that crosses the limit fails with BodyTooLarge
// (HTTP 413), and so does every call after it.
class BodySizeCounter {
public:
    explicit BodySizeCounter(BodySizeLimit limit = {}) : limit_(std::move(limit)) {}

    Status consume(std::size_t bytes);
    std::uint64_t total() const { return total_; }
    const BodySizeLimit& limit() const { return limit_; }

private:
    BodySizeLimit limit_;
    std::uint64_t total_ = 0;
};

}  // namespace actionc
