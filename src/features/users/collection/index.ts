import { roleOptions } from '../../../i18n/admin/admin-options'
import type { CollectionConfig } from 'payload'
import { adminOrSelf } from '../../../access/admin-or-self'
import { isAdmin, isAdminField } from '../../../access/is-admin'
import { isStaff } from '../../../access/is-staff'
import { roles } from '../../../access/roles'
import { isHttps } from '../../../config/is-https'

const auth = { maxLoginAttempts: 10, lockTime: 10 * 60 * 1000 }

export const Users: CollectionConfig = {
  slug: 'users',
  auth,
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'] },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    // The lockout stops password guessing; only an admin may lift it (Payload's default: anyone logged in).
    unlock: isAdmin,
    admin: isStaff,
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: roleOptions(roles),
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
  ],
}

/** Users for a site at `publicUrl`: on https the session cookie (`payload-token`) gets `Secure`. */
export function usersCollection(publicUrl: string): CollectionConfig {
  return { ...Users, auth: { ...auth, cookies: { secure: isHttps(publicUrl) } } }
}
