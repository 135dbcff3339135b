import { readWorkspaceClaims, type WorkspaceBoard } from '@jm/shared/api/workspaces'
import { createResource, createSignal, For, onCleanup, Show } from 'solid-js'
import { ApiError } from '../api/apiClient.ts'
import { workspaceApi } from '../api/workspaceApi.ts'
import { APP_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx'
import { WORKSPACE_MESSAGES } from '../i18n/workspaceMessages.ts'
import { rememberWorkspace, savedWorkspaceToken } from '../session/rememberedWorkspaces.ts'
import { BoardCard } from './BoardCard.tsx'
import { boardLink } from './boardLink.ts'
import { DirectoryControls } from './DirectoryControls.tsx'
import { type DirectoryFilter, type DirectorySort, filterBoards, NO_FILTER } from './filterBoards.ts'
import { NewBoardForm } from './NewBoardForm.tsx'
import { ShareWorkspace } from './ShareWorkspace.tsx'
import { WorkspaceActions } from './WorkspaceActions.tsx'
import { WorkspacePeople } from './WorkspacePeople.tsx'
import { WorkspaceSearch } from './WorkspaceSearch.tsx'
import { WorkspaceWebhooks } from './WorkspaceWebhooks.tsx'
import './workspace.css'

/** The token of the link that opened the page, or the one this device kept for the workspace. */
function workspaceToken(id: string): string | undefined {
  const fromLink = new URLSearchParams(location.hash.slice(1)).get('token')
  return fromLink && readWorkspaceClaims(fromLink)?.workspace === id ? fromLink : savedWorkspaceToken(id)
}

/** `/w/<id>`: the workspace's boards as cards, with search, filters, archive and "new board". */
export default function WorkspacePage(props: { workspaceId: string; navigate: (path: string) => void }) {
  const token = workspaceToken(props.workspaceId)
  const m = () => t(WORKSPACE_MESSAGES)
  const [problem, setProblem] = createSignal('')
  const [showArchived, setShowArchived] = createSignal(false)
  const [filter, setFilter] = createSignal<DirectoryFilter>(NO_FILTER)
  const [sort, setSort] = createSignal<DirectorySort>('updated')
  const [view, setView] = createSignal<'boards' | 'actions' | 'webhooks'>('boards')
  const explain = (error: unknown) =>
    setProblem(error instanceof ApiError ? m().failed(error.message) : m().unreachable)

  const [info] = createResource(async () => {
    if (!token) return null
    const answer = await workspaceApi.info(props.workspaceId, token)
    rememberWorkspace({ id: answer.id, name: answer.name, token, openedAt: Date.now() })
    return answer
  })
  // A string source: createResource does not fetch for a false one.
  const [boards, { mutate, refetch }] = createResource(
    () => (token ? (showArchived() ? ('all' as const) : ('false' as const)) : undefined),
    async (archived): Promise<WorkspaceBoard[]> =>
      (await workspaceApi.boards(props.workspaceId, token ?? '', archived)).boards,
  )
  const [actions, { refetch: refetchActions }] = createResource(
    () => (token && view() === 'actions' ? token : undefined),
    async (current) => (await workspaceApi.actions(props.workspaceId, current)).actions,
  )
  const openActions = () => (boards.latest ?? []).reduce((sum, board) => sum + board.openActions, 0)
  // Others change boards meanwhile: coming back to the tab shows the directory as it is now.
  const refresh = () => {
    void refetch()
    if (view() === 'actions') void refetchActions()
  }
  window.addEventListener('focus', refresh)
  onCleanup(() => window.removeEventListener('focus', refresh))
  const shown = () => filterBoards(boards.latest ?? [], filter(), sort(), Date.now())
  const canArchive = () => info()?.role === 'owner'
  const open = (board: string, note?: string) =>
    boardLink(props.workspaceId, token ?? '', board, note).then(props.navigate, explain)
  const archive = async (board: WorkspaceBoard, archived: boolean) => {
    try {
      await workspaceApi.setArchived(props.workspaceId, token ?? '', board.id, archived)
      mutate((list) =>
        (list ?? [])
          .map((item) => (item.id === board.id ? { ...item, archived } : item))
          .filter((item) => showArchived() || !item.archived),
      )
    } catch (error) {
      explain(error)
    }
  }
  const failed = () => info.error ?? boards.error ?? actions.error

  return (
    <main class="workspace-page">
      <header class="landing-top">
        <a class="brand-name" href="/">
          <img src="/favicon.svg" alt="" width="26" height="26" /> {t(APP_MESSAGES).appName}
        </a>
        <LanguageSwitch />
      </header>
      <Show when={token} fallback={<p class="notice">{m().invalidLink}</p>}>
        <Show
          when={!failed()}
          fallback={
            <p class="notice error" data-testid="workspace-problem">
              {failed() instanceof ApiError && (failed() as ApiError).status === 401
                ? m().invalidLink
                : m().unreachable}
            </p>
          }
        >
          <section class="workspace-head">
            <h1 data-testid="workspace-name">{info()?.name ?? m().loading}</h1>
            <Show when={info()}>
              {(current) => (
                <p class="muted">
                  {m().workspace} · {m().roles[current().role]} · {m().boardCount(current().boardCount)}
                </p>
              )}
            </Show>
            <Show when={info()?.links}>{(links) => <ShareWorkspace links={links()} />}</Show>
            <Show when={token}>
              {(current) => <WorkspacePeople workspace={props.workspaceId} token={current()} />}
            </Show>
          </section>
          <div class="workspace-tools">
            <WorkspaceSearch
              workspace={props.workspaceId}
              token={token ?? ''}
              onOpen={(hit) => void open(hit.boardId, hit.kind === 'note' ? hit.id : undefined)}
              onError={explain}
            />
            <NewBoardForm token={token ?? ''} onCreated={props.navigate} onError={explain} />
          </div>
          <Show when={problem()}>
            <p class="error">{problem()}</p>
          </Show>
          <div class="workspace-views" role="tablist">
            <button
              type="button"
              role="tab"
              aria-selected={view() === 'boards'}
              onClick={() => setView('boards')}
            >
              {m().views.boards}
            </button>
            <button
              type="button"
              role="tab"
              data-testid="workspace-actions-tab"
              aria-selected={view() === 'actions'}
              onClick={() => setView('actions')}
            >
              {m().views.actions(openActions())}
            </button>
            <Show when={info()?.role === 'owner'}>
              <button
                type="button"
                role="tab"
                data-testid="workspace-webhooks-tab"
                aria-selected={view() === 'webhooks'}
                onClick={() => setView('webhooks')}
              >
                {m().views.webhooks}
              </button>
            </Show>
          </div>
          <Show when={view() === 'webhooks'}>
            <WorkspaceWebhooks workspace={props.workspaceId} token={token ?? ''} onError={explain} />
          </Show>
          <Show when={view() === 'actions'}>
            <Show when={actions.latest}>
              {(list) => <WorkspaceActions actions={list()} onOpenBoard={(board) => void open(board)} />}
            </Show>
          </Show>
          <Show when={view() === 'boards'}>
            <DirectoryControls
              boards={boards.latest ?? []}
              filter={filter()}
              onFilter={setFilter}
              sort={sort()}
              onSort={setSort}
              showArchived={showArchived()}
              onShowArchived={setShowArchived}
            />
            <Show when={boards.latest}>
              <Show
                when={shown().length > 0}
                fallback={<p class="muted">{(boards.latest ?? []).length > 0 ? m().noMatch : m().empty}</p>}
              >
                <div class="board-cards">
                  <For each={shown()}>
                    {(board) => (
                      <BoardCard
                        board={board}
                        canArchive={canArchive()}
                        onOpen={() => void open(board.id)}
                        onArchive={(archived) => void archive(board, archived)}
                        onRemap={() =>
                          void workspaceApi
                            .remap(props.workspaceId, token ?? '', board.id)
                            .then((created) => props.navigate(created.links.facilitator), explain)
                        }
                      />
                    )}
                  </For>
                </div>
              </Show>
            </Show>
          </Show>
        </Show>
      </Show>
    </main>
  )
}
