import { useFacilitation } from './FacilitationContext.tsx'

/**
 * Whether the facilitator has locked the map's skeleton (titles, persona, stages, lanes) for this
 * person. The relay refuses such changes anyway; the UI mirrors it so nobody types into a field
 * whose change would be thrown away.
 */
export function useSkeletonLocked(): () => boolean {
  const facilitation = useFacilitation()
  return () => !!facilitation && !facilitation.isFacilitator && facilitation.control().locks.skeleton
}
