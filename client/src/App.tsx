import { createSignal, Match, Switch } from 'solid-js'
import { BoardPage } from './board/BoardPage.tsx'
import { Landing } from './landing/Landing.tsx'

const BOARD_PATH = /^\/b\/([a-z0-9][a-z0-9_-]{0,63})\/?$/

export function App() {
  const [path, setPath] = createSignal(location.pathname)
  const navigate = (to: string) => {
    history.pushState(null, '', to)
    setPath(location.pathname)
  }
  window.addEventListener('popstate', () => setPath(location.pathname))
  const boardId = () => BOARD_PATH.exec(path())?.[1]
  return (
    <Switch fallback={<Landing navigate={navigate} />}>
      <Match when={boardId()} keyed>
        {(id) => <BoardPage boardId={id} />}
      </Match>
    </Switch>
  )
}
