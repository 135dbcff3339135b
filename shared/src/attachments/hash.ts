/** An attachment is named by the SHA-256 of its content, in lower-case hex. @public */
export const isAttachmentHash = (value: string): boolean => /^[0-9a-f]{64}$/.test(value)
