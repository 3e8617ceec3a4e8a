import { withPayload } from '@payloadcms/next/withPayload'

/** Next.js serves only the Payload admin (/admin), its API (/api) and its assets (/_next). */
const nextConfig = {
  poweredByHeader: false,
  images: { unoptimized: true },
  // `npm run typecheck` checks the whole project; the build need not do it a second time.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
