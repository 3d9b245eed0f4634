import { chromium } from 'playwright-core';
const base = process.env.BASE ?? 'http://127.0.0.1:8090';
const [path, name, width = '1280', height = '900'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(`${base}/dang-nhap`);
try {
  await page.getByLabel(/Tên đăng nhập|Login/i).first().fill(process.env.LOGIN ?? 'demo.viewer', { timeout: 5000 });
  await page.getByLabel(/Mật khẩu|Password/i).first().fill('demo-cds-2026');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1500);
} catch (e) { console.log('login skipped', e.message.slice(0, 100)); }
await page.goto(`${base}${path}`);
await page.waitForTimeout(4000);
await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: process.env.FULL === '1' });
const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
console.log('scrollWidth', overflow);
await browser.close();
