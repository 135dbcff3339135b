import { describe, expect, it } from 'vitest'
import { changesDocument, loadFixture } from '../../../test/fixtures.ts'
import { metaOf } from '../root.ts'
import { initial } from './001-initial.ts'

describe('migration 001-initial', () => {
  it('gives a version-0 board an empty title and nothing else, once', () => {
    const doc = loadFixture(0)
    expect(metaOf(doc).has('title')).toBe(false)
    const before = metaOf(doc).toJSON()
    expect(changesDocument(doc, () => initial.up(doc))).toBe(true)
    expect(metaOf(doc).toJSON()).toEqual({ ...before, title: '' })
    expect(changesDocument(doc, () => initial.up(doc))).toBe(false)
  })
})
