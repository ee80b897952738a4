#include "graph/packages.h"

#include "support/file_io.h"

#include <algorithm>
#include <filesystem>

namespace actionc {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;  // conditions are matched in their written order

std::optional<PackageJson> readPackageJson(const std::string& file, std::string directory) {
    if (!isRegularFile(file)) return std::nullopt;
    Json json;
    try {
        json = Json::parse(readFile(file), nullptr, false);
    } catch (const std::exception&) {
        return std::nullopt;
    }
    if (json.is_discarded() || !json.is_object()) return std::nullopt;
    PackageJson package;
    package.directory = std::move(directory);
    if (json.contains("name") && json["name"].is_string()) package.name = json["name"].get<std::string>();
    if (json.contains("exports")) package.exports = json["exports"];
    if (json.contains("imports")) package.imports = json["imports"];
    for (const char* field : {"source", "types", "typings", "module", "main", "browser"}) {
        if (json.contains(field) && json[field].is_string()) package.entries.push_back(json[field].get<std::string>());
    }
    for (const char* field : {"dependencies", "devDependencies", "peerDependencies", "optionalDependencies"}) {
        if (!json.contains(field) || !json[field].is_object()) continue;
        for (const auto& [name, _] : json[field].items()) package.dependencies.push_back(name);
    }
    std::sort(package.dependencies.begin(), package.dependencies.end());
    return package;
}

// Collects the targets of one entry of a map: a string, an array of fallbacks, a
// conditions object or null. `picking` is false once a condition outside `conditions`
// led here: those targets go to `others`.
void collectTargets(const Json& value, const std::vector<std::string>& conditions, bool picking, MapTargets& out,
                    bool& picked, std::string_view capture, int depth) {
    if (depth > 32) return;
    if (value.is_string()) {
        std::string target = value.get<std::string>();
        for (std::size_t star = target.find('*'); star != std::string::npos; star = target.find('*', star + capture.size())) {
            target.replace(star, 1, capture);
        }
        if (picking && !picked) {
            out.chosen.push_back(std::move(target));
            picked = true;
        } else {
            out.others.push_back(std::move(target));
        }
    } else if (value.is_array()) {
        // Fallbacks: the first valid one is taken; the rest only where it is not.
        for (const Json& item : value) collectTargets(item, conditions, picking, out, picked, capture, depth + 1);
    } else if (value.is_object()) {
        for (const auto& [condition, inner] : value.items()) {
            const bool active = condition == "default" ||
                                std::find(conditions.begin(), conditions.end(), condition) != conditions.end();
            collectTargets(inner, conditions, picking && active && !picked, out, picked, capture, depth + 1);
        }
    }
}

// Node's PATTERN_KEY_COMPARE: the longest prefix before '*' wins, then the longer key.
bool betterPatternKey(std::string_view a, std::string_view b) {
    const std::size_t aStar = a.find('*');
    const std::size_t bStar = b.find('*');
    const std::size_t aPrefix = aStar == std::string_view::npos ? a.size() : aStar + 1;
    const std::size_t bPrefix = bStar == std::string_view::npos ? b.size() : bStar + 1;
    if (aPrefix != bPrefix) return aPrefix > bPrefix;
    return a.size() > b.size();
}

}  // namespace

PackageIndex PackageIndex::load(const std::string& root, const std::vector<std::string>& directories,
                                std::vector<std::string>* filesRead) {
    const std::string rootPath = fs::absolute(root).lexically_normal().string();
    std::vector<PackageJson> packages;
    for (const std::string& directory : directories) {
        const std::string file = joinPath(directory.empty() ? rootPath : joinPath(rootPath, directory), "package.json");
        if (auto package = readPackageJson(file, directory)) {
            if (filesRead) filesRead->push_back(file);
            packages.push_back(std::move(*package));
        }
    }
    return of(std::move(packages));
}

PackageIndex PackageIndex::of(std::vector<PackageJson> packages) {
    PackageIndex index;
    // Nearest the root first, then by path: the order byName prefers.
    std::sort(packages.begin(), packages.end(), [](const PackageJson& a, const PackageJson& b) {
        const auto depth = [](const std::string& d) { return d.empty() ? 0 : 1 + std::count(d.begin(), d.end(), '/'); };
        if (depth(a.directory) != depth(b.directory)) return depth(a.directory) < depth(b.directory);
        return a.directory < b.directory;
    });
    index.packages_ = std::move(packages);
    for (std::size_t i = 0; i < index.packages_.size(); ++i) {
        const PackageJson& p = index.packages_[i];
        if (!p.name.empty()) index.byName_.emplace(p.name, i);
        index.byDirectory_.emplace(p.directory, i);
    }
    return index;
}

