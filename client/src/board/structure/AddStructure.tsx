import { LANE_KINDS, type LaneKind, MAX_NAME_LENGTH } from '@jm/shared'
import { createSignal, For, Show } from 'solid-js'
import { LANE_KIND_LABELS, STRUCTURE_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'
import { isComposing } from '../../keys/isComposing.ts'
import { useBoard } from '../BoardContext.tsx'

/** The header cell after the last stage: "+" turns into a name field that adds a stage. */
export function AddStageHeader() {
  const board = useBoard()
  const [adding, setAdding] = createSignal(false)
  const mapId = () => board.activeMapId()
  const add = (input: HTMLInputElement) => {
    // Enter closes the field, and closing it blurs it: only the first of the two adds.
    if (!adding()) return
    const name = input.value.trim()
    setAdding(false)
    if (name) board.structure.addStage(mapId(), name)
  }
  return (
    <div class="stage-add">
      <Show when={board.canEditStructure()}>
        <Show
          when={adding()}
          fallback={
            <button
              type="button"
              class="add-button"
              data-testid="add-stage"
              title={t(STRUCTURE_MESSAGES).addStage}
              aria-label={t(STRUCTURE_MESSAGES).addStage}
              onClick={() => setAdding(true)}
            >
              +
            </button>
          }
        >
          <input
            class="inline-edit"
            data-testid="add-stage-input"
            placeholder={t(STRUCTURE_MESSAGES).stageName}
            aria-label={t(STRUCTURE_MESSAGES).stageName}
            maxLength={MAX_NAME_LENGTH}
            ref={(input) => queueMicrotask(() => input.focus())}
            onKeyDown={(event) => {
              if (isComposing(event)) return
              if (event.key === 'Enter') add(event.currentTarget)
              if (event.key === 'Escape') setAdding(false)
            }}
            onBlur={(event) => add(event.currentTarget)}
          />
        </Show>
      </Show>
    </div>
  )
}

/** The row under the last lane: pick a lane kind and add it. */
export function AddLaneRow() {
  const board = useBoard()
  const [kind, setKind] = createSignal<LaneKind>('custom')
  const mapId = () => board.activeMapId()
  return (
    <Show when={board.canEditStructure()}>
      <div class="lane-add">
        <select
          aria-label={t(STRUCTURE_MESSAGES).laneKind}
          data-testid="add-lane-kind"
          value={kind()}
          onChange={(e) => setKind(e.currentTarget.value as LaneKind)}
        >
          <For each={LANE_KINDS}>
            {(value) => <option value={value}>{t(LANE_KIND_LABELS)[value]}</option>}
          </For>
        </select>
        <button
          type="button"
          class="toolbar-button"
          data-testid="add-lane"
          onClick={() => board.structure.addLane(mapId(), kind())}
        >
          + {t(STRUCTURE_MESSAGES).addLane}
        </button>
      </div>
    </Show>
  )
}
