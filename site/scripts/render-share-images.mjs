// Renders the share-card images in public/images/og/ (1200×630 JPEG): one per cover SVG in
// public/images/ and the site's default card. WeChat and most crawlers ignore SVG in og:image,
// so the cards are rasterised once here and committed. Run after adding or changing a cover:
//   node site/scripts/render-share-images.mjs        (Debian's chromium; CHROMIUM_PATH to override)
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const images = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/images');
const out = path.join(images, 'og');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  const shot = (name) => page.screenshot({ path: path.join(out, `${name}.jpg`), type: 'jpeg', quality: 86 });
  for (const file of readdirSync(images).filter((f) => /^cover-[a-z0-9-]+\.svg$/.test(f))) {
    const svg = readFileSync(path.join(images, file)).toString('base64');
    await page.setContent(`<body style="margin:0"><img width="1200" height="630" src="data:image/svg+xml;base64,${svg}"></body>`);
    await shot(file.replace(/\.svg$/, ''));
  }
  const heart =
    'M16 28.5 13.9 26.6C6.5 19.9 1.6 15.5 1.6 10 1.6 5.5 5.1 2 9.6 2c2.5 0 5 1.2 6.4 3.1C17.4 3.2 19.9 2 22.4 2c4.5 0 8 3.5 8 8 0 5.5-4.9 9.9-12.3 16.6z';
  await page.setContent(`<body style="margin:0;width:1200px;height:630px;display:flex;flex-direction:column;align-items:center;justify-content:center;background:linear-gradient(135deg,#c8102e,#a30d26);color:#fff;font-family:'Noto Sans CJK SC',sans-serif">
<svg viewBox="0 0 32 32" width="150" height="150"><path fill="#fff" d="${heart}"/></svg>
<div style="font-size:84px;font-weight:700;letter-spacing:6px;margin-top:24px">爱心志愿服务平台</div>
<div style="font-size:38px;margin-top:18px;color:#fdecee">汇聚点滴爱心，让每一次志愿服务都被看见、被记录</div></body>`);
  await shot('default');
} finally {
  await browser.close();
}
