import { Show } from 'solid-js'
import { MAPS_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'
import { useBoard } from '../BoardContext.tsx'
import { mapName } from './mapName.ts'
import './subJourney.css'

/** On a stage's header: that a sub-journey details the stage, opening it (the first of them). */
export function SubJourneyChip(props: { stageId: string }) {
  const board = useBoard()
  const subJourneys = () => board.board.maps.filter((map) => map.parentStageId === props.stageId)
  return (
    <Show when={subJourneys()[0]}>
      {(first) => (
        <button
          type="button"
          class="fact sub-journey"
          data-testid="stage-sub-journey"
          title={t(MAPS_MESSAGES).openSubJourney(mapName(first()))}
          onClick={() => board.setActiveMapId(first().id)}
        >
          ↳ {t(MAPS_MESSAGES).subJourneys}
          <Show when={subJourneys().length > 1}> ({subJourneys().length})</Show>
        </button>
      )}
    </Show>
  )
}
