import { type BoardView, evidenceOn, isImageType } from '@jm/shared'
import type { BlobStore } from '../storage/BlobStore.ts'

/** A picture on a note as the printed map shows it. */
export interface Picture {
  name: string
  /** A data: URL: the renderer runs offline and loads nothing from outside the page. */
  src: string
}

/** Pictures per note in the printed map; more are left out, so a note stays a note. */
const PICTURES_PER_NOTE = 2
/** Larger pictures are left out of the page (a phone photo would make it tens of MB). */
const MAX_PICTURE_BYTES = 2 * 1024 * 1024
/** All pictures of one export together. */
const MAX_PAGE_PICTURE_BYTES = 24 * 1024 * 1024

/**
 * The pictures attached to the board's placed notes, for the PNG and PDF exports, within the caps
 * above (in board order). A file the board no longer has is skipped: the map prints without it.
 */
export async function notePictures(
  blobs: BlobStore,
  board: string,
  view: BoardView,
): Promise<Map<string, Picture[]>> {
  const pictures = new Map<string, Picture[]>()
  let budget = MAX_PAGE_PICTURE_BYTES
  for (const note of view.notes) {
    const images = evidenceOn(view.attachments, 'note', note.id).filter((file) => isImageType(file.type))
    for (const image of images.slice(0, PICTURES_PER_NOTE)) {
      if (image.size > MAX_PICTURE_BYTES || image.size > budget) continue
      const found = await blobs.getBlob(board, image.hash)
      if (!found) continue
      budget -= found.blob.size
      const src = `data:${found.blob.type};base64,${Buffer.from(found.data).toString('base64')}`
      pictures.set(note.id, [...(pictures.get(note.id) ?? []), { name: image.name, src }])
    }
  }
  return pictures
}
