import * as v from 'valibot'

/**
 * `GET /api/workspaces/:id/people` (owner, member) and `GET /api/boards/:id/people` (any role of a
 * workspace board; none for a board that stands alone): who joined the workspace's boards, under
 * the names they gave, most recently seen first.
 */
export const PeopleList = v.object({
  people: v.array(v.object({ name: v.string(), lastSeen: v.number() })),
})
export type PeopleList = v.InferOutput<typeof PeopleList>
