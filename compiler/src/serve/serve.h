// `actionc serve`: a persistent compiler for bundler plugins, speaking JSON lines
// (docs/serve.md). It keeps every module's facts in memory, so a request re-parses only
// the module it names.
#pragma once

#include "driver/build.h"

#include <iosfwd>
#include <string>

namespace actionc {

struct ServeOptions {
    BuildOptions build;        // root, include/exclude, runtimes, jobs
    bool stripUnused = false;  // dev servers keep every action (see docs/serve.md)
};

// Serves requests from `in` until end of input or `shutdown`; returns the exit status.
int runServe(const ServeOptions& options, const Key& key, std::istream& in, std::ostream& out);

}  // namespace actionc
