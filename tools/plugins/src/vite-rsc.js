// Working with @vitejs/plugin-rsc: actionc does the server-function transforms, plugin-rsc
// everything else ('use client', environments, Flight, CSS, its dev server and build).
//
//   client stubs   import React's createServerReference/callServer from plugin-rsc's own
//                  client runtime (`virtual:actionc/rsc-client` resolves to
//                  @vitejs/plugin-rsc/react/browser or /react/ssr per environment), so
//                  they are React references: encodeReply, useActionState and the
//                  no-JavaScript `$$FORM_ACTION` fields work as with plugin-rsc's own;
//   server layer   actionc's (registerServerReference with actionc's ID, encrypted
//                  captures); each module is claimed in plugin-rsc's reference registry
//                  (its experimental getPluginApi() manager), so plugin-rsc loads it in
//                  dev and bundles it in builds;
//   directives     'use server' directives are blanked out of actionc's server output
//                  (same length: source maps unchanged) by a normal-order plugin that runs
//                  after TypeScript is stripped and before plugin-rsc's own transform,
//                  which then finds nothing to do: no double registration;
//   lookups        `virtual:actionc/rsc` gives the RSC entry loadServerAction,
//                  decodeReply, decodeAction and decodeFormState that take actionc IDs:
//                  the runtime authenticates the ID and finds it in the manifest, then
//                  plugin-rsc loads `<its reference key>#<export>`.
import { resolve } from 'node:path';
import { cleanId } from './core.js';

export const RSC_CLIENT_RUNTIME = 'virtual:actionc/rsc-client';
export const RSC_SERVER_API = 'virtual:actionc/rsc';
const RESOLVED_SERVER_API = `\0${RSC_SERVER_API}`;
const CLAIM_OWNER = 'actionc';
const STRIP_PLUGIN = 'actionc:rsc-directives';

/** plugin-rsc's manager (its experimental getPluginApi()), or null without plugin-rsc. */
export function rscManagerOf(config) {
  return config.plugins?.find((plugin) => plugin.name === 'rsc:minimal')?.api?.manager ?? null;
}

/** The state one actionc() plugin keeps for plugin-rsc; `manager` is set at configResolved. */
export function createRscState() {
  return { manager: null, serverModules: new Set(), rscEnvironment: 'rsc' };
}

export function checkPluginOrder(config) {
  const names = (config.plugins ?? []).map((plugin) => plugin.name);
  const strip = names.indexOf(STRIP_PLUGIN);
  const theirs = names.indexOf('rsc:use-server');
  if (strip !== -1 && theirs !== -1 && strip > theirs) {
    throw new Error('actionc: list actionc() before rsc() in `plugins` (its directive pass must run before plugin-rsc\'s server-function transform)');
  }
}

/** resolveId for the two virtual modules (null: not ours). */
export async function resolveRscId(ctx, source, importer) {
  if (source === RSC_SERVER_API) return RESOLVED_SERVER_API;
  if (source !== RSC_CLIENT_RUNTIME) return null;
  const browser = ctx.environment?.config?.consumer === 'client';
  return ctx.resolve(browser ? '@vitejs/plugin-rsc/react/browser' : '@vitejs/plugin-rsc/react/ssr', importer, { skipSelf: true });
}

/**
 * After actionc compiled `id` for the server layer in plugin-rsc's setup: claim the
 * module (or drop the claim) in plugin-rsc's registry and remember it for the directive pass.
 */
export function claimServerModule(state, id, result) {
  const file = cleanId(id);
  const registry = state.manager.serverReferences;
  const exportNames = result.changed ? (result.actions ?? []).map((action) => action.export) : [];
  if (!exportNames.length) {
    registry.deleteClaim(CLAIM_OWNER, file);
    state.serverModules.delete(file);
    return;
  }
  registry.replaceClaim(CLAIM_OWNER, file, { ...registry.resolve(file, state.rscEnvironment), exportNames });
  state.serverModules.add(file);
}

