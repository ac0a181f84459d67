// WCAG 2.1 contrast of the default theme's colour tokens, read from its stylesheet.
//
// axe-core cannot check colour contrast on Arabic text (it takes joined letters for an icon
// font and leaves them "incomplete"), so this checks the theme's colour pairs directly: every
// text colour on every background the stylesheet puts it on, in the light scheme and in the
// `prefers-color-scheme: dark` scheme. Text needs 4.5:1 (WCAG 1.4.3 AA); the few non-text pairs
// (focus ring, input border, chart marks) need 3:1 (WCAG 1.4.11).
//
// The pairs come from two places: every rule of style.css that sets both `color` and
// `background` (found automatically), and the table PAIRS below for text that gets its
// background from an ancestor (read from style.css and the templates). A colour variable that
// style.css uses for text but that no pair covers fails the run, so a new colour cannot slip in
// unchecked: add its pair to PAIRS.
//
// Alone: `node tests/browser/contrast.mjs [path/to/style.css]` prints the table, exits 1 on a
// failure. run.mjs runs the same checks.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Harness, ROOT } from './lib.mjs';

export const STYLESHEET = join(ROOT, 'themes', 'default', 'static', 'style.css');

const TEXT = 4.5;
const NON_TEXT = 3;
const ENTITY_TYPES = ['--person', '--place', '--organization', '--event'];

// [text, background, minimum, where]: text whose background comes from an ancestor.
// --paper is the page (body); --surface is the footer (.site-footer).
export const PAIRS = [
  ['--ink', '--paper', TEXT, 'body text, headlines, nav, chips, chart labels'],
  ['--ink-soft', '--paper', TEXT, '.meta, .standfirst, .excerpt, breadcrumbs, summaries'],
  ['--link', '--paper', TEXT, 'links; search UI primary colour'],
  ['--link-hover', '--paper', TEXT, 'a:hover, breadcrumbs a:hover'],
  ['--accent', '--paper', TEXT, '.section-heading, .kicker, nav current, ranks, hovers'],
  ...ENTITY_TYPES.map((t) => [t, '--paper', TEXT, '.entity-link, .group-heading, .kicker, index title']),
  ['--ink', '--surface', TEXT, '.footer-title a'],
  ['--ink-soft', '--surface', TEXT, '.footer-description, .generator'],
  ['--link', '--surface', TEXT, '.footer-links a'],
  ['--link-hover', '--surface', TEXT, '.footer-links a:hover'],
  ['--focus', '--paper', NON_TEXT, ':focus-visible outline (non-text)'],
  ['--focus', '--surface', NON_TEXT, ':focus-visible outline in the footer (non-text)'],
  ['--ink-soft', '--paper', NON_TEXT, '.site-search input border, chart axis (non-text)'],
  ['--accent', '--paper', NON_TEXT, '.chart .bar (non-text)'],
  ...ENTITY_TYPES.map((t) => [t, '--paper', NON_TEXT, '.chart .node circle stroke (non-text)']),
];

/** A minimal CSS reader: rules with their selectors, declarations and enclosing @media. */
export function parseCss(text) {
  const src = text.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules = [];
  let i = 0;
  const block = (media) => {
    while (i < src.length) {
      const open = src.indexOf('{', i);
      const close = src.indexOf('}', i);
      if (close !== -1 && (open === -1 || close < open)) {
        i = close + 1;
        return;
      }
      if (open === -1) {
        i = src.length;
        return;
      }
      const prelude = src.slice(i, open).trim();
      i = open + 1;
      if (prelude.startsWith('@media') || prelude.startsWith('@supports')) {
        block(prelude.startsWith('@media') ? prelude.slice(6).trim() : media);
        continue;
      }
      const end = src.indexOf('}', i);
      const body = src.slice(i, end);
      i = end + 1;
      if (prelude.startsWith('@')) continue; // @font-face and the like
      const decls = new Map();
      for (const d of body.split(';')) {
        const c = d.indexOf(':');
        if (c > 0) decls.set(d.slice(0, c).trim().toLowerCase(), d.slice(c + 1).trim());
      }
      rules.push({ selector: prelude.replace(/\s+/g, ' '), media, decls });
    }
  };
  block(null);
  return rules;
}

