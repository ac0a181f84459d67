//! Where a name the gazetteer or discovery gave is not the whole of what the text names, or
//! more: a province's kind word before it (بمنطقة عسير → عسير), a longer body's adjective
//! after it (الجامعة اللبنانية الثقافية), a body's kind word before it (شركة سوناطراك, taken
//! into the link), a camp's or quarter's kind word (مخيم جنين → جنين). The registry's names
//! are the editor's and are left as found.

use super::names::CLITICS;
use super::{Matcher, sentence};
use crate::analyse::normalize::is_word_char;
use crate::load::{Entity, EntityKind, Origin};
use crate::text::normalize::{Normalized, is_mark};

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
    "الاساسي",
    "الاساسيه",
    "الحقوقي",
    "الحقوقيه",
    "الانساني",
    "الانسانيه",
    "الاخباري",
    "الاخباريه",
    "الحكومي",
    "الحكوميه",
    "العسكري",
    "العسكريه",
    "الاممي",
    "الامميه",
    "الخيري",
    "الخيريه",
];

/// The length in bytes of a province's kind word and the space after it at the start of
/// `name` (normalised: محافظه الجوف), when the name is a gazetteer place's and the rest names
/// no other place (it may name this one: الجوف). Why: a newsroom's reader — and every gold
/// list read for this project — takes the province's name without its kind (بمنطقة عسير →
/// عسير، ولاية الخرطوم → الخرطوم), as Sahifa's own discovered places are named; the gazetteer
/// keeps the longer alias as evidence that the ambiguous bare name is the place. Where the
/// rest is another place's name (ولاية الجزائر is no Algeria, ولاية واشنطن no Washington),
/// the link keeps its kind word, or the page would seem to be the other place's.
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
    // The rest names no other place: none at all (محافظة الغربية), or this one too.
    let no_other_place = matcher
        .place_keys
        .get(&name[len..])
        .is_none_or(|named| named.iter().any(|e| entities.contains(e)));
    (len < name.len() && no_other_place).then_some(len)
}

/// Kind words (normalised) of a discovered place's name that its link leaves out: a camp's
/// and a quarter's (مخيم جنين، بحي الزيتون → جنين، الزيتون), as every gold list read for
/// this project does (ten of ten such mentions in fourteen sets from as many outlets), where
/// a street's, a stadium's or an airport's kind word is written as part of the name.
const QUARTER_KIND_WORDS: &[&str] = &["مخيم", "حي"];

/// The length in bytes of a camp's or quarter's kind word and the space after it at the start
/// of `name` (normalised), when every entity of the pattern is a discovered place.
pub(super) fn quarter_word_before_name(
    name: &str,
    entities: &[usize],
    matcher: &Matcher,
) -> Option<usize> {
    if entities.is_empty() || !entities.iter().all(|&e| matcher.discovered_place[e]) {
        return None;
    }
    let kind = QUARTER_KIND_WORDS
        .iter()
        .find(|k| name.strip_prefix(**k).is_some_and(|r| r.starts_with(' ')))?;
    let len = kind.len() + ' '.len_utf8();
    (len < name.len()).then_some(len)
}

/// Each name key of a gazetteer place's pattern, with the entities that claim it (see
/// [`Matcher::place_keys`](super::Matcher)).
pub(super) fn place_keys(
    keys: &[String],
    patterns: &[super::Pattern],
    entities: &[Entity],
) -> rustc_hash::FxHashMap<String, Vec<usize>> {
    let mut out: rustc_hash::FxHashMap<String, Vec<usize>> = rustc_hash::FxHashMap::default();
    for (key, pattern) in keys.iter().zip(patterns) {
        let places = pattern.kind == super::PatternKind::Name
            && pattern.entities.iter().all(|&e| {
                entities[e].origin == Origin::Gazetteer && entities[e].kind == EntityKind::Place
            });
        if places {
            out.entry(key.clone())
                .or_default()
                .extend(pattern.entities.iter().copied());
        }
    }
    out
}

/// Kind words (normalised) that a body's name follows in the text and that its link takes
/// with it: a newsroom's reader, and every gold list read for this project, takes «شركة
/// سوناطراك» or «نادي الزهراء» whole, as the name of a body found with its head word is
/// written (وزارة الصحة). Not هيئة or مجلس, which head bodies of their own (هيئة الاتصالات
/// is not the telecoms company), nor مجموعة, a tournament's or a chat's group as often
/// (مجموعة ليفربول، مجموعة واتساب), nor a definite head but the club's (الشركة الصينية).
const BODY_KIND_WORDS: &[&str] = &[
    "شركه",
    "نادي",
    "النادي",
    "منظمه",
    "مؤسسه",
    "جمعيه",
    "وكاله",
    "مجمع",
];

/// Kind words whose body's name goes on after a name inside it (مؤسسة ريال مدريد الخيرية،
/// مجمع أرامكو السكني): before a definite word they head a longer name.
const HEADS_OF_LONGER_NAMES: &[&str] = &["مؤسسه", "مجمع"];

