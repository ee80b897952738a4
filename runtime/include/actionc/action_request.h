// Small request-level checks that do not need the body parser.
#pragma once

#include "actionc/runtime_error.h"

#include <cstddef>
#include <optional>
#include <string>

namespace actionc {

// Next.js refuses calls with more arguments than this before decoding them.
inline constexpr std::size_t kMaxActionArguments = 1000;

// "Server Action arguments list is too long (1001). Maximum allowed is 1000."
Status checkArgumentCount(std::size_t count);

// The action ID of a fetch-style call: `Next-Action` (Next.js, React) or `Action-Id`
// (actionc's neutral name). Both present and different is an error, not a choice.
// MissingActionId when neither is present: the caller then looks in the form body.
Result<std::string> actionIdFromHeaders(const std::optional<std::string>& nextAction,
                                        const std::optional<std::string>& actionIdHeader);

}  // namespace actionc
