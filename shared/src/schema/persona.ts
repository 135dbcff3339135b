import * as Y from 'yjs'
import type { Ordered } from '../order/orderKey.ts'
import { readOneOf, readString } from './read.ts'

/**
 * B2B buying roles: a B2B decision involves several people or a formal procurement process
 * (seed 003), with departments such as legal and finance taking part (seed 004, 签约).
 */
export const PERSONA_ROLES = [
  'decisionMaker',
  'user',
  'procurement',
  'it',
  'finance',
  'legal',
  'influencer',
  'other',
] as const
export type PersonaRole = (typeof PERSONA_ROLES)[number]

/** A buyer persona (买家角色): who the map or a note speaks for. */
export interface Persona extends Ordered {
  name: string
  role: PersonaRole
  /** Job title, e.g. "Head of IT". */
  jobTitle: string
  /** Goals, needs and how they fit into the decision process (seed 003). */
  description: string
}

export const PersonaKeys = {
  id: 'id',
  order: 'order',
  name: 'name',
  role: 'role',
  jobTitle: 'jobTitle',
  description: 'description',
} as const

export function readPersona(id: string, map: Y.Map<unknown>): Persona {
  return {
    id,
    order: readString(map, PersonaKeys.order, 'a0'),
    name: readString(map, PersonaKeys.name),
    role: readOneOf(map, PersonaKeys.role, PERSONA_ROLES, 'other'),
    jobTitle: readString(map, PersonaKeys.jobTitle),
    description: readString(map, PersonaKeys.description),
  }
}

export function createPersonaEntity(
  fields: Pick<Persona, 'id' | 'order' | 'name'> & Partial<Persona>,
): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  map.set(PersonaKeys.id, fields.id)
  map.set(PersonaKeys.order, fields.order)
  map.set(PersonaKeys.name, fields.name)
  map.set(PersonaKeys.role, fields.role ?? 'other')
  map.set(PersonaKeys.jobTitle, fields.jobTitle ?? '')
  map.set(PersonaKeys.description, fields.description ?? '')
  return map
}
