//! A record's text as the words Pagefind's browser code looks up: split on whitespace,
//! normalised (lower case, letters and digits only), diacritics removed (the form with them is
//! kept as a variant), stemmed in the page's language, with the position and weight of every
//! occurrence, and the text the result's excerpt is cut from.
//!
//! Why a port and not a call: Pagefind does this under one lock, one page at a time; here it
//! runs on every core, and its result can be cached per page. It must give exactly Pagefind's
//! words, or a query stemmed by its browser code would miss them, so this follows Pagefind
//! 1.6's `fossick/splitting.rs` and `Fossicker::parse_digest` for a custom record (MIT,
//! © CloudCannon) step by step; `tests/search_index.rs` compares the result with Pagefind's.
//! Left out: word segmentation for Chinese, Japanese and Thai (Pagefind's "extended" build,
//! which Sahifa never used) and sub-result anchors (records have none).

use convert_case::{Case, Casing};
use pagefind_stem::{Algorithm, Stemmer};
use regex::Regex;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// Characters Pagefind keeps inside words besides letters and digits (Unicode's connector
/// punctuation, its `WORD_SYMBOLS`); also written into `pagefind-entry.json`.
pub const INCLUDE_CHARACTERS: [char; 10] = ['_', '‿', '⁀', '⁔', '︳', '︴', '﹍', '﹎', '﹏', '＿'];

const MAX_KATAKANA_SUFFIX_CHARS: usize = 16;
const MAX_DOTTED_TAIL_CHARS: usize = 64;

/// A weight of 1 in Pagefind's units: the weight of body text.
const WEIGHT_UNIT: f32 = 24.0;
const WEIGHT_MAX: f32 = 10.0;

static EMOJI: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("\\p{Emoji}").expect("a valid pattern"));

/// A word or written form in this thread's table of words ([`with_words`]): pages are
/// digested into these numbers, so an occurrence costs no string and no hash lookup, and a
/// page's words are grouped by sorting numbers.
pub type WordId = u32;

/// The `form` of an occurrence written without diacritics.
pub const PLAIN: WordId = WordId::MAX;

/// One occurrence of a word: which word (its stem) and written form (`PLAIN`, or the word
/// before its diacritics were removed), where it is (the index of the whitespace-separated
/// word in the page) and how much it weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    pub word: WordId,
    pub form: WordId,
    pub position: u32,
    pub weight: u8,
}

/// A page's text digested: every occurrence of its words, the excerpt text and its word
/// count. The numbers stand for words in this thread's table until the next [`digest`].
#[derive(Debug, Default)]
pub struct Digest {
    pub occurrences: Vec<Occurrence>,
    /// The text without weight markers, one space between words.
    pub content: String,
    pub word_count: usize,
}

/// The language pages are indexed in: its tag and Pagefind's stemmer for it.
pub struct Language {
    pub code: String,
    pub stemmer: Option<Stemmer>,
}

impl Language {
    pub fn new(code: &str) -> Self {
        Language {
            code: code.to_string(),
            stemmer: stemmer(code),
        }
    }
}

/// Pagefind's stemmer for a language tag (its primary subtag), none for a language it cannot
/// stem.
pub fn stemmer(language: &str) -> Option<Stemmer> {
    let algorithm = match language.split('-').next().unwrap_or_default() {
        "ar" => Algorithm::Arabic,
        "hy" => Algorithm::Armenian,
        "eu" => Algorithm::Basque,
        "ca" => Algorithm::Catalan,
        "da" => Algorithm::Danish,
        "nl" => Algorithm::Dutch,
        "en" => Algorithm::English,
        "eo" => Algorithm::Esperanto,
        "et" => Algorithm::Estonian,
        "fi" => Algorithm::Finnish,
        "fr" => Algorithm::French,
        "de" => Algorithm::German,
        "el" => Algorithm::Greek,
        "hi" => Algorithm::Hindi,
        "hu" => Algorithm::Hungarian,
        "id" => Algorithm::Indonesian,
        "ga" => Algorithm::Irish,
        "it" => Algorithm::Italian,
        "lt" => Algorithm::Lithuanian,
        "nb" | "nn" | "no" => Algorithm::Norwegian,
        "ne" => Algorithm::Nepali,
        "pt" => Algorithm::Portuguese,
        "ro" => Algorithm::Romanian,
        "ru" => Algorithm::Russian,
        "sr" => Algorithm::Serbian,
        "pl" => Algorithm::Polish,
        "es" => Algorithm::Spanish,
        "sv" => Algorithm::Swedish,
        "ta" => Algorithm::Tamil,
        "tr" => Algorithm::Turkish,
        "yi" => Algorithm::Yiddish,
        _ => return None,
    };
    Some(Stemmer::create(algorithm))
}

