import type { Stage } from '@jm/shared'
import { For, Show } from 'solid-js'
import { MAPS_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'
import { useBoard } from '../BoardContext.tsx'
import { mapName } from './mapName.ts'
import './subJourney.css'
import { newStageNames } from './newStageNames.ts'

/**
 * In a stage's panel: the sub-journeys (tactical maps) that detail this stage, each opened with a
 * click, and for editors a new one, named after the stage.
 */
export function SubJourneyLinks(props: { stage: Stage }) {
  const board = useBoard()
  const m = () => t(MAPS_MESSAGES)
  const subJourneys = () => board.board.maps.filter((map) => map.parentStageId === props.stage.id)
  const create = () => {
    const id = board.structure.addMap({
      type: 'tactical',
      title: props.stage.name,
      stageNames: newStageNames('tactical', true),
      parentStageId: props.stage.id,
    })
    if (id !== null) open(id)
  }
  // The panel belongs to a stage of the map being left.
  const open = (mapId: string) => {
    board.setActiveMapId(mapId)
    board.openStagePanel(null)
  }
  return (
    <Show when={subJourneys().length > 0 || board.canEditStructure()}>
      <section class="panel-section" data-testid="sub-journeys">
        <h3>{m().subJourneys}</h3>
        <For each={subJourneys()}>
          {(map) => (
            <button
              type="button"
              class="link-button sub-journey-link"
              data-testid="open-sub-journey"
              onClick={() => open(map.id)}
            >
              {m().openSubJourney(mapName(map))}
            </button>
          )}
        </For>
        <Show when={board.canEditStructure()}>
          <button type="button" class="toolbar-button" data-testid="new-sub-journey" onClick={create}>
            {m().newSubJourney}
          </button>
        </Show>
      </section>
    </Show>
  )
}
