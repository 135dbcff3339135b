import { describe, expect, it } from 'vitest'
import { compareOrdered, orderKeyAt, orderKeyBetween, sortOrdered } from './orderKey.ts'

describe('order keys', () => {
  it('place between, before and after neighbours', () => {
    const a = orderKeyBetween(null, null)
    const b = orderKeyBetween(a, null)
    const mid = orderKeyBetween(a, b)
    expect(a < mid && mid < b).toBe(true)
    expect(orderKeyBetween(null, a) < a).toBe(true)
  })

  it('break ties between equal keys by id, the same way on every replica', () => {
    const items = [
      { id: 'b', order: 'a1' },
      { id: 'a', order: 'a1' },
      { id: 'c', order: 'a0' },
    ]
    expect(sortOrdered(items).map((item) => item.id)).toEqual(['c', 'a', 'b'])
    expect(compareOrdered({ id: 'x', order: 'a1' }, { id: 'x', order: 'a1' })).toBe(0)
    // Equal neighbours (two concurrent inserts at one spot) still yield a key after them.
    expect(orderKeyBetween('a1', 'a1') > 'a1').toBe(true)
  })

  it('ignore malformed neighbour keys from foreign writers instead of throwing', () => {
    expect(() => orderKeyBetween('a990', null)).not.toThrow()
    expect(() =>
      orderKeyAt(
        [
          { id: 'x', order: 'not a key' },
          { id: 'y', order: '' },
        ],
        1,
      ),
    ).not.toThrow()
  })
})
