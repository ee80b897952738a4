// @vitejs/plugin-rsc's documented setup (its starter's shape) with actionc doing the
// server-function transforms. actionc() comes before rsc(): its directive pass must run
// before plugin-rsc's own server-function transform (which then finds nothing to do).
import actionc from 'actionc-plugins/vite';
import rsc from '@vitejs/plugin-rsc';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    actionc(),
    rsc({
      entries: {
        rsc: './src/framework/entry.rsc.tsx',
        ssr: './src/framework/entry.ssr.tsx',
        client: './src/framework/entry.browser.tsx',
      },
    }),
    react(),
  ],
});
