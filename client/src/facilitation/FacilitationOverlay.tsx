import { createEffect, createSignal, on, onCleanup, onMount, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { useFacilitation } from './FacilitationContext.tsx'
import { ft } from './messages.ts'
import { PrivateTray } from './PrivateTray.tsx'
import { ResultsCard } from './ResultsCard.tsx'
import { SessionSection } from './SessionSection.tsx'
import { scrollToStage, stageInView } from './stageNavigation.ts'
import { VotingSection } from './VotingSection.tsx'
import './facilitation.css'

const LEAD_THROTTLE_MS = 300

/**
 * Everything facilitation draws over the board: the facilitator's panel, results, the private
 * notes tray, messages (late dots, lock rollbacks, summons), and the follow/summon scrolling.
 */
export function FacilitationOverlay() {
  const f = useFacilitation()
  const board = useBoard()
  if (!f) return null
  const stageIndex = (stageId: string) => board.board.stages.findIndex((stage) => stage.id === stageId)

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
        if (!f.isFacilitator) f.notify(ft().summoned(board.board.stages[index]?.name ?? ''))
      },
    ),
  )
  // Follow: a participant who follows sees the stage the leading facilitator is on.
  createEffect(() => {
    const lead = f.control().lead
    if (f.following() && lead) scrollToStage(stageIndex(lead.stageId))
  })
  // Lead: the facilitator's scrolling publishes the stage in view (only while they choose to lead).
  const [leading, setLeading] = createSignal(false)
  let last = 0
  const onScroll = (event: Event) => {
    if (!leading() || Date.now() - last < LEAD_THROTTLE_MS) return
    last = Date.now()
    const index = stageInView(event.currentTarget as HTMLElement)
    const stage = board.board.stages[index]
    if (stage) f.actions.lead(stage.id)
  }
  let scroller: HTMLElement | null = null
  onMount(() => {
    scroller = document.querySelector<HTMLElement>('.board-scroll')
    scroller?.addEventListener('scroll', onScroll, { passive: true })
  })
  onCleanup(() => scroller?.removeEventListener('scroll', onScroll))

  return (
    <>
      <Show when={f.isFacilitator && f.panelOpen()}>
        <aside class="facilitator-panel panel" data-testid="facilitator-panel">
          <header>
            <h2>{ft().facilitate}</h2>
            <button
              type="button"
              class="panel-close"
              aria-label={ft().close}
              onClick={() => f.setPanelOpen(false)}
            >
              ×
            </button>
          </header>
          <VotingSection facilitation={f} />
          <SessionSection
            facilitation={f}
            leading={leading()}
            onLead={(on) => {
              setLeading(on)
              const stage = scroller ? board.board.stages[stageInView(scroller)] : undefined
              if (on && stage) f.actions.lead(stage.id)
            }}
          />
        </aside>
      </Show>
      <div class="facilitation-float" classList={{ 'beside-panel': f.isFacilitator && f.panelOpen() }}>
        <Show when={f.lateNotice()}>
          {(late) => (
            <p class="banner late-notice" data-testid="late-notice" role="alert">
              {ft().late(late().count)}
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
