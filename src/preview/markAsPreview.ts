import { escapeHtml } from '../../templates'

export const PREVIEW_BANNER_TEXT = 'Preview — not published'

/**
 * Turns a generated page into its preview: never indexed, visibly not the public page, and
 * with a base URL so its relative links (stylesheet, navigation) resolve against the served
 * site instead of the preview route.
 */
export function markAsPreview(page: string, baseHref: string): string {
  const head = `<meta name="robots" content="noindex">\n<base href="${escapeHtml(baseHref)}">`
  const banner =
    `<div class="preview-banner" role="status" lang="en" dir="ltr" ` +
    `style="background:#7a0000;color:#fff;font:bold 1rem/1.5 system-ui,sans-serif;padding:.5rem 1rem;text-align:center">` +
    `${escapeHtml(PREVIEW_BANNER_TEXT)}</div>`
  const withHead = page.replace(/<head>(\s*<meta charset="utf-8">)?/i, (open) => `${open}\n${head}`)
  const withBanner = withHead.replace(/<body>/i, (open) => `${open}\n${banner}`)
  if (withHead === page || withBanner === withHead) throw new Error('The page has no <head> or <body> to mark as a preview.')
  return withBanner
}
