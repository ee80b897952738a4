#include "actionc/action_request.h"

#include <string_view>

namespace actionc {

namespace {

std::optional<std::string> trimmedValue(const std::optional<std::string>& header) {
    if (!header) return std::nullopt;
    std::string_view text = *header;
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    if (text.empty()) return std::nullopt;
    return std::string(text);
}

}  // namespace

Status checkArgumentCount(std::size_t count) {
    if (count <= kMaxActionArguments) return {};
    return makeError(ErrorCode::TooManyArguments, "Server Action arguments list is too long (" +
                                                      std::to_string(count) + "). Maximum allowed is " +
                                                      std::to_string(kMaxActionArguments) + ".");
}

Result<std::string> actionIdFromHeaders(const std::optional<std::string>& nextAction,
                                        const std::optional<std::string>& actionIdHeader) {
    const auto fromNext = trimmedValue(nextAction);
    const auto fromActionId = trimmedValue(actionIdHeader);
    if (fromNext && fromActionId && *fromNext != *fromActionId) {
        return makeError(ErrorCode::MalformedId, "`next-action` and `action-id` headers name different actions");
    }
    if (fromNext) return *fromNext;
    if (fromActionId) return *fromActionId;
    return makeError(ErrorCode::MissingActionId, "the request names no Server Action");
}

}  // namespace actionc
