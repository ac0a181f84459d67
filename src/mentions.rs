//! `sahifa mentions`: every mention in the site with its position and the reason it matched,
//! so an editor can audit the linker.

use serde::Serialize;

use crate::AnalysedSite;
use crate::analyse::{Evidence, Mention};
use crate::load::{Article, Origin};
use crate::text::line_col;

/// One mention, located in its file (line and column are 1-based Unicode scalar values).
#[derive(Debug, Clone, Serialize)]
pub struct MentionRecord {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub surface: String,
    pub entity: String,
    /// The entity's name and type, so a scorer can judge a discovered entity (whose id is a
    /// slug) and count mentions by type without reading the registry.
    pub name: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// `registry`, `gazetteer` or `discovered`: where the entity comes from.
    pub origin: Origin,
    pub alias: String,
    pub clitic: Option<String>,
    pub reason: String,
    pub in_title: bool,
    /// In the front matter's `source` (the outlet), not the text.
    pub in_source: bool,
}

/// All mentions of the site, by file then position.
pub fn records(site: &AnalysedSite) -> Vec<MentionRecord> {
    let mut records = Vec::new();
    for (article, analysis) in site.content.articles.iter().zip(&site.analyses) {
        let record =
            |offset: usize, surface: &str, m: &Mention, in_title: bool, in_source: bool| {
                let (line, column) = line_col(&article.text, offset);
                // The surface is the mention's own text, so the clitic is its first bytes.
                let clitic = surface
                    .get(..m.name_start - m.start)
                    .filter(|c| !c.is_empty());
                MentionRecord {
                    file: article.path.display().to_string(),
                    line,
                    column,
                    surface: surface.to_string(),
                    entity: site.content.entities[m.entity].id.clone(),
                    name: site.content.entities[m.entity].name().to_string(),
                    kind: site.content.entities[m.entity].kind.key(),
                    alias: site.matcher.alias(m).to_string(),
                    clitic: clitic.map(str::to_string),
                    reason: reason(m, site, clitic),
                    origin: site.content.entities[m.entity].origin,
                    in_title,
                    in_source,
                }
            };
        let title = article.meta.title.as_deref().unwrap_or("");
        let title_offset = front_value_offset(article, "title", title);
        for m in &analysis.title_mentions {
            records.push(record(
                title_offset + m.start,
                &title[m.start..m.end],
                m,
                true,
                false,
            ));
        }
        let source = article.meta.source.as_deref().unwrap_or("");
        let source_offset = front_value_offset(article, "source", source);
        for m in &analysis.source_mentions {
            records.push(record(
                source_offset + m.start,
                &source[m.start..m.end],
                m,
                false,
                true,
            ));
        }
        let runs = crate::analyse::runs::runs_of(article.body());
        for b in &analysis.body_mentions {
            let Some(run) = runs.get(b.run) else { continue };
            let surface = run.text.get(b.mention.start..b.mention.end).unwrap_or("");
            records.push(record(b.file_offset, surface, &b.mention, false, false));
        }
    }
    records
}

/// Where a front matter value sits in the file (after `key:`), for positions of the mentions
/// in the title and the source.
fn front_value_offset(article: &Article, key: &str, value: &str) -> usize {
    let front = &article.text[..article.body_range.start];
    front
        .find(&format!("{key}:"))
        .and_then(|k| front[k..].find(value).map(|i| k + i))
        .unwrap_or(0)
}

/// The alias that matched, as the mention's own entity writes it: one pattern serves every
/// entity whose name normalises alike (عمّان and عُمان are one pattern), and the pattern keeps
/// the first spelling it was given, which may be another entity's.
fn own_spelling<'s>(m: &Mention, site: &'s AnalysedSite) -> &'s str {
    let written = site.matcher.alias(m);
    let wanted = crate::text::normalize::normalize_name(written);
    site.content
        .entities
        .get(m.entity)
        .and_then(|e| {
            std::iter::once(e.name())
                .chain(e.meta.aliases.iter().map(String::as_str))
                .chain(e.meta.ambiguous.iter().map(String::as_str))
                .find(|n| crate::text::normalize::normalize_name(n) == wanted)
        })
        .unwrap_or(written)
}

