//! The cache pack's file format: a header (magic, format number, CRC-32 of the rest), then
//! entries — a page's (tag, key, length, bytes) or an index file's (tag, hash, length, bytes).
//! Written through [`Checksummed`] so the CRC is known when the file ends; read by
//! [`Pack::open`], which checks the CRC streamed and keeps only where each entry is.
//! What goes into the pack, and when it is rewritten or appended to, is [`super::Cache`]'s.

use std::fs;
use std::io::{self, BufRead, Read, Seek, Write};
use std::ops::Range;
use std::path::Path;

use rustc_hash::FxHashMap;

use super::PACK_FILE;

/// What a page's entry is found by: the SHA-256 of its record.
pub type Key = [u8; 32];

/// First bytes of a pack, then [`PACK_FORMAT`] (bumped whenever the layout or the encoding of
/// an entry changes), then the CRC-32 of everything after it.
pub(super) const MAGIC: &[u8; 12] = b"sahifa-pack\n";
pub(super) const PACK_FORMAT: u32 = 5;
pub(super) const HEADER_LEN: usize = MAGIC.len() + 4 + 4;

/// What starts an entry: a page's (key, then its bytes) or an index file's (hash, bytes).
pub(super) const PAGE_ENTRY: u8 = b'P';
pub(super) const FILE_ENTRY: u8 = b'F';

pub(super) fn page_entry(out: &mut Checksummed, key: &Key, bytes: &[u8]) -> io::Result<()> {
    out.write(&[PAGE_ENTRY])?;
    out.write(&key[..])?;
    out.write(&(bytes.len() as u64).to_le_bytes())?;
    out.write(bytes)
}

pub(super) fn file_entry(out: &mut Checksummed, hash: &str, bytes: &[u8]) -> io::Result<()> {
    out.write(&[FILE_ENTRY])?;
    out.write(&(hash.len() as u64).to_le_bytes())?;
    out.write(hash.as_bytes())?;
    out.write(&(bytes.len() as u64).to_le_bytes())?;
    out.write(bytes)
}

/// Appends the entries made in this build (the body of the new pack file `made`) and the
/// new index files to the pack at `path`, which must still be the `old` one opened at the
/// start; then its CRC, combined from the old one and that of what was appended. The new
/// file is removed. A pack changed by another build meanwhile is left as it is.
pub(super) fn append_to(
    path: &Path,
    old: Pack,
    mut made: Checksummed,
    new_files: &[&(&str, &[u8])],
) -> io::Result<()> {
    for (hash, bytes) in new_files {
        file_entry(&mut made, hash, bytes)?;
    }
    let appended_crc = made.crc;
    let file = made.out.into_inner().map_err(|e| e.into_error())?;
    drop(file);
    let temporary = path.with_file_name(format!("{PACK_FILE}.{}.part", std::process::id()));
    let Pack { file, len, crc } = old;
    drop(file);
    let appended = append_file(path, len, &temporary);
    let _ = fs::remove_file(&temporary);
    if !appended? {
        return Ok(());
    }
    let mut crc = crc32fast::Hasher::new_with_initial_len(crc, len - HEADER_LEN as u64);
    crc.combine(&appended_crc);
    let mut pack = fs::OpenOptions::new().write(true).open(path)?;
    pack.seek(io::SeekFrom::Start((MAGIC.len() + 4) as u64))?;
    pack.write_all(&crc.finalize().to_le_bytes())
}

/// Copies the body of the pack file `new` to the end of the pack at `path`; `false`, and
/// nothing written, if that pack is not the old one (`old_len` bytes) any more.
pub(super) fn append_file(path: &Path, old_len: u64, new: &Path) -> io::Result<bool> {
    let mut new = fs::File::open(new)?;
    new.seek(io::SeekFrom::Start(HEADER_LEN as u64))?;
    let mut pack = fs::OpenOptions::new().append(true).open(path)?;
    if pack.metadata()?.len() != old_len || old_len < HEADER_LEN as u64 {
        return Ok(false);
    }
    io::copy(&mut new, &mut pack)?;
    Ok(true)
}

/// A pack's body on its way to its file, and its CRC-32 so far.
pub(super) struct Checksummed {
    pub(super) out: io::BufWriter<fs::File>,
    pub(super) crc: crc32fast::Hasher,
}

impl Checksummed {
    /// A new pack file at `path`, its header written (the CRC comes at [`Checksummed::finish`]).
    pub(super) fn create(path: &Path) -> io::Result<Checksummed> {
        let mut out = io::BufWriter::with_capacity(1 << 16, fs::File::create(path)?);
        out.write_all(MAGIC)?;
        out.write_all(&PACK_FORMAT.to_le_bytes())?;
        out.write_all(&0u32.to_le_bytes())?;
        Ok(Checksummed {
            out,
            crc: crc32fast::Hasher::new(),
        })
    }

