/** An address as registrations compare it: one registration per person even if they type it differently. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase()
}
