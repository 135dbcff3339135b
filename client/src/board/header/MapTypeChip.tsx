import { type JourneyMap, MAP_TYPES, type MapType } from '@jm/shared'
import { For, Show } from 'solid-js'
import { t } from '../../i18n/locale.ts'
import { useBoard } from '../BoardContext.tsx'

/**
 * The map type as a chip. For editors a native select lies invisibly over it, so it opens the
 * platform's own list (keyboard and screen readers included) while looking like the chip.
 */
export function MapTypeChip(props: { map: JourneyMap }) {
  const board = useBoard()
  return (
    <span class="chip map-type" classList={{ editable: board.canEdit() }}>
      <span data-testid="map-type">{t().mapTypes[props.map.type]}</span>
      <Show when={board.canEdit()}>
        <span class="chip-caret" aria-hidden="true" />
        <select
          class="chip-select"
          aria-label={t().changeMapType}
          title={t().changeMapType}
          data-testid="map-type-select"
          value={props.map.type}
          onChange={(event) =>
            board.structure.setMapFields({ mapId: props.map.id, type: event.currentTarget.value as MapType })
          }
        >
          <For each={MAP_TYPES}>{(type) => <option value={type}>{t().mapTypes[type]}</option>}</For>
        </select>
      </Show>
    </span>
  )
}
