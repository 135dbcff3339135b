import { nameFitsType, sniffFileType } from '@jm/shared'
import type { StoredAttachment } from '@jm/shared/api'
import { ApiError, api } from '../../api/apiClient.ts'
import { forgetPendingUpload, keepForUpload, pendingUploads } from '../../sync/pendingUploads.ts'

/** The last file sent to the board: on its way, kept to upload later, or refused or failed. */
export interface UploadStatus {
  name: string
  state: 'uploading' | 'waiting' | 'too-large' | 'not-accepted' | 'failed'
}

const REFUSALS: Record<number, UploadStatus['state']> = { 413: 'too-large', 415: 'not-accepted' }

/** An answer that settles it: the server refused the file (a 4xx); anything else may pass later. */
const refusal = (error: unknown) => error instanceof ApiError && error.status < 500

/**
 * Sending files to the board, loaded when first needed (after the first frame, or at the first
 * file). Each file is checked here as the server will (type by content, name) and hashed; the note
 * gets its reference at once, online or not. Offline (or while the server fails) the file waits in
 * IndexedDB until `flush` gets it through; the note shows it from there meanwhile.
 */
export function createUploader(deps: {
  boardId: string
  token: string
  setStatus: (status: UploadStatus | null) => void
  /** Told the hashes still waiting, after every change to them. */
  setWaiting: (hashes: ReadonlySet<string>) => void
}) {
  const upload = (file: File) => api.uploadAttachment(deps.boardId, deps.token, file)
  const reportWaiting = async () =>
    deps.setWaiting(new Set((await pendingUploads(deps.boardId)).map((item) => item.hash)))

  const attach = async (file: File, refer: (file: StoredAttachment) => void) => {
    const bytes = new Uint8Array(await file.arrayBuffer())
    const sniffed = sniffFileType(bytes, file.name)
    if ('refused' in sniffed || !nameFitsType(file.name, sniffed.type)) {
      deps.setStatus({ name: file.name, state: 'not-accepted' })
      return
    }
    deps.setStatus({ name: file.name, state: 'uploading' })
    try {
      refer(await upload(file))
      deps.setStatus(null)
    } catch (error) {
      if (refusal(error)) {
        deps.setStatus({ name: file.name, state: REFUSALS[(error as ApiError).status] ?? 'failed' })
        return
      }
      const hash = await sha256(bytes)
      await keepForUpload(deps.boardId, { hash, file })
      await reportWaiting()
      refer({ hash, name: file.name, type: sniffed.type, size: bytes.byteLength })
      deps.setStatus({ name: file.name, state: 'waiting' })
    }
  }

  return {
    /** Uploads files one after another (picked, dropped or pasted), referring to each once checked. */
    attachFiles: async (files: readonly File[], refer: (file: StoredAttachment) => void) => {
      for (const file of files) await attach(file, refer)
    },
    /** Offers the waiting files again, oldest first, until the server is out of reach. */
    flush: async () => {
      for (const { hash, file } of await pendingUploads(deps.boardId)) {
        try {
          await upload(file)
        } catch (error) {
          if (!refusal(error)) break
        }
        await forgetPendingUpload(deps.boardId, hash)
      }
      await reportWaiting()
    },
    /** The waiting file itself, to show before the server has it. */
    waitingFile: async (hash: string) =>
      (await pendingUploads(deps.boardId)).find((item) => item.hash === hash)?.file,
  }
}

export type Uploader = ReturnType<typeof createUploader>

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}
