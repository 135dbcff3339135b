import { OpError, startFutureState } from '@jm/shared'
import { For, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { FOLLOW_UP_MESSAGES, MAP_TYPE_LABELS } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'

/** Picks the map shown on the grid; starts a future-state map from the current one. */
export function MapSwitcher() {
  const board = useBoard()
  const m = () => t(FOLLOW_UP_MESSAGES).maps
  const hasFuture = () => board.board.maps.some((map) => map.type === 'futureState')
  const mapLabel = (id: string) => {
    const map = board.board.maps.find((candidate) => candidate.id === id)
    return map ? `${t(MAP_TYPE_LABELS)[map.type]}${map.title ? ` · ${map.title}` : ''}` : ''
  }
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
          <For each={board.board.maps}>{(map) => <option value={map.id}>{mapLabel(map.id)}</option>}</For>
        </select>
      </Show>
      <Show when={!hasFuture() && board.canEditStructure()}>
        <button type="button" class="toolbar-button" data-testid="start-future" onClick={start}>
          {m().startFuture}
        </button>
      </Show>
    </>
  )
}
