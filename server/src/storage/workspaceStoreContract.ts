import { newId } from '@jm/shared'
import type { BoardSummaryFields, SearchEntry } from '@jm/shared/workspaces'
import { expect, it } from 'vitest'
import type { ContractSubject } from './docStoreContract.ts'
import type { DirectoryEntry } from './WorkspaceStore.ts'

const summary = (title: string, noteCount = 0): BoardSummaryFields => ({
  title,
  mapType: 'currentState',
  template: 'b2b-saas',
  locale: 'en',
  persona: 'Li Wei',
  segment: '',
  noteCount,
  openPainPoints: 0,
  ownerDepartments: [],
  openActions: 0,
  actions: [],
})

const entry = (board: string, workspace: string, title: string, at: number): DirectoryEntry => ({
  ...summary(title),
  board,
  workspace,
  archived: false,
  createdAt: at,
  updatedAt: at,
})

const note = (item: string, text: string): SearchEntry => ({ kind: 'note', item, text })

/** What the workspace routes rely on from any WorkspaceStore; call inside a `describe` per implementation. */
export function runWorkspaceStoreContract(subject: ContractSubject): void {
  it('keeps workspaces and their link generations', async () => {
    const store = await subject.open()
    const id = `ws-${newId(8)}`
    const record = { id, name: '客户体验', locale: 'zh-CN', createdAt: 5, linkGen: { owner: 0, member: 0 } }
    expect(await store.createWorkspace(record)).toBe(true)
    expect(await store.createWorkspace(record)).toBe(false)
    await store.setWorkspaceLinkGen(id, 'member', 3)
    expect(await store.getWorkspace(id)).toEqual({ ...record, linkGen: { owner: 0, member: 3 } })
    expect(await store.getWorkspace('no-such')).toBeNull()
    await store.close()
  })

  it('lists boards newest first, archived apart, with the summary saved last', async () => {
    const store = await subject.open()
    const ws = `ws-${newId(8)}`
    const [a, b] = [`a-${newId(8)}`, `b-${newId(8)}`]
    await store.placeBoard(entry(a, ws, 'First', 1), [])
    await store.placeBoard(entry(b, ws, 'Second', 2), [])
    await store.saveDigest(a, summary('First, renamed', 4), [], { updatedAt: 3, lastEditor: 'Mei' })
    await store.saveDigest(a, summary('First, renamed', 5), [], { updatedAt: 4 })
    await store.saveDigest('not-placed', summary('x'), [note('n', 'x')], { updatedAt: 9 })
    const listed = await store.listBoards(ws, false)
    expect(listed.map((row) => [row.board, row.title, row.noteCount, row.lastEditor])).toEqual([
      [a, 'First, renamed', 5, 'Mei'],
      [b, 'Second', 0, undefined],
    ])
    await store.setArchived(b, true)
    expect((await store.listBoards(ws, false)).map((row) => row.board)).toEqual([a])
    expect((await store.listBoards(ws, true)).map((row) => row.board)).toEqual([b])
    expect(await store.countBoards(ws)).toBe(2)
    expect(await store.placementOf(b)).toEqual({ workspace: ws, archived: true })
    expect(await store.placementOf('not-placed')).toBeNull()
    await store.close()
  })

  it('finds a text by a substring in any case, two Chinese characters too, and only in its workspace', async () => {
    const store = await subject.open()
    const [ws, other] = [`ws-${newId(8)}`, `ws-${newId(8)}`]
    const [board, elsewhere] = [`s-${newId(8)}`, `s-${newId(8)}`]
    await store.placeBoard(entry(board, ws, 'Pricing review', 1), [
      note('n1', 'Customers say the PRICING page confuses them'),
    ])
    await store.placeBoard(entry(elsewhere, other, 'Other', 1), [note('n9', 'pricing elsewhere')])
    await store.saveDigest(
      board,
      summary('Pricing review'),
      [note('n1', 'Customers say the PRICING page confuses them'), note('n2', '价格太贵了，续约时犹豫')],
      { updatedAt: 2 },
    )
    const found = async (query: string) => (await store.search(ws, query)).map((row) => [row.board, row.item])
    expect(await found('pricing')).toEqual([[board, 'n1']])
    expect(await found('价格')).toEqual([[board, 'n2']])
    expect(await found('续约时')).toEqual([[board, 'n2']])
    expect(await found('"*) OR 1=1; --')).toEqual([])
    expect(await found('100%_')).toEqual([])
    // A text that changed is found by its new words only; a dropped one not at all.
    await store.saveDigest(board, summary('Pricing review'), [note('n2', '交付太慢')], { updatedAt: 3 })
    expect(await found('价格')).toEqual([])
    expect(await found('pricing')).toEqual([])
    expect(await found('交付')).toEqual([[board, 'n2']])
    await store.forgetBoard(board)
    expect(await found('交付')).toEqual([])
    expect(await store.placementOf(board)).toBeNull()
    await store.close()
  })
}
