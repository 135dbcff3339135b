import { MAX_NAME_LENGTH } from '@jm/shared'
import { createSignal, Show } from 'solid-js'
import { isComposing } from '../../keys/isComposing.ts'

interface Props {
  value: string
  /** Shown when the value is empty (e.g. a lane's kind label). */
  placeholder?: string
  editable: boolean
  class?: string
  testId?: string
  label: string
  /** A single click starts editing (a title); by default a double-click does (names inside draggable headers). */
  editOnClick?: boolean
  onCommit: (value: string) => void
}

/** Text that turns into an input on double-click (or click) or Enter; Enter or leaving saves, Escape cancels. */
export function InlineEdit(props: Props) {
  const [editing, setEditing] = createSignal(false)
  const finish = (input: HTMLInputElement, save: boolean) => {
    if (!editing()) return
    setEditing(false)
    const value = input.value.trim()
    // Leaving the placeholder as it was keeps the value empty (a lane then follows the language).
    if (save && value !== props.value && !(props.value === '' && value === props.placeholder))
      props.onCommit(value)
  }
  return (
    <Show
      when={editing()}
      fallback={
        // biome-ignore lint/a11y/noStaticElementInteractions: it is a button (role, tab stop) whenever it is editable
        <span
          class={props.class}
          data-testid={props.testId}
          title={props.editable ? props.label : undefined}
          role={props.editable ? 'button' : undefined}
          tabIndex={props.editable ? 0 : undefined}
          onClick={() => props.editable && props.editOnClick && setEditing(true)}
          onDblClick={() => props.editable && setEditing(true)}
          onKeyDown={(event) => {
            if (props.editable && event.key === 'Enter' && !isComposing(event)) {
              event.preventDefault()
              event.stopPropagation()
              setEditing(true)
            }
          }}
        >
          {props.value || props.placeholder}
        </span>
      }
    >
      <input
        class={`inline-edit ${props.class ?? ''}`}
        aria-label={props.label}
        data-testid={props.testId ? `${props.testId}-input` : undefined}
        value={props.value || props.placeholder || ''}
        maxLength={MAX_NAME_LENGTH}
        ref={(input) => queueMicrotask(() => input.select())}
        onKeyDown={(event) => {
          event.stopPropagation()
          if (isComposing(event)) return
          if (event.key === 'Enter') finish(event.currentTarget, true)
          if (event.key === 'Escape') finish(event.currentTarget, false)
        }}
        onBlur={(event) => finish(event.currentTarget, true)}
      />
    </Show>
  )
}
