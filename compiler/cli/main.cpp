// actionc: the command-line driver. Parses flags (CLI11), merges actionc.json, and
// calls into the compiler library; all real work lives in compiler/src. The conventions
// (exit statuses, colour, messages) are documented in docs/cli.md.
#include "exit_codes.h"
#include "terminal.h"
#include "usage.h"

#include "driver/audit_command.h"
#include "driver/build.h"
#include "driver/config.h"
#include "driver/keys.h"
#include "manifest/diff.h"
#include "manifest/manifest.h"
#include "serve/serve.h"
#include "support/file_io.h"
#include "syntax/diagnostics.h"
#include "syntax/parse.h"

#include "actionc/action_id.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;
using namespace actionc;
using namespace actionc::cli;

namespace {

// The build summary lists this many stripped actions; --verbose lists them all.
constexpr std::size_t kStrippedShown = 5;

struct GlobalFlags {
    unsigned jobs = 0;
    bool quiet = false;
    bool verbose = false;
    std::string color = "auto";
};

// Where messages go, each stream styled for what it is (a terminal or not).
struct Output {
    Style out;  // stdout: summaries, reports
    Style err;  // stderr: diagnostics, errors, warnings

    static Output forMode(ColorMode mode) { return {Style(colorFor(mode, stdout)), Style(colorFor(mode, stderr))}; }
};

Output output;

void printDiagnostics(const std::vector<Diagnostic>& diagnostics) {
    std::fputs(renderDiagnostics(diagnostics, output.err.on()).c_str(), stderr);
}

void printError(const std::string& message) {
    std::fprintf(stderr, "actionc: %s %s\n", output.err.red("error:").c_str(), message.c_str());
}

void printWarning(const std::string& message) {
    std::fprintf(stderr, "actionc: %s %s\n", output.err.magenta("warning:").c_str(), message.c_str());
}

std::size_t countErrors(const std::vector<Diagnostic>& diagnostics) {
    std::size_t n = 0;
    for (const Diagnostic& d : diagnostics) n += d.severity == Severity::Error;
    return n;
}

// actionc.json, or the diagnostic that says what is wrong with it.
std::optional<ProjectConfig> loadConfigOrReport(const std::string& root) {
    Diagnostic error;
    auto config = loadProjectConfig(root, &error);
    if (!config) printDiagnostics({error});
    return config;
}

struct BuildFlags {
    std::string root;
    std::string out;
    std::string keyFile;
    std::string clientRuntime;
    std::string serverRuntime;
    std::vector<std::string> include;
    std::vector<std::string> exclude;
    std::vector<std::string> aliases;
    bool includeTests = false;
    bool keepUnused = false;
    bool mirror = false;
    bool manifestOnly = false;
    bool copyUnchanged = false;
    bool noCache = false;
};

void printBuildSummary(const BuildResult& result, const std::string& outDir, std::chrono::milliseconds elapsed,
                       bool verbose) {
    const BuildSummary& s = result.summary;
    const Style& style = output.out;
    std::string stripped = std::to_string(s.stripped.size()) + " stripped";
    if (!s.stripped.empty()) stripped = style.yellow(stripped);
    std::printf("%s %zu files, %zu modules, %zu 'use server' modules: %s live, %s -> %s (%s%lld ms)\n",
                style.bold("actionc:").c_str(), s.files, s.modules, s.actionModules,
                style.green(std::to_string(s.actions) + " actions").c_str(), stripped.c_str(), outDir.c_str(),
                result.upToDate ? "up to date, " : "", static_cast<long long>(elapsed.count()));
    const std::size_t shown = verbose ? s.stripped.size() : std::min(s.stripped.size(), kStrippedShown);
    for (std::size_t i = 0; i < shown; ++i) std::printf("  stripped (no importer): %s\n", s.stripped[i].c_str());
    if (shown < s.stripped.size()) {
        std::printf("  ... and %zu more stripped (--verbose lists them all; the manifest's \"stripped\" has every one)\n",
                    s.stripped.size() - shown);
    }
}

// `--alias FIND=REPLACEMENT` flags and `--alias-json` override actionc.json's "alias".
bool applyAliasFlags(const std::vector<std::string>& flags, const std::string& json, BuildOptions& options) {
    std::string error;
    if (!json.empty()) {
        const nlohmann::json parsed = nlohmann::json::parse(json, nullptr, false);
        auto aliases = parsed.is_discarded() ? std::nullopt : parseAliases(parsed, &error);
        if (!aliases) {
            printError("--alias-json: " + (error.empty() ? std::string("not valid JSON") : error));
            return false;
        }
        options.aliases = std::move(*aliases);
    }
    if (!flags.empty()) {
        if (json.empty()) options.aliases.clear();
        for (const std::string& flag : flags) {
            auto alias = parseAliasFlag(flag, &error);
            if (!alias) {
                printError(error);
                return false;
            }
            options.aliases.push_back(std::move(*alias));
        }
    }
    return true;
}

int runBuildCommand(const BuildFlags& flags, const GlobalFlags& global) {
    const auto started = std::chrono::steady_clock::now();
    const auto config = loadConfigOrReport(flags.root);
    if (!config) return kExitFailure;
    BuildOptions options = config->toBuildOptions(flags.root);
    if (!flags.out.empty()) options.project.outDir = flags.out;
    if (options.project.outDir.empty()) {
        printError("no output directory: pass --out DIR or set \"out\" in actionc.json");
        return kExitUsage;
    }
    if (!flags.include.empty()) options.project.include = flags.include;
    if (!flags.exclude.empty()) options.project.exclude = flags.exclude;
    if (flags.includeTests) options.project.includeTests = true;
    if (flags.keepUnused) options.keepUnused = true;
    if (flags.mirror) options.output = OutputMode::Mirror;
    if (flags.manifestOnly) options.output = OutputMode::ManifestOnly;
    if (flags.copyUnchanged) options.copyUnchanged = true;
    if (flags.noCache) options.useCache = false;
    if (!applyAliasFlags(flags.aliases, "", options)) return kExitUsage;
    // Before the key: a generated key would be the first thing written into that directory.
    if (auto problem = outputDirectoryProblem(options.project.root, options.project.outDir)) {
        printDiagnostics({Diagnostic{Severity::Error, "output-directory", *problem, {}, {}, {}, 1, {}}});
        std::fprintf(stderr, "1 error generated; nothing was written.\n");
        return kExitErrors;
    }
    if (!flags.clientRuntime.empty()) options.emit.clientRuntime = flags.clientRuntime;
    if (!flags.serverRuntime.empty()) options.emit.serverRuntime = flags.serverRuntime;
    if (global.jobs) options.jobs = global.jobs;

    const LoadedKeys keys = loadKeys({flags.keyFile, (fs::path(options.project.outDir) / "actionc.key").string()});
    if (!keys.ring) {
        printError(keys.error);
        return kExitFailure;
    }
    if (!keys.warning.empty()) printWarning(keys.warning);

    const BuildResult result = runBuild(options, keys.ring->current());
    printDiagnostics(result.diagnostics);
    if (!result.ok) {
        const std::size_t errors = countErrors(result.diagnostics);
        std::fprintf(stderr, "%s\n",
                     output.err.bold(std::to_string(errors) + " error" + (errors == 1 ? "" : "s") +
                                     " generated; nothing was written.")
                         .c_str());
        return kExitErrors;
    }
    if (!global.quiet) {
        printBuildSummary(result, options.project.outDir,
                          std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started),
                          global.verbose);
    }
    return kExitOk;
}

