//! The search part of the build cache: each page's share of the bundle (its packed words and
//! compressed fragment), and the compressed index files, kept between builds so an unchanged
//! page is neither tokenised, stemmed nor compressed again, and an unchanged index chunk is
//! not compressed again.
//!
//! Everything lives in one pack file, `.sahifa-cache/search/<settings>/pack`: `<settings>`
//! holds Sahifa's version, Pagefind's format version, the language and the gzip level, so a
//! change of any of them starts a new folder instead of reusing an entry made another way.
//! A page's entry is found by the hash of its record (URL, title and text), so an edited page
//! misses by itself; an index file's by the hash of its uncompressed content.
//!
//! Why one file and not one per page: the kernel's work of opening thousands of small files
//! was most of a cached build's search time (docs/benchmarks.md). The pack is read whole once,
//! entries are decoded only when asked for, and it is written whole at the end of a build
//! (under a temporary name, then renamed), only if something in it changed. It carries a
//! format number and a CRC-32 of its content: a truncated, damaged or older pack is ignored as
//! a whole and made again. The folder is safe to delete; failing to write it never fails a
//! build.

use std::fs;
use std::io::{self, Seek, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rustc_hash::{FxHashMap, FxHashSet};
use sha2::{Digest, Sha256};

use super::Record;
use super::files::{GZIP_LEVEL, INDEX_GZIP_LEVEL, PAGEFIND_VERSION};
use super::page::IndexedPage;

/// The cache folder, relative to the site root.
pub const CACHE_DIR: &str = ".sahifa-cache/search";

/// The pack's name inside its settings folder.
const PACK_FILE: &str = "pack";

/// First bytes of a pack, then [`PACK_FORMAT`] (bumped whenever the layout or the encoding of
/// an entry changes), then the CRC-32 of everything after it.
const MAGIC: &[u8; 12] = b"sahifa-pack\n";
const PACK_FORMAT: u32 = 4;
const HEADER_LEN: usize = MAGIC.len() + 4 + 4;

/// What a page's entry is found by: the SHA-256 of its record.
pub type Key = [u8; 32];

/// The pack of one language and set of index settings: the one read at the start of the
/// build, and what this build adds to it.
pub struct Cache {
    dir: PathBuf,
    /// The pack as read (empty if there was none or it was not intact).
    old: Vec<u8>,
    pages: FxHashMap<Key, Range<usize>>,
    files: FxHashMap<String, Range<usize>>,
    /// Page entries made in this build, encoded.
    made: Mutex<FxHashMap<Key, Vec<u8>>>,
}

impl Cache {
    pub fn open(root: &Path, language: &str) -> Self {
        let settings = format!(
            "{}-pagefind{PAGEFIND_VERSION}-{language}-gzip{GZIP_LEVEL}-{INDEX_GZIP_LEVEL}-zlibrs-p{PACK_FORMAT}",
            env!("CARGO_PKG_VERSION")
        );
        let dir = root.join(CACHE_DIR).join(settings);
        let old = fs::read(dir.join(PACK_FILE)).unwrap_or_default();
        let (pages, files) = read_pack(&old).unwrap_or_default();
        let old = if pages.is_empty() && files.is_empty() {
            Vec::new()
        } else {
            old
        };
        Cache {
            dir,
            old,
            pages,
            files,
            made: Mutex::new(FxHashMap::default()),
        }
    }

    /// What a record's entry is found by: what the page's share is made from, hashed.
    pub fn key(record: &Record) -> Key {
        let mut hasher = Sha256::new();
        for part in [&record.url, &record.title, &record.content] {
            hasher.update((part.len() as u64).to_le_bytes());
            hasher.update(part.as_bytes());
        }
        hasher.finalize().into()
    }

    /// What an article's entry is found by without making its record: its URL and the
    /// fingerprint of its file as loaded ([`crate::load::Content::text_fingerprint`]). An
    /// article's record is made from its file alone (front matter and body), so the same
    /// file at the same URL makes the same record.
    ///
    /// Why: making the record means reading the file back and parsing its Markdown again,
    /// which was the largest part of a rebuild's search time once the pack was in place.
    pub fn article_key(url: &str, fingerprint: [u8; 16]) -> Key {
        let mut hasher = Sha256::new();
        hasher.update(b"article file\n");
        hasher.update((url.len() as u64).to_le_bytes());
        hasher.update(url.as_bytes());
        hasher.update(fingerprint);
        hasher.finalize().into()
    }

    /// The cached page, if the pack has an entry for `key` that decodes.
    pub fn get(&self, key: &Key) -> Option<IndexedPage> {
        let range = self.pages.get(key)?;
        IndexedPage::decode(&self.old[range.clone()])
    }

    /// Keeps a page made in this build for [`Cache::save`].
    pub fn put(&self, key: &Key, page: &IndexedPage) {
        let body = page.encode();
        self.made
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(*key, body);
    }

    /// The compressed bytes of an index file whose uncompressed content has hash `hash`.
    pub fn file(&self, hash: &str) -> Option<&[u8]> {
        self.files.get(hash).map(|range| &self.old[range.clone()])
    }

    /// Writes the pack of this build: the entries of the pages in `used` (an edited page's
    /// earlier text is dropped, so the pack does not grow with every edit) and the compressed
    /// index `files` (hash of the content, bytes). Nothing is written when the pack would be
    /// the one read. Best effort: the pack is written under a temporary name and renamed, so
    /// a build stopped halfway never leaves a truncated pack under the real name.
    pub fn save(self, used: &[Key], files: &[(&str, &[u8])]) {
        let made = self.made.into_inner().unwrap_or_else(|e| e.into_inner());
        let used_set: FxHashSet<&Key> = used.iter().collect();
        let unchanged = made.is_empty()
            && used_set.len() == self.pages.len()
            && used_set.iter().all(|k| self.pages.contains_key(*k))
            && files.len() == self.files.len()
            && files.iter().all(|(hash, _)| self.files.contains_key(*hash));
        if unchanged {
            return;
        }
        let mut seen = FxHashSet::default();
        let pages: Vec<(&Key, &[u8])> = used
            .iter()
            .filter(|k| seen.insert(*k))
            .filter_map(|k| {
                let bytes = match made.get(k) {
                    Some(bytes) => &bytes[..],
                    None => &self.old[self.pages.get(k)?.clone()],
                };
                Some((k, bytes))
            })
            .collect();
        let temporary = self
            .dir
            .join(format!("{PACK_FILE}.{}.part", std::process::id()));
        let stored = fs::create_dir_all(&self.dir)
            .and_then(|()| write_pack(&temporary, &pages, files))
            .and_then(|()| fs::rename(&temporary, self.dir.join(PACK_FILE)));
        if stored.is_err() {
            let _ = fs::remove_file(&temporary);
        }
    }

    #[cfg(test)]
    pub fn pack_path(root: &Path, language: &str) -> PathBuf {
        Cache::open(root, language).dir.join(PACK_FILE)
    }
}

/// Writes a pack to `path` as it is made (no copy of it in memory), the CRC-32 of its body
/// filled in last.
fn write_pack(path: &Path, pages: &[(&Key, &[u8])], files: &[(&str, &[u8])]) -> io::Result<()> {
    let mut out = Checksummed {
        out: io::BufWriter::with_capacity(1 << 16, fs::File::create(path)?),
        crc: crc32fast::Hasher::new(),
    };
    out.out.write_all(MAGIC)?;
    out.out.write_all(&PACK_FORMAT.to_le_bytes())?;
    out.out.write_all(&0u32.to_le_bytes())?;
    out.write(&(pages.len() as u64).to_le_bytes())?;
    for (key, bytes) in pages {
        out.write(&key[..])?;
        out.write(&(bytes.len() as u64).to_le_bytes())?;
        out.write(bytes)?;
    }
    out.write(&(files.len() as u64).to_le_bytes())?;
    for (hash, bytes) in files {
        out.write(&(hash.len() as u64).to_le_bytes())?;
        out.write(hash.as_bytes())?;
        out.write(&(bytes.len() as u64).to_le_bytes())?;
        out.write(bytes)?;
    }
    let crc = out.crc.finalize();
    let mut file = out.out.into_inner().map_err(|e| e.into_error())?;
    file.seek(io::SeekFrom::Start((MAGIC.len() + 4) as u64))?;
    file.write_all(&crc.to_le_bytes())
}

/// The pack's body on its way to the file, and its CRC-32 so far.
struct Checksummed {
    out: io::BufWriter<fs::File>,
    crc: crc32fast::Hasher,
}

impl Checksummed {
    fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.crc.update(bytes);
        self.out.write_all(bytes)
    }
}

