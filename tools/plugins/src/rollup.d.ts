// Types of actionc-plugins/rollup.
import type { Plugin } from 'rollup';
import type { ActioncPluginOptions, Layer } from './core.js';

export interface ActioncRollupOptions extends ActioncPluginOptions {
  /** One Rollup build is one layer (default 'client'). */
  layer?: Layer;
  /** The manifest's asset name (default 'actions.manifest.json' for the server layer, false for the client), or false. */
  manifest?: string | false;
}

export function actionc(options?: ActioncRollupOptions): Plugin & { api: { manifest(): Promise<string> } };
export default actionc;
