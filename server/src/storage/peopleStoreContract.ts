import { newId } from '@jm/shared'
import { expect, it } from 'vitest'
import type { ContractSubject } from './docStoreContract.ts'

/** What the people routes rely on from any PeopleStore; one `describe` per implementation. */
export function runPeopleStoreContract(subject: ContractSubject): void {
  it('keeps one person per name in any case, most recently seen first, per workspace', async () => {
    const store = await subject.open()
    const ws = `ws-${newId(8)}`
    await store.touchPerson(ws, 'Mei', 10)
    await store.touchPerson(ws, '李伟', 20)
    await store.touchPerson(ws, ' mei ', 30)
    await store.touchPerson(`ws-${newId(8)}`, 'Other', 40)
    expect(await store.listPeople(ws)).toEqual([
      { name: 'mei', lastSeen: 30 },
      { name: '李伟', lastSeen: 20 },
    ])
    await store.close()
    if (!subject.durable) return
    const reopened = await subject.open()
    expect((await reopened.listPeople(ws)).map((person) => person.name)).toEqual(['mei', '李伟'])
    await reopened.close()
  })
}
