// create-vite's react-ts layout with shadcn/ui's `@` alias (tsconfig.app.json has the same
// as `paths`), and an alias of Vite's own that tsconfig does not know.
// The plugin comes from the environment (the test points it at tools/plugins/src/vite.js).
import { fileURLToPath, URL } from 'node:url'

const { actionc } = await import(process.env.ACTIONC_VITE_PLUGIN as string)

export default {
  plugins: [actionc({ actionc: process.env.ACTIONC_BIN })],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '~server': fileURLToPath(new URL('./src/server', import.meta.url)),
    },
  },
}
