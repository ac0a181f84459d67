//! Discovery catching up with the edits, on a thread of its own. An edit is patched into the
//! in-memory site with the names the last full build discovered; what a build of the site on
//! disk would link instead ([`crate::entities_a_build_links`]) takes seconds on a large site,
//! too long to hold back a save. So the question is asked at a quiet moment on a thread of its
//! own, its answer taken at a later quiet moment, and the site rebuilt when the answer links
//! other entities (a new article names a new minister). An answer about files edited since is
//! dropped and the question asked again.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;

use super::{Rebuilder, panic_message, report_error};
use crate::error::{Diagnostic, Error, Result};
use crate::serve::state::LiveEvent;

/// A question to discovery running on its own thread (see [`Rebuilder::catch_up_discovery`]).
pub(super) struct DiscoveryQuestion {
    /// The source events seen when it was asked: an answer about older files is dropped.
    seen: u64,
    answer: mpsc::Receiver<Result<Vec<crate::load::Entity>>>,
}

impl Rebuilder<'_> {
    /// Asks discovery what a build of the site on disk would link, on a thread of its own
    /// (seconds on a large site, during which saves are served as usual); at a later quiet
    /// moment, takes the answer and rebuilds the site if it links other entities than that.
    pub(super) fn catch_up_discovery(&mut self, events: &AtomicU64) {
        if let Some(question) = &self.discovery {
            let answer = match question.answer.try_recv() {
                Err(mpsc::TryRecvError::Empty) => return,
                Err(mpsc::TryRecvError::Disconnected) => None,
                Ok(answer) => Some(answer),
            };
            let current = question.seen == events.load(Ordering::SeqCst);
            self.discovery = None;
            // An error in the sources is reported by the edit that made it; a stale answer
            // is asked again (the site still says it is stale).
            if let (Some(Ok(entities)), true) = (answer, current) {
                let result = self.guarded(|live| {
                    live.as_mut()
                        .map_or(Ok(None), |l| l.catch_up_discovery(&entities))
                });
                match result {
                    Ok(None) => {}
                    Ok(Some(applied)) => self.announce_discovery(applied),
                    Err(e) => report_error(self.state, &e),
                }
            }
            return;
        }
        let Some(live) = self.live.as_ref().filter(|l| l.discovery_is_stale()) else {
            return;
        };
        let options = live.options().clone();
        let (tx, answer) = mpsc::channel();
        std::thread::spawn(move || {
            let asked = catch_unwind(AssertUnwindSafe(|| crate::entities_a_build_links(&options)));
            let _ = tx.send(asked.unwrap_or_else(|payload| {
                Err(Error::Internal {
                    during: "discovering names after a change".into(),
                    message: panic_message(payload.as_ref()),
                })
            }));
        });
        self.discovery = Some(DiscoveryQuestion {
            seen: events.load(Ordering::SeqCst),
            answer,
        });
    }

    /// Says that discovery's catching up rebuilt the site, and reloads the browser.
    fn announce_discovery(&self, applied: crate::incremental::Applied) {
        Diagnostic::eprint_warnings(&applied.warnings);
        println!(
            "Discovery found other names after the last edits: rebuilt {} pages in {} ms",
            applied.pages,
            applied.elapsed.as_millis()
        );
        let _ = self.state.events.send(LiveEvent::Reload);
    }
}
