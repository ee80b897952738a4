// The facts cache (issue 7): a rebuild re-reads every module but re-parses none whose
// bytes are unchanged. Keyed by module path and a BLAKE2b hash of the content, stored
// in a flat binary encoding (binary_io.h) in <out>/.actionc-cache. Modules with
// diagnostics are never cached.
#pragma once

#include "facts/facts.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace actionc {

struct CachedFacts {
    std::string contentHash;
    bool prescanned = false;
    ModuleFacts facts;
};

class FactsCache {
public:
    // Loads `path`; a missing, corrupt or other-version cache is an empty one.
    static FactsCache load(const std::string& path);
    void save(const std::string& path) const;

    // The cached facts of `modulePath`, when its content still hashes to what they were
    // computed from.
    const CachedFacts* find(const std::string& modulePath, const std::string& contentHash) const;
    void put(std::string modulePath, CachedFacts entry);
    std::size_t size() const { return entries_.size(); }

private:
    std::unordered_map<std::string, CachedFacts> entries_;
};

std::string contentHashOf(std::string_view text);

}  // namespace actionc
