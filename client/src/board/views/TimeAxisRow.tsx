import { MAX_FIELD_LENGTH } from '@jm/shared'
import { For, Show } from 'solid-js'
import { t } from '../../i18n/i18n.ts'
import { useBoard } from '../BoardContext.tsx'
import { VIEW_MESSAGES } from './viewMessages.ts'

/**
 * A day in the life's time axis (seed 001: the customer's day, not purchase stages): each stage is
 * a moment of the day, its time shown on a line across the map and edited in place.
 */
export function TimeAxisRow() {
  const board = useBoard()
  const m = () => t(VIEW_MESSAGES)
  return (
    <>
      <div class="lane-label view-row-label">{m().timeOfDay}</div>
      <For each={board.mapStages()}>
        {(stage) => (
          <div class="time-slot" data-testid="time-slot">
            <span class="time-tick" aria-hidden="true" />
            <Show
              when={board.canEditStructure()}
              fallback={<span class="time-text">{stage.timeOfDay || '–'}</span>}
            >
              <input
                class="time-input"
                data-testid="time-input"
                value={stage.timeOfDay}
                placeholder={m().timeNotSet}
                aria-label={m().setTime(stage.name)}
                maxLength={MAX_FIELD_LENGTH}
                onChange={(event) =>
                  board.structure.setStageFields({ stageId: stage.id, timeOfDay: event.currentTarget.value })
                }
              />
            </Show>
          </div>
        )}
      </For>
      <div class="grid-filler time-axis-end" />
    </>
  )
}
