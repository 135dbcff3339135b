import type { Dictionary } from '../i18n/dictionary.ts'
import type { MapType } from '../schema/map.ts'

export type Localized = Dictionary<string>

/** Seed 002's five lifecycle stages, whose measurement questions other templates borrow as KPIs. */
export type Seed002StageKey = 'attract' | 'capture' | 'nurture' | 'convert' | 'expand'
/** Seed 004's eight buying stages, whose deliverables other templates borrow. */
export type Seed004StageKey =
  | 'discover'
  | 'research'
  | 'compare'
  | 'decide'
  | 'sign'
  | 'integrate'
  | 'verify'
  | 'advocate'

export interface StageTemplate {
  key: string
  name: Localized
  /** What happens at the stage, as the article describes it. */
  goal?: Localized
  customerQuestion?: Localized
  exitCriteria?: Localized
  ownerDepartment?: Localized
  handoff?: Localized
  /** Questions the workshop answers at this stage; shown beside the stage, not copied into the board. */
  prompts: Localized[]
  /** KPI suggestions: seed 002's measurement questions of the stage that corresponds to this one. */
  measuresFrom?: Seed002StageKey
  /** Deliverables and materials: seed 004's documents of the stage that corresponds to this one. */
  deliverablesFrom?: Seed004StageKey
}

export interface BoardTemplate {
  id: string
  /** Which seed article the stage model comes from. */
  source: string
  name: Localized
  description: Localized
  /** The map type a board made from this template starts with unless the creator picks another. */
  mapType: MapType
  stages: StageTemplate[]
}
