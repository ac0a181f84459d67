//! Written vowel marks as evidence between names that are one spelling without them.
//!
//! Matching drops tashkeel ([`normalize`](crate::text::normalize::normalize)), so «عمّان»
//! (Amman) and «عُمان» (Oman) are one key. Most text is unvowelled and leaves the choice to the
//! context, but a writer who marks a letter has told which name it is: the shadda of «عمّان»
//! doubles a meem Oman never doubles, the damma of «عُمان» is a vowel Amman's ain never takes.
//! An entity whose own vowelled spelling of the name (its name, an alias or an `ambiguous`
//! entry written with marks) a written mark contradicts is not what the text names there.
//!
//! A vowelled spelling is read as a description of the name, not always a full vowelling: a
//! letter it leaves bare says nothing (a registry's «مُحمد» is still «محمّد»), but on a letter
//! it vowels, a shadda it does not write is no shadda, so the gazetteer vowels both names in
//! full (عُمَان، عَمَّان). The vowel of a word's last letter is the case ending, which grammar
//! changes (عمّانَ، عمّانِ), so it is never evidence; a shadda there still is.

use std::borrow::Cow;

use super::Pattern;
use crate::analyse::normalize::{Normalized, normalize};

const FATHA: char = '\u{064E}';
const DAMMA: char = '\u{064F}';
const KASRA: char = '\u{0650}';
const SHADDA: char = '\u{0651}';
const SUKUN: char = '\u{0652}';

/// The marks written on one letter: its short vowels or sukun (a set, as an entity's spellings
/// are merged), and whether it is doubled.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Marks {
    vowels: u8,
    shadda: bool,
}

impl Marks {
    fn add(&mut self, c: char) {
        match c {
            FATHA => self.vowels |= 1,
            DAMMA => self.vowels |= 2,
            KASRA => self.vowels |= 4,
            SUKUN => self.vowels |= 8,
            SHADDA => self.shadda = true,
            // Tanween is a case ending; the other marks (maddah, hamza, dagger alef) tell no
            // two of the names apart.
            _ => {}
        }
    }

    fn is_empty(self) -> bool {
        self.vowels == 0 && !self.shadda
    }
}

/// One entity's vowelled spellings of a pattern's key, merged letter by letter (one entry per
/// character of the key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Vowelled {
    pub entity: usize,
    letters: Vec<Marks>,
}

/// What the marks written on a name say about one entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// No written mark falls where the entity's spelling marks anything.
    Silent,
    /// A written mark is one the entity's spelling has, and none contradicts it.
    Agrees,
    /// A written mark is one the entity's spelling rules out.
    Contradicts,
}

/// The marks of `name` (a registry name or alias) per character of its key, or `None` when it
/// is written without marks (it then says nothing about how the name is vowelled). For an
/// ال-name's ل-form pattern (`lam_form`), the alef the key elides is left out.
pub(super) fn spelling(entity: usize, name: &str, lam_form: bool) -> Option<Vowelled> {
    // Most names are written bare: no need to normalise them again.
    if !name
        .chars()
        .any(|c| matches!(c, FATHA | DAMMA | KASRA | SHADDA | SUKUN))
    {
        return None;
    }
    let norm = normalize(name);
    let mut letters = marks_of(name, &norm, 0, norm.text.len());
    // The key is the name trimmed (`normalize_name`); whitespace runs are already one space.
    if norm.text.ends_with(' ') {
        letters.pop();
    }
    if norm.text.starts_with(' ') && !letters.is_empty() {
        letters.remove(0);
    }
    if lam_form && !letters.is_empty() {
        letters.remove(0);
    }
    letters
        .iter()
        .any(|m| !m.is_empty())
        .then_some(Vowelled { entity, letters })
}

