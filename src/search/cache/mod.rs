//! The search part of the build cache: each page's share of the bundle (its packed words and
//! compressed fragment), and the compressed index files, kept between builds so an unchanged
//! page is neither tokenised, stemmed nor compressed again, and an unchanged index chunk is
//! not compressed again.
//!
//! Everything lives in one pack file, `.sahifa-cache/search/<settings>/pack`: `<settings>`
//! holds Sahifa's version, Pagefind's format version, the language and the gzip levels, so a
//! change of any of them starts a new folder instead of reusing an entry made another way.
//! A page's entry is found by the hash of its record (URL, title and text), so an edited page
//! misses by itself; an index file's by the hash of its uncompressed content.
//!
//! Why one file and not one per page: the kernel's work of opening thousands of small files
//! was most of a cached build's search time (docs/benchmarks.md). The pack is checked whole
//! once, streamed (its CRC-32, then where each entry is), and each entry is then read from
//! the file when the build asks for it: read whole into memory, the pack was ~1.4 GB of a
//! 100,000-article rebuild's peak. It carries a format number and a CRC-32 of its content: a
//! truncated, damaged or older pack is ignored as a whole and made again. The folder is safe
//! to delete; failing to write it never fails a build.
//!
//! The pack is a sequence of entries, so it grows at its end. Entries made in a build are
//! streamed to a new file as they are made (a cold build never holds them: 1.4 GB at
//! 100,000 articles); at the end, when what the build left unused is small, they are
//! appended to the pack in place and its CRC-32 updated (an edit costs the size of the edit,
//! not a rewrite of the pack); otherwise the used entries are copied after them and the new
//! file replaces the pack (under a temporary name, then renamed). A build stopped halfway
//! leaves a pack whose CRC does not match: ignored, made again.

use std::borrow::Cow;
use std::fs;
use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rustc_hash::{FxHashMap, FxHashSet};
use sha2::{Digest, Sha256};

use super::Record;
use super::files::{GZIP_LEVEL, INDEX_GZIP_LEVEL, PAGEFIND_VERSION};
use super::page::IndexedPage;

mod pack;

pub use pack::Key;
use pack::{Checksummed, PACK_FORMAT, Pack, append_to, file_entry, page_entry};

/// The cache folder, relative to the site root.
pub const CACHE_DIR: &str = ".sahifa-cache/search";

/// The pack's name inside its settings folder.
const PACK_FILE: &str = "pack";

/// The pack is made again from its used entries when the unused ones would be more than
/// this part of it (an edited page's earlier entry, index files no longer in the bundle);
/// below it, a build's new entries are appended.
const MOST_UNUSED: f64 = 0.5;

/// The pack of one language and set of index settings: the one read at the start of the
/// build, and what this build adds to it.
pub struct Cache {
    dir: PathBuf,
    /// The pack found at the start of the build, if it was intact: entries are read from it
    /// on demand.
    old: Option<Pack>,
    pages: FxHashMap<Key, Range<u64>>,
    files: FxHashMap<String, Range<u64>>,
    /// Page entries made in this build, streamed to a new pack file as they come.
    made: Mutex<Made>,
}

/// The entries made in this build: their keys, and the file they are written to (opened at
/// the first; `None` after a write failed, which only means no cache next time).
#[derive(Default)]
struct Made {
    keys: FxHashSet<Key>,
    out: Option<Checksummed>,
    failed: bool,
}

