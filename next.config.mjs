import { withPayload } from '@payloadcms/next/withPayload'

/** Next.js serves only the Payload admin (/admin) and its assets (/_next); the API runs on Fastify (src/web/api). */
const nextConfig = {
  poweredByHeader: false,
  images: { unoptimized: true },
  // `npm run typecheck` checks the whole project; the build need not do it a second time.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
