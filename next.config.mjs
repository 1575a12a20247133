import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests run their own server beside a developer's: each needs its own build folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  images: { unoptimized: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
