import { roleOptions } from '../../../i18n/admin/admin-options'
import type { CollectionConfig } from 'payload'
import { adminOrSelf } from '../../../access/admin-or-self'
import { isAdmin, isAdminField } from '../../../access/is-admin'
import { isStaff } from '../../../access/is-staff'
import { roles } from '../../../access/roles'
import { isHttps } from '../../../config/is-https'
import { limitAuthAttempts } from '../login-limits/limit-auth-attempts'
import { releaseAccountLimits } from '../login-limits/release-account-limits'

// No per-account lockout: Payload's (N wrong passwords lock the account) let anyone lock anyone
// out, the admin included, by typing wrong passwords. Guessing is limited instead per client
// address, per account and address, and per account across addresses, before Payload does any
// work (login-limits/auth-limits.ts); the person at their own address is not blocked by a stranger.
const auth = { maxLoginAttempts: 0 }

export const Users: CollectionConfig = {
  slug: 'users',
  auth,
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'] },
  hooks: { beforeOperation: [limitAuthAttempts], afterOperation: [releaseAccountLimits] },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    // Unlocking empties an account's login limits (release-account-limits.ts); admins only
    // (Payload's default: anyone logged in).
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
