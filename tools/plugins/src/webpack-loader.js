// The webpack loader ActioncWebpackPlugin adds (a `pre` rule): one module through
// `actionc serve` for the layer of its compiler. Used alone (without the plugin) it keeps
// one compiler per webpack compiler, with the layer from its options.
import { stateOf } from './webpack-state.js';
import { Compiler } from './core.js';

const standalone = new WeakMap();

function stateFor(loader) {
  const state = stateOf(loader._compiler);
  if (state) return state;
  let own = standalone.get(loader._compiler);
  if (!own) {
    const options = loader.getOptions?.() ?? {};
    own = { layer: options.layer ?? 'client', compiler: new Compiler({ ...options, root: options.root ?? loader.rootContext }), serverModules: new Set() };
    standalone.set(loader._compiler, own);
    loader._compiler.hooks.done.tapPromise('actionc-loader', () => own.compiler.close());
  }
  return own;
}

export default function actioncLoader(source, inputMap) {
  const callback = this.async();
  const state = stateFor(this);
  const file = this.resourcePath;
  state.compiler.transform(source, file, state.layer).then(
    (result) => {
      for (const warning of result.warnings ?? []) this.emitWarning(new Error(`${warning.rendered ?? warning.message} [${warning.code}]`));
      if (result.errors?.length) {
        callback(new Error(result.errors.map((d) => d.rendered ?? `${d.path}:${d.line}:${d.column}: error: ${d.message} [${d.code}]`).join('\n')));
        return;
      }
      if (!result.changed) {
        callback(null, source, inputMap);
        return;
      }
      if (state.layer === 'server') state.serverModules.add(file);
      callback(null, result.code, result.map ?? undefined);
    },
    (error) => callback(error),
  );
}