/// Digests a record's text (whitespace-separated words and Pagefind's weight markers).
///
/// The word numbers of the previous digest of this thread may be reused from here on: a
/// page is digested and packed ([`with_words`]) before the next one starts.
pub fn digest(text: &str, language: &Language) -> Digest {
    let mut digest = Digest {
        content: String::with_capacity(text.len()),
        ..Digest::default()
    };
    let mut weights: Vec<u8> = vec![WEIGHT_UNIT as u8];
    let mut position: u32 = 0;
    let mut last_position = 0;
    MEMO.with_borrow_mut(|memo| {
        memo.start_page(language);
        for word in text.split_whitespace() {
            if word.starts_with('_') && follow_marker(word, &mut weights) {
                continue;
            }
            // Pagefind removes zero-width spaces (its own boundaries in some languages). The
            // byte test first: `contains` of a non-ASCII char is a substring search, which
            // was a tenth of the digest on Arabic text; 0xE2 starts U+2000–U+2FFF only.
            let word = if word.as_bytes().contains(&0xE2) && word.contains('\u{200B}') {
                std::borrow::Cow::Owned(word.replace('\u{200B}', ""))
            } else {
                std::borrow::Cow::Borrowed(word)
            };
            if word.is_empty() {
                continue;
            }
            digest.content.push_str(&word);
            digest.content.push(' ');
            let weight = *weights.last().unwrap_or(&1);
            add_indexable(
                &mut digest.occurrences,
                memo.words_of(&word, language),
                position,
                weight,
            );
            last_position = position;
            position += 1;
        }
    });
    if digest.content.ends_with(' ') {
        digest.content.pop();
    }
    digest.word_count = last_position as usize + 1;
    digest
}

/// Runs `f` with this thread's table of words, to turn the numbers of the last [`digest`]
/// (and of [`title_words`] since) into the words they stand for.
pub fn with_words<T>(f: impl FnOnce(&Words) -> T) -> T {
    MEMO.with_borrow(|memo| f(&memo.words))
}

/// Applies a weight marker to the stack of weights; `false` if `word` is not a marker.
///
/// Explicit weights (`___PAGEFIND_WEIGHT___2`) always apply; automatic ones (a heading's)
/// only outside an explicit block, inside which they inherit its weight.
fn follow_marker(word: &str, weights: &mut Vec<u8>) -> bool {
    if word.starts_with("___PAGEFIND_ANCHOR___") {
        return true; // records carry no anchors; Pagefind drops the word as well
    }
    if let Some(rest) = word.strip_prefix(WEIGHT) {
        let weight = parse_weight(rest, WEIGHT);
        weights.push(if weight <= 0.0 {
            0
        } else {
            ((weight.clamp(0.0, WEIGHT_MAX) * WEIGHT_UNIT) as u8).max(1)
        });
        return true;
    }
    if let Some(rest) = word.strip_prefix(AUTO_WEIGHT) {
        let weight = if weights.len() == 1 {
            (parse_weight(rest, AUTO_WEIGHT).clamp(0.0, WEIGHT_MAX) * WEIGHT_UNIT) as u8
        } else {
            weights.last().copied().unwrap_or_default()
        };
        weights.push(weight);
        return true;
    }
    if word.starts_with("___END_PAGEFIND_WEIGHT___") {
        weights.pop();
        return true;
    }
    false
}

