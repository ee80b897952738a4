import react from '@vitejs/plugin-react'
import actionc from 'actionc-plugins/vite'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [actionc({ keyFile: 'actionc.key' }), react()],
})
