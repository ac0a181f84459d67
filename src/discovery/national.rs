//! State bodies every country has, named by common nouns alone (مجلس النواب، وزارة الصحة،
//! البنك المركزي، النيابة العامة): the same words are a different body in every country, so a
//! site with articles on Jordan and on Iraq must not give the two parliaments one page.
//!
//! Discovery names such a body after the country of each article that writes it bare —
//! «مجلس النواب» in an article on Jordan is «مجلس النواب الأردني», in one on Iraq «مجلس النواب
//! العراقي» — with the bare name as an ambiguous alias that the country, or a place in it,
//! named in the article confirms. The matcher then links the bare name in each article to its
//! own country's body, and not at all in an article that names no country. A body the text
//! already names with its demonym (وزارة الصحة العراقية) gets the same confirmers, so its bare
//! short form is linked in the articles on its country.
//!
//! An article's country is its dateline's (بغداد - …), else the one its places point to most
//! often (a city counts for the country it lies in), twice at least, the first named on a tie. Once one article has a country, another
//! that names none twice but leans to a different one (its places point there once) counts
//! that one too: its bare «مجلس الوزراء» is then its own country's, not the first's.

use std::collections::{HashMap, HashSet};

use super::to_entity;
use crate::analyse::ArticleAnalysis;
use crate::load::slug::arabic_slug;
use crate::load::{Entity, EntityKind};
use crate::suggest::Candidate;
use crate::text::normalize::normalize_name;

/// Bodies named by common nouns that every state has, as discovery finds them (normalised).
const STATE_BODIES: &[&str] = &[
    "البنك المركزي",
    "رئاسه الجمهوريه",
    "رئاسه الوزراء",
    "رئاسه الحكومه",
    "ديوان رئيس الجمهوريه",
    "ديوان رئاسه الجمهوريه",
    "الديوان الملكي",
    "الديوان الاميري",
    "الديوان السلطاني",
    "المجلس الرئاسي",
    "الدفاع المدني",
    "الحمايه المدنيه",
    "الوقايه المدنيه",
];

/// Heads whose phrase, however long, is a ministry or a court of a state (وزارة التربية
/// والتعليم، المحكمة الدستورية العليا، النيابة العامة), normalised.
const STATE_HEADS: &[&str] = &["وزاره", "محكمه", "المحكمه", "نيابه", "النيابه"];

/// Words that make a body international or another country's whatever its head (المحكمة
/// الجنائية الدولية، مجلس التعاون الخليجي), normalised.
const BEYOND_A_STATE: &[&str] = &[
    "الدولي",
    "الدوليه",
    "العالمي",
    "العالميه",
    "العربي",
    "العربيه",
    "الاسلامي",
    "الاسلاميه",
    "الاوروبي",
    "الاوروبيه",
    "الافريقي",
    "الافريقيه",
    "الخليجي",
    "الخليجيه",
    "الاقليمي",
    "الاقليميه",
    "الهاشمي",
    "التعاون",
];

/// Whether `words` (normalised) name a national institution by common nouns alone: a state
/// body of [`STATE_BODIES`], a chamber of [`crate::suggest::NATIONAL_CHAMBERS`], a ministry or a court. `named` says whether a word is a name the site knows (a place, a demonym): such a
/// word already says which country's body it is.
pub(super) fn is_national_body(words: &[&str], named: impl Fn(&str) -> bool) -> bool {
    let Some(&head) = words.first() else {
        return false;
    };
    // المحكمة الابتدائية بالمنستير: a seat after ب says which country's body it is too.
    let seated = |w: &str| w.strip_prefix('ب').is_some_and(&named);
    if words
        .iter()
        .any(|w| BEYOND_A_STATE.contains(w) || named(w) || seated(w))
    {
        return false;
    }
    let joined = words.join(" ");
    STATE_BODIES.contains(&joined.as_str())
        || crate::suggest::NATIONAL_CHAMBERS.contains(&joined.as_str())
        || (words.len() >= 2 && STATE_HEADS.contains(&head) && words[1].starts_with("ال"))
}

