// actionc: the command-line driver. Parses flags (CLI11), merges actionc.json, and
// calls into the compiler library; all real work lives in compiler/src.
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

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;
using namespace actionc;

namespace {

constexpr int kExitErrors = 1;  // the input has errors
constexpr int kExitUsage = 2;   // the command could not run (bad flags, unreadable files)

struct GlobalFlags {
    unsigned jobs = 0;
    bool quiet = false;
};

void printDiagnostics(const std::vector<Diagnostic>& diagnostics) {
    std::fputs(renderDiagnostics(diagnostics).c_str(), stderr);
}

void printError(const std::string& message) { std::fprintf(stderr, "actionc: error: %s\n", message.c_str()); }

void printWarning(const std::string& message) { std::fprintf(stderr, "actionc: warning: %s\n", message.c_str()); }

std::size_t countErrors(const std::vector<Diagnostic>& diagnostics) {
    std::size_t n = 0;
    for (const Diagnostic& d : diagnostics) n += d.severity == Severity::Error;
    return n;
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
    bool copyUnchanged = false;
    bool noCache = false;
};

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
    std::string configError;
    auto config = loadProjectConfig(flags.root, &configError);
    if (!config) {
        printError(configError);
        return kExitUsage;
    }
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
        return kExitUsage;
    }
    if (!keys.warning.empty()) printWarning(keys.warning);

    const BuildResult result = runBuild(options, keys.ring->current());
    printDiagnostics(result.diagnostics);
    if (!result.ok) {
        const std::size_t errors = countErrors(result.diagnostics);
        std::fprintf(stderr, "%zu error%s generated; nothing was written.\n", errors, errors == 1 ? "" : "s");
        return kExitErrors;
    }
    if (!global.quiet) {
        const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - started);
        const BuildSummary& s = result.summary;
        std::printf("actionc: %zu files, %zu modules, %zu 'use server' modules: %zu actions live, %zu stripped "
                    "-> %s (%s%lld ms)\n",
                    s.files, s.modules, s.actionModules, s.actions, s.stripped.size(),
                    options.project.outDir.c_str(), result.upToDate ? "up to date, " : "",
                    static_cast<long long>(elapsed.count()));
        for (const std::string& name : s.stripped) std::printf("  stripped (no importer): %s\n", name.c_str());
    }
    return 0;
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
        printError(flags.file + ": not a JavaScript or TypeScript module");
        return kExitUsage;
    }
    const LoadedKeys keys = loadKeys({flags.keyFile, ""});
    std::optional<Key> key = keys.ring ? std::optional<Key>(keys.ring->current()) : std::nullopt;
    if (!key) {
        printWarning("no key (ACTIONC_ENCRYPTION_KEY or --key-file): using a throwaway key; these IDs match no build");
        key = Key::generate();
    }
    std::string text;
    try {
        text = readFile(flags.file);
    } catch (const std::exception& e) {
        printError(e.what());
        return kExitUsage;
    }
    const std::string modulePath =
        fs::absolute(flags.file).lexically_normal().lexically_relative(fs::absolute(flags.root).lexically_normal())
            .generic_string();
    const SourceFile source(flags.file, modulePath, std::move(text), *dialect);
    const TransformResult result = transformModule(
        source, flags.layer == "server" ? Layer::Server : Layer::Client, *key, {flags.clientRuntime, flags.serverRuntime});
    printDiagnostics(result.diagnostics);
    if (!result.ok) return kExitErrors;
    std::fwrite(result.code.data(), 1, result.code.size(), stdout);
    return 0;
}

int runKeygenCommand(const std::string& outFile) {
    const Key key = Key::generate();
    if (outFile.empty()) {
        std::printf("%s\n", key.toBase64().c_str());
    } else {
        writeFileAtomically(outFile, key.toBase64() + "\n", 0600);
        std::fprintf(stderr, "actionc: wrote a new key (id %s) to %s\n", key.fingerprint().c_str(), outFile.c_str());
    }
    return 0;
}

int runInspectCommand(const std::string& id, const std::string& keyFile) {
    const LoadedKeys keys = loadKeys({keyFile, ""});
    if (!keys.ring) {
        printError(keys.error);
        return kExitUsage;
    }
    const DecodedActionId decoded = decodeActionId(*keys.ring, id);
    if (decoded.status != IdStatus::Ok) {
        printError(std::string("action ID is ") + idStatusName(decoded.status));
        return kExitErrors;
    }
    if (decoded.digestForm) {
        std::printf("module: (long path; digest %s, see the manifest)\nname:   %s\nkey:    %s\n",
                    decoded.digestHex.c_str(), decoded.name.c_str(), decoded.keyFingerprint.c_str());
    } else {
        std::printf("module: %s\nname:   %s\nkey:    %s\n", decoded.module.c_str(), decoded.name.c_str(),
                    decoded.keyFingerprint.c_str());
    }
    return 0;
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
        std::string error;
        try {
            manifests[i] = parseManifest(readFile(*paths[i]), &error);
        } catch (const std::exception& e) {
            error = e.what();
        }
        if (!manifests[i]) {
            printError(*paths[i] + ": " + error);
            return kExitUsage;
        }
    }
    const ManifestDiff diff = diffManifests(*manifests[0], *manifests[1]);
    const std::string report = flags.json ? formatDiffJson(diff) : formatDiffText(diff);
    std::fwrite(report.data(), 1, report.size(), stdout);
    return flags.exitCode && diff.surfaceChanged() ? 1 : 0;
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
    std::string configError;
    auto config = loadProjectConfig(flags.root, &configError);
    if (!config) {
        printError(configError);
        return kExitUsage;
    }
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
        return kExitUsage;
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
    return 0;
}

