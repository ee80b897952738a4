// The exit statuses of every actionc command, documented in docs/cli.md ("Exit status").
#pragma once

namespace actionc::cli {

inline constexpr int kExitOk = 0;
// The input has errors: compile errors (diagnostics printed, nothing written), an action ID
// that does not decode (`inspect`), a changed surface with `diff --exit-code`.
inline constexpr int kExitErrors = 1;
// The command line is wrong: an unknown command or option, a missing or malformed argument,
// a path argument that does not exist, a refused overwrite (`keygen` without --force).
inline constexpr int kExitUsage = 2;
// The command was right but could not be carried out: a file that cannot be read or
// written, a malformed actionc.json, manifest or key file, no key where one is needed.
inline constexpr int kExitFailure = 3;

}  // namespace actionc::cli
