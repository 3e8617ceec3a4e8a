import type { Access } from 'payload'

/** Public reference data (themes, media, site settings) that anyone may read. */
export const anyone: Access = () => true
