import { BOARD_MESSAGES } from '../i18n/boardMessages.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'

/** A signed score chip, coloured from red (-2) to green (+2); averages show one decimal. */
export function EmotionBadge(props: { score: number }) {
  const { t } = useI18n()
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
