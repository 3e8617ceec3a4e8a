import { randomBytes } from 'node:crypto'
import { asciiWords } from '../../../web/forms/ascii-words'

/** Six random lowercase letters and digits. */
export function randomSuffix(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  return [...randomBytes(6)].map((b) => alphabet[b % alphabet.length]).join('')
}

/**
 * The slug of a proposed practice: its title in ASCII words (Nordic letters transliterated) and a
 * random suffix, so two proposals with the same title never collide and a slug reveals nothing
 * about unpublished proposals. At most 120 characters, as the slug field allows.
 */
export function makeSlug(title: string, suffix = randomSuffix()): string {
  const words = asciiWords(title, 100)
  return `${words || 'practice'}-${suffix}`
}