impl Cache {
    pub fn open(root: &Path, language: &str) -> Self {
        let settings = format!(
            "{}-pagefind{PAGEFIND_VERSION}-{language}-gzip{GZIP_LEVEL}-{INDEX_GZIP_LEVEL}-libdeflate-p{PACK_FORMAT}",
            env!("CARGO_PKG_VERSION")
        );
        let dir = root.join(CACHE_DIR).join(settings);
        let (old, pages, files) = match Pack::open(&dir.join(PACK_FILE)) {
            Some((pack, (pages, files))) if !(pages.is_empty() && files.is_empty()) => {
                (Some(pack), pages, files)
            }
            _ => Default::default(),
        };
        Cache {
            dir,
            old,
            pages,
            files,
            made: Mutex::new(Made::default()),
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

    /// The cached page, read from the pack, if it has an entry for `key` that decodes.
    pub fn get(&self, key: &Key) -> Option<IndexedPage<'static>> {
        let bytes = self.old.as_ref()?.read(self.pages.get(key)?).ok()?;
        let page = IndexedPage::decode(&bytes)?;
        Some(IndexedPage {
            postings: Cow::Owned(page.postings.into_owned()),
            word_count: page.word_count,
            fragment_hash: Cow::Owned(page.fragment_hash.into_owned()),
            fragment: Cow::Owned(page.fragment.into_owned()),
        })
    }

    /// Writes a page made in this build to the new pack file, for [`Cache::save`].
    pub fn put(&self, key: &Key, page: &IndexedPage<'_>) {
        let body = page.encode();
        let mut made = self.made.lock().unwrap_or_else(|e| e.into_inner());
        if made.failed || !made.keys.insert(*key) {
            return;
        }
        if made.out.is_none() {
            made.out = self.new_pack().ok();
        }
        let written = match made.out.as_mut() {
            Some(out) => page_entry(out, key, &body),
            None => Err(io::ErrorKind::Other.into()),
        };
        if written.is_err() {
            made.failed = true;
            made.out = None;
            let _ = fs::remove_file(self.temporary());
        }
    }

    /// The compressed bytes of an index file whose uncompressed content has hash `hash`.
    pub fn file(&self, hash: &str) -> Option<Vec<u8>> {
        self.old.as_ref()?.read(self.files.get(hash)?).ok()
    }

    /// Stores the pack of this build: the entries of the pages in `used` and the compressed
    /// index `files` (hash of the content, bytes). Nothing is written when the pack would be
    /// the one read. When the entries this build did not use (an edited page's earlier
    /// text, replaced index files) stay a small part of the pack, the new entries are
    /// appended to it; otherwise the pack is made again from the used ones, so it does not
    /// grow with every edit. Best effort: any failure leaves no pack or an old one.
    pub fn save(mut self, used: &[Key], files: &[(&str, &[u8])]) {
        let made = std::mem::take(self.made.get_mut().unwrap_or_else(|e| e.into_inner()));
        let temporary = self
            .dir
            .join(format!("{PACK_FILE}.{}.part", std::process::id()));
        if made.failed {
            let _ = fs::remove_file(&temporary);
            return;
        }
        let used_set: FxHashSet<&Key> = used.iter().collect();
        let new_files: Vec<&(&str, &[u8])> = files
            .iter()
            .filter(|(hash, _)| !self.files.contains_key(*hash))
            .collect();
        if made.keys.is_empty()
            && new_files.is_empty()
            && used_set.len() == self.pages.len()
            && used_set.iter().all(|k| self.pages.contains_key(*k))
            && files.len() == self.files.len()
        {
            return;
        }
        let appending = self.worth_appending(&used_set, files);
        let out = match made.out {
            Some(out) => Ok(out),
            None => self.new_pack(),
        };
        let stored = out.and_then(|out| match self.old.take() {
            Some(old) if appending => append_to(&self.dir.join(PACK_FILE), old, out, &new_files),
            old => {
                self.old = old;
                self.complete(out, &used_set, &made.keys, files)
                    .and_then(|()| {
                        // Closed before the new pack replaces it (Windows refuses otherwise).
                        self.old = None;
                        fs::rename(&temporary, self.dir.join(PACK_FILE))
                    })
            }
        });
        if stored.is_err() {
            let _ = fs::remove_file(&temporary);
        }
    }

    /// Whether appending keeps the unused part of the pack under [`MOST_UNUSED`]: counted
    /// from what the old pack holds and this build no longer uses.
    fn worth_appending(&self, used: &FxHashSet<&Key>, files: &[(&str, &[u8])]) -> bool {
        let Some(old) = &self.old else {
            return false;
        };
        let kept: FxHashSet<&str> = files.iter().map(|(hash, _)| *hash).collect();
        let unused: u64 = self
            .pages
            .iter()
            .filter(|(k, _)| !used.contains(k))
            .map(|(_, r)| r.end - r.start)
            .chain(
                self.files
                    .iter()
                    .filter(|(h, _)| !kept.contains(h.as_str()))
                    .map(|(_, r)| r.end - r.start),
            )
            .sum();
        (unused as f64) <= MOST_UNUSED * old.len as f64
    }

    /// Finishes the new pack file: after the entries made in this build, the used entries
    /// of the old pack and every index file; its CRC filled in (the caller renames it over
    /// the pack).
    fn complete(
        &self,
        mut out: Checksummed,
        used: &FxHashSet<&Key>,
        made: &FxHashSet<Key>,
        files: &[(&str, &[u8])],
    ) -> io::Result<()> {
        for (key, range) in &self.pages {
            if used.contains(key) && !made.contains(key) {
                let old = self.old.as_ref().ok_or(io::ErrorKind::NotFound)?;
                page_entry(&mut out, key, &old.read(range)?)?;
            }
        }
        for (hash, bytes) in files {
            file_entry(&mut out, hash, bytes)?;
        }
        out.finish()
    }

    /// A new pack file under the temporary name, its header written (CRC to come).
    fn new_pack(&self) -> io::Result<Checksummed> {
        fs::create_dir_all(&self.dir)?;
        Checksummed::create(&self.temporary())
    }

    fn temporary(&self) -> PathBuf {
        self.dir
            .join(format!("{PACK_FILE}.{}.part", std::process::id()))
    }

    #[cfg(test)]
    pub fn pack_path(root: &Path, language: &str) -> PathBuf {
        Cache::open(root, language).dir.join(PACK_FILE)
    }
}

/// A build stopped before [`Cache::save`] (`serve`'s refresh, interrupted by the next edit)
/// leaves no half-written pack file behind.
impl Drop for Cache {
    fn drop(&mut self) {
        let made = self.made.get_mut().unwrap_or_else(|e| e.into_inner());
        if made.out.take().is_some() {
            let _ = fs::remove_file(self.temporary());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::page::index_page;
    use crate::search::tokens::Language;
    use pack::{HEADER_LEN, MAGIC};

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

    fn page(record: &Record) -> IndexedPage<'static> {
        index_page(record, &Language::new("ar")).unwrap()
    }

    /// A cache holding the page of `record` and one index file, saved.
    fn saved(root: &Path, record: &Record) -> (Key, IndexedPage<'static>) {
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
        assert_eq!(cache.file("ar_abc").as_deref(), Some(&b"gzipped chunk"[..]));
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

    /// One page edited among many: its new entry and the new index file are appended to
    /// the pack (same file, its earlier bytes untouched) instead of the pack being written
    /// again; every used entry reads back, and the CRC still holds.
    #[test]
    fn an_edit_is_appended_to_the_pack() {
        use std::os::unix::fs::MetadataExt;
        let site = tempfile::tempdir().unwrap();
        let records: Vec<Record> = (0..8)
            .map(|i| {
                let mut r = record(&format!("زار موسكو في اليوم {i}."));
                r.url = format!("/articles/{i}/");
                r
            })
            .collect();
        let cache = Cache::open(site.path(), "ar");
        let keys: Vec<Key> = records.iter().map(Cache::key).collect();
        for (key, record) in keys.iter().zip(&records) {
            cache.put(key, &page(record));
        }
        cache.save(&keys, &[("ar_abc", b"gzipped chunk")]);
        let path = Cache::pack_path(site.path(), "ar");
        let before = fs::read(&path).unwrap();
        let inode = fs::metadata(&path).unwrap().ino();

        let mut edited = records[3].clone();
        edited.content.push_str(" وعاد إلى طهران.");
        let mut used = keys.clone();
        used[3] = Cache::key(&edited);
        let cache = Cache::open(site.path(), "ar");
        cache.put(&used[3], &page(&edited));
        cache.save(&used, &[("ar_abd", b"another chunk")]);

        let after = fs::read(&path).unwrap();
        assert_eq!(fs::metadata(&path).unwrap().ino(), inode, "the same file");
        assert!(after.len() > before.len());
        assert_eq!(after[HEADER_LEN..before.len()], before[HEADER_LEN..]);
        let cache = Cache::open(site.path(), "ar");
        assert_eq!(cache.get(&used[3]), Some(page(&edited)));
        for (key, record) in used.iter().zip(&records).filter(|(k, _)| **k != used[3]) {
            assert_eq!(cache.get(key), Some(page(record)));
        }
        assert_eq!(cache.file("ar_abd").as_deref(), Some(&b"another chunk"[..]));
        let entries = (cache.pages.len(), cache.files.len());
        drop(cache);

        // Once the unused entries would be most of it, the pack is made again without them.
        let cache = Cache::open(site.path(), "ar");
        cache.save(&used[..1], &[("ar_abd", b"another chunk")]);
        let cache = Cache::open(site.path(), "ar");
        assert_eq!(
            (cache.pages.len(), cache.files.len()),
            (1, 1),
            "was {entries:?}"
        );
        assert_ne!(fs::metadata(&path).unwrap().ino(), inode);
    }

    /// A build that stops before saving (a refresh interrupted by the next edit) leaves no
    /// file of its own in the cache folder, and the pack as it was.
    #[test]
    fn a_build_stopped_before_saving_leaves_no_file() {
        let site = tempfile::tempdir().unwrap();
        let (key, _) = saved(site.path(), &record(""));
        let path = Cache::pack_path(site.path(), "ar");
        let pack = fs::read(&path).unwrap();
        let cache = Cache::open(site.path(), "ar");
        let other = record("زار موسكو.");
        cache.put(&Cache::key(&other), &page(&other));
        drop(cache);
        let files: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(files, [std::ffi::OsString::from(PACK_FILE)]);
        assert_eq!(fs::read(&path).unwrap(), pack);
        assert!(Cache::open(site.path(), "ar").get(&key).is_some());
    }
}
