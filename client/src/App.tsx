import { createSignal, Match, Switch } from 'solid-js'
import { BoardPage } from './board/BoardPage.tsx'
import { boardIdIn } from './boardPath.ts'
import { Landing } from './landing/Landing.tsx'
import { WorkspacePage } from './workspaceLoader.ts'
import { workspaceIdIn } from './workspacePath.ts'

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
