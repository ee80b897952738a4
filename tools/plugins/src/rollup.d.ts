// Types of actionc-plugins/rollup.
import type { Plugin } from 'rollup';
import type { ActioncPluginOptions, Compiler, Layer } from './core.js';

export interface ActioncRollupOptions extends ActioncPluginOptions {
  /** One Rollup build is one layer (default 'client'). */
  layer?: Layer;
  /** The manifest's asset name (default 'actions.manifest.json' for the server layer, false for the client), or false. */
  manifest?: string | false;
}

/** The plugin's `api`. */
export interface ActioncRollupApi {
  /** The manifest text as serve would write it now. */
  manifest(): Promise<string>;
  /** The build's compiler, once the build started; null before and after. */
  readonly compiler: Compiler | null;
}

export function actionc(options?: ActioncRollupOptions): Plugin & { api: ActioncRollupApi };
export default actionc;
