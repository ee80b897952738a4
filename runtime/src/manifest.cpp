#include "actionc/manifest.h"

#include "actionc/action_id.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace actionc {

namespace {

using nlohmann::json;

// A manifest far beyond any real project is more likely a mistake (or an attack on a
// server that loads manifests it should not) than a build output.
constexpr std::size_t kMaxManifestBytes = 256u * 1024 * 1024;

Error invalid(std::string message) { return makeError(ErrorCode::InvalidManifest, std::move(message)); }

// Field readers: each returns false (and says why) when the field is absent or mistyped.
class FieldReader {
public:
    FieldReader(const json& object, std::string context) : object_(object), context_(std::move(context)) {}

    bool string(const char* key, std::string& out) {
        const json* field = get(key);
        if (!field || !field->is_string()) return fail(key, "a string");
        out = field->get<std::string>();
        return true;
    }
    bool integer(const char* key, std::int64_t& out) {
        const json* field = get(key);
        if (!field || !field->is_number_integer()) return fail(key, "an integer");
        out = field->get<std::int64_t>();
        return true;
    }
    bool boolean(const char* key, bool& out) {
        const json* field = get(key);
        if (!field || !field->is_boolean()) return fail(key, "a boolean");
        out = field->get<bool>();
        return true;
    }
    bool stringArray(const char* key, std::vector<std::string>& out) {
        const json* field = get(key);
        if (!field || !field->is_array()) return fail(key, "an array of strings");
        for (const json& item : *field) {
            if (!item.is_string()) return fail(key, "an array of strings");
            out.push_back(item.get<std::string>());
        }
        return true;
    }
    bool params(std::optional<std::int64_t>& out) {
        const json* field = get("params");
        if (field && field->is_number_integer() && field->get<std::int64_t>() >= 0) {
            out = field->get<std::int64_t>();
            return true;
        }
        if (field && field->is_string() && field->get<std::string>() == "unknown") {
            out = std::nullopt;
            return true;
        }
        return fail("params", "a non-negative integer or \"unknown\"");
    }

    const std::string& why() const { return why_; }

private:
    const json* get(const char* key) const {
        const auto it = object_.find(key);
        return it == object_.end() ? nullptr : &*it;
    }
    bool fail(const char* key, const char* expected) {
        why_ = context_ + ": \"" + key + "\" must be " + expected;
        return false;
    }

    const json& object_;
    std::string context_;
    std::string why_;
};

Result<ManifestAction> parseAction(const json& entry, std::size_t index) {
    const std::string context = "actions[" + std::to_string(index) + "]";
    if (!entry.is_object()) return invalid(context + " is not an object");
    FieldReader read(entry, context);
    ManifestAction action;
    std::string kind;
    if (!read.string("id", action.id) || !read.string("module", action.module) ||
        !read.string("export", action.exportName) || !read.string("kind", kind) ||
        !read.integer("line", action.line) || !read.integer("column", action.column) ||
        !read.boolean("async", action.isAsync) || !read.params(action.params) ||
        !read.integer("bound", action.bound) || !read.stringArray("importers", action.importers)) {
        return invalid(read.why());
    }
    if (kind == "module") {
        action.kind = ActionKind::Module;
    } else if (kind == "inline") {
        action.kind = ActionKind::Inline;
    } else {
        return invalid(context + ": \"kind\" must be \"module\" or \"inline\"");
    }
    if (action.id.empty()) return invalid(context + ": \"id\" is empty");
    if (action.bound < 0) return invalid(context + ": \"bound\" is negative");
    return action;
}

}  // namespace

const char* actionKindName(ActionKind kind) { return kind == ActionKind::Inline ? "inline" : "module"; }

Result<Manifest> Manifest::fromJson(std::string_view text) {
    const json document = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (document.is_discarded()) return invalid("manifest is not valid JSON");
    if (!document.is_object()) return invalid("manifest is not a JSON object");

    Manifest manifest;
    FieldReader read(document, "manifest");
    std::int64_t version = 0;
    if (!read.integer("version", version) || !read.string("keyId", manifest.keyId_)) return invalid(read.why());
    if (version != kManifestVersion) {
        return invalid("manifest version " + std::to_string(version) + " is not supported (expected " +
                       std::to_string(kManifestVersion) + ")");
    }

    const auto actions = document.find("actions");
    if (actions == document.end() || !actions->is_array()) return invalid("manifest: \"actions\" must be an array");
    for (std::size_t i = 0; i < actions->size(); ++i) {
        auto action = parseAction((*actions)[i], i);
        if (!action) return action.error();
        if (!manifest.indexById_.emplace(action->id, manifest.actions_.size()).second) {
            return invalid("actions[" + std::to_string(i) + "]: duplicate id \"" + action->id + "\"");
        }
        const std::string pairKey = actionPairKey(action->module, action->exportName);
        if (!manifest.indexByPairKey_.emplace(pairKey, manifest.actions_.size()).second) {
            return invalid("actions[" + std::to_string(i) + "]: a second entry for export \"" + action->exportName +
                           "\" of \"" + action->module + "\"");
        }
        manifest.actions_.push_back(std::move(*action));
    }

    // "stripped" is informational; older or hand-written manifests may omit it.
    if (const auto stripped = document.find("stripped"); stripped != document.end()) {
        if (!stripped->is_array()) return invalid("manifest: \"stripped\" must be an array");
        for (std::size_t i = 0; i < stripped->size(); ++i) {
            const json& entry = (*stripped)[i];
            const std::string context = "stripped[" + std::to_string(i) + "]";
            if (!entry.is_object()) return invalid(context + " is not an object");
            FieldReader readStripped(entry, context);
            StrippedAction item;
            if (!readStripped.string("module", item.module) || !readStripped.string("export", item.exportName)) {
                return invalid(readStripped.why());
            }
            manifest.stripped_.push_back(std::move(item));
        }
    }
    return manifest;
}

Result<Manifest> Manifest::fromFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return invalid("cannot open manifest \"" + path + "\"");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (!in.good() && !in.eof()) return invalid("cannot read manifest \"" + path + "\"");
    const std::string text = buffer.str();
    if (text.size() > kMaxManifestBytes) return invalid("manifest \"" + path + "\" is implausibly large");
    auto manifest = fromJson(text);
    if (!manifest) return invalid(path + ": " + manifest.error().message);
    return manifest;
}

const ManifestAction* Manifest::find(std::string_view id) const {
    const auto it = indexById_.find(std::string(id));
    return it == indexById_.end() ? nullptr : &actions_[it->second];
}

const ManifestAction* Manifest::findByPairKey(std::string_view pairKey) const {
    const auto it = indexByPairKey_.find(std::string(pairKey));
    return it == indexByPairKey_.end() ? nullptr : &actions_[it->second];
}

}  // namespace actionc