const WEIGHT: &str = "___PAGEFIND_WEIGHT___";
const AUTO_WEIGHT: &str = "___PAGEFIND_AUTO_WEIGHT___";

/// A marker's number; Pagefind strips every occurrence of the marker's name, then parses.
fn parse_weight(rest: &str, marker: &str) -> f32 {
    rest.replace(marker, "").parse::<f32>().unwrap_or(1.0)
}

/// Words seen by this thread and what they are indexed under, for one language.
///
/// Why: news text repeats its vocabulary, and normalising (Unicode property lookups) and
/// stemming every occurrence again was most of the digest's time. The result depends only
/// on the word and the language, so the memo cannot change the index. It is emptied, with
/// the table of words, when it grows past [`MEMO_LIMIT`] words, and only when a page
/// starts, so the numbers of a page's words hold until it is packed.
#[derive(Default)]
struct Memo {
    language: String,
    /// Per raw word, where its numbered words are in `ids` (start, count).
    raw: rustc_hash::FxHashMap<Box<str>, (u32, u32)>,
    ids: Vec<IndexableId>,
    words: Words,
}

/// Every stem and written form this thread has met since its memo was last emptied, each
/// once, numbered in the order met.
#[derive(Default)]
pub struct Words {
    texts: Vec<Box<str>>,
    ids: rustc_hash::FxHashMap<Box<str>, WordId>,
}

impl Words {
    /// The word numbered `id`.
    pub fn text(&self, id: WordId) -> &str {
        &self.texts[id as usize]
    }

    fn id(&mut self, word: &str) -> WordId {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = WordId::try_from(self.texts.len()).unwrap_or(PLAIN - 1);
        self.texts.push(word.into());
        self.ids.insert(word.into(), id);
        id
    }

    fn clear(&mut self) {
        self.texts.clear();
        self.ids.clear();
    }
}

/// An [`IndexableWord`] with its words numbered.
#[derive(Debug, Clone, Copy)]
struct IndexableId {
    stemmed: WordId,
    form: WordId,
    is_compound_part: bool,
}

const MEMO_LIMIT: usize = 200_000;

thread_local! {
    static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::new(Memo::default());
}

impl Memo {
    /// Empties the memo if it is for another language or full.
    fn start_page(&mut self, language: &Language) {
        if self.language != language.code
            || self.raw.len() >= MEMO_LIMIT
            || self.words.texts.len() >= 2 * MEMO_LIMIT
        {
            self.raw.clear();
            self.ids.clear();
            self.words.clear();
            self.language.clone_from(&language.code);
        }
    }

    /// One hash lookup for a word met before (most words of news text): the lookups and
    /// their key comparisons were the largest part of the digest once stemming was memoised.
    fn words_of(&mut self, raw: &str, language: &Language) -> &[IndexableId] {
        let found = self.raw.get(raw).copied();
        let (start, count) = match found {
            Some(at) => at,
            None => {
                let stemmer = language.stemmer.as_ref();
                let mut indexable = indexable_words(raw, stemmer);
                let tails = dotted_tails(raw, stemmer, &indexable);
                indexable.extend(tails);
                let start = self.ids.len();
                for word in &indexable {
                    let id = self.number(word);
                    self.ids.push(id);
                }
                let at = (start as u32, (self.ids.len() - start) as u32);
                self.raw.insert(raw.into(), at);
                at
            }
        };
        &self.ids[start as usize..(start + count) as usize]
    }

    fn number(&mut self, word: &IndexableWord) -> IndexableId {
        IndexableId {
            stemmed: self.words.id(&word.stemmed),
            form: word
                .original
                .as_deref()
                .map_or(PLAIN, |form| self.words.id(form)),
            is_compound_part: word.is_compound_part,
        }
    }
}

