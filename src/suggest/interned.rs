//! The normal forms of the words discovery reads, each stored once for the whole process.
//!
//! Discovery holds every word of the site at once (the rules, the count of every key and the
//! examples each read the whole site after the one before), and most of those words are a few
//! thousand common ones. A token that carried its own copy of its normal form (inline, 24
//! bytes) now points at the one copy (16 bytes): 10,000 articles hold 7 million tokens. Two
//! words are equal when they point at the same copy, and hash by its address. The table only
//! grows: a site's vocabulary is bounded (a few hundred thousand words at 100,000 articles),
//! and a second build of the same site under `serve` finds its words already there.

use std::cell::RefCell;
use std::fmt;
use std::hash::{BuildHasher, Hash, Hasher};
use std::ops::Deref;
use std::sync::Mutex;

use rustc_hash::{FxBuildHasher, FxHashSet};

/// Shards of the table: threads tokenising at once seldom wait on the same lock.
const SHARDS: usize = 32;

/// Every word's one copy, in shards by the text's hash.
static TABLE: [Mutex<FxHashSet<&'static str>>; SHARDS] =
    [const { Mutex::new(FxHashSet::with_hasher(FxBuildHasher)) }; SHARDS];

thread_local! {
    /// The words this thread has made: most are asked again and again (a site's millions of
    /// tokens are a few thousand common words), and this map needs no lock.
    static SEEN: RefCell<FxHashSet<&'static str>> = RefCell::new(FxHashSet::default());
}

/// A word's normal form, stored once: copying it copies a pointer, and two are equal when
/// their texts are. Reads as the `&str` it names.
#[derive(Clone, Copy)]
pub(super) struct Word(&'static str);

impl Word {
    /// The word whose normal form is `text`.
    pub fn new(text: &str) -> Word {
        if let Some(stored) = SEEN.with_borrow(|seen| seen.get(text).copied()) {
            return Word(stored);
        }
        let word = Word::shared(text);
        SEEN.with_borrow_mut(|seen| seen.insert(word.0));
        word
    }

    /// The word of `text` in the table all threads share, adding it if it is new.
    fn shared(text: &str) -> Word {
        let shard = &TABLE[(FxBuildHasher.hash_one(text) as usize) % SHARDS];
        // A poisoned lock only means another thread panicked while inserting: the set itself
        // is whole (an insert either happened or did not).
        let mut table = shard.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&stored) = table.get(text) {
            return Word(stored);
        }
        let stored: &'static str = Box::leak(text.to_owned().into_boxed_str());
        table.insert(stored);
        Word(stored)
    }

    /// The normal form.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        self.0
    }
}

/// One copy per text: the same address is the same word.
impl PartialEq for Word {
    fn eq(&self, other: &Word) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for Word {}

impl Hash for Word {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.as_ptr().hash(state)
    }
}

impl Deref for Word {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for Word {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Word {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Word {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl fmt::Debug for Word {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Word {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::Word;

    #[test]
    fn the_same_text_is_the_same_word_and_reads_back() {
        let a = Word::new("الرئيس");
        let b = Word::new(&String::from("الرئيس"));
        let c = Word::new("الوزير");
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.as_str(), "الرئيس");
        assert!(c == "الوزير");
        assert_eq!(c.chars().count(), 6);
    }

    #[test]
    fn words_made_on_many_threads_at_once_agree() {
        let texts: Vec<String> = (0..2000).map(|i| format!("كلمة{}", i % 500)).collect();
        let words: Vec<Word> = std::thread::scope(|s| {
            let handles: Vec<_> = texts
                .chunks(250)
                .map(|chunk| {
                    s.spawn(move || chunk.iter().map(|t| Word::new(t)).collect::<Vec<_>>())
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap())
                .collect()
        });
        for (w, t) in words.iter().zip(&texts) {
            assert_eq!(w.as_str(), t);
            assert_eq!(*w, Word::new(t));
        }
    }
}