/// Mentions of its places an article needs for its country to be known.
const MIN_PLACES: usize = 2;

/// The countries of the site, with what names a body after each.
pub(super) struct Countries<'e> {
    entities: &'e [Entity],
    /// Country id → its entity.
    by_id: HashMap<&'e str, &'e Entity>,
    /// A country's demonym (normalised, definite: الاردني، الاردنيه) → the country's id.
    by_demonym: HashMap<String, &'e str>,
}

impl<'e> Countries<'e> {
    pub(super) fn new(entities: &'e [Entity]) -> Self {
        let countries = entities
            .iter()
            .filter(|e| e.kind == EntityKind::Place && e.country.as_deref() == Some(&e.id));
        let mut by_id = HashMap::new();
        let mut by_demonym = HashMap::new();
        for country in countries {
            by_id.insert(country.id.as_str(), country);
            for d in &country.meta.demonyms {
                let d = normalize_name(d);
                if !d.starts_with("ال") {
                    continue;
                }
                // The feminine the list may lack (السعودية is the country's name).
                if d.ends_with('ي') {
                    by_demonym
                        .entry(format!("{d}ه"))
                        .or_insert(country.id.as_str());
                }
                by_demonym.entry(d).or_insert(country.id.as_str());
            }
        }
        Countries {
            entities,
            by_id,
            by_demonym,
        }
    }

    /// Whether the normalised word is a country's demonym (definite).
    pub(super) fn is_demonym(&self, word: &str) -> bool {
        self.by_demonym.contains_key(word)
    }

