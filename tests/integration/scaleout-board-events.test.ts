import { type Bus, openPostgresStorage, openRedisBus, type RelayLimits } from '@jm/server'
import {
  addNote,
  ballotRoomName,
  CloseCodes,
  castVote,
  controlRoomName,
  endRound,
  LocalOrigin,
  readBoard,
  readRoundResult,
  readRounds,
  startRound,
} from '@jm/shared'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createBoard, joinParticipant } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { type ExternalServer, startPostgres, startRedis } from '../helpers/externalServers.ts'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'
import { bigUpdate, connectRaw, syncUpdateMessage } from '../helpers/rawClient.ts'
import { connectClient, nextClose, type YClient } from '../helpers/yclient.ts'

const KiB = 1024

/** Cross-instance delivery on a busy 2-core machine can take seconds; correctness, not speed, is tested. */
const CONVERGE_MS = 20_000

describe('board-wide events, caps and facilitation with several instances (Redis + PostgreSQL)', () => {
  let pg: ExternalServer
  let redis: ExternalServer
  const clients: YClient[] = []
  const instances: TestServer[] = []
  beforeAll(async () => {
    ;[pg, redis] = await Promise.all([startPostgres(), startRedis()])
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    for (const instance of instances.splice(0)) await instance.close()
  })
  afterAll(async () => {
    await Promise.all([pg?.stop(), redis?.stop()])
  })

  /**
   * Instances in this process, each with its own PostgreSQL pool and Redis connections. `adapt`
   * may wrap an instance's real bus (to watch it, or to make it die without letting go of leases).
   */
  async function startInstances(
    count: number,
    limits: Partial<RelayLimits> = {},
    adapt: (bus: Bus, index: number) => Bus = (bus) => bus,
  ): Promise<TestServer[]> {
    const started = await Promise.all(
      Array.from({ length: count }, async (_, index) => {
        const [storage, bus] = await Promise.all([openPostgresStorage(pg.url), openRedisBus(redis.url)])
        return startInProcessServer({
          storage,
          bus: adapt(bus, index),
          limits: { healIntervalMs: 500, ...limits },
        })
      }),
    )
    instances.push(...started)
    return started
  }
  const connect = (instance: TestServer, room: string, token: string) => {
    const client = connectClient(instance.wsUrl, room, token)
    clients.push(client)
    return client
  }
  /** A board on `instance` whose facilitator (Fay) is connected there and wrote pain points, one per stage. */
  async function facilitatedBoard(instance: TestServer, title: string, pains: string[]) {
    const board = await createBoard(instance.url, { title })
    const lead = await joinParticipant(instance.url, board.id, board.tokens.facilitator, 'Fay')
    const content = connect(instance, board.id, lead.token)
    const control = connect(instance, controlRoomName(board.id), lead.token)
    await Promise.all([content.synced, control.synced])
    const view = readBoard(content.doc)
    const laneId = view.lanes.find((lane) => lane.kind === 'painPoints')?.id ?? ''
    const origin = new LocalOrigin('fay')
    const noteIds = pains.map((text, i) =>
      addNote(
        content.doc,
        { stageId: view.stages[i]?.id ?? '', laneId, author: 'Fay', now: i, text },
        origin,
      ),
    )
    return { board, lead, control, origin, noteIds }
  }

  it('deleting a board on one instance closes its sockets on every instance and keeps its rooms shut', async () => {
    const [a, b] = await startInstances(2)
    if (!a || !b) throw new Error('no instances')
    const board = await createBoard(a.url, { title: 'Doomed' })
    const kept = await createBoard(a.url, { title: 'Kept' })
    const onB = connect(b, board.id, board.tokens.editor)
    const controlOnB = connect(b, controlRoomName(board.id), board.tokens.facilitator)
    const keptOnB = connect(b, kept.id, kept.tokens.editor)
    await Promise.all([onB.synced, controlOnB.synced, keptOnB.synced])
    const closes = [onB, controlOnB].map((client) => nextClose(client.provider))

    const deleted = await fetch(`${a.url}/api/boards/${board.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${board.tokens.facilitator}` },
    })
    expect(deleted.status).toBe(204)

    for (const close of await Promise.all(closes)) expect(close).toEqual(CloseCodes.Deleted)
    await eventually(() => expect(b.built.rooms.roomsOfBoard(board.id)).toEqual([]), { timeout: CONVERGE_MS })
    expect(b.built.rooms.isDeleted(board.id)).toBe(true)
    expect(() => b.built.rooms.open(board.id)).toThrow(/deleted/)
    expect(keptOnB.provider.wsconnected).toBe(true)
  })

  it('rotating a link on one instance closes sockets of the old link on every instance', async () => {
    const [a, b] = await startInstances(2)
    if (!a || !b) throw new Error('no instances')
    const board = await createBoard(a.url, { title: 'Rotate' })
    const oldEditor = connect(b, board.id, board.tokens.editor)
    const facilitator = connect(b, board.id, board.tokens.facilitator)
    await Promise.all([oldEditor.synced, facilitator.synced])
    const closed = nextClose(oldEditor.provider)

    const rotated = await fetch(`${a.url}/api/boards/${board.id}/links/editor/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.tokens.facilitator}` },
    })
    expect(rotated.status).toBe(200)
    const { token } = (await rotated.json()) as { token: string }

    expect(await closed).toEqual({ code: 4401, reason: 'this share link was replaced' })
    expect(facilitator.provider.wsconnected).toBe(true)
    const newEditor = connect(b, board.id, token)
    await newEditor.synced
  })

  it('counts what other instances stored towards the document cap', async () => {
    const [a, b] = await startInstances(2, { maxMessageBytes: 256 * KiB, maxDocBytes: 1024 * KiB })
    if (!a || !b) throw new Error('no instances')
    const board = await createBoard(a.url, { title: 'Capped' })
    const onA = await connectRaw(a.wsUrl, board.id, board.tokens.editor)
    const onB = await connectRaw(b.wsUrl, board.id, board.tokens.editor)
    const partsOn = (instance: TestServer) =>
      [0, 1, 2, 3, 4].filter(
        (i) => (instance.built.rooms.get(board.id)?.doc.getText(`part-${i}`).length ?? 0) > 0,
      ).length
    try {
      for (const i of [0, 1]) onA.send(syncUpdateMessage(bigUpdate(250 * KiB, `part-${i}`)))
      await eventually(() => expect(partsOn(b)).toBe(2), { timeout: CONVERGE_MS })
      onB.send(syncUpdateMessage(bigUpdate(250 * KiB, 'part-2')))
      onB.send(syncUpdateMessage(bigUpdate(250 * KiB, 'part-3')))
      await eventually(() => expect(partsOn(b)).toBe(4), { timeout: CONVERGE_MS })
      // As on one instance: the template and four 250 KiB parts fit under 1 MiB, the fifth does not.
      onB.send(syncUpdateMessage(bigUpdate(250 * KiB, 'part-4')))
      expect(await onB.closed).toEqual({ code: 4413, reason: 'the board is over its size cap' })
      await eventually(() => expect(partsOn(a)).toBe(4), { timeout: CONVERGE_MS })
    } finally {
      onA.close()
      onB.close()
    }
  })

  it('voters on two instances are counted in one result that every instance publishes alike', async () => {
    // A short lease, so the test also covers ownership passing while rounds run.
    const [a, b, c] = await startInstances(3, { ownerLeaseMs: 1500 })
    if (!a || !b || !c) throw new Error('no instances')
    const { board, control, origin, noteIds } = await facilitatedBoard(a, 'Vote across instances', [
      'Slow onboarding',
      'Pricing unclear',
    ])
    const [slow, pricing] = noteIds

    const voters = await Promise.all(
      (
        [
          [b, 'Ann'],
          [c, 'Bo'],
          [b, 'Cy'],
        ] as const
      ).map(async ([instance, name]) => {
        const joined = await joinParticipant(a.url, board.id, board.tokens.editor, name)
        const ballot = connect(instance, ballotRoomName(board.id, joined.participant), joined.token)
        const boardView = connect(instance, board.id, joined.token)
        await Promise.all([ballot.synced, boardView.synced])
        return ballot
      }),
    )
    const controlOnC = connect(c, controlRoomName(board.id), board.tokens.viewer)
    await controlOnC.synced
    for (const instance of [b, c]) {
      // Each voter's instance must know the notes before it can judge a dot eligible.
      await eventually(
        () => {
          const replica = instance.built.rooms.get(board.id)?.doc
          expect(replica && readBoard(replica).notes.length).toBe(2)
        },
        {
          timeout: CONVERGE_MS,
        },
      )
    }

    const roundId = startRound(
      control.doc,
      { budget: 3, anonymous: false, results: 'live', durationMs: 600_000, now: Date.now() },
      origin,
    )
    const [ann, bo, cy] = voters
    if (!ann || !bo || !cy || !slow || !pricing) throw new Error('no voters')
    castVote(ann.doc, { roundId, noteId: slow, now: 1 }, new LocalOrigin('ann'))
    castVote(ann.doc, { roundId, noteId: pricing, now: 2 }, new LocalOrigin('ann'))
    castVote(bo.doc, { roundId, noteId: pricing, now: 1 }, new LocalOrigin('bo'))
    castVote(cy.doc, { roundId, noteId: pricing, now: 1 }, new LocalOrigin('cy'))

    // Live counts include the dots counted on both voter instances, before the deadline.
    await eventually(
      () => expect(readRoundResult(control.doc, roundId)?.counts).toEqual({ [slow]: 1, [pricing]: 3 }),
      { timeout: CONVERGE_MS },
    )
    // The facilitator closes it, once, and the final result is the same everywhere. (A 4 s deadline
    // raced the dots on a loaded machine; the server's own deadline is tested on one instance, in
    // facilitation-round.test.ts, where nothing else paces the votes.)
    endRound(control.doc, { roundId, now: Date.now() }, origin)
    await eventually(() => expect(readRounds(control.doc)[0]?.status).toBe('closed'), {
      timeout: CONVERGE_MS,
    })
    await eventually(
      () => {
        for (const client of [control, controlOnC])
          expect(readRoundResult(client.doc, roundId)).toMatchObject({
            counts: { [slow]: 1, [pricing]: 3 },
            voters: 3,
            votesCast: 4,
            final: true,
          })
      },
      { timeout: CONVERGE_MS },
    )
    const endings = readRounds(control.doc).filter((round) => round.id === roundId)
    expect(endings).toHaveLength(1)
  })

  it('when the instance running the rounds dies without letting go, another closes the round', async () => {
    const holds = [false, false]
    const [a, b] = await startInstances(2, { ownerLeaseMs: 1500 }, (bus, index) => ({
      ...bus,
      instanceId: bus.instanceId,
      claim: async (key, ttlMs) => {
        const ours = await bus.claim(key, ttlMs)
        holds[index] = ours
        return ours
      },
      // A crashed instance never gives its lease back; it just expires.
      unclaim: async () => {},
    }))
    if (!a || !b) throw new Error('no instances')
    const { board, lead, control, origin, noteIds } = await facilitatedBoard(a, 'Failover', ['Slow'])
    const pain = noteIds[0] ?? ''
    // A's first write starts its facilitation, which takes the board's lease.
    await eventually(() => expect(holds[0]).toBe(true), { timeout: CONVERGE_MS })

    const voter = await joinParticipant(a.url, board.id, board.tokens.editor, 'Ann')
    const ballot = connect(b, ballotRoomName(board.id, voter.participant), voter.token)
    const watcher = connect(b, controlRoomName(board.id), board.tokens.viewer)
    const boardOnB = connect(b, board.id, voter.token)
    await Promise.all([ballot.synced, watcher.synced, boardOnB.synced])
    await eventually(() => expect(readBoard(boardOnB.doc).notes).toHaveLength(1), { timeout: CONVERGE_MS })
    const roundId = startRound(
      control.doc,
      // Long enough that only the facilitator ends it, whatever the machine's pace.
      { budget: 2, anonymous: true, results: 'live', durationMs: 600_000, now: Date.now() },
      origin,
    )
    await eventually(() => expect(readRounds(watcher.doc)).toHaveLength(1), { timeout: CONVERGE_MS })
    castVote(ballot.doc, { roundId, noteId: pain, now: 1 }, new LocalOrigin('ann'))
    await eventually(() => expect(readRoundResult(watcher.doc, roundId)?.counts).toEqual({ [pain]: 1 }), {
      timeout: CONVERGE_MS,
    })
    expect(holds[1]).toBe(false)

    await a.close()
    instances.splice(instances.indexOf(a), 1)
    // Only the lease holder publishes results: the second dot shows once B has taken over.
    castVote(ballot.doc, { roundId, noteId: pain, now: 2 }, new LocalOrigin('ann'))
    await eventually(() => expect(readRoundResult(watcher.doc, roundId)?.counts).toEqual({ [pain]: 2 }), {
      timeout: CONVERGE_MS,
    })
    expect(holds[1]).toBe(true)
    // The facilitator, reconnected to B, ends the round; B publishes the final result.
    const controlOnB = connect(b, controlRoomName(board.id), lead.token)
    await controlOnB.synced
    endRound(controlOnB.doc, { roundId, now: Date.now() }, origin)
    await eventually(
      () =>
        expect(readRoundResult(watcher.doc, roundId)).toMatchObject({ counts: { [pain]: 2 }, final: true }),
      { timeout: CONVERGE_MS },
    )
  })

  it('reports PostgreSQL and Redis as unreachable in /api/health (503) when they go away', async () => {
    const [ownPg, ownRedis] = await Promise.all([startPostgres(), startRedis()])
    let stopped = false
    try {
      const [storage, bus] = await Promise.all([openPostgresStorage(ownPg.url), openRedisBus(ownRedis.url)])
      const server = await startInProcessServer({ storage, bus })
      instances.push(server)
      const health = async () => {
        const response = await fetch(`${server.url}/api/health`)
        return { status: response.status, ...((await response.json()) as Record<string, unknown>) }
      }
      expect(await health()).toMatchObject({ status: 200, ok: true, storage: 'reachable', bus: 'reachable' })
      await Promise.all([ownPg.stop(), ownRedis.stop()])
      stopped = true
      await eventually(
        async () =>
          expect(await health()).toMatchObject({
            status: 503,
            ok: false,
            storage: 'unreachable',
            bus: 'unreachable',
          }),
        { timeout: CONVERGE_MS },
      )
    } finally {
      if (!stopped) await Promise.all([ownPg.stop(), ownRedis.stop()])
    }
  })
})
