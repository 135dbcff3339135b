import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/** One client's entry in an awareness update; the state stays JSON text, as it travels. */
export interface AwarenessEntry {
  id: number
  clock: number
  state: string
}

/**
 * Reads an awareness update (y-protocols encoding: count, then per entry clientID, clock, JSON
 * state). Throws on malformed input, including JSON that does not parse and trailing bytes.
 */
export function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const id = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const state = decoding.readVarString(decoder)
    JSON.parse(state)
    entries.push({ id, clock, state })
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after awareness entries')
  return entries
}

export function writeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.id)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, entry.state)
  }
  return encoding.toUint8Array(encoder)
}
