import type { CollectionConfig } from 'payload'
import { isEditor } from '../../../access/is-editor'
import type { Env } from '../../../config/env'
import { adminOptions } from '../../../i18n/admin/admin-options'
import { inboundBounceEndpoint } from '../bounces/inbound-bounce-endpoint'
import { bounceKinds } from '../vocabulary'

const nobody = () => false

/**
 * Bounces and complaints as they arrived (delivery-status or feedback reports). Kept to count soft
 * bounces over 30 days and for the figures; written only by the bounce processing. The webhook
 * that takes them from a provider (POST /api/newsletter-bounces/inbound) needs its secret from env.
 */
export const newsletterBouncesCollection = (env: Env): CollectionConfig => ({
  slug: 'newsletter-bounces',
  access: { read: isEditor, create: nobody, update: nobody, delete: nobody },
  admin: { useAsTitle: 'recipient', defaultColumns: ['recipient', 'kind', 'status', 'receivedAt'] },
  defaultSort: '-receivedAt',
  endpoints: [inboundBounceEndpoint(env)],
  fields: [
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers', index: true },
    { name: 'delivery', type: 'relationship', relationTo: 'newsletter-deliveries' },
    { name: 'recipient', type: 'text', required: true },
    { name: 'kind', type: 'select', required: true, index: true, options: adminOptions('bounceKind', bounceKinds) },
    // The DSN's Status (e.g. 5.1.1) or the feedback type (abuse).
    { name: 'status', type: 'text' },
    { name: 'diagnostic', type: 'text' },
    { name: 'receivedAt', type: 'date', required: true, index: true },
  ],
})
