import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from './nextServer'

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
const ROOT = path.resolve(import.meta.dirname, '..', '..')
const SNIPPET = path.join(ROOT, 'deploy', 'nginx', 'chancery-sites.conf')

export type RunningNginx = { url: string; stop: () => Promise<void>; errors: () => string }

/**
 * Debian's nginx running one of the shipped server blocks (deploy/nginx/<server>), as shipped
 * but for the four values it tells the operator to set: the address it listens on, the root,
 * the CMS's origin, and where the snippet it includes is.
 */
export async function startNginx(server: 'network.conf' | 'mission.conf', root: string, cmsOrigin: string): Promise<RunningNginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-nginx-'))
  const port = await freePort()
  const shipped = fs.readFileSync(path.join(ROOT, 'deploy', 'nginx', server), 'utf8')
  const replace = (text: string, from: RegExp, to: string) => {
    if (!from.test(text)) throw new Error(`deploy/nginx/${server} no longer has ${from}`)
    return text.replace(from, to)
  }
  let block = replace(shipped, /listen 80;/, `listen 127.0.0.1:${port};`)
  block = replace(block, /root \/srv\/chancery\/sites[^;]*;/, `root ${root};`)
  block = replace(block, /set \$chancery_cms_origin [^;]+;/, `set $chancery_cms_origin ${cmsOrigin};`)
  block = replace(block, /include \/etc\/nginx\/snippets\/chancery-sites\.conf;/, `include ${SNIPPET};`)
  const temp = (name: string) => path.join(dir, name)
  fs.writeFileSync(temp('nginx.conf'), [
    // As root, nginx's workers would run as nobody, who cannot read a private temporary folder.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'worker_processes 1;',
    'daemon off;',
    `pid ${temp('nginx.pid')};`,
    `error_log ${temp('error.log')} warn;`,
    'events { worker_connections 64; }',
    'http {',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${temp(t)};`),
    block,
    '}',
    '',
  ].join('\n'))
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', temp('nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr!.on('data', (d) => (stderr += d))
  const errors = () => `${stderr}${fs.existsSync(temp('error.log')) ? fs.readFileSync(temp('error.log'), 'utf8') : ''}`
  const url = `http://127.0.0.1:${port}`
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${errors()}`)
    const up = await fetch(`${url}/`).then(() => true, () => false)
    if (up) break
    if (tries > 100) throw new Error(`nginx did not answer on ${url}:\n${errors()}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    url,
    errors,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGQUIT')
        await new Promise((r) => child.once('exit', r))
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
