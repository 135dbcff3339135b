/** A table from role to capabilities, and the two questions every check asks of it. */
export function grantTable<R extends string, C extends string>(
  roles: readonly R[],
  grants: Record<R, readonly C[]>,
): { can(role: R, capability: C): boolean; rolesThatCan(capability: C): R[] } {
  const sets = new Map(roles.map((role) => [role, new Set(grants[role])]))
  const can = (role: R, capability: C) => sets.get(role)?.has(capability) ?? false
  return { can, rolesThatCan: (capability) => roles.filter((role) => can(role, capability)) }
}
