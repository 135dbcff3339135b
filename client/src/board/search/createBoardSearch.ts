import { type Lane, type Note, type Stage, searchNotes } from '@jm/shared'
import { type Accessor, createMemo, createSignal } from 'solid-js'

export interface SearchSource {
  notes: Accessor<readonly Note[]>
  /** The stages and lanes shown (the active map's): hits elsewhere could not be shown. */
  stages: Accessor<readonly Stage[]>
  lanes: Accessor<readonly Lane[]>
}

/**
 * Search inside the open board, on this device only (it works offline): the hits in reading
 * order, the one being looked at, and whether the grid shows only hits. The hit looked at stays the
 * same note while others edit the board, as long as it still matches.
 */
export function createBoardSearch(source: SearchSource) {
  const [query, setQuery] = createSignal('')
  const [onlyHits, setOnlyHits] = createSignal(false)
  const [chosen, setChosen] = createSignal<string | null>(null)
  const hits = createMemo(() =>
    query().trim()
      ? searchNotes(source.notes(), source.stages(), source.lanes(), query()).map((n) => n.id)
      : [],
  )
  const hitSet = createMemo(() => new Set(hits()))
  const current = () => {
    const id = chosen()
    return id !== null && hitSet().has(id) ? id : null
  }
  const step = (by: 1 | -1): string | null => {
    const list = hits()
    if (list.length === 0) return null
    const at = list.indexOf(current() ?? '')
    const next = at === -1 ? (by === 1 ? 0 : list.length - 1) : (at + by + list.length) % list.length
    const id = list[next] ?? null
    setChosen(id)
    return id
  }
  return {
    query,
    setQuery(text: string) {
      setQuery(text)
      setChosen(null)
    },
    active: () => query().trim() !== '',
    onlyHits,
    setOnlyHits,
    hits,
    isHit: (id: string) => hitSet().has(id),
    current,
    /** 1-based position of the hit looked at, 0 before one is chosen. */
    position: () => hits().indexOf(current() ?? '') + 1,
    /** Moves to the next (or previous) hit, wrapping around; returns its id. */
    next: () => step(1),
    previous: () => step(-1),
    clear() {
      setQuery('')
      setChosen(null)
      setOnlyHits(false)
    },
  }
}

export type BoardSearch = ReturnType<typeof createBoardSearch>
