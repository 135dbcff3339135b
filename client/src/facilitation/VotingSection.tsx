import { BUDGET_MAX, BUDGET_MIN, type Lane, type ResultsMode } from '@jm/shared'
import { createSignal, For, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { t } from '../i18n/locale.ts'
import type { Facilitation } from './FacilitationContext.tsx'
import { ft } from './messages.ts'
import { formatDuration } from './TimerChip.tsx'

/** Round setup (budget, cap, anonymity, results mode, duration, eligible notes) and its controls. */
export function VotingSection(props: { facilitation: Facilitation }) {
  const board = useBoard()
  const f = props.facilitation
  const [budget, setBudget] = createSignal(5)
  const [cap, setCap] = createSignal(3)
  const [anonymous, setAnonymous] = createSignal(true)
  const [results, setResults] = createSignal<ResultsMode>('hidden')
  const [minutes, setMinutes] = createSignal(0)
  const painLanes = () =>
    board.board.lanes.filter((lane) => lane.kind === 'painPoints').map((lane) => lane.id)
  const [lanes, setLanes] = createSignal<string[] | null>(null)
  const [stages, setStages] = createSignal<string[]>([])
  const chosenLanes = () => lanes() ?? painLanes()
  const toggle = (list: string[], id: string, on: boolean) =>
    on ? [...list, id] : list.filter((x) => x !== id)
  const laneLabel = (lane: Lane) => lane.name || t().laneKinds[lane.kind]
  const round = () => f.latestRound()
  const result = () => {
    const current = round()
    return current ? f.control().results[current.id] : null
  }

  return (
    <section class="facilitation-section" data-testid="voting-section">
      <h3>{ft().voting}</h3>
      <Show
        when={f.activeRound()}
        fallback={
          <form
            class="round-form"
            onSubmit={(event) => {
              event.preventDefault()
              f.actions.startRound({
                budget: budget(),
                capPerNote: Math.min(cap(), budget()),
                anonymous: anonymous(),
                results: results(),
                laneIds: chosenLanes(),
                stageIds: stages(),
                durationMs: minutes() > 0 ? minutes() * 60_000 : null,
              })
            }}
          >
            <label>
              {ft().budget}
              <input
                type="number"
                data-testid="round-budget"
                min={BUDGET_MIN}
                max={BUDGET_MAX}
                value={budget()}
                onInput={(e) => setBudget(Number(e.currentTarget.value))}
              />
            </label>
            <label>
              {ft().capPerNote}
              <input
                type="number"
                data-testid="round-cap"
                min={1}
                max={BUDGET_MAX}
                value={cap()}
                onInput={(e) => setCap(Number(e.currentTarget.value))}
              />
            </label>
            <label>
              {ft().durationMin}
              <input
                type="number"
                min={0}
                max={240}
                value={minutes()}
                onInput={(e) => setMinutes(Number(e.currentTarget.value))}
              />
            </label>
            <label class="check">
              <input
                type="checkbox"
                checked={anonymous()}
                onChange={(e) => setAnonymous(e.currentTarget.checked)}
              />
              {ft().anonymous}
            </label>
            <label class="check">
              <input
                type="checkbox"
                checked={results() === 'live'}
                onChange={(e) => setResults(e.currentTarget.checked ? 'live' : 'hidden')}
              />
              {ft().liveResults}
            </label>
            <fieldset>
              <legend>{ft().eligibleLanes}</legend>
              <For each={board.board.lanes}>
                {(lane) => (
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={chosenLanes().includes(lane.id)}
                      onChange={(e) => setLanes(toggle(chosenLanes(), lane.id, e.currentTarget.checked))}
                    />
                    {laneLabel(lane)}
                  </label>
                )}
              </For>
            </fieldset>
            <fieldset>
              <legend>{ft().eligibleStages(stages().length)}</legend>
              <For each={board.board.stages}>
                {(stage) => (
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={stages().includes(stage.id)}
                      onChange={(e) => setStages(toggle(stages(), stage.id, e.currentTarget.checked))}
                    />
                    {stage.name}
                  </label>
                )}
              </For>
            </fieldset>
            <button type="submit" class="primary" data-testid="start-vote">
              {ft().startVote}
            </button>
          </form>
        }
      >
        {(open) => (
          <div class="round-controls">
            <p data-testid="round-status">
              {ft().voteOpen} · {ft().tally(result()?.voters ?? 0, result()?.votesCast ?? 0)}
              <Show when={open().endsAt}>
                {(endsAt) => ` · ${formatDuration(Math.max(0, endsAt() - f.now()))}`}
              </Show>
            </p>
            <div class="button-row">
              <Show when={open().endsAt !== null}>
                <button type="button" onClick={() => f.actions.extendRound(60_000)}>
                  {ft().extend}
                </button>
              </Show>
              <button
                type="button"
                class="primary"
                data-testid="end-vote"
                onClick={() => f.actions.endRound()}
              >
                {ft().endVote}
              </button>
            </div>
          </div>
        )}
      </Show>
      <Show when={!f.activeRound() && round() && round()?.revealedAt === null}>
        <div class="round-controls">
          <p data-testid="round-status">
            {ft().voteClosed} · {ft().tally(result()?.voters ?? 0, result()?.votesCast ?? 0)}
          </p>
          <button
            type="button"
            class="primary"
            data-testid="reveal-vote"
            onClick={() => f.actions.revealRound()}
          >
            {ft().reveal}
          </button>
        </div>
      </Show>
      <Show when={f.control().rounds.length > 1}>
        <details class="past-rounds">
          <summary>{ft().pastRounds}</summary>
          <ol>
            <For each={f.control().rounds.slice(0, -1)}>
              {(past, index) => (
                <li>
                  {ft().round(index() + 1)} · {new Date(past.startedAt).toLocaleString()} ·{' '}
                  {f.control().results[past.id]?.votesCast ?? 0} ●
                </li>
              )}
            </For>
          </ol>
        </details>
      </Show>
    </section>
  )
}
