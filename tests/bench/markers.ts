/**
 * A write carries `~bm:<writer>:<seq>:<sent µs since epoch>~` as a string value. Yjs encodes strings
 * as plain UTF-8 inside an update, so a receiver finds markers by scanning the bytes it got, without
 * integrating the update into a document: the load client stays cheap and the server stays the
 * bottleneck. Both sides read the same clock (epoch time with sub-millisecond precision).
 */
export interface Marker {
  writer: number
  seq: number
  /** When the writer sent it, in ms since the epoch. */
  sentAt: number
}

const PREFIX = Buffer.from('~bm:')
const COLON = 0x3a
const TILDE = 0x7e

export function nowMs(): number {
  return performance.timeOrigin + performance.now()
}

export function markerText(writer: number, seq: number, sentAt = nowMs()): string {
  return `~bm:${writer}:${seq}:${Math.round(sentAt * 1000)}~`
}

/** Calls `found` for each well-formed marker in the bytes. */
export function scanMarkers(bytes: Uint8Array, found: (marker: Marker) => void): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let at = buffer.indexOf(PREFIX)
  while (at >= 0) {
    const fields = [0, 0, 0]
    let field = 0
    let digits = 0
    let pos = at + PREFIX.length
    for (; pos < buffer.length; pos++) {
      const byte = buffer[pos] as number
      if (byte >= 0x30 && byte <= 0x39) {
        fields[field] = (fields[field] as number) * 10 + (byte - 0x30)
        digits++
      } else if (byte === COLON && field < 2 && digits > 0) {
        field++
        digits = 0
      } else break
    }
    if (field === 2 && digits > 0 && buffer[pos] === TILDE) {
      found({ writer: fields[0] as number, seq: fields[1] as number, sentAt: (fields[2] as number) / 1000 })
    }
    at = buffer.indexOf(PREFIX, pos)
  }
}
