//! Where a gazetteer name found in the text is not the whole of what the text names: a
//! province's kind word before it (بمنطقة عسير), or a longer body's adjective after it
//! (الجامعة اللبنانية الثقافية). The registry's names are the editor's and are left as found.

use std::collections::HashSet;

use super::{Matcher, sentence};
use crate::analyse::normalize::is_word_char;
use crate::load::EntityKind;

/// Adjectives (normalised) that describe a body in passing, not name another one (الجامعة
/// العربية الحالية، البنك الدولي الرسمي): after a gazetteer body's name they leave it linked.
const DESCRIPTIVE_ADJECTIVES: &[&str] = &[
    "الحالي",
    "الحاليه",
    "الماضي",
    "الماضيه",
    "الرسمي",
    "الرسميه",
    "الثاني",
    "الثانيه",
    "الحقيقي",
    "الحقيقيه",
    "الرئيسي",
    "الرئيسيه",
    "السابق",
    "الاساسي",
    "الاساسيه",
];

/// The length in bytes of a province's kind word and the space after it at the start of
/// `name` (normalised: محافظه الجوف), when the name is a gazetteer place's and a name
/// follows the kind word. Why: a newsroom's reader — and every gold list read for this
/// project — takes the province's name without its kind (بمنطقة عسير → عسير، ولاية الخرطوم
/// → الخرطوم), as Sahifa's own discovered places are named; the gazetteer keeps the longer
/// alias only as evidence that the ambiguous bare name is the place.
pub(super) fn kind_word_before_name(
    name: &str,
    entities: &[usize],
    matcher: &Matcher,
) -> Option<usize> {
    if !matcher.all_gazetteer(entities, EntityKind::Place) {
        return None;
    }
    let kind = sentence::PROVINCES
        .iter()
        .chain(&["منطقه"])
        .find(|k| name.strip_prefix(**k).is_some_and(|r| r.starts_with(' ')))?;
    let rest = &name[kind.len()..];
    let len = kind.len() + rest.len() - rest.trim_start_matches(' ').len();
    (len < name.len()).then_some(len)
}

impl Matcher {
    /// Whether every entity of a pattern is a gazetteer entity of `kind`.
    fn all_gazetteer(&self, entities: &[usize], kind: EntityKind) -> bool {
        entities
            .iter()
            .all(|&e| self.gazetteer[e] && self.kinds[e] == kind)
    }

    /// Whether a gazetteer body's name ending at `end` goes on with a name's adjective no
    /// pattern starts at (الجامعة اللبنانية | الثقافية في العالم, another body than the
    /// Lebanese University): the longer name is discovery's to read, and linking the shorter
    /// one would put another body's news on the university's page.
    pub(super) fn longer_name_follows(
        &self,
        t: &str,
        end: usize,
        entities: &[usize],
        starts: &HashSet<usize>,
    ) -> bool {
        if !self.all_gazetteer(entities, EntityKind::Organization) {
            return false;
        }
        let Some(rest) = t[end..].strip_prefix(' ') else {
            return false;
        };
        let word = rest.split(|c: char| !is_word_char(c)).next().unwrap_or("");
        word.starts_with("ال")
            && (word.ends_with('ي') || word.ends_with("يه"))
            && word.chars().count() >= 5
            && !DESCRIPTIVE_ADJECTIVES.contains(&word)
            && !starts.contains(&(end + 1))
    }
}