/// The cue as the entity's data writes it (محافظة), not as the matcher keeps it normalised
/// (محافظه): the editor reads the reason against the registry file.
fn written_cue<'a>(site: &'a AnalysedSite, entity: usize, cue: &'a str) -> &'a str {
    let Some(e) = site.content.entities.get(entity) else {
        return cue;
    };
    e.meta
        .cues
        .iter()
        .map(String::as_str)
        .chain(e.meta.cue_words.iter().flat_map(|list| list.words()))
        .find(|c| crate::text::normalize::normalize_name(c) == cue)
        .unwrap_or(cue)
}

fn reason(m: &Mention, site: &AnalysedSite, clitic: Option<&str>) -> String {
    let matcher = &site.matcher;
    let mut r = format!("alias «{}»", own_spelling(m, site));
    if let Some(c) = clitic {
        r.push_str(&format!(", clitic «{c}» stripped"));
    }
    match &m.evidence {
        Evidence::Unambiguous | Evidence::PlaceWord => {}
        Evidence::Cue(cue) => {
            let cue = written_cue(site, m.entity, matcher.cue(m.entity, *cue));
            r.push_str(&format!(", ambiguous: confirmed by the cue «{cue}»"))
        }
        Evidence::NamedInArticle => r.push_str(
            ", ambiguous: confirmed by the entity's name or a context phrase in the article, or its front matter",
        ),
        Evidence::RelatedInArticle(by) => r.push_str(&format!(
            ", ambiguous: confirmed by «{}», which the article names or speaks of (by its people, places or bodies)",
            site.content
                .entities
                .get(*by as usize)
                .map_or("", |e| e.id.as_str())
        )),
        Evidence::AfterVerb(verb) => r.push_str(&format!(
            ", ambiguous: confirmed by the verb «{}» before it",
            matcher.verb(*verb)
        )),
        Evidence::Coordinated(with) => r.push_str(&format!(
            ", ambiguous: confirmed by coordination with «{}»",
            site.content
                .entities
                .get(*with as usize)
                .map_or("", |e| e.id.as_str())
        )),
        Evidence::NounPlace => r.push_str(
            ", ambiguous: confirmed by its place in the sentence (a preposition before it, or \
             opening the clause), where the adjective cannot stand",
        ),
        Evidence::InProvince => {
            r.push_str(", ambiguous: confirmed by the province named after it (في ولاية …)")
        }
        Evidence::Vowelled => r.push_str(
            ", ambiguous: confirmed by its written marks, which spell this place's name and not the others'",
        ),
        Evidence::NewsSource => {
            r.push_str(", ambiguous: confirmed as the news source a speaker told")
        }
        Evidence::Unconfirmed => r.push_str(", ambiguous: unconfirmed"),
        Evidence::HeadsConstruct => {
            r.push_str(", ambiguous: heads a construct (a common noun), not linked")
        }
        Evidence::StartsALineage => r.push_str(
            ", ambiguous: a given name before بن or بنت (another person's lineage), not linked",
        ),
        Evidence::Adjectival => r.push_str(", ambiguous: reads as an adjective, not linked"),
        Evidence::Demonym => r.push_str(", demonym (counted, never linked)"),
        Evidence::Witness => r.push_str(", context phrase (confirms, never linked)"),
        Evidence::ClubNamedLikeATown => r.push_str(
            ", ambiguous: a club named like a town, confirmed by a word of its team before it, its place in the table after it or a match around it",
        ),
        Evidence::InPlay => r.push_str(
            ", ambiguous: a club, confirmed by the shape of a match around it (a word of its team, a result, its place in the table)",
        ),
        Evidence::TownOrClub => r.push_str(
            ", shared with a club named like the town: the town, as nothing around it and nothing in the article names the club",
        ),
        Evidence::NamesATeam => r.push_str(", names a team after a word of the game, not linked"),
        Evidence::NamesANationalSide => {
            r.push_str(", names a national side after a word of the game, not linked")
        }
    }
    r
}
