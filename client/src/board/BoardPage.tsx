import { migrate, readBoardMeta } from '@jm/shared'
import { createResource, createSignal, Match, onCleanup, Show, Switch } from 'solid-js'
import { FacilitationProvider } from '../facilitation/FacilitationContext.tsx'
import { FacilitationOverlay } from '../facilitation/FacilitationOverlay.tsx'
import { FacilitationToolbar } from '../facilitation/FacilitationToolbar.tsx'
import { t } from '../i18n/locale.ts'
import { LanguageSwitch } from '../LanguageSwitch.tsx'
import { createSyncState } from '../primitives/createSyncState.ts'
import {
  type Access,
  joinBoard,
  readAccess,
  savedParticipantToken,
  saveParticipantToken,
} from '../session/access.ts'
import { rememberBoard } from '../session/recentBoards.ts'
import { type BoardConnection, openBoard } from '../sync/openBoard.ts'
import { BoardProvider, useBoard } from './BoardContext.tsx'
import { Grid } from './Grid.tsx'
import { StatusBadge } from './StatusBadge.tsx'

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
        <main class="notice">{t().invalidLink}</main>
      </Match>
    </Switch>
  )
}

function JoinForm(props: { boardId: string; linkToken: string; onJoined: (access: Access) => void }) {
  const [name, setName] = createSignal(localStorage.getItem('jm-name') ?? '')
  const [error, setError] = createSignal('')
  const role = () => readAccess(props.linkToken)?.role ?? 'viewer'
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    try {
      const token = await joinBoard(props.boardId, props.linkToken, name().trim())
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
        <h1>{t().appName}</h1>
        <p>{t().joinAs(t().roles[role()])}</p>
        <label>
          {t().yourName}
          <input
            data-testid="join-name"
            required
            maxLength={80}
            value={name()}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="primary" data-testid="join-submit">
          {t().join}
        </button>
        <Show when={error()}>
          <p class="error">{error()}</p>
        </Show>
      </form>
    </main>
  )
}

function OpenBoard(props: { boardId: string; access: Access }) {
  const connection: BoardConnection = openBoard(
    props.boardId,
    props.access.token,
    props.access.participant ?? 'anonymous',
  )
  onCleanup(() => connection.destroy())
  // Render from the local copy as soon as it is loaded; the server sync merges in behind it.
  const [ready] = createResource(async () => {
    await Promise.race([
      connection.whenLocalLoaded,
      new Promise((resolve) => connection.provider.once('sync', resolve)),
    ])
    return migrate(connection.doc)
  })
  return (
    <Show when={ready()} fallback={<main class="notice">{t().loading}</main>}>
      {(result) => (
        <BoardProvider
          connection={connection}
          role={props.access.role}
          author={props.access.name ?? ''}
          readOnly={result() === 'newer-readonly'}
        >
          <FacilitationProvider boardId={props.boardId} access={props.access}>
            <BoardShell boardId={props.boardId} newer={result() === 'newer-readonly'} />
          </FacilitationProvider>
        </BoardProvider>
      )}
    </Show>
  )
}

function BoardShell(props: { boardId: string; newer: boolean }) {
  const board = useBoard()
  const sync = createSyncState(board.connection)
  const title = () => board.board.meta.title
  const map = () => board.board.maps[0]
  rememberBoard({
    id: props.boardId,
    title: readBoardMeta(board.connection.doc).title,
    link: location.pathname + location.hash,
    openedAt: Date.now(),
  })
  const onKey = (event: KeyboardEvent) => {
    if (!(event.metaKey || event.ctrlKey) || event.key.toLowerCase() !== 'z') return
    if ((event.target as HTMLElement | null)?.closest('textarea, input')) return
    event.preventDefault()
    if (event.shiftKey) board.actions.redo()
    else board.actions.undo()
  }
  window.addEventListener('keydown', onKey)
  onCleanup(() => window.removeEventListener('keydown', onKey))
  return (
    <div class="board-page">
      <header class="topbar">
        <a class="brand" href="/">
          <img src="/favicon.svg" alt="" width="22" height="22" />
        </a>
        <h1 class="board-title" data-testid="board-title">
          {title()}
        </h1>
        <Show when={map()}>
          {(current) => (
            <span class="chip" data-testid="map-type">
              {t().mapTypes[current().type]}
            </span>
          )}
        </Show>
        <Show when={map()?.persona}>
          <span class="chip persona">{map()?.persona}</span>
        </Show>
        <span class="spacer" />
        <Show when={!board.canEdit()}>
          <span class="chip readonly" data-testid="read-only">
            {t().readOnly}
          </span>
        </Show>
        <FacilitationToolbar />
        <span class="chip role">{t().roles[board.role]}</span>
        <StatusBadge state={sync.state()} pending={sync.pending()} />
        <LanguageSwitch />
      </header>
      <Show when={props.newer}>
        <p class="banner">{t().newerSchema}</p>
      </Show>
      <div class="board-scroll">
        <Grid />
      </div>
      <FacilitationOverlay />
    </div>
  )
}
