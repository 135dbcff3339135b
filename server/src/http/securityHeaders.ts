import { secureHeaders } from 'hono/secure-headers'

/**
 * Security headers on every response. The policy allows only our own origin: scripts and
 * workers from 'self' (no inline script, no eval); images and fonts also from data: and blob:
 * (the canvas and its self-hosted fonts); connections to 'self', which covers ws(s) on our host,
 * plus data: and blob: URLs, which are local.
 * Inline styles are allowed because Solid and tldraw set style attributes; with no remote host
 * allowed anywhere, injected CSS has nowhere to send data.
 */
export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      // tldraw fetch()es its inlined icons (data:) and pasted images (blob:); neither leaves the machine.
      connectSrc: ["'self'", 'data:', 'blob:'],
      workerSrc: ["'self'", 'blob:'],
      manifestSrc: ["'self'"],
      mediaSrc: ["'self'", 'data:', 'blob:'],
      objectSrc: ["'none'"],
      frameSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: 'nosniff',
    // HSTS belongs to whoever terminates TLS (the reverse proxy); on plain HTTP browsers ignore it.
    strictTransportSecurity: false,
  })
