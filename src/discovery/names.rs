//! The names of a discovered entity beside the names the site already has: the other ways the
//! site writes it (a person's second spelling, [`is_variant`]; a hyphenated name's spacings,
//! [`hyphen_spellings`]; an organisation's short forms, [`short_forms`]), the keys every
//! entity claims ([`entity_keys`]), and which of them a discovered entity may share with
//! another ([`Sharing`]). Which candidates become entities, and with which of these names, is
//! decided in the parent module.

use std::collections::{HashMap, HashSet};

use crate::load::gazetteer::bank_short_form;
use crate::load::{Entity, EntityKind};
use crate::suggest::{Candidate, club_short_form};
use crate::text::normalize::normalize_name;

/// Which names every entity holding them marks ambiguous: a discovered entity may share such
/// a name (المولودية of مولودية العلمة beside the gazetteer's مولودية الجزائر), and the article
/// then decides; any other name it would share is left to its first holder.
#[derive(Default)]
pub(super) struct Sharing {
    ambiguous: HashSet<String>,
    unambiguous: HashSet<String>,
}

impl Sharing {
    pub(super) fn add(&mut self, e: &Entity) {
        let ambiguous: HashSet<String> =
            e.meta.ambiguous.iter().map(|a| normalize_name(a)).collect();
        for key in entity_keys(e) {
            if ambiguous.contains(&key) {
                self.ambiguous.insert(key);
            } else {
                self.unambiguous.insert(key);
            }
        }
    }

    /// Every holder of `key` now marks it ambiguous (see `share_with_another_country_s_body`).
    pub(super) fn make_ambiguous(&mut self, key: &str) {
        self.unambiguous.remove(key);
        self.ambiguous.insert(key.to_string());
    }

    pub(super) fn may_share(&self, key: &str) -> bool {
        self.ambiguous.contains(key) && !self.unambiguous.contains(key)
    }
}

/// Whether the normalised name `key` is another spelling of `e`'s name or an alias: as many
/// words, all the same but one, and that one of five letters or more differing only in its
/// vowels, غ/ج/ق (foreign g), or one letter added, dropped or swapped (سيرغي/سيرجي لافروف،
/// ديمتري/دميتري بيسكوف). Two words at least, so that a one-word name is never merged.
pub fn is_variant(key: &str, e: &Entity) -> bool {
    std::iter::once(e.name())
        .chain(e.meta.aliases.iter().map(String::as_str))
        .map(normalize_name)
        .any(|known| {
            let a: Vec<&str> = key.split(' ').collect();
            let b: Vec<&str> = known.split(' ').collect();
            if a.len() != b.len() || a.len() < 2 || key == known {
                return false;
            }
            let differing: Vec<(&&str, &&str)> = a.iter().zip(&b).filter(|(x, y)| x != y).collect();
            matches!(differing.as_slice(), [(x, y)] if spelled_alike(x, y))
        })
}

/// Words that extend a name by its lineage (فيصل بن فرحان → فيصل بن فرحان بن عبدالله، … آل
/// سعود), normalised.
const LINEAGE: &[&str] = &["بن", "ابن", "بنت", "ال"];

/// Most middle names one article adds to a name it also writes short (طارق رحمي … طارق راشد
/// رحمى).
const MAX_ADDED_MIDDLE: usize = 2;

/// Whether the normalised name `key` and a name or alias of `e` are the short and the long
/// form of one person's name: the long one goes on with the forebears (فيصل بن فرحان بن
/// عبدالله، … آل سعود), or, within one article (`same_article`), adds a middle name or two
/// between the same first and last words (طارق رحمي / طارق راشد رحمى). Two words at least in
/// the short form, so that a given name alone never joins a full name.
/// The person's surname, an alias that ends the name (عبد الرحمن of راشد عبد الرحمن), is no
/// short form of his full name: another man's name may open with it (عبد الرحمن بن سعود).
pub fn is_longer_form(key: &str, e: &Entity, same_article: bool) -> bool {
    let a: Vec<&str> = key.split(' ').collect();
    let name = normalize_name(e.name());
    std::iter::once(e.name())
        .chain(e.meta.aliases.iter().map(String::as_str))
        .map(normalize_name)
        .filter(|known| *known == name || !name.ends_with(&format!(" {known}")))
        .any(|known| {
            let b: Vec<&str> = known.split(' ').collect();
            extends(&a, &b, same_article) || extends(&b, &a, same_article)
        })
}

