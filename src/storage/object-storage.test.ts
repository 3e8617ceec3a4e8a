import type { Config, Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { attachmentsCollection } from '../features/attachments/collection'
import { mediaCollection } from '../features/media/collection'
import { objectStorage } from './object-storage'

const s3 = { bucket: 'uploads', region: 'eu-north-1', endpoint: 'http://127.0.0.1:9', forcePathStyle: true }

/** The stored shape of a field list: names and types, nested groups included. */
const shape = (fields: Field[]): unknown[] =>
  fields.map((f) => ('name' in f ? { name: f.name, type: f.type, fields: 'fields' in f ? shape(f.fields) : undefined } : f.type))

const withPlugin = async (settings: typeof s3 | undefined) => {
  const config = { collections: [mediaCollection('/tmp/x'), attachmentsCollection('/tmp/x')] } as Config
  const out = await objectStorage(settings)(config)
  return out.collections!
}

describe('objectStorage', () => {
  it('gives media and attachments the same fields with and without a bucket (one set of migrations)', async () => {
    const [withS3, onDisk] = [await withPlugin(s3), await withPlugin(undefined)]
    expect(withS3.map((c) => shape(c.fields))).toEqual(onDisk.map((c) => shape(c.fields)))
    expect(shape(onDisk[0]!.fields)).toEqual(expect.arrayContaining([{ name: 'prefix', type: 'text' }, { name: '_objectKey', type: 'text' }]))
  })
  it('keeps files off the local disk only when a bucket is configured, and serves them through Payload', async () => {
    const [withS3, onDisk] = [await withPlugin(s3), await withPlugin(undefined)]
    for (const c of withS3) {
      expect(typeof c.upload === 'object' && c.upload.disableLocalStorage).toBe(true)
      expect(typeof c.upload === 'object' && c.upload.handlers?.length).toBe(1)
    }
    for (const c of onDisk) expect(typeof c.upload === 'object' && (c.upload.disableLocalStorage ?? false)).toBe(false)
  })
})
