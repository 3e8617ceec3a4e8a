import type { GlobalConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { isEditor } from '../../access/is-editor'
import { globalChangeHooks } from '../../changes/change-hooks'
import { httpsUrl } from '../../fields/https-url'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  access: { read: anyone, update: isEditor },
  hooks: globalChangeHooks,
  fields: [
    {
      name: 'currentTheme',
      type: 'relationship',
      relationTo: 'themes',
      admin: { description: 'The one theme that leads the home page.' },
    },
    { name: 'contactEmail', type: 'email', required: true, defaultValue: 'info@example.org' },
    {
      name: 'socialLinks',
      type: 'array',
      maxRows: 8,
      fields: [
        { name: 'label', type: 'text', required: true },
        {
          name: 'url',
          type: 'text',
          required: true,
          validate: httpsUrl,
        },
      ],
    },
  ],
}