/// `long` is `short` with its lineage after it, or (`same_article`) with middle names added.
fn extends(long: &[&str], short: &[&str], same_article: bool) -> bool {
    if short.len() < 2 || long.len() <= short.len() || long.first() != short.first() {
        return false;
    }
    if long.starts_with(short) {
        return long.get(short.len()).is_some_and(|w| LINEAGE.contains(w));
    }
    let mut rest = long.iter();
    let in_order = short.iter().all(|w| rest.any(|l| l == w));
    same_article
        && in_order
        && long.last() == short.last()
        && long.len() - short.len() <= MAX_ADDED_MIDDLE
}

/// Two spellings of one foreign word (see [`is_variant`]).
fn spelled_alike(a: &str, b: &str) -> bool {
    let skeleton = |w: &str| -> Vec<char> {
        w.chars()
            .map(|c| if matches!(c, 'غ' | 'ق') { 'ج' } else { c })
            .filter(|c| !matches!(c, 'ا' | 'و' | 'ي'))
            .collect()
    };
    if a.chars().count() < 5 || b.chars().count() < 5 {
        return false;
    }
    // مناصرة and منصور, حمادة and حمادي: a final ة after a consonant makes another Arabic
    // name. A foreign name's final vowel is written ه or ا (بنزيمة، بنزيما) or ه after ي
    // (مبابيه، مبابي), and stays one name.
    if a.ends_with('ه') != b.ends_with('ه') {
        let (with_h, other) = if a.ends_with('ه') { (a, b) } else { (b, a) };
        let vowel_written_so = other.ends_with('ا')
            || with_h
                .strip_suffix('ه')
                .is_some_and(|stem| stem.ends_with('ي'));
        if !vowel_written_so {
            return false;
        }
    }
    let (x, y) = (skeleton(a), skeleton(b));
    // Two Arabic family names with the article (اللافي، اليوسف) are spelled as their families
    // spell them: only their vowels may differ, never a consonant. Their short skeletons are
    // one edit apart far too often (للف، لسف), and on a large site one person's name then
    // became another's alias.
    let arabic_family = a.starts_with("ال") && b.starts_with("ال");
    x == y || (!arabic_family && within_one_edit(&x, &y))
}

/// One letter inserted, deleted, replaced, or two neighbours swapped.
fn within_one_edit(a: &[char], b: &[char]) -> bool {
    if a.len().abs_diff(b.len()) > 1 || a.len().min(b.len()) < 3 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    let suffix = ra
        .iter()
        .rev()
        .zip(rb.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ma, mb) = (&ra[..ra.len() - suffix], &rb[..rb.len() - suffix]);
    match (ma.len(), mb.len()) {
        (0, 1) | (1, 0) | (1, 1) => true,
        (2, 2) => ma[0] == mb[1] && ma[1] == mb[0],
        _ => false,
    }
}

/// Every normalised name, alias, demonym and `not` phrase of an entity.
pub(super) fn entity_keys(e: &Entity) -> Vec<String> {
    std::iter::once(e.name())
        .chain(e.meta.aliases.iter().map(String::as_str))
        .chain(e.meta.ambiguous.iter().map(String::as_str))
        .chain(e.meta.demonyms.iter().map(String::as_str))
        .chain(e.meta.not.iter().map(String::as_str))
        .map(normalize_name)
        .filter(|n| !n.is_empty())
        .collect()
}

/// The other spellings of `names` (joined or apart, with or without a hyphen): an ambiguous
/// name's need the same evidence as the name.
pub(super) fn other_spellings(names: &[String]) -> Vec<String> {
    names
        .iter()
        .flat_map(|a| hyphen_spellings(a).into_iter().chain(compound_spellings(a)))
        .collect()
}

