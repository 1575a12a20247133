import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { describeTarget, parseTarget } from './target'

describe('parseTarget', () => {
  it('reads a folder given as a path, relative to the working directory, or as a file URL', () => {
    expect(parseTarget('/srv/www/sites')).toEqual({ kind: 'folder', dir: '/srv/www/sites' })
    expect(parseTarget('out/sites', '/home/ops')).toEqual({ kind: 'folder', dir: path.resolve('/home/ops/out/sites') })
    expect(parseTarget('file:///srv/www/sites')).toEqual({ kind: 'folder', dir: '/srv/www/sites' })
    expect(parseTarget('file:///srv/www/my%20sites')).toEqual({ kind: 'folder', dir: '/srv/www/my sites' })
  })

  it('reads a bucket with or without a key prefix, which always ends in a slash', () => {
    expect(parseTarget('s3://chancery-sites')).toEqual({ kind: 's3', bucket: 'chancery-sites', prefix: '' })
    expect(parseTarget('s3://chancery-sites/')).toEqual({ kind: 's3', bucket: 'chancery-sites', prefix: '' })
    expect(parseTarget('s3://chancery-sites/live/network')).toEqual({ kind: 's3', bucket: 'chancery-sites', prefix: 'live/network/' })
    expect(parseTarget('S3://chancery-sites/live/')).toEqual({ kind: 's3', bucket: 'chancery-sites', prefix: 'live/' })
    expect(describeTarget(parseTarget('s3://chancery-sites/live'))).toBe('s3://chancery-sites/live/')
  })

  it('refuses a missing target, naming both kinds it accepts', () => {
    expect(() => parseTarget(undefined)).toThrow(/--to is required: a folder .* or a bucket \(s3:\/\/bucket/)
    expect(() => parseTarget('  ')).toThrow(/--to is required/)
  })

  it('refuses a bucket name S3 would refuse, and a prefix that climbs', () => {
    expect(() => parseTarget('s3://')).toThrow(/"" is not a bucket name/)
    expect(() => parseTarget('s3://Sites_Bucket/x')).toThrow(/"Sites_Bucket" is not a bucket name/)
    expect(() => parseTarget('s3://sites/../other')).toThrow(/may not contain "\." or "\.\." segments/)
  })

  it('refuses schemes and remote paths it does not speak, saying what to do instead', () => {
    expect(() => parseTarget('https://cdn.example.org/sites')).toThrow(/https:\/\/ is not a target deploy:sites knows/)
    expect(() => parseTarget('rsync://host/module')).toThrow(/rsync:\/\/ is not a target/)
    expect(() => parseTarget('web1:/srv/www')).toThrow(/looks like a remote host:path; .*rsync it/)
    expect(() => parseTarget('file://otherhost/srv')).toThrow(/is not a local file URL/)
  })
})