/// Records every word one raw word is indexed under (itself, its compound parts, dotted tails)
/// at `position`; compound parts share the word's weight between them.
fn add_indexable(
    occurrences: &mut Vec<Occurrence>,
    indexable: &[IndexableId],
    position: u32,
    weight: u8,
) {
    let parts = indexable.iter().filter(|w| w.is_compound_part).count();
    let part_weight = if parts > 0 && weight > 0 {
        (weight / u8::try_from(parts).unwrap_or(u8::MAX)).max(1)
    } else {
        0
    };
    occurrences.extend(indexable.iter().map(|word| Occurrence {
        word: word.stemmed,
        form: word.form,
        position,
        weight: if word.is_compound_part {
            part_weight
        } else {
            weight
        },
    }));
}

/// Words of a result's title, indexed as Pagefind indexes a metadata field: position is the
/// word's index in the title, no weights (0), no dotted tails. Call after the page's
/// [`digest`]: the numbers are in the same table.
pub fn title_words(title: &str, language: &Language) -> Vec<Occurrence> {
    let stemmer = language.stemmer.as_ref();
    let mut words = Vec::new();
    MEMO.with_borrow_mut(|memo| {
        for (position, raw) in title.split_whitespace().enumerate() {
            for word in indexable_words(raw, stemmer) {
                let id = memo.number(&word);
                words.push(Occurrence {
                    word: id.stemmed,
                    form: id.form,
                    position: u32::try_from(position).unwrap_or(u32::MAX),
                    weight: 0,
                });
            }
        }
    });
    words
}

#[derive(Debug, Clone, PartialEq)]
struct IndexableWord {
    stemmed: String,
    is_compound_part: bool,
    original: Option<String>,
}

/// The normalised and stemmed word, the suffixes of a katakana word, and for a compound
/// (hyphenated, camelCase, with an emoji) its parts.
fn indexable_words(raw: &str, stemmer: Option<&Stemmer>) -> Vec<IndexableWord> {
    let mut results = Vec::new();
    let normalized = normalize_word(raw);
    if !normalized.is_empty() {
        results.push(stem_word(&normalized, stemmer, false));
    }
    for suffix in katakana_suffixes(raw) {
        let stripped = normalize_diacritics(suffix);
        results.push(IndexableWord {
            stemmed: stripped.clone().unwrap_or_else(|| suffix.to_string()),
            original: stripped.map(|_| suffix.to_string()),
            is_compound_part: true,
        });
    }
    let possibly_compound =
        raw.chars().any(|c| !c.is_alphanumeric()) || raw.chars().skip(1).any(char::is_uppercase);
    if !possibly_compound {
        return results;
    }
    let (parts, emoji) = discrete_words(raw);
    if !normalized.is_empty()
        && (parts.contains(char::is_whitespace) || !normalized.starts_with(&parts))
    {
        for part in parts.split_whitespace().filter(|w| w.len() > 1) {
            let stripped = normalize_diacritics(part);
            let base = stripped.as_deref().unwrap_or(part);
            results.push(IndexableWord {
                stemmed: match stemmer {
                    Some(stemmer) => stemmer.stem(base).into_owned(),
                    None => base.to_string(),
                },
                original: stripped.map(|_| part.to_string()),
                is_compound_part: true,
            });
        }
    }
    results.extend(emoji.into_iter().map(|e| IndexableWord {
        stemmed: e,
        original: None,
        is_compound_part: false,
    }));
    results
}