struct AuditFlags {
    std::string root;
    std::vector<std::string> include;
    std::vector<std::string> exclude;
    bool includeTests = false;
    bool keepUnused = false;
    std::vector<std::string> aliases;
    bool json = false;
    bool exitCode = false;
};

int runAuditCommand(const AuditFlags& flags, const GlobalFlags& global) {
    const auto config = loadConfigOrReport(flags.root);
    if (!config) return kExitFailure;
    BuildOptions options = config->toBuildOptions(flags.root);
    if (!flags.include.empty()) options.project.include = flags.include;
    if (!flags.exclude.empty()) options.project.exclude = flags.exclude;
    if (flags.includeTests) options.project.includeTests = true;
    if (flags.keepUnused) options.keepUnused = true;
    if (!applyAliasFlags(flags.aliases, "", options)) return kExitUsage;
    if (global.jobs) options.jobs = global.jobs;
    const AuditRun run = runAudit(options);
    if (!run.ok) {
        printDiagnostics(run.diagnostics);
        const std::size_t errors = countErrors(run.diagnostics);
        std::fprintf(stderr, "%s\n",
                     output.err.bold(std::to_string(errors) + " error" + (errors == 1 ? "" : "s") +
                                     " generated; the project must compile before it can be audited.")
                         .c_str());
        return kExitErrors;
    }
    if (flags.json) {
        printDiagnostics(run.diagnostics);
        const std::string report = formatAuditJson(run.report, run.projectModules);
        std::fwrite(report.data(), 1, report.size(), stdout);
    } else {
        std::vector<Diagnostic> all = run.diagnostics;
        const std::vector<Diagnostic> audit = run.auditDiagnostics();
        all.insert(all.end(), audit.begin(), audit.end());
        sortDiagnostics(all);
        printDiagnostics(all);
        if (!global.quiet) std::fputs(formatAuditSummary(run.report, run.projectModules).c_str(), stdout);
    }
    return flags.exitCode && run.report.findingCount() > 0 ? kExitErrors : kExitOk;
}

