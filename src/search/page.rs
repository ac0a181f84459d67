//! One page's share of the search bundle, made on its own (so pages are made in parallel and
//! an unchanged page's share comes from the cache): its words packed as Pagefind's word index
//! stores them for one page, and its fragment (the JSON a result is shown from), compressed
//! and named by content hash.
//!
//! The packing follows Pagefind 1.6's `build_indexes` per page (MIT, © CloudCannon), so the
//! merged index is the one Pagefind writes for the same records.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use minicbor::{Decode, Encode};
use regex::Regex;
use serde::Serialize;

use super::Record;
use super::files::{GZIP_LEVEL, content_hash, gzip};
use super::tokens::{self, Language, Occurrence};

/// Pagefind's weight of body text, written first in a page's positions (most words have
/// it, so the list needs no weight marker for them). Its 25 is one more than the body
/// weight of 24: the first body word gets a marker too; kept so the files are Pagefind's.
const COMMON_WEIGHT: u8 = 25;

/// Field number of the title among the result's metadata fields (the only one).
const TITLE_FIELD: i32 = 0;

static PRIVATE_MARKER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("___PAGEFIND_[\\S]+\\s?").expect("a valid pattern"));

/// Positions of one word on one page: body positions with weight markers (negative numbers
/// switch the weight), title positions (negative numbers switch the field).
#[derive(Debug, Clone, Default, PartialEq, Eq, Encode, Decode)]
pub struct Locations {
    #[n(0)]
    pub body: Vec<i32>,
    #[n(1)]
    pub title: Vec<i32>,
}

/// A word of the page and where it is: as written without diacritics (`plain`) and in each
/// written form that had them (`variants`, in Pagefind's order).
#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
pub struct Posting {
    #[n(0)]
    pub word: String,
    #[n(1)]
    pub plain: Option<Locations>,
    #[n(2)]
    pub variants: Vec<(String, Locations)>,
}

/// A page ready to be merged into the index.
#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
pub struct IndexedPage {
    /// Sorted by word.
    #[n(0)]
    pub postings: Vec<Posting>,
    #[n(1)]
    pub word_count: u32,
    /// `<language>_<content hash>` of the fragment; its file name is a prefix of it.
    #[n(2)]
    pub fragment_hash: String,
    /// The fragment, gzipped with Pagefind's signature.
    #[n(3)]
    pub fragment: Vec<u8>,
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
pub fn index_page(record: &Record, language: &Language) -> Option<IndexedPage> {
    let digest = tokens::digest(&record.content, language);
    if digest.words.is_empty() {
        return None;
    }
    let title = PRIVATE_MARKER.replace_all(&record.title, "").into_owned();
    let title_words = tokens::title_words(&title, language);
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
        postings: postings(digest.words, title_words),
        word_count: u32::try_from(digest.word_count).unwrap_or(u32::MAX),
        fragment_hash: format!("{}_{}", language.code, content_hash(json.as_bytes())),
        fragment: gzip(json.as_bytes(), GZIP_LEVEL),
    })
}

/// The page's words, body and title merged per word, in Pagefind's order: the plain form,
/// then the body's diacritic forms by form, then forms only the title has.
fn postings(
    body: rustc_hash::FxHashMap<String, Vec<Occurrence>>,
    title: rustc_hash::FxHashMap<String, Vec<(u32, Option<String>)>>,
) -> Vec<Posting> {
    let mut merged: BTreeMap<String, Posting> = BTreeMap::new();
    for (word, occurrences) in body {
        let mut plain = Vec::new();
        let mut forms: BTreeMap<String, Vec<Occurrence>> = BTreeMap::new();
        for o in occurrences {
            match o.original.clone() {
                None => plain.push(o),
                Some(form) => forms.entry(form).or_default().push(o),
            }
        }
        let posting = Posting {
            word: word.clone(),
            plain: (!plain.is_empty()).then(|| Locations {
                body: body_locations(plain),
                title: Vec::new(),
            }),
            variants: forms
                .into_iter()
                .map(|(form, o)| {
                    let body = body_locations(o);
                    (
                        form,
                        Locations {
                            body,
                            title: Vec::new(),
                        },
                    )
                })
                .collect(),
        };
        merged.insert(word, posting);
    }
    for (word, positions) in title {
        let posting = merged.entry(word.clone()).or_insert_with(|| Posting {
            word,
            plain: None,
            variants: Vec::new(),
        });
        let mut plain = Vec::new();
        let mut forms: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        for (position, original) in positions {
            match original {
                None => plain.push(position),
                Some(form) => forms.entry(form).or_default().push(position),
            }
        }
        if !plain.is_empty() {
            posting.plain.get_or_insert_with(Locations::default).title = title_locations(plain);
        }
        for (form, positions) in forms {
            let locations = title_locations(positions);
            match posting.variants.iter_mut().find(|(f, _)| *f == form) {
                Some((_, existing)) => existing.title = locations,
                None => posting.variants.push((
                    form,
                    Locations {
                        body: Vec::new(),
                        title: locations,
                    },
                )),
            }
        }
    }
    merged.into_values().collect()
}

/// Pagefind's packing of a word's positions on a page: grouped by weight (the common
/// weight first), positions delta-encoded within a group, `-(weight + 1)` and an absolute
/// position where the weight changes.
fn body_locations(mut occurrences: Vec<Occurrence>) -> Vec<i32> {
    occurrences.sort_by_key(|o| {
        let group = if o.weight == COMMON_WEIGHT {
            0
        } else {
            o.weight
        };
        (group, o.position)
    });
    let mut weight = COMMON_WEIGHT;
    let mut last = 0;
    let mut out = Vec::with_capacity(occurrences.len());
    for o in occurrences {
        if o.weight != weight {
            out.push(-i32::from(o.weight) - 1);
            out.push(o.position as i32);
            weight = o.weight;
        } else {
            out.push((o.position - last) as i32);
        }
        last = o.position;
    }
    out
}

/// The title positions of a word: the field marker, then delta-encoded positions.
fn title_locations(mut positions: Vec<u32>) -> Vec<i32> {
    positions.sort_unstable();
    let mut out = vec![-(TITLE_FIELD + 1)];
    let mut last = 0;
    for p in positions {
        out.push((p - last) as i32);
        last = p;
    }
    out
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

    #[test]
    fn positions_are_grouped_by_weight_and_delta_encoded() {
        let o = |position, weight| Occurrence {
            position,
            weight,
            original: None,
        };
        assert_eq!(
            body_locations(vec![o(9, 24), o(1, 168), o(4, 24)]),
            vec![-25, 4, 5, -169, 1]
        );
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
        let posting = page.postings.iter().find(|p| p.word == moscow).unwrap();
        assert_eq!(
            posting.plain,
            Some(Locations {
                body: vec![-25, 0],
                title: vec![-1, 0]
            })
        );
        assert!(page.fragment_hash.starts_with("ar_"));
    }
}
