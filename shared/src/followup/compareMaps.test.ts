import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNote, deleteNote, editNoteText, LocalOrigin, moveNote, readBoard } from '../index.ts'
import { initBoard } from '../templates/index.ts'
import { compareMaps } from './compareMaps.ts'
import { startFutureState } from './startFutureState.ts'

const origin = new LocalOrigin('t')

describe('current versus future state', () => {
  it('starts a future state from the current one and compares them stage by stage', () => {
    const doc = new Y.Doc()
    initBoard(doc, { title: 'B', locale: 'en', now: 0 }, origin)
    const start = readBoard(doc)
    const currentMap = start.maps[0]?.id ?? ''
    const [s0, s1] = start.stages
    const pain = start.lanes.find((lane) => lane.kind === 'painPoints')
    const opportunity = start.lanes.find((lane) => lane.kind === 'opportunities')
    if (!s0 || !s1 || !pain || !opportunity) throw new Error('template lacks stages or lanes')
    const slow = addNote(
      doc,
      { stageId: s0.id, laneId: pain.id, author: 'a', now: 1, text: 'Slow security review' },
      origin,
    )
    const pricing = addNote(
      doc,
      { stageId: s1.id, laneId: pain.id, author: 'a', now: 1, text: 'Pricing unclear' },
      origin,
    )
    addNote(
      doc,
      { stageId: s1.id, laneId: opportunity.id, author: 'a', now: 1, text: 'Self-serve trial' },
      origin,
    )

    const futureMap = startFutureState(doc, { fromMapId: currentMap, title: 'Future', now: 5 }, origin)
    const copied = readBoard(doc)
    expect(copied.maps.map((map) => map.type)).toEqual(['currentState', 'futureState'])
    expect(copied.stages.filter((stage) => stage.mapId === futureMap)).toHaveLength(start.stages.length)
    const copyOf = (id: string) => copied.notes.find((note) => note.sourceId === id)?.id ?? ''
    const futureOpportunities = copied.lanes.find(
      (lane) => lane.mapId === futureMap && lane.kind === 'opportunities',
    )

    deleteNote(doc, { noteId: copyOf(slow) }, origin)
    editNoteText(
      doc,
      { noteId: copyOf(pricing), index: 0, deleteCount: 7, insert: 'Published pricing', now: 6 },
      origin,
    )
    const futureS1 = copied.stages.filter((stage) => stage.mapId === futureMap)[1]
    if (!futureS1 || !futureOpportunities) throw new Error('future map incomplete')
    const added = addNote(
      doc,
      { stageId: futureS1.id, laneId: futureOpportunities.id, author: 'b', now: 7, text: 'ROI calculator' },
      origin,
    )

    const comparison = compareMaps(readBoard(doc), currentMap, futureMap)
    expect(comparison).toHaveLength(start.stages.length)
    expect(comparison[0]?.removed.map((n) => n.text)).toEqual(['Slow security review'])
    expect(comparison[0]?.resolvedPainPoints.map((n) => n.text)).toEqual(['Slow security review'])
    expect(comparison[1]?.changed.map((c) => [c.before.text, c.after.text])).toEqual([
      ['Pricing unclear', 'Published pricing unclear'],
    ])
    expect(comparison[1]?.added.map((n) => n.id)).toEqual([added])
    expect(comparison[1]?.resolvedPainPoints).toEqual([])

    // Moving a pain point to the opportunities lane of the future state also resolves it.
    moveNote(
      doc,
      { noteId: copyOf(pricing), stageId: futureS1.id, laneId: futureOpportunities.id, index: 0, now: 8 },
      origin,
    )
    expect(
      compareMaps(readBoard(doc), currentMap, futureMap)[1]?.resolvedPainPoints.map((n) => n.text),
    ).toEqual(['Pricing unclear'])
  })
})
