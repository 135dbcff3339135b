import { LANE_KINDS, type LaneKind } from '../schema/lane.ts'
import type { MapType } from '../schema/map.ts'

/** The nine rows of DOMAIN.md, in LANE_KINDS order (the kinds before the blueprint and empathy ones). */
const FULL_MAP_LANES: readonly LaneKind[] = LANE_KINDS.slice(0, LANE_KINDS.indexOf('materials') + 1)

/**
 * Which lanes a new map of each type starts with (people can add or remove lanes afterwards).
 * The rows follow seed 001's description of each type; the owners, KPIs and materials rows of
 * the full maps follow seed 002 (responsibility per stage and measurement), seed 003 (journey
 * analytics KPIs) and seed 004 (material library per stage).
 */
export const LANE_PRESETS: Record<MapType, readonly LaneKind[]> = {
  // Seed 001: every touchpoint and how customers experience it; seed 003: think / feel / do, obstacles, actions.
  currentState: FULL_MAP_LANES,
  // Seed 001: "it follows the same structure", so current and future maps compare side by side.
  futureState: FULL_MAP_LANES,
  // Seed 001: a high-level look at how trends and forces beyond the business change the customer's view.
  strategic: ['actions', 'thoughts', 'feelings', 'painPoints', 'opportunities'],
  // Seed 001: each sub-journey's actions, thoughts and emotions, per channel, and how information passes between departments.
  tactical: ['touchpoints', 'actions', 'thoughts', 'feelings', 'painPoints', 'opportunities', 'owners'],
  // Seed 001: the customer's daily activities, whether or not they involve the company.
  dayInTheLife: ['actions', 'touchpoints', 'thoughts', 'feelings', 'painPoints', 'opportunities'],
  // Seed 001: onstage and backstage actions, physical evidence and support processes; mind the handoffs.
  serviceBlueprint: [
    'physicalEvidence',
    'customerActions',
    'onstage',
    'backstage',
    'supportProcesses',
    'owners',
  ],
  // Seed 001: personas, touchpoints, behaviour, motivation and emotion, with attention to retention.
  circular: ['touchpoints', 'actions', 'thoughts', 'feelings', 'painPoints', 'opportunities', 'kpis'],
  // Seed 001: four quadrants — what the customer says, does, thinks and feels.
  empathy: ['says', 'does', 'thinks', 'feels'],
}
