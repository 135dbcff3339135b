import { afterNextPaint } from './sync/afterNextPaint.ts'

let registered = false

/**
 * Registers the service worker that precaches the app shell, so a board opened once reloads with
 * the server down. Called once the page's first view is painted: on a first visit, precaching the
 * whole app (the canvas chunk alone is ~2 MB) would otherwise compete with loading the board, on the
 * network and for the CPU (~200 ms of a 5,000-note board's first render on a two-core machine).
 */
export function registerOfflineShell(): void {
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return
  registered = true
  afterNextPaint(() => void navigator.serviceWorker.register('/sw.js', { scope: '/' }))
}