/// Adds `spelled` to `pattern`'s spellings: merged into the entity's own when it has one.
pub(super) fn note(pattern: &mut Pattern, spelled: Vowelled) {
    match pattern
        .vowelled
        .iter_mut()
        .find(|v| v.entity == spelled.entity)
    {
        Some(own) if own.letters.len() == spelled.letters.len() => {
            for (mine, theirs) in own.letters.iter_mut().zip(&spelled.letters) {
                mine.vowels |= theirs.vowels;
                mine.shadda |= theirs.shadda;
            }
        }
        Some(_) => {}
        None => pattern.vowelled.push(spelled),
    }
}

/// `pattern` with only the entities the marks written on the name from `start` to `end` leave
/// standing (see [`standing`]), and whether they spell the one left; `None` when they leave
/// none, so the name there is no entity's. Borrowed as it is where the marks rule none out.
pub(super) fn narrow<'p>(
    pattern: &'p Pattern,
    text: &str,
    norm: &Normalized,
    start: usize,
    end: usize,
) -> Option<(Cow<'p, Pattern>, bool)> {
    match standing(pattern, text, norm, start, end) {
        None => Some((Cow::Borrowed(pattern), false)),
        Some((left, _)) if left.is_empty() => None,
        Some((entities, spelled)) => Some((
            Cow::Owned(Pattern {
                entities,
                ..pattern.clone()
            }),
            spelled,
        )),
    }
}

/// Which of `pattern`'s entities the marks written on the name from `start` to `end` (offsets
/// in `norm`, the normalised `text`) leave standing, and whether the one left, if one, agrees
/// with a mark; `None` when the marks rule none out (or there are none: most text).
fn standing(
    pattern: &Pattern,
    text: &str,
    norm: &Normalized,
    start: usize,
    end: usize,
) -> Option<(Vec<usize>, bool)> {
    // Marks decide between entities that are one spelling without them; a name only one
    // entity has is linked whatever its marks (a registry's «الكَرْمل» written «الكرَمل»).
    if pattern.vowelled.is_empty() || pattern.entities.len() < 2 {
        return None;
    }
    let written = marks_of(text, norm, start, end);
    if written.iter().all(|m| m.is_empty()) {
        return None;
    }
    let word_ends = word_ends(&norm.text[start..end]);
    let mut left = Vec::with_capacity(pattern.entities.len());
    let mut agreed = false;
    for &entity in &pattern.entities {
        let reading = pattern
            .vowelled
            .iter()
            .find(|v| v.entity == entity)
            .map_or(Reading::Silent, |v| read(&written, &v.letters, &word_ends));
        match reading {
            Reading::Contradicts => {}
            Reading::Agrees => {
                agreed = true;
                left.push(entity);
            }
            Reading::Silent => left.push(entity),
        }
    }
    if left.len() == pattern.entities.len() {
        return None;
    }
    let agrees = agreed && left.len() == 1;
    Some((left, agrees))
}

/// What `written` (the marks of a name in the text) says of an entity spelling it `spelled`;
/// `word_ends` says which characters end a word, one entry per character as in both.
fn read(written: &[Marks], spelled: &[Marks], word_ends: &[bool]) -> Reading {
    if written.len() != spelled.len() {
        return Reading::Silent;
    }
    let mut reading = Reading::Silent;
    for (i, (w, s)) in written.iter().zip(spelled).enumerate() {
        // A letter the spelling leaves bare says nothing (مُحمد may still be محمّد); one it
        // vowels without doubling (the meem of عُمَان) is single.
        if s.is_empty() {
            continue;
        }
        if w.shadda && !s.shadda {
            return Reading::Contradicts;
        }
        if w.shadda && s.shadda {
            reading = Reading::Agrees;
        }
        if word_ends.get(i).is_none_or(|&end| end) || w.vowels == 0 || s.vowels == 0 {
            continue;
        }
        if w.vowels & s.vowels == 0 {
            return Reading::Contradicts;
        }
        reading = Reading::Agrees;
    }
    reading
}

/// For each character of `name` (normalised), whether it ends a word: its mark is the case
/// ending, which says nothing of whose name it is.
fn word_ends(name: &str) -> Vec<bool> {
    let chars: Vec<char> = name.chars().collect();
    (0..chars.len())
        .map(|i| chars.get(i + 1).is_none_or(|&c| c == ' '))
        .collect()
}