impl Matcher {
    /// Where the link of a body's name at (`word_start`, `name_start`) of `t` (normalised)
    /// starts when one of [`BODY_KIND_WORDS`] stands right before it, one space between: the
    /// kind word's start with its clitic, and after it. Only for bodies the gazetteer or
    /// discovery names (the registry's names are the editor's), written without a clitic of
    /// their own, and when the kind word is no part of the mention before (`taken_before`,
    /// where it ends).
    pub(super) fn body_kind_word_before(
        &self,
        (text, norm): (&str, &Normalized),
        (word_start, name_start, end): (usize, usize, usize),
        taken_before: usize,
        entities: &[usize],
    ) -> Option<(usize, usize)> {
        let t = norm.text.as_str();
        if word_start != name_start
            || entities.is_empty()
            || !entities.iter().all(|&e| self.found_body[e])
        {
            return None;
        }
        let before = t[..word_start].strip_suffix(' ')?;
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_word_char(*c))
            .last()
            .map(|(i, _)| i)?;
        if start < taken_before {
            return None;
        }
        let word = &before[start..];
        // As written: نادى is the verb «called on» (ونادى الاتحاد الأوروبي بوقف …), and a line
        // break between the two words is no name's.
        let written = text.get(norm.original_start(start)..norm.original_start(word_start))?;
        let letters = written.trim_end().trim_end_matches(is_mark);
        if letters.ends_with('ى') || written.contains('\n') {
            return None;
        }
        // وكالة الأمم المتحدة للاجئين: a ل-phrase after the name makes the kind word another,
        // longer body's head.
        let next = t[end..].strip_prefix(' ').unwrap_or("");
        let next = next.split(|c: char| !is_word_char(c)).next().unwrap_or("");
        let longer = |kind: &str| {
            (next.starts_with('ل') && !next.starts_with("ال"))
                || (HEADS_OF_LONGER_NAMES.contains(&kind) && next.starts_with("ال"))
        };
        BODY_KIND_WORDS
            .iter()
            .filter(|k| !longer(k))
            .find_map(|kind| {
                let clitic = match word.strip_suffix(kind) {
                    Some(c) if c.is_empty() || CLITICS.contains(&c) => c,
                    // للنادي: ل before the article elides its alef.
                    _ => kind
                        .strip_prefix('ا')
                        .filter(|_| kind.starts_with("ال"))
                        .and_then(|elided| word.strip_suffix(elided))
                        .filter(|c| super::LAM_CLITICS.contains(c))?,
                };
                Some((start, start + clitic.len()))
            })
    }

    /// Whether every entity of a pattern is a gazetteer entity of `kind`.
    fn all_gazetteer(&self, entities: &[usize], kind: EntityKind) -> bool {
        entities
            .iter()
            .all(|&e| self.gazetteer[e] && self.kinds[e] == kind)
    }

    /// Whether a gazetteer body's name from `name_start` to `end`, a definite head and its
    /// adjective (الجامعة اللبنانية), goes on with a name's adjective no pattern starts at
    /// (الجامعة اللبنانية | الثقافية في العالم, another body than the Lebanese University):
    /// the longer name is discovery's to read, and linking the shorter one would put another
    /// body's news on the university's page. A name of another shape is described, not
    /// lengthened, by what follows it (منظمة العفو الدولية الحقوقية، الأونروا الأممية) — but
    /// a club's one word is: another town's club goes on with the adjective of a town the
    /// gazetteer knows (الترجي الجرجيسي is not the Espérance of Tunis; الأهلي الطرابلسي not
    /// Cairo's), while the club's own country follows it as a demonym, a pattern (الترجي
    /// التونسي), and any other adjective describes it (حارس الأهلي الدولي، الأهلي القاهري).
    pub(super) fn longer_name_follows(
        &self,
        t: &str,
        (name_start, end): (usize, usize),
        entities: &[usize],
        candidates: &[(usize, usize, usize, usize)],
    ) -> bool {
        let name = &t[name_start..end];
        let a_club_s_word = !name.contains(' ') && entities.iter().all(|&e| self.club[e]);
        if !self.all_gazetteer(entities, EntityKind::Organization)
            || !name.starts_with("ال")
            || !(name.contains(' ') || a_club_s_word)
        {
            return false;
        }
        let Some(rest) = t[end..].strip_prefix(' ') else {
            return false;
        };
        let word = rest.split(|c: char| !is_word_char(c)).next().unwrap_or("");
        let of_a_known_town = || {
            word.strip_prefix("ال")
                .and_then(|w| w.strip_suffix('ي'))
                .is_some_and(|town| {
                    self.place_keys.contains_key(town)
                        || self.place_keys.contains_key(&format!("ال{town}"))
                })
        };
        if a_club_s_word && !of_a_known_town() {
            return false;
        }
        word.starts_with("ال")
            && (word.ends_with('ي') || word.ends_with("يه"))
            && word.chars().count() >= 5
            && !DESCRIPTIVE_ADJECTIVES.contains(&word)
            // The candidates are sorted by where their word starts.
            && candidates
                .binary_search_by_key(&(end + 1), |c| c.0)
                .is_err()
    }

    /// A place's name opening with و (وجدة, Oujda) right after a place of a list (والدمام
    /// وجدة) is و and another place (جدة, Jeddah) when that one lies in the same country as
    /// the place before and the name read whole does not: a list names the towns of one land.
    /// The occurrence read whole is then skipped, and the one after the و is linked.
    pub(super) fn and_another_place_of_the_list(
        &self,
        t: &str,
        (word_start, name_start, end): (usize, usize, usize),
        entities: &[usize],
    ) -> bool {
        let name = &t[name_start..end];
        let Some(rest) = name.strip_prefix('و') else {
            return false;
        };
        if word_start != name_start || !self.all_gazetteer(entities, EntityKind::Place) {
            return false;
        }
        let Some(others) = self.place_keys.get(rest) else {
            return false;
        };
        let before = super::sentence::previous_word(t, word_start);
        let before = before.strip_prefix('و').unwrap_or(before);
        let Some(listed) = self.place_keys.get(before) else {
            return false;
        };
        let land = |e: usize| self.lands[e];
        let same_land = |a: &[usize], b: &[usize]| {
            a.iter()
                .any(|&x| b.iter().any(|&y| land(x).is_some() && land(x) == land(y)))
        };
        same_land(others, listed) && !same_land(entities, listed)
    }
}
