import type { LaneKind } from '@jm/shared'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useAppInBrowser } from '../helpers/appInBrowser.ts'
import { openBoardAs } from '../helpers/boardPage.ts'
import { createBoard } from '../helpers/boards.ts'
import { eventually } from '../helpers/eventually.ts'
import { fillSampleBoard, type SampleNote, untilServerHasNotes } from '../helpers/sampleBoard.ts'
import { screenshotPath } from '../helpers/screenshots.ts'
import { connectClient } from '../helpers/yclient.ts'

type Language = 'en' | 'zh-CN' | 'zh-TW'

/** A workshop's board as the README shows it: touchpoints, feelings with scores, pains, an idea. */
const WORKSHOP: Record<
  Language,
  { title: string; persona: string; segment: string; colleague: string; pricingTag: string; notes: string[] }
> = {
  en: {
    title: 'Enterprise onboarding journey · Q3',
    persona: 'Li Wei, IT director',
    segment: 'Mid-size manufacturers in East China',
    colleague: 'Bob Li',
    pricingTag: 'pricing',
    notes: [
      'Trade show booth',
      'Whitepaper download',
      'Books a demo',
      'Legal reviews contract',
      'Curious',
      'Overwhelmed by options',
      'Reassured by case study',
      'Anxious about price',
      'Pricing page unclear',
      'Slow security review',
      'ROI calculator',
    ],
  },
  'zh-CN': {
    title: '企业客户入职旅程 · 第三季度',
    persona: '李伟（IT 总监）',
    segment: '华东制造业中型企业',
    colleague: '李博',
    pricingTag: '定价',
    notes: [
      '行业展会',
      '下载白皮书',
      '预约演示',
      '法务审合同',
      '好奇',
      '信息太多',
      '被案例打动',
      '担心价格',
      '定价页看不懂',
      '安全审查慢',
      'ROI 计算器',
    ],
  },
  'zh-TW': {
    title: '企業客戶入職旅程 · 第三季',
    persona: '李偉（IT 總監）',
    segment: '華東製造業中型企業',
    colleague: '李博',
    pricingTag: '定價',
    notes: [
      '產業展會',
      '下載白皮書',
      '預約展示',
      '法務審合約',
      '好奇',
      '資訊太多',
      '被案例打動',
      '擔心價格',
      '定價頁看不懂',
      '安全審查慢',
      'ROI 計算器',
    ],
  },
}
const PLACES: {
  stage: number
  lane: LaneKind
  emotion?: number
  color?: SampleNote['color']
  tags?: string[]
}[] = [
  { stage: 0, lane: 'touchpoints', color: 'blue' },
  { stage: 1, lane: 'touchpoints', color: 'blue' },
  { stage: 2, lane: 'touchpoints', color: 'blue' },
  { stage: 3, lane: 'touchpoints', color: 'blue' },
  { stage: 0, lane: 'feelings', emotion: 1 },
  { stage: 1, lane: 'feelings', emotion: -1 },
  { stage: 2, lane: 'feelings', emotion: 2 },
  { stage: 3, lane: 'feelings', emotion: -2 },
  { stage: 1, lane: 'painPoints', color: 'pink', tags: ['pricing'] }, // tagged in the board's language
  { stage: 3, lane: 'painPoints', color: 'pink', tags: ['IT'] },
  { stage: 3, lane: 'opportunities', color: 'green' },
]

/** Boxes of a row's items that overlap one another or leave the window, described for the failure message. */
function rowProblems(page: Page, itemSelector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const items = [...document.querySelectorAll<HTMLElement>(selector)]
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0)
      .sort((a, b) => a.box.left - b.box.left)
    const name = (element: HTMLElement) =>
      element.dataset.testid ?? element.className ?? element.tagName.toLowerCase()
    const problems: string[] = []
    items.forEach(({ element, box }, index) => {
      if (box.right > window.innerWidth + 0.5) problems.push(`${name(element)} ends past the window`)
      const next = items[index + 1]
      if (next && box.right > next.box.left + 0.5)
        problems.push(
          `${name(element)} overlaps ${name(next.element)} by ${(box.right - next.box.left).toFixed(1)}px`,
        )
    })
    return problems
  }, itemSelector)
}

describe('the board page keeps its layout', () => {
  const app = useAppInBrowser()

  async function workshopBoard(language: Language) {
    const content = WORKSHOP[language]
    const board = await createBoard(app.server.url, {
      title: content.title,
      locale: language,
      persona: { name: content.persona, role: 'decisionMaker' },
      segment: content.segment,
    })
    const writer = connectClient(app.server.wsUrl, board.id, board.tokens.editor)
    await writer.synced
    fillSampleBoard(
      writer.doc,
      PLACES.map((place, i) => ({
        ...place,
        text: content.notes[i] ?? '',
        tags: place.tags?.map((tag) => (tag === 'pricing' ? content.pricingTag : tag)),
        author: 'Ana',
      })),
    )
    await untilServerHasNotes(app.server, board.id, PLACES.length)
    writer.destroy()
    return board
  }

  for (const [language, browserLocale] of [
    ['en', 'en-US'],
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
  ] as const) {
    it(`in ${language}, from a wide window to a 1024 px one, with a side panel and a selected note`, async () => {
      const board = await workshopBoard(language)
      const alice = await openBoardAs(
        app.browser,
        app.server.url + board.links.facilitator,
        'Alice',
        browserLocale,
      )
      const bob = await openBoardAs(
        app.browser,
        app.server.url + board.links.editor,
        WORKSHOP[language].colleague,
        browserLocale,
      )
      const { page } = alice
      await eventually(async () => expect(await page.getByTestId('note').count()).toBe(PLACES.length))

      // Bob edits a note and points at the board; Alice selects a feeling.
      await bob.page.getByTestId('note').nth(2).dblclick()
      await bob.page.getByTestId('note-editor').waitFor()
      await bob.page.mouse.move(700, 560)
      await page.getByTestId('note').nth(5).click()
      await eventually(async () => expect(await page.getByTestId('remote-editing').count()).toBe(1))
      if (language !== 'zh-TW') await page.screenshot({ path: screenshotPath(`board-${language}.png`) })

      for (const width of [1400, 1024]) {
        await page.setViewportSize({ width, height: 800 })
        const where = `${language} at ${width} px`
        expect(
          await rowProblems(
            page,
            [
              '.topbar-row:first-child > :not(.spacer, .board-heading)',
              '.board-heading > :not(.board-chips)',
              '.board-chips > :not(.audience-menu)',
              '.audience-menu > .chip',
            ].join(', '),
          ),
          where,
        ).toEqual([])
        expect(
          await rowProblems(page, '.topbar-tools > :not(.spacer, .more-menu), .more-items > *'),
          where,
        ).toEqual([])
        // The selected note's toolbar stays beside the drawer, not under it.
        await page.getByTestId('followup-toggle').click()
        const drawer = await page.getByTestId('followup-panel').boundingBox()
        const toolbar = await page.getByTestId('note-toolbar').boundingBox()
        expect(drawer && toolbar && toolbar.x + toolbar.width <= drawer.x, where).toBe(true)
        await page.keyboard.press('Escape')
        expect(await page.getByTestId('followup-panel').count()).toBe(0)
      }
      await alice.context.close()
      await bob.context.close()
    })
  }
})
