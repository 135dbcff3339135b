import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import solid from 'vite-plugin-solid'
import { ATTACHMENT_CACHE, ATTACHMENT_URL } from './src/sync/attachmentCache.ts'

export default defineConfig({
  // React JSX lives only in the canvas island's *.react.tsx files; everything else is Solid.
  plugins: [
    solid({ exclude: ['**/*.react.tsx'] }),
    // The precached app shell: a board opened once loads and edits with the server down
    // (its content comes from IndexedDB; see sync/openRoom.ts).
    VitePWA({
      registerType: 'autoUpdate',
      // Registered by the app once its first view is painted (src/offlineShell.ts).
      injectRegister: false,
      manifest: {
        name: 'Journey Map',
        short_name: 'Journey Map',
        description: 'Customer journey maps, built together, live or offline.',
        theme_color: '#1f2a44',
        background_color: '#f6f7f9',
        display: 'standalone',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,woff2,json,png}'],
        // The lazily loaded canvas chunk is near Workbox's 2 MiB default; a larger cap keeps it precached.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // Take over the page that registered it, so the first visit already works offline.
        clientsClaim: true,
        skipWaiting: true,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/sync\//, /^\/metrics/],
        runtimeCaching: [
          {
            // A board's file never changes under its hash: once seen, it is served from here, offline
            // too. Deleting the board here forgets them (sync/forgetBoardLocally.ts).
            urlPattern: ATTACHMENT_URL,
            handler: 'CacheFirst',
            options: {
              cacheName: ATTACHMENT_CACHE,
              expiration: { maxEntries: 1000 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
  ],
  // The dep optimizer cannot load @tldraw/assets' `?url` imports of translation JSON (the dev
  // server crashes with UNLOADABLE_DEPENDENCY); react's dev runtime is found late otherwise.
  optimizeDeps: { exclude: ['@tldraw/assets'], include: ['react/jsx-dev-runtime'] },
  build: {
    target: 'es2022',
    // The polyfill only makes `<link rel=modulepreload>` work in browsers without it (Safari before
    // 17): without it they still load every chunk, just one after another. It lived in the entry
    // chunk, which the 'app' group below leaves on its own, where it cost 0.4 kB gzip of first load.
    modulePreload: { polyfill: false },
    // The lazily loaded tldraw chunk is about 2 MB minified by design; the board's own first-load
    // budget is checked separately (tests/e2e/canvas-loading.test.ts).
    chunkSizeWarningLimit: 4000,
    // tldraw fetch()es its translations; an inlined one would be a data: URL, which the server's
    // Content-Security-Policy (connect-src 'self') rightly blocks. Small images may still inline.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    rolldownOptions: {
      // Everything the board loads first in one chunk, as one gzip stream. Without the group, a lazily
      // imported module that shares the i18n system or @jm/shared with the board made the bundler
      // split those off into chunks of their own, which cost the first load 2 to 4 kB gzip.
      output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return
        warn(warning)
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8787',
      '/sync': { target: 'ws://127.0.0.1:8787', ws: true },
    },
  },
})
