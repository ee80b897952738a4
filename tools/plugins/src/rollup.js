// Rollup plugin: compiles 'use server' modules with `actionc serve` for one layer.
// Uses only Rollup's plugin API (no Vite-specific hooks), so it also runs in Vite,
// Rolldown and other Rollup-compatible bundlers.
import { Compiler, MANIFEST_FILE, handleResult, isUseServerDirectiveLog, normalizeAliases } from './core.js';
import { buildSummary } from './summary.js';

/**
 * Options (all optional except where a bundler cannot infer them):
 *   layer          'client' | 'server' (default 'client') — one Rollup build is one layer
 *   root           project root given to `actionc serve` (default process.cwd())
 *   actionc        the binary (default $ACTIONC_BIN, else `actionc` on PATH)
 *   keyFile        --key-file; otherwise ACTIONC_ENCRYPTION_KEY is inherited
 *   clientRuntime, serverRuntime   module names for the stubs / registrations
 *   stripUnused    drop actions nobody imports (default: true when not watching)
 *   manifest       file name of the emitted manifest asset, or false
 *                  (default 'actions.manifest.json' for the server layer, false for client)
 *   prefilter      skip modules without the text `use server` (default true; see core.js)
 *   include, exclude   (absolute path) => boolean
 *   alias          the build's aliases (@rollup/plugin-alias `entries`, either form), so
 *                  that imports through them keep their actions live; Rollup has no alias
 *                  setting of its own to read them from
 */
export function actionc(options = {}) {
  const layer = options.layer ?? 'client';
  const manifestFile = options.manifest === undefined ? (layer === 'server' ? MANIFEST_FILE : false) : options.manifest;
  let compiler = null;
  let watching = false;

  function getCompiler(ctx) {
    watching = Boolean(ctx?.meta?.watchMode);
    compiler ??= new Compiler({
      ...options,
      stripUnused: options.stripUnused ?? !watching,
      alias: normalizeAliases(options.alias),
    });
    return compiler;
  }

  return {
    name: 'actionc',
    api: {
      /** The manifest text as serve would write it now (for dev servers). */
      manifest: () => getCompiler().manifest(),
      get compiler() {
        return compiler;
      },
    },

    buildStart() {
      getCompiler(this);
    },

    onLog(_level, log) {
      if (isUseServerDirectiveLog(log, compiler)) return false;
    },

    async transform(code, id) {
      const result = await getCompiler(this).transform(code, id, layer).catch((error) => this.error(error));
      return handleResult(this, result);
    },

    async watchChange(id, change) {
      if (change?.event === 'delete' && compiler) await compiler.forget(id).catch((error) => this.warn(error));
    },

    async generateBundle() {
      if (!manifestFile) return;
      const source = await getCompiler(this).manifest().catch((error) => this.error(error));
      this.emitFile({ type: 'asset', fileName: manifestFile, source });
      this.info?.(buildSummary(source, options));
    },

    async closeBundle() {
      if (!watching && compiler) {
        const c = compiler;
        compiler = null;
        await c.close();
      }
    },

    async closeWatcher() {
      if (compiler) {
        const c = compiler;
        compiler = null;
        await c.close();
      }
    },
  };
}

export default actionc;