/// `is_python_build` of `sysconfig.is_python_build`: the compound tails after each dot.
fn dotted_tails(
    raw: &str,
    stemmer: Option<&Stemmer>,
    existing: &[IndexableWord],
) -> Vec<IndexableWord> {
    let mut tails: Vec<IndexableWord> = Vec::new();
    if !raw.contains('.') {
        return tails;
    }
    for (i, _) in raw.match_indices('.') {
        let rest = &raw[i + 1..];
        let tail = match rest.char_indices().nth(MAX_DOTTED_TAIL_CHARS) {
            Some((end, _)) => &rest[..end],
            None => rest,
        };
        let compound = tail.chars().any(|c| !c.is_alphanumeric())
            || tail.chars().skip(1).any(char::is_uppercase);
        if !compound {
            continue; // a plain tail is indexed already, as the last compound part
        }
        let normalized = normalize_word(tail);
        if normalized.chars().count() < 2 {
            continue;
        }
        let word = stem_word(&normalized, stemmer, true);
        let seen = existing
            .iter()
            .chain(&tails)
            .any(|w| w.stemmed == word.stemmed);
        if !seen {
            tails.push(word);
        }
    }
    tails
}

/// Lower case, letters, digits and [`INCLUDE_CHARACTERS`] only.
fn normalize_word(raw: &str) -> String {
    let mut normalized = String::with_capacity(raw.len());
    for mut c in raw.chars() {
        if c.is_alphanumeric() || INCLUDE_CHARACTERS.contains(&c) {
            c.make_ascii_lowercase();
            if c.is_uppercase() {
                normalized.extend(c.to_lowercase());
            } else {
                normalized.push(c);
            }
        }
    }
    normalized
}

fn stem_word(normalized: &str, stemmer: Option<&Stemmer>, is_compound_part: bool) -> IndexableWord {
    let stripped = normalize_diacritics(normalized);
    let base = stripped.as_deref().unwrap_or(normalized);
    IndexableWord {
        stemmed: match stemmer {
            Some(stemmer) => stemmer.stem(base).into_owned(),
            None => base.to_string(),
        },
        original: stripped.map(|_| normalized.to_string()),
        is_compound_part,
    }
}

/// True for the characters ICU leaves in an unsegmented run: katakana and their marks.
fn is_katakana(c: char) -> bool {
    matches!(c as u32, 0x30A1..=0x30FA | 0x30FC..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F)
}

/// Every suffix of a katakana word (Pagefind's way to find parts of katakana compounds).
fn katakana_suffixes(word: &str) -> Vec<&str> {
    if word.chars().count() < 3 || !word.chars().all(is_katakana) {
        return Vec::new();
    }
    let mut suffixes: Vec<&str> = Vec::new();
    for (i, _) in word.char_indices().skip(1) {
        let rest = &word[i..];
        let suffix = match rest.char_indices().nth(MAX_KATAKANA_SUFFIX_CHARS) {
            Some((end, _)) => &rest[..end],
            None => rest,
        };
        if suffix.chars().count() >= 2 && !suffixes.contains(&suffix) {
            suffixes.push(suffix);
        }
    }
    suffixes
}

/// The word without combining marks (Arabic harakat, Latin accents), if that changes it:
/// «ويُكتب» is indexed as «ويكتب», as the browser strips them from the query. Kana voiced
/// sound marks are kept and recomposed, as they tell words apart.
fn normalize_diacritics(word: &str) -> Option<String> {
    if word.is_ascii() || !has_decomposition(word) {
        return None;
    }
    let stripped: String = word
        .nfd()
        .filter(|c| {
            !unicode_normalization::char::is_combining_mark(*c)
                || matches!(*c, '\u{3099}' | '\u{309A}')
        })
        .collect();
    let normalized = if stripped
        .chars()
        .any(|c| matches!(c, '\u{3099}' | '\u{309A}'))
    {
        stripped.nfc().collect::<String>()
    } else {
        stripped
    };
    (normalized != word).then_some(normalized)
}

fn has_decomposition(word: &str) -> bool {
    word.chars().any(|c| {
        unicode_normalization::char::is_combining_mark(c) || {
            let mut decomposes = false;
            unicode_normalization::char::decompose_canonical(c, |part| {
                decomposes = decomposes || part != c;
            });
            decomposes
        }
    })
}

