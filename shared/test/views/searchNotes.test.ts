import { describe, expect, it } from 'vitest'
import { addNote } from '../../src/ops/addNote.ts'
import { setNoteFields } from '../../src/ops/setNoteFields.ts'
import { foldForSearch, noteMatches, searchNotes } from '../../src/views/searchNotes.ts'
import { at, testBoard } from '../testBoard.ts'

describe('searching the notes of a board', () => {
  it('finds a two-character Chinese substring, and English words whatever their case or width', () => {
    expect(noteMatches({ text: '试用开通需要好几天', tags: [] }, '开通')).toBe(true)
    expect(noteMatches({ text: 'Pricing page unclear', tags: [] }, 'PRICING')).toBe(true)
    expect(noteMatches({ text: 'ＳＳＯ setup fails', tags: [] }, 'sso')).toBe(true)
    expect(foldForSearch('Ｐｒｉｃｅ　１２')).toBe('price 12')
  })

  it('needs every word, in the text or a tag, and finds nothing for an empty query', () => {
    const note = { text: 'Trial setup takes days', tags: ['onboarding'] }
    expect(noteMatches(note, 'setup onboarding')).toBe(true)
    expect(noteMatches(note, 'setup pricing')).toBe(false)
    expect(noteMatches(note, '   ')).toBe(false)
  })

  it('answers in reading order: stage by stage, lane by lane, then as ordered in the cell', () => {
    const board = testBoard()
    const [stage0, stage1] = [at(board.stageIds, 0), at(board.stageIds, 1)]
    const [lane0, lane1] = [at(board.laneIds, 0), at(board.laneIds, 1)]
    const add = (stageId: string, laneId: string, text: string, index?: number) =>
      addNote(board.doc, { stageId, laneId, text, author: 'a', now: 1, index }, board.origin)
    add(stage1, lane0, 'price d')
    add(stage0, lane1, 'price c')
    add(stage0, lane0, 'price b')
    add(stage0, lane0, 'price a', 0)
    const other = add(stage0, lane0, 'nothing here')
    setNoteFields(board.doc, { noteId: other, tags: ['Price'], now: 2 }, board.origin)
    const view = board.view()
    const texts = searchNotes(view.notes, view.stages, view.lanes, 'price').map((note) => note.text)
    expect(texts).toEqual(['price a', 'price b', 'nothing here', 'price c', 'price d'])
    // Notes of stages or lanes not shown (another map's) are not hits.
    const onlyFirstStage = searchNotes(view.notes, view.stages.slice(0, 1), view.lanes, 'price')
    expect(onlyFirstStage.map((note) => note.text)).toEqual(['price a', 'price b', 'nothing here', 'price c'])
  })
})
