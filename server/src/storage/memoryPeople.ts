import { type PeopleStore, type PersonRecord, personKey } from './PeopleStore.ts'

export function memoryPeopleStore(): PeopleStore & { clear(): void } {
  const people = new Map<string, Map<string, PersonRecord>>()
  return {
    async touchPerson(workspace, name, at) {
      const known = people.get(workspace) ?? new Map<string, PersonRecord>()
      people.set(workspace, known)
      known.set(personKey(name), { name: name.trim(), lastSeen: at })
    },
    async listPeople(workspace) {
      return [...(people.get(workspace)?.values() ?? [])]
        .sort((a, b) => b.lastSeen - a.lastSeen)
        .map((p) => ({ ...p }))
    },
    clear() {
      people.clear()
    },
  }
}
