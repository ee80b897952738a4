// Types of actionc-plugins/esbuild.
import type { Plugin } from 'esbuild';
import type { ActioncPluginOptions, Layer } from './core.js';

export interface ActioncEsbuildOptions extends ActioncPluginOptions {
  /** Default: 'server' when the build's platform is 'node', else 'client'. */
  layer?: Layer;
  /** Where to write the manifest (relative to outdir, or absolute), or false. */
  manifest?: string | false;
}

export function actionc(options?: ActioncEsbuildOptions): Plugin;
export default actionc;
