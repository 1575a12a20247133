import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The generated sites are served by src/app/sites; nothing else needs Next's image pipeline.
  images: { unoptimized: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
