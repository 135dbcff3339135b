import { metaOf } from '../root.ts'
import type { Migration } from './Migration.ts'

/** Version 1: documents from before versioning get an (empty) title. */
export const initial: Migration = {
  id: '001-initial',
  version: 1,
  up(doc) {
    const meta = metaOf(doc)
    if (typeof meta.get('title') !== 'string') meta.set('title', '')
  },
}
