import { describe, expect, it } from 'vitest'
import { RateLimiter } from './RateLimiter.ts'

describe('RateLimiter', () => {
  it('allows `limit` hits per window and says how long to wait after that', () => {
    let now = 0
    const limiter = new RateLimiter(3, 60_000, () => now)
    expect([limiter.hit('a'), limiter.hit('a'), limiter.hit('a')]).toEqual([0, 0, 0])
    now = 20_000
    expect(limiter.hit('a')).toBe(40_000)
    expect(limiter.hit('b')).toBe(0)
    now = 60_000
    expect(limiter.hit('a')).toBe(0)
  })

  it('keeps at most maxKeys windows however many addresses arrive, dropping the oldest', () => {
    let now = 0
    const limiter = new RateLimiter(1, 60_000, () => now, 100)
    for (let i = 0; i < 10_000; i++) {
      now = i
      limiter.hit(`10.0.${i >> 8}.${i & 255}`)
      expect(limiter.size).toBeLessThanOrEqual(100)
    }
    // the newest address is still limited; the oldest was forgotten and may try again
    expect(limiter.hit('10.0.39.15')).toBeGreaterThan(0)
    expect(limiter.hit('10.0.0.0')).toBe(0)
  })

  it('forgets expired windows when new addresses arrive', () => {
    let now = 0
    const limiter = new RateLimiter(5, 1000, () => now)
    for (let i = 0; i < 50; i++) limiter.hit(`a${i}`)
    now = 5000
    limiter.hit('late')
    expect(limiter.size).toBe(1)
  })
})
