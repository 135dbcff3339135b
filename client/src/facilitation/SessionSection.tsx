import { DEFAULT_TIMER_MS, laneLabel } from '@jm/shared'
import { createSignal, For, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { FACILITATION_MESSAGES } from '../i18n/dictionaries.ts'
import { locale, t } from '../i18n/i18n.ts'
import type { Facilitation } from './FacilitationContext.tsx'

/** Timer, locks, private brainstorming and summon: the facilitator's session controls. */
export function SessionSection(props: { facilitation: Facilitation }) {
  const board = useBoard()
  const f = props.facilitation
  const [minutes, setMinutes] = createSignal(DEFAULT_TIMER_MS / 60_000)
  const [summonStage, setSummonStage] = createSignal('')
  const timer = () => f.control().timer
  const locks = () => f.control().locks
  // The lock covers every map's lanes (null: all of them); the list offers the map shown.
  const addable = () => locks().addLaneIds ?? board.board.lanes.map((lane) => lane.id)
  const setAddable = (laneId: string, on: boolean) => {
    const next = on ? [...addable(), laneId] : addable().filter((id) => id !== laneId)
    const everyLane = board.board.lanes.every((lane) => next.includes(lane.id))
    f.actions.setLocks({ ...locks(), addLaneIds: everyLane ? null : next })
  }

  return (
    <>
      <section class="facilitation-section" data-testid="timer-section">
        <h3>{t(FACILITATION_MESSAGES).timer}</h3>
        <div class="button-row">
          <Show when={timer().status === 'idle'}>
            <input
              type="number"
              class="minutes"
              min={1}
              max={240}
              value={minutes()}
              aria-label={t(FACILITATION_MESSAGES).timerMinutes}
              title={t(FACILITATION_MESSAGES).timerMinutes}
              onInput={(e) => setMinutes(Number(e.currentTarget.value))}
            />
          </Show>
          <Show
            when={timer().status === 'running'}
            fallback={
              <button
                type="button"
                class="primary"
                data-testid="timer-start"
                onClick={() =>
                  f.actions.startTimer(
                    timer().status === 'paused' ? undefined : Math.round(minutes() * 60_000),
                  )
                }
              >
                {timer().status === 'paused'
                  ? t(FACILITATION_MESSAGES).resume
                  : t(FACILITATION_MESSAGES).start}
              </button>
            }
          >
            <button type="button" data-testid="timer-pause" onClick={() => f.actions.pauseTimer()}>
              {t(FACILITATION_MESSAGES).pause}
            </button>
          </Show>
          <button type="button" onClick={() => f.actions.addMinute()}>
            {t(FACILITATION_MESSAGES).addMinute}
          </button>
          <button type="button" onClick={() => f.actions.resetTimer(Math.round(minutes() * 60_000))}>
            {t(FACILITATION_MESSAGES).reset}
          </button>
        </div>
      </section>
      <section class="facilitation-section" data-testid="locks-section">
        <h3>{t(FACILITATION_MESSAGES).locks}</h3>
        <label class="check">
          <input
            type="checkbox"
            data-testid="lock-skeleton"
            checked={locks().skeleton}
            onChange={(e) => f.actions.setLocks({ ...locks(), skeleton: e.currentTarget.checked })}
          />
          {t(FACILITATION_MESSAGES).lockSkeleton}
        </label>
        <fieldset>
          <legend>{t(FACILITATION_MESSAGES).addableLanes}</legend>
          <For each={board.mapLanes()}>
            {(lane) => (
              <label class="check">
                <input
                  type="checkbox"
                  checked={addable().includes(lane.id)}
                  onChange={(e) => setAddable(lane.id, e.currentTarget.checked)}
                />
                {laneLabel(lane, locale())}
              </label>
            )}
          </For>
        </fieldset>
      </section>
      <section class="facilitation-section">
        <h3>{t(FACILITATION_MESSAGES).privateMode}</h3>
        <label class="check">
          <input
            type="checkbox"
            data-testid="private-mode"
            checked={f.control().privateMode.on}
            onChange={(e) => f.actions.setPrivateMode(e.currentTarget.checked)}
          />
          {t(FACILITATION_MESSAGES).privateOn}
        </label>
        <div class="button-row">
          <button type="button" data-testid="reveal-private" onClick={() => f.actions.revealPrivate()}>
            {t(FACILITATION_MESSAGES).revealPrivate}
          </button>
        </div>
      </section>
      <section class="facilitation-section">
        <h3>{t(FACILITATION_MESSAGES).summon}</h3>
        <div class="button-row">
          <select
            value={summonStage()}
            aria-label={t(FACILITATION_MESSAGES).summon}
            onChange={(e) => setSummonStage(e.currentTarget.value)}
            data-testid="summon-stage"
          >
            <option value="">—</option>
            <For each={board.mapStages()}>{(stage) => <option value={stage.id}>{stage.name}</option>}</For>
          </select>
          <button
            type="button"
            disabled={!summonStage()}
            data-testid="summon"
            onClick={() => f.actions.summon(summonStage())}
          >
            {t(FACILITATION_MESSAGES).bringEveryone}
          </button>
        </div>
      </section>
    </>
  )
}
