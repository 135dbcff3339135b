import type { StageTextField } from '@jm/shared'
import { findTemplate } from '@jm/shared/templates'
import { STRUCTURE_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'

/**
 * The placeholder for a stage field: the template's own prompt for that stage where it has one,
 * else a general prompt for the field.
 */
export function stageHint(
  templateId: string,
  templateKey: string,
  field: Exclude<StageTextField, 'name'>,
): string {
  // Templates are purchase journeys: they have no time of day to suggest.
  const prompt = field === 'timeOfDay' ? undefined : templateStage(templateId, templateKey)?.[field]
  return prompt ? t(prompt) : t(STRUCTURE_MESSAGES).stageHints[field]
}

/** The template's stage a board stage was made from, if any. */
export function templateStage(templateId: string, templateKey: string) {
  return findTemplate(templateId)?.stages.find((candidate) => candidate.key === templateKey)
}
