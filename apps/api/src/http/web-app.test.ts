import fs from 'node:fs';
import path from 'node:path';
import { unfilteredListRequest } from '@civic/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageStarts } from '../../../web/src/app/page-starts.ts';
import { startTestApp, type TestApp, tempDir } from '../../test/test-app.ts';

function createWebDist(): string {
  const dist = tempDir('civic-web-dist-');
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(
    path.join(dist, 'index.html'),
    '<!doctype html><html lang="ru"><head><meta name="civic-time-zone" content="Asia/Almaty" /></head><body><div id="root"></div></body></html>',
  );
  fs.writeFileSync(path.join(dist, 'assets', 'index-Ab12Cd34.js'), 'console.log("app");');
  fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dist;
}

describe('serving the web app', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ webDist: createWebDist(), timeZone: 'Asia/Tashkent' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('when a hashed asset is asked for, then it is served and cached for a year as immutable', async () => {
    const response = await app.fetch('/assets/index-Ab12Cd34.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(response.headers.get('cache-control')).toContain('max-age=31536000');
  });

  it('when a client route is opened directly, then index.html answers and is not cached', async () => {
    for (const route of [
      '/',
      '/initiatives?status=proposed',
      '/initiatives/full-time-deputies',
      '/sources/senate-aktobe-maslikhat',
    ]) {
      const response = await app.fetch(route);
      expect(response.status, route).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await response.text()).toContain('<div id="root">');
    }
  });

  it('when a path that is no page of the app is opened, then the app page answers with 404, so links to it read as broken', async () => {
    for (const route of ['/no-such-page', '/initiatives/a/b', '/login/extra']) {
      const response = await app.fetch(route);
      expect(response.status, route).toBe(404);
      expect(response.headers.get('content-type')).toContain('text/html');
      const html = await response.text();
      expect(html).toContain('<div id="root">');
      expect(html, route).toContain('<meta name="robots" content="noindex" /></head>');
      // An error page is never revalidated or kept by a cache.
      expect(response.headers.get('etag'), route).toBeNull();
      expect(response.headers.get('cache-control'), route).toBe('no-store');
    }
  });

  it('when a page is answered with 200, then it asks no crawler to leave it out', async () => {
    const html = await (await app.fetch('/initiatives/full-time-deputies')).text();
    expect(html).not.toContain('noindex');
  });

  it('when the page is served, then it names the configured zone, which the web formats dates in', async () => {
    for (const route of ['/', '/index.html', '/initiatives/full-time-deputies']) {
      const html = await (await app.fetch(route)).text();
      expect(html, route).toContain('<meta name="civic-time-zone" content="Asia/Tashkent" />');
    }
  });

  it('when an unknown API path is asked for, then the API answers with a problem, never the app page', async () => {
    for (const route of ['/api/nope', '/api', '/api/initiatives/no-such-initiative']) {
      const response = await app.fetch(route);
      expect(response.status, route).toBe(404);
      expect(response.headers.get('content-type'), route).toContain('application/problem+json');
    }
  });

  it('when the build has no manifest, then /initiatives is index.html as built, with no preload added', async () => {
    const html = await (await app.fetch('/initiatives')).text();
    expect(html).not.toContain('preload');
    expect(html).toContain('<div id="root">');
  });

  it('when an asset is missing, then it is a 404 rather than index.html under a script URL', async () => {
    const response = await app.fetch('/assets/index-gone.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('when health and API routes are asked for, then they still answer as themselves', async () => {
    expect((await app.fetch('/readyz')).headers.get('content-type')).toContain('application/json');
    expect((await app.fetch('/api/stats')).headers.get('content-type')).toContain('application/json');
  });
});

/** A build as `vite build` with `build.manifest` leaves it: the entry preloads `shared`, the list page's chunk imports it and `badge`. */
function createWebDistWithManifest(): string {
  const dist = createWebDist();
  fs.mkdirSync(path.join(dist, '.vite'));
  const manifest = {
    'index.html': {
      file: 'assets/index-Ab12Cd34.js',
      isEntry: true,
      imports: ['_shared-S1.js'],
      css: ['assets/index-C1.css'],
    },
    '_shared-S1.js': { file: 'assets/shared-S1.js' },
    '_badge-B1.js': { file: 'assets/badge-B1.js', css: ['assets/badge-C2.css'] },
    'src/app/routes/initiatives-route.tsx': {
      file: 'assets/initiatives-route-R1.js',
      isDynamicEntry: true,
      imports: ['_shared-S1.js', '_badge-B1.js'],
      css: ['assets/initiatives-route-C3.css'],
    },
    'src/app/routes/overview-route.tsx': { file: 'assets/overview-route-O1.js', isDynamicEntry: true },
    'src/lib/locales/ru.json': { file: 'assets/ru-L1.js', isDynamicEntry: true },
    'src/lib/locales/en.json': { file: 'assets/en-L2.js', isDynamicEntry: true },
    'src/lib/locales/kk.json': { file: 'assets/kk-L3.js', isDynamicEntry: true },
  };
  fs.writeFileSync(path.join(dist, '.vite', 'manifest.json'), JSON.stringify(manifest));
  return dist;
}

