//! The inverted index: pages merged in order into word → pages → positions, then cut into
//! chunks by word and written as Pagefind 1.6's `index/*.pf_index` and `pf_meta` files
//! (port of its `build_indexes`, `chunk_index` and `chunk_meta`; MIT, © CloudCannon).
//!
//! Only the index is held until the end, packed (one byte buffer of varints per word and
//! form, see [`PageList`]); each page's fragment is named here as it is merged and written by
//! the caller straight away.

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::cbor::Cbor;
use super::files::{INDEX_GZIP_LEVEL, PAGEFIND_VERSION, content_hash, gzip};
use super::packed::{Reader, WordKey, Writer};
use super::page::{IndexedPage, Postings};

/// Words per chunk file, measured as Pagefind does (positions + pages + variants): half its
/// default of 20,000. Its browser code fetches whatever chunk its metadata names, and a query
/// fetches one chunk per word, so halving them makes a typical query 21 % (1,000 articles) and
/// 6 % (10,000) lighter for ~5 % more metadata (docs/benchmarks.md, fifty-fifth session).
const CHUNK_SIZE: usize = 10_000;

/// The pages of one word (or of one written form of it), packed as the pages' postings
/// carry them: per page the difference from the previous page's number, then the body and
/// title lists (a count, then zigzag varints — Pagefind's position deltas and weight
/// markers, mostly one byte each).
///
/// Why packed: held as `i32`s (4 bytes a number), the postings were ~8 KB a page, ~0.8 GB
/// of a 100,000-article build's peak memory; packed they take about a third of that, and
/// [`PageList::encode`] unpacks them one chunk at a time when the index is written.
#[derive(Default)]
struct PageList {
    pages: u32,
    /// Positions and markers in all the lists (for [`PageList::size`]).
    numbers: usize,
    last_page: u32,
    packed: Writer,
}

impl PageList {
    /// Adds a page's body and title lists, read from its packed postings; on damaged
    /// bytes the page's entry is left out whole.
    ///
    /// The lists are copied as they are packed (the same zigzag varints), after checking
    /// where each number ends: decoding and encoding every number again was most of merging.
    fn push(&mut self, page: u32, lists: &mut Reader<'_>) -> Option<()> {
        let start = self.packed.bytes.len();
        self.packed.varint(u64::from(page - self.last_page));
        let mut numbers = 0;
        for _ in 0..2 {
            let read = lists
                .len()
                .and_then(|len| Some((len, lists.signed_run(len)?)));
            let Some((len, bytes)) = read else {
                self.packed.bytes.truncate(start);
                return None;
            };
            self.packed.varint(len as u64);
            self.packed.bytes.extend_from_slice(bytes);
            numbers += len;
        }
        self.pages += 1;
        self.numbers += numbers;
        self.last_page = page;
        Some(())
    }

    /// Pagefind's chunk-size measure: every position, plus one per page.
    fn size(&self) -> usize {
        self.numbers + self.pages as usize
    }

    /// The bytes the list holds (what the index's memory grows by).
    #[cfg(test)]
    fn bytes_held(&self) -> usize {
        self.packed.bytes.len()
    }

    /// `[[page delta, [body…], [title…]], …]`, page numbers delta-encoded.
    fn encode(&self, c: &mut Cbor<'_>) {
        c.array(u64::from(self.pages));
        let mut r = Reader::new(&self.packed.bytes);
        for _ in 0..self.pages {
            // Written by `push` from lists it had checked: the reads cannot fail.
            let delta = r.varint().unwrap_or_default();
            c.array(3).u64(delta);
            for _ in 0..2 {
                let len = r.varint().unwrap_or_default();
                c.array(len);
                c.out.reserve(len as usize * 2);
                for _ in 0..len {
                    // Most numbers are one byte packed and one or two in CBOR.
                    match r.small_signed() {
                        Some(n) => c.small_int(n),
                        None => {
                            c.i64(i64::from(r.signed().unwrap_or_default()));
                        }
                    }
                }
            }
        }
    }
}

#[derive(Default)]
struct Word {
    plain: PageList,
    variants: Vec<(Box<[u8]>, PageList)>,
}

