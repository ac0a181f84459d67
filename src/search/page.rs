//! One page's share of the search bundle, made on its own (so pages are made in parallel and
//! an unchanged page's share comes from the cache): its words packed as Pagefind's word index
//! stores them for one page, and its fragment (the JSON a result is shown from), compressed
//! and named by content hash.
//!
//! The packing follows Pagefind 1.6's `build_indexes` per page (MIT, © CloudCannon), so the
//! merged index is the one Pagefind writes for the same records.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::Record;
use super::files::{GZIP_LEVEL, content_hash, gzip};
use super::packed::{Reader, Writer};
use super::tokens::{self, Language, Occurrence, PLAIN, Words};

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

/// A page's fragment as Pagefind's browser code reads it (field order is Pagefind's).
#[derive(Serialize)]
struct Fragment<'a> {
    url: &'a str,
    content: &'a str,
    word_count: usize,
    filters: BTreeMap<String, Vec<String>>,
    meta: BTreeMap<&'a str, String>,
    anchors: Vec<String>,
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
        tokens::with_words(|words| pack_postings(digest.occurrences, title_words, words));
    let json = serde_json::to_string(&Fragment {
        url: &record.url,
        content: &digest.content,
        word_count: digest.word_count,
        filters: BTreeMap::new(),
        meta: BTreeMap::from([("title", title)]),
        anchors: Vec::new(),
    })
    .expect("a fragment serialises");
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
/// Occurrences are grouped by sorting their numbers (no map per page); only the groups are
/// then ordered by text.
fn pack_postings(mut body: Vec<Occurrence>, mut title: Vec<Occurrence>, words: &Words) -> Vec<u8> {
    // By word, form, then Pagefind's order of positions: the common weight first, then by
    // weight, by position (occurrences come in the order of their positions).
    sort_occurrences(&mut body, |o| weight_group(o.weight));
    sort_occurrences(&mut title, |_| 0);
    let mut entries: Vec<(&str, Range<usize>, Range<usize>)> = Vec::new();
    let (body_runs, title_runs) = (runs(&body, |o| o.word), runs(&title, |o| o.word));
    let (mut b, mut t) = (
        body_runs.into_iter().peekable(),
        title_runs.into_iter().peekable(),
    );
    loop {
        let next_body = b.peek().map(|r| body[r.start].word);
        let next_title = t.peek().map(|r| title[r.start].word);
        let (word, in_body, in_title) = match (next_body, next_title) {
            (None, None) => break,
            (Some(x), Some(y)) if x == y => (x, b.next(), t.next()),
            (Some(x), Some(y)) if x < y => (x, b.next(), None),
            (Some(x), None) => (x, b.next(), None),
            (_, Some(y)) => (y, None, t.next()),
        };
        entries.push((
            words.text(word),
            in_body.unwrap_or(0..0),
            in_title.unwrap_or(0..0),
        ));
    }
    entries.sort_unstable_by(|a, b| a.0.cmp(b.0));

    let mut w = Writer {
        bytes: Vec::with_capacity(body.len() * 3 + entries.len() * 12),
    };
    w.varint(entries.len() as u64);
    for (word, in_body, in_title) in entries {
        pack_word(&mut w, word, &body[in_body], &title[in_title], words);
    }
    w.bytes
}

/// One word: its text, the number of written forms, whether it has a plain form, the plain
/// form's lists, then each form's text and lists.
fn pack_word(w: &mut Writer, word: &str, body: &[Occurrence], title: &[Occurrence], words: &Words) {
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

/// Sorts a page's occurrences (made in the order of their positions) by word, form and
/// `group`, keeping the order of positions among equals.
///
/// Why not `sort_by_key` on a tuple: sorting was the largest part of packing a page. Here
/// each occurrence becomes one `u128` (word, form, group, then its index, which makes every
/// key distinct and keeps the order met), sorted unstably, then gathered.
fn sort_occurrences(occurrences: &mut Vec<Occurrence>, group: impl Fn(&Occurrence) -> u8) {
    const INDEX_BITS: u32 = 32;
    if u32::try_from(occurrences.len()).is_err() {
        occurrences.sort_by_key(|o| (o.word, o.form, group(o)));
        return;
    }
    let mut keys: Vec<u128> = occurrences
        .iter()
        .enumerate()
        .map(|(i, o)| {
            (u128::from(o.word) << (64 + INDEX_BITS))
                | (u128::from(o.form) << (32 + INDEX_BITS))
                | (u128::from(group(o)) << INDEX_BITS)
                | i as u128
        })
        .collect();
    keys.sort_unstable();
    let sorted: Vec<Occurrence> = keys
        .iter()
        .map(|k| occurrences[(*k as u32) as usize])
        .collect();
    *occurrences = sorted;
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
