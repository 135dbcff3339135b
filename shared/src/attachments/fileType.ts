/**
 * Which files a board accepts as attachments, told by their content (magic bytes), never by their
 * name or the type a browser declares: a renamed executable or an HTML page called `notes.txt`
 * must not be stored and served as something harmless. SVG is refused: it is XML that can carry
 * script, and a browser runs it when it opens the file from our origin.
 */
export const ATTACHMENT_TYPES = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'text/csv': ['csv', 'tsv'],
  'text/plain': ['txt', 'md', 'log'],
} as const satisfies Record<string, readonly string[]>
export type AttachmentType = keyof typeof ATTACHMENT_TYPES

/** Types a browser may show inline; everything else is only ever downloaded. @public */
export const isImageType = (type: AttachmentType): boolean => type.startsWith('image/')

export type Sniffed = { type: AttachmentType } | { refused: string }

const ascii = (bytes: Uint8Array, from: number, text: string) =>
  [...text].every((char, i) => bytes[from + i] === char.charCodeAt(0))

/** Markup at the start of a text file: an SVG, HTML or XML document rather than text or CSV. */
const MARKUP = /^\s*<(\?xml|!doctype|svg|html|head|body|script|iframe)\b/i
/** Control characters other than tab, line feed, form feed and carriage return: a binary file. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const BINARY = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/

/**
 * The file's type from its first bytes, and for a zip from the names of its parts; `name` only
 * tells CSV from plain text, which have no magic bytes. @public
 */
export function sniffFileType(bytes: Uint8Array, name: string): Sniffed {
  if (ascii(bytes, 0, '\x89PNG\r\n\x1a\n')) return { type: 'image/png' }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { type: 'image/jpeg' }
  if (ascii(bytes, 0, 'GIF87a') || ascii(bytes, 0, 'GIF89a')) return { type: 'image/gif' }
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return { type: 'image/webp' }
  if (ascii(bytes, 0, '%PDF-')) return { type: 'application/pdf' }
  if (ascii(bytes, 0, 'PK\x03\x04')) return sniffZip(bytes)
  return sniffText(bytes, name)
}

/** A spreadsheet is a zip whose part names (stored as plain text) include the workbook. */
function sniffZip(bytes: Uint8Array): Sniffed {
  const names = new TextDecoder('latin1').decode(bytes)
  return names.includes('[Content_Types].xml') && names.includes('xl/workbook.xml')
    ? { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }
    : { refused: 'a zip archive other than an Excel workbook (.xlsx)' }
}

function sniffText(bytes: Uint8Array, name: string): Sniffed {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { refused: 'not a known image, PDF, spreadsheet or UTF-8 text file' }
  }
  if (BINARY.test(text)) return { refused: 'not a known image, PDF, spreadsheet or UTF-8 text file' }
  if (MARKUP.test(text.replace(/^\ufeff/, '')))
    return { refused: 'SVG, HTML and XML documents are not accepted (they can carry script)' }
  return { type: extensionOf(name) === 'csv' || extensionOf(name) === 'tsv' ? 'text/csv' : 'text/plain' }
}

export const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

/**
 * Whether a file's name agrees with its content: no extension, or one of its type's. A PNG called
 * `report.pdf` or `setup.exe` is disguised, and would be saved under that name when downloaded.
 * @public
 */
export function nameFitsType(name: string, type: AttachmentType): boolean {
  const extension = extensionOf(name)
  return extension === '' || (ATTACHMENT_TYPES[type] as readonly string[]).includes(extension)
}
