// Real-browser tests of the default theme: a site built under a sub-path, served on loopback,
// opened in Debian's Chromium (headless) through playwright-core. By default the site is the
// repository's own; benches/imagesite.py runs the same checks on a generated 1,000-article site.
//
//   node tests/browser/run.mjs
//
// Checks, for each page of PAGES: <html> and <body> are right to left; no console error, no
// failed request and no HTTP error (favicon aside); no sideways scroll at 390 px; axe-core finds
// no violation (light and dark, wide and narrow); rendered text meets WCAG contrast (axe leaves
// Arabic text unchecked); every image shown has loaded. Then the theme's colour pairs
// (contrast.mjs), the search page (SEARCHES), screenshots into $SCREENSHOTS (default
// target/screenshots/) and Lighthouse, LIGHTHOUSE_RUNS times (default 5) on each audited page,
// gated on the median score of each category (LIGHTHOUSE_FLOOR), with every run written into
// target/lighthouse.json. Closes with `N passed, M failed, K skipped` and exits 1 if any check
// failed.
//
// Environment: CHROMIUM (default /usr/bin/chromium), SCREENSHOTS (default target/screenshots/),
// LIGHTHOUSE=0 to leave Lighthouse out, LIGHTHOUSE_RUNS (default 5), LIGHTHOUSE_OUT (default
// target/lighthouse.json). SITE_ROOT: another site's root folder (default: this repository);
// SITE_PAGES: a JSON file `{"pages": [...], "searches": [...]}` in the form of PAGES and SEARCHES
// below, for that site. The site is always built here, with this run's port in its base URL.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkContrast } from './contrast.mjs';
import { assert, CheckError, ciRequire, Harness, indent, probe, ROOT, startServer } from './lib.mjs';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SUBPATH = 'sahifa-test';
const SCREENSHOTS = process.env.SCREENSHOTS || join(ROOT, 'target', 'screenshots');
const LIGHTHOUSE_OUT = process.env.LIGHTHOUSE_OUT || join(ROOT, 'target', 'lighthouse.json');
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS || 5);
const SITE_ROOT = process.env.SITE_ROOT || ROOT;
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// The pages under test, every one required: a page that does not answer 200 fails the run
// (a skipped page would let its checks pass unseen). Each page is screenshot at both sizes;
// `dark`: also in the dark scheme. `lighthouse`: audited. The repository's site has no author
// (its articles name their outlet as `source:`), so the tag page stands for the listing
// template that section, author and tag pages share; the generated site audits an author page.
const REPOSITORY_PAGES = [
  { name: 'home', path: '', lighthouse: true },
  { name: 'article', path: 'articles/003_36689bd3e2b746b9/', dark: true, lighthouse: true },
  { name: 'entity', path: 'entities/vladimir-putin/', lighthouse: true },
  { name: 'index', path: 'people/' },
  { name: 'archive', path: 'archive/', lighthouse: true },
  { name: 'section', path: 'sections/politics/', lighthouse: true },
  { name: 'tag', path: 'tags/%D8%A7%D9%84%D8%B9%D9%84%D8%A7%D9%82%D8%A7%D8%AA-%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D8%A7%D9%84%D8%A5%D9%8A%D8%B1%D8%A7%D9%86%D9%8A%D8%A9/', lighthouse: true },
  { name: 'tags', path: 'tags/' },
  { name: 'page', path: 'about/' },
  { name: 'search', path: 'search/' },
];

// Search: each query, whether typed into the site's search box or given as ?q=, must list
// these pages among the results (paths under the sub-path) and at least one article.
const REPOSITORY_SEARCHES = [
  { query: 'بيزشكيان', expect: ['entities/masoud-pezeshkian/'] },
  { query: 'بزشكيان', expect: ['entities/masoud-pezeshkian/'] },
  { query: 'بوتين', expect: ['entities/vladimir-putin/'] },
];

