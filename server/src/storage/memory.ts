import { boardOfRoom, type Role } from '@jm/shared'
import type { VersionMeta } from '@jm/shared/api'
import type { BoardRecord, Storage, StoredRoom } from './DocStore.ts'
import { memoryBlobStore } from './memoryBlobs.ts'
import { memoryLinkRecords } from './memoryLinkRecords.ts'
import { memoryPeopleStore } from './memoryPeople.ts'
import { memoryWebhookStore } from './memoryWebhooks.ts'
import { memoryWorkspaceStore } from './memoryWorkspaces.ts'

/**
 * Storage in process memory: for tests and for trying the relay without a disk. Nothing survives
 * the process. It keeps the DocStore contract (see docStoreContract.ts) like the SQL stores.
 */
export function openMemoryStorage(): Storage {
  const rooms = new Map<string, { id: number; data: Uint8Array }[]>()
  const boardRecords = memoryLinkRecords<Role, BoardRecord>()
  const boards = boardRecords.records
  const versions = new Map<string, { meta: VersionMeta; snapshot: Uint8Array; canvas: Uint8Array | null }>()
  let nextId = 1
  const { clear: clearWorkspaces, ...workspaces } = memoryWorkspaceStore()
  const { clear: clearBlobs, ...blobs } = memoryBlobStore((board) => boards.has(board))
  const { clear: clearWebhooks, ...webhooks } = memoryWebhookStore()
  const { clear: clearPeople, ...people } = memoryPeopleStore()

  return {
    ...workspaces,
    ...blobs,
    ...webhooks,
    ...people,
    async load(room): Promise<StoredRoom> {
      const entries = rooms.get(room) ?? []
      let bytes = 0
      for (const entry of entries) bytes += entry.data.byteLength
      return { updates: entries.map((entry) => entry.data.slice()), lastId: entries.at(-1)?.id ?? 0, bytes }
    },
    async append(room, update) {
      const id = nextId++
      const entries = rooms.get(room) ?? []
      entries.push({ id, data: update.slice() })
      rooms.set(room, entries)
      return id
    },
    async compact(room, snapshot, throughId) {
      const kept = (rooms.get(room) ?? []).filter((entry) => entry.id > throughId)
      rooms.set(room, [...kept, { id: nextId++, data: snapshot.slice() }])
    },
    async deleteRooms(board) {
      for (const room of [...rooms.keys()])
        if (room === board || room.startsWith(`${board}.`)) rooms.delete(room)
    },
    createBoard: boardRecords.create,
    getBoard: boardRecords.get,
    setLinkGen: boardRecords.setLinkGen,
    async deleteBoard(id) {
      boards.delete(id)
      for (const [key, version] of versions) if (version.meta.board === id) versions.delete(key)
    },
    async deleteOrphans() {
      let removed = 0
      for (const [room, entries] of rooms) {
        if (boards.has(boardOfRoom(room))) continue
        removed += entries.length
        rooms.delete(room)
      }
      for (const [key, version] of versions) {
        if (boards.has(version.meta.board)) continue
        removed++
        versions.delete(key)
      }
      return removed
    },
    async saveVersion(meta, snapshot, canvas = null) {
      versions.set(`${meta.board}/${meta.id}`, {
        meta: { ...meta },
        snapshot: snapshot.slice(),
        canvas: canvas?.slice() ?? null,
      })
    },
    async listVersions(board) {
      return [...versions.values()]
        .filter((version) => version.meta.board === board)
        .map((version) => ({ ...version.meta }))
        .sort((a, b) => b.createdAt - a.createdAt)
    },
    async getVersion(board, id) {
      return versions.get(`${board}/${id}`)?.snapshot.slice() ?? null
    },
    async getVersionCanvas(board, id) {
      return versions.get(`${board}/${id}`)?.canvas?.slice() ?? null
    },
    async close() {
      rooms.clear()
      boards.clear()
      versions.clear()
      clearWorkspaces()
      clearBlobs()
      clearWebhooks()
      clearPeople()
    },
  }
}
