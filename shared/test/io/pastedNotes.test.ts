import { describe, expect, it } from 'vitest'
import { MAX_PASTED_NOTES, notesFromCopiedJson, notesFromPastedText } from '../../src/io/pastedNotes.ts'

describe('notes from the clipboard', () => {
  it('makes one note per line, and one per cell of a spreadsheet table, row by row', () => {
    expect(notesFromPastedText('Slow quote\r\n\nPricing unclear\n').map((n) => n.text)).toEqual([
      'Slow quote',
      'Pricing unclear',
    ])
    expect(notesFromPastedText('报价慢\t定价不清\n\tSSO fails\t\n').map((n) => n.text)).toEqual([
      '报价慢',
      '定价不清',
      'SSO fails',
    ])
    expect(notesFromPastedText('x\n'.repeat(MAX_PASTED_NOTES + 5))).toHaveLength(MAX_PASTED_NOTES)
  })

  it('reads notes copied from a board, keeping only what a note may hold', () => {
    const copied = JSON.stringify([
      { text: 'Slow quote', color: 'pink', tags: ['报价', 3], emotion: -2 },
      { text: 'Odd', color: 'neon', emotion: 'high', extra: '<script>' },
      { color: 'blue' },
      'plain',
    ])
    expect(notesFromCopiedJson(copied)).toEqual([
      { text: 'Slow quote', color: 'pink', tags: ['报价'], emotion: -2 },
      { text: 'Odd', color: undefined, tags: [], emotion: null },
    ])
    expect(notesFromCopiedJson('{not json')).toEqual([])
    expect(notesFromCopiedJson('{"text":"x"}')).toEqual([])
  })
})
