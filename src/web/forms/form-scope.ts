import multipart from '@fastify/multipart'
import type { FastifyInstance, FastifyRequest, preValidationAsyncHookHandler } from 'fastify'
import { BadRequest } from '../context'
import { addFormValue, emptyFormBody, parseUrlEncoded } from './form-body'
import type { FormFile } from './validate-uploads'

/** Limits for every public form: per file, files per post, fields per post, bytes per field. */
export type FormLimits = { fileSize: number; files: number; fields: number; fieldSize: number }

const uploads = new WeakMap<FastifyRequest, { files: FormFile[]; extra: number }>()

/** The files of a multipart post (read by readForm), and how many more were sent than allowed. */
export function uploadedFiles(req: FastifyRequest): { files: FormFile[]; extra: number } {
  return uploads.get(req) ?? { files: [], extra: 0 }
}

/**
 * preValidation for public form posts: accepts urlencoded bodies (parsed by the scope) and
 * multipart bodies, which it reads here into the same FormBody plus in-memory files. A file over
 * the size limit is kept truncated and flagged; files beyond `maxFiles` are drained and counted.
 * Anything else, or a malformed body, is a bad request, never a server error.
 */
export function readForm(maxFiles: number, limits: FormLimits): preValidationAsyncHookHandler {
  return async function (req) {
    const type = (req.headers['content-type'] ?? '').toLowerCase()
    if (type.startsWith('application/x-www-form-urlencoded')) return
    if (!type.startsWith('multipart/form-data') || !req.isMultipart()) throw new BadRequest()
    const body = emptyFormBody()
    const files: FormFile[] = []
    let extra = 0
    try {
      const parts = req.parts({
        limits: { fileSize: limits.fileSize, files: maxFiles + 5, fields: limits.fields, fieldSize: limits.fieldSize, parts: limits.fields + maxFiles + 5 },
      })
      for await (const part of parts) {
        if (part.type === 'field') {
          addFormValue(body, part.fieldname, typeof part.value === 'string' ? part.value : '')
          continue
        }
        if (files.length >= maxFiles) {
          let size = 0
          for await (const chunk of part.file) size += (chunk as Buffer).length
          if (part.filename || size) extra++
          continue
        }
        const data = await part.toBuffer()
        // Browsers send an empty, unnamed part for a file input left empty.
        if (!part.filename && data.length === 0) continue
        files.push({ field: part.fieldname, filename: part.filename, data, truncated: part.file.truncated })
      }
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode
      if (status && status >= 400 && status < 500) throw error
      throw new BadRequest()
    }
    req.body = body
    uploads.set(req, { files, extra })
  }
}

/**
 * Registers routes with public forms in their own scope: multipart (files in memory within the
 * limits) and urlencoded bodies are parsed there only, not for the rest of the site.
 */
export function registerFormScope(app: FastifyInstance, limits: FormLimits, routes: (scope: FastifyInstance) => void): void {
  void app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: limits.fileSize, files: limits.files, fields: limits.fields, fieldSize: limits.fieldSize },
      throwFileSizeLimit: false,
    })
    if (!scope.hasContentTypeParser('application/x-www-form-urlencoded')) {
      scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, text, done) => {
        done(null, parseUrlEncoded(String(text)))
      })
    }
    routes(scope)
  })
}
