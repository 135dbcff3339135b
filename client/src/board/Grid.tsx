import { emotionByStage, type Lane, laneLabel, type Stage } from '@jm/shared'
import { createMemo, For, type JSX, Show } from 'solid-js'
import { STRUCTURE_MESSAGES } from '../i18n/dictionaries.ts'
import { locale, t } from '../i18n/i18n.ts'
import { cellKey } from '../primitives/createCellLists.ts'
import type { Viewport } from '../primitives/createViewport.ts'
import { useBoard } from './BoardContext.tsx'
import { Cell } from './Cell.tsx'
import { createActiveCell } from './createActiveCell.ts'
import { NoteSurface } from './NoteSurface.tsx'
import { createNoteDrag } from './noteDrag.ts'
import { AddLaneRow, AddStageHeader } from './structure/AddStructure.tsx'
import { EmotionCurve } from './structure/EmotionCurve.tsx'
import { LaneLabel } from './structure/LaneLabel.tsx'
import { createReorderDrag, LANE_DRAG_TYPE, STAGE_DRAG_TYPE } from './structure/reorder.ts'
import { StageHeader } from './structure/StageHeader.tsx'
import { zoomToStage } from './zoomToStage.ts'

interface Props {
  viewport: Viewport
  /** The map type whose view this grid is (current, future, strategic, tactical, blueprint, loop, day). */
  view: string
  /** A row of the view's own under the stage headers (a loop's restart, a day's time axis). */
  headerRow?: JSX.Element
  /** A divider drawn above a lane (a blueprint's lines); null for none. */
  dividerAbove?: (lane: Lane, previous: Lane | undefined) => JSX.Element | null
}

/** The stage x lane grid: every map type but the empathy map draws on it. */
export function Grid(props: Props) {
  const board = useBoard()
  const drag = createNoteDrag()
  const stageDrag = createReorderDrag(STAGE_DRAG_TYPE, 'x')
  const laneDrag = createReorderDrag(LANE_DRAG_TYPE, 'y')
  // Only the active map's stages and lanes; notes follow their cells.
  const stages = board.mapStages
  const lanes = board.mapLanes
  const layout = createMemo(() => ({
    cells: lanes().flatMap((lane) => stages().map((stage) => ({ stage, lane }))),
    columns: stages().length,
  }))
  const emotions = createMemo(() => emotionByStage(stages(), lanes(), board.plainNotes()))
  const { isActive, setActive } = createActiveCell(() => {
    const first = layout().cells[0]
    return first ? cellKey(first.stage.id, first.lane.id) : null
  })

  let surface: HTMLElement | undefined
  return (
    <NoteSurface
      ref={(element) => {
        surface = element
      }}
      viewport={props.viewport}
      layout={layout()}
      view={props.view}
      class="grid"
      style={{ '--stage-count': String(stages().length), zoom: String(props.viewport.scale()) }}
    >
      <div class="grid-corner" />
      <For each={stages()}>
        {(stage: Stage, index) => (
          <StageHeader
            stage={stage}
            index={index()}
            emotion={emotions().get(stage.id) ?? null}
            drag={stageDrag}
            onZoom={() => surface && zoomToStage(surface, props.viewport, stage.id)}
          />
        )}
      </For>
      <AddStageHeader />
      {props.headerRow}
      <div class="lane-label curve-label">{t(STRUCTURE_MESSAGES).emotionCurve}</div>
      <EmotionCurve scores={stages().map((stage) => emotions().get(stage.id) ?? null)} />
      <div class="grid-filler" />
      <For each={lanes()}>
        {(lane: Lane, index) => (
          <>
            <Show when={props.dividerAbove?.(lane, lanes()[index() - 1])}>{(divider) => divider()}</Show>
            <LaneLabel lane={lane} label={laneLabel(lane, locale())} drag={laneDrag} />
            <For each={stages()}>
              {(stage: Stage) => {
                const key = cellKey(stage.id, lane.id)
                return (
                  <Cell
                    stage={stage}
                    lane={lane}
                    label={laneLabel(lane, locale())}
                    notes={board.notesIn(stage.id, lane.id)}
                    drag={drag}
                    scale={props.viewport.scale()}
                    active={isActive(key)}
                    onActivate={() => setActive(key)}
                  />
                )
              }}
            </For>
            <div class="grid-filler" />
          </>
        )}
      </For>
      <AddLaneRow />
    </NoteSurface>
  )
}
