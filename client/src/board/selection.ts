import { createSignal } from 'solid-js'

export type SelectMode = 'replace' | 'toggle'

/** The set of selected note ids; replaced wholesale so readers track one signal. */
export function createSelection() {
  const [selected, setSelected] = createSignal<ReadonlySet<string>>(new Set())
  return {
    selected,
    isSelected: (id: string) => selected().has(id),
    select(id: string, mode: SelectMode = 'replace') {
      if (mode === 'replace') {
        setSelected(new Set([id]))
        return
      }
      const next = new Set(selected())
      if (next.has(id)) next.delete(id)
      else next.add(id)
      setSelected(next)
    },
    /** Exactly these notes, e.g. the ones just pasted. */
    selectOnly(ids: readonly string[]) {
      setSelected(new Set(ids))
    },
    /** Drops ids that no longer exist (deleted here or by someone else). */
    retain(exists: (id: string) => boolean) {
      const current = selected()
      if ([...current].every(exists)) return
      setSelected(new Set([...current].filter(exists)))
    },
    clear: () => setSelected(new Set<string>()),
  }
}

export type Selection = ReturnType<typeof createSelection>
