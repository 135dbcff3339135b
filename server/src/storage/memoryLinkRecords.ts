/**
 * Records whose share links carry a generation (boards, workspaces), kept in memory and handed out
 * as copies, so a caller's change never reaches the store unasked.
 */
export function memoryLinkRecords<
  Role extends string,
  T extends { id: string; linkGen: Record<Role, number> },
>() {
  const records = new Map<string, T>()
  return {
    records,
    async create(record: T): Promise<boolean> {
      if (records.has(record.id)) return false
      records.set(record.id, structuredClone(record))
      return true
    },
    async get(id: string): Promise<T | null> {
      const record = records.get(id)
      return record ? structuredClone(record) : null
    },
    async setLinkGen(id: string, role: Role, gen: number): Promise<void> {
      const record = records.get(id)
      if (record) record.linkGen[role] = gen
    },
  }
}
