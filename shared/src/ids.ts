const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

/** A random id of `length` base-36 characters (about 5.2 bits each); 16 gives ~82 bits. @public */
export function newId(length = 16): string {
  const bytes = new Uint8Array(length)
  crypto.getRandomValues(bytes)
  let id = ''
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length]
  return id
}
