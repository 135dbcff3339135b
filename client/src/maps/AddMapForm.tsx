import { MAP_TYPES, type MapType } from '@jm/shared'
import { createSignal, For, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { mapName } from '../board/subJourneys/mapName.ts'
import { newStageNames } from '../board/subJourneys/newStageNames.ts'
import { MAP_TYPE_LABELS, MAPS_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'

/** Adds a map of a chosen type; a tactical one may detail a stage of another map (a sub-journey). */
export function AddMapForm(props: { onAdded: () => void }) {
  const board = useBoard()
  const m = () => t(MAPS_MESSAGES)
  const [type, setType] = createSignal<MapType>('currentState')
  const [title, setTitle] = createSignal('')
  const [parentStageId, setParentStageId] = createSignal('')
  const add = (event: SubmitEvent) => {
    event.preventDefault()
    const details = type() === 'tactical' && parentStageId() !== ''
    const id = board.structure.addMap({
      type: type(),
      title: title().trim(),
      stageNames: newStageNames(type(), details),
      parentStageId: details ? parentStageId() : undefined,
    })
    if (id === null) return
    board.setActiveMapId(id)
    props.onAdded()
  }
  return (
    <Show when={board.canEditStructure()}>
      <form class="add-map" data-testid="add-map" onSubmit={add}>
        <h3>{m().add}</h3>
        <label class="field">
          <span>{m().type}</span>
          <select
            data-testid="add-map-type"
            value={type()}
            onChange={(event) => setType(event.currentTarget.value as MapType)}
          >
            <For each={MAP_TYPES}>
              {(option) => <option value={option}>{t(MAP_TYPE_LABELS)[option]}</option>}
            </For>
          </select>
        </label>
        <label class="field">
          <span>{m().title}</span>
          <input
            data-testid="add-map-title"
            value={title()}
            placeholder={m().titlePlaceholder}
            onInput={(event) => setTitle(event.currentTarget.value)}
          />
        </label>
        <Show when={type() === 'tactical'}>
          <label class="field">
            <span>{m().detailsStage}</span>
            <select
              data-testid="add-map-parent-stage"
              value={parentStageId()}
              onChange={(event) => setParentStageId(event.currentTarget.value)}
            >
              <option value="">{m().detailsNone}</option>
              <For each={board.board.maps}>
                {(map) => (
                  <optgroup label={mapName(map)}>
                    <For each={board.board.stages.filter((stage) => stage.mapId === map.id)}>
                      {(stage) => <option value={stage.id}>{stage.name}</option>}
                    </For>
                  </optgroup>
                )}
              </For>
            </select>
          </label>
        </Show>
        <button type="submit" class="primary" data-testid="add-map-submit">
          {m().add}
        </button>
      </form>
    </Show>
  )
}
