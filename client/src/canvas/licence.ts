/**
 * tldraw's licence gate (read in @tldraw/editor's LicenseManager, verified in Chromium): over plain
 * HTTP, on a loopback host or in a development build it runs with a watermark; on any other HTTPS
 * host a production build without a key logs errors and, after 5 s, replaces the editor with an
 * empty element. We cannot lift that gate, but we can tell the operator why the canvas is blank.
 */

/** The key baked in at build time (VITE_TLDRAW_LICENSE_KEY); an empty value counts as none. */
export function configuredLicenceKey(): string | undefined {
  const key: unknown = import.meta.env.VITE_TLDRAW_LICENSE_KEY
  return typeof key === 'string' && key.trim() !== '' ? key.trim() : undefined
}

const isLoopback = (host: string) =>
  host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host)

/**
 * True when tldraw will hide the editor for want of a key. Mirrors LicenseManager.getIsDevelopment:
 * a production build counts as production except over plain HTTP or HTTPS on a loopback host, and
 * always on `*.localhost` hosts.
 */
export function licenceKeyMissing(
  where: { protocol: string; hostname: string },
  key: string | undefined,
  productionBuild: boolean,
): boolean {
  if (key || !productionBuild) return false
  const host = where.hostname.toLowerCase().replace(/^\[|\]$/g, '')
  if (host.endsWith('.localhost')) return true
  return where.protocol !== 'http:' && !(where.protocol === 'https:' && isLoopback(host))
}
