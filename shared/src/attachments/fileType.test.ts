import { describe, expect, it } from 'vitest'
import { nameFitsType, sniffFileType } from './fileType.ts'

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === 'string' ? [...part].map((char) => char.charCodeAt(0)) : part)),
  )

describe('sniffFileType', () => {
  it('tells the accepted types by their content', () => {
    const cases: Array<[Uint8Array, string, string]> = [
      [bytes([0x89], 'PNG\r\n\x1a\n', [0, 0]), 'a', 'image/png'],
      [bytes([0xff, 0xd8, 0xff, 0xe0]), 'a', 'image/jpeg'],
      [bytes('GIF89a', [1, 0]), 'a', 'image/gif'],
      [bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'a', 'image/webp'],
      [bytes('%PDF-1.7\n'), 'a', 'application/pdf'],
      [
        bytes('PK\x03\x04', '[Content_Types].xml', 'xl/workbook.xml'),
        'a',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
      [bytes('stage,lane,text\n'), 'notes.csv', 'text/csv'],
      [new TextEncoder().encode('访谈记录\r\n\tQ1: slow quotes'), 'notes.txt', 'text/plain'],
    ]
    for (const [content, name, type] of cases) expect(sniffFileType(content, name), type).toEqual({ type })
  })

  it('refuses SVG and other markup, other zips and binaries', () => {
    for (const text of [
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      '\ufeff  <?xml version="1.0"?><svg/>',
      '<!DOCTYPE html><script>alert(1)</script>',
      '<html><body>hi</body></html>',
    ])
      expect(sniffFileType(new TextEncoder().encode(text), 'notes.txt'), text).toHaveProperty('refused')
    expect(sniffFileType(bytes('PK\x03\x04', 'word/document.xml'), 'a.xlsx')).toHaveProperty('refused')
    expect(sniffFileType(bytes('MZ', [0x90, 0, 3, 0]), 'a.txt')).toHaveProperty('refused')
    expect(sniffFileType(bytes([0xc3, 0x28]), 'a.txt')).toHaveProperty('refused')
  })
})

describe('nameFitsType', () => {
  it('accepts no extension or one of the type’s, and refuses a disguise', () => {
    expect(nameFitsType('screenshot', 'image/png')).toBe(true)
    expect(nameFitsType('Photo.JPG', 'image/jpeg')).toBe(true)
    expect(nameFitsType('report.pdf', 'image/png')).toBe(false)
    expect(nameFitsType('setup.exe', 'image/png')).toBe(false)
  })
})
