import * as OpenCC from 'opencc-js'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { initBoard } from '../../src/ops/initBoard.ts'
import { OpError } from '../../src/ops/OpError.ts'
import { LocalOrigin } from '../../src/ops/origin.ts'
import { SUPPORTED_LOCALES } from '../../src/schema/board.ts'
import { MAP_TYPES } from '../../src/schema/map.ts'
import { LANE_PRESETS } from '../../src/templates/lanePresets.ts'
import {
  deliverableSuggestions,
  findStageTemplate,
  kpiSuggestions,
  localizedTextsOf,
  TEMPLATES,
} from '../../src/templates/registry.ts'
import { TEMPLATE_IDS } from '../../src/templates/templateIds.ts'
import { testBoard } from '../testBoard.ts'

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' })
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' })

/** The stage models of DOMAIN.md, in the articles' words. */
const EXPECTED_STAGES: Record<string, string[]> = {
  'seed000-traditional': ['认知', '决策', '服务交付和反馈', '关系维护'],
  'seed000-tactical': ['认知', '信息搜索', '供应商候选名单', '定价', '订购', '交付', '销售代表支持'],
  'seed002-lifecycle': ['吸引', '捕获', '培育', '转化', '扩展'],
  'seed003-saas': ['意识', '参与', '转化', '入职', '采用', '升级', '续订', '增长和扩张', '推荐'],
  'seed004-buying': ['发觉', '研究', '比较', '决策', '签约', '融合', '验证', '推广'],
}

describe('templates', () => {
  it('are the five stage models of the seeds, each naming its seed', () => {
    expect(Object.fromEntries(TEMPLATES.map((t) => [t.id, t.stages.map((s) => s.name['zh-CN'])]))).toEqual(
      EXPECTED_STAGES,
    )
    for (const template of TEMPLATES) expect(template.source).toMatch(/^seed 00[0-4]$/)
    // The ids the API accepts are listed apart, so requests validate without the templates' texts.
    expect(TEMPLATES.map((template) => template.id)).toEqual([...TEMPLATE_IDS])
  })

  it('carry every text in zh-CN, zh-TW and en, the two Chinese scripts matching', () => {
    for (const template of TEMPLATES) {
      for (const text of localizedTextsOf(template)) {
        for (const locale of SUPPORTED_LOCALES) expect(text[locale].trim(), JSON.stringify(text)).not.toBe('')
        const sameText =
          toTraditional(text['zh-CN']) === text['zh-TW'] || toSimplified(text['zh-TW']) === text['zh-CN']
        expect(sameText, `${text['zh-CN']} / ${text['zh-TW']}`).toBe(true)
      }
    }
  })

  it('give every stage prompts or a goal, and most stages KPI suggestions and deliverables', () => {
    for (const template of TEMPLATES) {
      expect(new Set(template.stages.map((s) => s.key)).size).toBe(template.stages.length)
      for (const stage of template.stages)
        expect(stage.prompts.length + (stage.goal ? 1 : 0)).toBeGreaterThan(0)
      const withKpis = template.stages.filter((s) => kpiSuggestions(s).length > 0).length
      const withDeliverables = template.stages.filter((s) => deliverableSuggestions(s).length > 0).length
      expect(withKpis / template.stages.length).toBeGreaterThanOrEqual(0.5)
      expect(withDeliverables / template.stages.length).toBeGreaterThanOrEqual(0.8)
    }
    expect(findStageTemplate('seed002-lifecycle', 'convert')?.measuresFrom).toBe('convert')
  })

  it('have a lane preset for each of the eight map types', () => {
    expect(Object.keys(LANE_PRESETS).sort()).toEqual([...MAP_TYPES].sort())
    expect(LANE_PRESETS.empathy).toEqual(['says', 'does', 'thinks', 'feels'])
    // Physical evidence on top; the lines are drawn between these groups, not lanes (migration 003).
    expect(LANE_PRESETS.serviceBlueprint).toEqual([
      'physicalEvidence',
      'customerActions',
      'onstage',
      'backstage',
      'supportProcesses',
      'owners',
    ])
    expect(LANE_PRESETS.futureState).toEqual(LANE_PRESETS.currentState)
  })
})

describe('initBoard from a template', () => {
  it('creates the stages with goals, owners, KPIs and deliverables in the board language', () => {
    const board = testBoard({ templateId: 'seed004-buying', locale: 'zh-TW' })
    const view = board.view()
    expect(view.meta).toMatchObject({ templateId: 'seed004-buying', locale: 'zh-TW', title: 'Test board' })
    expect(view.stages.map((s) => s.name)).toEqual([
      '發覺',
      '研究',
      '比較',
      '決策',
      '簽約',
      '融合',
      '驗證',
      '推廣',
    ])
    const integrate = view.stages[5]
    expect(integrate).toMatchObject({ templateKey: 'integrate', ownerDepartment: '客戶成功' })
    expect(integrate?.deliverables.map((d) => d.text)).toContain('《用戶手冊》')
    const decide = view.stages[3]
    expect(decide?.kpis.map((k) => k.name)).toEqual([
      '產生了多少銷售合格線索？',
      '哪些活動在關閉機會方面最有效？',
      '內容消費者多久變成客戶一次？',
    ])
    expect(decide?.kpis.every((k) => k.target === null && k.actual === null)).toBe(true)
  })

  it('picks the lanes from the map type, defaulting to the template suggestion', () => {
    for (const mapType of MAP_TYPES) {
      const board = testBoard({ templateId: 'seed002-lifecycle', mapType, locale: 'en' })
      expect(board.view().lanes.map((l) => l.kind)).toEqual(LANE_PRESETS[mapType])
      expect(board.view().maps[0]?.type).toBe(mapType)
    }
    const tactical = testBoard({ templateId: 'seed000-tactical', locale: 'en' })
    expect(tactical.view().maps[0]?.type).toBe('tactical')
    expect(tactical.view().lanes.map((l) => l.kind)).toEqual(LANE_PRESETS.tactical)
  })

  it('uses the template name when no title is given, and refuses unknown templates and map types', () => {
    expect(testBoard({ templateId: 'seed003-saas', title: '  ', locale: 'zh-CN' }).view().meta.title).toBe(
      'SaaS 客户旅程',
    )
    expect(() => testBoard({ templateId: 'nope' })).toThrow(/unknown template/)
    expect(() => testBoard({ mapType: 'flowchart' as never })).toThrow(/unknown map type/)
  })
})

describe('initBoard with whom the map is for', () => {
  it('adds the persona and makes it the map’s, with the segment', () => {
    const board = testBoard({
      persona: { name: 'Li Wei', role: 'decisionMaker', jobTitle: 'CIO' },
      segment: 'Mid-size manufacturers',
    })
    const view = board.view()
    expect(view.personas).toHaveLength(1)
    expect(view.personas[0]).toMatchObject({ name: 'Li Wei', role: 'decisionMaker', jobTitle: 'CIO' })
    expect(view.maps[0]).toMatchObject({ personaId: view.personas[0]?.id, segment: 'Mid-size manufacturers' })
  })

  it('refuses an empty persona name and writes nothing', () => {
    const doc = new Y.Doc()
    expect(() =>
      initBoard(doc, { title: 'x', locale: 'en', now: 1, persona: { name: '  ' } }, new LocalOrigin('t')),
    ).toThrow(OpError)
    expect(Y.encodeStateAsUpdate(doc)).toEqual(Y.encodeStateAsUpdate(new Y.Doc()))
  })
})
