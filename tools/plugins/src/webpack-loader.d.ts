// Types of actionc-plugins/webpack-loader: the loader ActioncWebpackPlugin adds, usable
// alone as `{ loader: 'actionc-plugins/webpack-loader', options }` (no manifests then).
import type { LoaderDefinitionFunction } from 'webpack';
import type { ActioncPluginOptions, Layer } from './core.js';

/** The loader's options when used without the plugin (with it, the plugin's options apply). */
export interface ActioncWebpackLoaderOptions extends ActioncPluginOptions {
  /** Default 'client'. */
  layer?: Layer;
}

declare const actioncLoader: LoaderDefinitionFunction<ActioncWebpackLoaderOptions>;
export default actioncLoader;
