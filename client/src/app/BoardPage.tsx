import { MAX_PARTICIPANT_NAME, migrate } from '@jm/shared'
import { createResource, createSignal, Match, onCleanup, Show, Switch } from 'solid-js'
import { api } from '../api/apiClient.ts'
import { BoardProvider } from '../board/BoardContext.tsx'
import { FacilitationProvider } from '../facilitation/FacilitationContext.tsx'
import { APP_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { type Access, readAccess } from '../session/access.ts'
import { savedParticipantToken, saveParticipantToken } from '../session/participantTokens.ts'
import { BoardSession } from '../sync/BoardSession.ts'
import { watchArchived } from '../sync/watchArchived.ts'
import { BoardDeletedDialog } from './BoardDeletedDialog.tsx'
import { BoardShell } from './BoardShell.tsx'

function linkTokenFromHash(): string | null {
  return new URLSearchParams(location.hash.slice(1)).get('token')
}

/** A saved participant token is reused unless the link opened now grants a different role. */
function initialAccess(boardId: string, linkToken: string | null): Access | null {
  const saved = savedParticipantToken(boardId)
  const savedAccess = saved ? readAccess(saved) : null
  const linkAccess = linkToken ? readAccess(linkToken) : null
  if (savedAccess && (!linkAccess || linkAccess.role === savedAccess.role)) return savedAccess
  return null
}

export function BoardPage(props: { boardId: string }) {
  const linkToken = linkTokenFromHash()
  const [access, setAccess] = createSignal<Access | null>(initialAccess(props.boardId, linkToken))
  return (
    <Switch>
      <Match when={access()}>{(current) => <OpenBoard boardId={props.boardId} access={current()} />}</Match>
      <Match when={linkToken}>
        {(token) => <JoinForm boardId={props.boardId} linkToken={token()} onJoined={(a) => setAccess(a)} />}
      </Match>
      <Match when={true}>
        <main class="notice">{t(APP_MESSAGES).invalidLink}</main>
      </Match>
    </Switch>
  )
}

function JoinForm(props: { boardId: string; linkToken: string; onJoined: (access: Access) => void }) {
  const [name, setName] = createSignal(localStorage.getItem('jm-name') ?? '')
  const [error, setError] = createSignal('')
  const role = () => readAccess(props.linkToken)?.role ?? 'viewer'
  // Without it the page still joins; it only says "Join the board" instead of the board's title.
  const [title] = createResource(() =>
    api.boardSummary(props.boardId, props.linkToken).then(
      (summary) => summary.title || null,
      () => null,
    ),
  )
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    try {
      const { token } = await api.joinBoard(props.boardId, props.linkToken, name().trim())
      localStorage.setItem('jm-name', name().trim())
      saveParticipantToken(props.boardId, token)
      const access = readAccess(token)
      if (access) props.onJoined(access)
    } catch (failure) {
      setError(String((failure as Error).message ?? failure))
    }
  }
  return (
    <main class="join">
      <form class="panel join-panel" onSubmit={submit}>
        <p class="join-app">{t(APP_MESSAGES).appName}</p>
        <h1 data-testid="join-board-title">{title() ?? t(APP_MESSAGES).joinBoard}</h1>
        <p>{t(APP_MESSAGES).joinAs(t(APP_MESSAGES).roles[role()])}</p>
        <label>
          {t(APP_MESSAGES).yourName}
          <input
            data-testid="join-name"
            required
            maxLength={MAX_PARTICIPANT_NAME}
            value={name()}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="primary" data-testid="join-submit">
          {t(APP_MESSAGES).join}
        </button>
        <Show when={error()}>
          <p class="error">{error()}</p>
        </Show>
      </form>
    </main>
  )
}

function OpenBoard(props: { boardId: string; access: Access }) {
  const session = new BoardSession(props.boardId, props.access.token, props.access.participant ?? 'anonymous')
  onCleanup(() => session.destroy())
  const connection = session.content
  const [deleted, setDeleted] = createSignal(false)
  const archived = watchArchived(connection)
  void connection.whenDeleted.then(() => setDeleted(true))
  // Render from the local copy as soon as it is loaded; the server sync merges in behind it.
  const [ready] = createResource(async () => {
    await connection.whenReadable
    performance.mark('jm:readable')
    return migrate(connection.doc)
  })
  return (
    <Show when={ready()} fallback={<main class="notice">{t(APP_MESSAGES).loading}</main>}>
      {(result) => (
        <BoardProvider
          session={session}
          role={props.access.role}
          author={props.access.name ?? ''}
          // Changes to a deleted board would reach no one; its copy is only there to be exported.
          readOnly={result() === 'newer-readonly' || deleted() || archived()}
        >
          <FacilitationProvider access={props.access}>
            <BoardShell boardId={props.boardId} newer={result() === 'newer-readonly'} archived={archived()} />
          </FacilitationProvider>
          <Show when={deleted()}>
            <BoardDeletedDialog />
          </Show>
        </BoardProvider>
      )}
    </Show>
  )
}
