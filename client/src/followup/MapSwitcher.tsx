import { OpError, startFutureState } from '@jm/shared'
import { createSignal, For, lazy, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { mapLabel } from '../board/subJourneys/mapName.ts'
import { FOLLOW_UP_MESSAGES, MAPS_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'

const MapsDialog = lazy(() => import('../maps/MapsDialog.tsx'))

/**
 * Picks the map shown on the grid, each listed with its type; opens the maps dialog (add, duplicate,
 * rename, reorder, remove); starts a future-state map from the current one.
 */
export function MapSwitcher() {
  const board = useBoard()
  const m = () => t(FOLLOW_UP_MESSAGES).maps
  const [managing, setManaging] = createSignal(false)
  const hasFuture = () => board.board.maps.some((map) => map.type === 'futureState')
  const start = () => {
    try {
      const id = startFutureState(
        board.connection.doc,
        { fromMapId: board.activeMapId(), title: m().futureTitle(board.board.meta.title), now: Date.now() },
        board.connection.origin,
      )
      board.setActiveMapId(id)
    } catch (error) {
      if (!(error instanceof OpError)) throw error
    }
  }
  return (
    <>
      <Show when={board.board.maps.length > 1}>
        <select
          class="language"
          aria-label={m().label}
          data-testid="map-switcher"
          value={board.activeMapId()}
          onChange={(event) => board.setActiveMapId(event.currentTarget.value)}
        >
          <For each={board.board.maps}>{(map) => <option value={map.id}>{mapLabel(map)}</option>}</For>
        </select>
      </Show>
      <Show when={board.canEditStructure()}>
        <button
          type="button"
          class="toolbar-button"
          data-testid="manage-maps"
          onClick={() => setManaging(true)}
        >
          {t(MAPS_MESSAGES).manage}
        </button>
      </Show>
      <Show when={!hasFuture() && board.canEditStructure()}>
        <button type="button" class="toolbar-button" data-testid="start-future" onClick={start}>
          {m().startFuture}
        </button>
      </Show>
      <Show when={managing()}>
        <MapsDialog onClose={() => setManaging(false)} />
      </Show>
    </>
  )
}
