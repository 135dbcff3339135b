import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { exportBoardCsv } from '../../src/io/boardCsv.ts'
import { exportBoardJson, serializeBoardJson } from '../../src/io/boardJson.ts'
import { markdownReport } from '../../src/io/markdownReport.ts'
import { NO_VOTES } from '../../src/io/noteCounts.ts'
import { parseBoardCsv } from '../../src/io/parseBoardCsv.ts'
import { parseBoardJson } from '../../src/io/parseBoardJson.ts'
import { writeBoardSnapshot } from '../../src/io/writeBoardSnapshot.ts'
import { addAttachment } from '../../src/ops/addAttachment.ts'
import { addLink } from '../../src/ops/addLink.ts'
import { addNote } from '../../src/ops/addNote.ts'
import { ServerOrigin } from '../../src/ops/origin.ts'
import { readBoard } from '../../src/schema/readBoard.ts'
import { at, testBoard } from '../testBoard.ts'

describe('links and attachments in the JSON export and the Markdown report', () => {
  const board = testBoard({ locale: 'en' })
  const stageId = at(board.stageIds, 0)
  const noteId = addNote(
    board.doc,
    { stageId, laneId: at(board.laneIds, 0), author: 'a', now: 1, text: 'Slow quotes' },
    board.origin,
  )
  let now = 1
  const link = (targetKind: 'note' | 'stage', targetId: string, url: string, title?: string) =>
    addLink(board.doc, { targetKind, targetId, url, title, author: 'a', now: ++now }, board.origin)
  link('note', noteId, 'https://www.ex.example/wiki/A_(b)')
  link('note', noteId, 'https://t.example/1', 'Ticket [#1]')
  link('stage', stageId, 'https://d.example/dash', 'Dashboard')
  addAttachment(
    board.doc,
    {
      targetKind: 'note',
      targetId: noteId,
      hash: 'ab'.repeat(32),
      name: 'call_notes.txt',
      type: 'text/plain',
      size: 120,
      author: 'a',
      now: ++now,
    },
    board.origin,
  )

  it('round-trips through a JSON export and import', () => {
    const text = serializeBoardJson(exportBoardJson(board.doc, new Date(0)))
    const copy = new Y.Doc()
    writeBoardSnapshot(copy, parseBoardJson(text).board, new ServerOrigin('import'))
    expect(readBoard(copy).links).toEqual(board.view().links)
    expect(readBoard(copy).attachments).toEqual(board.view().attachments)
    expect(readBoard(copy).attachments).toHaveLength(1)
  })

  it('imports exports from before links, and refuses a link that is not a web address', () => {
    const json = exportBoardJson(board.doc, new Date(0))
    const { links: _links, attachments: _attachments, ...older } = json
    expect(parseBoardJson(JSON.stringify(older, null, 2)).board.links).toEqual([])
    const bad = { ...json, links: [{ ...json.links[0], url: 'javascript:alert(1)' }] }
    expect(() => parseBoardJson(JSON.stringify(bad, null, 2))).toThrow(/http:\/\/ or https:\/\//)
  })

  it('lists links in the report by title or host, with the address unbreakable', () => {
    const report = markdownReport(board.view(), NO_VOTES, new Date(0))
    expect(report).toContain(
      'Slow quotes _(Links: [ex.example](<https://www.ex.example/wiki/A_(b)>), [Ticket \\[\\#1\\]](<https://t.example/1>) · Files: call\\_notes.txt)_',
    )
    expect(report).toContain('- **Links**: [Dashboard](<https://d.example/dash>)')
  })

  it('carries a note’s link addresses through a CSV export and import, in order', () => {
    let id = 0
    const csv = exportBoardCsv(board.view(), NO_VOTES)
    const copy = parseBoardCsv(csv, { locale: 'en', now: 100, newId: () => `id${++id}` })
    const note = copy.notes.find((item) => item.text === 'Slow quotes')
    expect(copy.links.filter((link) => link.targetId === note?.id).map((link) => link.url)).toEqual([
      'https://www.ex.example/wiki/A_(b)',
      'https://t.example/1',
    ])
  })
})