const { pages: PAGES, searches: SEARCHES } = process.env.SITE_PAGES
  ? JSON.parse(readFileSync(process.env.SITE_PAGES, 'utf8'))
  : { pages: REPOSITORY_PAGES, searches: REPOSITORY_SEARCHES };

// Lighthouse categories whose median score (0-100) over LIGHTHOUSE_RUNS runs must stay at or
// above the floor on every audited page; any category left out is reported only. The median,
// because performance under simulated throttling moves by a few points from run to run on a
// busy machine, and one slow run should neither fail nor pass a page alone.
const LIGHTHOUSE_FLOOR = { performance: 95, accessibility: 95, 'best-practices': 95, seo: 95 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const VIEWPORTS = {
  wide: { width: 1280, height: 800 },
  narrow: { width: 390, height: 844 },
};

const h = new Harness();
const started = Date.now();
const tmp = mkdtempSync(join(tmpdir(), 'sahifa-browser-'));
let server;
let context;

try {
  console.log('== theme colour contrast (contrast.mjs)');
  checkContrast(h);

  console.log('== build the site under a sub-path and serve it on loopback');
  server = await startServer(join(tmp, 'srv'));
  const base = `http://127.0.0.1:${server.port}/${SUBPATH}/`;
  const built = spawnSync(
    'cargo',
    ['run', '--release', '--locked', '--quiet', '--', '--root', SITE_ROOT, 'build', '--base-url', base, '--output', join(tmp, 'srv', SUBPATH)],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (built.status !== 0) throw new CheckError(`the site did not build (exit ${built.status})`);
  console.log(`serving ${join(tmp, 'srv')} at ${base}`);

  const { chromium } = ciRequire('playwright-core');
  const axePath = ciRequire.resolve('axe-core/axe.min.js');
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmp, 'profile-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: VIEWPORTS.wide,
  });
  mkdirSync(SCREENSHOTS, { recursive: true });

  const available = [];
  for (const page of PAGES) {
    const url = base + page.path;
    const { status } = await probe(url);
    await h.check(`${page.name}: ${url} answers 200`, () => assert(status === 200, `status ${status}`));
    if (status !== 200) continue;
    available.push(page.name);
    console.log(`== ${page.name} (/${SUBPATH}/${page.path})`);
    await checkPage(page, url, axePath);
  }

  console.log('== search');
  if (!available.includes('search')) {
    h.fail('search', `/${SUBPATH}/search/ did not answer 200, so no search check could run`);
  } else {
    await checkSearch(base, axePath);
  }

  await context.close();
  context = null;

  if (process.env.LIGHTHOUSE === '0') {
    h.skip('lighthouse', 'LIGHTHOUSE=0');
  } else {
    console.log('== Lighthouse');
    await lighthouseReport(PAGES.filter((p) => p.lighthouse).map((p) => ({ name: p.name, url: base + p.path })));
  }
} catch (err) {
  h.fail('browser tests ran to the end', err instanceof CheckError ? err.message : err.stack);
} finally {
  if (context) await context.close().catch(() => {});
  if (server) await server.close();
  rmSync(tmp, { recursive: true, force: true });
}

console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
process.exitCode = h.summary();

// ---------------------------------------------------------------------------------------------

/** Opens `url` in a new tab and records every console error, failed request and HTTP error. */
async function open(url, { viewport = VIEWPORTS.wide, scheme = 'light' } = {}) {
  const tab = await context.newPage();
  const problems = [];
  tab.on('console', (msg) => {
    if (msg.type() === 'error' && !/favicon\.ico/.test(msg.location()?.url || '')) {
      problems.push(`console error: ${msg.text()} (${msg.location()?.url || ''})`);
    }
  });
  tab.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));
  tab.on('requestfailed', (req) => {
    if (!tab.isClosed()) problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
  });
  tab.on('response', (res) => {
    if (res.status() >= 400 && !/\/favicon\.ico$/.test(new URL(res.url()).pathname)) {
      problems.push(`HTTP ${res.status()}: ${res.url()}`);
    }
  });
  await tab.setViewportSize(viewport);
  await tab.emulateMedia({ colorScheme: scheme });
  const response = await tab.goto(url, { waitUntil: 'load' });
  await settle(tab);
  return { tab, problems, response };
}

