import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { LAB } from '../../src/lab/settings.js';

// Debian's chromium, headless, driven over the DevTools protocol: a real browser where one matters (the web app's
// lazy chunks, its websocket, its token refresh). Its resolver knows one name, the site's, mapped to the lab
// container, and nothing else, so it sends no traffic beyond the lab whatever it would like to fetch.

export const CHROMIUM = '/usr/bin/chromium';
export const haveChromium = () => existsSync(CHROMIUM);

export interface Seen {
  url: string;
  status: number;
  at: number;
}

export interface LabBrowser {
  browser: Browser;
  page: Page;
  /** Every response the page received, in order. */
  seen: Seen[];
  close: () => Promise<void>;
}

export async function openBrowser(serverName: string, host: string): Promise<LabBrowser> {
  if (!host.startsWith(`${LAB.subnetPrefix}.`)) throw new Error(`the browser goes only to the lab: ${host}`);
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', // the suite runs as root
      `--host-resolver-rules=MAP ${serverName} ${host}, MAP * ~NOTFOUND`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const seen: Seen[] = [];
  page.on('response', (r) => seen.push({ url: r.url(), status: r.status(), at: Date.now() }));
  return { browser, page, seen, close: () => browser.close() };
}

/** Signs in through Vikunja's login form, as a person would, and waits for the home page. */
export async function signInVikunja(b: LabBrowser, origin: string, username: string, password: string): Promise<void> {
  const { page } = b;
  await page.goto(`${origin}/login`, { waitUntil: 'networkidle0', timeout: 30_000 });
  await page.type('#username', username);
  await page.type('#password', password);
  await Promise.all([
    page.waitForFunction(() => location.pathname === '/', { timeout: 20_000 }),
    page.keyboard.press('Enter'),
  ]);
  await page.waitForNetworkIdle({ idleTime: 500, timeout: 20_000 });
}

/** Moves the web app to another of its pages with its own router (no page load: the tab keeps what it loaded). */
export async function routeTo(b: LabBrowser, path: string): Promise<void> {
  await b.page.evaluate((to) => {
    const app = (
      document.querySelector('#app') as unknown as {
        __vue_app__: { config: { globalProperties: { $router: { push: (p: string) => Promise<unknown> } } } };
      }
    ).__vue_app__;
    return app.config.globalProperties.$router.push(to);
  }, path);
  await b.page.waitForNetworkIdle({ idleTime: 500, timeout: 20_000 });
}
