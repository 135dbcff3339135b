import { createSignal, lazy, Match, Switch } from 'solid-js'
import { boardIdIn, workspaceIdIn } from '../pagePaths.ts'
import { WorkspacePage } from '../workspace/lazyWorkspace.ts'
import { BoardPage } from './BoardPage.tsx'

// Loaded apart from the board: a share link opens a board, and its first load has a budget.
const Landing = lazy(() => import('../landing/Landing.tsx').then((module) => ({ default: module.Landing })))

export function App() {
  const [path, setPath] = createSignal(location.pathname)
  const navigate = (to: string) => {
    history.pushState(null, '', to)
    setPath(location.pathname)
  }
  window.addEventListener('popstate', () => setPath(location.pathname))
  const boardId = () => boardIdIn(path())
  const workspaceId = () => workspaceIdIn(path())
  return (
    <Switch fallback={<Landing navigate={navigate} />}>
      <Match when={boardId()} keyed>
        {(id) => <BoardPage boardId={id} />}
      </Match>
      <Match when={workspaceId()} keyed>
        {(id) => <WorkspacePage workspaceId={id} navigate={navigate} />}
      </Match>
    </Switch>
  )
}
