import { timerRemainingMs } from '@jm/shared'
import { createEffect, createSignal, on, Show } from 'solid-js'
import { FACILITATION_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { beep } from './beep.ts'
import type { Facilitation } from './FacilitationContext.tsx'

const SOUND_KEY = 'jm-timer-sound'

export const formatDuration = (ms: number): string => {
  const total = Math.ceil(ms / 1000)
  const minutes = Math.floor(total / 60)
  return `${minutes}:${String(total % 60).padStart(2, '0')}`
}

/** The shared countdown everyone sees; at zero it turns red and, if this person wants it, beeps once. */
export function TimerChip(props: { facilitation: Facilitation }) {
  const timer = () => props.facilitation.control().timer
  const remaining = () => timerRemainingMs(timer(), props.facilitation.now())
  const timeUp = () => timer().status === 'running' && remaining() === 0
  const [sound, setSound] = createSignal(localStorage.getItem(SOUND_KEY) === 'on')
  createEffect(
    on(timeUp, (up, wasUp) => {
      if (up && wasUp === false && sound()) beep()
    }),
  )
  return (
    <Show when={timer().status !== 'idle'}>
      <span
        class="chip timer-chip"
        classList={{ 'time-up': timeUp(), paused: timer().status === 'paused' }}
        data-testid="timer"
        role="timer"
      >
        {timeUp() ? t(FACILITATION_MESSAGES).timeUp : formatDuration(remaining())}
        <button
          type="button"
          class="timer-sound"
          aria-pressed={sound()}
          aria-label={t(FACILITATION_MESSAGES).sound}
          title={t(FACILITATION_MESSAGES).sound}
          onClick={() => {
            const next = !sound()
            setSound(next)
            localStorage.setItem(SOUND_KEY, next ? 'on' : 'off')
          }}
        >
          <svg viewBox="0 0 16 16" width="13" height="13" aria-hidden="true">
            <path d="M2 6h3l4-3v10L5 10H2z" fill="currentColor" />
            <Show
              when={sound()}
              fallback={<path d="M11 6l4 4m0-4l-4 4" stroke="currentColor" stroke-width="1.5" />}
            >
              <path d="M11 5.5a3.5 3.5 0 0 1 0 5" stroke="currentColor" stroke-width="1.5" fill="none" />
            </Show>
          </svg>
        </button>
      </span>
    </Show>
  )
}