/// The marks written on each character of `norm.text[start..end]`: those between the original
/// character it comes from and the next one (tatweel and invisible marks between are skipped,
/// as normalisation drops them). A character that is part of a ligature's expansion has none.
fn marks_of(text: &str, norm: &Normalized, start: usize, end: usize) -> Vec<Marks> {
    norm.text[start..end]
        .char_indices()
        .map(|(i, c)| {
            let at = start + i;
            let from = norm.original_start(at);
            let to = norm.original_start(at + c.len_utf8());
            let mut marks = Marks::default();
            if let Some(original) = text.get(from..to.max(from)) {
                original.chars().skip(1).for_each(|m| marks.add(m));
            }
            marks
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(written: &str, spelled: &str) -> Reading {
        let w = normalize(written);
        let s = spelling(0, spelled, false).expect("a vowelled spelling");
        read(
            &marks_of(written, &w, 0, w.text.len()),
            &s.letters,
            &word_ends(&w.text),
        )
    }

    #[test]
    fn a_shadda_or_vowel_the_spelling_rules_out_contradicts_it() {
        // Amman's doubled meem is not Oman's; Oman's damma is not Amman's fatha.
        assert_eq!(reading("عمّان", "عُمَان"), Reading::Contradicts);
        assert_eq!(reading("عُمان", "عَمّان"), Reading::Contradicts);
        assert_eq!(reading("عمّان", "عَمّان"), Reading::Agrees);
        assert_eq!(reading("عُمان", "عُمان"), Reading::Agrees);
        // A letter the spelling leaves bare says nothing, not even of a shadda; nor does a
        // shadda the text leaves out.
        assert_eq!(reading("عمّان", "عُمان"), Reading::Silent);
        assert_eq!(reading("محمّد", "مُحمد"), Reading::Silent);
        assert_eq!(reading("عُمان", "عمّان"), Reading::Silent);
        assert_eq!(reading("عَمان", "عَمّان"), Reading::Agrees);
    }

    #[test]
    fn the_case_ending_is_no_evidence() {
        assert_eq!(reading("عمانُ", "عُمَانَ"), Reading::Silent);
        assert_eq!(reading("عُمانِ", "عُمَانَ"), Reading::Agrees);
    }

    #[test]
    fn an_unvowelled_spelling_is_no_spelling() {
        assert!(spelling(0, "عمان", false).is_none());
        assert!(spelling(0, " عُمان ", false).is_some_and(|v| v.letters.len() == 4));
        let lam = spelling(0, "الكَرْمل", true).expect("vowelled");
        assert_eq!(lam.letters.len(), "لكرمل".chars().count());
    }

    #[test]
    fn marks_belong_to_the_letter_before_them_across_tatweel() {
        let text = "وعمّـان";
        let n = normalize(text);
        let marks = marks_of(text, &n, 0, n.text.len());
        assert_eq!(marks.len(), 5);
        assert!(marks[2].shadda && marks.iter().filter(|m| m.shadda).count() == 1);
        // The shadda written after the tatweel is still the meem's.
        let text = "وعمـّان";
        let n = normalize(text);
        let marks = marks_of(text, &n, 0, n.text.len());
        assert!(marks[2].shadda && marks.iter().filter(|m| m.shadda).count() == 1);
    }

    /// Marks decide between entities sharing a name; a name one entity has is linked
    /// whatever the text's marks say (a registry's «الكَرْمل» written «الكرَمل»).
    #[test]
    fn marks_never_drop_a_name_only_one_entity_has() {
        let carmel = crate::analyse::matcher::tests::entity("carmel", "الكَرْمل", &[], &[], &[]);
        let found = crate::analyse::matcher::tests::ids(&[carmel], "صعد الوفد إلى الكرَمل أمس.");
        assert_eq!(found, vec![("carmel".to_string(), "الكرَمل".to_string())]);
    }
}