/** Waits until the fonts are in and the network is quiet, so that what is measured is final. */
async function settle(tab) {
  await tab.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
  await tab.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function checkPage(page, url, axePath) {
  const variants = [
    { key: 'wide light', viewport: VIEWPORTS.wide, scheme: 'light' },
    { key: 'wide dark', viewport: VIEWPORTS.wide, scheme: 'dark' },
    { key: 'narrow light', viewport: VIEWPORTS.narrow, scheme: 'light' },
  ];
  if (page.dark) variants.push({ key: 'narrow dark', viewport: VIEWPORTS.narrow, scheme: 'dark' });

  for (const v of variants) {
    const { tab, problems } = await open(url, v);
    const label = `${page.name} [${v.viewport.width}px ${v.scheme}]`;
    try {
      if (v.key === 'wide light') {
        await h.check(`${page.name}: <html> and <body> are right to left`, async () => {
          const dir = await tab.evaluate(() => ({
            html: getComputedStyle(document.documentElement).direction,
            body: getComputedStyle(document.body).direction,
            lang: document.documentElement.lang,
          }));
          assert(dir.html === 'rtl' && dir.body === 'rtl', `computed direction: html ${dir.html}, body ${dir.body}`);
          return `lang=${dir.lang}`;
        });
      }
      if (v.viewport === VIEWPORTS.narrow && v.scheme === 'light') {
        await h.check(`${page.name}: no sideways scroll at ${v.viewport.width}px`, () => noSidewaysScroll(tab));
        await h.check(`${page.name}: phone layout of cards, captions and the page's end at ${v.viewport.width}px`, () => phoneLayout(tab));
      }
      await h.check(`${label}: axe-core finds no violation`, () => runAxe(tab, axePath));
      if (v.key === 'wide light') {
        await h.check(`${page.name}: every image loads at the shape its width and height give`, () => imagesLoaded(tab));
      }
      if (v.viewport === VIEWPORTS.wide) {
        await h.check(`${label}: rendered text meets WCAG contrast`, () => renderedContrast(tab));
      }
      if (v.scheme === 'light' || page.dark) {
        const file = join(SCREENSHOTS, `${page.name}-${v.viewport.width}x${v.viewport.height}-${v.scheme}.png`);
        await tab.screenshot({ path: file });
        await tab.screenshot({ path: file.replace(/\.png$/, '-full.png'), fullPage: true });
      }
      await settle(tab);
      await h.check(`${label}: no console error or failed request`, () => noProblems(problems));
    } finally {
      await tab.close();
    }
  }
}

/**
 * Scrolls through the page so that lazy images load, then requires each `<img>` to have
 * decoded, and its file's aspect ratio to match its `width`/`height` attributes (within 2 %):
 * those attributes reserve the image's box before it arrives, so a wrong pair means a layout
 * shift or a stretched picture.
 */
async function imagesLoaded(tab) {
  const r = await tab.evaluate(async () => {
    const step = Math.max(200, window.innerHeight - 100);
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((ok) => setTimeout(ok, 50));
    }
    window.scrollTo(0, 0);
    const imgs = [...document.images];
    await Promise.all(imgs.map((i) => i.decode().catch(() => undefined)));
    const bad = [];
    for (const i of imgs) {
      const src = i.currentSrc || i.src;
      if (!i.complete || i.naturalWidth === 0) {
        bad.push(`${src}: not loaded`);
        continue;
      }
      const w = Number(i.getAttribute('width'));
      const h = Number(i.getAttribute('height'));
      if (w && h) {
        const drift = Math.abs(i.naturalWidth / i.naturalHeight / (w / h) - 1);
        if (drift > 0.02) bad.push(`${src}: file ${i.naturalWidth}×${i.naturalHeight}, attributes ${w}×${h}`);
      } else {
        bad.push(`${src}: no width/height attributes`);
      }
    }
    return { count: imgs.length, bad, sources: imgs.map((i) => (i.currentSrc || i.src).split('.').pop()) };
  });
  assert(r.bad.length === 0, r.bad.slice(0, 10).join('\n'));
  const kinds = [...new Set(r.sources)].join(', ');
  return r.count ? `${r.count} images${kinds ? ` (${kinds})` : ''}` : 'no image';
}

