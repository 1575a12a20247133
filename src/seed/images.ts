import sharp from 'sharp'

export const IMAGE_WIDTH = 1600
export const IMAGE_HEIGHT = 900

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)

/** A 1600×900 PNG banner drawn from SVG, so the demo needs no photographs and no network. */
export async function renderBanner(options: { background: string; foreground: string; caption: string }): Promise<Buffer> {
  const { background, foreground, caption } = options
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}">
  <rect width="100%" height="100%" fill="${background}"/>
  <rect x="80" y="80" width="${IMAGE_WIDTH - 160}" height="${IMAGE_HEIGHT - 160}" fill="none" stroke="${foreground}" stroke-width="6" opacity="0.5"/>
  <text x="50%" y="50%" dominant-baseline="middle" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="110" fill="${foreground}">${escapeXml(caption)}</text>
  <text x="50%" y="${IMAGE_HEIGHT - 140}" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="40" fill="${foreground}" opacity="0.8">Chancery demo · sample image</text>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}
