import { EMOTION_MAX, EMOTION_MIN } from '@jm/shared'
import { html } from 'hono/html'
import { STAGE_WIDTH_PX } from './boardCss.ts'

/** Height of the curve's row; the scores -2..+2 span it but for a margin for the dots and figures. */
const CURVE_HEIGHT_PX = 84
const MARGIN_PX = 14

/**
 * The emotion curve as in the app's grid (seed 003): one point per stage at its average score, the
 * stages without scored notes left out of the line, the zero line dashed. An SVG, so it prints sharp.
 */
export function emotionCurveHtml(scores: ReadonlyArray<number | null>) {
  const width = scores.length * STAGE_WIDTH_PX
  const y = (score: number) =>
    MARGIN_PX + ((EMOTION_MAX - score) / (EMOTION_MAX - EMOTION_MIN)) * (CURVE_HEIGHT_PX - 2 * MARGIN_PX)
  const points = scores.flatMap((score, index) =>
    score === null ? [] : [{ x: (index + 0.5) * STAGE_WIDTH_PX, y: y(score), score }],
  )
  const line = points.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ')
  return html`<svg class="emotion-curve" width="${width}" height="${CURVE_HEIGHT_PX}" viewBox="0 0 ${width} ${CURVE_HEIGHT_PX}">
    <line x1="0" x2="${width}" y1="${y(0)}" y2="${y(0)}" class="zero" />
    ${points.length > 1 ? html`<polyline points="${line}" class="curve" />` : ''}
    ${points.map(
      (
        point,
      ) => html`<circle cx="${point.x}" cy="${point.y}" r="5" class="dot emotion-${Math.sign(point.score) + 1}" />
        <text x="${point.x}" y="${point.y - 9}" class="score">${point.score > 0 ? '+' : ''}${Math.round(point.score * 10) / 10}</text>`,
    )}
  </svg>`
}
