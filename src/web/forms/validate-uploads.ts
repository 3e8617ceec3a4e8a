import { asciiWords } from './ascii-words'
import type { FieldError } from './field-error'
import { extensionFor, sniffFileType, type SniffedType } from './sniff-file-type'

/**
 * A file as it arrived in a multipart form, stored at `path` (a temporary file of the request).
 * `sample`: its first and last kilobyte (all of it when small), enough to judge its type.
 * `truncated`: it was larger than the size limit.
 */
export type FormFile = { field: string; filename: string; path: string; size: number; sample: Buffer; truncated: boolean }

/** A file that passed the checks, with the type found in its bytes and a safe file name. */
export type Upload = { filename: string; originalName: string; mimeType: SniffedType; path: string; size: number }

type Limits = { field: string; maxFiles: number; maxBytes: number; types: readonly string[] }

/** A file name safe to store: ASCII letters, digits and single hyphens, with the sniffed type's extension. */
export function safeFilename(original: string, type: SniffedType): string {
  const base = asciiWords((original.split(/[\\/]/).pop() ?? '').replace(/\.[A-Za-z0-9]{1,8}$/, ''), 60)
  return `${base || 'attachment'}.${extensionFor(type)}`
}

/**
 * Checks the files of one file input: how many (`extra` counts files beyond what was read), the
 * size, and the type judged by content. Returns the accepted uploads and one error per problem.
 */
export function validateUploads(files: readonly FormFile[], extra: number, limits: Limits): { uploads: Upload[]; errors: FieldError[] } {
  const errors: FieldError[] = []
  const uploads: Upload[] = []
  const mine = files.filter((f) => f.field === limits.field)
  if (mine.length + extra > limits.maxFiles) {
    errors.push({ field: limits.field, key: 'form.error.fileCount', values: { max: limits.maxFiles } })
  }
  const megabytes = Math.round(limits.maxBytes / (1024 * 1024))
  for (const file of mine.slice(0, limits.maxFiles)) {
    const name = file.filename || '–'
    if (file.truncated || file.size > limits.maxBytes) {
      errors.push({ field: limits.field, key: 'form.error.fileSize', values: { name, max: megabytes } })
      continue
    }
    const type = sniffFileType(file.sample)
    if (!type || !limits.types.includes(type)) {
      errors.push({ field: limits.field, key: 'form.error.fileType', values: { name } })
      continue
    }
    uploads.push({ filename: safeFilename(file.filename, type), originalName: file.filename.slice(0, 200), mimeType: type, path: file.path, size: file.size })
  }
  return { uploads, errors }
}
