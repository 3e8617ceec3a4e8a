import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import multipart from '@fastify/multipart'
import type { FastifyInstance, FastifyRequest, preValidationAsyncHookHandler } from 'fastify'
import { BadRequest, Forbidden } from '../context'
import { csrfCookieName, csrfFieldName } from '../csrf'
import { readCookie } from '../read-cookie'
import { addFormValue, emptyFormBody, formValue, parseUrlEncoded } from './form-body'
import type { FormFile } from './validate-uploads'

/** Limits for every public form: per file, files per post, fields per post, bytes per field. */
export type FormLimits = { fileSize: number; files: number; fields: number; fieldSize: number }

type Uploads = { files: FormFile[]; extra: number; dir?: string }
const uploads = new WeakMap<FastifyRequest, Uploads>()

/** The files of a multipart post (read by readForm), and how many more were sent than allowed. */
export function uploadedFiles(req: FastifyRequest): { files: FormFile[]; extra: number } {
  return uploads.get(req) ?? { files: [], extra: 0 }
}

/** How much of a file's start and end is kept in memory to judge its type (sniffFileType). */
const sampleBytes = 1024

/** Counts a file's bytes and keeps its first and last kilobyte while it streams to disk. */
function sampler(): { transform: Transform; result: () => { size: number; sample: Buffer } } {
  let size = 0
  let head = Buffer.alloc(0)
  let tail = Buffer.alloc(0)
  const transform = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length
      if (head.length < sampleBytes) head = Buffer.concat([head, chunk.subarray(0, sampleBytes - head.length)])
      tail = Buffer.concat([tail, chunk]).subarray(-sampleBytes)
      done(null, chunk)
    },
  })
  const result = () => ({ size, sample: size <= 2 * sampleBytes ? Buffer.concat([head, tail.subarray(Math.max(0, tail.length - (size - head.length)))]) : Buffer.concat([head, tail]) })
  return { transform, result }
}

/**
 * preValidation for public form posts: accepts urlencoded bodies (parsed by the scope) and
 * multipart bodies, which it reads here into the same FormBody. Files stream to a temporary folder
 * of the request (removed when the response is sent), so memory stays flat whatever is posted.
 * A file part is only read after the hidden CSRF field, which forms put first, has matched the
 * cookie (guardForm has already checked the cookie's signature): a forged post uploads nothing.
 * A file over the size limit is kept truncated and flagged; files beyond `maxFiles` are drained
 * and counted. Anything else, or a malformed body, is a bad request, never a server error.
 */
export function readForm(maxFiles: number, limits: FormLimits): preValidationAsyncHookHandler {
  return async function (req) {
    const type = (req.headers['content-type'] ?? '').toLowerCase()
    if (type.startsWith('application/x-www-form-urlencoded')) return
    if (!type.startsWith('multipart/form-data') || !req.isMultipart()) throw new BadRequest()
    const body = emptyFormBody()
    const state: Uploads = { files: [], extra: 0 }
    uploads.set(req, state)
    const cookie = readCookie(req.headers, csrfCookieName)
    try {
      const parts = req.parts({
        limits: { fileSize: limits.fileSize, files: maxFiles + 5, fields: limits.fields, fieldSize: limits.fieldSize, parts: limits.fields + maxFiles + 5 },
      })
      for await (const part of parts) {
        if (part.type === 'field') {
          addFormValue(body, part.fieldname, typeof part.value === 'string' ? part.value : '')
          continue
        }
        if (!cookie || formValue(body, csrfFieldName) !== cookie) throw new Forbidden()
        if (state.files.length >= maxFiles) {
          let size = 0
          for await (const chunk of part.file) size += (chunk as Buffer).length
          if (part.filename || size) state.extra++
          continue
        }
        state.dir ??= await mkdtemp(path.join(os.tmpdir(), 'form-upload-'))
        const file = path.join(state.dir, String(state.files.length))
        const { transform, result } = sampler()
        await pipeline(part.file, transform, createWriteStream(file))
        const { size, sample } = result()
        // Browsers send an empty, unnamed part for a file input left empty.
        if (!part.filename && size === 0) continue
        state.files.push({ field: part.fieldname, filename: part.filename, path: file, size, sample, truncated: part.file.truncated })
      }
    } catch (error) {
      await removeUploads(req)
      if (error instanceof Forbidden) throw error
      const status = (error as { statusCode?: number }).statusCode
      if (status && status >= 400 && status < 500) throw error
      throw new BadRequest()
    }
    req.body = body
  }
}

/** Removes the temporary files of a request's uploads, once its response is sent or it was aborted. */
async function removeUploads(req: FastifyRequest): Promise<void> {
  const dir = uploads.get(req)?.dir
  if (dir) await rm(dir, { recursive: true, force: true })
}

/**
 * Registers routes with public forms in their own scope: multipart (files on disk within the
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
    scope.addHook('onResponse', async (req) => removeUploads(req))
    scope.addHook('onRequestAbort', async (req) => removeUploads(req))
    routes(scope)
  })
}
