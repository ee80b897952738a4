// The package.json files of ROOT: workspace packages (npm, yarn, pnpm) by name, with what
// their `exports`, `imports` and entry fields name, so that `@acme/ui/actions` resolves to
// the files of packages/ui as the package manager's link in node_modules would make it.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actionc {

struct PackageJson {
    std::string directory;  // root-relative ("" for ROOT itself)
    std::string name;       // may be empty
    nlohmann::ordered_json exports;  // null when absent; key order matters (conditions)
    nlohmann::ordered_json imports;
    // `source`, `types`/`typings`, `module`, `main`, `browser` (string form), in this order:
    // the entry of a package without `exports`, source first.
    std::vector<std::string> entries;
    // Names in `dependencies`, `devDependencies`, `peerDependencies`, `optionalDependencies`.
    std::vector<std::string> dependencies;  // sorted
};

class PackageIndex {
public:
    // Reads the package.json of each of `directories` (root-relative) that has one.
    static PackageIndex load(const std::string& root, const std::vector<std::string>& directories,
                             std::vector<std::string>* filesRead = nullptr);
    static PackageIndex of(std::vector<PackageJson> packages);

    // The package named `name`; with two of that name, the one nearest the root
    // (then the first by path), deterministically.
    const PackageJson* byName(std::string_view name) const;
    const PackageJson* atDirectory(std::string_view directory) const;
    // The nearest package.json at or above the directory of `modulePath`.
    const PackageJson* enclosing(std::string_view modulePath) const;
    // Whether a package.json at or above `modulePath` depends on package `name`.
    bool declaresDependency(std::string_view modulePath, std::string_view name) const;

    const std::vector<PackageJson>& packages() const { return packages_; }

private:
    std::vector<PackageJson> packages_;
    std::map<std::string, std::size_t, std::less<>> byName_;
    std::map<std::string, std::size_t, std::less<>> byDirectory_;
};

// What an `exports` or `imports` map gives for `key` ("." / "./x" / "#x"): package-relative
// targets ("./dist/x.js"). `chosen` is what `conditions` pick, walking each conditions
// object in its own order as Node does ("default" always matches); `others` are the
// targets of every other condition of that entry, which another bundler environment may
// pick. `matched`: some key of the map matched (even when its targets are null).
struct MapTargets {
    std::vector<std::string> chosen;
    std::vector<std::string> others;
    bool matched = false;
};
MapTargets resolvePackageMap(const nlohmann::ordered_json& map, std::string_view key,
                             const std::vector<std::string>& conditions);

// `@scope/name/sub/path` → {"@scope/name", "./sub/path"}; `name` → {"name", "."}.
// nullopt for what cannot be a package name.
std::optional<std::pair<std::string, std::string>> splitPackageSpecifier(std::string_view specifier);

}  // namespace actionc
