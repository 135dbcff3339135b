import { ATTACHMENT_TYPES, type EvidenceTarget } from '@jm/shared'
import { For, Show } from 'solid-js'
import { EVIDENCE_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'
import { useBoard } from '../BoardContext.tsx'
import { AttachmentView } from './AttachmentView.tsx'

/** What the file picker offers; the server still decides by the content. */
const ACCEPT = Object.entries(ATTACHMENT_TYPES)
  .flatMap(([type, extensions]) => [type, ...extensions.map((extension) => `.${extension}`)])
  .join(',')

/**
 * The files of one note or stage; editors attach picked files (uploaded first) and remove them. It
 * also says how the last upload went, whether the file was picked, dropped on a note or pasted.
 */
export function AttachmentList(props: { kind: EvidenceTarget; targetId: string }) {
  const board = useBoard()
  const status = () => {
    const current = board.evidence.uploadStatus()
    if (!current) return null
    const say = t(EVIDENCE_MESSAGES)
    const text = {
      uploading: say.uploading,
      waiting: say.waiting,
      'too-large': say.tooLarge,
      'not-accepted': say.notAccepted,
      failed: say.uploadFailed,
    }[current.state](current.name)
    return { text, error: current.state !== 'uploading' && current.state !== 'waiting' }
  }
  return (
    <section class="attachment-list" data-testid="attachment-list" aria-label={t(EVIDENCE_MESSAGES).files}>
      <ul>
        <For each={board.evidence.attachmentsOn(props.kind, props.targetId)}>
          {(attachment) => (
            <li>
              <AttachmentView attachment={attachment} />
              <Show when={board.canEdit()}>
                <button
                  type="button"
                  class="remove"
                  aria-label={t(EVIDENCE_MESSAGES).removeFile(attachment.name)}
                  data-testid="remove-attachment"
                  onClick={() => board.evidence.removeAttachment(attachment.id)}
                >
                  ×
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={board.canEdit()}>
        <label class="toolbar-button attach-file">
          {t(EVIDENCE_MESSAGES).attach}
          <input
            type="file"
            multiple
            accept={ACCEPT}
            data-testid="attach-file"
            onChange={(event) => {
              const input = event.currentTarget
              const files = [...(input.files ?? [])]
              input.value = ''
              void board.evidence.attachFiles(props.kind, props.targetId, files)
            }}
          />
        </label>
      </Show>
      <Show when={status()}>
        {(current) => (
          <p
            class={current().error ? 'field-error' : 'field-status'}
            role={current().error ? 'alert' : 'status'}
          >
            {current().text}
          </p>
        )}
      </Show>
    </section>
  )
}
