import { describe, expect, it } from 'vitest'
import { safeFilename, validateUploads, type FormFile } from './validate-uploads'

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])
const file = (filename: string, data: Buffer, truncated = false): FormFile => ({ field: 'attachments', filename, path: `/tmp/upload/${filename}`, size: data.length, sample: data, truncated })
const limits = { field: 'attachments', maxFiles: 2, maxBytes: 1024 * 1024, types: ['image/png', 'application/pdf'] }

describe('upload validation', () => {
  it('accepts files whose content has an allowed type, with safe names', () => {
    const { uploads, errors } = validateUploads([file('Bild på Ålö.PNG', png)], 0, limits)
    expect(errors).toEqual([])
    expect(uploads).toEqual([{ filename: 'bild-pa-alo.png', originalName: 'Bild på Ålö.PNG', mimeType: 'image/png', path: '/tmp/upload/Bild på Ålö.PNG', size: png.length }])
  })
  it('rejects a text file named .pdf by its content', () => {
    const { uploads, errors } = validateUploads([file('report.pdf', Buffer.from('hello'))], 0, limits)
    expect(uploads).toEqual([])
    expect(errors).toEqual([{ field: 'attachments', key: 'form.error.fileType', values: { name: 'report.pdf' } }])
  })
  it('rejects files over the size limit and too many files', () => {
    const { errors } = validateUploads([file('a.png', png, true), file('b.png', png)], 1, limits)
    expect(errors).toEqual([
      { field: 'attachments', key: 'form.error.fileCount', values: { max: 2 } },
      { field: 'attachments', key: 'form.error.fileSize', values: { name: 'a.png', max: 1 } },
    ])
  })
  it('ignores files of other inputs', () => {
    expect(validateUploads([{ ...file('x', png), field: 'other' }], 0, limits).uploads).toEqual([])
  })
  it('makes safe file names', () => {
    expect(safeFilename('../../etc/passwd', 'application/pdf')).toBe('passwd.pdf')
    expect(safeFilename('<script>.pdf', 'application/pdf')).toBe('script.pdf')
    expect(safeFilename('تقرير.pdf', 'application/pdf')).toBe('attachment.pdf')
  })
})