struct TransformFlags {
    std::string file;
    std::string layer = "client";
    std::string root = ".";
    std::string keyFile;
    std::string clientRuntime = "actionc/client";
    std::string serverRuntime = "actionc/server";
};

int runTransformCommand(const TransformFlags& flags) {
    const auto dialect = dialectForPath(flags.file);
    if (!dialect) {
        printError(flags.file + ": not a JavaScript or TypeScript module (.ts .tsx .mts .cts .js .jsx .mjs .cjs)");
        return kExitUsage;
    }
    const LoadedKeys keys = loadKeys({flags.keyFile, ""});
    if (!flags.keyFile.empty() && !keys.ring) {
        printError(keys.error);
        return kExitFailure;
    }
    std::optional<Key> key = keys.ring ? std::optional<Key>(keys.ring->current()) : std::nullopt;
    if (!key) {
        printWarning("no key (ACTIONC_ENCRYPTION_KEY or --key-file): using a throwaway key; these IDs match no build");
        key = Key::generate();
    }
    std::string text = readFile(flags.file);
    const std::string modulePath =
        fs::absolute(flags.file).lexically_normal().lexically_relative(fs::absolute(flags.root).lexically_normal())
            .generic_string();
    const SourceFile source(flags.file, modulePath, std::move(text), *dialect);
    const TransformResult result = transformModule(
        source, flags.layer == "server" ? Layer::Server : Layer::Client, *key, {flags.clientRuntime, flags.serverRuntime});
    printDiagnostics(result.diagnostics);
    if (!result.ok) return kExitErrors;
    std::fwrite(result.code.data(), 1, result.code.size(), stdout);
    return kExitOk;
}

struct KeygenFlags {
    std::string out;
    bool force = false;
};

int runKeygenCommand(const KeygenFlags& flags) {
    const Key key = Key::generate();
    if (flags.out.empty()) {
        std::printf("%s\n", key.toBase64().c_str());
        return kExitOk;
    }
    struct stat st;
    if (::stat(flags.out.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            printError(flags.out + " is a directory: name the key file (e.g. " + (fs::path(flags.out) / "actionc.key").string() + ")");
            return kExitUsage;
        }
        if (!flags.force) {
            printError(flags.out + " exists: pass --force to replace it (IDs and bound arguments made with the old key "
                                   "will not resolve unless it stays in ACTIONC_PREVIOUS_KEYS)");
            return kExitUsage;
        }
    }
    writeFileAtomically(flags.out, key.toBase64() + "\n", 0600);
    std::fprintf(stderr, "actionc: wrote a new key (id %s) to %s\n", key.fingerprint().c_str(), flags.out.c_str());
    return kExitOk;
}

int runInspectCommand(const std::string& id, const std::string& keyFile, bool json) {
    const LoadedKeys keys = loadKeys({keyFile, ""});
    if (!keys.ring) {
        printError(keys.error);
        return kExitFailure;
    }
    const DecodedActionId decoded = decodeActionId(*keys.ring, id);
    const bool ok = decoded.status == IdStatus::Ok;
    if (json) {
        nlohmann::json report = {{"id", id}, {"valid", ok}};
        if (!ok) report["reason"] = idStatusName(decoded.status);
        if (ok) {
            report["module"] = decoded.digestForm ? nlohmann::json(nullptr) : nlohmann::json(decoded.module);
            if (decoded.digestForm) report["moduleDigest"] = decoded.digestHex;
            report["export"] = decoded.name;
            report["exportComplete"] = !decoded.digestForm;
            report["keyId"] = decoded.keyFingerprint;
        }
        std::printf("%s\n", report.dump(2).c_str());
    }
    if (!ok) {
        printError(std::string("action ID is ") + idStatusName(decoded.status));
        return kExitErrors;
    }
    if (json) return kExitOk;
    if (decoded.digestForm) {
        std::printf("module: (long path; digest %s, see the manifest)\nname:   %s\nkey:    %s\n",
                    decoded.digestHex.c_str(), decoded.name.c_str(), decoded.keyFingerprint.c_str());
    } else {
        std::printf("module: %s\nname:   %s\nkey:    %s\n", decoded.module.c_str(), decoded.name.c_str(),
                    decoded.keyFingerprint.c_str());
    }
    return kExitOk;
}