/// The other ways of writing a name of two halves joined by a hyphen (بعلبك - الهرمل):
/// with the hyphen against either half or both, and with a space alone (محافظ بعلبك الهرمل).
pub(super) fn hyphen_spellings(name: &str) -> Vec<String> {
    let Some((a, b)) = name.split_once('-') else {
        return Vec::new();
    };
    let (a, b) = (a.trim(), b.trim());
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    [
        format!("{a} - {b}"),
        format!("{a}- {b}"),
        format!("{a} -{b}"),
        format!("{a}-{b}"),
        format!("{a} {b}"),
    ]
    .into_iter()
    .filter(|s| s != name)
    .collect()
}

/// The other way of writing a name with a compound of عبد: joined (عبدالفتاح السيسي) where it
/// is written apart (عبد الفتاح السيسي), and apart where it is joined. Outlets differ, and
/// one article may write both: without it, one person was two entities with two pages.
///
/// Only عبد before a word with the article (the divine names: عبد الله، عبد العزيز …): a
/// name such as عبدو or عبده is no compound.
pub(super) fn compound_spellings(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_divine = |w: &str| w.starts_with("ال") && w.chars().count() >= 4;
    let mut joined: Vec<String> = Vec::new();
    let mut split: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        match words.get(i + 1) {
            Some(next) if w == "عبد" && is_divine(next) => {
                joined.push(format!("عبد{next}"));
                split.extend([w.to_string(), next.to_string()]);
                i += 2;
                continue;
            }
            _ => {}
        }
        match w.strip_prefix("عبد").filter(|rest| is_divine(rest)) {
            Some(rest) => split.extend(["عبد".to_string(), rest.to_string()]),
            None => split.push(w.to_string()),
        }
        joined.push(w.to_string());
        i += 1;
    }
    let (joined, split) = (joined.join(" "), split.join(" "));
    let mut out = Vec::new();
    for other in [joined, split] {
        if other != name && !out.contains(&other) {
            out.push(other);
        }
    }
    out
}

/// Short forms of longer names (normalised), each with the articles that write a longer name
/// it is short for.
pub(super) type ShortForms = HashMap<String, HashSet<usize>>;

pub(super) fn note_short_form(forms: &mut ShortForms, form: String, longer: &Candidate) {
    forms
        .entry(form)
        .or_default()
        .extend(longer.articles.iter().copied());
}

/// `c` is a short form of a longer name some article writes alongside it: there it stands for
/// that name (وزارة التضامن for وزارة التضامن الاجتماعي), and in the site's other articles
/// it would be taken for it, so it is no body of its own. One that no article writes beside
/// the longer name (مجلس الوزراء, where another article has «مجلس الوزراء للتنافسية») is.
pub(super) fn only_a_short_form(forms: &ShortForms, c: &Candidate) -> bool {
    forms
        .get(&normalize_name(&c.suggestion.name))
        .is_some_and(|longer| c.articles.iter().any(|a| longer.contains(a)))
}

