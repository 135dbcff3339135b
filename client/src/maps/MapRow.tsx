import type { JourneyMap } from '@jm/shared'
import { createSignal, For, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { InlineEdit } from '../board/structure/InlineEdit.tsx'
import { mapName } from '../board/subJourneys/mapName.ts'
import { MAP_TYPE_LABELS, MAPS_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'

const MOVES = [
  { by: -1, label: 'moveUp', arrow: '↑', testId: 'map-row-up' },
  { by: 1, label: 'moveDown', arrow: '↓', testId: 'map-row-down' },
] as const

/** One map in the maps dialog: its type and title, and what an editor can do with it. */
export function MapRow(props: { map: JourneyMap; index: number; onOpened: () => void }) {
  const board = useBoard()
  const m = () => t(MAPS_MESSAGES)
  const [confirming, setConfirming] = createSignal(false)
  const editable = () => board.canEditStructure()
  const count = () => board.board.maps.length
  const shown = () => board.activeMapId() === props.map.id
  const noteCount = () => {
    const stages = new Set(board.board.stages.filter((s) => s.mapId === props.map.id).map((s) => s.id))
    return board.board.notes.filter((note) => stages.has(note.stageId)).length
  }
  const remove = () => {
    const name = mapName(props.map)
    if (board.structure.deleteMap(props.map.id) === null) return
    board.announceDelete({ kind: 'map', name })
  }
  return (
    <li class="map-row" data-testid="map-row" data-map-id={props.map.id} classList={{ shown: shown() }}>
      <span class="chip map-type" data-testid="map-row-type">
        {t(MAP_TYPE_LABELS)[props.map.type]}
      </span>
      <InlineEdit
        class={props.map.title ? 'map-row-title' : 'map-row-title untitled'}
        testId="map-row-title"
        value={props.map.title}
        placeholder={m().untitled}
        editable={editable()}
        editOnClick
        label={m().rename}
        onCommit={(title) => board.structure.setMapFields({ mapId: props.map.id, title })}
      />
      <span class="map-row-actions">
        <Show when={!shown()} fallback={<span class="muted">{m().shown}</span>}>
          <button
            type="button"
            class="toolbar-button"
            data-testid="map-row-open"
            onClick={() => {
              board.setActiveMapId(props.map.id)
              props.onOpened()
            }}
          >
            {m().open}
          </button>
        </Show>
        <Show when={editable()}>
          <For each={MOVES}>
            {(move) => {
              const to = () => props.index + move.by
              return (
                <button
                  type="button"
                  class="icon-button"
                  aria-label={m()[move.label]}
                  title={m()[move.label]}
                  data-testid={move.testId}
                  disabled={to() < 0 || to() >= count()}
                  onClick={() => board.structure.moveMap(props.map.id, to())}
                >
                  {move.arrow}
                </button>
              )
            }}
          </For>
          <button
            type="button"
            class="toolbar-button"
            data-testid="map-row-duplicate"
            onClick={() => board.structure.duplicateMap(props.map.id, m().copyTitle(props.map.title))}
          >
            {m().duplicate}
          </button>
          <button
            type="button"
            class="toolbar-button danger"
            data-testid="map-row-remove"
            disabled={count() <= 1}
            title={count() <= 1 ? m().lastMap : undefined}
            onClick={() => setConfirming(true)}
          >
            {m().remove}
          </button>
        </Show>
      </span>
      <Show when={confirming()}>
        <div class="map-row-confirm" role="alert" data-testid="map-remove-confirm">
          <p>{m().removeConfirm(mapName(props.map), noteCount())}</p>
          <button type="button" class="toolbar-button" onClick={() => setConfirming(false)}>
            {m().cancel}
          </button>
          <button
            type="button"
            class="primary danger"
            data-testid="map-remove-confirm-button"
            onClick={remove}
          >
            {m().removeNow}
          </button>
        </div>
      </Show>
    </li>
  )
}
