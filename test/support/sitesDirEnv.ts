/**
 * Points SITES_DIR (where site builds write and the app serves from) at a test's folder, and
 * returns what puts the previous value back. Jobs and child servers read it from the environment.
 */
export function pointSitesDirAt(dir: string): () => void {
  const previous = process.env.SITES_DIR
  process.env.SITES_DIR = dir
  return () => {
    if (previous === undefined) delete process.env.SITES_DIR
    else process.env.SITES_DIR = previous
  }
}