/// A compound's parts, lower case, one space apart, and the emoji it contains.
fn discrete_words(s: &str) -> (String, Vec<String>) {
    let words = s
        .replace(|c: char| c.is_ascii_punctuation(), " ")
        .to_case(Case::Lower)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let emoji = if EMOJI.is_match(s) {
        s.graphemes(true)
            .filter(|g| emojis::get(g).is_some())
            .map(str::to_string)
            .collect()
    } else {
        Vec::new()
    };
    (words, emoji)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn arabic() -> Option<Stemmer> {
        stemmer("ar")
    }

    fn ar() -> Language {
        Language::new("ar")
    }

    /// (position, weight, written form) of each occurrence, by word.
    type Resolved = HashMap<String, Vec<(u32, u8, Option<String>)>>;

    fn resolved(occurrences: &[Occurrence]) -> Resolved {
        with_words(|words| {
            let mut out: Resolved = HashMap::new();
            for o in occurrences {
                let form = (o.form != PLAIN).then(|| words.text(o.form).to_string());
                out.entry(words.text(o.word).to_string())
                    .or_default()
                    .push((o.position, o.weight, form));
            }
            out
        })
    }

    #[test]
    fn headings_weigh_more_and_markers_are_not_words() {
        let d = digest(
            " ___PAGEFIND_AUTO_WEIGHT___7 مسعود بزشكيان. ___END_PAGEFIND_WEIGHT___ زار موسكو.",
            &ar(),
        );
        assert_eq!(d.content, "مسعود بزشكيان. زار موسكو.");
        assert_eq!(d.word_count, 4);
        let words = resolved(&d.occurrences);
        let name = &words[&arabic().unwrap().stem("بزشكيان").into_owned()];
        assert_eq!(name[0], (1, 7 * 24, None));
        let visit = &words[&arabic().unwrap().stem("زار").into_owned()];
        assert_eq!(visit[0].1, 24);
    }

    #[test]
    fn harakat_are_removed_and_the_written_form_kept() {
        let d = digest("ويُكتب", &ar());
        let words = resolved(&d.occurrences);
        let (stem, occurrences) = words.iter().next().unwrap();
        assert_eq!(stem, &arabic().unwrap().stem("ويكتب").into_owned());
        assert_eq!(occurrences[0].2.as_deref(), Some("ويُكتب"));
    }

    /// Zero-width spaces inside a word are removed, as Pagefind does; other characters
    /// starting with the same UTF-8 byte (0xE2: «…», «—») are not.
    #[test]
    fn zero_width_spaces_leave_the_word() {
        let d = digest("بو\u{200B}تين… — زار", &ar());
        assert_eq!(d.content, "بوتين… — زار");
        let words = resolved(&d.occurrences);
        assert!(
            words.contains_key(&arabic().unwrap().stem("بوتين").into_owned()),
            "{words:?}"
        );
    }

    #[test]
    fn compounds_are_indexed_whole_and_in_parts() {
        let d = digest("Al-Assad", &Language::new("und"));
        let words = resolved(&d.occurrences);
        let mut keys: Vec<&String> = words.keys().collect();
        keys.sort();
        assert_eq!(keys, ["al", "alassad", "assad"]);
        assert_eq!(words["alassad"][0].1, 24);
        assert_eq!(words["assad"][0].1, 12);
    }

    #[test]
    fn title_words_have_positions_but_no_weight() {
        let _ = digest("", &ar());
        let words = resolved(&title_words("بوتين في موسكو", &ar()));
        assert_eq!(
            words[&arabic().unwrap().stem("موسكو").into_owned()],
            [(2, 0, None)]
        );
    }

    /// The same word gets the same number on every page of a thread, and a page's numbers
    /// still stand for its words after the memo was emptied and filled again.
    #[test]
    fn numbers_stand_for_the_same_words_within_a_page() {
        let first = digest("زار بوتين موسكو", &ar());
        let second = digest("موسكو زار", &ar());
        assert_eq!(first.occurrences[0].word, second.occurrences[1].word);
        let other = digest("Moscow visited", &Language::new("en"));
        let words = resolved(&other.occurrences);
        assert!(words.contains_key("moscow"), "{words:?}");
    }
}
