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
//! which Sahifa never used) and sub-result anchors (records have none). What one word is
//! indexed under is [`super::words`]'s; this module walks a page and memoises it per word.

use pagefind_stem::Stemmer;

use super::packed::WordKey;
pub use super::words::{INCLUDE_CHARACTERS, stemmer};
use super::words::{IndexableWord, dotted_tails, indexable_words};

/// A weight of 1 in Pagefind's units: the weight of body text.
const WEIGHT_UNIT: f32 = 24.0;
const WEIGHT_MAX: f32 = 10.0;

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
        for word in Whitespace::split(text) {
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

/// [`str::split_whitespace`] by bytes: the same words (split at every `char::is_whitespace`,
/// none empty), without decoding each character.
///
/// Why: Arabic text is two bytes a letter and has no whitespace outside ASCII but the rare
/// no-break and typographic spaces, whose UTF-8 starts with one of four bytes; splitting by
/// characters was a fifth of the digest.
struct Whitespace<'a> {
    text: &'a str,
    at: usize,
}

/// Per byte: 0 inside a word, 1 an ASCII whitespace, 2 the first byte of a character that
/// may be a whitespace (U+0085, U+00A0, U+1680, U+2000–200A, U+2028–2029, U+202F, U+205F,
/// U+3000 start with 0xC2, 0xE1, 0xE2 or 0xE3).
static BYTE_CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    let mut ascii = [b'\t', b'\n', 0x0B, 0x0C, b'\r', b' '].as_slice();
    while let [b, rest @ ..] = ascii {
        class[*b as usize] = 1;
        ascii = rest;
    }
    class[0xC2] = 2;
    class[0xE1] = 2;
    class[0xE2] = 2;
    class[0xE3] = 2;
    class
};

impl<'a> Whitespace<'a> {
    fn split(text: &'a str) -> Self {
        Whitespace { text, at: 0 }
    }

    /// The length of the whitespace character at byte `i`, or 0.
    #[inline]
    fn space_at(bytes: &[u8], i: usize) -> usize {
        match BYTE_CLASS[bytes[i] as usize] {
            0 => 0,
            1 => 1,
            _ => Self::wide_space_at(bytes, i),
        }
    }

    /// [`Whitespace::space_at`] for a character starting with 0xC2, 0xE1, 0xE2 or 0xE3.
    #[cold]
    fn wide_space_at(bytes: &[u8], i: usize) -> usize {
        let len = if bytes[i] == 0xC2 { 2 } else { 3 };
        let c = bytes
            .get(i..i + len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .and_then(|s| s.chars().next());
        if c.is_some_and(char::is_whitespace) {
            len
        } else {
            0
        }
    }
}

impl<'a> Iterator for Whitespace<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        while i < bytes.len() {
            match Self::space_at(bytes, i) {
                0 => break,
                len => i += len,
            }
        }
        if i >= bytes.len() {
            self.at = i;
            return None;
        }
        let start = i;
        loop {
            while i < bytes.len() && BYTE_CLASS[bytes[i] as usize] == 0 {
                i += 1;
            }
            if i >= bytes.len() {
                self.at = i;
                return self.text.get(start..);
            }
            let len = Self::space_at(bytes, i);
            if len > 0 {
                self.at = i + len;
                // Both ends are at character boundaries: a whitespace character's start.
                return self.text.get(start..i);
            }
            i += 1;
        }
    }
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
    raw: rustc_hash::FxHashMap<WordKey, (u32, u32)>,
    ids: Vec<IndexableId>,
    words: Words,
}

/// Every stem and written form this thread has met since its memo was last emptied, each
/// once, numbered in the order met.
#[derive(Default)]
pub struct Words {
    texts: Vec<Box<str>>,
    /// Per word, its first eight bytes as a big-endian number: comparing these orders
    /// words as their texts do, up to a tie (then the texts are compared).
    prefixes: Vec<u64>,
    ids: rustc_hash::FxHashMap<Box<str>, WordId>,
}

impl Words {
    /// The word numbered `id`.
    pub fn text(&self, id: WordId) -> &str {
        &self.texts[id as usize]
    }

    /// The first eight bytes of word `id` (zeros after a shorter word) as a number, to
    /// order words by text with one comparison mostly.
    pub fn prefix(&self, id: WordId) -> u64 {
        self.prefixes[id as usize]
    }

    /// How many words are numbered: every number is below it.
    pub fn len(&self) -> usize {
        self.texts.len()
    }

    fn id(&mut self, word: &str) -> WordId {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = WordId::try_from(self.texts.len()).unwrap_or(PLAIN - 1);
        self.texts.push(word.into());
        let mut prefix = [0; 8];
        let head = &word.as_bytes()[..word.len().min(8)];
        prefix[..head.len()].copy_from_slice(head);
        self.prefixes.push(u64::from_be_bytes(prefix));
        self.ids.insert(word.into(), id);
        id
    }

    fn clear(&mut self) {
        self.texts.clear();
        self.prefixes.clear();
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
        let key = WordKey::of(raw.as_bytes());
        let found = self.raw.get(&key).copied();
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
                self.raw.insert(key, at);
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

    /// The byte splitter gives `split_whitespace`'s words, on every kind of whitespace and
    /// on characters sharing a whitespace's first byte.
    #[test]
    fn words_are_split_as_split_whitespace_splits_them() {
        let text = " زار\u{00A0}بوتين\u{2003}موسكو\u{3000}\u{202F}x\u{205F}y\u{1680}z\u{0085}é \
                    ¢£ — … ‐ \u{200B}ي\u{2028}\u{2029}\t\n\r\x0B\x0Cend\u{3001}。ἀ \u{200A}";
        assert_eq!(
            Whitespace::split(text).collect::<Vec<_>>(),
            text.split_whitespace().collect::<Vec<_>>()
        );
        for text in ["", " ", "كلمة", "\u{00A0}", "a\u{00A0}"] {
            assert_eq!(
                Whitespace::split(text).collect::<Vec<_>>(),
                text.split_whitespace().collect::<Vec<_>>(),
                "{text:?}"
            );
        }
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