/**
 * What a reader sees on a phone, beyond no sideways scroll: a list card's summary runs the
 * full width under a picture (beside it, it was a column of a word or two a line); a lead
 * image's credit sits on a line of its own (run on, it read as part of the caption); and the
 * canvas under a page shorter than the screen has the footer's colour, not a band of page
 * colour below the footer.
 */
async function phoneLayout(tab) {
  const r = await tab.evaluate(() => {
    const bad = [];
    let cards = 0;
    for (const card of document.querySelectorAll('.result-with-image')) {
      const excerpt = card.querySelector('.excerpt');
      if (!excerpt) continue;
      cards += 1;
      const share = excerpt.getBoundingClientRect().width / card.getBoundingClientRect().width;
      if (share < 0.9) bad.push(`a card's summary takes ${(share * 100).toFixed(0)} % of the card's width`);
    }
    let credits = 0;
    for (const credit of document.querySelectorAll('figcaption .credit')) {
      const caption = [...credit.parentElement.childNodes].find((n) => n.nodeType === 3 && n.nodeValue.trim());
      if (!caption) continue;
      credits += 1;
      const range = document.createRange();
      range.selectNodeContents(caption);
      const text = range.getBoundingClientRect();
      if (credit.getBoundingClientRect().top < text.bottom - 1) bad.push('the credit runs on after the caption text');
    }
    const canvas = getComputedStyle(document.documentElement).backgroundColor;
    const footer = document.querySelector('.site-footer');
    const footerBg = footer && getComputedStyle(footer).backgroundColor;
    if (footer && canvas !== footerBg) bad.push(`the canvas under the page is ${canvas}, the footer ${footerBg}`);
    return { bad: [...new Set(bad)], cards, credits };
  });
  assert(r.bad.length === 0, r.bad.join('\n'));
  return `${r.cards} cards with a picture, ${r.credits} credits`;
}

function noProblems(problems) {
  assert(problems.length === 0, [...new Set(problems)].join('\n'));
}

