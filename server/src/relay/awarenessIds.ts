import * as decoding from 'lib0/decoding'

/**
 * The client ids an awareness update speaks for (y-protocols awareness encoding: count, then per
 * entry clientID, clock, JSON state). Throws on a malformed update.
 */
export function readAwarenessClientIds(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const ids: number[] = []
  for (let i = 0; i < count; i++) {
    ids.push(decoding.readVarUint(decoder))
    decoding.readVarUint(decoder)
    JSON.parse(decoding.readVarString(decoder))
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after awareness entries')
  return ids
}
