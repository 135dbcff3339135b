import type { Lane, LaneKind } from '@jm/shared'
import { For, type JSX } from 'solid-js'
import { t } from '../../i18n/i18n.ts'
import { VIEW_MESSAGES, type ViewMessages } from './viewMessages.ts'

/**
 * A service blueprint's lane groups from top to bottom (seed 001): physical evidence, the
 * customer's actions, onstage (front) actions, backstage actions, support processes. Other lanes
 * (owners, custom) belong to no group and draw no line.
 */
const ZONE: Partial<Record<LaneKind, number>> = {
  physicalEvidence: 0,
  customerActions: 1,
  onstage: 2,
  backstage: 3,
  supportProcesses: 4,
}

/** The three lines, each between two groups: the zone a lane must reach for the line to show above it. */
type LineText = keyof Pick<
  ViewMessages,
  'lineOfInteraction' | 'lineOfVisibility' | 'lineOfInternalInteraction'
>
const LINES: ReadonlyArray<{ below: number; text: LineText; kind: string }> = [
  { below: 2, text: 'lineOfInteraction', kind: 'interaction' },
  { below: 3, text: 'lineOfVisibility', kind: 'visibility' },
  { below: 4, text: 'lineOfInternalInteraction', kind: 'internal' },
]

/** The lines to draw between two lanes next to each other: those whose groups they straddle. */
export function linesBetween(previous: Lane | undefined, lane: Lane): typeof LINES {
  const above = previous ? ZONE[previous.kind] : undefined
  const here = ZONE[lane.kind]
  if (above === undefined || here === undefined) return []
  return LINES.filter((line) => above < line.below && here >= line.below)
}

/** The lines above a lane, as full-width dividers: text across the map, no cell to drop a note into. */
export function blueprintDividers(lane: Lane, previous: Lane | undefined): JSX.Element | null {
  const lines = linesBetween(previous, lane)
  if (lines.length === 0) return null
  return (
    <For each={lines}>
      {(line) => (
        <div class={`blueprint-line line-${line.kind}`} data-testid="blueprint-line">
          <span>{t(VIEW_MESSAGES)[line.text]}</span>
        </div>
      )}
    </For>
  )
}
