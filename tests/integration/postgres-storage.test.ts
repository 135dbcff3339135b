import { openPostgresStorage } from '@jm/server'
import { runDocStoreContract } from '@jm/server/testing'
import { runBlobStoreContract } from '@jm/server/testing/blobs'
import { runPeopleStoreContract } from '@jm/server/testing/people'
import { runWebhookStoreContract } from '@jm/server/testing/webhooks'
import { runWorkspaceStoreContract } from '@jm/server/testing/workspaces'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ExternalServer, startPostgres } from '../helpers/externalServers.ts'

describe('PostgreSQL storage against a real server', () => {
  let pg: ExternalServer
  beforeAll(async () => {
    pg = await startPostgres()
  })
  afterAll(async () => {
    await pg?.stop()
  })

  runDocStoreContract({ open: () => openPostgresStorage(pg.url), durable: true })
  runWorkspaceStoreContract({ open: () => openPostgresStorage(pg.url), durable: true })
  runBlobStoreContract({ open: () => openPostgresStorage(pg.url), durable: true })
  runWebhookStoreContract({ open: () => openPostgresStorage(pg.url), durable: true })
  runPeopleStoreContract({ open: () => openPostgresStorage(pg.url), durable: true })

  it('lets several instances start at once: the schema is created once', async () => {
    const stores = await Promise.all([1, 2, 3].map(() => openPostgresStorage(pg.url)))
    expect(await Promise.all(stores.map((store) => store.ping?.()))).toEqual([true, true, true])
    await Promise.all(stores.map((store) => store.close()))
  })
})
