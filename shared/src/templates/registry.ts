import { seed000Tactical } from './seed000Tactical.ts'
import { seed000Traditional } from './seed000Traditional.ts'
import { seed002Lifecycle } from './seed002Lifecycle.ts'
import { SEED002_MEASURES } from './seed002Measures.ts'
import { seed003Saas } from './seed003Saas.ts'
import { seed004Buying } from './seed004Buying.ts'
import { SEED004_DELIVERABLES } from './seed004Deliverables.ts'
import type { BoardTemplate, Localized, StageTemplate } from './types.ts'

/** The five stage models of DOMAIN.md, in the order the landing page offers them. */
export const TEMPLATES: readonly BoardTemplate[] = [
  seed002Lifecycle,
  seed000Traditional,
  seed000Tactical,
  seed003Saas,
  seed004Buying,
]
export const DEFAULT_TEMPLATE_ID = seed002Lifecycle.id

export function findTemplate(id: string | undefined): BoardTemplate | undefined {
  return TEMPLATES.find((template) => template.id === id)
}

export function findStageTemplate(templateId: string, stageKey: string): StageTemplate | undefined {
  return findTemplate(templateId)?.stages.find((stage) => stage.key === stageKey)
}

/** The stage's KPI suggestions (seed 002's measurement questions). */
export function kpiSuggestions(stage: StageTemplate): readonly Localized[] {
  return stage.measuresFrom ? SEED002_MEASURES[stage.measuresFrom] : []
}

/** The stage's deliverables (seed 004's documents and materials). */
export function deliverableSuggestions(stage: StageTemplate): readonly Localized[] {
  return stage.deliverablesFrom ? SEED004_DELIVERABLES[stage.deliverablesFrom] : []
}

/** Every localized text of a template, for checks that all three languages are filled. */
export function localizedTextsOf(template: BoardTemplate): Localized[] {
  const out: Localized[] = [template.name, template.description]
  for (const stage of template.stages) {
    for (const text of [
      stage.name,
      stage.goal,
      stage.customerQuestion,
      stage.exitCriteria,
      stage.ownerDepartment,
      stage.handoff,
    ]) {
      if (text) out.push(text)
    }
    out.push(...stage.prompts, ...kpiSuggestions(stage), ...deliverableSuggestions(stage))
  }
  return out
}
