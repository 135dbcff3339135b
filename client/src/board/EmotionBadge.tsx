import { t } from '../i18n/locale.ts'

/** A signed score chip, coloured from red (-2) to green (+2). */
export function EmotionBadge(props: { score: number }) {
  const label = () => (props.score > 0 ? `+${props.score}` : String(props.score))
  return (
    <span class={`emotion emotion-${props.score + 2}`} data-testid="emotion-badge" title={t().emotion}>
      {label()}
    </span>
  )
}