struct DiffFlags {
    std::string before;
    std::string after;
    bool json = false;
    bool exitCode = false;
};

int runDiffCommand(const DiffFlags& flags) {
    std::optional<Manifest> manifests[2];
    const std::string* paths[2] = {&flags.before, &flags.after};
    for (int i = 0; i < 2; ++i) {
        Diagnostic error;
        manifests[i] = parseManifest(readFile(*paths[i]), *paths[i], &error);
        if (!manifests[i]) {
            printDiagnostics({error});
            return kExitFailure;
        }
    }
    const ManifestDiff diff = diffManifests(*manifests[0], *manifests[1]);
    const std::string report = flags.json ? formatDiffJson(diff) : formatDiffText(diff, output.out.on());
    std::fwrite(report.data(), 1, report.size(), stdout);
    return flags.exitCode && diff.needsReview() ? kExitErrors : kExitOk;
}

struct ServeFlags {
    std::string root;
    std::string keyFile;
    std::string clientRuntime;
    std::string serverRuntime;
    std::vector<std::string> aliases;
    std::string aliasJson;
    bool stripUnused = false;
};

int runServeCommand(const ServeFlags& flags, const GlobalFlags& global) {
    const auto config = loadConfigOrReport(flags.root);
    if (!config) return kExitFailure;
    ServeOptions options;
    options.build = config->toBuildOptions(flags.root);
    if (!flags.clientRuntime.empty()) options.build.emit.clientRuntime = flags.clientRuntime;
    if (!flags.serverRuntime.empty()) options.build.emit.serverRuntime = flags.serverRuntime;
    if (global.jobs) options.build.jobs = global.jobs;
    options.stripUnused = flags.stripUnused;
    if (!applyAliasFlags(flags.aliases, flags.aliasJson, options.build)) return kExitUsage;
    // serve never generates a key: the bundler's build and the server must share one.
    const LoadedKeys keys = loadKeys({flags.keyFile, ""});
    if (!keys.ring) {
        printError(keys.error);
        return kExitFailure;
    }
    std::ios::sync_with_stdio(false);
    return runServe(options, keys.ring->current(), std::cin, std::cout);
}

int runDumpAstCommand(const std::string& file) {
    const auto dialect = dialectForPath(file);
    if (!dialect) {
        printError(file + ": not a JavaScript or TypeScript module");
        return kExitUsage;
    }
    const SourceFile source(file, file, readFile(file), *dialect);
    std::fputs(dumpTree(parse(source)).c_str(), stdout);
    return kExitOk;
}

int runDumpResolutionCommand(const std::string& root, const std::vector<std::string>& aliases) {
    const auto config = loadConfigOrReport(root);
    if (!config) return kExitFailure;
    BuildOptions options = config->toBuildOptions(root);
    if (!applyAliasFlags(aliases, "", options)) return kExitUsage;
    const std::string text = describeResolution(options);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
}

// The options every compiling command shares.
void addKeyAndRuntimeOptions(CLI::App* command, std::string& keyFile, std::string& clientRuntime,
                             std::string& serverRuntime) {
    command->add_option("--key-file", keyFile, "File holding the base64 key");
    command->add_option("--client-runtime", clientRuntime, "Module the client stubs import");
    command->add_option("--server-runtime", serverRuntime, "Module the server layer imports");
}

// A usage error: what is wrong (with "did you mean" when a word was mistyped) and where
// the help is. Always kExitUsage, whatever CLI11's own code for it.
int reportUsageError(const CLI::App& app, const CLI::ParseError& error, const std::vector<std::string>& args) {
    const auto mistyped = findMistyped(app, args);
    printError(mistyped ? mistyped->message : error.what());
    const std::string command = mistyped ? mistyped->subcommand : "";
    std::fprintf(stderr, "Run 'actionc %s--help' for usage.\n", command.empty() ? "" : (command + " ").c_str());
    return kExitUsage;
}