/** The colour custom properties of each scheme: light (`:root`), dark (light + the dark block). */
export function schemes(rules) {
  const light = {};
  const dark = {};
  for (const r of rules) {
    if (!r.selector.split(',').some((s) => s.trim() === ':root')) continue;
    const target = r.media === null ? light : /prefers-color-scheme:\s*dark/.test(r.media) ? dark : null;
    if (!target) continue;
    for (const [k, v] of r.decls) if (k.startsWith('--')) target[k] = v;
  }
  return { light, dark: { ...light, ...dark } };
}

/** Parses #rgb, #rrggbb, #rrggbbaa, rgb()/rgba() and a few keywords to [r, g, b, a]. */
export function parseColor(value) {
  const v = value.trim().toLowerCase();
  const named = { black: '#000000', white: '#ffffff' };
  if (named[v]) return parseColor(named[v]);
  let m = v.match(/^#([0-9a-f]{3,8})$/);
  if (m) {
    let h = m[1];
    if (h.length === 3 || h.length === 4) h = [...h].map((c) => c + c).join('');
    if (h.length !== 6 && h.length !== 8) return null;
    const n = (k) => parseInt(h.slice(k, k + 2), 16);
    return [n(0), n(2), n(4), h.length === 8 ? n(6) / 255 : 1];
  }
  m = v.match(/^rgba?\(([^)]+)\)$/);
  if (m) {
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    if (p.length < 3 || p.some(Number.isNaN)) return null;
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  }
  return null;
}

