//! The search part of the build cache: each page's share of the bundle (its packed words and
//! compressed fragment), kept between builds so an unchanged page is neither tokenised,
//! stemmed nor compressed again.
//!
//! Entries live in `.sahifa-cache/search/<settings>/<hash of the record>`: `<settings>` holds
//! Sahifa's version, Pagefind's format version, the language and the gzip level, so a change of
//! any of them starts a new folder instead of reusing an entry made another way; the record's
//! hash covers its URL, title and text, so an edited page misses by itself. Each entry begins
//! with the SHA-256 of the rest: a truncated or damaged entry is ignored and made again. The
//! folder is safe to delete; failing to write it never fails a build.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::Record;
use super::files::{GZIP_LEVEL, PAGEFIND_VERSION};
use super::page::IndexedPage;

/// The cache folder, relative to the site root.
pub const CACHE_DIR: &str = ".sahifa-cache/search";

/// Bumped whenever the entries' encoding changes.
const ENTRY_FORMAT: u32 = 1;

const CHECKSUM_LEN: usize = 32;

/// The entries of one language and set of index settings.
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    pub fn open(root: &Path, language: &str) -> Self {
        let settings = format!(
            "{}-pagefind{PAGEFIND_VERSION}-{language}-gzip{GZIP_LEVEL}-e{ENTRY_FORMAT}",
            env!("CARGO_PKG_VERSION")
        );
        Cache {
            dir: root.join(CACHE_DIR).join(settings),
        }
    }

    /// The name of a record's entry: what the page's share is made from, hashed.
    pub fn key(record: &Record) -> String {
        let mut hasher = Sha256::new();
        for part in [&record.url, &record.title, &record.content] {
            hasher.update((part.len() as u64).to_le_bytes());
            hasher.update(part.as_bytes());
        }
        hex(&hasher.finalize())
    }

    /// The cached page, if there is an intact entry for `key`.
    pub fn get(&self, key: &str) -> Option<IndexedPage> {
        let bytes = fs::read(self.dir.join(key)).ok()?;
        if bytes.len() < CHECKSUM_LEN {
            return None;
        }
        let (sum, body) = bytes.split_at(CHECKSUM_LEN);
        if Sha256::digest(body).as_slice() != sum {
            return None;
        }
        minicbor::decode(body).ok()
    }

    /// Best effort: written under a temporary name and renamed, so a build stopped halfway
    /// never leaves a truncated entry under the real name.
    pub fn put(&self, key: &str, page: &IndexedPage) {
        let Ok(body) = minicbor::to_vec(page) else {
            return;
        };
        let mut bytes = Sha256::digest(&body).to_vec();
        bytes.extend_from_slice(&body);
        let target = self.dir.join(key);
        let temporary = self.dir.join(format!("{key}.{}.part", std::process::id()));
        let stored = fs::create_dir_all(&self.dir)
            .and_then(|()| fs::write(&temporary, &bytes))
            .and_then(|()| fs::rename(&temporary, &target));
        if stored.is_err() {
            let _ = fs::remove_file(&temporary);
        }
    }

    /// Removes the entries no page of this build used (an edited page's earlier text), so
    /// the folder does not grow with every edit. Only names of entries are touched.
    pub fn remove_unused(&self, used: &HashSet<String>) {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            if is_entry_name(name) && !used.contains(name) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }

    #[cfg(test)]
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

fn is_entry_name(name: &str) -> bool {
    name.len() == 64 && name.bytes().all(|b| b.is_ascii_hexdigit())
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::page::index_page;
    use crate::search::tokens::Language;

    fn record() -> Record {
        Record {
            url: "/entities/pezeshkian/".into(),
            title: "مسعود بزشكيان".into(),
            content: " ___PAGEFIND_AUTO_WEIGHT___7 مسعود بزشكيان. ___END_PAGEFIND_WEIGHT___ \
                      اسم مسعود بزشكيان (شخصية)، ويُكتب أيضاً: بيزشكيان."
                .into(),
        }
    }

    #[test]
    fn an_entry_comes_back_as_it_was_stored() {
        let site = tempfile::tempdir().unwrap();
        let cache = Cache::open(site.path(), "ar");
        let page = index_page(&record(), &Language::new("ar")).unwrap();
        let key = Cache::key(&record());
        assert_eq!(cache.get(&key), None);
        cache.put(&key, &page);
        assert_eq!(cache.get(&key), Some(page));
    }

    #[test]
    fn a_damaged_or_truncated_entry_is_a_miss() {
        let site = tempfile::tempdir().unwrap();
        let cache = Cache::open(site.path(), "ar");
        let page = index_page(&record(), &Language::new("ar")).unwrap();
        let key = Cache::key(&record());
        cache.put(&key, &page);
        let path = cache.dir().join(&key);
        let mut bytes = fs::read(&path).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        fs::write(&path, &bytes).unwrap();
        assert_eq!(cache.get(&key), None, "one bit changed");
        fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
        assert_eq!(cache.get(&key), None, "truncated");
        fs::write(&path, b"").unwrap();
        assert_eq!(cache.get(&key), None, "empty");
    }

    #[test]
    fn the_key_changes_with_the_text() {
        let mut edited = record();
        edited.content.push_str(" زار موسكو.");
        assert_ne!(Cache::key(&record()), Cache::key(&edited));
    }

    #[test]
    fn only_unused_entries_are_removed() {
        let site = tempfile::tempdir().unwrap();
        let cache = Cache::open(site.path(), "ar");
        let page = index_page(&record(), &Language::new("ar")).unwrap();
        let (kept, gone) = ("a".repeat(64), "b".repeat(64));
        cache.put(&kept, &page);
        cache.put(&gone, &page);
        fs::write(cache.dir().join("notes.txt"), "mine").unwrap();
        cache.remove_unused(&HashSet::from([kept.clone()]));
        assert!(cache.get(&kept).is_some());
        assert!(!cache.dir().join(&gone).exists());
        assert!(cache.dir().join("notes.txt").exists());
    }
}
