/** Debian's Chromium, headless, driven by playwright-core (no browser download needed). */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { E2E_NOW } from './fixed-clock.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, whose every new page reads the suite's fixed moment (E2E_NOW) from its clock,
 * as the server does: a page's "today" never depends on the machine's date or time zone.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await launchChromium();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.clock.setFixedTime(E2E_NOW);
    return context;
  };
  // A page of its own context, which closes with it, as Browser.newPage's does.
  browser.newPage = async (options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    // When the whole browser closes first, the context is gone with it: nothing left to close.
    page.once('close', () => void context.close().catch(() => undefined));
    return page;
  };
  return browser;
}

/**
 * Chromium features Playwright turns off itself (playwright-core 1.65's own `--disable-features`
 * list: PaintHolding, HttpsUpgrades, …). Chromium reads only the last `--disable-features` switch,
 * so ours must repeat them; keep in step with playwright-core's `chromiumSwitches` on an upgrade.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

/**
 * What the tests and the bench start Chromium with. Chromium 15x opens its omnibox popups as
 * WebUI pages in a renderer of their own for every new browser window (every context), which
 * costs about 1.2 s of CPU each on this 2-core machine — a browser's own start-up, not a page's
 * load; turned off, so that neither the suite nor the first-screen bench pays for it.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'].join(',')}`,
];

/** Debian's Chromium with the suite's switches, without the fixed clock (the bench reads real time). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: run \`apt-get install -y chromium\` (the README's test command does).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}
