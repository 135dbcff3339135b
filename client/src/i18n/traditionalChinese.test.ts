import * as OpenCC from 'opencc-js'
import { describe, expect, it } from 'vitest'
import { allDictionaries } from './allDictionaries.ts'

// Characters one by one: Taiwanese wording is a translator's choice, a Simplified character a slip.
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' })
/** Written this way in Taiwan too (游標, 公布, 後台, 漏斗), though OpenCC prefers another variant. */
const ALSO_TRADITIONAL = new Set(['游', '布', '台', '斗'])
const simplifiedIn = (text: string) =>
  [...text].filter((char) => !ALSO_TRADITIONAL.has(char) && toTraditional(char) !== char)
const SAMPLE_ARGUMENTS: unknown[][] = [
  [2, 3, 4],
  ['甲', '乙', '丙'],
]

/** Every text of a message table, with its path; functions are called with sample arguments. */
function* textsOf(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value]
  else if (typeof value === 'function') {
    for (const args of SAMPLE_ARGUMENTS) {
      let text: unknown
      try {
        text = value(...args)
      } catch {
        continue
      }
      yield* textsOf(text, `${path}(${args.join(', ')})`)
    }
  } else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) yield* textsOf(inner, `${path}.${key}`)
}

describe('the zh-TW interface', () => {
  it('is written in Traditional characters throughout', () => {
    const simplified: string[] = []
    let checked = 0
    for (const [name, dictionary] of Object.entries(allDictionaries())) {
      for (const [path, text] of textsOf(dictionary['zh-TW'], name)) {
        checked++
        const slips = simplifiedIn(text)
        if (slips.length > 0) simplified.push(`${path}: ${text} (${slips.join('')})`)
      }
    }
    expect(checked).toBeGreaterThan(300)
    expect(simplified).toEqual([])
  })
})
