import type { JourneyMap } from '@jm/shared'
import { MAP_TYPE_LABELS } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'

/** A map as the switcher lists it: its type, then its title when it has one ("Tactical · Repurchase"). */
export const mapLabel = (map: JourneyMap): string =>
  `${t(MAP_TYPE_LABELS)[map.type]}${map.title ? ` · ${map.title}` : ''}`

/** A map in running text and breadcrumbs: its title, or its type when it has none. */
export const mapName = (map: JourneyMap): string => map.title || t(MAP_TYPE_LABELS)[map.type]
