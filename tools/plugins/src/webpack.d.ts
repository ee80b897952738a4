// Types of actionc-plugins/webpack.
import type { Compilation, Compiler as WebpackCompiler, WebpackPluginInstance } from 'webpack';
import type { ActioncPluginOptions, Layer } from './core.js';

export interface ActioncWebpackOptions extends ActioncPluginOptions {
  /** Default: 'server' when `resolve.conditionNames` holds 'react-server' (the RSC graph), else 'client'. */
  layer?: Layer;
  /** Asset name of actions.manifest.json, emitted by a server-layer compiler, or false. */
  manifest?: string | false;
  /** Asset name of React's server manifest (default 'react-server-manifest.json'), or false. */
  reactServerManifest?: string | false;
  /** Server layer: add every live action's module to the bundle (default true), so React can load actions nothing imports there. */
  includeActions?: boolean;
}

export const REACT_SERVER_MANIFEST_FILE: 'react-server-manifest.json';

/** Compiles 'use server' modules through its loader (a `pre` rule), one layer per webpack compiler. */
export class ActioncWebpackPlugin implements WebpackPluginInstance {
  constructor(options?: ActioncWebpackOptions);
  readonly options: ActioncWebpackOptions;
  apply(compiler: WebpackCompiler): void;
}
export default ActioncWebpackPlugin;

/** One action of React's server manifest: where `__webpack_require__(id)[name]` finds it. */
export interface ReactServerManifestEntry {
  /** The webpack module id. */
  id: string | number;
  chunks: string[];
  /** The export. */
  name: string;
}

/** React's server manifest: actionc ID → entry (what decodeReply, decodeAction and decodeFormState take). */
export type ReactServerManifest = Record<string, ReactServerManifestEntry>;

/** The part of actions.manifest.json reactServerManifest reads. */
export interface ActionsManifestActions {
  actions?: ReadonlyArray<{ id: string; module: string; export: string }>;
}

/**
 * React's server manifest for the actions whose module is in `compilation`; `root` is the
 * directory the manifest's module paths are relative to. Other actions are left out.
 */
export function reactServerManifest(manifest: ActionsManifestActions, compilation: Compilation, root: string): ReactServerManifest;