/// The shorter forms an article uses for an organisation after naming it in full: its head and
/// first word (وزارة التضامن الاجتماعي → وزارة التضامن، جهاز أبوظبي للاستثمار → جهاز أبوظبي،
/// المجلس الانتقالي الجنوبي → المجلس الانتقالي), and a company's name without شركة (شركة إعمار
/// العقارية → إعمار العقارية), and a club's kind word with the article (مولودية الجزائر →
/// المولودية), and a bank's head with its adjective (بنك مسقط الوطني → البنك الوطني). They are
/// ambiguous aliases: linked only in an article that has
/// the full name, or other evidence ([`crate::analyse`] rule 4), since «وزارة التضامن» alone
/// may be another country's.
///
/// The first word must end the short form as a name would: a definite word or a name the
/// site knows (أبوظبي), not a noun that wants a complement (هيئة كهرباء).
pub(super) fn short_forms(
    kind: EntityKind,
    words: &[&str],
    known: &HashSet<String>,
) -> Vec<String> {
    if kind == EntityKind::Place {
        return facility_short_form(words).into_iter().collect();
    }
    if kind != EntityKind::Organization {
        return Vec::new();
    }
    // مولودية الجزائر … المولودية: a club by its kind word with the article.
    if let Some(club) = club_short_form(&words.join(" ")) {
        return vec![club];
    }
    if words.len() < 3 {
        return Vec::new();
    }
    let second = normalize_name(words[1]);
    let mut out = Vec::new();
    // الإدارة العامة للأدلة الجنائية … not «الإدارة العامة»: every general directorate, command
    // or authority is one, so the head with «general» alone names none of them.
    let general = ["العامه", "العام"].contains(&second.as_str());
    // المنطقة العسكرية السابعة … not «المنطقة العسكرية»: the ordinal says which one.
    let numbered = crate::suggest::is_numbered_body(words);
    if (second.starts_with("ال") || known.contains(&second)) && !general && !numbered {
        out.push(words[..2].join(" "));
    }
    if general {
        out.extend(general_body_short_form(words));
    }
    if normalize_name(words[0]) == "شركه" && !second.starts_with("ال") {
        out.push(words[1..].join(" "));
    }
    // بنك مسقط الوطني … البنك الوطني.
    out.extend(bank_short_form(&words.join(" "), |w| known.contains(w)));
    out
}

/// An airport or a port without «international» (مطار عدن الدولي … مطار عدن), as the same
/// text names it again.
fn facility_short_form(words: &[&str]) -> Option<String> {
    let [head, place @ .., last] = words else {
        return None;
    };
    (!place.is_empty()
        && crate::suggest::is_place_facility(&normalize_name(head))
        && normalize_name(last) == "الدولي")
        .then(|| words[..words.len() - 1].join(" "))
}

