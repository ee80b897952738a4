// Builds the app as a React Server Components app, three Vite builds with the actionc
// plugin (actionc compiles 'use server'; React's own directive transforms are not used):
//   dist/rsc     the RSC graph (`react-server` condition, react-server-dom-webpack/server):
//                server components, actions with actionc's server layer (registrations,
//                hoisted inline actions, encrypted captures) + actions.manifest.json, and
//                'use client' modules replaced by client references; client-manifest.json.
//   dist/ssr     the SSR graph: react-dom/server + react-server-dom-webpack/client.node,
//                'use client' modules real, actions as actionc client stubs.
//   dist/client  the browser bundle (client.js): react-server-dom-webpack/client.browser.
// Needs ACTIONC_ENCRYPTION_KEY (the server must use the same key) and the compiler
// (ACTIONC_BIN or `actionc` on PATH).
import { build, defaultServerConditions } from 'vite';
import actionc from 'actionc-plugins/vite';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const toId = (file) => relative(root, file).split('\\').join('/');

// RSC build: a module whose directive prologue has 'use client' becomes client references
// (registerClientReference per export); their ids are collected for the manifests.
function rscClientReferences(clientModules) {
  return {
    name: 'e2e:rsc-client-references',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/.test(code)) return null;
      const ast = this.parse(code);
      const names = [];
      for (const node of ast.body) {
        if (node.type === 'ExportDefaultDeclaration') names.push('default');
        if (node.type !== 'ExportNamedDeclaration') continue;
        if (node.declaration?.id) names.push(node.declaration.id.name);
        for (const d of node.declaration?.declarations ?? []) names.push(d.id.name);
        for (const s of node.specifiers ?? []) names.push(s.exported.name ?? s.exported.value);
      }
      const moduleId = toId(id.split('?')[0]);
      clientModules.add(moduleId);
      const stub = (name) => `registerClientReference(function () { throw new Error(${JSON.stringify(`${name} of ${moduleId} is a client component`)}); }, ${JSON.stringify(moduleId)}, ${JSON.stringify(name)})`;
      return {
        code: `import { registerClientReference } from 'react-server-dom-webpack/server';\n` +
          names.map((n) => (n === 'default' ? `export default ${stub(n)};` : `export const ${n} = ${stub(n)};`)).join('\n') + '\n',
        map: null,
      };
    },
  };
}

// SSR and browser builds: `virtual:client-modules`, the client-reference modules by id
// (what __webpack_require__ returns).
function clientModulesModule(clientModules) {
  const id = 'virtual:client-modules';
  return {
    name: 'e2e:client-modules',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(loaded) {
      if (loaded !== `\0${id}`) return null;
      const list = [...clientModules].sort();
      return list.map((m, i) => `import * as m${i} from ${JSON.stringify(join(root, m))};`).join('\n') +
        `\nexport default {${list.map((m, i) => `${JSON.stringify(m)}: m${i}`).join(', ')}};\n`;
    },
  };
}

// `dist`: the output directory, relative to this directory (the bundles import `actionc`
// from its node_modules, so it must stay inside).
export async function buildApp({ logLevel = 'warn', dist = 'dist' } = {}) {
  if (!process.env.ACTIONC_ENCRYPTION_KEY) throw new Error('set ACTIONC_ENCRYPTION_KEY (actionc keygen) for the build and the server');
  const clientModules = new Set();
  // Expected noise: 'use client' is handled above (the bundler's directive warning), and
  // the RSC entry's import.meta.glob also reaches modules Page.tsx imports statically.
  const onwarn = (warning, warn) => {
    if (/MODULE_LEVEL_DIRECTIVE|SOURCEMAP_ERROR/.test(warning.code) && /TodoForm|use client/.test(`${warning.id ?? ''} ${warning.message}`)) return;
    if (/dynamic import will not move module/.test(warning.message)) return;
    warn(warning);
  };
  const common = { root, configFile: false, logLevel, esbuild: { jsx: 'automatic' }, define: { 'process.env.NODE_ENV': '"production"' } };
  const serverBuild = (entry, outDir) => ({
    outDir, emptyOutDir: true, minify: false, ssr: entry, target: 'node20',
    rollupOptions: { external: [/^actionc(\/|$)/], output: { entryFileNames: '[name].js' }, onwarn },
  });

  await build({
    ...common,
    plugins: [actionc({ layer: 'server' }), rscClientReferences(clientModules)],
    ssr: {
      noExternal: true,
      external: ['actionc'],
      resolve: { conditions: ['react-server', ...defaultServerConditions], externalConditions: ['react-server'] },
    },
    build: serverBuild('app/framework/entry.rsc.tsx', `${dist}/rsc`),
  });
  // The manifests react-server-dom-webpack reads: ids are module paths, no chunks (the
  // SSR and browser bundles hold every client module).
  const list = [...clientModules].sort();
  const clientManifest = Object.fromEntries(list.map((m) => [m, { id: m, chunks: [], name: '*' }]));
  const consumerManifest = {
    moduleMap: Object.fromEntries(list.map((m) => [m, { '*': { id: m, chunks: [], name: '*' } }])),
    serverModuleMap: null,
    moduleLoading: null,
  };
  mkdirSync(join(root, dist, 'rsc'), { recursive: true });
  writeFileSync(join(root, dist, 'rsc/client-manifest.json'), `${JSON.stringify(clientManifest, null, 2)}\n`);
  writeFileSync(join(root, dist, 'rsc/ssr-manifest.json'), `${JSON.stringify(consumerManifest, null, 2)}\n`);

  await build({
    ...common,
    plugins: [actionc({ layer: 'client' }), clientModulesModule(clientModules)],
    ssr: { noExternal: true, external: ['actionc'] },
    build: serverBuild('app/framework/entry.ssr.tsx', `${dist}/ssr`),
  });
  await build({
    ...common,
    plugins: [actionc({ layer: 'client' }), clientModulesModule(clientModules)],
    build: {
      outDir: `${dist}/client`, emptyOutDir: true, minify: false, target: 'es2022',
      rollupOptions: { input: 'app/framework/entry.browser.tsx', output: { entryFileNames: 'client.js' }, onwarn },
    },
  });
  return { clientModules: list };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await buildApp({ logLevel: 'info' }));
