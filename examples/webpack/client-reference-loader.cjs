// RSC bundle: a module whose directive prologue has 'use client' becomes client
// references, as react-server-dom-webpack's own Node loader makes them: the module's
// file URL (the key ReactFlightWebpackPlugin gives it in react-client-manifest.json) and
// one reference per export. Exports are read with a regular expression (named function,
// const and class declarations): enough for this app, not a general parser.
const { pathToFileURL } = require('node:url');

const DIRECTIVE = /^(?:\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*['"]use client['"]/;

module.exports = function clientReferenceLoader(source) {
  if (!DIRECTIVE.test(source)) return source;
  const names = [...source.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);
  if (/^export\s+default\b/m.test(source)) names.push('default');
  const url = JSON.stringify(pathToFileURL(this.resourcePath).href);
  return `import { createClientModuleProxy } from 'react-server-dom-webpack/server';\n` +
    `const proxy = createClientModuleProxy(${url});\n` +
    names.map((n) => (n === 'default' ? `export default proxy.default;` : `export const ${n} = proxy[${JSON.stringify(n)}];`)).join('\n') + '\n';
};
