#!/usr/bin/env node
// One peer measurement in its own process (run.mjs starts it under /usr/bin/time -v so the
// peak RSS of the process and all of its worker threads is measured the same way as actionc's).
//
//   node peer.mjs --peer next|vite-rsc --root ROOT --list FILES.json --threads 1|2 --key BASE64
//                 [--options loader|minimal]   (Next: next-swc-loader's options, or the actions transform alone)
//
// --threads 1: everything on the main thread (synchronous calls, one file after another).
// --threads N>1: N worker_threads pull files from a shared atomic counter; the main thread only waits.
// --threads async [--concurrency 16]: main thread, async APIs (Next: swc.transform on the libuv
//   pool, default UV_THREADPOOL_SIZE=4, as next-swc-loader under webpack; Vite: parseAstAsync),
//   16 files in flight.
// Prints one JSON line: {files, bytes, outBytes, errors, firstErrors, setupMs, workMs, wallMs, phases, maxRSSKiB}.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);

// A module-level 'use server' directive: in the prologue, after comments and other directives.
// Such modules are in both graphs (imported by client components); modules with only inline
// 'use server' functions (server components) are compiled for the server graph only.
// Each alternative starts with a different character, so a long run of whitespace cannot be
// split in exponentially many ways (`\s+` inside the `*` hung on dub's lib/qr/codegen.ts).
const MODULE_USE_SERVER = /^(?:\s|;|\/\/[^\n]*|\/\*[\s\S]*?\*\/|(['"])use (?:strict|client)\1)*(['"])use server\2/;
export const isUseServerModule = (source) => MODULE_USE_SERVER.test(source);

// ---------------------------------------------------------------------------------------------
// Next.js: the SWC transform exactly as next-swc-loader calls it (getLoaderSWCOptions + transform)
// for the layers an App Router production build compiles a module in.
// ---------------------------------------------------------------------------------------------
// `options`: 'loader', what next-swc-loader passes (every transform Next runs on a module),
// or 'minimal', the server-actions transform alone (parser, target, serverActions): the
// least a bundler could ask Next's SWC for to do what actionc does.
async function setupNext({ root, key, options: optionSet = 'loader' }) {
  const swc = require('next/dist/build/swc');
  await swc.loadBindings(); // native @next/swc-linux-x64-gnu; throws if only wasm were available
  const { getLoaderSWCOptions } = require('next/dist/build/swc/options');
  const { WEBPACK_LAYERS } = require('next/dist/lib/constants');
  const { MODERN_BROWSERSLIST_TARGET } = require('next/dist/shared/lib/constants');
  const tsconfig = path.join(root, 'tsconfig.json');
  const jsConfig = fs.existsSync(tsconfig) ? readJsonc(tsconfig) : {};
  const appDir = path.join(root, 'app');
  // As webpack-config.js builds them: swcServerLayerLoader (rsc, server compiler) and
  // swcBrowserLayerLoader (app-pages-browser, client compiler). Both: serverComponents: true, esm: true.
  const layers = {
    rsc: { isServer: true, bundleLayer: WEBPACK_LAYERS.reactServerComponents },
    client: { isServer: false, bundleLayer: WEBPACK_LAYERS.appPagesBrowser },
  };
  const optionsFor = (filename, layer) => {
    const { isServer, bundleLayer } = layers[layer];
    const o = getLoaderSWCOptions({
      filename,
      isServer,
      pagesDir: undefined,
      appDir,
      isPageFile: false,
      development: false,
      isCacheComponents: false, // next.config defaults after config.js normalisation
      hasReactRefresh: false,
      configDir: root,
      modularizeImports: undefined,
      optimizePackageImports: undefined,
      swcPlugins: undefined,
      swcEnvOptions: undefined,
      compilerOptions: undefined,
      optimizeServerReact: true, // next.config default (experimental.optimizeServerReact: true)
      jsConfig,
      supportedBrowsers: MODERN_BROWSERSLIST_TARGET,
      swcCacheDir: path.join(root, '.next', 'cache', 'swc'),
      relativeFilePathFromRoot: path.relative(root, filename),
      serverComponents: true,
      serverReferenceHashSalt: key,
      bundleLayer,
      esm: true,
      cacheHandlers: undefined,
      useCacheEnabled: false, // experimental.useCache defaults to cacheComponents (false)
      taintEnabled: false,
      trackDynamicImports: false,
      pageExtensions: ['tsx', 'ts', 'jsx', 'js'],
    });
    if (optionSet === 'minimal') {
      return {
        filename, sourceMaps: false,
        jsc: { parser: o.jsc.parser, target: 'esnext', experimental: { keepImportAttributes: true } },
        serverActions: o.serverActions, isServerCompiler: o.isServerCompiler, isDevelopment: false,
      };
    }
    // next-swc-loader's programmatic options (production: webpack sourceMap off for the server by default)
    return { ...o, filename, sourceMaps: false, inlineSourcesContent: false, sourceFileName: filename };
  };
  const phases = { rsc: 0, client: 0 };
  return {
    phases,
    async file(filename, source, useAsync) {
      // 'use server' modules go through both layers (server: registrations; client:
      // createServerReference stubs); every other module, including server components with
      // inline actions (hoisted in the rsc layer), through the server (rsc) layer only.
      let out = 0;
      let t = performance.now();
      // async: bindings.transform runs on the libuv thread pool, as next-swc-loader calls it
      const run = (layer) => useAsync ? swc.transform(source, optionsFor(filename, layer)) : swc.transformSync(source, optionsFor(filename, layer));
      const r = await run('rsc');
      out += r.code.length;
      let t2 = performance.now();
      phases.rsc += t2 - t;
      if (isUseServerModule(source)) {
        const c = await run('client');
        out += c.code.length;
        phases.client += performance.now() - t2;
      }
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Vite + @vitejs/plugin-rsc: what a Vite build does per module before/around the plugin's
// 'rsc:use-server' transform hook: vite:oxc strips TS/JSX (filter /\.(m?ts|[jt]sx)$/), every
// module is parsed, then for code containing "use server" the plugin re-parses with
// parseAstAsync and runs transformServerActionServer (rsc environment) and
// transformDirectiveProxyExport (client environment), with the same runtime/encode/decode
// callbacks as plugin-DJhdAGBA.js.
// ---------------------------------------------------------------------------------------------
async function setupViteRsc({ root }) {
  const vite = await import('vite');
  const { parseAstAsync, transformWithOxc } = vite;
  const t = await import('@vitejs/plugin-rsc/transforms');
  const { hasDirective, transformServerActionServer, transformDirectiveProxyExport, transformExpandExportAll } = t;
  const oxcFilter = /\.(m?ts|[jt]sx)$/;
  const phases = { oxcTransform: 0, parse: 0, rscServer: 0, rscClient: 0 };
  const refKey = (id) => '/' + path.relative(root, id); // plugin-rsc uses a hash of the id in build; same cost order
  const expandCtx = {
    resolve: async () => { throw new Error('export * not expected in the generated project'); },
    load: async () => { throw new Error('export * not expected in the generated project'); },
  };
  return {
    phases,
    async file(filename, source) {
      let out = 0;
      let t0 = performance.now();
      let code = source;
      if (oxcFilter.test(filename)) {
        const r = await transformWithOxc(source, filename, { jsx: { runtime: 'automatic' }, sourcemap: false });
        code = r.code;
      }
      let t1 = performance.now();
      phases.oxcTransform += t1 - t0;
      await parseAstAsync(code); // the bundler's parse of every module
      let t2 = performance.now();
      phases.parse += t2 - t1;
      if (!code.includes('use server')) return code.length;
      const key = refKey(filename);
      // rsc environment
      let ast = await parseAstAsync(code);
      if (hasDirective(ast.body, 'use server')) {
        const expanded = await transformExpandExportAll({ code, ast, importer: filename, ...expandCtx });
        if (expanded) { code = expanded.code; ast = await parseAstAsync(code); }
      }
      const getActionId = (name) => `${key}#${name}`;
      const result = transformServerActionServer(code, ast, {
        runtime: (value, name) => `$$ReactServer.registerServerReference(${value}, ${JSON.stringify(key)}, ${JSON.stringify(name)})`,
        rejectNonAsyncFunction: true,
        encode: (value, name) => `__vite_rsc_encryption_runtime.encryptActionBoundArgs(${value}, ${JSON.stringify(getActionId(name))})`,
        decode: (value, name) => `await __vite_rsc_encryption_runtime.decryptActionBoundArgs(${value}, ${JSON.stringify(getActionId(name))})`,
      });
      if (result.output.hasChanged()) {
        result.output.prepend(`import * as $$ReactServer from "@vitejs/plugin-rsc/react/rsc/server";\n`);
        result.output.prepend(`import * as __vite_rsc_encryption_runtime from "@vitejs/plugin-rsc/utils/encryption-runtime";\n`);
        out += result.output.toString().length;
        out += JSON.stringify(result.output.generateMap({ hires: 'boundary' })).length;
      }
      let t3 = performance.now();
      phases.rscServer += t3 - t2;
      // client environment (only 'use server' modules are in the client graph)
      if (!isUseServerModule(source)) { return out; }
      const cast = await parseAstAsync(code);
      if (hasDirective(cast.body, 'use server')) {
        const r = transformDirectiveProxyExport(cast, {
          code,
          runtime: (name) => `$$ReactClient.createServerReference(${JSON.stringify(key + '#' + name)},$$ReactClient.callServer, undefined, undefined,${JSON.stringify(name)})`,
          directive: 'use server',
          rejectNonAsyncFunction: true,
        });
        if (r && r.output.hasChanged()) {
          r.output.prepend(`import * as $$ReactClient from "@vitejs/plugin-rsc/react/browser";\n`);
          out += r.output.toString().length;
        }
      }
      phases.rscClient += performance.now() - t3;
      return out;
    },
  };
}

function readJsonc(file) {
  const raw = fs.readFileSync(file, 'utf8');
  try { return JSON.parse(raw); } catch {}
  // tsconfig with comments / trailing commas (strings containing '/*' are not handled)
  const text = raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/,(\s*[}\]])/g, '$1');
  return JSON.parse(text);
}

// Pull files from the shared counter until none are left.
// concurrency > 1: that many files in flight on this thread (async APIs overlap on the libuv
// pool / native threads), as a bundler's main thread issues loader/transform calls.
async function work({ peer, root, key, options, files, counter, concurrency = 1 }) {
  const tSetup = performance.now();
  const p = peer === 'next' ? await setupNext({ root, key, options }) : await setupViteRsc({ root, key });
  const setupMs = performance.now() - tSetup;
  const tWork = performance.now();
  let n = 0, bytes = 0, outBytes = 0, errors = 0;
  const firstErrors = [];
  const loop = async () => {
    for (;;) {
      const i = Atomics.add(counter, 0, 1);
      if (i >= files.length) break;
      const rel = files[i];
      const filename = path.join(root, rel);
      const source = concurrency > 1 ? await fs.promises.readFile(filename, 'utf8') : fs.readFileSync(filename, 'utf8');
      bytes += Buffer.byteLength(source);
      n++;
      try {
        outBytes += await p.file(filename, source, concurrency > 1);
      } catch (e) {
        errors++;
        if (firstErrors.length < 5) firstErrors.push(`${rel}: ${String(e && e.message || e).slice(0, 400)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { files: n, bytes, outBytes, errors, firstErrors, setupMs, workMs: performance.now() - tWork, phases: p.phases };
}

function parseArgs(argv) {
  const a = { threads: 1 };
  for (let i = 2; i < argv.length; i++) {
    const k = argv[i], v = argv[++i];
    if (k === '--peer') a.peer = v;
    else if (k === '--root') a.root = v;
    else if (k === '--list') a.list = v;
    else if (k === '--threads') a.threads = v === 'async' ? 'async' : parseInt(v, 10);
    else if (k === '--concurrency') a.concurrency = parseInt(v, 10);
    else if (k === '--key') a.key = v;
    else if (k === '--options') a.options = v;
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

if (isMainThread) {
  const args = parseArgs(process.argv);
  const files = JSON.parse(fs.readFileSync(args.list, 'utf8'));
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const t0 = performance.now();
  let parts;
  if (args.threads === 'async') {
    parts = [await work({ ...args, files, counter, concurrency: args.concurrency ?? 16 })];
  } else if (args.threads <= 1) {
    parts = [await work({ ...args, files, counter, concurrency: 1 })];
  } else {
    parts = await Promise.all(Array.from({ length: args.threads }, () => new Promise((resolve, reject) => {
      const w = new Worker(new URL(import.meta.url), { workerData: { ...args, files, counter, concurrency: 1 } });
      w.once('message', resolve);
      w.once('error', reject);
    })));
  }
  const sum = (k) => parts.reduce((s, p) => s + p[k], 0);
  const phases = {};
  for (const p of parts) for (const [k, v] of Object.entries(p.phases)) phases[k] = (phases[k] ?? 0) + v;
  const res = {
    peer: args.peer, threads: args.threads,
    files: sum('files'), bytes: sum('bytes'), outBytes: sum('outBytes'), errors: sum('errors'),
    firstErrors: parts.flatMap((p) => p.firstErrors).slice(0, 5),
    setupMs: Math.max(...parts.map((p) => p.setupMs)),
    workMs: Math.max(...parts.map((p) => p.workMs)),
    runMs: performance.now() - t0, // setup + work as seen by the main thread
    wallMs: performance.now(), // since process start (includes node startup)
    phases, // summed over threads (CPU-ish ms, not wall)
    maxRSSKiB: process.resourceUsage().maxRSS,
  };
  process.stdout.write(JSON.stringify(res) + '\n');
} else {
  const r = await work(workerData);
  parentPort.postMessage(r);
}