    /// The country an article is about (see the module doc), by its id.
    pub(super) fn of_article(&self, analysis: &ArticleAnalysis) -> Option<&'e str> {
        self.of_dateline(analysis)
            .or_else(|| self.most_pointed_to(analysis, std::iter::empty(), MIN_PLACES))
    }

    /// The country of the place the article's dateline names (بغداد - …): where the story is
    /// filed, whatever country it is about (an Iranian visitor named three times).
    fn of_dateline(&self, analysis: &ArticleAnalysis) -> Option<&'e str> {
        let place = analysis
            .body_mentions
            .iter()
            .map(|b| &b.mention)
            .find(|m| m.dateline)?;
        let country = self.entities.get(place.entity)?.country.as_deref()?;
        self.by_id.get_key_value(country).map(|(&id, _)| id)
    }

    /// The country an article leans to: the one its places point to most, however few, and
    /// none on a tie (a story from Bahrain's parliament that names Egypt once and Jordan once
    /// leans to neither). Weaker than [`Countries::of_article`]: it only says an article may
    /// be on another country than the others.
    /// Its demonyms count too (الشعب الكويتي): an article may name its country no other way.
    fn leaning_of(&self, analysis: &ArticleAnalysis) -> Option<&'e str> {
        if let Some(country) = self.of_dateline(analysis) {
            return Some(country);
        }
        let demonyms = analysis.demonyms.iter().map(|&(entity, _)| entity);
        let counts = self.countries_pointed_to(analysis, demonyms);
        let most = counts.iter().map(|(_, n)| *n).max()?;
        let mut first = counts.iter().filter(|(_, n)| *n == most);
        let (country, _) = first.next()?;
        first.next().is_none().then_some(*country)
    }

    fn most_pointed_to(
        &self,
        analysis: &ArticleAnalysis,
        demonyms: impl Iterator<Item = usize>,
        at_least: usize,
    ) -> Option<&'e str> {
        let counts = self.countries_pointed_to(analysis, demonyms);
        // The first of the most frequent (max_by_key would take the last), named twice at
        // least: a single place may be a committee's subject (لجنة فلسطين in Jordan's
        // parliament) or a passing comparison.
        let most = counts.iter().map(|(_, n)| *n).max()?;
        counts
            .into_iter()
            .find(|(_, n)| *n == most && most >= at_least)
            .map(|(c, _)| c)
    }

    /// The countries the article's places (and `demonyms`) point to, with how often, in the
    /// order each is first met.
    fn countries_pointed_to(
        &self,
        analysis: &ArticleAnalysis,
        demonyms: impl Iterator<Item = usize>,
    ) -> Vec<(&'e str, usize)> {
        let mut counts: Vec<(&'e str, usize)> = Vec::new();
        let places = analysis
            .title_mentions
            .iter()
            .chain(analysis.body_mentions.iter().map(|b| &b.mention))
            .map(|m| m.entity)
            .chain(demonyms)
            .filter_map(|entity| self.entities.get(entity))
            .filter(|e| e.kind == EntityKind::Place);
        for country in places.filter_map(|e| e.country.as_deref()) {
            let Some((&id, _)) = self.by_id.get_key_value(country) else {
                continue;
            };
            match counts.iter_mut().find(|(c, _)| *c == id) {
                Some((_, n)) => *n += 1,
                None => counts.push((id, 1)),
            }
        }
        counts
    }

    /// The country whose demonym ends `words` (normalised) after a national body's name
    /// (مجلس النواب العراقي → iraq).
    pub(super) fn named_by_demonym(
        &self,
        words: &[&str],
        named: impl Fn(&str) -> bool,
    ) -> Option<&'e str> {
        let (last, body) = words.split_last()?;
        let country = *self.by_demonym.get(*last)?;
        is_national_body(body, named).then_some(country)
    }

    /// `bare` (as written) with the demonym of `country` agreeing with its head: masculine
    /// after مجلس or البنك, feminine after a head in ة (وزارة الصحة الأردنية).
    pub(super) fn with_demonym(&self, bare: &str, country: &str) -> Option<String> {
        let entity = self.by_id.get(country)?;
        let head = normalize_name(bare.split(' ').next()?);
        let feminine = head.ends_with('ه');
        let definite = |ending: &str| {
            entity.meta.demonyms.iter().find(|d| {
                let n = normalize_name(d);
                n.starts_with("ال") && n.ends_with(ending)
            })
        };
        // A feminine the list lacks because it is the country's own name (السعودية, dropped
        // from the demonyms as every name is) is the masculine with ة.
        let demonym = if feminine {
            definite("يه")
                .cloned()
                .or_else(|| definite("ي").map(|m| format!("{m}ة")))?
        } else {
            definite("ي").cloned()?
        };
        Some(format!("{bare} {demonym}"))
    }

    /// Who confirms a body of `country`: the country and every place in it with a name
    /// that is not also a word (as the gazetteer confirms a town by its country's places).
    pub(super) fn confirmers(&self, country: &str) -> Vec<String> {
        crate::load::gazetteer::places_of_country(self.entities, country)
    }
}

/// The countries of `articles` (see [`Countries::of_article`]), each once, in the order each
/// is first met; articles with no country add none.
pub(super) fn by_country<'e>(
    articles: &[usize],
    analyses: &[ArticleAnalysis],
    countries: &Countries<'e>,
) -> Vec<&'e str> {
    let mut seen: HashSet<&str> = HashSet::new();
    articles
        .iter()
        .filter_map(|&a| countries.of_article(analyses.get(a)?))
        .filter(|c| seen.insert(c))
        .collect()
}

/// The countries `articles` lean to that [`by_country`] does not give: an article that names
/// no country twice but Kuwait once (رئيس مجلس الوزراء … الكويت) may be on Kuwait, so a body
/// one other article places in Lebanon is not its cabinet without a word.
fn leanings_besides<'e>(
    articles: &[usize],
    analyses: &[ArticleAnalysis],
    countries: &Countries<'e>,
    known: &[&'e str],
) -> Vec<&'e str> {
    let mut seen: HashSet<&str> = known.iter().copied().collect();
    articles
        .iter()
        .filter_map(|&a| analyses.get(a))
        .filter(|analysis| countries.of_article(analysis).is_none())
        .filter_map(|analysis| countries.leaning_of(analysis))
        .filter(|c| seen.insert(c))
        .collect()
}

