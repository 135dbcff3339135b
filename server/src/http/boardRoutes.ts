import { newId, ROLES, type Role, rolesThatCan, ServerOrigin } from '@jm/shared'
import {
  CreateBoardBody,
  type CreatedBoard,
  JoinBody,
  type Joined,
  type RotatedLink,
  RotateLinkParams,
  type ShareLinks,
} from '@jm/shared/api'
import { initBoard } from '@jm/shared/templates'
import { Hono } from 'hono'
import * as Y from 'yjs'
import type { TokenSigner } from '../auth/tokens.ts'
import type { Storage } from '../storage/DocStore.ts'
import type { WorkspaceDirectory } from '../workspaces/WorkspaceDirectory.ts'
import { type AuthEnv, requireBoardRole } from './boardAuth.ts'
import { linkFor, linksFor, linkTokens, storeNewBoard } from './storeNewBoard.ts'
import { parseJsonBody, parseParams } from './validate.ts'
import { workspaceOfRequest } from './workspaceOfRequest.ts'

const CREATE_ORIGIN = new ServerOrigin('create-board')

export interface BoardRoutesDeps {
  storage: Storage
  signer: TokenSigner
  now: () => number
  /** A board created with a workspace token joins that workspace's directory. */
  directory: WorkspaceDirectory
  /** Closes every socket of a board whose token is of this role and an older link generation. */
  onLinkRotated: (board: string, role: Role, gen: number) => Promise<void>
}

export function boardRoutes(deps: BoardRoutesDeps): Hono<AuthEnv> {
  const { storage, signer } = deps
  const routes = new Hono<AuthEnv>()

  routes.post('/', async (c) => {
    const body = await parseJsonBody(c, CreateBoardBody)
    if (!body.ok) return body.response
    const placed = await workspaceOfRequest(c, { signer, store: storage })
    if (!placed.ok) return placed.response
    const id = body.value.id ?? newId()
    const createdAt = deps.now()
    const doc = new Y.Doc()
    initBoard(
      doc,
      {
        title: body.value.title ?? '',
        templateId: body.value.template,
        mapType: body.value.mapType,
        locale: body.value.locale ?? 'en',
        now: createdAt,
        persona: body.value.persona,
        segment: body.value.segment,
      },
      CREATE_ORIGIN,
    )
    const created = await storeNewBoard({ storage, signer }, id, doc, createdAt)
    if (created && placed.workspace) await deps.directory.place(id, placed.workspace, doc, createdAt)
    doc.destroy()
    if (!created) return c.json({ error: `a board with id "${id}" already exists` }, 409)
    return c.json(created satisfies CreatedBoard, 201)
  })

  /** The current share links again, for the facilitator's share dialog (signed for each role's link generation). */
  routes.get('/:id/links', requireBoardRole(signer, storage, rolesThatCan('manageLinks')), async (c) => {
    const id = c.req.param('id')
    const record = await storage.getBoard(id)
    if (!record) return c.json({ error: 'no such board' }, 404)
    return c.json({ id, links: linksFor(id, linkTokens(signer, record)) } satisfies ShareLinks)
  })

  routes.post('/:id/join', requireBoardRole(signer, storage, ROLES), async (c) => {
    const body = await parseJsonBody(c, JoinBody)
    if (!body.ok) return body.response
    const link = c.get('claims')
    const participant = newId(12)
    const token = signer.sign({
      board: link.board,
      role: link.role,
      gen: link.gen,
      participant,
      name: body.value.name,
    })
    // A workspace's people are those who joined its boards (the list owners and mentions pick from).
    const placement = await deps.directory.placement(link.board)
    if (placement) await storage.touchPerson(placement.workspace, body.value.name, deps.now())
    return c.json({ token, participant, role: link.role, name: body.value.name } satisfies Joined)
  })

  routes.post(
    '/:id/links/:role/rotate',
    requireBoardRole(signer, storage, rolesThatCan('manageLinks')),
    async (c) => {
      const params = parseParams(c, RotateLinkParams)
      if (!params.ok) return params.response
      const { role } = params.value
      const id = c.req.param('id')
      const record = await storage.getBoard(id)
      if (!record) return c.json({ error: 'no such board' }, 404)
      const gen = record.linkGen[role] + 1
      await storage.setLinkGen(id, role, gen)
      await deps.onLinkRotated(id, role, gen)
      const token = signer.sign({ board: id, role, gen })
      return c.json({ role, token, link: linkFor(id, token) } satisfies RotatedLink)
    },
  )

  return routes
}
