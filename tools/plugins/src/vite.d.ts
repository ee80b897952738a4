// Types of actionc-plugins/vite.
import type { Plugin } from 'vite';
import type { ActioncPluginOptions, Layer } from './core.js';

export interface ActioncViteOptions extends ActioncPluginOptions {
  /** The layer of each module: fixed, or chosen per environment (default: see the README). */
  layer?: Layer | ((context: { environment?: string; consumer?: string; ssr: boolean; id?: string }) => Layer);
  /** Names of the environments that get the server layer; every other gets the client layer. */
  serverEnvironments?: string[];
  /** The manifest's asset name, emitted by server-layer environments (default 'actions.manifest.json'), or false. */
  manifest?: string | false;
}

/** The plugin's `api`: the manifest on a dev server, where no bundle is written. */
export interface ActioncViteApi {
  manifest(): Promise<string>;
}

export function actionc(options?: ActioncViteOptions): Plugin & { api: ActioncViteApi };
export default actionc;
