//! The byte layout a page's share is kept in from the moment it is digested: in memory, in
//! the cache's pack, and as what the index merges from.
//!
//! Why bytes and not structs: a page has hundreds of words, each with a string and two lists
//! of positions. As structs every rebuild decoded each page of the cache into thousands of
//! small allocations only to copy them into the index and drop them; read in place, a page
//! is merged with one hash lookup per word and no allocation but the index's own. Numbers
//! are LEB128 varints (positions zigzag-encoded: Pagefind's markers are negative), strings
//! a length and UTF-8 bytes.

/// Appends to a buffer in the layout [`Reader`] reads.
#[derive(Default)]
pub struct Writer {
    pub bytes: Vec<u8>,
}

impl Writer {
    pub fn varint(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.bytes.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.bytes.push(n as u8);
    }

    pub fn signed(&mut self, n: i32) {
        self.varint(u64::from(((n << 1) ^ (n >> 31)) as u32));
    }

    pub fn bytes(&mut self, bytes: &[u8]) {
        self.varint(bytes.len() as u64);
        self.bytes.extend_from_slice(bytes);
    }
}

/// Reads what [`Writer`] wrote; `None` from any read that would go past the end or finds a
/// malformed number (a damaged entry is then treated as missing, never a panic).
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, at: 0 }
    }

    pub fn is_at_end(&self) -> bool {
        self.at == self.bytes.len()
    }

    pub fn varint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *self.bytes.get(self.at)?;
            self.at += 1;
            n |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Some(n);
            }
        }
        None
    }

    /// A count or length: a varint that fits in the rest of the buffer (each element takes
    /// at least one byte), so a damaged length cannot ask for a huge allocation.
    pub fn len(&mut self) -> Option<usize> {
        let n = usize::try_from(self.varint()?).ok()?;
        (n <= self.bytes.len() - self.at).then_some(n)
    }

    pub fn signed(&mut self) -> Option<i32> {
        let n = u32::try_from(self.varint()?).ok()?;
        Some(((n >> 1) as i32) ^ -((n & 1) as i32))
    }

    /// The bytes of the next `count` signed numbers, as packed, each checked to end
    /// within the buffer and to fit an `i32` (what [`Reader::signed`] would read).
    pub fn signed_run(&mut self, count: usize) -> Option<&'a [u8]> {
        let start = self.at;
        for _ in 0..count {
            let mut len = 0;
            loop {
                let byte = *self.bytes.get(self.at + len)?;
                len += 1;
                if byte < 0x80 {
                    // A fifth byte carries bits 28–31 only.
                    if len == 5 && byte > 0x0f {
                        return None;
                    }
                    break;
                }
                if len == 5 {
                    return None;
                }
            }
            self.at += len;
        }
        Some(&self.bytes[start..self.at])
    }

    /// The next signed number if it is packed in one byte (−64 to 63), consumed; otherwise
    /// nothing is read.
    #[inline]
    pub fn small_signed(&mut self) -> Option<i8> {
        let byte = *self.bytes.get(self.at)?;
        if byte >= 0x80 {
            return None;
        }
        self.at += 1;
        Some(((byte >> 1) as i8) ^ -((byte & 1) as i8))
    }

    pub fn bytes(&mut self) -> Option<&'a [u8]> {
        let len = self.len()?;
        let bytes = &self.bytes[self.at..self.at + len];
        self.at += len;
        Some(bytes)
    }
}

/// A word's bytes as a hash key: held in three machine words when it fits (most words: up
/// to 24 bytes, a dozen Arabic letters), so a lookup hashes and compares a few numbers.
///
/// Why: with boxed keys each lookup called `memcmp` on its key; the digest's memo and the
/// index's merge look up every word of every page (a million lookups at 1,000 articles),
/// and those calls were the largest part of both once the rest was memoised.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WordKey {
    Short { words: [u64; 3], len: u8 },
    Long(Box<[u8]>),
}

impl WordKey {
    pub fn of(bytes: &[u8]) -> Self {
        if bytes.len() > 24 {
            return WordKey::Long(bytes.into());
        }
        let mut padded = [0u8; 24];
        padded[..bytes.len()].copy_from_slice(bytes);
        let word = |i: usize| {
            let mut w = [0u8; 8];
            w.copy_from_slice(&padded[i * 8..i * 8 + 8]);
            u64::from_le_bytes(w)
        };
        WordKey::Short {
            words: [word(0), word(1), word(2)],
            len: bytes.len() as u8,
        }
    }

    /// The bytes the key was made of.
    pub fn bytes(&self) -> Vec<u8> {
        match self {
            WordKey::Short { words, len } => {
                let mut bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
                bytes.truncate(usize::from(*len));
                bytes
            }
            WordKey::Long(bytes) => bytes.to_vec(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_words_read_back_as_written() {
        let mut w = Writer::default();
        for n in [0, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX] {
            w.varint(n);
        }
        for n in [0, -1, 1, -25, -169, i32::MAX, i32::MIN] {
            w.signed(n);
        }
        w.bytes("بزشكيان".as_bytes());
        let mut r = Reader::new(&w.bytes);
        for n in [0, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX] {
            assert_eq!(r.varint(), Some(n));
        }
        for n in [0, -1, 1, -25, -169, i32::MAX, i32::MIN] {
            assert_eq!(r.signed(), Some(n));
        }
        assert_eq!(r.bytes(), Some("بزشكيان".as_bytes()));
        assert!(r.is_at_end());
        assert_eq!(r.varint(), None);
    }

    /// Keys are equal exactly when their bytes are, whatever their lengths and padding.
    #[test]
    fn word_keys_stand_for_their_bytes() {
        let words: [&[u8]; 7] = [
            b"",
            b"a",
            b"a\0",
            "موسكو".as_bytes(),
            "اثنا عشر حرفا عربيا".as_bytes(),
            &[7; 24],
            &[7; 25],
        ];
        for a in words {
            assert_eq!(WordKey::of(a).bytes(), a);
            for b in words {
                assert_eq!(WordKey::of(a) == WordKey::of(b), a == b, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn a_cut_or_damaged_buffer_reads_as_none() {
        let mut w = Writer::default();
        w.bytes("موسكو".as_bytes());
        let cut = &w.bytes[..w.bytes.len() - 1];
        assert_eq!(Reader::new(cut).bytes(), None);
        assert_eq!(Reader::new(&[0xff; 11]).varint(), None);
        assert_eq!(Reader::new(&[0xff, 0xff, 0xff, 0x7f]).len(), None);
    }
}
