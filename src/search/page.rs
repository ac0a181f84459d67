//! One page's share of the search bundle, made on its own (so pages are made in parallel and
//! an unchanged page's share comes from the cache): its words packed as Pagefind's word index
//! stores them for one page, and its fragment (the JSON a result is shown from), compressed
//! and named by content hash.
//!
//! The packing follows Pagefind 1.6's `build_indexes` per page (MIT, © CloudCannon), so the
//! merged index is the one Pagefind writes for the same records.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::Record;
use super::files::{GZIP_LEVEL, content_hash, gzip};
use super::json::fragment_json;
use super::packed::{Reader, Writer};
use super::tokens::{self, Language, Occurrence, PLAIN, WordId, Words};

/// Pagefind's weight of body text, written first in a page's positions (most words have
/// it, so the list needs no weight marker for them). Its 25 is one more than the body
/// weight of 24: the first body word gets a marker too; kept so the files are Pagefind's.
const COMMON_WEIGHT: u8 = 25;

/// Field number of the title among the result's metadata fields (the only one).
const TITLE_FIELD: i32 = 0;

static PRIVATE_MARKER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("___PAGEFIND_[\\S]+\\s?").expect("a valid pattern"));

/// A page ready to be merged into the index: made in this build (owned) or read in place
/// from the cache's pack (borrowed: a rebuild copies neither postings nor fragment of an
/// unchanged page).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexedPage<'a> {
    /// Its words and their positions, packed ([`Postings`] reads them): sorted by word, per
    /// word the positions without diacritics, then each written form with them.
    pub postings: Cow<'a, [u8]>,
    pub word_count: u32,
    /// `<language>_<content hash>` of the fragment; its file name is a prefix of it.
    pub fragment_hash: Cow<'a, str>,
    /// The fragment, gzipped with Pagefind's signature.
    pub fragment: Cow<'a, [u8]>,
}

impl<'a> IndexedPage<'a> {
    /// The page in the layout the cache keeps it in.
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer {
            bytes: Vec::with_capacity(self.postings.len() + self.fragment.len() + 64),
        };
        w.varint(u64::from(self.word_count));
        w.bytes(self.fragment_hash.as_bytes());
        w.bytes(&self.fragment);
        w.bytes(&self.postings);
        w.bytes
    }

    /// A page [`IndexedPage::encode`] wrote, borrowed from `bytes`; `None` if the bytes are
    /// not one.
    ///
    /// The postings are not read through here: the pack they come from is checked whole
    /// (CRC-32), and [`crate::search::index::Index::add`] leaves out what it cannot read
    /// without panicking. Reading every page's postings twice was a tenth of a rebuild.
    pub fn decode(bytes: &'a [u8]) -> Option<IndexedPage<'a>> {
        let mut r = Reader::new(bytes);
        let word_count = u32::try_from(r.varint()?).ok()?;
        let fragment_hash = std::str::from_utf8(r.bytes()?).ok()?;
        let fragment = r.bytes()?;
        let postings = r.bytes()?;
        if !r.is_at_end() {
            return None;
        }
        Some(IndexedPage {
            postings: Cow::Borrowed(postings),
            word_count,
            fragment_hash: Cow::Borrowed(fragment_hash),
            fragment: Cow::Borrowed(fragment),
        })
    }
}

/// Reads a page's packed postings word by word: `visit(word, form, body, title)` for the
/// positions without diacritics (`form` `None`) and for each written form, in order.
pub struct Postings;

impl Postings {
    /// Calls `visit` for each word and form; `None` (after some calls, perhaps) if the bytes
    /// are damaged. `body` and `title` are packed lists ([`read_list`]).
    pub fn read<'a>(
        postings: &'a [u8],
        mut visit: impl FnMut(&'a [u8], Option<&'a [u8]>, &mut Reader<'a>),
    ) -> Option<()> {
        let mut r = Reader::new(postings);
        let words = r.len()?;
        for _ in 0..words {
            let word = r.bytes()?;
            let forms = r.len()?;
            let has_plain = r.varint()? == 1;
            if has_plain {
                visit(word, None, &mut r);
            }
            for _ in 0..forms {
                let form = r.bytes()?;
                visit(word, Some(form), &mut r);
            }
        }
        r.is_at_end().then_some(())
    }
}

