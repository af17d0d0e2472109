/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// In `npm run dev` the gateway (port 8080, e.g. from deploy/run.sh) answers the API, sign-in and open data.
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:8080'
// API calls keep this server's Host (the gateway then sees a same-origin call); sign-in and sign-out go out with the
// gateway's own Host, because Keycloak only sends browsers back to the registered http://localhost:8080/*.
const sameOrigin = ['/api', '/public', '/open-data']
const signIn = ['/login', '/logout']

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    // the gateway's CSP allows no inline script or style: keep every asset a file
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: Object.fromEntries([
      ...sameOrigin.map((p) => [p, { target: gateway, changeOrigin: false }]),
      ...signIn.map((p) => [p, { target: gateway, changeOrigin: true }]),
    ]),
  },
  test: {
    // pure logic runs in Node; component tests ask for jsdom in their first line
    environment: 'node',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
  },
})