const head = (html: string) => html.slice(0, html.indexOf('</head>'));
const hrefs = (html: string, rel: string) =>
  [...head(html).matchAll(new RegExp(`<link rel="${rel}"[^>]*href="([^"]+)"`, 'g'))].map((m) => m[1]);

describe('what the page for the initiatives list preloads', () => {
  let app: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = createWebDistWithManifest();
    app = await startTestApp({ webDist: dist });
  });
  afterAll(async () => {
    await app.close();
  });

  it('when /initiatives is opened, then its head preloads the texts, the page chunk with its imports and CSS, and the first page of data', async () => {
    const html = await (await app.fetch('/initiatives')).text();
    // shared-S1.js is left out: the entry imports it and the built index.html preloads it already.
    expect(hrefs(html, 'modulepreload')).toEqual([
      '/assets/ru-L1.js',
      '/assets/initiatives-route-R1.js',
      '/assets/badge-B1.js',
    ]);
    expect(hrefs(html, 'preload')).toEqual([
      '/assets/initiatives-route-C3.css',
      '/assets/badge-C2.css',
      '/api/initiatives?sort=source&page=1&pageSize=20&lang=ru',
    ]);
    // The texts gate the app's first render; the page's code and data wait behind the entry, at low priority.
    expect(head(html)).toContain('<link rel="modulepreload" crossorigin href="/assets/ru-L1.js">');
    expect(head(html)).toContain(
      '<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/badge-B1.js">',
    );
    // The page's fetch (credentials same-origin, CORS mode) reuses a preload only when both match.
    expect(head(html)).toContain(
      '<link rel="preload" as="fetch" fetchpriority="low" crossorigin href="/api/initiatives?sort=source&page=1&pageSize=20&lang=ru">',
    );
  });

  it('when the preloaded list address is asked for, then it is the first page of the list in that language', async () => {
    const response = await app.fetch(unfilteredListRequest('ru'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { page: number; pageSize: number; items: unknown[] };
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(20);
    expect(body.items.length).toBeGreaterThan(0);
  });

  it('when the address names a language, then the texts and the list are those of that language', async () => {
    const html = await (await app.fetch('/initiatives?lang=en')).text();
    expect(hrefs(html, 'modulepreload')[0]).toBe('/assets/en-L2.js');
    expect(hrefs(html, 'preload')).toContain('/api/initiatives?sort=source&page=1&pageSize=20&lang=en');
    expect(html).not.toContain('ru-L1.js');
  });

  it('when the visitor chose a language (its cookie) and the address names none, then the texts and the list are those of the choice', async () => {
    const html = await (await app.fetch('/initiatives', { headers: { cookie: 'civic.lang=kk' } })).text();
    expect(hrefs(html, 'modulepreload')[0]).toBe('/assets/kk-L3.js');
    expect(hrefs(html, 'preload')).toContain('/api/initiatives?sort=source&page=1&pageSize=20&lang=kk');
    expect(html).not.toContain('ru-L1.js');
  });

  it('when the address carries a filter, then the page code is preloaded but no list request is guessed', async () => {
    for (const route of ['/initiatives?status=proposed', '/initiatives?page=2', '/initiatives?lang=kk&q=x']) {
      const html = await (await app.fetch(route)).text();
      expect(hrefs(html, 'modulepreload'), route).toContain('/assets/initiatives-route-R1.js');
      expect(html, route).not.toContain('/api/initiatives');
    }
  });

  it('when the overview is opened, then its head preloads the texts and the overview chunk, and guesses no data', async () => {
    for (const route of ['/', '/?lang=kk']) {
      const html = await (await app.fetch(route)).text();
      const texts = route.endsWith('kk') ? '/assets/kk-L3.js' : '/assets/ru-L1.js';
      expect(hrefs(html, 'modulepreload'), route).toEqual([texts, '/assets/overview-route-O1.js']);
      expect(hrefs(html, 'preload'), route).toEqual([]);
    }
  });

  it('when a page without a known first paint or a missing page is opened, then nothing is added', async () => {
    for (const route of ['/initiatives/full-time-deputies', '/no-such-page']) {
      const html = await (await app.fetch(route)).text();
      expect(hrefs(html, 'modulepreload'), route).toEqual([]);
      expect(hrefs(html, 'preload'), route).toEqual([]);
    }
  });

  it('when the manifest changes after start-up, then pages keep the links worked out from the one read at start', async () => {
    const before = await (await app.fetch('/initiatives?lang=kk')).text();
    const manifestFile = path.join(dist, '.vite', 'manifest.json');
    const manifest = fs.readFileSync(manifestFile, 'utf8');
    try {
      fs.writeFileSync(manifestFile, manifest.replaceAll('initiatives-route-R1.js', 'initiatives-route-R2.js'));
      const changed = await (await app.fetch('/initiatives?lang=kk')).text();
      fs.rmSync(manifestFile);
      const removed = await (await app.fetch('/initiatives?lang=kk')).text();
      expect(hrefs(before, 'modulepreload')).toContain('/assets/initiatives-route-R1.js');
      expect(head(changed)).toBe(head(before));
      expect(head(removed)).toBe(head(before));
    } finally {
      fs.writeFileSync(manifestFile, manifest);
    }
  });
});

