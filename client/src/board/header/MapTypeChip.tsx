import { type JourneyMap, LANE_PRESETS, type LaneKind, MAP_TYPES, type MapType } from '@jm/shared'
import { createSignal, For, Show } from 'solid-js'
import { HEADER_MESSAGES, LANE_KIND_LABELS, MAP_TYPE_LABELS } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'
import { useBoard } from '../BoardContext.tsx'

/**
 * The map type as a chip. For editors a native select lies invisibly over it, so it opens the
 * platform's own list (keyboard and screen readers included) while looking like the chip. A new
 * type keeps the map's lanes; the one who changed it is offered the lanes that type usually has.
 */
export function MapTypeChip(props: { map: JourneyMap; editable: boolean }) {
  const board = useBoard()
  const [suggested, setSuggested] = createSignal<readonly LaneKind[]>([])
  const missingLanes = (type: MapType) => {
    const present = new Set(
      board.board.lanes.filter((lane) => lane.mapId === props.map.id).map((lane) => lane.kind),
    )
    return LANE_PRESETS[type].filter((kind) => !present.has(kind))
  }
  const change = (type: MapType) => {
    board.structure.setMapFields({ mapId: props.map.id, type })
    setSuggested(missingLanes(type))
  }
  const addSuggested = () => {
    board.structure.addLanes(props.map.id, suggested())
    setSuggested([])
  }
  return (
    <span class="map-type-menu">
      <span class="chip map-type" classList={{ editable: props.editable }}>
        <span data-testid="map-type">{t(MAP_TYPE_LABELS)[props.map.type]}</span>
        <Show when={props.editable}>
          <span class="chip-caret" aria-hidden="true" />
          <select
            class="chip-select"
            aria-label={t(HEADER_MESSAGES).changeMapType}
            title={t(HEADER_MESSAGES).changeMapType}
            data-testid="map-type-select"
            value={props.map.type}
            onChange={(event) => change(event.currentTarget.value as MapType)}
          >
            <For each={MAP_TYPES}>{(type) => <option value={type}>{t(MAP_TYPE_LABELS)[type]}</option>}</For>
          </select>
        </Show>
      </span>
      <Show when={suggested().length > 0 && props.editable}>
        <div class="lane-suggestion panel" role="status" data-testid="lane-suggestion">
          <p>{t(HEADER_MESSAGES).suggestedLanes(t(MAP_TYPE_LABELS)[props.map.type])}</p>
          <ul>
            <For each={suggested()}>{(kind) => <li>{t(LANE_KIND_LABELS)[kind]}</li>}</For>
          </ul>
          <div class="panel-actions">
            <button type="button" class="toolbar-button" onClick={() => setSuggested([])}>
              {t(HEADER_MESSAGES).notNow}
            </button>
            <button type="button" class="primary" data-testid="add-suggested-lanes" onClick={addSuggested}>
              {t(HEADER_MESSAGES).addLanes(suggested().length)}
            </button>
          </div>
        </div>
      </Show>
    </span>
  )
}
