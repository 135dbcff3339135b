import { type Attachment, isImageType } from '@jm/shared'
import { createResource, createSignal, onCleanup, Show } from 'solid-js'
import { api } from '../../api/apiClient.ts'
import { EVIDENCE_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'
import { saveFile } from '../../primitives/saveFile.ts'
import { useBoard } from '../BoardContext.tsx'

/**
 * One file on a note or stage: an image as a thumbnail that opens full size in a new tab, anything
 * else as a button that downloads it. Files are fetched with the token in a header (or read from
 * this browser while waiting to upload) and shown through object URLs; a picture that cannot be
 * fetched or decoded shows a placeholder.
 */
export function AttachmentView(props: { attachment: Attachment }) {
  const board = useBoard()
  // A file kept in this browser to upload later is shown from here until the server has it.
  const fetchFile = async () =>
    (await board.evidence.waitingFile(props.attachment.hash)) ??
    api.attachment(board.boardId, board.token, props.attachment.hash)
  const download = async () => saveFile(await fetchFile(), props.attachment.name)
  return (
    <span class="attachment">
      <Show
        when={isImageType(props.attachment.type)}
        fallback={
          <button
            type="button"
            class="attachment-file"
            data-testid="attachment-file"
            title={t(EVIDENCE_MESSAGES).download(props.attachment.name)}
            onClick={(event) => {
              event.stopPropagation()
              void download().catch(() => {})
            }}
          >
            {props.attachment.name}
          </button>
        }
      >
        <Thumbnail name={props.attachment.name} load={fetchFile} />
      </Show>
      <Show when={board.evidence.isWaiting(props.attachment.hash)}>
        <span class="attachment-waiting" data-testid="attachment-waiting">
          {t(EVIDENCE_MESSAGES).waitingBadge}
        </span>
      </Show>
    </span>
  )
}

function Thumbnail(props: { name: string; load: () => Promise<Blob> }) {
  let created: string | undefined
  const [url] = createResource(async () => {
    created = URL.createObjectURL(await props.load())
    return created
  })
  const [broken, setBroken] = createSignal(false)
  onCleanup(() => {
    if (created) URL.revokeObjectURL(created)
  })
  // A resource that failed throws when read, so its error is checked first.
  const failed = () => broken() || Boolean(url.error)
  return (
    <Show
      when={!failed() && url()}
      fallback={
        <Show when={failed()}>
          <span class="attachment-missing" data-testid="attachment-missing">
            {t(EVIDENCE_MESSAGES).brokenImage}
          </span>
        </Show>
      }
    >
      {(src) => (
        <a
          class="attachment-thumb"
          href={src()}
          target="_blank"
          rel="noopener noreferrer"
          title={props.name}
          onClick={(event) => event.stopPropagation()}
        >
          <img src={src()} alt={props.name} data-testid="attachment-thumb" onError={() => setBroken(true)} />
        </a>
      )}
    </Show>
  )
}
