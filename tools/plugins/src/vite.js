// Vite plugin: compiles 'use server' modules with `actionc serve` for every environment,
// choosing the layer per environment (Vite 6+ environments, or the `ssr` flag of older
// Vite), and emits actions.manifest.json with the server build.
import { Compiler, MANIFEST_FILE, normalizeAliases } from './core.js';
import { handleResult, isUseServerDirectiveLog } from './rollup.js';

/**
 * Options: those of the Rollup plugin (root defaults to Vite's root, stripUnused to true
 * for `vite build` and false for the dev server) plus
 *   layer   'client' | 'server' | ({ environment, consumer, ssr, id }) => 'client'|'server'
 *           Default: environment `rsc` → server; `client` → client; `ssr` → client when
 *           an `rsc` environment exists (SSR of client components gets stubs, as React's
 *           RSC bundlers do), else server; any other environment by its `consumer`;
 *           without environments (Vite 5) the `ssr` flag.
 *   serverEnvironments  names of the environments that get the server layer (overrides
 *           the default rule above; every other environment gets the client layer)
 *   manifest  file name or false; emitted by server-layer environments only
 *           (default 'actions.manifest.json')
 *   alias   extra aliases for actionc's resolution; Vite's own `resolve.alias` is always
 *           passed to `actionc serve`, so imports through it keep their actions live
 */
export function actionc(options = {}) {
  const manifestFile = options.manifest === undefined ? MANIFEST_FILE : options.manifest;
  let config = null;
  let hasRsc = false;
  let compiler = null;

  function getCompiler() {
    if (!compiler) {
      const building = config?.command === 'build';
      compiler = new Compiler({
        ...options,
        root: options.root ?? config?.root ?? process.cwd(),
        stripUnused: options.stripUnused ?? building,
        alias: [...normalizeAliases(config?.resolve?.alias), ...normalizeAliases(options.alias)],
      });
    }
    return compiler;
  }

  function layerFor(ctx, ssr, id) {
    const env = ctx?.environment;
    const name = env?.name;
    const consumer = env?.config?.consumer;
    if (typeof options.layer === 'function') return options.layer({ environment: name, consumer, ssr: Boolean(ssr), id });
    if (typeof options.layer === 'string') return options.layer;
    if (options.serverEnvironments) return options.serverEnvironments.includes(name) ? 'server' : 'client';
    if (name) {
      if (name === 'rsc') return 'server';
      if (name === 'client') return 'client';
      if (name === 'ssr' && hasRsc) return 'client';
      if (consumer) return consumer === 'server' ? 'server' : 'client';
    }
    return ssr ? 'server' : 'client';
  }

  async function closeCompiler() {
    if (!compiler) return;
    const c = compiler;
    compiler = null;
    await c.close();
  }

  return {
    name: 'actionc',
    enforce: 'pre',
    api: {
      /** The manifest text as serve would write it now (dev servers: the runtime's input). */
      manifest: () => getCompiler().manifest(),
      layerFor,
      get compiler() {
        return compiler;
      },
    },

    configResolved(resolved) {
      config = resolved;
      hasRsc = Boolean(resolved.environments?.rsc);
    },

    onLog(_level, log) {
      if (isUseServerDirectiveLog(log, compiler)) return false;
    },

    async transform(code, id, transformOptions) {
      const layer = layerFor(this, transformOptions?.ssr, id);
      const result = await getCompiler()
        .transform(code, id, layer)
        .catch((error) => this.error(error));
      return handleResult(this, result);
    },

    async watchChange(id, change) {
      if (change?.event === 'delete' && compiler) await compiler.forget(id).catch((error) => this.warn(error));
    },

    // `order: 'post'`: Vite deletes assets from non-client builds in its own
    // generateBundle (unless build.emitAssets); the manifest is emitted after that.
    generateBundle: {
      order: 'post',
      async handler() {
        if (!manifestFile) return;
        if (layerFor(this, Boolean(config?.build?.ssr)) !== 'server') return;
        const source = await getCompiler()
          .manifest()
          .catch((error) => this.error(error));
        this.emitFile({ type: 'asset', fileName: manifestFile, source });
      },
    },

    async closeBundle() {
      // `vite build --watch` keeps one serve across rebuilds; dev servers and one-shot
      // builds call closeBundle once, at the end.
      if (config?.command === 'build' && config.build?.watch) return;
      await closeCompiler();
    },

    async closeWatcher() {
      await closeCompiler();
    },
  };
}

export default actionc;
