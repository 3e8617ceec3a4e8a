import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'
import type { S3Settings } from '../config/env'

/**
 * The upload collections whose files go to object storage, each under its own key prefix so a
 * media file and an attachment with the same name never overwrite each other in the bucket.
 */
export const storedCollections = { media: { prefix: 'media' }, attachments: { prefix: 'attachments' } } as const

/**
 * Uploads and attachments in an S3-compatible bucket when S3 is configured, on local disk otherwise.
 * The plugin is present in both modes (disabled without S3) with alwaysInsertFields, so the
 * database schema (its prefix and _objectKey columns) is the same either way and one set of
 * migrations fits both. Files are still served through Payload's access control
 * (/api/<collection>/file/<name>); no ACL is set, so objects stay as private as the bucket.
 */
export function objectStorage(s3: S3Settings | undefined): Plugin {
  return s3Storage({
    enabled: Boolean(s3),
    alwaysInsertFields: true,
    bucket: s3?.bucket ?? '',
    collections: storedCollections,
    config: s3
      ? {
          region: s3.region,
          endpoint: s3.endpoint,
          forcePathStyle: s3.forcePathStyle,
          // Without explicit keys the AWS SDK looks on the host (environment, profile, instance role).
          credentials: s3.accessKeyId && s3.secretAccessKey ? { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } : undefined,
          // Several S3-compatible services refuse the SDK's default checksums (CRC32 on every upload):
          // with a custom endpoint they are sent only where S3 requires them; AWS keeps the defaults.
          ...(s3.endpoint ? ({ requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } as const) : {}),
        }
      : {},
    // The client is cached process-wide by this key; tests run several configurations in one process.
    clientCacheKey: s3 ? `s3:${s3.endpoint ?? 'aws'}:${s3.bucket}` : undefined,
  })
}
