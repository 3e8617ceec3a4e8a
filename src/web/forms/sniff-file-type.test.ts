import { describe, expect, it } from 'vitest'
import { extensionFor, sniffFileType } from './sniff-file-type'

const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\ntrailer<<>>\nstartxref\n9\n%%EOF\n', 'latin1')

describe('file type sniffing', () => {
  it('recognises PDF, JPEG, PNG and WebP by their bytes', () => {
    expect(sniffFileType(pdf)).toBe('application/pdf')
    expect(sniffFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg')
    expect(sniffFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('image/png')
    expect(sniffFileType(Buffer.concat([Buffer.from('RIFF'), Buffer.from([1, 0, 0, 0]), Buffer.from('WEBPVP8 ')]))).toBe('image/webp')
  })
  it('rejects anything else, whatever its name', () => {
    expect(sniffFileType(Buffer.from('just some text, named report.pdf'))).toBeUndefined()
    expect(sniffFileType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeUndefined()
    expect(sniffFileType(Buffer.from('RIFF\u0001\u0000\u0000\u0000WAVEfmt '))).toBeUndefined()
    expect(sniffFileType(Buffer.alloc(0))).toBeUndefined()
    expect(sniffFileType(Buffer.from([0x89, 0x50, 0x4e]))).toBeUndefined()
  })
  it('rejects a PDF header without a PDF ending', () => {
    expect(sniffFileType(Buffer.from('%PDF-1.7 <script>alert(1)</script>'))).toBeUndefined()
  })
  it('names the extension of each type', () => {
    expect(extensionFor('image/jpeg')).toBe('jpg')
    expect(extensionFor('application/pdf')).toBe('pdf')
  })
})
