// Types of actionc-plugins/vite.
import type { Plugin } from 'vite';
import type { ActionHandlerOptions } from 'actionc/server';
import type { ActioncPluginOptions, Compiler, Layer } from './core.js';

/** What a `layer` function learns of the module it places. */
export interface LayerContext {
  /** The Vite environment's name (`client`, `ssr`, `rsc`, …); undefined on Vite 5. */
  environment?: string;
  /** The environment's `consumer`. */
  consumer?: string;
  ssr: boolean;
  id?: string;
}

export interface ActioncViteOptions extends ActioncPluginOptions {
  /** The layer of each module: fixed, or chosen per environment (default: see the README). */
  layer?: Layer | ((context: LayerContext) => Layer);
  /** Names of the environments that get the server layer; every other gets the client layer. */
  serverEnvironments?: string[];
  /** The manifest's asset name, emitted by server-layer environments (default 'actions.manifest.json'), or false. */
  manifest?: string | false;
  /**
   * The dev server answers Server Action requests (actionc/server's handler, modules loaded
   * through Vite). Default: true unless an `rsc` environment exists; an object is given to
   * createActionHandler over the plugin's own options (allowedOrigins, bodySizeLimit, …).
   */
  serveActions?: boolean | Partial<ActionHandlerOptions>;
  /** `false` lets the `rsc` environment bundle `actionc` instead of importing it from node_modules (default true). */
  externalRuntime?: boolean;
}

/** The main plugin's `api`: the manifest on a dev server, where no bundle is written. */
export interface ActioncViteApi {
  manifest(): Promise<string>;
  /** The layer a module gets in the environment of `context` (a plugin hook's `this`). */
  layerFor(context: { environment?: { name?: string; config?: { consumer?: string } } }, ssr?: boolean, id?: string): Layer;
  /** The build's compiler, once a module was compiled; null before and after. */
  readonly compiler: Compiler | null;
}

/**
 * The plugins `actionc()` returns, for `plugins: [actionc()]`: the compiler (`name`
 * 'actionc', with `api`) and the pass that prepares its server output for @vitejs/plugin-rsc.
 */
export type ActioncVitePlugins = [actionc: Plugin & { name: 'actionc'; api: ActioncViteApi }, rscDirectives: Plugin];

export function actionc(options?: ActioncViteOptions): ActioncVitePlugins;
export default actionc;
