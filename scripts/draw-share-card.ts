/**
 * Draws the site's share card, public/vorschaubild.png (1200 × 630), the
 * picture a link to any page shows in messengers and social networks. Run
 * once by hand when the site's name or colours change; the PNG is committed,
 * so builds draw nothing:
 *
 *   node scripts/draw-share-card.ts
 *
 * sharp renders the SVG (it comes with Astro); text is set in DejaVu, the
 * fonts of Debian's fonts-dejavu-core, so it looks the same wherever it is redrawn.
 */
import { writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { de } from '../src/i18n/de.ts';
import { paths, SHARE_CARD_SIZE } from '../src/routes.ts';

const { width, height } = SHARE_CARD_SIZE;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

// The favicon's mark and colour (public/favicon.svg), large, above the name and tagline.
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="#1d3b53"/>
  <rect x="0" y="${height - 24}" width="${width}" height="24" fill="#c8a24a"/>
  <g transform="translate(96 96) scale(4.5)">
    <rect width="32" height="32" rx="6" fill="#fff"/>
    <path d="M8 24V8h3l10 11V8h3v16h-3L11 13v11z" fill="#1d3b53"/>
  </g>
  <text x="92" y="380" font-family="DejaVu Serif" font-weight="bold" font-size="92" fill="#fff">${escape(de.siteName)}</text>
  <text x="96" y="460" font-family="DejaVu Sans" font-size="38" fill="#dfe7ee">${escape(de.siteTagline)}</text>
</svg>`;

const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
writeFileSync(`public${paths.shareCard}`, png);
console.log(`public${paths.shareCard}: ${width} × ${height}, ${png.length} bytes`);
