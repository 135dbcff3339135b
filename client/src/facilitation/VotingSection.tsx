import { BUDGET_MAX, BUDGET_MIN, laneLabel, type ResultsMode } from '@jm/shared'
import { createSignal, For, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { FACILITATION_MESSAGES } from '../i18n/dictionaries.ts'
import { format, locale, t } from '../i18n/i18n.ts'
import type { Facilitation } from './FacilitationContext.tsx'
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
    board
      .mapLanes()
      .filter((lane) => lane.kind === 'painPoints')
      .map((lane) => lane.id)
  const [lanes, setLanes] = createSignal<string[] | null>(null)
  const [stages, setStages] = createSignal<string[]>([])
  const chosenLanes = () => lanes() ?? painLanes()
  const toggle = (list: string[], id: string, on: boolean) =>
    on ? [...list, id] : list.filter((x) => x !== id)
  const round = () => f.latestRound()
  const result = () => {
    const current = round()
    return current ? f.control().results[current.id] : null
  }

  return (
    <section class="facilitation-section" data-testid="voting-section">
      <h3>{t(FACILITATION_MESSAGES).voting}</h3>
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
              {t(FACILITATION_MESSAGES).budget}
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
              {t(FACILITATION_MESSAGES).capPerNote}
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
              {t(FACILITATION_MESSAGES).durationMin}
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
              {t(FACILITATION_MESSAGES).anonymous}
            </label>
            <label class="check">
              <input
                type="checkbox"
                checked={results() === 'live'}
                onChange={(e) => setResults(e.currentTarget.checked ? 'live' : 'hidden')}
              />
              {t(FACILITATION_MESSAGES).liveResults}
            </label>
            <fieldset>
              <legend>{t(FACILITATION_MESSAGES).eligibleLanes}</legend>
              <For each={board.mapLanes()}>
                {(lane) => (
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={chosenLanes().includes(lane.id)}
                      onChange={(e) => setLanes(toggle(chosenLanes(), lane.id, e.currentTarget.checked))}
                    />
                    {laneLabel(lane, locale())}
                  </label>
                )}
              </For>
            </fieldset>
            <fieldset>
              <legend>{t(FACILITATION_MESSAGES).eligibleStages(stages().length)}</legend>
              <For each={board.mapStages()}>
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
              {t(FACILITATION_MESSAGES).startVote}
            </button>
          </form>
        }
      >
        {(open) => (
          <div class="round-controls">
            <p data-testid="round-status">
              {t(FACILITATION_MESSAGES).voteOpen} ·{' '}
              {t(FACILITATION_MESSAGES).tally(result()?.voters ?? 0, result()?.votesCast ?? 0)}
              <Show when={open().endsAt}>
                {(endsAt) => ` · ${formatDuration(Math.max(0, endsAt() - f.now()))}`}
              </Show>
            </p>
            <div class="button-row">
              <Show when={open().endsAt !== null}>
                <button type="button" onClick={() => f.actions.extendRound(60_000)}>
                  {t(FACILITATION_MESSAGES).extend}
                </button>
              </Show>
              <button
                type="button"
                class="primary"
                data-testid="end-vote"
                onClick={() => f.actions.endRound()}
              >
                {t(FACILITATION_MESSAGES).endVote}
              </button>
            </div>
          </div>
        )}
      </Show>
      <Show when={!f.activeRound() && round() && round()?.revealedAt === null}>
        <div class="round-controls">
          <p data-testid="round-status">
            {t(FACILITATION_MESSAGES).voteClosed} ·{' '}
            {t(FACILITATION_MESSAGES).tally(result()?.voters ?? 0, result()?.votesCast ?? 0)}
          </p>
          <button
            type="button"
            class="primary"
            data-testid="reveal-vote"
            onClick={() => f.actions.revealRound()}
          >
            {t(FACILITATION_MESSAGES).reveal}
          </button>
        </div>
      </Show>
      <Show when={f.control().rounds.length > 1}>
        <details class="past-rounds">
          <summary>{t(FACILITATION_MESSAGES).pastRounds}</summary>
          <ol>
            <For each={f.control().rounds.slice(0, -1)}>
              {(past, index) => (
                <li>
                  {t(FACILITATION_MESSAGES).round(index() + 1)} · {format().dateTime(past.startedAt)} ·{' '}
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