/// The index of one language, filled page by page in page order.
pub struct Index {
    language: String,
    /// By the word's UTF-8 bytes, as the pages' postings carry it.
    words: FxHashMap<WordKey, Word>,
    /// Per page number: its fragment's file name (without `.pf_fragment`) and word count.
    pages: Vec<(String, u32)>,
    /// Fragment file names given so far, with the full hash each stands for.
    names: FxHashMap<String, String>,
}

/// The finished index files and what the entry needs.
pub struct Finished {
    pub files: Vec<IndexFile>,
    pub meta_hash: String,
    pub page_count: usize,
}

/// One file of the index: its path inside the bundle, the hash of its uncompressed content
/// (what the cache knows it by) and its bytes, gzipped.
pub struct IndexFile {
    pub path: String,
    pub hash: String,
    pub bytes: Vec<u8>,
}

impl Index {
    pub fn new(language: &str) -> Self {
        Index {
            language: language.to_string(),
            words: FxHashMap::default(),
            pages: Vec::new(),
            names: FxHashMap::default(),
        }
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Merges the next page and returns the name of its fragment file, or `None` when a
    /// page with the same fragment is in already (the file is written once).
    ///
    /// The postings are read in place ([`Postings`]): one hash lookup per word, no copy of
    /// the page. Pages come from a checked pack or were made in this build; should
    /// the bytes be damaged after all, what could not be read is left out, never a panic.
    pub fn add(&mut self, page: &IndexedPage<'_>) -> Option<String> {
        let number = self.pages.len() as u32;
        let words = &mut self.words;
        let _ = Postings::read(&page.postings[..], |text, form, lists| {
            let word = words.entry(WordKey::of(text)).or_default();
            let list = match form {
                None => &mut word.plain,
                Some(form) => match word.variants.iter().position(|(f, _)| &f[..] == form) {
                    Some(at) => &mut word.variants[at].1,
                    None => {
                        word.variants.push((form.into(), PageList::default()));
                        &mut word.variants.last_mut().expect("just pushed").1
                    }
                },
            };
            let _ = list.push(number, lists);
        });
        let (name, new) = self.fragment_name(&page.fragment_hash);
        self.pages.push((name.clone(), page.word_count));
        new.then_some(name)
    }

    /// The shortest prefix of the hash (language, `_`, 7 hex digits or more) not yet
    /// taken by another fragment; `false` if this very fragment has it already.
    fn fragment_name(&mut self, full: &str) -> (String, bool) {
        let mut len = (self.language.len() + 8).min(full.len());
        loop {
            let short = &full[..len];
            match self.names.get(short) {
                Some(existing) if existing == full => return (short.to_string(), false),
                Some(_) if len < full.len() => len += 1,
                Some(_) => return (short.to_string(), false),
                None => {
                    self.names.insert(short.to_string(), full.to_string());
                    return (short.to_string(), true);
                }
            }
        }
    }

    /// Cuts the index into chunks, encodes them in parallel and writes the metadata file.
    /// `compressed` gives the gzipped bytes of content already compressed in an earlier
    /// build (by the hash of the content), so an unchanged chunk is not compressed again.
    pub fn finish(self, compressed: &(dyn Fn(&str) -> Option<Vec<u8>> + Sync)) -> Finished {
        let Index {
            language,
            words,
            pages,
            ..
        } = self;
        let chunks = chunk(words);
        let ranges = chunk_ranges(&chunks);
        let encoded: Vec<(Vec<u8>, String)> = chunks
            .into_par_iter()
            .map(|chunk| {
                let content = encode_chunk(&chunk);
                let hash = format!("{language}_{}", content_hash(&content));
                let bytes = compressed(&hash).unwrap_or_else(|| gzip(&content, INDEX_GZIP_LEVEL));
                (bytes, hash)
            })
            .collect();
        let mut files = Vec::with_capacity(encoded.len() + 1);
        let mut taken = rustc_hash::FxHashSet::default();
        let mut chunk_meta = Vec::with_capacity(encoded.len());
        for ((bytes, hash), (from, to)) in encoded.into_iter().zip(ranges) {
            let name = chunk_name(&hash, language.len(), &taken);
            taken.insert(name.clone());
            files.push(IndexFile {
                path: format!("index/{name}.pf_index"),
                hash,
                bytes,
            });
            chunk_meta.push((from, to, name));
        }
        let meta = encode_meta(&pages, &chunk_meta);
        let hash = content_hash(&meta);
        let meta_hash = format!(
            "{language}_{}",
            &hash[..(language.len() + 8).min(hash.len())]
        );
        let full_hash = format!("{language}_{hash}");
        files.push(IndexFile {
            path: format!("pagefind.{meta_hash}.pf_meta"),
            bytes: compressed(&full_hash).unwrap_or_else(|| gzip(&meta, INDEX_GZIP_LEVEL)),
            hash: full_hash,
        });
        Finished {
            files,
            meta_hash,
            page_count: pages.len(),
        }
    }
}

/// Pagefind's name for a chunk: its hash cut after 7 hex digits, lengthened two at a time
/// (its loop's step) while another chunk has the name.
fn chunk_name(hash: &str, language_len: usize, taken: &rustc_hash::FxHashSet<String>) -> String {
    let mut len = (language_len + 8).min(hash.len());
    while taken.contains(&hash[..len]) && len < hash.len() {
        len = (len + 2).min(hash.len());
    }
    hash[..len].to_string()
}

/// Words sorted, cut into chunks of about [`CHUNK_SIZE`].
fn chunk(words: FxHashMap<WordKey, Word>) -> Vec<Vec<(String, Word)>> {
    let mut words: Vec<(String, Word)> = words
        .into_iter()
        .map(|(key, word)| (String::from_utf8_lossy(&key.bytes()).into_owned(), word))
        .collect();
    words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut chunks = Vec::new();
    let mut current = Vec::new();
    let mut size = 0;
    for (text, word) in words {
        size += word.plain.size()
            + word.variants.iter().map(|(_, l)| l.size()).sum::<usize>()
            + word.variants.len();
        current.push((text, word));
        if size >= CHUNK_SIZE {
            chunks.push(std::mem::take(&mut current));
            size = 0;
        }
    }
    if !current.is_empty() {
        chunks.push(current);
    }
    chunks
}

/// Each chunk's word range as the browser looks it up: neighbouring bounds shortened to
/// the shortest prefixes that still tell them apart.
fn chunk_ranges(chunks: &[Vec<(String, Word)>]) -> Vec<(String, String)> {
    let mut ranges: Vec<(String, String)> = chunks
        .iter()
        .map(|c| {
            let first = c.first().map(|w| w.0.clone()).unwrap_or_default();
            let last = c.last().map(|w| w.0.clone()).unwrap_or_default();
            (first, last)
        })
        .collect();
    for i in 1..ranges.len() {
        let (to, from) = prefixes(&ranges[i - 1].1, &ranges[i].0);
        if to >= ranges[i - 1].0 {
            ranges[i - 1].1 = to;
        }
        ranges[i].0 = from;
    }
    ranges
}

/// The two words cut one character after their common prefix.
fn prefixes(a: &str, b: &str) -> (String, String) {
    let common = b.chars().zip(a.chars()).take_while(|(x, y)| x == y).count();
    (
        a.chars().take(common + 1).collect(),
        b.chars().take(common + 1).collect(),
    )
}

/// A chunk as Pagefind's `WordIndex` CBOR: `[[[word, pages, [[form, pages], …]], …]]`.
fn encode_chunk(chunk: &[(String, Word)]) -> Vec<u8> {
    let mut out = Vec::new();
    let c = &mut Cbor { out: &mut out };
    c.array(1).array(chunk.len() as u64);
    for (text, word) in chunk {
        c.array(3).str(text);
        word.plain.encode(c);
        c.array(word.variants.len() as u64);
        for (form, list) in &word.variants {
            c.array(2).str(&String::from_utf8_lossy(form));
            list.encode(c);
        }
    }
    out
}

/// Pagefind's `MetaIndex` CBOR: version, pages, chunks, filters, sorts, metadata fields.
fn encode_meta(pages: &[(String, u32)], chunks: &[(String, String, String)]) -> Vec<u8> {
    let mut out = Vec::new();
    let c = &mut Cbor { out: &mut out };
    c.array(6).str(PAGEFIND_VERSION);
    c.array(pages.len() as u64);
    for (hash, word_count) in pages {
        c.array(3).str(hash).u64(u64::from(*word_count)).str("");
    }
    c.array(chunks.len() as u64);
    for (from, to, hash) in chunks {
        c.array(3).str(from).str(to).str(hash);
    }
    c.array(0).array(0);
    if pages.is_empty() {
        c.array(0);
    } else {
        c.array(1).str("title");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use minicbor::Encoder;

    /// Two lists (body, title) as a page's postings carry them.
    fn lists(body: &[i32], title: &[i32]) -> Writer {
        let mut w = Writer::default();
        for list in [body, title] {
            w.varint(list.len() as u64);
            list.iter().for_each(|&n| w.signed(n));
        }
        w
    }

    /// The pages of a word are held packed (a few bytes a page, not four per number) and
    /// written as the same CBOR Pagefind reads: page deltas, body and title lists as given.
    #[test]
    fn a_page_list_is_held_packed_and_encodes_every_number() {
        let mut list = PageList::default();
        // A body list with a weight marker (-8 then an absolute position) and small deltas;
        // a title list with the title field marker.
        let pages: Vec<(u32, Vec<i32>, Vec<i32>)> = (0..1000u32)
            .map(|p| {
                let body = vec![3, 5, -8, 40 + (p % 90) as i32, 2];
                let title = if p % 10 == 0 { vec![-2, 1] } else { vec![] };
                (p * 3 + 1, body, title)
            })
            .collect();
        for (page, body, title) in &pages {
            let w = lists(body, title);
            assert_eq!(list.push(*page, &mut Reader::new(&w.bytes)), Some(()));
        }
        let numbers: usize = pages.iter().map(|(_, b, t)| b.len() + t.len()).sum();
        assert_eq!(list.size(), numbers + pages.len());
        // Flat as i32s (each page's number, two counts, every number): 32,800 bytes here.
        let flat = (numbers + 3 * pages.len()) * 4;
        assert!(
            list.bytes_held() * 3 <= flat,
            "{} of {flat}",
            list.bytes_held()
        );

        let mut got = Vec::new();
        list.encode(&mut Cbor { out: &mut got });
        let mut want = Vec::new();
        let mut e = Encoder::new(&mut want);
        e.array(pages.len() as u64).unwrap();
        let mut last = 0;
        for (page, body, title) in &pages {
            e.array(3).unwrap().u64(u64::from(page - last)).unwrap();
            last = *page;
            for l in [body, title] {
                e.array(l.len() as u64).unwrap();
                l.iter().for_each(|&n| drop(e.i32(n)));
            }
        }
        assert_eq!(got, want);
    }

    /// A page whose lists are cut short is left out whole; the next page still goes in.
    #[test]
    fn a_damaged_page_is_left_out_whole() {
        let mut list = PageList::default();
        let good = lists(&[4, 7], &[]);
        assert!(list.push(1, &mut Reader::new(&good.bytes)).is_some());
        let cut = lists(&[4, 7, 9], &[-2, 1]);
        let cut = &cut.bytes[..cut.bytes.len() - 2];
        assert!(list.push(2, &mut Reader::new(cut)).is_none());
        assert!(list.push(3, &mut Reader::new(&good.bytes)).is_some());
        assert_eq!((list.pages, list.size()), (2, 6));
        let mut got = Vec::new();
        list.encode(&mut Cbor { out: &mut got });
        let mut want = Vec::new();
        let mut e = Encoder::new(&mut want);
        e.array(2).unwrap();
        for delta in [1, 2] {
            e.array(3).unwrap().u64(delta).unwrap();
            e.array(2).unwrap().i32(4).unwrap().i32(7).unwrap();
            e.array(0).unwrap();
        }
        assert_eq!(got, want);
    }

    #[test]
    fn ranges_are_shortened_to_distinct_prefixes() {
        assert_eq!(
            prefixes("apple", "apricot"),
            ("app".to_string(), "apr".to_string())
        );
        assert_eq!(
            prefixes("cath", "cathartic"),
            ("cath".into(), "catha".into())
        );
    }

    #[test]
    fn a_fragment_name_grows_only_on_a_collision() {
        let mut index = Index::new("ar");
        assert_eq!(
            index.fragment_name("ar_1234567aa"),
            ("ar_1234567".into(), true)
        );
        assert_eq!(
            index.fragment_name("ar_1234567bb"),
            ("ar_1234567b".into(), true)
        );
        assert_eq!(
            index.fragment_name("ar_1234567aa"),
            ("ar_1234567".into(), false)
        );
    }
}