/// Digests, packs and compresses one record; `None` for a page without a word (Pagefind
/// leaves those out of the index).
pub fn index_page(record: &Record, language: &Language) -> Option<IndexedPage<'static>> {
    let digest = tokens::digest(&record.content, language);
    if digest.occurrences.is_empty() {
        return None;
    }
    let title = PRIVATE_MARKER.replace_all(&record.title, "").into_owned();
    let title_words = tokens::title_words(&title, language);
    let postings =
        tokens::with_words(|words| pack_postings(&digest.occurrences, &title_words, words));
    let json = fragment_json(&record.url, &digest.content, digest.word_count, &title);
    Some(IndexedPage {
        postings: Cow::Owned(postings),
        word_count: u32::try_from(digest.word_count).unwrap_or(u32::MAX),
        fragment_hash: Cow::Owned(format!(
            "{}_{}",
            language.code,
            content_hash(json.as_bytes())
        )),
        fragment: Cow::Owned(gzip(json.as_bytes(), GZIP_LEVEL)),
    })
}

/// The page's words, body and title merged per word, packed in Pagefind's order: words by
/// their text; per word the plain form, then the body's diacritic forms by form, then forms
/// only the title has.
///
/// Occurrences are grouped by word with a counting sort over the page's own numbering of
/// its words ([`Grouping`]: no map, no comparison sort of the occurrences), keeping the order
/// of positions; only the page's distinct words are then ordered by text.
fn pack_postings(body: &[Occurrence], title: &[Occurrence], words: &Words) -> Vec<u8> {
    GROUPING.with_borrow_mut(|g| {
        g.group(body, title, words.len());
        // Words by text: the first eight bytes as a number first (most words differ there).
        let mut order: Vec<u32> = (0..g.words.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| {
            let (a, b) = (g.words[a as usize], g.words[b as usize]);
            words
                .prefix(a)
                .cmp(&words.prefix(b))
                .then_with(|| words.text(a).cmp(words.text(b)))
        });
        let mut w = Writer {
            bytes: Vec::with_capacity(body.len() * 3 + order.len() * 12),
        };
        w.varint(order.len() as u64);
        for local in order {
            let local = local as usize;
            let (in_body, in_title) = g.slices(local);
            pack_word(&mut w, words.text(g.words[local]), in_body, in_title, words);
        }
        w.bytes
    })
}

/// A page's occurrences grouped by word, in buffers kept by the thread between pages.
#[derive(Default)]
struct Grouping {
    /// Per word number: the page's own number for it, valid when `seen` holds this page's
    /// generation.
    local: Vec<u32>,
    seen: Vec<u32>,
    generation: u32,
    /// The page's words in the order met (page number → word number).
    words: Vec<WordId>,
    /// Per page number, where its occurrences start in `body` and `title` (one more entry
    /// than words: the ends).
    body_start: Vec<u32>,
    title_start: Vec<u32>,
    body: Vec<Occurrence>,
    title: Vec<Occurrence>,
}

thread_local! {
    static GROUPING: std::cell::RefCell<Grouping> = std::cell::RefCell::new(Grouping::default());
}

