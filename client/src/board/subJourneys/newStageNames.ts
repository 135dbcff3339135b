import type { MapType } from '@jm/shared'
import { MAPS_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'

/** The stages a new map starts with: a day's map gets times of day, a sub-journey steps. */
export function newStageNames(type: MapType, detailsStage: boolean): string[] {
  const m = t(MAPS_MESSAGES)
  if (type === 'dayInTheLife') return m.newDayStages
  return detailsStage ? m.newSubStages : m.newStages
}
