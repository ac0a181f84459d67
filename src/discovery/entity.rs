//! A discovered entity built from its candidate: its name and id, the short forms and surname
//! it is linked by, which of them need evidence, and the words that give it.

use std::collections::HashSet;
use std::path::PathBuf;

use super::confidence::{is_bare_club, is_verbal_noun_name};
use super::names::{self, compound_spellings, hyphen_spellings, short_forms};
use crate::load::document::EntityMeta;
use crate::load::slug::arabic_slug;
use crate::load::{Entity, EntityKind, Origin};
use crate::suggest::{COMPOUND_SURNAME_OPENERS, COMPOUND_SURNAME_TAILS, Candidate, is_body_head};
use crate::text::cue_words::CueWords;
use crate::text::normalize::normalize_name;

/// A ruling house's name, normalised (مشعل الأحمد الجابر الصباح): every member's last word,
/// so alone it is no one's surname (and الصباح is «the morning» too).
const RULING_HOUSES: &[&str] = &["الصباح"];

/// Particles before the last word of a name that make it no family name (normalised).
const NAME_PARTICLES: &[&str] = &["بن", "ابن", "بنت", "عبد", "ابو", "ابي", "ال"];

/// Particles of a Mauritanian family name (ولد، منت), normalised: the surname alone is written
/// with them (ولد مرزوك).
const PATRONYMIC: &[&str] = &["ولد", "منت"];

/// The organisation heads right before a candidate's name in its examples (تحالف of تحالف
/// «تأسيس»), as written and without a clitic: the cues of a name that is also a word.
fn heads_before(c: &Candidate) -> Vec<String> {
    let mut heads: Vec<String> = Vec::new();
    for ex in &c.suggestion.examples {
        let Some(at) = ex.sentence.find(c.suggestion.name.as_str()) else {
            continue;
        };
        let before = ex.sentence[..at].trim_end_matches(|ch: char| {
            ch.is_whitespace() || matches!(ch, '"' | '\'' | '«' | '»' | '“' | '”' | '(')
        });
        let Some(word) = before.split_whitespace().last() else {
            continue;
        };
        // The head alone, or after one clitic (لتحالف).
        let head = std::iter::once(word)
            .chain(word.char_indices().nth(1).map(|(i, _)| &word[i..]))
            .find(|w| is_body_head(&normalize_name(w)));
        if let Some(h) = head
            && !heads.iter().any(|x| x == h)
        {
            heads.push(h.to_string());
        }
    }
    heads
}

