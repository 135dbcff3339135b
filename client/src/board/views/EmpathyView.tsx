import { LANE_KIND_LABELS, type Lane, type LaneKind, laneLabel, PERSONA_ROLE_LABELS } from '@jm/shared'
import { createMemo, createSignal, For, Show } from 'solid-js'
import { locale, t } from '../../i18n/i18n.ts'
import { cellKey } from '../../primitives/createCellLists.ts'
import type { Viewport } from '../../primitives/createViewport.ts'
import { useBoard } from '../BoardContext.tsx'
import { Cell } from '../Cell.tsx'
import { createActiveCell } from '../createActiveCell.ts'
import { NoteSurface } from '../NoteSurface.tsx'
import { createNoteDrag } from '../noteDrag.ts'
import { VIEW_MESSAGES } from './viewMessages.ts'

/** Seed 001's four quadrants, in reading order: says and thinks above, does and feels below. */
const QUADRANTS: readonly LaneKind[] = ['says', 'thinks', 'does', 'feels']

type Slot = { kind: LaneKind; lane: Lane | undefined }

/**
 * The empathy map (同理心地图): what the persona says, thinks, does and feels, in four quadrants
 * around the persona, for one stage at a time. The same lanes and notes as the grid: a map switched
 * to another type shows them as rows again; lanes that are no quadrant follow below the quadrants.
 */
export function EmpathyView(props: { viewport: Viewport }) {
  const board = useBoard()
  const drag = createNoteDrag()
  const m = () => t(VIEW_MESSAGES)
  const [chosenStage, setChosenStage] = createSignal<string | null>(null)
  const stage = () => board.mapStages().find((s) => s.id === chosenStage()) ?? board.mapStages()[0]
  const map = () => board.board.maps.find((candidate) => candidate.id === board.activeMapId())
  const persona = () => board.board.personas.find((candidate) => candidate.id === map()?.personaId)
  // Each quadrant shows the map's first lane of its kind.
  const quadrants = createMemo((): Slot[] =>
    QUADRANTS.map((kind) => ({ kind, lane: board.mapLanes().find((lane) => lane.kind === kind) })),
  )
  const others = createMemo(() =>
    board.mapLanes().filter((lane) => !quadrants().some((slot) => slot.lane?.id === lane.id)),
  )
  const layout = createMemo(() => {
    const current = stage()
    const lanes = [...quadrants().flatMap((slot) => (slot.lane ? [slot.lane] : [])), ...others()]
    return { cells: current ? lanes.map((lane) => ({ stage: current, lane })) : [], columns: 2 }
  })
  const { isActive, setActive } = createActiveCell(() => {
    const first = layout().cells[0]
    return first ? cellKey(first.stage.id, first.lane.id) : null
  })
  const cellOf = (lane: Lane) => (
    <Show when={stage()}>
      {(current) => {
        const key = () => cellKey(current().id, lane.id)
        return (
          <Cell
            stage={current()}
            lane={lane}
            label={laneLabel(lane, locale())}
            notes={board.notesIn(current().id, lane.id)}
            drag={drag}
            scale={props.viewport.scale()}
            active={isActive(key())}
            onActivate={() => setActive(key())}
          />
        )
      }}
    </Show>
  )

  return (
    <NoteSurface
      viewport={props.viewport}
      layout={layout()}
      view="empathy"
      class="empathy"
      style={{ zoom: String(props.viewport.scale()) }}
    >
      <fieldset class="empathy-stages">
        <legend class="visually-hidden">{m().stageShown}</legend>
        <For each={board.mapStages()}>
          {(candidate) => (
            <button
              type="button"
              class="empathy-stage"
              data-testid="empathy-stage"
              aria-pressed={candidate.id === stage()?.id}
              onClick={() => setChosenStage(candidate.id)}
            >
              {candidate.name}
            </button>
          )}
        </For>
      </fieldset>
      <div class="empathy-quadrants">
        <For each={quadrants()}>
          {(slot, index) => (
            <section
              class={`quadrant quadrant-${slot.kind}`}
              data-testid="quadrant"
              data-kind={slot.kind}
              style={{
                'grid-row': String(Math.floor(index() / 2) + 1),
                'grid-column': String((index() % 2) + 1),
              }}
            >
              <h3>{slot.lane ? laneLabel(slot.lane, locale()) : LANE_KIND_LABELS[locale()][slot.kind]}</h3>
              <Show
                when={slot.lane}
                fallback={
                  <Show when={board.canEditStructure()}>
                    <button
                      type="button"
                      class="toolbar-button"
                      data-testid="add-quadrant"
                      onClick={() => board.structure.addLanes(board.activeMapId(), [slot.kind])}
                    >
                      {m().addQuadrant(LANE_KIND_LABELS[locale()][slot.kind])}
                    </button>
                  </Show>
                }
              >
                {(lane) => cellOf(lane())}
              </Show>
            </section>
          )}
        </For>
        <div class="empathy-persona" data-testid="empathy-persona">
          <strong>{persona()?.name || m().noPersona}</strong>
          <Show when={persona()}>
            {(shown) => <span>{PERSONA_ROLE_LABELS[locale()][shown().role]}</span>}
          </Show>
          <Show when={map()?.segment}>{(segment) => <span class="muted">{segment()}</span>}</Show>
        </div>
      </div>
      <Show when={others().length > 0}>
        <h3 class="empathy-others-title">{m().otherLanes}</h3>
        <div class="empathy-others">
          <For each={others()}>
            {(lane) => (
              <section class="quadrant" data-testid="empathy-other-lane">
                <h3>{laneLabel(lane, locale())}</h3>
                {cellOf(lane)}
              </section>
            )}
          </For>
        </div>
      </Show>
    </NoteSurface>
  )
}
