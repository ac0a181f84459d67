//! The few CBOR items Pagefind's index files are made of (arrays, integers, text), written
//! straight into a byte buffer, each in its shortest form — the bytes `minicbor`'s encoder
//! writes for the same items (`tests` compare them).
//!
//! Why not `minicbor`: every position of every page goes through here once per build, and
//! its encoder's per-item `Result` and writer calls were a fifth of encoding the index.

/// Appends CBOR items to `out`.
pub struct Cbor<'a> {
    pub out: &'a mut Vec<u8>,
}

const UNSIGNED: u8 = 0;
const NEGATIVE: u8 = 1 << 5;
const TEXT: u8 = 3 << 5;
const ARRAY: u8 = 4 << 5;

impl Cbor<'_> {
    /// An item's head: its major type and number in the fewest bytes.
    #[inline]
    fn head(&mut self, major: u8, n: u64) {
        if n < 24 {
            self.out.push(major | n as u8);
        } else if n <= u64::from(u8::MAX) {
            self.out.extend_from_slice(&[major | 24, n as u8]);
        } else if n <= u64::from(u16::MAX) {
            self.out.push(major | 25);
            self.out.extend_from_slice(&(n as u16).to_be_bytes());
        } else if n <= u64::from(u32::MAX) {
            self.out.push(major | 26);
            self.out.extend_from_slice(&(n as u32).to_be_bytes());
        } else {
            self.out.push(major | 27);
            self.out.extend_from_slice(&n.to_be_bytes());
        }
    }

    /// The start of an array of `len` items.
    #[inline]
    pub fn array(&mut self, len: u64) -> &mut Self {
        self.head(ARRAY, len);
        self
    }

    #[inline]
    pub fn u64(&mut self, n: u64) -> &mut Self {
        self.head(UNSIGNED, n);
        self
    }

    #[inline]
    pub fn i64(&mut self, n: i64) -> &mut Self {
        if n >= 0 {
            self.head(UNSIGNED, n as u64);
        } else {
            // -1 - n, which cannot overflow for a negative n.
            self.head(NEGATIVE, !(n as u64));
        }
        self
    }

    /// [`Cbor::i64`] for a number from −64 to 63, without the general case's branches.
    #[inline]
    pub fn small_int(&mut self, n: i8) {
        let (major, value) = if n >= 0 {
            (UNSIGNED, n as u8)
        } else {
            (NEGATIVE, !(n as u8))
        };
        if value < 24 {
            self.out.push(major | value);
        } else {
            self.out.extend_from_slice(&[major | 24, value]);
        }
    }

    pub fn str(&mut self, text: &str) -> &mut Self {
        self.head(TEXT, text.len() as u64);
        self.out.extend_from_slice(text.as_bytes());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use minicbor::Encoder;

    /// Every kind of item at each length boundary gives `minicbor`'s bytes.
    #[test]
    fn items_are_written_as_minicbor_writes_them() {
        let numbers: Vec<i64> = [
            0,
            1,
            23,
            24,
            255,
            256,
            65_535,
            65_536,
            u32::MAX as i64,
            u32::MAX as i64 + 1,
            i64::MAX,
        ]
        .iter()
        .flat_map(|&n| [n, -n, -n - 1])
        .chain([i64::MIN])
        .collect();
        let texts = ["", "بزشكيان", &"ع".repeat(200), &"x".repeat(70_000)];
        let mut ours = Vec::new();
        let mut c = Cbor { out: &mut ours };
        let mut want = Vec::new();
        let mut e = Encoder::new(&mut want);
        for &n in &numbers {
            c.i64(n);
            e.i64(n).unwrap();
            if n >= 0 {
                c.u64(n as u64).array(n as u64);
                e.u64(n as u64).unwrap().array(n as u64).unwrap();
            }
        }
        for n in -64..=63i8 {
            c.small_int(n);
            e.i8(n).unwrap();
        }
        for text in texts {
            c.str(text);
            e.str(text).unwrap();
        }
        assert_eq!(ours, want);
    }
}
