//! What the site already knows: a candidate that is a registry or gazetteer name, or holds
//! one, is not proposed again (the name is matched already, or an ambiguous alias of it was
//! left unconfirmed), and a verb's object is no name at all.

use rustc_hash::FxHashSet as HashSet;

use super::lexicon::{Lexicon, clitic_readings};
use super::word_shapes::is_mafoolan;
use super::{Evidence, is_facility_head};
use crate::load::{Entity, EntityKind};
use crate::text::normalize::normalize_name;

/// A candidate whose name may have a registered place inside: an organisation's, a venue's
/// (متحف البحرين الوطني: the museum is not the country), or a place's of two halves joined by
/// a hyphen (بعلبك - الهرمل: the governorate is not the town). The rules for places find no
/// other name running into a mention.
pub(super) fn may_hold_a_place(key: &[String], ev: &Evidence) -> bool {
    matches!(
        ev.kind(),
        Some(EntityKind::Organization | EntityKind::Place)
    ) || key.first().is_some_and(|w| is_facility_head(w))
}

/// A person of two words whose first may be a place's name (جورجيا ميلوني: a given name, the
/// title before it showed a person) when a bare family name follows it.
pub(super) fn may_open_with_a_place(key: &[String], ev: &Evidence) -> bool {
    ev.kind() == Some(EntityKind::Person) && key.len() == 2 && !key[1].starts_with("ال")
}

/// Every normalised name, alias and demonym of the registry.
pub(super) fn registered_names<'e>(entities: impl Iterator<Item = &'e Entity>) -> HashSet<String> {
    entities
        .flat_map(|e| {
            std::iter::once(e.name())
                .chain(e.meta.aliases.iter().map(String::as_str))
                .chain(e.meta.demonyms.iter().map(String::as_str))
        })
        .map(normalize_name)
        .filter(|n| !n.is_empty())
        .collect()
}

/// The names of places that every entity holding them marks ambiguous (سانتوس، صور، طولون
/// written as a word or a family name), normalised: inside a longer name they are no
/// evidence that the name is known (see [`is_known`]).
pub(super) fn places_named_like_words(entities: &[Entity]) -> HashSet<String> {
    let mut plain: HashSet<String> = HashSet::default();
    let mut ambiguous: HashSet<String> = HashSet::default();
    for e in entities {
        let marked: HashSet<String> = e.meta.ambiguous.iter().map(|a| normalize_name(a)).collect();
        let names = std::iter::once(e.name()).chain(e.meta.aliases.iter().map(String::as_str));
        for n in names.map(normalize_name) {
            if e.kind == EntityKind::Place && marked.contains(&n) {
                ambiguous.insert(n);
            } else {
                plain.insert(n);
            }
        }
    }
    ambiguous.retain(|n| !plain.contains(n));
    ambiguous
}

/// Whether the registry already knows the name, or any part of it (a name containing a
/// registered one is a longer form of it, or an ambiguous alias left unconfirmed).
///
/// An organisation's or a venue's name may contain a registered place (بنك دبي الإسلامي، بلدية
/// صور، متحف البحرين الوطني): the body is not the place.
pub(super) fn is_known(key: &[String], ev: &Evidence, lex: &Lexicon) -> bool {
    let organization = may_hold_a_place(key, ev);
    (0..key.len()).any(|i| {
        (i + 1..=key.len()).any(|j| {
            let part = key[i..j].join(" ");
            if organization && (i, j) != (0, key.len()) && lex.is_registered_place(&part) {
                return false;
            }
            if (i, j) == (0, 1) && may_open_with_a_place(key, ev) && lex.is_registered_place(&part)
            {
                return false;
            }
            // الهلال الأحمر القطري: the club «الهلال» the site holds is the crescent of a
            // society's name there, which the head and its second word make one.
            if (i, j) == (0, 1) && super::org_words::opens_with_head_and_second_word(key) {
                return false;
            }
            // A place named like a word or a family name (سانتوس) inside a longer name is
            // the word there: the player كارلوس سانتوس is no longer form of the town.
            if (i, j) != (0, key.len()) && lex.is_place_named_like_words(&part) {
                return false;
            }
            // وليد المصري after a title: the demonym is his family name, not Egypt.
            if i + 1 == key.len() && j == key.len() && demonym_as_family_name(key, ev, lex) {
                return false;
            }
            lex.is_registered(&part)
                || (i == 0
                    && clitic_readings(&part)
                        .iter()
                        .any(|(_, rest)| lex.is_registered(rest)))
        })
    })
}

/// A person of a given name and a demonym that is also a common family name (المهندس وليد
/// المصري، رئيس اللجنة قاسم المصري، عنتر علي سالم المغربي، مدير عام …), found with a title
/// before the name or after it in apposition: the demonym that ends it is his family name, and
/// the registered adjective no sign that the name is known. Without a title (وأكد خالد
/// المصري) the demonym may still describe the man. After a father's name any demonym is the
/// family's (رئيس الوزراء محمد شياع السوداني): a demonym describing him would stand before it.
fn demonym_as_family_name(key: &[String], ev: &Evidence, lex: &Lexicon) -> bool {
    matches!(key, [given, .., family]
        if ev.titled
            && ev.kind() == Some(EntityKind::Person)
            && super::given_names::is_given_name(given)
            && lex.is_place_demonym(family)
            && (key.len() >= 3 || super::given_names::is_common_family_name(family)))
}

/// A noun and its adjective of relation in the indefinite accusative (قرارا قضائيا، دعما
/// دوليا): both words in ا, the second in يا, one of them a stem the site also writes without
/// the ا. A phrase after a verb, never a name, whatever title or head came before it.
pub(super) fn is_accusative_phrase(key: &[String], lex: &Lexicon) -> bool {
    let in_alif = |w: &str| w.ends_with('ا') && w.chars().count() >= 4;
    match key {
        // ألقى المدير عرضا مدعوما بفلم: a passive participle describes the noun before it.
        [noun, participle, ..] if in_alif(noun) && is_mafoolan(participle) => {
            !lex.is_registered(noun)
        }
        [noun, adjective, ..] => {
            in_alif(noun)
                && in_alif(adjective)
                && adjective.ends_with("يا")
                && !lex.is_registered(noun)
                && !lex.is_registered(adjective)
                && (lex.is_accusative_form(noun) || lex.is_accusative_form(adjective))
        }
        _ => false,
    }
}
