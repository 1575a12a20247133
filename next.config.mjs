import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests run their own server beside a developer's: each needs its own build folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Next adds its build folder's types to the tsconfig it uses; test servers get a throwaway one.
  typescript: { tsconfigPath: process.env.NEXT_TSCONFIG_PATH || 'tsconfig.json' },
  images: { unoptimized: true },
  // "X-Powered-By: Next.js" names the framework for whoever scans for its vulnerabilities.
  poweredByHeader: false,
  // Next 16's development server refuses its own scripts' socket to any origin but localhost,
  // and the admin then stays blank: http://127.0.0.1:3000/admin is the same machine.
  allowedDevOrigins: ['127.0.0.1'],
  // The generated sites under /sites/ link relatively from folder URLs ending in "/";
  // Next's default redirect to the slash-less URL would break them (and loop with ours).
  skipTrailingSlashRedirect: true,
  // Pagefind (the sites' search index, src/search) starts its own binary, found beside its
  // package in node_modules: loaded from there at run time, not bundled.
  serverExternalPackages: ['pagefind'],
  // Turbopack keeps a cache of the build for the next one, by default. A test build goes to a
  // fresh folder named after its sources and is never rebuilt in place: writing that cache
  // only cost it 47 s (of 137) on a 2-core machine.
  experimental: { turbopackFileSystemCacheForBuild: process.env.CHANCERY_BUILD_CACHE !== 'off' },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
