import type { Locale } from '../schema/board.ts'
import type { LaneKind } from '../schema/lane.ts'

export type Localized = Record<Locale, string>

export interface StageTemplate {
  key: string
  name: Localized
  goal?: Localized
}

export interface BoardTemplate {
  id: string
  /** Which seed article the stage model comes from. */
  source: string
  name: Localized
  stages: StageTemplate[]
  lanes: LaneKind[]
}
