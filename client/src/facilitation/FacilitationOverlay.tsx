import { createEffect, lazy, on, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { FACILITATION_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { useFacilitation } from './FacilitationContext.tsx'
import { PrivateTray } from './PrivateTray.tsx'
import { ResultsCard } from './ResultsCard.tsx'
import { scrollToStage } from './stageNavigation.ts'
import './facilitation.css'

// Loaded when a facilitator first opens it: participants never need it, and the first load has a budget.
const FacilitatorPanel = lazy(() =>
  import('./FacilitatorPanel.tsx').then((module) => ({ default: module.FacilitatorPanel })),
)

/**
 * Everything facilitation draws over the board: the facilitator's panel, results, the private
 * notes tray, messages (late dots, lock rollbacks, summons), and the summon scrolling.
 */
export function FacilitationOverlay() {
  const f = useFacilitation()
  const board = useBoard()
  if (!f) return null
  // The column on the grid, which shows the active map only.
  const stageIndex = (stageId: string) => board.mapStages().findIndex((stage) => stage.id === stageId)

  // Summon: everyone scrolls to the stage once per summon, but not to one made before they arrived.
  const initialSummon = f.control().summon?.at ?? 0
  createEffect(
    on(
      () => f.control().summon,
      (summon) => {
        if (!summon || summon.at <= initialSummon) return
        const index = stageIndex(summon.stageId)
        if (index < 0) return
        scrollToStage(index)
        if (!f.isFacilitator)
          f.notify(t(FACILITATION_MESSAGES).summoned(board.mapStages()[index]?.name ?? ''))
      },
    ),
  )
  return (
    <>
      <Show when={f.isFacilitator && f.panelOpen()}>
        <FacilitatorPanel facilitation={f} />
      </Show>
      <div class="facilitation-float" classList={{ 'beside-panel': f.isFacilitator && f.panelOpen() }}>
        <Show when={f.lateNotice()}>
          {(late) => (
            <p class="banner late-notice" data-testid="late-notice" role="alert">
              {t(FACILITATION_MESSAGES).late(late().count)}
            </p>
          )}
        </Show>
        <Show when={f.message()}>
          {(text) => (
            <p class="banner facilitation-message" data-testid="facilitation-message" role="status">
              {text()}
            </p>
          )}
        </Show>
        <PrivateTray facilitation={f} />
        <ResultsCard facilitation={f} />
      </div>
    </>
  )
}
