// Writes data/gazetteer/cldr.json — the places Unicode CLDR names in Arabic — and
// data/months.json — the month names of its Arabic locales — from the npm
// packages pinned in package.json (run `npm install` here first, then `npm run generate`).
//
// What it takes from CLDR, and nothing else:
// - territories and regions: Arabic and English display names, alt variants included
//   (cldr-localenames-full, main/{ar,en}/territories.json);
// - containment: the smallest non-grouping region that contains each territory or region
//   (cldr-core, supplemental/territoryContainment.json);
// - cities: the Arabic exemplar city of each time zone (cldr-dates-full,
//   main/ar/timeZoneNames.json), its English name and country from the BCP 47 time zone key
//   (cldr-bcp47, bcp47/timezone.json: "egcai" = EG + Cairo).
// Everything CLDR lacks (spelling variants, demonyms, capitals, organisations, regions Arabic
// news uses) is in data/gazetteer/curated.yaml, reviewed by hand.

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const out = join(here, "..", "..", "data", "gazetteer", "cldr.json");
const read = (path) => JSON.parse(readFileSync(join(modules, path), "utf8"));

const arTerritories = read("cldr-localenames-full/main/ar/territories.json").main.ar
  .localeDisplayNames.territories;
const enTerritories = read("cldr-localenames-full/main/en/territories.json").main.en
  .localeDisplayNames.territories;
const containment = read("cldr-core/supplemental/territoryContainment.json").supplemental
  .territoryContainment;
const zonesAr = read("cldr-dates-full/main/ar/timeZoneNames.json").main.ar.dates.timeZoneNames
  .zone;
const bcp47 = read("cldr-bcp47/bcp47/timezone.json").keyword.u.tz;
const version = read("cldr-core/package.json").version;

