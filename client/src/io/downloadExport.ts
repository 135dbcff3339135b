import type { ExportFormat } from '@jm/shared/api'
import { api } from '../api/apiClient.ts'
import { saveFile } from '../primitives/saveFile.ts'

/** The file name the server suggests (RFC 6266 `filename*`), else a plain one. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? ''
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1]
  if (encoded) {
    try {
      return decodeURIComponent(encoded)
    } catch {
      // a malformed header falls through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback
}

/** Fetches an export and saves it through a temporary object URL. */
export async function downloadExport(boardId: string, token: string, format: ExportFormat): Promise<void> {
  const response = await api.exportBoard(boardId, token, format)
  saveFile(await response.blob(), fileNameOf(response, `board-${boardId}.${format}`))
}
