import type { ErrorAnswer } from '@jm/shared/api'
import type { MiddlewareHandler } from 'hono'
import type { WorkspaceDirectory } from '../workspaces/WorkspaceDirectory.ts'

/**
 * For HTTP routes that change a board: an archived board is read-only for every role, over HTTP as
 * on the relay, until a workspace owner restores it (409).
 */
export function refuseWhileArchived(directory: WorkspaceDirectory): MiddlewareHandler {
  return async (c, next) => {
    const placement = await directory.placementNow(c.req.param('id') ?? '')
    if (placement?.archived)
      return c.json({ error: 'this board is archived: restore it to change it' } satisfies ErrorAnswer, 409)
    await next()
    return undefined
  }
}
