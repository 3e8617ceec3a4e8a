import { describe, expect, it } from 'vitest'
import { safeUploadName } from './safe-upload-name'

describe('safeUploadName', () => {
  it.each([
    ['CON.pdf', 'CON-file.pdf'],
    ['lpt1.png', 'lpt1-file.png'],
    ['nul.tar.gz', 'nul-file.tar.gz'],
    ['.pdf', 'file.pdf'],
    ['...', 'file'],
    ['.htaccess', 'file.htaccess'],
    ['../../etc/report.pdf', 'report.pdf'],
    ['report.pdf', 'report.pdf'],
    ['console.pdf', 'console.pdf'],
  ])('%s → %s', (input, expected) => {
    expect(safeUploadName(input)).toBe(expected)
  })
})
