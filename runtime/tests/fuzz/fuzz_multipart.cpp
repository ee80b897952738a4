// libFuzzer target for the streaming multipart parser.
//   - never crashes, whatever the bytes;
//   - the bytes held between feeds stay under the documented bound;
//   - chunking does not change the outcome: the body fed whole and fed in pieces of
//     the size the first input byte picks give the same status and action ID.
#include "actionc/multipart_parser.h"

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace {

constexpr std::string_view kBoundary = "fuzzB";

struct Outcome {
    actionc::ErrorCode code = actionc::ErrorCode::Ok;
    std::optional<std::string> actionId;
};

Outcome run(std::string_view body, std::size_t chunk) {
    actionc::MultipartLimits limits;
    limits.maxPartHeaderBytes = 512;
    limits.maxParts = 64;
    limits.maxActionFieldBytes = 256;
    limits.maxBufferedActionFields = 4;
    actionc::MultipartParser parser(std::string(kBoundary), actionc::bodySizeLimitOfBytes(1 << 20), limits);
    // Header block + slice + boundary tail + buffered action roots (see the header).
    const std::size_t bound = limits.maxPartHeaderBytes + 64 * 1024 + 64 +
                              limits.maxBufferedActionFields * (limits.maxActionFieldBytes + 512) +
                              limits.maxActionFieldBytes;
    for (std::size_t at = 0; at < body.size(); at += chunk) {
        const actionc::Status status = parser.feed(body.substr(at, chunk));
        if (parser.bufferedBytes() > bound) std::abort();
        if (!status) return {status.error().code, std::nullopt};
    }
    const actionc::Status status = parser.finish();
    if (!status) return {status.error().code, std::nullopt};
    return {actionc::ErrorCode::Ok, parser.actionId()};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::size_t chunk = 1 + data[0] % 17;
    const std::string_view body(reinterpret_cast<const char*>(data + 1), size - 1);
    const Outcome whole = run(body, body.size() + 1);
    const Outcome pieces = run(body, chunk);
    if (whole.code != pieces.code || whole.actionId != pieces.actionId) std::abort();
    return 0;
}
