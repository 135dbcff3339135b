import { describe, expect, it } from 'vitest'
import { linkHost, parseLinkUrl } from './linkUrl.ts'
import { splitTextLinks } from './textLinks.ts'

describe('parseLinkUrl', () => {
  it('accepts http and https addresses only', () => {
    expect(parseLinkUrl(' https://example.com/a?b=1 ')?.href).toBe('https://example.com/a?b=1')
    expect(parseLinkUrl('http://例子.测试/路径')?.hostname).toBe('xn--fsqu00a.xn--0zwm56d')
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://example.com',
      'example.com',
      'https://user:pw@example.com',
      `https://example.com/${'a'.repeat(3000)}`,
      '',
    ])
      expect(parseLinkUrl(bad), bad).toBeNull()
  })

  it('shows the host without www', () => {
    expect(linkHost('https://www.example.com/x')).toBe('example.com')
    expect(linkHost('javascript:alert(1)')).toBe('')
  })
})

describe('splitTextLinks', () => {
  const urls = (text: string) => splitTextLinks(text).flatMap((part) => part.url ?? [])

  it('finds addresses in text and gives the text back whole', () => {
    const text = 'Interview: https://ex.example/rec?id=7, ticket (http://t.example/1). Done'
    const parts = splitTextLinks(text)
    expect(parts.map((part) => part.text).join('')).toBe(text)
    expect(urls(text)).toEqual(['https://ex.example/rec?id=7', 'http://t.example/1'])
  })

  it('keeps parentheses of the address and stops at Chinese punctuation', () => {
    expect(urls('see https://en.wikipedia.org/wiki/Foo_(bar).')).toEqual([
      'https://en.wikipedia.org/wiki/Foo_(bar)',
    ])
    expect(urls('访谈记录：https://ex.example/访谈，请看')).toEqual(['https://ex.example/访谈'])
  })

  it('never makes a link of other schemes', () => {
    expect(urls('javascript:alert(1) data:text/html,x http://')).toEqual([])
    expect(splitTextLinks('')).toEqual([])
  })
})