const PackageJson* PackageIndex::byName(std::string_view name) const {
    const auto it = byName_.find(name);
    return it == byName_.end() ? nullptr : &packages_[it->second];
}

const PackageJson* PackageIndex::atDirectory(std::string_view directory) const {
    const auto it = byDirectory_.find(directory);
    return it == byDirectory_.end() ? nullptr : &packages_[it->second];
}

const PackageJson* PackageIndex::enclosing(std::string_view modulePath) const {
    std::string_view directory = modulePath;
    while (true) {
        const std::size_t slash = directory.rfind('/');
        directory = slash == std::string_view::npos ? std::string_view{} : directory.substr(0, slash);
        if (const PackageJson* p = atDirectory(directory)) return p;
        if (directory.empty()) return nullptr;
    }
}

bool PackageIndex::declaresDependency(std::string_view modulePath, std::string_view name) const {
    std::string_view directory = modulePath;
    while (!directory.empty()) {
        const std::size_t slash = directory.rfind('/');
        directory = slash == std::string_view::npos ? std::string_view{} : directory.substr(0, slash);
        if (const PackageJson* p = atDirectory(directory)) {
            if (std::binary_search(p->dependencies.begin(), p->dependencies.end(), name)) return true;
        }
    }
    return false;
}

MapTargets resolvePackageMap(const Json& map, std::string_view key, const std::vector<std::string>& conditions) {
    MapTargets out;
    if (map.is_null()) return out;
    // A string, an array or a conditions object is the entry of ".".
    const bool keyed = map.is_object() && !map.empty() &&
                       std::all_of(map.items().begin(), map.items().end(), [](const auto& item) {
                           return !item.key().empty() && (item.key()[0] == '.' || item.key()[0] == '#');
                       });
    const Json* entry = nullptr;
    std::string capture;  // what '*' stands for, or the rest after a folder key ("./x/")
    bool folder = false;
    if (!keyed) {
        if (key == ".") entry = &map;
    } else if (const auto exact = map.find(std::string(key)); exact != map.end()) {
        entry = &*exact;
    } else {
        std::string bestKey;
        for (const auto& [pattern, value] : map.items()) {
            const std::size_t star = pattern.find('*');
            const bool isFolder = star == std::string::npos && pattern.ends_with('/');
            if (star == std::string::npos && !isFolder) continue;  // an exact key, which did not match
            const std::string_view prefix = std::string_view(pattern).substr(0, isFolder ? pattern.size() : star);
            const std::string_view suffix = isFolder ? std::string_view{} : std::string_view(pattern).substr(star + 1);
            if (key.size() < prefix.size() + suffix.size() || !key.starts_with(prefix) || !key.ends_with(suffix)) continue;
            if (!entry || betterPatternKey(pattern, bestKey)) {
                entry = &value;
                bestKey = pattern;
                folder = isFolder;
                capture = std::string(key.substr(prefix.size(), key.size() - prefix.size() - suffix.size()));
            }
        }
    }
    if (!entry) return out;
    out.matched = true;
    bool picked = false;
    collectTargets(*entry, conditions, true, out, picked, folder ? "" : capture, 0);
    if (folder) {
        for (auto* list : {&out.chosen, &out.others}) {
            for (std::string& target : *list) target += capture;
        }
    }
    return out;
}

std::optional<std::pair<std::string, std::string>> splitPackageSpecifier(std::string_view specifier) {
    if (specifier.empty() || specifier[0] == '.' || specifier[0] == '/' || specifier[0] == '#') return std::nullopt;
    std::size_t end = specifier.find('/');
    if (specifier[0] == '@') {
        if (end == std::string_view::npos || end == 1) return std::nullopt;  // "@x" or "@/x": no scope
        end = specifier.find('/', end + 1);
    }
    std::string name(specifier.substr(0, end));
    std::string subpath = end == std::string_view::npos ? "." : "." + std::string(specifier.substr(end));
    return std::pair{std::move(name), std::move(subpath)};
}

}  // namespace actionc
