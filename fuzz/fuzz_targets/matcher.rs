//! The matcher on arbitrary text, with a fixed Arabic registry: never a panic, and every
//! mention is a non-empty span on character boundaries, in order, without overlaps.

#![no_main]

mod common;

use std::collections::HashSet;
use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use sahifa::analyse::matcher::resolve_ambiguity;
use sahifa::analyse::normalize::{normalize, normalize_name};
use sahifa::analyse::{Evidence, Matcher};

const CLITICS: &[&str] = &[
    "", "و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل",
];

static MATCHER: LazyLock<Matcher> = LazyLock::new(|| common::matcher(&common::entities()));

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    let matcher = &*MATCHER;
    let mentions = matcher.find(text);
    let mut previous_end = 0;
    for m in &mentions {
        assert!(
            m.start <= m.name_start && m.name_start < m.end && m.end <= text.len(),
            "span {}..{}..{} in {} bytes",
            m.start,
            m.name_start,
            m.end,
            text.len()
        );
        for at in [m.start, m.name_start, m.end] {
            assert!(text.is_char_boundary(at), "{at} is inside a character");
        }
        assert!(
            m.start >= previous_end,
            "overlap or out of order at {}",
            m.start
        );
        previous_end = m.end;
        // The span, normalised, is a clitic (or nothing) and then the alias it matched. (The
        // name's own start may fall inside a ligature such as ﻻ, whose expansion also holds the
        // clitic, so the span is checked whole.)
        let alias = normalize_name(matcher.alias(m));
        let whole = normalize(&text[m.start..m.end]).text;
        let lam = alias.strip_prefix("ال").map(|rest| format!("ل{rest}"));
        let clitic = if let Some(c) = whole.strip_suffix(alias.as_str()) {
            c
        } else if let Some(c) = lam.as_deref().and_then(|l| whole.strip_suffix(l)) {
            assert!(["ل", "ول", "فل"].contains(&c), "lam form after {c:?}");
            c
        } else {
            panic!(
                "span {:?} does not end with the alias {alias:?}",
                &text[m.start..m.end]
            );
        };
        assert!(CLITICS.contains(&clitic), "clitic {clitic:?} in {whole:?}");
        if m.evidence == Evidence::Demonym {
            assert!(m.candidates.is_empty());
        }
    }
    let mut runs = vec![mentions];
    resolve_ambiguity(&mut runs, &HashSet::new());
    assert!(
        runs[0]
            .iter()
            .all(|m| !matches!(m.evidence, Evidence::Unconfirmed))
    );
});