async function noSidewaysScroll(tab) {
  const r = await tab.evaluate(() => {
    const vw = window.innerWidth;
    const wide = [];
    for (const el of document.querySelectorAll('body *')) {
      const b = el.getBoundingClientRect();
      if (b.width && (b.left < -0.5 || b.right > vw + 0.5)) {
        const cls = (el.getAttribute('class') || '').trim();
        if (getComputedStyle(el).position === 'absolute' && /visually-hidden|skip-link/.test(cls)) continue;
        wide.push(`${el.tagName.toLowerCase()}${cls ? '.' + cls.split(/\s+/).join('.') : ''} [${Math.round(b.left)}, ${Math.round(b.right)}]`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: vw, wide: wide.slice(0, 10) };
  });
  assert(
    r.scrollWidth <= r.innerWidth,
    `scrollWidth ${r.scrollWidth} > innerWidth ${r.innerWidth}; elements past the edges:\n${r.wide.join('\n')}`,
  );
  return `scrollWidth ${r.scrollWidth} <= ${r.innerWidth}`;
}

async function runAxe(tab, axePath) {
  await tab.addScriptTag({ path: axePath });
  const result = await tab.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return {
      rules: r.violations.length + r.passes.length + r.incomplete.length + r.inapplicable.length,
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`),
        count: v.nodes.length,
      })),
    };
  });
  assert(
    result.violations.length === 0,
    result.violations
      .map((v) => `${v.id} (${v.impact}, ${v.count} nodes): ${v.help}\n${indent(v.nodes.join('\n'), '  ')}`)
      .join('\n'),
  );
  return `${result.rules} rules`;
}

/**
 * Contrast of the text as rendered: for every visible text node, its colour against the
 * background painted under it (the nearest ancestors' background colours, composited). What
 * sits on a background image or a gradient is left out (none in this theme).
 */
async function renderedContrast(tab) {
  const r = await tab.evaluate(() => {
    const parse = (c) => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    };
    const over = (top, below) => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i] * a + below[i] * (1 - a)).concat(1);
    };
    const lum = ([r, g, b]) =>
      [r, g, b]
        .map((c) => c / 255)
        .map((s) => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
        .reduce((acc, s, i) => acc + s * [0.2126, 0.7152, 0.0722][i], 0);
    const ratio = (a, b) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const background = (el) => {
      const layers = [];
      for (let e = el; e; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.backgroundImage !== 'none') return null;
        const c = parse(cs.backgroundColor);
        if (c && c[3] > 0) {
          layers.push(c);
          if (c[3] === 1) break;
        }
      }
      let bg = [255, 255, 255, 1];
      for (const l of layers.reverse()) bg = over(l, bg);
      return bg;
    };
    const describe = (el) => {
      const parts = [];
      for (let e = el; e && e !== document.body && parts.length < 3; e = e.parentElement) {
        const cls = typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/)[0] : '';
        parts.unshift(e.tagName.toLowerCase() + cls);
      }
      return parts.join(' > ');
    };
    const seen = new Map();
    let checked = 0;
    let skipped = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.nodeValue.trim()) continue;
      const el = n.parentElement;
      if (!el || el.closest('script, style, noscript, template')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const rect = range.getBoundingClientRect();
      if (rect.width < 2 || rect.height < 2) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility !== 'visible' || Number(cs.opacity) === 0) continue;
      let clipped = false;
      for (let e = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (Number(s.opacity) === 0 || s.clipPath === 'inset(50%)') {
          clipped = true;
          break;
        }
      }
      if (clipped) continue;
      const bg = background(el);
      const svg = el instanceof SVGElement;
      let fg = parse(svg ? cs.fill : cs.color);
      if (!bg || !fg) {
        skipped += 1;
        continue;
      }
      let opacity = 1;
      for (let e = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
      fg = over([fg[0], fg[1], fg[2], fg[3] * opacity], bg);
      const size = parseFloat(cs.fontSize);
      const bold = Number(cs.fontWeight) >= 700;
      const large = size >= 24 || (bold && size >= 18.66);
      const min = large ? 3 : 4.5;
      const r = ratio(fg, bg);
      checked += 1;
      if (r < min) {
        const key = `${describe(el)} ${fg} ${bg}`;
        if (!seen.has(key)) {
          seen.set(key, `${describe(el)} «${n.nodeValue.trim().slice(0, 30)}»: ${r.toFixed(2)}:1 < ${min}:1 ` +
            `(rgb(${fg.slice(0, 3).map(Math.round)}) on rgb(${bg.slice(0, 3).map(Math.round)}), ${size}px${bold ? ' bold' : ''})`);
        }
      }
    }
    return { checked, skipped, failures: [...seen.values()] };
  });
  assert(r.failures.length === 0, r.failures.slice(0, 15).join('\n'));
  return `${r.checked} text runs${r.skipped ? `, ${r.skipped} on images left out` : ''}`;
}

/** Collects the result links of the Pagefind UI once it has shown them all. */
async function searchResults(tab) {
  await tab.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
  let last = '';
  for (let i = 0; i < 40; i += 1) {
    const links = await tab.$$eval('.pagefind-ui__result-link', (as) => as.map((a) => a.href));
    const results = await tab.$$eval('.pagefind-ui__result', (rs) => rs.length);
    const now = JSON.stringify(links);
    if (now === last && links.length >= results && links.every(Boolean)) return links;
    last = now;
    await tab.waitForTimeout(250);
  }
  return JSON.parse(last);
}

async function checkSearch(base, axePath) {
  const basePath = new URL(base).pathname;
  for (const [i, { query, expect }] of SEARCHES.entries()) {
    for (const how of ['typed into the search box', 'given as ?q=']) {
      const name = `search «${query}» ${how}`;
      let tab;
      let problems = [];
      try {
        if (how === 'given as ?q=') {
          ({ tab, problems } = await open(`${base}search/?q=${encodeURIComponent(query)}`));
        } else {
          ({ tab, problems } = await open(base));
          await tab.fill('#site-search-q', query);
          await Promise.all([tab.waitForURL(/\/search\/\?q=/), tab.press('#site-search-q', 'Enter')]);
          await settle(tab);
        }
        let links = [];
        await h.check(`${name}: lists the expected pages`, async () => {
          links = await searchResults(tab);
          const paths = links.map((l) => {
            const u = new URL(l);
            assert(u.origin === new URL(base).origin, `result link ${l} leaves the site`);
            return u.pathname;
          });
          const missing = expect.map((p) => basePath + p).filter((p) => !paths.includes(p));
          const articles = paths.filter((p) => p.startsWith(`${basePath}articles/`));
          // The entity page ranks first for its name.
          assert(paths[0] === basePath + expect[0], `${expect[0]} is not the first result\nresults: ${paths.join(', ')}`);
          assert(
            missing.length === 0 && articles.length > 0,
            `${missing.length ? `missing ${missing.join(', ')}` : ''}${articles.length ? '' : ' no article among the results'}` +
              `\nresults: ${paths.join(', ') || '(none)'}`,
          );
          return `${links.length} result links to ${new Set(paths).size} pages: ${[...new Set(paths)].map((p) => p.slice(basePath.length)).join(', ')}`;
        });
        if (how === 'given as ?q=') {
          await h.check(`${name}: every result link answers 200`, async () => {
            const bad = [];
            for (const l of new Set(links.map((x) => x.split('#')[0]))) {
              const { status } = await probe(l);
              if (status !== 200) bad.push(`${l}: ${status}`);
            }
            assert(links.length > 0 && bad.length === 0, bad.join('\n') || 'no links');
          });
          await h.check(`${name}: axe-core finds no violation with results shown`, () => runAxe(tab, axePath));
          await h.check(`${name}: rendered text meets WCAG contrast with results shown`, () => renderedContrast(tab));
          const shot = join(SCREENSHOTS, `search-results-${i + 1}-1280x800-light.png`);
          await tab.screenshot({ path: shot });
        }
        await settle(tab);
        await h.check(`${name}: no console error or failed request`, () => noProblems(problems));
      } finally {
        if (tab) await tab.close();
      }
    }
  }
}

/**
 * Audits every page LIGHTHOUSE_RUNS times, in rounds (each page once per round), so a passing
 * moment of load on the machine lands on different pages rather than on one page's runs;
 * then gates each page on the median score of each category.
 */
async function lighthouseReport(pages) {
  const chromeLauncher = await import(pathToFileURL(ciRequire.resolve('chrome-launcher')).href);
  const { default: lighthouse } = await import(pathToFileURL(ciRequire.resolve('lighthouse')).href);
  const userDataDir = mkdtempSync(join(tmp, 'lighthouse-profile-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    userDataDir,
    logLevel: 'silent',
  });
  const report = { lighthouse: null, formFactor: null, throttling: null, runs: LIGHTHOUSE_RUNS, pages: [] };
  const runs = new Map(pages.map((p) => [p.name, []]));
  const lighthouseStarted = Date.now();
  try {
    for (let round = 1; round <= LIGHTHOUSE_RUNS; round += 1) {
      for (const { name, url } of pages) {
        const started = Date.now();
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        const lhr = result.lhr;
        if (!report.lighthouse) {
          console.log(`Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor} emulation, ${lhr.configSettings.throttlingMethod} throttling, ${LIGHTHOUSE_RUNS} runs a page`);
        }
        report.lighthouse = lhr.lighthouseVersion;
        report.formFactor = lhr.configSettings.formFactor;
        report.throttling = lhr.configSettings.throttlingMethod;
        const run = summariseRun(lhr);
        run.seconds = Math.round((Date.now() - started) / 100) / 10;
        runs.get(name).push(run);
        console.log(
          `lighthouse ${name} run ${round}: ${CATEGORIES.map((c) => `${c} ${run.scores[c]}`).join(', ')} ` +
            `(${run.seconds.toFixed(0)} s)`,
        );
        for (const b of run.below) {
          console.log(`      below 100 · ${b.category} · ${b.id} (${b.score}${b.displayValue ? `, ${b.displayValue}` : ''}, weight ${b.weight}): ${b.title}`);
          for (const it of b.items) console.log(`          ${String(it).replace(/\s+/g, ' ').slice(0, 160)}`);
        }
        for (const w of run.warnings) console.log(`      warning: ${w}`);
      }
    }
  } finally {
    await chrome.kill();
  }
  for (const { name, url } of pages) {
    const pageRuns = runs.get(name);
    const median = Object.fromEntries(CATEGORIES.map((c) => [c, medianOf(pageRuns.map((r) => r.scores[c]))]));
    report.pages.push({ name, url, median, runs: pageRuns });
    console.log(`lighthouse ${name} median: ${CATEGORIES.map((c) => `${c} ${median[c]} [${pageRuns.map((r) => r.scores[c]).join(' ')}]`).join(', ')}`);
    await h.check(`lighthouse ${name}: all ${LIGHTHOUSE_RUNS} runs ran`, () => {
      const errors = pageRuns.map((r) => r.runtimeError).filter(Boolean);
      assert(pageRuns.length === LIGHTHOUSE_RUNS && errors.length === 0, errors.join('\n') || `${pageRuns.length} runs`);
    });
    for (const [c, floor] of Object.entries(LIGHTHOUSE_FLOOR)) {
      await h.check(`lighthouse ${name}: median ${c} >= ${floor}`, () =>
        assert(median[c] >= floor, `median ${c} is ${median[c]} (runs: ${pageRuns.map((r) => r.scores[c]).join(', ')})`),
      );
    }
  }
  console.log(`(Lighthouse: ${pages.length} pages × ${LIGHTHOUSE_RUNS} runs in ${((Date.now() - lighthouseStarted) / 1000).toFixed(0)} s)`);
  mkdirSync(dirname(LIGHTHOUSE_OUT), { recursive: true });
  writeFileSync(LIGHTHOUSE_OUT, JSON.stringify(report, null, 2) + '\n');
  console.log(`lighthouse scores written to ${LIGHTHOUSE_OUT}`);
}

/** One Lighthouse result: its scores, and each weighed audit below 100 with what it points at. */
function summariseRun(lhr) {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  const below = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs || []) {
      const a = lhr.audits[ref.id];
      if (a.score === null || a.score >= 1 || ['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode)) continue;
      below.push({
        category: c,
        id: a.id,
        title: a.title,
        score: Math.round(a.score * 100),
        weight: ref.weight,
        displayValue: a.displayValue || '',
        items: (a.details?.items || [])
          .map((it) => {
            const where = it.sourceLocation?.url || it.url || it.node?.snippet;
            return where && [where, it.description].filter(Boolean).join(': ');
          })
          .filter(Boolean)
          .slice(0, 5),
      });
    }
  }
  return { scores, below, runtimeError: lhr.runtimeError?.message, warnings: lhr.runWarnings || [] };
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
function medianOf(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