// An exception that reached the top: a file that could not be read or written, said as
// "PATH: what went wrong" rather than in the library's words.
int reportFailure(const std::exception& e) {
    if (const auto* fsError = dynamic_cast<const fs::filesystem_error*>(&e)) {
        std::string what = fsError->code().message();
        if (!what.empty()) what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
        printError((fsError->path1().empty() ? std::string() : fsError->path1().string() + ": ") + what);
    } else {
        printError(e.what());
    }
    return kExitFailure;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"actionc: compiles 'use server' modules into client stubs, server registrations and a manifest"};
    app.set_version_flag("--version", std::string("actionc ") + ACTIONC_VERSION);
    app.require_subcommand(1);
    app.fallthrough();
    app.footer("Exit status: 0 success, 1 errors in the input, 2 usage errors, 3 operational errors (docs/cli.md).");
    GlobalFlags global;
    app.add_option("-j,--jobs", global.jobs, "Worker threads; 0 (the default) is one per core")
        ->check(CLI::Range(0u, 1024u));
    app.add_flag("-q,--quiet", global.quiet, "Print only diagnostics");
    app.add_flag("--verbose", global.verbose, "List every stripped action in the summary");
    app.add_option("--color", global.color, "Colour: auto (on a terminal; NO_COLOR, FORCE_COLOR), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}));

    BuildFlags build;
    CLI::App* buildCmd = app.add_subcommand("build", "Compile a project into DIR/client, DIR/server and a manifest");
    buildCmd->add_option("root", build.root, "Project root")->required()->check(CLI::ExistingDirectory);
    buildCmd->add_option("-o,--out", build.out, "Output directory (or \"out\" in actionc.json)");
    CLI::Option* mirrorFlag = buildCmd->add_flag(
        "--mirror", build.mirror, "Write full mirrors of the project into DIR/client and DIR/server (default: only the modules that change, and DIR/actionc.index.json)");
    buildCmd->add_flag("--manifest-only", build.manifestOnly, "Write only DIR/actions.manifest.json (a CI check of the public surface)")
        ->excludes(mirrorFlag);
    addKeyAndRuntimeOptions(buildCmd, build.keyFile, build.clientRuntime, build.serverRuntime);
    buildCmd->add_option("--include", build.include, "Only files matching these globs (picomatch syntax, !negation)");
    buildCmd->add_option("--exclude", build.exclude, "Leave out files matching these globs");
    buildCmd->add_option("--alias", build.aliases,
                         "Bundler alias FIND=REPLACEMENT, as Vite's resolve.alias (repeatable; replaces actionc.json's)");
    buildCmd->add_flag("--include-tests", build.includeTests, "Compile *.test.*, *.spec.* and __tests__/ too");
    buildCmd->add_flag("--keep-unused", build.keepUnused, "Keep actions no module imports (for libraries)");
    buildCmd->add_flag("--copy", build.copyUnchanged,
                       "With --mirror: copy unchanged files instead of hard-linking them to their sources");
    buildCmd->add_flag("--no-cache", build.noCache, "Build everything again: ignore DIR/.actionc-cache and DIR/.actionc-state");

    AuditFlags audit;
    CLI::App* auditCmd = app.add_subcommand(
        "audit", "Review every live action: authentication, whole-record parameters, input validation, raw returns");
    auditCmd->add_option("root", audit.root, "Project root")->required()->check(CLI::ExistingDirectory);
    auditCmd->add_option("--include", audit.include, "Only files matching these globs (picomatch syntax, !negation)");
    auditCmd->add_option("--exclude", audit.exclude, "Leave out files matching these globs");
    auditCmd->add_flag("--include-tests", audit.includeTests, "Read *.test.*, *.spec.* and __tests__/ too");
    auditCmd->add_flag("--keep-unused", audit.keepUnused, "Audit actions no module imports too (for libraries)");
    auditCmd->add_option("--alias", audit.aliases,
                         "Bundler alias FIND=REPLACEMENT, as Vite's resolve.alias (repeatable; replaces actionc.json's)");
    auditCmd->add_flag("--json", audit.json, "Print the report as JSON");
    auditCmd->add_flag("--exit-code", audit.exitCode, "Exit with status 1 when there is a finding");

    TransformFlags transform;
    CLI::App* transformCmd = app.add_subcommand("transform", "Compile one module and print one layer");
    transformCmd->add_option("file", transform.file, "Module to compile")->required()->check(CLI::ExistingFile);
    transformCmd->add_option("--layer", transform.layer, "client or server")
        ->check(CLI::IsMember({"client", "server"}));
    transformCmd->add_option("--root", transform.root, "Project root the module path is relative to");
    addKeyAndRuntimeOptions(transformCmd, transform.keyFile, transform.clientRuntime, transform.serverRuntime);

    KeygenFlags keygen;
    CLI::App* keygenCmd = app.add_subcommand("keygen", "Print a new random key (base64 of 32 bytes)");
    keygenCmd->add_option("-o,--out", keygen.out, "Write it to this file (mode 0600) instead");
    keygenCmd->add_flag("-f,--force", keygen.force, "Replace the file if it exists");

    std::string inspectId;
    std::string inspectKeyFile;
    bool inspectJson = false;
    CLI::App* inspectCmd = app.add_subcommand("inspect", "Decode an action ID with the key");
    inspectCmd->add_option("id", inspectId, "Action ID")->required();
    inspectCmd->add_option("--key-file", inspectKeyFile, "File holding the base64 key");
    inspectCmd->add_flag("--json", inspectJson, "Print the decoded ID as JSON");

    ServeFlags serve;
    CLI::App* serveCmd = app.add_subcommand("serve", "Answer bundler plugins over JSON lines on stdin/stdout (docs/serve.md)");
    serveCmd->add_option("root", serve.root, "Project root")->required()->check(CLI::ExistingDirectory);
    addKeyAndRuntimeOptions(serveCmd, serve.keyFile, serve.clientRuntime, serve.serverRuntime);
    serveCmd->add_flag("--strip-unused", serve.stripUnused, "Strip actions no module imports (as build does)");
    serveCmd->add_option("--alias", serve.aliases, "Bundler alias FIND=REPLACEMENT (repeatable)");
    serveCmd->add_option("--alias-json", serve.aliasJson,
                         "Bundler aliases as JSON: [{\"find\": \"@\" | {\"regex\": \"…\", \"flags\": \"i\"}, \"replacement\": \"…\"}]");

    DiffFlags diff;
    CLI::App* diffCmd = app.add_subcommand("diff", "Compare two manifests: added, removed, moved, renamed, stripped actions");
    diffCmd->add_option("old", diff.before, "The manifest before")->required()->check(CLI::ExistingFile);
    diffCmd->add_option("new", diff.after, "The manifest after")->required()->check(CLI::ExistingFile);
    diffCmd->add_flag("--json", diff.json, "Print the changes as JSON");
    diffCmd->add_flag("--exit-code", diff.exitCode,
                      "Exit with status 1 when the public surface changed or an audit finding appeared");

    std::string resolutionRoot;
    std::vector<std::string> resolutionAliases;
    CLI::App* resolutionCmd =
        app.add_subcommand("dump-resolution", "Print what every import of a project resolves to (for tests)");
    resolutionCmd->add_option("root", resolutionRoot)->required()->check(CLI::ExistingDirectory);
    resolutionCmd->add_option("--alias", resolutionAliases);
    resolutionCmd->group("");  // hidden from --help

    std::string dumpFile;
    CLI::App* dumpCmd = app.add_subcommand("dump-ast", "Print a module's syntax tree (for debugging)");
    dumpCmd->add_option("file", dumpFile)->required()->check(CLI::ExistingFile);
    dumpCmd->group("");  // hidden from --help

    const std::vector<std::string> args(argv + 1, argv + argc);
    output = Output::forMode(ColorMode::Auto);
    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);  // --help, --version
    } catch (const CLI::ParseError& e) {
        return reportUsageError(app, e, args);
    }
    output = Output::forMode(*parseColorMode(global.color));
    try {
        if (*buildCmd) return runBuildCommand(build, global);
        if (*auditCmd) return runAuditCommand(audit, global);
        if (*transformCmd) return runTransformCommand(transform);
        if (*keygenCmd) return runKeygenCommand(keygen);
        if (*inspectCmd) return runInspectCommand(inspectId, inspectKeyFile, inspectJson);
        if (*diffCmd) return runDiffCommand(diff);
        if (*serveCmd) return runServeCommand(serve, global);
        if (*dumpCmd) return runDumpAstCommand(dumpFile);
        if (*resolutionCmd) return runDumpResolutionCommand(resolutionRoot, resolutionAliases);
    } catch (const std::exception& e) {
        return reportFailure(e);
    }
    return kExitUsage;
}
