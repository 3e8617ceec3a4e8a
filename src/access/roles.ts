export const roles = ['admin', 'editor', 'organiser', 'moderator', 'expert'] as const
export type Role = (typeof roles)[number]

/** The shape of a logged-in user that access rules look at. */
export type RoleHolder = { roles?: readonly string[] | null } | null | undefined

export function hasRole(user: RoleHolder, ...wanted: Role[]): boolean {
  return Boolean(user?.roles?.some((r) => (wanted as string[]).includes(r)))
}
