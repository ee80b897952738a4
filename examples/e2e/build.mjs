// Builds both layers with Vite and the actionc plugin: dist/client (the browser's bundle,
// 'use server' modules as stubs) and dist/server (SSR entry with registrations, plus
// actions.manifest.json). Needs ACTIONC_ENCRYPTION_KEY (the server must use the same key)
// and the compiler (ACTIONC_BIN or `actionc` on PATH).
import { build } from 'vite';
import actionc from 'actionc-plugins/vite';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

export async function buildApp({ logLevel = 'warn' } = {}) {
  if (!process.env.ACTIONC_ENCRYPTION_KEY) throw new Error('set ACTIONC_ENCRYPTION_KEY (actionc keygen) for the build and the server');
  const common = { root, configFile: false, logLevel, esbuild: { jsx: 'automatic' }, plugins: [actionc()] };
  await build({
    ...common,
    build: {
      outDir: 'dist/client', emptyOutDir: true, minify: false,
      rollupOptions: { input: 'app/client.tsx', output: { entryFileNames: 'client.js' } },
    },
  });
  await build({
    ...common,
    build: { outDir: 'dist/server', emptyOutDir: true, minify: false, ssr: 'app/server-entry.tsx' },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildApp({ logLevel: 'info' });
