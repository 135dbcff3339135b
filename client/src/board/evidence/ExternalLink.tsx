import { EVIDENCE_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'

/**
 * A link out of the board. A new tab, so the board stays open; `noopener noreferrer`, so the page
 * opened can neither reach back into the board's window nor learn its address (which may carry a
 * share token). The label is a text node: nothing in a link is ever read as HTML.
 */
export function ExternalLink(props: { url: string; label: string; testId?: string }) {
  return (
    <a
      class="external-link"
      href={props.url}
      target="_blank"
      rel="noopener noreferrer"
      title={t(EVIDENCE_MESSAGES).opensInNewTab(props.url)}
      data-testid={props.testId}
      // A click opens the link; it should not also select or start editing the note around it.
      onClick={(event) => event.stopPropagation()}
      onDblClick={(event) => event.stopPropagation()}
      draggable={false}
    >
      {props.label}
    </a>
  )
}