    /// Ends the pack: the CRC of everything written goes into its header.
    pub(super) fn finish(self) -> io::Result<()> {
        let crc = self.crc.finalize();
        let mut file = self.out.into_inner().map_err(|e| e.into_error())?;
        file.seek(io::SeekFrom::Start((MAGIC.len() + 4) as u64))?;
        file.write_all(&crc.to_le_bytes())
    }

    pub(super) fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.crc.update(bytes);
        self.out.write_all(bytes)
    }
}

pub(super) type Ranges = (FxHashMap<Key, Range<u64>>, FxHashMap<String, Range<u64>>);

/// An intact pack of this format, open for reading its entries where they are.
pub(super) struct Pack {
    pub(super) file: fs::File,
    pub(super) len: u64,
    /// The CRC-32 of its content, for appending to it.
    pub(super) crc: u32,
}

impl Pack {
    /// The pack at `path` and where each of its entries is; `None` for anything but an
    /// intact pack of this format. Of two entries with the same key, the later one is kept
    /// (one appended because the earlier could not be read).
    pub(super) fn open(path: &Path) -> Option<(Pack, Ranges)> {
        let mut file = fs::File::open(path).ok()?;
        let len = file.metadata().ok()?.len();
        let mut header = [0; HEADER_LEN];
        file.read_exact(&mut header).ok()?;
        let (magic, rest) = header.split_at(MAGIC.len());
        if magic != MAGIC || u32_at(rest, 0)? != PACK_FORMAT {
            return None;
        }
        let crc = u32_at(rest, 4)?;
        if content_crc(&mut file).ok()? != crc {
            return None;
        }
        file.seek(io::SeekFrom::Start(HEADER_LEN as u64)).ok()?;
        let (pages, files) = entries(io::BufReader::with_capacity(1 << 16, &file), len)?;
        Some((Pack { file, len, crc }, (pages, files)))
    }

    /// The bytes at `range` of the pack.
    pub(super) fn read(&self, range: &Range<u64>) -> io::Result<Vec<u8>> {
        let len =
            usize::try_from(range.end - range.start).map_err(|_| io::ErrorKind::InvalidData)?;
        let mut bytes = vec![0; len];
        read_at(&self.file, range.start, &mut bytes)?;
        Ok(bytes)
    }
}

/// The CRC-32 of everything after the header, streamed (the file positioned after it).
pub(super) fn content_crc(file: &mut fs::File) -> io::Result<u32> {
    let mut crc = crc32fast::Hasher::new();
    let mut reader = io::BufReader::with_capacity(1 << 20, file);
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            return Ok(crc.finalize());
        }
        crc.update(chunk);
        let n = chunk.len();
        reader.consume(n);
    }
}

/// Where each entry is, read from the entries' heads (their bodies skipped).
pub(super) fn entries(mut r: io::BufReader<&fs::File>, len: u64) -> Option<Ranges> {
    let mut pages = FxHashMap::default();
    let mut files = FxHashMap::default();
    let mut at = HEADER_LEN as u64;
    let body = |r: &mut io::BufReader<&fs::File>, at: &mut u64| -> Option<Range<u64>> {
        let size = read_u64(r)?;
        let start = *at + 8;
        let end = start.checked_add(size).filter(|&end| end <= len)?;
        r.seek_relative(i64::try_from(size).ok()?).ok()?;
        *at = end;
        Some(start..end)
    };
    while at < len {
        let mut tag = [0; 1];
        r.read_exact(&mut tag).ok()?;
        at += 1;
        match tag[0] {
            PAGE_ENTRY => {
                let mut key: Key = [0; 32];
                r.read_exact(&mut key).ok()?;
                at += 32;
                let range = body(&mut r, &mut at)?;
                pages.insert(key, range);
            }
            FILE_ENTRY => {
                let size = usize::try_from(read_u64(&mut r)?).ok()?;
                if at + 8 + size as u64 > len {
                    return None;
                }
                let mut hash = vec![0; size];
                r.read_exact(&mut hash).ok()?;
                at += 8 + size as u64;
                let range = body(&mut r, &mut at)?;
                files.insert(String::from_utf8(hash).ok()?, range);
            }
            _ => return None,
        }
    }
    Some((pages, files))
}

pub(super) fn read_u64(r: &mut impl Read) -> Option<u64> {
    let mut bytes = [0; 8];
    r.read_exact(&mut bytes).ok()?;
    Some(u64::from_le_bytes(bytes))
}

pub(super) fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// Fills `bytes` from `file` at `offset`, without moving a shared position (entries are
/// read from several threads at once).
pub(super) fn read_at(file: &fs::File, offset: u64, bytes: &mut [u8]) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileExt;
        file.read_exact_at(bytes, offset)
    }
    #[cfg(windows)]
    {
        use std::os::windows::fs::FileExt;
        let mut done = 0;
        while done < bytes.len() {
            match file.seek_read(&mut bytes[done..], offset + done as u64)? {
                0 => return Err(io::ErrorKind::UnexpectedEof.into()),
                n => done += n,
            }
        }
        Ok(())
    }
}
