// Builds the app with webpack 5, three compilers, actionc compiling 'use server' through
// actionc-plugins/webpack (its loader, a `pre` rule, and its plugin):
//   dist/client  the browser bundle (react-server-dom-webpack/client): actions are actionc
//                client stubs; ReactFlightWebpackPlugin puts each 'use client' module in
//                its own chunk and writes react-client-manifest.json;
//   dist/rsc     the RSC bundle (`react-server` condition): actions get actionc's server
//                layer, every live action module is included, and the plugin writes
//                actions.manifest.json and react-server-manifest.json (actionc ID →
//                webpack module id + export), which React's decodeAction, decodeFormState
//                and decodeReply resolve through; 'use client' modules are client
//                references (client-reference-loader.cjs);
//   dist/ssr     react-dom/server + react-server-dom-webpack/client.node with the client
//                components real and actions as stubs; ssr-manifest.json maps the client
//                manifest's module ids to this bundle's (the same named ids).
// Needs ACTIONC_ENCRYPTION_KEY (the server must use the same key) and the compiler
// (ACTIONC_BIN or `actionc` on PATH).
import webpack from 'webpack';
import ReactFlightWebpackPlugin from 'react-server-dom-webpack/plugin';
import { ActioncWebpackPlugin } from 'actionc-plugins/webpack';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const extensions = ['.tsx', '.ts', '.mjs', '.js', '.cjs'];
const tsxRule = (extra = []) => ({ test: /\.tsx?$/, exclude: /node_modules/, use: [join(root, 'tsx-loader.cjs'), ...extra] });

const common = {
  mode: 'production',
  context: root,
  devtool: false,
  // Named module ids: the SSR bundle finds client components under the client's ids.
  optimization: { moduleIds: 'named', chunkIds: 'named', minimize: false },
  infrastructureLogging: { level: 'error' },
};
// Node bundles are ES modules that import actionc/server (with its native addon) at run time.
const nodeBundle = (name, entry, conditionNames, extraLoaders, plugins, optimization = {}) => ({
  ...common,
  name,
  target: 'node20',
  entry: { [`entry.${name}`]: entry },
  experiments: { outputModule: true },
  output: { path: join(root, 'dist', name), filename: '[name].mjs', module: true, chunkFormat: 'module', library: { type: 'module' }, clean: true },
  externalsType: 'module',
  externals: { 'actionc/server': 'actionc/server' },
  resolve: { extensions, conditionNames },
  module: { rules: [tsxRule(extraLoaders)] },
  optimization: { ...common.optimization, ...optimization },
  plugins,
});

function run(config) {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true, errorDetails: true })));
      resolve(stats);
    });
  });
}

export async function buildApp() {
  if (!process.env.ACTIONC_ENCRYPTION_KEY) throw new Error('set ACTIONC_ENCRYPTION_KEY (actionc keygen) for the build and the server');
  await run({
    ...common,
    name: 'client',
    target: 'web',
    entry: { main: './app/framework/entry.browser.tsx' },
    output: { path: join(root, 'dist/client'), filename: '[name].js', publicPath: '/client/', clean: true },
    resolve: { extensions },
    module: { rules: [tsxRule()] },
    plugins: [
      new ActioncWebpackPlugin(),
      new ReactFlightWebpackPlugin({ isServer: false, clientReferences: [{ directory: './app', recursive: true, include: /\.tsx?$/ }] }),
    ],
  });
  await run(nodeBundle('rsc', './app/framework/entry.rsc.tsx', ['react-server', 'node', 'import', 'require', 'default'],
    [join(root, 'client-reference-loader.cjs')], [new ActioncWebpackPlugin()]));
  // SSR: client components must keep their own module ids (no concatenation).
  await run(nodeBundle('ssr', './app/framework/entry.ssr.tsx', ['node', 'import', 'require', 'default'], [], [new ActioncWebpackPlugin()], { concatenateModules: false }));

  const clientManifest = JSON.parse(readFileSync(join(root, 'dist/client/react-client-manifest.json'), 'utf8'));
  const moduleMap = {};
  for (const { id } of Object.values(clientManifest)) moduleMap[id] = { '*': { id, chunks: [], name: '*' } };
  writeFileSync(join(root, 'dist/ssr/ssr-manifest.json'), `${JSON.stringify({ moduleMap, serverModuleMap: null, moduleLoading: null }, null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildApp();
  console.log('built dist/client, dist/rsc, dist/ssr');
}
