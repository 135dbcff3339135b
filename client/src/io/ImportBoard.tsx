import type { ImportIssue } from '@jm/shared/api'
import { createSignal, For, Show } from 'solid-js'
import { ApiError, api } from '../api/apiClient.ts'
import { IO_MESSAGES } from '../i18n/dictionaries.ts'
import { locale, t } from '../i18n/i18n.ts'
import './io.css'

/** The landing page's import: a JSON or CSV export becomes a new board that opens as facilitator. */
export function ImportBoard(props: { navigate: (path: string) => void }) {
  const [busy, setBusy] = createSignal(false)
  const [problems, setProblems] = createSignal<readonly ImportIssue[]>([])

  const upload = async (file: File) => {
    setBusy(true)
    setProblems([])
    try {
      const csv = /\.csv$/i.test(file.name) || file.type.includes('csv')
      const created = await api.importBoard(
        { type: csv ? 'text/csv' : 'application/json', content: await file.text() },
        { title: file.name.replace(/\.[^.]+$/, ''), locale: locale() },
      )
      props.navigate(created.links.facilitator)
    } catch (failure) {
      const listed = failure instanceof ApiError ? failure.issues : []
      setProblems(listed.length > 0 ? listed : [{ line: null, problem: (failure as Error).message }])
    } finally {
      setBusy(false)
    }
  }

  return (
    <section class="panel io-import" data-testid="import-board">
      <h2>{t(IO_MESSAGES).importTitle}</h2>
      <p class="muted">{t(IO_MESSAGES).importHint}</p>
      <label class="io-file">
        <span class="button">{busy() ? t(IO_MESSAGES).importing : t(IO_MESSAGES).importButton}</span>
        <input
          type="file"
          accept=".json,.csv,application/json,text/csv"
          data-testid="import-file"
          disabled={busy()}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0]
            event.currentTarget.value = ''
            if (file) void upload(file)
          }}
        />
      </label>
      <Show when={problems().length > 0}>
        <div class="error" data-testid="import-error">
          <p>{t(IO_MESSAGES).importFailed}</p>
          <ul>
            <For each={problems()}>
              {({ line, problem }) => (
                <li>{line === null ? problem : t(IO_MESSAGES).atLine(line, problem)}</li>
              )}
            </For>
          </ul>
        </div>
      </Show>
    </section>
  )
}