/// A state body named by common nouns alone (مجلس النواب) as the entity or entities it is (see
/// the module doc): `None` when `c` is no such body.
///
/// The countries it may be are those of the articles that write it, and those whose demonym
/// the site writes after it (`named_after`: وزارة الصحة العراقية). With one country or none,
/// it is one body, named with the country's demonym when there is one, its bare name linked
/// wherever it is written as before (a site that reports from one country names its
/// parliament without the country). With two or more, it is one body per country of the
/// articles, the bare name an ambiguous alias each article's country confirms, so no page
/// merges two parliaments and an article that names no country links none.
pub(super) fn bodies(
    c: &Candidate,
    analyses: &[ArticleAnalysis],
    countries: &Countries<'_>,
    named_after: &HashMap<String, Vec<String>>,
    known: &HashSet<String>,
    named: &dyn Fn(&str) -> bool,
) -> Option<Vec<Entity>> {
    if c.suggestion.kind_hint != Some(EntityKind::Organization) {
        return None;
    }
    let norm = normalize_name(&c.suggestion.name);
    let words: Vec<&str> = norm.split(' ').collect();
    if !is_national_body(&words, named) {
        return None;
    }
    let bare = c.suggestion.name.clone();
    let mut of_articles = by_country(&c.articles, analyses, countries);
    if !of_articles.is_empty() {
        let leanings = leanings_besides(&c.articles, analyses, countries, &of_articles);
        of_articles.extend(leanings);
    }
    let mut all: Vec<&str> = of_articles.clone();
    for country in named_after.get(&norm).into_iter().flatten() {
        if !all.contains(&country.as_str()) {
            all.push(country);
        }
    }
    let body_of = |country: &str| -> Option<Entity> {
        let name = countries.with_demonym(&bare, country)?;
        let mut named_so = c.clone();
        named_so.suggestion.id = arabic_slug(&name);
        named_so.suggestion.name = name;
        let mut entity = to_entity(&named_so, known)?;
        if !entity.meta.aliases.contains(&bare) {
            entity.meta.aliases.push(bare.clone());
        }
        entity.country = Some(country.to_string());
        entity.confirmed_by = countries.confirmers(country);
        Some(entity)
    };
    if let [one] = all.as_slice() {
        let mut entity = body_of(one)?;
        entity.meta.ambiguous.retain(|a| normalize_name(a) != norm);
        return Some(vec![entity]);
    }
    if all.is_empty() {
        // No article names a country twice, but they lean to one (its demonym, one place):
        // the body is named after it from the first build, so that an article on another
        // country added later leaves its id and page as they were. Leaning to several (five
        // articles, each naming its own country once), it is one body per country, as below:
        // never one page for five parliaments.
        let leanings = leanings_besides(&c.articles, analyses, countries, &[]);
        match leanings.as_slice() {
            [] => return Some(to_entity(c, known).into_iter().collect()),
            [one] => {
                if let Some(mut entity) = body_of(one) {
                    entity.meta.ambiguous.retain(|a| normalize_name(a) != norm);
                    return Some(vec![entity]);
                }
                return Some(to_entity(c, known).into_iter().collect());
            }
            _ => of_articles = leanings,
        }
    }
    let bodies = of_articles
        .into_iter()
        .filter_map(|country| {
            let mut entity = body_of(country)?;
            if !entity.meta.ambiguous.contains(&bare) {
                entity.meta.ambiguous.push(bare.clone());
            }
            Some(entity)
        })
        .collect();
    Some(bodies)
}