function channel(c) {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function luminance([r, g, b]) {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2.1 contrast ratio of two opaque colours. */
export function ratio(a, b) {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** Resolves var(--x) (with fallbacks) against a scheme's tokens to a colour value. */
function resolveValue(value, vars, seen = new Set()) {
  const m = value.match(/^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/);
  if (!m) return value;
  const [, name, fallback] = m;
  if (vars[name] !== undefined && !seen.has(name)) {
    seen.add(name);
    return resolveValue(vars[name], vars, seen);
  }
  return fallback ? resolveValue(fallback.trim(), vars, seen) : null;
}

/**
 * The variables a colour value can stand for. `var(--type, var(--link))` is each entity type's
 * colour ([data-type] rules set --type) or --link; `inherit`/`currentColor` give nothing.
 */
function colourVars(value, typeVars) {
  const out = [];
  const walk = (v) => {
    const m = v.trim().match(/^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/);
    if (!m) return;
    if (m[1] === '--type') out.push(...typeVars);
    else out.push(m[1]);
    if (m[2]) walk(m[2]);
  };
  walk(value);
  return out;
}

/** The background a `background` shorthand or `background-color` value sets, if it is a var. */
function backgroundOf(decls) {
  const v = decls.get('background-color') || decls.get('background');
  if (!v) return null;
  const m = v.match(/^var\(\s*(--[\w-]+)\s*\)$/);
  return m ? m[1] : null;
}

/** Every pair to check: the table above plus each rule that sets both colour and background. */
export function collectPairs(rules) {
  const typeVars = [];
  for (const r of rules) {
    if (/^\[data-type=/.test(r.selector) && r.decls.has('--type')) {
      typeVars.push(...colourVars(r.decls.get('--type'), []));
    }
  }
  const pairs = PAIRS.map(([fg, bg, min, where]) => ({ fg, bg, min, where }));
  const usedForText = new Map(); // var -> first selector using it as text colour
  const usedAsBackground = new Map();
  for (const r of rules) {
    if (r.media && !/prefers-color-scheme/.test(r.media) && !/min-width|max-width/.test(r.media)) {
      continue; // print styles
    }
    const isSvgText = /(^|\s)text$/.test(r.selector);
    const colour = r.decls.get('color') || (isSvgText ? r.decls.get('fill') : undefined);
    const bg = backgroundOf(r.decls);
    if (bg && !usedAsBackground.has(bg)) usedAsBackground.set(bg, r.selector);
    if (!colour) continue;
    const fgs = colourVars(colour, typeVars);
    for (const fg of fgs) if (!usedForText.has(fg)) usedForText.set(fg, r.selector);
    if (bg) {
      for (const fg of fgs) pairs.push({ fg, bg, min: TEXT, where: r.selector });
    }
  }
  // One row per (text, background, minimum): join the places that use it.
  const merged = new Map();
  for (const p of pairs) {
    const key = `${p.fg} ${p.bg} ${p.min}`;
    const m = merged.get(key);
    if (m) {
      if (!m.where.includes(p.where)) m.where += `; ${p.where}`;
    } else merged.set(key, { ...p });
  }
  return { pairs: [...merged.values()], usedForText, usedAsBackground };
}

/** Runs every contrast check into `h` and prints the table. */
export function checkContrast(h, cssPath = STYLESHEET) {
  const css = readFileSync(cssPath, 'utf8');
  const rules = parseCss(css);
  const modes = schemes(rules);
  const { pairs, usedForText, usedAsBackground } = collectPairs(rules);

  const rows = [];
  for (const [mode, vars] of Object.entries(modes)) {
    for (const p of pairs) {
      const fgValue = resolveValue(`var(${p.fg})`, vars);
      const bgValue = resolveValue(`var(${p.bg})`, vars);
      const fg = fgValue && parseColor(fgValue);
      const bg = bgValue && parseColor(bgValue);
      const name = `contrast ${mode}: ${p.fg} on ${p.bg}${p.min === NON_TEXT ? ' (non-text)' : ''}`;
      if (!fg || !bg || fg[3] !== 1 || bg[3] !== 1) {
        rows.push({ mode, ...p, fgValue, bgValue, r: NaN, ok: false });
        continue;
      }
      const r = ratio(fg, bg);
      rows.push({ mode, ...p, fgValue, bgValue, r, ok: r >= p.min, name });
    }
  }

  const w = (s, n) => String(s).padEnd(n);
  console.log('\nWCAG 2.1 contrast of the theme colours (themes/default/static/style.css)');
  console.log(
    `${w('mode', 6)} ${w('text', 15)} ${w('value', 8)} ${w('background', 11)} ${w('value', 8)} ` +
      `${w('ratio', 7)} ${w('min', 4)} ${w('', 4)} used by`,
  );
  for (const row of rows) {
    console.log(
      `${w(row.mode, 6)} ${w(row.fg, 15)} ${w(row.fgValue ?? '?', 8)} ${w(row.bg, 11)} ` +
        `${w(row.bgValue ?? '?', 8)} ${w(Number.isNaN(row.r) ? '?' : row.r.toFixed(2), 7)} ` +
        `${w(row.min, 4)} ${w(row.ok ? 'ok' : 'FAIL', 4)} ${row.where}`,
    );
  }
  console.log('');

  console.log(`${rows.filter((r) => r.ok).length} of ${rows.length} pairs meet their minimum`);
  for (const row of rows) {
    const name = `contrast ${row.mode}: ${row.fg} on ${row.bg}${row.min === NON_TEXT ? ' (non-text, 3:1)' : ''}`;
    if (Number.isNaN(row.r)) {
      h.fail(name, `cannot read an opaque colour: ${row.fg} = ${row.fgValue}, ${row.bg} = ${row.bgValue}`);
    } else if (row.ok) {
      h.pass(name, `${row.r.toFixed(2)}:1`, { quiet: true }); // the table shows it
    } else {
      h.fail(name, `${row.r.toFixed(2)}:1 is below ${row.min}:1 (${row.fgValue} on ${row.bgValue}; ${row.where})`);
    }
  }

  const covered = new Set(pairs.map((p) => p.fg));
  const uncovered = [...usedForText].filter(([v]) => !covered.has(v));
  if (uncovered.length) {
    h.fail(
      'contrast: every text colour of style.css is checked',
      uncovered.map(([v, sel]) => `${v} (used by ${sel}) has no pair in tests/browser/contrast.mjs PAIRS`).join('\n'),
    );
  } else {
    h.pass('contrast: every text colour of style.css is checked', `${covered.size} colours`);
  }
  const backgrounds = new Set(pairs.map((p) => p.bg));
  const bare = [...usedAsBackground].filter(([v]) => !backgrounds.has(v));
  if (bare.length) {
    h.fail(
      'contrast: every background colour of style.css is checked',
      bare.map(([v, sel]) => `${v} (background of ${sel}) has no pair in tests/browser/contrast.mjs PAIRS`).join('\n'),
    );
  } else {
    h.pass('contrast: every background colour of style.css is checked', `${backgrounds.size} backgrounds`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const h = new Harness();
  checkContrast(h, process.argv[2] || STYLESHEET);
  process.exitCode = h.summary();
}