/** A build with the page starts the web build writes (apps/web/src/app/page-starts.ts), from the real locale files. */
function createWebDistWithPageStarts(): string {
  const dist = createWebDist();
  const index = path.join(dist, 'index.html');
  fs.writeFileSync(
    index,
    fs
      .readFileSync(index, 'utf8')
      .replace('<div id="root">', '<div id="root"><!--page-start-->')
      .replace('</head>', '<script type="module" crossorigin src="/assets/index-Ab12Cd34.js"></script></head>'),
  );
  const locales = path.resolve(import.meta.dirname, '../../../web/src/lib/locales');
  const texts = (lang: string) => JSON.parse(fs.readFileSync(path.join(locales, `${lang}.json`), 'utf8'));
  // The English texts are made hostile, to show that what reaches the page is escaped.
  const en = { ...texts('en'), initiatives: { title: '<b>"A" & B</b>', intro: "<script>alert('x')</script>" } };
  const starts: Record<string, Record<string, string>> = {};
  for (const [lang, t] of [
    ['ru', texts('ru')],
    ['kk', texts('kk')],
    ['en', en],
  ] as const) {
    for (const [page, html] of Object.entries(pageStarts(t))) {
      starts[page] ??= {};
      starts[page][lang] = html;
    }
  }
  fs.mkdirSync(path.join(dist, '.vite'));
  fs.writeFileSync(path.join(dist, '.vite', 'page-starts.json'), JSON.stringify(starts));
  return dist;
}

describe('the start of a page, painted before the scripts run', () => {
  let app: TestApp;
  const kk = JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, '../../../web/src/lib/locales/kk.json'), 'utf8'),
  );
  const root = (html: string) => html.slice(html.indexOf('<div id="root">'), html.indexOf('</body>'));

  beforeAll(async () => {
    app = await startTestApp({ webDist: createWebDistWithPageStarts() });
  });
  afterAll(async () => {
    await app.close();
  });

  it('when /initiatives?lang=kk is opened, then #root holds the Kazakh heading and lead as the page renders them, and <html lang="kk">', async () => {
    const response = await app.fetch('/initiatives?lang=kk');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="kk">');
    expect(root(html)).toContain(
      `<main id="main" tabindex="-1" class="container site-main"><div class="page initiatives-page"><header class="page-header"><h1>${kk.initiatives.title}</h1><p class="lead">${kk.initiatives.intro}</p></header></div></main>`,
    );
    expect(html).not.toContain('<!--page-start-->');
    // The entry keeps its priority: a low one delayed the page itself on a busy machine.
    expect(html).not.toMatch(/<script[^>]*fetchpriority/);
  });

  it('when the address has no ?lang= but the visitor chose a language (its cookie), then the start and the preloaded texts are in it; ?lang= wins', async () => {
    const asked = async (route: string, cookie: string) => {
      const response = await app.fetch(route, { headers: { cookie } });
      expect(response.headers.get('vary'), route).toMatch(/cookie/i);
      return response.text();
    };
    const chosen = await asked('/initiatives', 'other=1; civic.lang=kk');
    expect(chosen).toContain('<html lang="kk">');
    expect(root(chosen)).toContain(`<h1>${kk.initiatives.title}</h1>`);
    const address = await asked('/initiatives?lang=en', 'civic.lang=kk');
    expect(address).toContain('<html lang="en">');
    expect(address).not.toContain(kk.initiatives.title);
    const unknown = await asked('/initiatives', 'civic.lang=de');
    expect(unknown).toContain('<html lang="ru">');
    expect(root(unknown)).toContain('<h1>Инициативы</h1>');
  });

  it('when no valid language is asked, then the start is Russian; the overview has its own', async () => {
    for (const route of ['/initiatives', '/initiatives?lang=xx', '/?lang=ru']) {
      const html = await (await app.fetch(route)).text();
      expect(html, route).toContain('<html lang="ru">');
      expect(root(html), route).toContain(route.startsWith('/?') ? '<h1>Обзор</h1>' : '<h1>Инициативы</h1>');
    }
  });

  it('when the texts hold markup, then it reaches the page escaped', async () => {
    const html = await (await app.fetch('/initiatives?lang=en')).text();
    expect(root(html)).toContain('<h1>&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;</h1>');
    expect(root(html)).toContain('<p class="lead">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<script>alert');
  });

  it('when a page is not a 200 or has no known start, then #root gets no start and <html lang> stays', async () => {
    for (const route of [
      '/no-such-page?lang=kk',
      '/initiatives/unknown?lang=kk',
      '/initiatives/full-time-deputies?lang=kk',
    ]) {
      const html = await (await app.fetch(route)).text();
      expect(html, route).toContain('<html lang="ru">');
      expect(html, route).not.toContain('<h1>');
      expect(html, route).not.toContain(kk.initiatives.title);
    }
  });
});
