import { createSignal, lazy, Match, Switch } from 'solid-js'
import { BoardPage } from './board/BoardPage.tsx'
import { boardIdIn } from './boardPath.ts'

// The board's first load leaves the landing page out (new board form, import, recent boards).
const Landing = lazy(() => import('./landing/Landing.tsx').then((module) => ({ default: module.Landing })))

export function App() {
  const [path, setPath] = createSignal(location.pathname)
  const navigate = (to: string) => {
    history.pushState(null, '', to)
    setPath(location.pathname)
  }
  window.addEventListener('popstate', () => setPath(location.pathname))
  const boardId = () => boardIdIn(path())
  return (
    <Switch fallback={<Landing navigate={navigate} />}>
      <Match when={boardId()} keyed>
        {(id) => <BoardPage boardId={id} />}
      </Match>
    </Switch>
  )
}
