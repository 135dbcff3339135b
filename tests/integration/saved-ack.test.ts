import { AuthSubtype, MessageType } from '@jm/shared'
import * as decoding from 'lib0/decoding'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { startInProcessServer, type TestServer } from '../helpers/inProcessServer.ts'
import { connectRaw, syncStep1Message, syncUpdateMessage } from '../helpers/rawClient.ts'
import { connectClient } from '../helpers/yclient.ts'

/** The state vector of a "saved" acknowledgement, or null for any other message. */
function savedVector(message: Uint8Array): Map<number, number> | null {
  const decoder = decoding.createDecoder(message)
  if (decoding.readVarUint(decoder) !== MessageType.auth) return null
  if (decoding.readVarUint(decoder) !== AuthSubtype.saved) return null
  return Y.decodeStateVector(decoding.readVarUint8Array(decoder))
}

describe('the "saved" acknowledgement', () => {
  let server: TestServer
  beforeEach(async () => {
    server = await startInProcessServer()
  })
  afterEach(async () => {
    await server.close()
  })

  it("tells a writer the server's state vector after storing its update, in a message stock clients ignore", async () => {
    const board = await createBoard(server.url)
    const raw = await connectRaw(server.wsUrl, board.id, board.tokens.editor)
    const doc = new Y.Doc()
    raw.send(syncStep1Message(doc))
    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    doc.getMap('probe').set('written', true)
    for (const update of updates) raw.send(syncUpdateMessage(update))
    const ack = await raw.next((message) => savedVector(message) !== null)
    expect(savedVector(ack)?.get(doc.clientID)).toBe(Y.getState(doc.store, doc.clientID))
    raw.close()
  })

  it('does not make a stock client send its updates twice', async () => {
    const board = await createBoard(server.url)
    const writer = connectClient(server.wsUrl, board.id, board.tokens.editor)
    await writer.synced
    const stored = () =>
      server.built.metrics.persistedUpdates.get().then((metric) => metric.values[0]?.value ?? 0)
    const bytesIn = () => server.built.metrics.bytesIn.get().then((metric) => metric.values[0]?.value ?? 0)
    const before = await bytesIn()
    const storedBefore = await stored()
    const text = writer.doc.getText('burst')
    for (let i = 0; i < 200; i++)
      text.insert(text.length, `line ${i} of a burst typed while acks are on their way\n`)
    const written = Y.encodeStateAsUpdate(writer.doc).byteLength
    await eventually(async () => expect(await stored()).toBe(storedBefore + 200))
    // Let a few acknowledgements go out; with a sync step 1 as the ack, the client would answer
    // each with everything the server lacked at that moment, resending updates in flight.
    await eventually(() => expect(writer.provider.wsconnected).toBe(true))
    const received = (await bytesIn()) - before
    expect(received).toBeLessThan(written * 1.5)
    writer.destroy()
  })
})
