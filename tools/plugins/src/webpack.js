// webpack 5 plugin: compiles 'use server' modules with `actionc serve` through its loader
// (webpack-loader.js, added as a `pre` rule so it reads the source before any TypeScript
// or JSX loader), one layer per compiler, and with the server layer emits
// actions.manifest.json plus React's server manifest (react-server-manifest.json):
// actionc ID → { id: webpack module id, chunks: [], name: export }, the shape
// react-server-dom-webpack's decodeAction, decodeFormState and decodeReply resolve
// server references through (`__webpack_require__(id)[name]`).
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { Compiler, EXTENSIONS, MANIFEST_FILE } from './core.js';
import { states } from './webpack-state.js';

export const REACT_SERVER_MANIFEST_FILE = 'react-server-manifest.json';
const PLUGIN = 'actionc';
const loaderPath = fileURLToPath(new URL('./webpack-loader.js', import.meta.url));

/**
 * Options: those of the Rollup plugin (root defaults to webpack's `context`, stripUnused to
 * true except in watch mode) plus
 *   layer    'client' | 'server'; default 'server' when `resolve.conditionNames` holds
 *            'react-server' (the RSC graph), else 'client'
 *   manifest             asset name of the actionc manifest (server layer), or false
 *   reactServerManifest  asset name of React's server manifest (server layer), or false
 *   includeActions       server layer: add every live action's module to the bundle
 *                        (default true), so React can load actions nothing imports there
 */
export class ActioncWebpackPlugin {
  constructor(options = {}) {
    this.options = options;
  }

  apply(compiler) {
    const options = this.options;
    const conditions = compiler.options.resolve?.conditionNames ?? [];
    const layer = options.layer ?? (conditions.includes('react-server') ? 'server' : 'client');
    const state = {
      layer,
      compiler: new Compiler({
        ...options,
        root: resolve(options.root ?? compiler.context),
        stripUnused: options.stripUnused ?? !compiler.options.watch,
      }),
      serverModules: new Set(), // absolute paths the loader compiled for the server layer
    };
    states.set(compiler, state);

    compiler.options.module.rules.unshift({
      test: (file) => EXTENSIONS.some((ext) => file.endsWith(ext)),
      exclude: /[\\/]node_modules[\\/]/,
      enforce: 'pre',
      loader: loaderPath,
    });

    compiler.hooks.watchRun.tap(PLUGIN, (watching) => {
      for (const file of watching.removedFiles ?? []) state.compiler.forget(file).catch(() => {});
    });
    compiler.hooks.shutdown.tapPromise(PLUGIN, () => state.compiler.close());
    compiler.hooks.done.tapPromise(PLUGIN, async () => {
      if (!compiler.watchMode) await state.compiler.close();
    });

    if (layer !== 'server') return;
    // Every live action's module is part of the server bundle, imported or not (a client
    // component's action is imported by nothing on the server): React loads it by id.
    if (options.includeActions !== false) {
      compiler.hooks.make.tapPromise(PLUGIN, async (compilation) => {
        const manifest = JSON.parse(await state.compiler.manifest());
        const modules = [...new Set((manifest.actions ?? []).map((action) => action.module))].sort();
        await Promise.all(modules.map((module) => new Promise((done, fail) => {
          const dependency = compiler.webpack.EntryPlugin.createDependency(resolve(state.compiler.root, module), { name: undefined });
          compilation.addInclude(compiler.context, dependency, {}, (error) => (error ? fail(error) : done()));
        })));
      });
    }
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation, { normalModuleFactory }) => {
      // A registered action must stay its own module with every export: React loads it
      // by module id and export name, which concatenation and export pruning would lose.
      const keepWhole = (parser) => {
        parser.hooks.program.tap(PLUGIN, () => {
          const module = parser.state.module;
          if (state.serverModules.has(module.resource)) module.buildMeta.moduleConcatenationBailout = 'actionc: Server Action module';
        });
      };
      for (const type of ['javascript/auto', 'javascript/esm', 'javascript/dynamic']) normalModuleFactory.hooks.parser.for(type).tap(PLUGIN, keepWhole);
      compilation.hooks.afterOptimizeDependencies.tap(PLUGIN, (modules) => {
        for (const module of modules) {
          if (state.serverModules.has(module.resource)) compilation.moduleGraph.getExportsInfo(module).setUsedInUnknownWay(undefined);
        }
      });

      compilation.hooks.processAssets.tapPromise(
        { name: PLUGIN, stage: compilation.constructor.PROCESS_ASSETS_STAGE_REPORT },
        async () => {
          const { RawSource } = compiler.webpack.sources;
          let text;
          try {
            text = await state.compiler.manifest();
          } catch (error) {
            compilation.errors.push(new compiler.webpack.WebpackError(`actionc: ${error.message}`));
            return;
          }
          if (options.manifest !== false) compilation.emitAsset(options.manifest ?? MANIFEST_FILE, new RawSource(text));
          if (options.reactServerManifest !== false) {
            const reactManifest = reactServerManifest(JSON.parse(text), compilation, state.compiler.root);
            compilation.emitAsset(options.reactServerManifest ?? REACT_SERVER_MANIFEST_FILE, new RawSource(`${JSON.stringify(reactManifest, null, 2)}\n`));
          }
        },
      );
    });
  }
}

/**
 * React's server manifest for the actions whose module is in this bundle: ID →
 * { id: webpack module id, chunks: [], name: export }. Actions of modules the bundle does
 * not hold are left out (nothing could load them).
 */
export function reactServerManifest(manifest, compilation, root) {
  // An action module is never inside a concatenation (see keepWhole) but may be the root
  // of one, which then carries its id.
  const byFile = new Map();
  for (const module of compilation.modules) {
    const resource = module.resource ?? module.rootModule?.resource;
    if (resource) byFile.set(resource, module);
  }
  const entries = {};
  for (const action of manifest.actions ?? []) {
    const module = byFile.get(resolve(root, action.module));
    const id = module && compilation.chunkGraph.getModuleId(module);
    if (id === null || id === undefined) continue;
    entries[action.id] = { id, chunks: [], name: action.export };
  }
  return entries;
}

export default ActioncWebpackPlugin;
