import { For, onMount } from 'solid-js'
import { t } from '../../i18n/i18n.ts'
import { SHORTCUT_MESSAGES } from '../../i18n/shortcutMessages.ts'
import './shortcuts.css'

/** The list of keyboard shortcuts, as a modal dialog; loaded on the first "?" (see ShortcutsButton). */
export default function ShortcutSheet(props: { onClose: () => void }) {
  const text = () => t(SHORTCUT_MESSAGES)
  let dialog!: HTMLDialogElement
  onMount(() => dialog.showModal())
  return (
    <dialog
      ref={dialog}
      class="panel shortcut-sheet"
      data-testid="shortcut-sheet"
      aria-labelledby="shortcut-sheet-title"
      onClose={() => props.onClose()}
      // The dialog closes itself on Escape; the page must not also close a side panel with it.
      onKeyDown={(event) => event.key === 'Escape' && event.stopPropagation()}
    >
      <h2 id="shortcut-sheet-title">{text().title}</h2>
      <div class="shortcut-groups">
        <For each={text().groups}>
          {(group) => (
            <section>
              <h3>{group.title}</h3>
              <dl>
                <For each={group.shortcuts}>
                  {(shortcut) => (
                    <>
                      <dt>
                        <For each={shortcut.keys}>{(key) => <kbd>{key}</kbd>}</For>
                      </dt>
                      <dd>{shortcut.action}</dd>
                    </>
                  )}
                </For>
              </dl>
            </section>
          )}
        </For>
      </div>
      <div class="dialog-actions">
        <button type="button" data-testid="shortcut-sheet-close" onClick={() => dialog.close()} autofocus>
          {text().close}
        </button>
      </div>
    </dialog>
  )
}
