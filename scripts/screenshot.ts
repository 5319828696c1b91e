/**
 * Screenshot a running app in the system Chromium: `npx tsx scripts/screenshot.ts URL OUT.png [width height]`.
 * For looking at what we built (the file tool shows PNGs); the e2e suite has its own.
 */
import { chromium } from '@playwright/test';

const [url = 'http://127.0.0.1:4392/', out = '/tmp/shot.png', w = '1440', h = '900'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(`[${m.type()}]`, m.text()); });
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
await page.goto(url);
await page.waitForTimeout(1500);
await page.screenshot({ path: out });
await browser.close();
console.log('wrote', out);
