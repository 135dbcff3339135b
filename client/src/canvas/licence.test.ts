import { describe, expect, it } from 'vitest'
import { licenceKeyMissing } from './licence.ts'

const at = (url: string) => new URL(url)

describe('licenceKeyMissing (when tldraw would hide the canvas for want of a key)', () => {
  it('is true only for a production build on a non-loopback HTTPS host without a key', () => {
    expect(licenceKeyMissing(at('https://journeys.example.com/b/x'), undefined, true)).toBe(true)
    expect(licenceKeyMissing(at('https://journeys.example.com/b/x'), 'tldraw-key', true)).toBe(false)
    expect(licenceKeyMissing(at('https://journeys.example.com/b/x'), undefined, false)).toBe(false)
  })

  it('is false where tldraw runs in development mode: plain HTTP and HTTPS on loopback', () => {
    expect(licenceKeyMissing(at('http://journeys.example.com/'), undefined, true)).toBe(false)
    expect(licenceKeyMissing(at('http://127.0.0.1:8787/'), undefined, true)).toBe(false)
    expect(licenceKeyMissing(at('https://localhost:8443/'), undefined, true)).toBe(false)
    expect(licenceKeyMissing(at('https://127.0.0.2/'), undefined, true)).toBe(false)
    expect(licenceKeyMissing(at('https://[::1]:8443/'), undefined, true)).toBe(false)
  })

  it('treats *.localhost as production in a production build, as tldraw does', () => {
    expect(licenceKeyMissing(at('http://board.localhost/'), undefined, true)).toBe(true)
  })
})
