import { type Accessor, createContext, createSignal, type ParentProps, useContext } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'

/** Lets what creates an action elsewhere (the note toolbar) open the panel on it. */
export interface ActionsUi {
  /** The action the panel brings into view and puts the cursor in, once. */
  focused: Accessor<string | null>
  show(actionId: string): void
  focusDone(): void
}

const ActionsUiContext = createContext<ActionsUi>()

export function ActionsUiProvider(props: ParentProps) {
  const board = useBoard()
  const [focused, setFocused] = createSignal<string | null>(null)
  const ui: ActionsUi = {
    focused,
    show(actionId) {
      setFocused(actionId)
      board.setSidePanelOpen('actions', true)
    },
    focusDone: () => setFocused(null),
  }
  return <ActionsUiContext.Provider value={ui}>{props.children}</ActionsUiContext.Provider>
}

export function useActionsUi(): ActionsUi {
  const ui = useContext(ActionsUiContext)
  if (!ui) throw new Error('useActionsUi outside an ActionsUiProvider')
  return ui
}
