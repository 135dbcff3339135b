import {
  type EvidenceTarget,
  linkLabel,
  MAX_LINK_URL_LENGTH,
  MAX_NAME_LENGTH,
  parseLinkUrl,
} from '@jm/shared'
import { createSignal, For, Show } from 'solid-js'
import { EVIDENCE_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'
import { useBoard } from '../BoardContext.tsx'
import { ExternalLink } from './ExternalLink.tsx'

/** The links of one note or stage; editors add (address and optional title) and remove them. */
export function LinkList(props: { kind: EvidenceTarget; targetId: string }) {
  const board = useBoard()
  const [url, setUrl] = createSignal('')
  const [title, setTitle] = createSignal('')
  const [refused, setRefused] = createSignal(false)
  const links = () => board.evidence.linksOn(props.kind, props.targetId)
  const add = (event: SubmitEvent) => {
    event.preventDefault()
    if (!parseLinkUrl(url())) {
      setRefused(true)
      return
    }
    board.evidence.addLink(props.kind, props.targetId, url(), title())
    setUrl('')
    setTitle('')
  }
  return (
    <section class="link-list" data-testid="link-list" aria-label={t(EVIDENCE_MESSAGES).links}>
      <ul>
        <For each={links()}>
          {(link) => (
            <li>
              <ExternalLink url={link.url} label={linkLabel(link)} testId="link" />
              <Show when={board.canEdit()}>
                <button
                  type="button"
                  class="remove"
                  aria-label={t(EVIDENCE_MESSAGES).remove(linkLabel(link))}
                  data-testid="remove-link"
                  onClick={() => board.evidence.removeLink(link.id)}
                >
                  ×
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={board.canEdit()}>
        {/* Checked here, not by the browser, so the refusal is said in the board's language. */}
        <form class="add-link" noValidate onSubmit={add}>
          <input
            type="url"
            data-testid="link-url"
            aria-label={t(EVIDENCE_MESSAGES).links}
            placeholder={t(EVIDENCE_MESSAGES).url}
            maxLength={MAX_LINK_URL_LENGTH}
            value={url()}
            aria-invalid={refused()}
            onInput={(event) => {
              setUrl(event.currentTarget.value)
              setRefused(false)
            }}
          />
          <input
            data-testid="link-title"
            aria-label={t(EVIDENCE_MESSAGES).title}
            placeholder={t(EVIDENCE_MESSAGES).title}
            maxLength={MAX_NAME_LENGTH}
            value={title()}
            onInput={(event) => setTitle(event.currentTarget.value)}
          />
          <button type="submit" class="toolbar-button" data-testid="add-link">
            {t(EVIDENCE_MESSAGES).add}
          </button>
        </form>
        <Show when={refused()}>
          <p class="field-error" role="alert">
            {t(EVIDENCE_MESSAGES).notWebAddress}
          </p>
        </Show>
      </Show>
    </section>
  )
}