/** Source of `virtual:actionc/rsc`: the manifest and each action module's reference key. */
export async function serverApiSource(state, compiler) {
  const manifestText = await compiler.manifest();
  const registry = state.manager.serverReferences;
  const references = {};
  for (const action of JSON.parse(manifestText).actions ?? []) {
    references[action.module] ??= registry.resolve(resolve(compiler.root, action.module), state.rscEnvironment).referenceKey;
  }
  return `import * as rsc from '@vitejs/plugin-rsc/rsc';
import * as ReactServer from '@vitejs/plugin-rsc/vendor/react-server-dom/server.edge';
import { loadActionManifestJson } from 'actionc/server';

const manifestText = ${JSON.stringify(manifestText)};
const references = ${JSON.stringify(references)};
let manifest = null;
const notFound = (id) => Object.assign(new Error('Failed to find Server Action "' + id + '"'), { code: 'ACTIONC_ACTION_NOT_FOUND', statusCode: 404 });

// The runtime authenticates the ID and finds it in the manifest (typed errors, 404);
// plugin-rsc then loads "<reference key>#<export>".
function referenceOf(id) {
  manifest ??= loadActionManifestJson(manifestText);
  const action = manifest.resolve(id);
  const key = references[action.module];
  if (!key) throw notFound(id);
  return key + '#' + action.export;
}

const pluginManifest = rsc.createServerManifest();
/** React's server manifest over actionc IDs. */
export const serverManifest = new Proxy({}, {
  get: (_target, id) => (typeof id === 'string' ? pluginManifest[referenceOf(id)] : undefined),
});

/** The action registered under actionc ID \`id\`. */
export async function loadServerAction(id) {
  const action = await rsc.loadServerAction(referenceOf(id));
  if (typeof action !== 'function' || action.$$id !== id) throw notFound(id);
  return action;
}
export const decodeReply = (body, options) => ReactServer.decodeReply(body, serverManifest, options);
export const decodeAction = (body) => ReactServer.decodeAction(body, serverManifest);
export const decodeFormState = (actionResult, body) => ReactServer.decodeFormState(actionResult, body, serverManifest);
`;
}

/** Load hook body for the resolved server API id (null: not ours). */
export function isServerApi(id) {
  return id === RESOLVED_SERVER_API;
}

/** In dev, `virtual:actionc/rsc` is stale once a module's actions changed. */
export function invalidateServerApi(server, state) {
  const graph = server?.environments?.[state.rscEnvironment]?.moduleGraph;
  const module = graph?.getModuleById(RESOLVED_SERVER_API);
  if (module) graph.invalidateModule(module);
}

/**
 * The directive pass: a normal-order plugin (after TypeScript is stripped, before
 * plugin-rsc's transform) that blanks every 'use server' directive of the modules actionc
 * compiled for the server layer, found with the bundler's own parser.
 */
export function directivePlugin(state) {
  return {
    name: STRIP_PLUGIN,
    transform(code, id) {
      if (!state.manager || this.environment?.name !== state.rscEnvironment) return null;
      if (!state.serverModules.has(cleanId(id)) || !code.includes('use server')) return null;
      const ranges = [];
      collectDirectives(this.parse(code), ranges);
      if (!ranges.length) return null;
      let out = code;
      for (const [start, end] of ranges) out = out.slice(0, start) + out.slice(start, end).replace(/[^\n]/g, ' ') + out.slice(end);
      return { code: out, map: null }; // same length, same lines: the map stands
    },
  };
}

// 'use server' directive statements of the program and of every function body.
function collectDirectives(node, ranges, isFunctionBody = false) {
  if (Array.isArray(node)) {
    for (const child of node) collectDirectives(child, ranges);
    return;
  }
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'Program' || (isFunctionBody && node.type === 'BlockStatement')) {
    for (const statement of node.body) {
      if (statement.type !== 'ExpressionStatement' || typeof statement.directive !== 'string') break;
      if (statement.directive === 'use server') ranges.push([statement.start, statement.end]);
    }
  }
  const isFunction = node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
  for (const [key, child] of Object.entries(node)) {
    if (child && typeof child === 'object') collectDirectives(child, ranges, isFunction && key === 'body');
  }
}
