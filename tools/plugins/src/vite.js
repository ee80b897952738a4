// Vite plugin: compiles 'use server' modules with `actionc serve` for every environment,
// choosing the layer per environment (Vite 6+ environments, or the `ssr` flag of older
// Vite), and emits actions.manifest.json with the server build.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Compiler, MANIFEST_FILE, handleResult, isUseServerDirectiveLog, normalizeAliases } from './core.js';
import { buildSummary } from './summary.js';
import {
  RSC_CLIENT_RUNTIME, checkPluginOrder, claimServerModule, createRscState, directivePlugin, invalidateServerApi,
  isServerApi, resolveRscId, rscManagerOf, serverApiSource,
} from './vite-rsc.js';

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
 *   serveActions  the dev server answers Server Action requests (middleware over
 *           actionc/server's handler, modules loaded with ssrLoadModule, the manifest
 *           from serve). Default: true unless an `rsc` environment exists (an RSC
 *           framework such as plugin-rsc serves them); an object is passed to
 *           createActionHandler (allowedOrigins, bodySizeLimit, …)
 *   alias   extra aliases for actionc's resolution; Vite's own `resolve.alias` is always
 *           passed to `actionc serve`, so imports through it keep their actions live
 */
export function actionc(options = {}) {
  const manifestFile = options.manifest === undefined ? MANIFEST_FILE : options.manifest;
  let config = null;
  let hasRsc = false;
  let compiler = null;
  let devServer = null;
  const rsc = createRscState(); // @vitejs/plugin-rsc's setup (vite-rsc.js)

  function getCompiler() {
    if (!compiler) {
      const building = config?.command === 'build';
      compiler = new Compiler({
        ...options,
        root: options.root ?? config?.root ?? process.cwd(),
        stripUnused: options.stripUnused ?? building,
        // With plugin-rsc, stubs are React's references from plugin-rsc's client runtime.
        clientRuntime: options.clientRuntime ?? (rsc.manager ? RSC_CLIENT_RUNTIME : undefined),
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

  const main = {
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
      rsc.manager = rscManagerOf(resolved);
      if (rsc.manager) checkPluginOrder(resolved);
    },

    // The RSC environment imports the runtime (and its native addon) from node_modules,
    // never bundled: the addon is found next to the package, not next to a bundle.
    configEnvironment(name) {
      if (name === 'rsc' && options.externalRuntime !== false) return { resolve: { external: ['actionc'] } };
      return null;
    },

    resolveId(source, importer) {
      if (!rsc.manager) return null;
      return resolveRscId(this, source, importer);
    },

    async load(id) {
      if (!rsc.manager || !isServerApi(id)) return null;
      return serverApiSource(rsc, getCompiler());
    },

    configureServer(server) {
      devServer = server;
      const serveActions = options.serveActions ?? !hasRsc;
      if (!serveActions) return;
      // Before Vite's own middlewares (SPA fallback, transforms): an action POST is ours.
      server.middlewares.use(devActionMiddleware(server, {
        root: config.root,
        keyFile: options.keyFile,
        manifest: () => getCompiler().manifest(),
        handlerOptions: typeof serveActions === 'object' ? serveActions : {},
      }));
    },

    onLog(_level, log) {
      if (isUseServerDirectiveLog(log, compiler)) return false;
    },

    async transform(code, id, transformOptions) {
      const layer = layerFor(this, transformOptions?.ssr, id);
      const result = await getCompiler()
        .transform(code, id, layer)
        .catch((error) => this.error(error));
      if (rsc.manager && layer === 'server' && !result.skipped && !result.errors) {
        claimServerModule(rsc, id, result);
        invalidateServerApi(devServer, rsc);
      }
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
        config?.logger?.info(buildSummary(source, options));
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
  return [main, directivePlugin(rsc)];
}

/**
 * The dev server's Server Action endpoint: actionc/server's Node handler, resolved from
 * the app (the same runtime instance its modules import), with the manifest `actionc
 * serve` has now and the action's module loaded through Vite (server layer, current
 * source: an edit is picked up on the next call, no restart).
 */
function devActionMiddleware(server, { root, keyFile, manifest, handlerOptions }) {
  let handler = null;
  async function create() {
    const runtimePath = createRequire(join(root, 'package.json')).resolve('actionc/server');
    const runtime = await import(pathToFileURL(runtimePath).href);
    if (keyFile) runtime.setKeyRing({ current: readFileSync(resolve(root, keyFile), 'utf8').trim() });
    return runtime.createNodeActionHandler({
      manifest,
      loadModule: (module) => server.ssrLoadModule(resolve(root, module)),
      exposeErrors: true, // dev: the action's own error message reaches the browser
      onError: (error) => {
        if (!(error?.statusCode < 500)) server.config.logger.error(`actionc: ${error?.stack ?? error}`);
      },
      ...handlerOptions,
    });
  }
  return async (req, res, next) => {
    if (req.method !== 'POST') return next();
    handler ??= create();
    let handle;
    try {
      handle = await handler;
    } catch (error) {
      handler = null;
      return next(error);
    }
    return handle(req, res, next);
  };
}

export default actionc;
