import type { Locale } from '../../i18n/locales'
import { hasText } from '../../i18n/pick-language'
import { shownLanguage, text } from '../../domain/shown-language'

export type ImageView = { url: string; alt: string; altLanguage: Locale; width?: number; height?: number }

type RawMedia = {
  filename?: string | null
  alt?: unknown
  width?: number | null
  height?: number | null
  sizes?: Record<string, { filename?: string | null; width?: number | null; height?: number | null } | undefined>
}

/** The public URL and alt text of a populated media document read with locale "all". */
export function toImageView(value: unknown, preferred: Locale, reader: Locale, size = 'card'): ImageView | undefined {
  if (!value || typeof value !== 'object') return undefined
  const media = value as RawMedia
  const variant = media.sizes?.[size]
  const filename = variant?.filename || media.filename
  if (!filename) return undefined
  // Alt text goes with the language the surrounding content is shown in when it exists.
  const altLanguage = hasText(media.alt, preferred) ? preferred : (shownLanguage(reader, media.alt)?.language ?? preferred)
  return {
    url: `/media/${encodeURIComponent(filename)}`,
    alt: text(media.alt, altLanguage),
    altLanguage,
    width: (variant?.filename ? variant.width : media.width) ?? undefined,
    height: (variant?.filename ? variant.height : media.height) ?? undefined,
  }
}