/// A discovered entity: the name as the site most often writes it, its slug as id, and for
/// a person of two words or more the surname alone as an alias when the site uses it so
/// (مصطفى مدبولي … مدبولي) and it is a name, not an ordinary word.
pub(super) fn to_entity(c: &Candidate, known: &HashSet<String>) -> Option<Entity> {
    let kind = c.suggestion.kind_hint?;
    let name = c.suggestion.name.clone();
    let id = arabic_slug(&name);
    if id.is_empty() {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    // After بن or عبد the last word is a forebear's or a compound given name (فيصل بن مشعل بن
    // سعود بن عبدالعزيز), not a family name: alone it names somebody else.
    // A Mauritanian family name keeps its ولد or منت (محمد سالم ولد مرزوك … ولد مرزوك):
    // without it the last word is the father's given name. The father's name may have two
    // words, both the family name's (محمد سالم ولد إبراهيم فال … ولد إبراهيم فال).
    let patronymic = words
        .iter()
        .rposition(|w| PATRONYMIC.contains(&normalize_name(w).as_str()))
        .filter(|&p| p > 0 && (2..=3).contains(&(words.len() - p)));
    let surname = match words.as_slice() {
        _ if kind != EntityKind::Person || !c.surname_links => None,
        _ if patronymic.is_some() => patronymic.map(|p| words[p..].join(" ")),
        // سمير عبد الحفيظ … عبد الحفيظ، أحمد أبو الغيط … أبو الغيط: the two words are the
        // surname (the suggester claimed them only so, `suggest::count`).
        [_, .., opener, last]
            if COMPOUND_SURNAME_OPENERS.contains(&normalize_name(opener).as_str()) =>
        {
            Some(format!("{opener} {last}"))
        }
        // محسن باك نجاد … باك نجاد، رامي الحمد الله … الحمد الله: a Persian family name's
        // second word, or الله after a noun, is half of a two-word family name; alone it
        // is no one's.
        [_, .., first, last] if COMPOUND_SURNAME_TAILS.contains(&normalize_name(last).as_str()) => {
            Some(format!("{first} {last}"))
        }
        [.., before, last] => {
            let before_norm = normalize_name(before);
            Some(last.to_string()).filter(|s| {
                s.chars().count() >= 3
                    && !NAME_PARTICLES.contains(&before_norm.as_str())
                    && !RULING_HOUSES.contains(&normalize_name(s).as_str())
            })
        }
        _ => None,
    };
    let short = short_forms(kind, &words, known);
    let norm = normalize_name(&name);
    let norm_words: Vec<&str> = norm.split(' ').collect();
    // A one-word place is linked only after its kind word (مخيم زمزم, not ماء زمزم); so is a
    // place named for a ruler (مطار الملك خالد، ملعب محمد الخامس): elsewhere the name is his.
    let lone_place = kind == EntityKind::Place
        && (words.len() == 1 || crate::text::named_after::names_a_ruler(&norm_words));
    let mut cues = Vec::new();
    let (mut ambiguous, cue_words) =
        if kind == EntityKind::Organization && is_bare_club(&norm_words) {
            // A club named by an ordinary word: linked after a word of its team, or in an article
            // that so names it (فريق الاتحاد … لاعبي الاتحاد … تقدم الاتحاد).
            (vec![name.clone()], vec![CueWords::Teams])
        } else if lone_place {
            (vec![name.clone()], vec![CueWords::Places])
        } else if kind == EntityKind::Organization && is_verbal_noun_name(&norm_words) {
            // تحالف «تأسيس»: the name is also «founding», linked only after its head.
            cues = heads_before(c);
            (vec![name.clone()], Vec::new())
        } else if surname.is_some() {
            (short.clone(), vec![CueWords::Titles])
        } else {
            (short.clone(), Vec::new())
        };
    // The surname alone stands for the full name where the article has named it (or a verb
    // or coordination shows a person): in another article «المسعودي» may be somebody else,
    // and a surname cut from a wrong candidate (الدولي) is an ordinary word there.
    ambiguous.extend(surname.clone());
    // A short name in parentheses that is one definite word (مجلس النواب (البرلمان)) is a
    // common noun the outlet glossed, and names the body only where the article names it in
    // full; an acronym or a name (حماس، PIF) stands anywhere.
    ambiguous.extend(
        c.aliases
            .iter()
            .filter(|a| !a.contains(' ') && normalize_name(a).starts_with("ال"))
            .cloned(),
    );
    // «الملك عبدالله الثاني» linked anywhere, while «الملك عبد الله الثاني» waited for
    // «ملعب», put the king on the stadium's page.
    ambiguous.extend(names::other_spellings(&ambiguous));
    let not = surname
        .as_deref()
        .map(lineage_after_surname)
        .unwrap_or_default();
    let aliases: Vec<String> = surname
        .into_iter()
        .chain(c.aliases.iter().cloned())
        .chain(short.iter().cloned())
        .chain(hyphen_spellings(&name))
        .chain(compound_spellings(&name))
        .collect();
    Some(discovered_entity(
        kind,
        name,
        Names {
            aliases,
            ambiguous,
            cues,
            cue_words,
            not,
        },
    ))
}

/// The surname `surname` with بن or ابن after it: the given name of another man whose lineage
/// follows (راشد عبد الرحمن … الشيخ عبد الرحمن بن سعود آل ثاني، محمد سلمان … سلمان بن
/// عبدالعزيز), which the surname alone must not claim for the first.
fn lineage_after_surname(surname: &str) -> Vec<String> {
    ["بن", "ابن"]
        .iter()
        .map(|son_of| format!("{surname} {son_of}"))
        .collect()
}

/// What a discovered entity is linked by: its aliases, which of its names need evidence, the
/// words that confirm them.
pub(super) struct Names {
    pub(super) aliases: Vec<String>,
    pub(super) ambiguous: Vec<String>,
    pub(super) cues: Vec<String>,
    pub(super) cue_words: Vec<CueWords>,
    /// Phrases in which an alias names somebody else (see [`lineage_after_surname`]).
    pub(super) not: Vec<String>,
}

/// A discovered entity of `kind` named `name`: its id is the Arabic slug of the name, so the
/// same text gives the same id (see the module doc).
pub(super) fn discovered_entity(kind: EntityKind, name: String, names: Names) -> Entity {
    let id = arabic_slug(&name);
    Entity {
        path: PathBuf::from(format!("discovered/{id}")),
        id: id.clone(),
        kind,
        meta: EntityMeta {
            id: Some(id),
            kind: Some(kind),
            name: Some(name),
            name_en: None,
            wikidata: None,
            aliases: names.aliases,
            ambiguous: names.ambiguous,
            cues: names.cues,
            cue_words: names.cue_words,
            demonyms: Vec::new(),
            allow_short: false,
            not: names.not,
            context: Vec::new(),
            country: None,
        },
        description: String::new(),
        text: String::new(),
        origin: Origin::Discovered,
        confirmed_by: Vec::new(),
        country: None,
    }
}
