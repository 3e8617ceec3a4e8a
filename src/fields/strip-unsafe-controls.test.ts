import { describe, expect, it } from 'vitest'
import { stripUnsafeControls } from './strip-unsafe-controls'

describe('stripUnsafeControls', () => {
  it('removes bidi overrides, isolates and C1 controls', () => {
    expect(stripUnsafeControls('Anna \u202Efdp.exe\u202C \u2066x\u2069\u0085\u009B')).toBe('Anna fdp.exe x')
  })
  it('keeps letters of every script, line breaks, tabs and direction marks', () => {
    expect(stripUnsafeControls('Þórður Ääkkönen\nשלום\u200F\tمرحبا')).toBe('Þórður Ääkkönen\nשלום\u200F\tمرحبا')
  })
})
