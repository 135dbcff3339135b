import { createSignal, onMount, Show } from 'solid-js'
import { STRUCTURE_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'

interface Props {
  title: string
  /** How many notes sit in the stage or lane now. */
  noteCount: number
  /** Where those notes go when they are kept. */
  keepTarget: string
  onConfirm: (deleteNotes: boolean) => void
  onClose: () => void
}

/** Asks before deleting a stage or lane; its notes move to the neighbour unless deleted too. */
export function ConfirmDelete(props: Props) {
  const [deleteNotes, setDeleteNotes] = createSignal(false)
  let dialog!: HTMLDialogElement
  onMount(() => dialog.showModal())
  return (
    <dialog ref={dialog} class="dialog confirm" data-testid="confirm-delete" onClose={props.onClose}>
      <h2>{props.title}</h2>
      <Show when={props.noteCount > 0} fallback={<p class="muted">{t(STRUCTURE_MESSAGES).noNotesInside}</p>}>
        <p>{t(STRUCTURE_MESSAGES).notesMoveTo(props.noteCount, props.keepTarget)}</p>
        <label class="check">
          <input
            type="checkbox"
            checked={deleteNotes()}
            onChange={(e) => setDeleteNotes(e.currentTarget.checked)}
          />
          {t(STRUCTURE_MESSAGES).deleteNotesToo(props.noteCount)}
        </label>
      </Show>
      <form method="dialog" class="dialog-actions">
        <button type="submit" class="toolbar-button">
          {t(STRUCTURE_MESSAGES).cancel}
        </button>
        <button
          type="button"
          class="primary danger"
          data-testid="confirm-delete-button"
          onClick={() => {
            props.onConfirm(deleteNotes())
            dialog.close()
          }}
        >
          {t(STRUCTURE_MESSAGES).delete}
        </button>
      </form>
    </dialog>
  )
}