impl Grouping {
    /// Groups `body` and `title` (each in the order of positions) by word; within a word,
    /// by written form and weight group, positions still in order (Pagefind's order).
    fn group(&mut self, body: &[Occurrence], title: &[Occurrence], word_numbers: usize) {
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            self.seen.iter_mut().for_each(|s| *s = 0);
            self.generation = 1;
        }
        if self.local.len() < word_numbers {
            self.local.resize(word_numbers, 0);
            self.seen.resize(word_numbers, 0);
        }
        self.words.clear();
        for o in body.iter().chain(title) {
            self.number(o.word);
        }
        let n = self.words.len();
        Self::place(body, &mut self.body, &mut self.body_start, n, &self.local);
        Self::place(
            title,
            &mut self.title,
            &mut self.title_start,
            n,
            &self.local,
        );
        for local in 0..n {
            let (b, t) = self.ranges(local);
            order_within_word(&mut self.body[b], |o| weight_group(o.weight));
            order_within_word(&mut self.title[t], |_| 0);
        }
    }

    /// The page's number for word `word`, given on first sight.
    fn number(&mut self, word: WordId) {
        let at = word as usize;
        if at >= self.local.len() {
            // Not from the table the caller sized for; kept correct all the same.
            self.local.resize(at + 1, 0);
            self.seen.resize(at + 1, 0);
        }
        if self.seen[at] != self.generation {
            self.seen[at] = self.generation;
            self.local[at] = self.words.len() as u32;
            self.words.push(word);
        }
    }

    /// Counting sort of `items` by their word's page number into `out`, `start` the bounds.
    fn place(
        items: &[Occurrence],
        out: &mut Vec<Occurrence>,
        start: &mut Vec<u32>,
        words: usize,
        local: &[u32],
    ) {
        start.clear();
        start.resize(words + 1, 0);
        for o in items {
            start[local[o.word as usize] as usize + 1] += 1;
        }
        for i in 1..=words {
            start[i] += start[i - 1];
        }
        out.clear();
        out.resize(
            items.len(),
            Occurrence {
                word: 0,
                form: PLAIN,
                position: 0,
                weight: 0,
            },
        );
        // `start[w]` walks through word w's places; shifted back below.
        for o in items {
            let slot = &mut start[local[o.word as usize] as usize];
            out[*slot as usize] = *o;
            *slot += 1;
        }
        for i in (1..=words).rev() {
            start[i] = start[i - 1];
        }
        start[0] = 0;
    }

    fn ranges(&self, local: usize) -> (Range<usize>, Range<usize>) {
        let b = self.body_start[local] as usize..self.body_start[local + 1] as usize;
        let t = self.title_start[local] as usize..self.title_start[local + 1] as usize;
        (b, t)
    }

    fn slices(&self, local: usize) -> (&[Occurrence], &[Occurrence]) {
        let (b, t) = self.ranges(local);
        (&self.body[b], &self.title[t])
    }
}

/// Sorts one word's occurrences (in the order of positions) by written form and `group`,
/// keeping the order of positions among equals; most words have one form and one weight,
/// and are left as they are.
fn order_within_word(items: &mut [Occurrence], group: impl Fn(&Occurrence) -> u8) {
    let key = |o: &Occurrence| (o.form, group(o));
    if items.windows(2).any(|w| key(&w[0]) > key(&w[1])) {
        items.sort_by_key(key);
    }
}

