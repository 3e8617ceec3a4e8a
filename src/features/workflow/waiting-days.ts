/** Whole days an item has waited since its last status change (or since it arrived). */
export function waitingDays(history: readonly { at?: string | null }[] | null | undefined, createdAt: string | undefined, now = Date.now()): number | null {
  const since = history?.at(-1)?.at ?? createdAt
  if (!since) return null
  return Math.max(0, Math.floor((now - new Date(since).getTime()) / 86_400_000))
}
