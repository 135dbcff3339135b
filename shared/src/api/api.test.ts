import { describe, expect, it } from 'vitest'
import {
  CreateBoardBody,
  CreatedBoard,
  ErrorAnswer,
  ExportQuery,
  ImportQuery,
  JoinBody,
  RotateLinkParams,
  readClaims,
  type TokenClaims,
  VersionList,
  validate,
} from './index.ts'

/** What travels on the wire: the value as JSON, read back. */
const overTheWire = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

/** A token as the server signs it; the signature is not read here. */
function tokenOf(claims: unknown): string {
  const utf8 = String.fromCharCode(...new TextEncoder().encode(JSON.stringify(claims)))
  const payload = btoa(utf8).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  return `v1.${payload}.signature`
}

describe('the HTTP API schemas', () => {
  it('read back a valid body or answer as it was sent', () => {
    const body: CreateBoardBody = {
      title: 'Onboarding',
      template: 'seed003-saas',
      mapType: 'futureState',
      locale: 'zh-CN',
      persona: { name: 'Mei', role: 'decisionMaker', jobTitle: 'CTO' },
      segment: 'Mid-size manufacturers',
      id: 'onboarding-q3',
    }
    expect(validate(CreateBoardBody, overTheWire(body))).toEqual({ ok: true, value: body })
    const created: CreatedBoard = {
      id: 'b1',
      title: '',
      tokens: { facilitator: 'f', editor: 'e', viewer: 'v' },
      links: { facilitator: '/b/b1#token=f', editor: '/b/b1#token=e', viewer: '/b/b1#token=v' },
    }
    expect(validate(CreatedBoard, overTheWire(created))).toEqual({ ok: true, value: created })
    const versions = { versions: [{ id: 'v1', board: 'b1', name: 'after', createdAt: 1, author: 'Mei' }] }
    expect(validate(VersionList, overTheWire(versions))).toEqual({ ok: true, value: versions })
  })

  it('refuse a bad one, naming the first offending field', () => {
    expect(validate(CreateBoardBody, { title: 42 })).toMatchObject({ ok: false, field: 'title' })
    expect(validate(CreateBoardBody, { persona: { name: '  ' } })).toMatchObject({
      ok: false,
      field: 'persona.name',
    })
    expect(validate(CreateBoardBody, { id: '../etc' })).toMatchObject({ ok: false, field: 'id' })
    expect(validate(JoinBody, { name: ['Mei'] })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^name: /),
    })
    expect(validate(RotateLinkParams, { role: 'owner' })).toMatchObject({ ok: false, field: 'role' })
    expect(validate(ExportQuery, { format: 'docx' })).toMatchObject({ ok: false, field: 'format' })
    const missingLink = {
      id: 'b1',
      title: '',
      tokens: { facilitator: 'f', editor: 'e', viewer: 'v' },
      links: {},
    }
    expect(validate(CreatedBoard, missingLink)).toMatchObject({ ok: false, field: 'links.facilitator' })
    expect(validate(ErrorAnswer, '<html>')).toMatchObject({
      ok: false,
      field: null,
      error: expect.stringMatching(/^body: /),
    })
  })

  it('trim names and fill in what a query leaves out', () => {
    expect(validate(JoinBody, { name: '  Mei ' })).toEqual({ ok: true, value: { name: 'Mei' } })
    expect(validate(ExportQuery, {})).toEqual({ ok: true, value: { format: 'json' } })
    expect(validate(ImportQuery, { title: 'Q3', locale: 'fr' })).toEqual({
      ok: true,
      value: { title: 'Q3', locale: 'en' },
    })
  })
})

describe('reading a token', () => {
  it('gives its claims, names in any script included, and drops what is not a claim', () => {
    const claims: TokenClaims = { board: 'b1', role: 'editor', gen: 2, participant: 'p1', name: '陈美' }
    expect(readClaims(tokenOf({ ...claims, extra: true }))).toEqual(claims)
    expect(readClaims(tokenOf({ board: 'b1', role: 'viewer', gen: 0 }))).toEqual({
      board: 'b1',
      role: 'viewer',
      gen: 0,
    })
  })

  it('is null for anything that is not a token of a known role', () => {
    expect(readClaims('')).toBeNull()
    expect(readClaims('v1')).toBeNull()
    expect(readClaims('v1.%%%.signature')).toBeNull()
    expect(readClaims(`v1.${btoa('not json')}.signature`)).toBeNull()
    expect(readClaims(tokenOf({ board: 'b1', role: 'owner', gen: 0 }))).toBeNull()
    expect(readClaims(tokenOf({ board: 'b1', role: 'editor' }))).toBeNull()
  })
})
