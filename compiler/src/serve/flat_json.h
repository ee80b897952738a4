// Requests to `actionc serve` are flat JSON objects whose one big member is a module's
// source. This reads exactly those (string, number, true, false and null members)
// several times faster than a DOM parse does, since a 2 KB source is most of the work of
// an unchanged request.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace actionc {

// The object, or nullopt for anything else (nesting, bad syntax): the caller hands that
// to parseJsonText (support/json_text.h), which also words the errors.
std::optional<nlohmann::json> readFlatObject(std::string_view text);

}  // namespace actionc
