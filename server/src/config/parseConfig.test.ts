import { describe, expect, it } from 'vitest'
import { DEFAULT_HTTP_OPTIONS } from '../http/httpOptions.ts'
import { DEFAULT_LIMITS } from '../relay/limits.ts'
import { parseConfig } from './parseConfig.ts'

const accepted = (env: Record<string, string>) => {
  const parsed = parseConfig(env)
  if (!parsed.ok) throw new Error(`refused: ${parsed.problems.join('; ')}`)
  return parsed.config
}
const refusals = (env: Record<string, string>) => {
  const parsed = parseConfig(env)
  if (parsed.ok) throw new Error(`accepted ${JSON.stringify(env)}`)
  return parsed.problems
}

describe('parseConfig', () => {
  it('gives the defaults createApp has for an empty environment', () => {
    const config = accepted({})
    expect(config.PORT).toBe(8787)
    expect(config.HOST).toBe('127.0.0.1')
    expect(config.DATA_DIR).toBe('./data')
    expect(config.MAX_DOC_BYTES).toBe(DEFAULT_LIMITS.maxDocBytes)
    expect(config.HEARTBEAT_MS).toBe(DEFAULT_LIMITS.heartbeatMs)
    expect(config.RATE_REQUESTS_PER_MINUTE).toBe(DEFAULT_HTTP_OPTIONS.requestsPerMinute)
    expect(config.CORS_ORIGINS).toEqual([])
    expect(config.TRUST_PROXY).toBe(false)
    expect(config.ORPHAN_SWEEP_MS).toBe(3_600_000)
    for (const optional of [
      'AUTH_SECRET',
      'DATABASE_URL',
      'REDIS_URL',
      'CHROMIUM_PATH',
      'CLIENT_DIR',
    ] as const)
      expect(config[optional]).toBeUndefined()
  })

  it('treats an empty value as unset', () => {
    const config = accepted({
      PORT: '',
      MAX_DOC_BYTES: '',
      TRUST_PROXY: '',
      DATABASE_URL: '',
      AUTH_SECRET: '',
    })
    expect(config.PORT).toBe(8787)
    expect(config.MAX_DOC_BYTES).toBe(DEFAULT_LIMITS.maxDocBytes)
    expect(config.TRUST_PROXY).toBe(false)
    expect(config.DATABASE_URL).toBeUndefined()
    expect(config.AUTH_SECRET).toBeUndefined()
  })

  it('reads good values of every kind', () => {
    const config = accepted({
      PORT: '0',
      HOST: '::1',
      MAX_DOC_BYTES: '1048576',
      RATE_BOARDS_PER_MINUTE: '0',
      HIBERNATE_AFTER_MS: '0',
      TRUST_PROXY: 'YES',
      CORS_ORIGINS: ' https://a.example , http://localhost:5173,',
      DATABASE_URL: 'postgresql://jm:secret@db.internal:5432/journeymap',
      REDIS_URL: '/run/redis/redis.sock',
      DATA_DIR: '/var/lib/journeymap',
      AUTH_SECRET: ' any text at all ',
    })
    expect(config).toMatchObject({
      PORT: 0,
      HOST: '::1',
      MAX_DOC_BYTES: 1_048_576,
      RATE_BOARDS_PER_MINUTE: 0,
      HIBERNATE_AFTER_MS: 0,
      TRUST_PROXY: true,
      CORS_ORIGINS: ['https://a.example', 'http://localhost:5173'],
      DATABASE_URL: 'postgresql://jm:secret@db.internal:5432/journeymap',
      REDIS_URL: '/run/redis/redis.sock',
      DATA_DIR: '/var/lib/journeymap',
      AUTH_SECRET: ' any text at all ',
    })
    expect(accepted({ TRUST_PROXY: '0' }).TRUST_PROXY).toBe(false)
    expect(accepted({ REDIS_URL: 'rediss://cache.internal:6380/2' }).REDIS_URL).toBe(
      'rediss://cache.internal:6380/2',
    )
  })

  it('names the variable, the value and what is accepted', () => {
    expect(refusals({ MAX_DOC_BYTES: '64MB' })).toEqual([
      'MAX_DOC_BYTES="64MB" is not accepted: a whole number of bytes from 1024 to 1073741824',
    ])
    expect(refusals({ RATE_SOCKETS_PER_MINUTE: 'off' })).toEqual([
      'RATE_SOCKETS_PER_MINUTE="off" is not accepted: a whole number of connections per minute from 0 (off) to 1000000',
    ])
  })

  it.each([
    ['a unit after the number', 'MAX_BODY_BYTES', '5MB'],
    ['an exponent', 'MAX_MESSAGE_BYTES', '1e6'],
    ['a fraction', 'MAX_CONNECTIONS_PER_ROOM', '1.5'],
    ['a negative number', 'ROOM_GRACE_MS', '-1'],
    ['surrounding space', 'PORT', ' 8080'],
    ['below the range', 'MAX_CONNECTIONS_PER_ADDRESS', '0'],
    ['seconds where milliseconds are meant', 'HEARTBEAT_MS', '30'],
    ['above the range', 'PORT', '65536'],
    ['past what a timer can wait', 'ORPHAN_SWEEP_MS', '2147483648'],
    ['a misspelt flag', 'TRUST_PROXY', 'ture'],
    ['an origin with a path', 'CORS_ORIGINS', 'https://a.example/'],
    ['a wildcard origin', 'CORS_ORIGINS', '*'],
    ['another database', 'DATABASE_URL', 'mysql://db.internal/journeymap'],
    ['a URL without scheme', 'REDIS_URL', 'cache.internal:6379'],
    ['a host with a scheme', 'HOST', 'http://0.0.0.0'],
  ])('refuses %s (%s=%j)', (_, name, value) => {
    const [problem, ...others] = refusals({ [name]: value })
    expect(others).toEqual([])
    const prefix = `${name}=${JSON.stringify(value)} is not accepted: `
    expect(problem?.slice(0, prefix.length)).toBe(prefix)
    expect(problem?.length).toBeGreaterThan(prefix.length)
  })

  it('reports every bad variable at once, in table order, and only those', () => {
    const problems = refusals({
      TRUST_PROXY: 'maybe',
      PORT: 'http',
      MAX_DOC_BYTES: '64MB',
      HOST: 'localhost',
    })
    expect(problems.map((problem) => problem.split('=')[0])).toEqual(['PORT', 'MAX_DOC_BYTES', 'TRUST_PROXY'])
  })

  it('does not repeat the password of a refused URL', () => {
    const [problem] = refusals({ DATABASE_URL: 'postgress://jm:hunter2@db.internal/journeymap' })
    expect(problem).not.toContain('hunter2')
    expect(problem).toBe(
      'DATABASE_URL="postgress://jm:***@db.internal/journeymap" is not accepted: a postgres:// or postgresql:// URL',
    )
  })
})