// Not places: groupings and organisations (curated as organisations), private-use and
// pseudo-locale codes, and the world itself (العالم is an ordinary word).
const SKIP = new Set(["001", "EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "QU"]);

/** ASCII slug of an English name: "Côte d’Ivoire" → "cote-d-ivoire". */
function slug(name) {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Territory code → the smallest non-grouping region containing it. */
function parents() {
  const parent = {};
  for (const [region, value] of Object.entries(containment)) {
    if (region.includes("-status-") || value._grouping === "true") continue;
    for (const child of value._contains) parent[child] ??= region;
  }
  return parent;
}

/** The names of one territory code: main name, then the alt variants, without repeats. */
function names(table, code) {
  const all = Object.entries(table)
    .filter(([k]) => k === code || k.startsWith(`${code}-alt-`))
    .map(([, v]) => v);
  return [...new Set(all)];
}

/** "هيبرون (مدينة الخليل)" → ["هيبرون", "الخليل"]. */
function splitParenthesis(name) {
  const m = name.match(/^(.*?)\s*\((.*)\)\s*$/);
  if (!m) return [name.trim()];
  return [m[1].trim(), m[2].replace(/^مدينة\s+/, "").trim()].filter(Boolean);
}

const parent = parents();
// UN member states are countries; the other codes are territories (dependencies, observers,
// disputed areas: curated.yaml may say otherwise).
const unMembers = new Set(containment.UN._contains);
const territoryIds = {};
const entries = [];
for (const code of Object.keys(arTerritories)) {
  if (code.includes("-alt-") || SKIP.has(code)) continue;
  const en = names(enTerritories, code);
  const ar = names(arTerritories, code);
  const id = slug(enTerritories[code]);
  territoryIds[code] = id;
  entries.push({
    id,
    class: /^\d+$/.test(code) ? "region" : unMembers.has(code) ? "country" : "territory",
    code,
    name: ar[0],
    aliases: ar.slice(1),
    name_en: en[0],
    in: parent[code],
  });
}
for (const e of entries) {
  e.in = e.in && !SKIP.has(e.in) ? territoryIds[e.in] : undefined;
}

// Cities, keyed by their IANA zone name ("Africa/Cairo").
const zoneKey = {};
for (const [key, value] of Object.entries(bcp47)) {
  if (typeof value === "object" && value._alias) {
    for (const alias of value._alias.split(" ")) zoneKey[alias] = { key, description: value._description };
  }
}
const codeOfEnglish = Object.fromEntries(
  Object.entries(enTerritories).filter(([k]) => !k.includes("-alt-")).map(([k, v]) => [v, k]),
);
/** The zone's country: named after the comma of its description ("Gaza Strip, Palestinian
 * Territories"), else the first two letters of a regular five-letter key ("egcai"); a
 * zone with neither ("jeruslm": Jerusalem) gets none and is left to curated.yaml. */
function zoneCountry({ key, description }) {
  const named = description?.split(", ").pop();
  if (description?.includes(", ") && codeOfEnglish[named]) return codeOfEnglish[named];
  return key.length === 5 ? key.slice(0, 2).toUpperCase() : undefined;
}
function* exemplarCities(tree, path) {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v !== "object") continue;
    if (v.exemplarCity) yield [[...path, k].join("/"), v.exemplarCity];
    else yield* exemplarCities(v, [...path, k]);
  }
}
const usedIds = new Set(entries.map((e) => e.id));
const countryNames = new Set(entries.flatMap((e) => [e.name, ...e.aliases]));
for (const [zone, exemplar] of exemplarCities(zonesAr, [])) {
  const bcp = zoneKey[zone];
  // Research stations, not cities news names.
  if (!bcp || zone.startsWith("Etc/") || zone.startsWith("Antarctica/")) continue;
  const country = zoneCountry(bcp);
  const countryId = territoryIds[country];
  if (!countryId) continue;
  const [name, ...aliases] = splitParenthesis(exemplar);
  // A city written like its country (البحرين، الكويت، سنغافورة) is the country's name.
  // So is a zone named after its island or country (Malta → مالطة, Cayman → كايمان).
  const english = zone.split("/").pop().replace(/_/g, " ");
  const countryEn = enTerritories[country].replace(/\./g, "");
  if (countryNames.has(name) || countryEn.startsWith(english)) continue;
  // "بيولا، داكوتا الشمالية": a place and its state, not a name as news writes it.
  if (name.includes("،")) continue;
  let id = slug(english);
  if (usedIds.has(id)) id = `${id}-${country.toLowerCase()}`;
  if (usedIds.has(id)) continue;
  usedIds.add(id);
  entries.push({ id, class: "city", zone, name, aliases, name_en: english, in: countryId });
}

const compact = entries.map((e) => {
  const o = { id: e.id, class: e.class, name: e.name };
  if (e.aliases.length) o.aliases = e.aliases;
  o.name_en = e.name_en;
  if (e.in) o.in = e.in;
  return o;
});
const data = {
  source: "Unicode CLDR",
  cldr_version: version,
  licence: "Unicode License v3 (https://www.unicode.org/license.txt)",
  generated_by: "scripts/gazetteer/generate.mjs",
  entries: compact,
};
writeFileSync(out, `${JSON.stringify(data, null, 0).replace(/\},\{/g, "},\n{")}\n`);
console.log(`${compact.length} entries (CLDR ${version}) → ${out}`);

// Gregorian month names (format, wide) of every Arabic locale CLDR has, for dates shown in the
// site's `language` (ar-LB: كانون الثاني …, ar-TN: جانفي …, ar-MA: يوليوز …): "ar" and each
// locale whose list differs from it. Written to data/months.json.
const monthsOf = (locale) =>
  Object.values(
    read(`cldr-dates-full/main/${locale}/ca-gregorian.json`).main[locale].dates.calendars
      .gregorian.months.format.wide,
  );
const arMonths = monthsOf("ar");
const locales = { ar: arMonths };
for (const locale of readdirSync(join(modules, "cldr-dates-full", "main")).sort()) {
  if (!/^ar-[A-Z0-9]+$/.test(locale)) continue;
  const names = monthsOf(locale);
  if (names.join() !== arMonths.join()) locales[locale] = names;
}
const monthsOut = join(here, "..", "..", "data", "months.json");
const months = {
  source: "Unicode CLDR, cldr-dates-full main/<locale>/ca-gregorian.json",
  cldr_version: version,
  licence: "Unicode License v3 (https://www.unicode.org/license.txt)",
  generated_by: "scripts/gazetteer/generate.mjs",
  locales,
};
writeFileSync(monthsOut, `${JSON.stringify(months, null, 1)}\n`);
console.log(`${Object.keys(locales).length} month lists → ${monthsOut}`);