/// The country a discovered body or place is in by its own name, where its page has none:
/// the country whose demonym ends it (اللجنة الوطنية اللبنانية) or the one country of the
/// known places inside it (بلدية صيدا). The linker reads an article that names it as
/// speaking of that country, which decides a town's name two countries share (طرابلس).
pub(super) fn give_its_land(
    entity: &mut Entity,
    countries: &Countries<'_>,
    place_lands: &HashMap<String, Option<String>>,
) {
    if entity.country.is_some() || entity.kind == EntityKind::Person {
        return;
    }
    let norm = normalize_name(entity.name());
    let words: Vec<&str> = norm.split(' ').collect();
    if let Some(country) = words.last().and_then(|w| countries.by_demonym.get(*w)) {
        entity.country = Some(country.to_string());
        return;
    }
    let mut lands = (0..words.len())
        .flat_map(|i| (i + 1..=words.len()).map(move |j| (i, j)))
        .filter(|&(i, j)| (i, j) != (0, words.len()))
        .filter_map(|(i, j)| place_lands.get(&words[i..j].join(" ")));
    let Some(Some(first)) = lands.next() else {
        return;
    };
    if lands.all(|land| land.as_ref() == Some(first)) {
        entity.country = Some(first.clone());
    }
}

/// Every name and alias of the site's places (normalised) with the one country the places of
/// that name are in, or `None` when they are in two (طرابلس).
pub(super) fn place_lands(entities: &[Entity]) -> HashMap<String, Option<String>> {
    let mut out: HashMap<String, Option<String>> = HashMap::new();
    for e in entities.iter().filter(|e| e.kind == EntityKind::Place) {
        for key in super::names::entity_keys(e) {
            out.entry(key)
                .and_modify(|land| {
                    if *land != e.country {
                        *land = None;
                    }
                })
                .or_insert_with(|| e.country.clone());
        }
    }
    out
}

/// A state body the text names with its country's demonym (وزارة الصحة العراقية) is that
/// country's: its bare short form (وزارة الصحة) is confirmed by the country's places, as a
/// body [`bodies`] names is.
pub(super) fn give_its_country(
    entity: &mut Entity,
    countries: &Countries<'_>,
    named: &dyn Fn(&str) -> bool,
) {
    if entity.kind != EntityKind::Organization {
        return;
    }
    let norm = normalize_name(entity.name());
    let words: Vec<&str> = norm.split(' ').collect();
    if let Some(country) = countries.named_by_demonym(&words, named) {
        entity.country = Some(country.to_string());
        entity.confirmed_by = countries.confirmers(country);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(name: &str) -> Vec<String> {
        normalize_name(name).split(' ').map(String::from).collect()
    }

    fn national(name: &str) -> bool {
        let w = words(name);
        let w: Vec<&str> = w.iter().map(String::as_str).collect();
        is_national_body(&w, |w| w == "الاردني" || w == "بغداد")
    }

    #[test]
    fn state_bodies_named_by_common_nouns_are_national() {
        for name in [
            "مجلس النواب",
            "مجلس الشيوخ",
            "مجلس الوزراء",
            "وزارة الصحة",
            "وزارة التربية والتعليم",
            "المحكمة الدستورية",
            "النيابة العامة",
            "البنك المركزي",
            "رئاسة الجمهورية",
            "الديوان الملكي",
            "ديوان المحاسبة",
            "الدفاع المدني",
            "الحماية المدنية",
        ] {
            assert!(national(name), "{name}");
        }
    }

    #[test]
    fn bodies_named_with_a_place_a_demonym_or_beyond_a_state_are_not() {
        for name in [
            "مجلس النواب الأردني",
            "محكمة بغداد",
            "المحكمة الجنائية الدولية",
            "مجلس التعاون",
            "الديوان الملكي الهاشمي",
            "مجلس إدارة الشركة",
            "مجلس السلام",
            "حزب العدالة والتنمية",
            "منظمة الصحة العالمية",
            "مجلس",
        ] {
            assert!(!national(name), "{name}");
        }
    }
}
