import { describe, expect, it } from 'vitest'
import { snippetAround } from './snippet.ts'

describe('snippetAround', () => {
  it('shows a short text whole, on one line', () => {
    expect(snippetAround('Pricing\n  is unclear', 'unclear')).toBe('Pricing is unclear')
  })

  it('cuts a long text around the first match, in any case, with ellipses', () => {
    const text = `${'a'.repeat(100)} The PRICE page ${'b'.repeat(200)}`
    const snippet = snippetAround(text, 'price')
    expect(snippet.startsWith('…')).toBe(true)
    expect(snippet.endsWith('…')).toBe(true)
    expect(snippet).toContain('The PRICE page')
    expect([...snippet].length).toBeLessThanOrEqual(122)
  })

  it('never splits an emoji', () => {
    const snippet = snippetAround(`${'🙂'.repeat(200)}价格`, '价格')
    expect(snippet).toMatch(/^…(🙂)+价格$/u)
  })
})
