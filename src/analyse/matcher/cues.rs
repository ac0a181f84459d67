//! Cue words: a word right before an ambiguous name that says what it names (مدينة صور،
//! بمحافظة عدن، للعاصمة عدن), and the governor's title that stands for his division's kind
//! word (محافظ مطروح).

use super::names::CLITICS;
use super::{LAM_CLITICS, Matcher, Pattern, word_start};
use crate::analyse::normalize::is_word_char;
use crate::text::cue_words::{PLAYING_SIDES, is_dual_of_place_kind};

impl Matcher {
    /// Whether the cue before the name at `pos` is `entity`'s alone among the entities that
    /// share the name.
    pub(super) fn cue_is_specific(
        &self,
        t: &str,
        (pos, end): (usize, usize),
        pattern: &Pattern,
        entity: usize,
    ) -> bool {
        pattern
            .entities
            .iter()
            .filter(|&&e| e != entity)
            .all(|&e| self.cue_before(t, (pos, end), e).is_none())
    }

    /// The cue word of `entity` directly before the name at `pos..end` (quotes and spaces
    /// between are allowed). The dual of a kind of place (مدينتي) is its cue only before a
    /// pair, the name then و (مدينتي جبلة وصلنفة): alone it is «my city» (مدينتي الجديدة).
    pub(super) fn cue_before(
        &self,
        t: &str,
        (pos, end): (usize, usize),
        entity: usize,
    ) -> Option<u16> {
        let cues = &self.cues[entity];
        if cues.is_empty() {
            return None;
        }
        let (start, mut word) = word_before(t, pos);
        // ظهير أيسر الخلود: a back's side stands between his position and his club.
        if PLAYING_SIDES.contains(&word) {
            word = word_before(t, start).1;
        }
        let paired = t[end..]
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with('و'));
        cues.iter()
            .position(|c| is_cue(word, c, paired))
            .and_then(|i| u16::try_from(i).ok())
    }

    /// The cue word (normalised) that confirmed an ambiguous mention.
    pub fn cue(&self, entity: usize, index: u16) -> &str {
        self.cues
            .get(entity)
            .and_then(|c| c.get(usize::from(index)))
            .map_or("", String::as_str)
    }
}

/// The word right before `pos`, quotes, spaces and a colon between allowed (not a sentence's
/// or clause's end), and where it starts: a kind word labels the list it opens with a colon
/// (عبر بلديات: الشعبة، بولهيلات).
fn word_before(t: &str, pos: usize) -> (usize, &str) {
    let before = t[..pos].trim_end_matches(|c: char| {
        !is_word_char(c) && !matches!(c, '.' | '،' | '؛' | ':' | '!' | '?' | '؟')
    });
    let before = before
        .strip_suffix(':')
        .map_or(before, |b| b.trim_end_matches([' ', '\u{a0}']));
    let start = word_start(before, before.len());
    (start, &before[start..])
}

/// Whether `word` is the cue `cue`, alone or with the clitics a name may carry: و ف ب ك ل and
/// their pairs (والرئيس، لمدينة صور، بمحافظة عدن، كمدينة), or ل before a cue with the article,
/// whose alef it elides (للعاصمة).
/// `paired`: the name is followed by و, so the dual of a kind of place is a cue too.
fn is_cue(word: &str, cue: &str, paired: bool) -> bool {
    is_cue_word(word, cue)
        || (paired && is_dual_cue(word, cue))
        || GOVERNORS
            .iter()
            .any(|&(kind, title)| kind == cue && is_cue_word(word, title))
}

/// `word` is the dual of the kind of place `cue`, alone or with a clitic (بمدينتي جبلة
/// وصلنفة).
fn is_dual_cue(word: &str, cue: &str) -> bool {
    is_dual_of_place_kind(word, cue)
        || CLITICS.iter().any(|c| {
            word.strip_prefix(c)
                .is_some_and(|w| is_dual_of_place_kind(w, cue))
        })
}

/// A kind of division (normalised) and the title of whoever governs one, which names the
/// division as surely as the kind word does: «محافظ مطروح» is the governor of the governorate
/// «محافظة مطروح». محافظ is also «conservative», but as an adjective it follows its noun and
/// stands before no place (حزب محافظ). The accusative of an appointment counts too (عُيّن
/// محافظاً لعدن، واليا للبراكنة); والي is left out: normalised it is also وإلى «and to».
const GOVERNORS: &[(&str, &str)] = &[("محافظه", "محافظ"), ("محافظه", "محافظا"), ("ولايه", "واليا")];

/// Whether `word` is the cue word `cue` with the clitics [`is_cue`] allows.
fn is_cue_word(word: &str, cue: &str) -> bool {
    if word == cue {
        return true;
    }
    let with_clitic = CLITICS.iter().any(|c| word.strip_prefix(c) == Some(cue));
    let elided = cue.strip_prefix("ال").is_some_and(|rest| {
        LAM_CLITICS
            .iter()
            .any(|c| word.strip_prefix(c).and_then(|w| w.strip_prefix('ل')) == Some(rest))
    });
    with_clitic || elided
}