/// A general body by its head in construct with its field, as the same article later names it
/// (الأمانة العامة للأوقاف … أمانة الأوقاف، الإدارة العامة للمرور … إدارة المرور): the head
/// loses its article and «general», the field its ل (للأوقاف → الأوقاف، لمجلس → مجلس).
fn general_body_short_form(words: &[&str]) -> Option<String> {
    let [head, _general, field, rest @ ..] = words else {
        return None;
    };
    let head = head.strip_prefix("ال")?;
    let field = match field.strip_prefix("لل") {
        Some(stem) => format!("ال{stem}"),
        None => field.strip_prefix('ل')?.to_string(),
    };
    if head.is_empty() || field.chars().count() < 2 {
        return None;
    }
    Some(
        std::iter::once(head)
            .chain(std::iter::once(field.as_str()))
            .chain(rest.iter().copied())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

#[cfg(test)]
mod short_form_tests {
    use super::*;

    /// The short forms of `name` as a `kind`'s, nothing known.
    fn short(kind: EntityKind, name: &str) -> Vec<String> {
        let words: Vec<&str> = name.split(' ').collect();
        short_forms(kind, &words, &HashSet::new())
    }

    /// A body's head and its first adjective are its short form (الغرفة الإسلامية), but not
    /// when the adjective is «general»: الإدارة العامة is any general directorate. A general
    /// body's short form is its head in construct with its field (إدارة الأدلة الجنائية).
    #[test]
    fn a_general_body_has_no_short_form_of_head_and_general() {
        let short = |name| short(EntityKind::Organization, name);
        assert_eq!(short("الغرفة الإسلامية للتجارة والتنمية"), ["الغرفة الإسلامية"]);
        assert_eq!(
            short("الإدارة العامة للأدلة الجنائية"),
            ["إدارة الأدلة الجنائية"]
        );
        assert_eq!(short("الهيئة العامة للاستثمار"), ["هيئة الاستثمار"]);
        assert_eq!(short("الأمانة العامة لمجلس الوزراء"), ["أمانة مجلس الوزراء"]);
        assert!(short("البنك العام").is_empty());
    }

    /// An airport's short form drops «international» (مطار عدن الدولي → مطار عدن); a place
    /// of no such kind has none.
    #[test]
    fn an_airport_s_short_form_drops_international() {
        let short = |name| short(EntityKind::Place, name);
        assert_eq!(short("مطار عدن الدولي"), ["مطار عدن"]);
        assert_eq!(short("مطار أبو ظبي الدولي"), ["مطار أبو ظبي"]);
        assert!(short("مطار عدن").is_empty());
        assert!(short("ملعب القاهرة الدولي").is_empty());
    }
}

#[cfg(test)]
mod variant_tests {
    use super::spelled_alike;

    /// A foreign name's spellings differ by a vowel or a letter (ديمتري / دميتري); two Arabic
    /// family names with the article differ by a consonant only as two families do (اللافي،
    /// اليوسف), and a large site always holds both.
    #[test]
    fn two_definite_family_names_a_consonant_apart_are_two_names() {
        assert!(spelled_alike("ديمتري", "دميتري"));
        assert!(spelled_alike("بيسكوف", "بيسكوب"));
        assert!(!spelled_alike("اللافي", "اليوسف"));
    }

    /// A final ة after a consonant makes another Arabic name, one letter apart in the
    /// skeleton: مناصرة is not منصور, حمادة not حمادي (محمد مناصرة was linked to محمد منصور
    /// on a large site); a foreign name's last vowel may be written either way.
    #[test]
    fn a_name_with_a_final_ta_marbuta_is_another_name() {
        assert!(!spelled_alike("مناصره", "منصور"));
        assert!(!spelled_alike("حماده", "حمادي"));
        assert!(spelled_alike("فاطمه", "فاطيمه"));
        // A foreign name's last vowel, written ه or ا, or ه after ي: one name.
        assert!(spelled_alike("بنزيمه", "بنزيما"));
        assert!(spelled_alike("مبابيه", "مبابي"));
        assert!(spelled_alike("كانتيه", "كانتي"));
    }
}

#[cfg(test)]
mod compound_tests {
    use super::compound_spellings;

    #[test]
    fn abd_before_a_divine_name_is_written_both_ways() {
        assert_eq!(
            compound_spellings("عبد الفتاح السيسي"),
            ["عبدالفتاح السيسي"]
        );
        assert_eq!(compound_spellings("عبدالله الثاني"), ["عبد الله الثاني"]);
        assert_eq!(
            compound_spellings("جامعة الملك عبدالعزيز"),
            ["جامعة الملك عبد العزيز"]
        );
        // No compound: a name of its own (عبده، عبدو), or عبد before a word without ال.
        assert!(compound_spellings("محمد عبده").is_empty());
        assert!(compound_spellings("عبد ربه منصور").is_empty());
        assert!(compound_spellings("عبدو الحسن").is_empty());
    }
}

/// A Latin acronym in parentheses at the start of `rest`, the text right after a body's name
/// (منظمة الصحة العالمية (WHO)): two to ten capitals and digits, the first a letter. Only an
/// acronym: a word in parentheses may be a gloss (the common noun an outlet adds).
pub(super) fn parenthesised_acronym(rest: &str) -> Option<&str> {
    let inner = rest.trim_start().strip_prefix('(')?;
    let close = inner.find(')')?;
    let acronym = inner[..close].trim();
    let letters = acronym.chars().count();
    let shaped = (2..=10).contains(&letters)
        && acronym.starts_with(|c: char| c.is_ascii_uppercase())
        && acronym
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    shaped.then_some(acronym)
}

#[cfg(test)]
mod acronym_tests {
    use super::parenthesised_acronym;

    #[test]
    fn only_a_latin_acronym_in_parentheses_is_taken() {
        assert_eq!(parenthesised_acronym(" (WHO) تقريرا"), Some("WHO"));
        assert_eq!(parenthesised_acronym("(G20)"), Some("G20"));
        assert_eq!(parenthesised_acronym(" ( NTRA ) قرارا"), Some("NTRA"));
        for rest in [
            " (البرلمان)",
            " (Who)",
            " (W)",
            " WHO",
            " (20G)",
            " (WHO",
            " (ABCDEFGHIJK)",
        ] {
            assert_eq!(parenthesised_acronym(rest), None, "{rest}");
        }
    }
}
