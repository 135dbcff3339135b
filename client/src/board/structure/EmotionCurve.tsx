import { EMOTION_MAX } from '@jm/shared'
import { For, Show } from 'solid-js'
import { STRUCTURE_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'

const COLUMN = 100
const HEIGHT = 64
const PAD = 10

/**
 * The emotion curve across the stages: one point per stage at the column's centre (stretched to
 * the columns' width; strokes keep their width), a dashed neutral line, gaps where nothing is scored.
 */
export function EmotionCurve(props: { scores: Array<number | null> }) {
  const y = (score: number) => HEIGHT / 2 - (score / EMOTION_MAX) * (HEIGHT / 2 - PAD)
  const x = (index: number) => index * COLUMN + COLUMN / 2
  const points = () =>
    props.scores.flatMap((score, index) => (score === null ? [] : [{ x: x(index), y: y(score), score }]))
  const path = () =>
    points()
      .map((point, i) => `${i === 0 ? 'M' : 'L'}${point.x},${point.y}`)
      .join(' ')
  return (
    <div class="emotion-curve" data-testid="emotion-curve">
      <svg
        viewBox={`0 0 ${Math.max(1, props.scores.length) * COLUMN} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={t(STRUCTURE_MESSAGES).emotionCurve}
      >
        <line class="curve-zero" x1="0" x2={props.scores.length * COLUMN} y1={y(0)} y2={y(0)} />
        <Show when={points().length > 1}>
          <path class="curve-line" d={path()} />
        </Show>
        <For each={points()}>
          {(point) => (
            <line
              class={`curve-dot emotion-dot-${Math.round(point.score) + 2}`}
              data-testid="curve-point"
              x1={point.x}
              x2={point.x}
              y1={point.y}
              y2={point.y}
            />
          )}
        </For>
      </svg>
      <Show when={points().length === 0}>
        <span class="curve-empty">{t(STRUCTURE_MESSAGES).emotionCurveEmpty}</span>
      </Show>
    </div>
  )
}
