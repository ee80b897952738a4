// react-server-dom-webpack's clients load client references through webpack's runtime
// globals, and the browser build reads `__webpack_require__.u` as soon as it is evaluated:
// this module must be imported before it. Here those globals return the client modules
// the bundle already holds (the client manifest has no chunks).
import clientModules from 'virtual:client-modules';

const g = globalThis as Record<string, unknown>;
const webpackRequire = (id: string) => {
  const module = (clientModules as Record<string, unknown>)[id];
  if (!module) throw new Error(`unknown client module ${id}`);
  return module;
};
webpackRequire.u = (chunkId: string) => chunkId;
g.__webpack_require__ = webpackRequire;
g.__webpack_chunk_load__ = () => Promise.resolve();
