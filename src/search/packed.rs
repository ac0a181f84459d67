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

    pub fn bytes(&mut self) -> Option<&'a [u8]> {
        let len = self.len()?;
        let bytes = &self.bytes[self.at..self.at + len];
        self.at += len;
        Some(bytes)
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
