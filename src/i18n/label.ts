import type { MessageKey } from './messages/en'
import type { Translator } from './translate'

/** The UI label of a vocabulary value, e.g. label(t, 'target', 'youth') → t('target.youth'). */
export function label(t: Translator, prefix: string, value: string): string {
  return t(`${prefix}.${value}` as MessageKey)
}
