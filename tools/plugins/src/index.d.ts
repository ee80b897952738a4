// Types of actionc-plugins (index.js).
export { ActioncServe, ActioncServeError, actioncBinary } from './serve-client.js';
export type { ActioncServeOptions, ServeDiagnostic, ServeAction, TransformResponse } from './serve-client.js';
export { Compiler, MANIFEST_FILE, cleanId, loaderFor, toRollupLog } from './core.js';
export type { ActioncPluginOptions, CompileResult, Diagnostic, Layer } from './core.js';
export { actionc as vite } from './vite.js';
export type { ActioncViteOptions } from './vite.js';
export { actionc as rollup } from './rollup.js';
export type { ActioncRollupOptions } from './rollup.js';
export { actionc as esbuild } from './esbuild.js';
export type { ActioncEsbuildOptions } from './esbuild.js';
