import { MAX_FIELD_LENGTH } from '@jm/shared'
import { createSignal } from 'solid-js'
import { isComposing } from '../keys/isComposing.ts'

export function CommentComposer(props: {
  placeholder: string
  submitLabel: string
  testId: string
  onSubmit: (text: string) => void
}) {
  const [text, setText] = createSignal('')
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    const value = text().trim()
    if (!value) return
    props.onSubmit(value)
    setText('')
  }
  return (
    <form class="comment-composer" onSubmit={submit}>
      <textarea
        rows={2}
        maxLength={MAX_FIELD_LENGTH}
        placeholder={props.placeholder}
        value={text()}
        data-testid={`${props.testId}-text`}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey) && !isComposing(event))
            event.currentTarget.form?.requestSubmit()
        }}
      />
      <button type="submit" class="toolbar-button" data-testid={`${props.testId}-send`}>
        {props.submitLabel}
      </button>
    </form>
  )
}