type Ranges = (
    FxHashMap<Key, Range<usize>>,
    FxHashMap<String, Range<usize>>,
);

/// Where each entry of a pack is; `None` for anything but an intact pack of this format.
fn read_pack(bytes: &[u8]) -> Option<Ranges> {
    let header = bytes.get(..HEADER_LEN)?;
    let (magic, rest) = header.split_at(MAGIC.len());
    if magic != MAGIC || u32_at(rest, 0)? != PACK_FORMAT {
        return None;
    }
    if crc32fast::hash(&bytes[HEADER_LEN..]) != u32_at(rest, 4)? {
        return None;
    }
    let mut reader = Reader {
        bytes,
        at: HEADER_LEN,
    };
    let count = reader.len()?;
    let mut pages = FxHashMap::default();
    for _ in 0..count {
        let key: Key = bytes.get(reader.at..reader.at + 32)?.try_into().ok()?;
        reader.at += 32;
        let len = reader.len()?;
        pages.insert(key, reader.take(len)?);
    }
    let count = reader.len()?;
    let mut files = FxHashMap::default();
    for _ in 0..count {
        let len = reader.len()?;
        let hash = std::str::from_utf8(&bytes[reader.take(len)?])
            .ok()?
            .to_string();
        let len = reader.len()?;
        files.insert(hash, reader.take(len)?);
    }
    (reader.at == bytes.len()).then_some((pages, files))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn len(&mut self) -> Option<usize> {
        let bytes = self.bytes.get(self.at..self.at + 8)?;
        self.at += 8;
        usize::try_from(u64::from_le_bytes(bytes.try_into().ok()?)).ok()
    }

    fn take(&mut self, len: usize) -> Option<Range<usize>> {
        let end = self.at.checked_add(len)?;
        if end > self.bytes.len() {
            return None;
        }
        let range = self.at..end;
        self.at = end;
        Some(range)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::page::index_page;
    use crate::search::tokens::Language;

    fn record(text: &str) -> Record {
        Record {
            url: "/entities/pezeshkian/".into(),
            title: "مسعود بزشكيان".into(),
            content: format!(
                " ___PAGEFIND_AUTO_WEIGHT___7 مسعود بزشكيان. ___END_PAGEFIND_WEIGHT___ \
                 اسم مسعود بزشكيان (شخصية)، ويُكتب أيضاً: بيزشكيان. {text}"
            ),
        }
    }

    fn page(record: &Record) -> IndexedPage {
        index_page(record, &Language::new("ar")).unwrap()
    }

    /// A cache holding the page of `record` and one index file, saved.
    fn saved(root: &Path, record: &Record) -> (Key, IndexedPage) {
        let cache = Cache::open(root, "ar");
        let (key, page) = (Cache::key(record), page(record));
        assert_eq!(cache.get(&key), None);
        cache.put(&key, &page);
        cache.save(&[key], &[("ar_abc", b"gzipped chunk")]);
        (key, page)
    }

    #[test]
    fn entries_come_back_as_they_were_stored() {
        let site = tempfile::tempdir().unwrap();
        let (key, page) = saved(site.path(), &record(""));
        let cache = Cache::open(site.path(), "ar");
        assert_eq!(cache.get(&key), Some(page));
        assert_eq!(cache.file("ar_abc"), Some(&b"gzipped chunk"[..]));
        assert_eq!(cache.file("ar_abd"), None);
    }

    #[test]
    fn a_damaged_or_truncated_pack_is_ignored() {
        let site = tempfile::tempdir().unwrap();
        let (key, _) = saved(site.path(), &record(""));
        let path = Cache::pack_path(site.path(), "ar");
        let intact = fs::read(&path).unwrap();
        let mut flipped = intact.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        let mut newer = intact.clone();
        newer[MAGIC.len()] += 1;
        for (what, bytes) in [
            ("one bit changed", flipped),
            ("truncated", intact[..intact.len() / 2].to_vec()),
            ("header only", intact[..HEADER_LEN].to_vec()),
            ("empty", Vec::new()),
            ("another format", newer),
        ] {
            fs::write(&path, &bytes).unwrap();
            let cache = Cache::open(site.path(), "ar");
            assert_eq!(cache.get(&key), None, "{what}");
            assert_eq!(cache.file("ar_abc"), None, "{what}");
        }
    }

    #[test]
    fn a_damaged_pack_is_made_again() {
        let site = tempfile::tempdir().unwrap();
        let (key, page) = saved(site.path(), &record(""));
        let path = Cache::pack_path(site.path(), "ar");
        fs::write(&path, b"sahifa-pack\n garbage").unwrap();
        let (again, _) = saved(site.path(), &record(""));
        assert_eq!(again, key);
        assert_eq!(Cache::open(site.path(), "ar").get(&key), Some(page));
    }

    #[test]
    fn the_key_changes_with_the_text() {
        assert_ne!(Cache::key(&record("")), Cache::key(&record("زار موسكو.")));
        let file = [7; 16];
        assert_ne!(
            Cache::article_key("/articles/a/", file),
            Cache::article_key("/articles/b/", file)
        );
        assert_ne!(
            Cache::article_key("/articles/a/", file),
            Cache::article_key("/articles/a/", [8; 16])
        );
    }

    /// Entries of pages this build did not use (an edited page's earlier text) leave the
    /// pack; an unchanged pack is not rewritten.
    #[test]
    fn only_used_entries_are_kept() {
        let site = tempfile::tempdir().unwrap();
        let (old, new) = (record(""), record("زار موسكو."));
        let (old_key, _) = saved(site.path(), &old);
        let cache = Cache::open(site.path(), "ar");
        let new_key = Cache::key(&new);
        cache.put(&new_key, &page(&new));
        cache.save(&[new_key], &[("ar_abc", b"gzipped chunk")]);
        let path = Cache::pack_path(site.path(), "ar");
        let cache = Cache::open(site.path(), "ar");
        assert_eq!(cache.get(&old_key), None);
        assert_eq!(cache.get(&new_key), Some(page(&new)));

        let written = fs::metadata(&path).unwrap().modified().unwrap();
        cache.save(&[new_key], &[("ar_abc", b"gzipped chunk")]);
        assert_eq!(fs::metadata(&path).unwrap().modified().unwrap(), written);
    }
}
