import { SiteMark } from './site-mark'

/** The admin's small icon (navigation, loading): the site's mark instead of Payload's. */
export function Icon() {
  return <SiteMark size={24} />
}
