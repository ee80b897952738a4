// What ActioncWebpackPlugin (webpack.js) keeps per webpack compiler, found by its loader
// (webpack-loader.js) through the compiler running it: { layer, compiler, serverModules }.

export const states = new WeakMap();

/** The plugin state of the webpack compiler a loader runs in (or of a parent compilation's), or null. */
export function stateOf(webpackCompiler) {
  for (let c = webpackCompiler; c; c = c.parentCompilation?.compiler) {
    const state = states.get(c);
    if (state) return state;
  }
  return null;
}