int runDumpResolutionCommand(const std::string& root, const std::vector<std::string>& aliases) {
    std::string configError;
    auto config = loadProjectConfig(root, &configError);
    if (!config) {
        printError(configError);
        return kExitUsage;
    }
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

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"actionc: compiles 'use server' modules into client stubs, server registrations and a manifest"};
    app.set_version_flag("--version", std::string("actionc ") + ACTIONC_VERSION);
    app.require_subcommand(1);
    app.fallthrough();
    GlobalFlags global;
    app.add_option("-j,--jobs", global.jobs, "Worker threads (default: one per core)");
    app.add_flag("-q,--quiet", global.quiet, "Print only diagnostics");

    BuildFlags build;
    CLI::App* buildCmd = app.add_subcommand("build", "Compile a project into DIR/client, DIR/server and a manifest");
    buildCmd->add_option("root", build.root, "Project root")->required()->check(CLI::ExistingDirectory);
    buildCmd->add_option("-o,--out", build.out, "Output directory (or \"out\" in actionc.json)");
    addKeyAndRuntimeOptions(buildCmd, build.keyFile, build.clientRuntime, build.serverRuntime);
    buildCmd->add_option("--include", build.include, "Only files matching these globs");
    buildCmd->add_option("--exclude", build.exclude, "Leave out files matching these globs");
    buildCmd->add_option("--alias", build.aliases,
                         "Bundler alias FIND=REPLACEMENT, as Vite's resolve.alias (repeatable; replaces actionc.json's)");
    buildCmd->add_flag("--include-tests", build.includeTests, "Compile *.test.*, *.spec.* and __tests__/ too");
    buildCmd->add_flag("--keep-unused", build.keepUnused, "Keep actions no module imports (for libraries)");
    buildCmd->add_flag("--copy", build.copyUnchanged,
                       "Copy unchanged files instead of hard-linking them to their sources");
    buildCmd->add_flag("--no-cache", build.noCache, "Build everything again: ignore DIR/.actionc-cache and DIR/.actionc-state");

    TransformFlags transform;
    CLI::App* transformCmd = app.add_subcommand("transform", "Compile one module and print one layer");
    transformCmd->add_option("file", transform.file, "Module to compile")->required()->check(CLI::ExistingFile);
    transformCmd->add_option("--layer", transform.layer, "client or server")
        ->check(CLI::IsMember({"client", "server"}));
    transformCmd->add_option("--root", transform.root, "Project root the module path is relative to");
    addKeyAndRuntimeOptions(transformCmd, transform.keyFile, transform.clientRuntime, transform.serverRuntime);

    std::string keygenOut;
    CLI::App* keygenCmd = app.add_subcommand("keygen", "Print a new random key (base64 of 32 bytes)");
    keygenCmd->add_option("-o,--out", keygenOut, "Write it to this file (mode 0600) instead");

    std::string inspectId;
    std::string inspectKeyFile;
    CLI::App* inspectCmd = app.add_subcommand("inspect", "Decode an action ID with the key");
    inspectCmd->add_option("id", inspectId, "Action ID")->required();
    inspectCmd->add_option("--key-file", inspectKeyFile, "File holding the base64 key");

    ServeFlags serve;
    CLI::App* serveCmd = app.add_subcommand("serve", "Answer bundler plugins over JSON lines on stdin/stdout (docs/serve.md)");
    serveCmd->add_option("root", serve.root, "Project root")->required()->check(CLI::ExistingDirectory);
    addKeyAndRuntimeOptions(serveCmd, serve.keyFile, serve.clientRuntime, serve.serverRuntime);
    serveCmd->add_flag("--strip-unused", serve.stripUnused, "Strip actions no module imports (as build does)");
    serveCmd->add_option("--alias", serve.aliases, "Bundler alias FIND=REPLACEMENT (repeatable)");
    serveCmd->add_option("--alias-json", serve.aliasJson,
                         "Bundler aliases as JSON: [{\"find\": \"@\" | {\"regex\": \"…\", \"flags\": \"i\"}, \"replacement\": \"…\"}]");

    DiffFlags diff;
    CLI::App* diffCmd = app.add_subcommand("diff", "Compare two manifests: added, removed, moved, stripped actions");
    diffCmd->add_option("old", diff.before, "The manifest before")->required()->check(CLI::ExistingFile);
    diffCmd->add_option("new", diff.after, "The manifest after")->required()->check(CLI::ExistingFile);
    diffCmd->add_flag("--json", diff.json, "Print the changes as JSON");
    diffCmd->add_flag("--exit-code", diff.exitCode, "Exit with status 1 when the public surface changed");

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

    CLI11_PARSE(app, argc, argv);
    try {
        if (*buildCmd) return runBuildCommand(build, global);
        if (*transformCmd) return runTransformCommand(transform);
        if (*keygenCmd) return runKeygenCommand(keygenOut);
        if (*inspectCmd) return runInspectCommand(inspectId, inspectKeyFile);
        if (*diffCmd) return runDiffCommand(diff);
        if (*serveCmd) return runServeCommand(serve, global);
        if (*dumpCmd) return runDumpAstCommand(dumpFile);
        if (*resolutionCmd) return runDumpResolutionCommand(resolutionRoot, resolutionAliases);
    } catch (const std::exception& e) {
        printError(e.what());
        return kExitUsage;
    }
    return kExitUsage;
}
