import type { Payload } from 'payload'
import type { ThemeSeed } from '../data/types'
import { localizedCreate } from './localized-create'

export function createTheme(payload: Payload, seed: ThemeSeed): Promise<number> {
  return localizedCreate(payload, {
    collection: 'themes',
    shared: { slug: seed.key },
    translations: seed.translations,
    toFields: (t) => ({ title: t.title, description: t.description }),
  })
}
