import { For, Show } from 'solid-js'
import { t } from '../../i18n/i18n.ts'
import { useBoard } from '../BoardContext.tsx'
import { VIEW_MESSAGES } from './viewMessages.ts'

/**
 * A circular (lifecycle) map's row under the stage headers (seed 001: the end feeds the start): the
 * stage where the loop restarts is marked, and the last stage points back to it. Editors move the
 * restart point by clicking another stage's slot.
 */
export function LoopRow() {
  const board = useBoard()
  const m = () => t(VIEW_MESSAGES)
  const map = () => board.board.maps.find((candidate) => candidate.id === board.activeMapId())
  const restart = () => {
    const chosen = map()?.loopRestartStageId
    const stages = board.mapStages()
    return stages.find((stage) => stage.id === chosen) ?? stages[0]
  }
  const last = () => board.mapStages().at(-1)
  return (
    <>
      <div class="lane-label view-row-label">↻ {m().loop}</div>
      <For each={board.mapStages()}>
        {(stage) => (
          <div class="loop-slot" data-testid="loop-slot" data-stage-id={stage.id}>
            <Show
              when={stage.id === restart()?.id}
              fallback={
                <Show when={board.canEditStructure()}>
                  <button
                    type="button"
                    class="loop-pick"
                    title={m().markRestart(stage.name)}
                    aria-label={m().markRestart(stage.name)}
                    onClick={() =>
                      board.structure.setMapFields({
                        mapId: board.activeMapId(),
                        loopRestartStageId: stage.id,
                      })
                    }
                  >
                    ↻
                  </button>
                </Show>
              }
            >
              <span class="loop-restart" data-testid="loop-restart">
                ↻ {m().loopRestartsHere}
              </span>
            </Show>
            <Show when={stage.id === last()?.id && restart()}>
              {(target) => (
                <span class="loop-back" data-testid="loop-back">
                  {m().backTo(target().name)} ⤺
                </span>
              )}
            </Show>
          </div>
        )}
      </For>
      <div class="grid-filler" />
    </>
  )
}
