//! An output for `serve`'s search refresh that a new save can interrupt (see
//! [`super::LiveSite::refresh_search_unless`]).

use std::path::Path;

use crate::error::{Error, Result};
use crate::write::{DirOutput, Output};

/// An output that refuses every write once `interrupted` says so (see
/// [`LiveSite::refresh_search_unless`]).
pub(super) struct Interruptible<'a> {
    pub(super) inner: DirOutput,
    pub(super) interrupted: &'a (dyn Fn() -> bool + Sync),
}

impl Interruptible<'_> {
    fn check(&self, rel: &str) -> Result<()> {
        if (self.interrupted)() {
            return Err(Error::io(
                Path::new(rel),
                std::io::Error::from(std::io::ErrorKind::Interrupted),
            ));
        }
        Ok(())
    }
}

impl Output for Interruptible<'_> {
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        self.check(rel)?;
        self.inner.write(rel, bytes)
    }

    fn read(&self, rel: &str) -> Option<Vec<u8>> {
        self.inner.read(rel)
    }

    fn exists(&self, rel: &str) -> bool {
        self.inner.exists(rel)
    }

    fn write_hashed(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        self.check(rel)?;
        self.inner.write_hashed(rel, bytes)
    }

    fn prune_folder(&self, dir: &str, keep: &std::collections::HashSet<String>) -> Result<()> {
        self.check(dir)?;
        self.inner.prune_folder(dir, keep)
    }
}

pub(super) fn is_interruption(e: &Error) -> bool {
    matches!(e, Error::Io { source, .. } if source.kind() == std::io::ErrorKind::Interrupted)
}
