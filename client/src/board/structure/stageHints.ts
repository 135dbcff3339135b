import { findTemplate, type Locale, type StageTextField } from '@jm/shared'
import type { Messages } from '../../i18n/messages.ts'

/**
 * The placeholder for a stage field: the template's own prompt for that stage where it has one,
 * else a general prompt for the field.
 */
export function stageHint(
  messages: Messages,
  locale: Locale,
  templateId: string,
  templateKey: string,
  field: Exclude<StageTextField, 'name'>,
): string {
  const stage = findTemplate(templateId)?.stages.find((candidate) => candidate.key === templateKey)
  if (field === 'goal' && stage?.goal) return stage.goal[locale]
  return messages.stageHints[field]
}
