// actionc-plugins: bundler plugins for actionc (see README.md).
export { ActioncServe, ActioncServeError, actioncBinary } from './serve-client.js';
export { Compiler, MANIFEST_FILE, cleanId, loaderFor, toRollupLog } from './core.js';
export { actionc as vite } from './vite.js';
export { actionc as rollup } from './rollup.js';
export { actionc as esbuild } from './esbuild.js';
