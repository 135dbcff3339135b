import { BOARD_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'

/** A signed score chip, coloured from red (-2) to green (+2); averages show one decimal. */
export function EmotionBadge(props: { score: number }) {
  const label = () => {
    const value = Number.isInteger(props.score) ? String(props.score) : props.score.toFixed(1)
    return props.score > 0 ? `+${value}` : value
  }
  return (
    <span
      class={`emotion emotion-${Math.round(props.score) + 2}`}
      data-testid="emotion-badge"
      title={t(BOARD_MESSAGES).emotion}
    >
      {label()}
    </span>
  )
}