/// One word: its text, the number of written forms, whether it has a plain form, the plain
/// form's lists, then each form's text and lists.
fn pack_word(w: &mut Writer, word: &str, body: &[Occurrence], title: &[Occurrence], words: &Words) {
    if body.iter().chain(title).all(|o| o.form == PLAIN) {
        // Most words: no written form with diacritics, so no forms to order.
        w.bytes(word.as_bytes());
        w.varint(0);
        w.varint(1);
        body_list(w, body);
        title_list(w, title);
        return;
    }
    let body_forms = runs(body, |o| o.form);
    let title_forms = runs(title, |o| o.form);
    let plain_body = body_forms.iter().find(|r| body[r.start].form == PLAIN);
    let plain_title = title_forms.iter().find(|r| title[r.start].form == PLAIN);
    let form_of = |o: &Occurrence| words.text(o.form);
    // Body forms by their text, then the title's forms the body does not have, by text.
    let mut forms: Vec<(&str, &[Occurrence], &[Occurrence])> = Vec::new();
    let mut body_only: Vec<&Range<usize>> = body_forms
        .iter()
        .filter(|r| body[r.start].form != PLAIN)
        .collect();
    body_only.sort_unstable_by(|a, b| form_of(&body[a.start]).cmp(form_of(&body[b.start])));
    for r in body_only {
        let form = body[r.start].form;
        let in_title = title_forms
            .iter()
            .find(|t| title[t.start].form == form)
            .map_or(&[][..], |t| &title[t.clone()]);
        forms.push((words.text(form), &body[r.clone()], in_title));
    }
    let mut title_only: Vec<&Range<usize>> = title_forms
        .iter()
        .filter(|t| {
            let form = title[t.start].form;
            form != PLAIN && !body.iter().any(|o| o.form == form)
        })
        .collect();
    title_only.sort_unstable_by(|a, b| form_of(&title[a.start]).cmp(form_of(&title[b.start])));
    for t in title_only {
        forms.push((form_of(&title[t.start]), &[], &title[t.clone()]));
    }

    w.bytes(word.as_bytes());
    w.varint(forms.len() as u64);
    let has_plain = plain_body.is_some() || plain_title.is_some();
    w.varint(u64::from(has_plain));
    if has_plain {
        body_list(w, plain_body.map_or(&[][..], |r| &body[r.clone()]));
        title_list(w, plain_title.map_or(&[][..], |r| &title[r.clone()]));
    }
    for (form, in_body, in_title) in forms {
        w.bytes(form.as_bytes());
        body_list(w, in_body);
        title_list(w, in_title);
    }
}

/// The ranges of `items` (sorted) over which `key` stays the same.
fn runs<K: PartialEq>(items: &[Occurrence], key: impl Fn(&Occurrence) -> K) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=items.len() {
        if i == items.len() || key(&items[i]) != key(&items[start]) {
            if i > start {
                out.push(start..i);
            }
            start = i;
        }
    }
    out
}

/// Where Pagefind puts a weight among a word's positions: the common weight first.
fn weight_group(weight: u8) -> u8 {
    if weight == COMMON_WEIGHT { 0 } else { weight }
}

/// Pagefind's packing of a word's positions on a page (`occurrences` in its order: by
/// weight group, then position): positions delta-encoded within a group, `-(weight + 1)`
/// and an absolute position where the weight changes.
fn body_list(w: &mut Writer, occurrences: &[Occurrence]) {
    let mut weight = COMMON_WEIGHT;
    let mut last = 0;
    let markers = occurrences
        .iter()
        .scan(COMMON_WEIGHT, |weight, o| {
            let changed = o.weight != *weight;
            *weight = o.weight;
            Some(changed)
        })
        .filter(|&changed| changed)
        .count();
    w.varint((occurrences.len() + markers) as u64);
    for o in occurrences {
        if o.weight != weight {
            w.signed(-i32::from(o.weight) - 1);
            w.signed(o.position as i32);
            weight = o.weight;
        } else {
            w.signed((o.position - last) as i32);
        }
        last = o.position;
    }
}

/// The title positions of a word (sorted): the field marker, then delta-encoded positions;
/// an empty list if the title does not have the word.
fn title_list(w: &mut Writer, positions: &[Occurrence]) {
    if positions.is_empty() {
        w.varint(0);
        return;
    }
    w.varint(positions.len() as u64 + 1);
    w.signed(-(TITLE_FIELD + 1));
    let mut last = 0;
    for o in positions {
        w.signed((o.position - last) as i32);
        last = o.position;
    }
}

