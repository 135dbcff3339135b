import { randomBytes } from 'node:crypto'
import { connect, type Socket } from 'node:net'

/**
 * A websocket spoken by hand over a plain TCP socket, to send frames no well-behaved library would
 * (bad RSV bits, reserved opcodes, lying lengths, random bytes) and to stop reading on purpose.
 */
export interface RawSocket {
  socket: Socket
  /** Writes bytes as they are, after the handshake. */
  write(bytes: Uint8Array): void
  /** Resolves with the server's close frame, or null when the TCP connection ends without one. */
  closed: Promise<{ code: number; reason: string } | null>
  /** Binary payloads of the data frames received so far. */
  received: Uint8Array[]
}

export interface FrameOptions {
  opcode?: number
  fin?: boolean
  /** RSV1..3 as a 3-bit number (0 for a valid frame without extensions). */
  rsv?: number
  mask?: boolean
  /** Length written in the header; defaults to the payload's length. */
  declaredLength?: number
}

/** Encodes one client frame (masked unless told otherwise). */
export function frame(payload: Uint8Array, options: FrameOptions = {}): Uint8Array {
  const { opcode = 2, fin = true, rsv = 0, mask = true } = options
  const length = options.declaredLength ?? payload.byteLength
  const head: number[] = [(fin ? 0x80 : 0) | ((rsv & 7) << 4) | (opcode & 0x0f)]
  const maskBit = mask ? 0x80 : 0
  if (length < 126) head.push(maskBit | length)
  else if (length < 65536) head.push(maskBit | 126, length >> 8, length & 0xff)
  else {
    head.push(maskBit | 127)
    const big = Buffer.alloc(8)
    big.writeBigUInt64BE(BigInt(length))
    head.push(...big)
  }
  const key = mask ? randomBytes(4) : Buffer.alloc(0)
  const body = Buffer.from(payload)
  if (mask) for (let i = 0; i < body.length; i++) body[i] = (body[i] ?? 0) ^ (key[i % 4] ?? 0)
  return Buffer.concat([Buffer.from(head), key, body])
}

/** Opens `ws://host:port<path>` by hand; resolves after the 101 answer. */
export async function openRawSocket(port: number, path: string): Promise<RawSocket> {
  const socket = connect(port, '127.0.0.1')
  const key = randomBytes(16).toString('base64')
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve)
    socket.once('error', reject)
  })
  socket.write(
    `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
  )
  let buffer = Buffer.alloc(0)
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk])
      const end = buffer.indexOf('\r\n\r\n')
      if (end < 0) return
      socket.off('data', onData)
      const status = buffer.subarray(0, buffer.indexOf('\r\n')).toString()
      buffer = buffer.subarray(end + 4)
      if (!status.includes(' 101 ')) reject(new Error(`handshake answered ${status}`))
      else resolve()
    }
    socket.on('data', onData)
  })
  const received: Uint8Array[] = []
  const closed = new Promise<{ code: number; reason: string } | null>((resolve) => {
    const parse = () => {
      for (;;) {
        const parsed = readServerFrame(buffer)
        if (!parsed) return
        buffer = buffer.subarray(parsed.size)
        if (parsed.opcode === 8) {
          const code = parsed.payload.length >= 2 ? parsed.payload.readUInt16BE(0) : 1005
          resolve({ code, reason: parsed.payload.subarray(2).toString() })
          socket.end()
          return
        }
        if (parsed.opcode === 2) received.push(new Uint8Array(parsed.payload))
      }
    }
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk])
      parse()
    })
    parse()
    socket.on('close', () => resolve(null))
    socket.on('error', () => resolve(null))
  })
  return { socket, write: (bytes) => socket.write(bytes), closed, received }
}

/** One unmasked server frame at the start of `buffer`, or null if it is not complete yet. */
function readServerFrame(buffer: Buffer): { opcode: number; payload: Buffer; size: number } | null {
  if (buffer.length < 2) return null
  const opcode = (buffer[0] ?? 0) & 0x0f
  let length = (buffer[1] ?? 0) & 0x7f
  let offset = 2
  if (length === 126) {
    if (buffer.length < 4) return null
    length = buffer.readUInt16BE(2)
    offset = 4
  } else if (length === 127) {
    if (buffer.length < 10) return null
    length = Number(buffer.readBigUInt64BE(2))
    offset = 10
  }
  if (buffer.length < offset + length) return null
  return { opcode, payload: buffer.subarray(offset, offset + length), size: offset + length }
}