/// A packed list of positions, read back (tests and the cache's checks).
#[cfg(test)]
pub fn read_list(r: &mut Reader<'_>) -> Option<Vec<i32>> {
    (0..r.len()?).map(|_| r.signed()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(title: &str, content: &str) -> Record {
        Record {
            url: "/articles/a/".into(),
            title: title.into(),
            content: content.into(),
        }
    }

    /// Every (word, form, body list, title list) of a page's postings, in order.
    type Unpacked = Vec<(String, Option<String>, Vec<i32>, Vec<i32>)>;

    fn unpack(postings: &[u8]) -> Unpacked {
        let mut out = Vec::new();
        let text = |b: &[u8]| String::from_utf8(b.to_vec()).unwrap();
        Postings::read(postings, |word, form, r| {
            let body = read_list(r).unwrap();
            let title = read_list(r).unwrap();
            out.push((text(word), form.map(text), body, title));
        })
        .unwrap();
        out
    }

    #[test]
    fn positions_are_grouped_by_weight_and_delta_encoded() {
        let page = index_page(
            &record(
                "",
                "موسكو ___PAGEFIND_WEIGHT___7 موسكو ___END_PAGEFIND_WEIGHT___ زار موسكو",
            ),
            &Language::new("ar"),
        )
        .unwrap();
        let moscow = tokens::stemmer("ar").unwrap().stem("موسكو").into_owned();
        let (_, _, body, _) = unpack(&page.postings)
            .into_iter()
            .find(|p| p.0 == moscow)
            .unwrap();
        // Body weight (24) at 0 and 3, then 7 × 24 at 1.
        assert_eq!(body, vec![-25, 0, 3, -169, 1]);
    }

    #[test]
    fn a_page_without_words_is_left_out() {
        assert!(index_page(&record("", " ... "), &Language::new("ar")).is_none());
    }

    #[test]
    fn the_title_is_a_field_and_private_markers_leave_it() {
        let stemmer = tokens::stemmer("ar");
        let page = index_page(
            &record("موسكو ___PAGEFIND_X تستقبل", "موسكو تستقبل الضيوف."),
            &Language::new("ar"),
        )
        .unwrap();
        let moscow = stemmer.as_ref().unwrap().stem("موسكو").into_owned();
        let unpacked = unpack(&page.postings);
        let posting = unpacked.iter().find(|p| p.0 == moscow).unwrap();
        assert_eq!(posting, &(moscow, None, vec![-25, 0], vec![-1, 0]));
        assert!(page.fragment_hash.starts_with("ar_"));
    }

    /// Words come sorted by text; a word's plain form first, then its written forms with
    /// harakat by text, then forms only the title has.
    #[test]
    fn words_and_forms_are_in_pagefinds_order() {
        let page = index_page(
            &record("يَكتب", "كتبَ يكتب يُكتب الكتاب"),
            &Language::new("und"),
        )
        .unwrap();
        let unpacked = unpack(&page.postings);
        let mut words: Vec<&str> = unpacked.iter().map(|p| p.0.as_str()).collect();
        words.dedup();
        let mut sorted = words.clone();
        sorted.sort();
        assert_eq!(words, sorted);
        let yktb: Vec<_> = unpacked.iter().filter(|p| p.0 == "يكتب").collect();
        assert_eq!(
            yktb.iter().map(|p| p.1.as_deref()).collect::<Vec<_>>(),
            [None, Some("يُكتب"), Some("يَكتب")]
        );
        assert_eq!(yktb[0].2, vec![-25, 1]);
        assert_eq!(yktb[1].3, Vec::<i32>::new());
        assert_eq!(
            yktb[2],
            &("يكتب".into(), Some("يَكتب".into()), vec![], vec![-1, 0])
        );
    }

    #[test]
    fn a_page_reads_back_as_encoded_and_damage_is_refused() {
        let page = index_page(&record("بوتين", "زار بوتين موسكو."), &Language::new("ar")).unwrap();
        let bytes = page.encode();
        assert_eq!(IndexedPage::decode(&bytes), Some(page));
        for cut in [1, bytes.len() / 2, bytes.len() - 1] {
            assert_eq!(IndexedPage::decode(&bytes[..cut]), None, "cut at {cut}");
        }
    }
}
