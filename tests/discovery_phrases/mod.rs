//! Discovery on real Arabic news sentences (issue 14, second round): the heads of state bodies,
//! markets and federations with the phrase they govern, a parenthesised short name as an
//! alias, the shorter form an article uses later, titles set off by a comma, compound first
//! names, spelling variants of a known person, and what must stay unlinked. Each test builds a
//! small site with `discovery: auto` through the public pipeline; the tests are grouped by
//! the kind of entity they find, the helpers are here.

use crate::common;

use std::path::Path;

use common::write;
use sahifa::load::{EntityKind, Origin};
use sahifa::{BuildOptions, analyse_site, mentions};

/// A discovered entity: name, kind and aliases.
pub(super) type Found = (String, EntityKind, Vec<String>);

/// A site of `bodies` (content/articles/0.md …) with `registry` files, `discovery: auto`, the
/// gazetteer on or off; returns the discovered entities and every (surface, entity id) linked.
pub(super) fn discover(
    bodies: &[&str],
    registry: &[&str],
    gazetteer: bool,
) -> (Vec<Found>, Vec<(String, String)>) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let config = format!(
        "title: t\nbase_url: https://example.org/\ndiscovery: auto\ngazetteer: {gazetteer}\n"
    );
    write(root, "config.yaml", &config);
    for (i, text) in registry.iter().enumerate() {
        write(root, &format!("content/entities/e{i}.md"), text);
    }
    for (i, body) in bodies.iter().enumerate() {
        let text = format!("---\ntitle: خبر\nslug: a{i}\ndate: 2025-01-01\n---\n\n{body}\n");
        write(root, &format!("content/articles/{i}.md"), &text);
    }
    let site = analyse_site(&options(root)).unwrap();
    let found = site
        .content
        .entities
        .iter()
        .filter(|e| e.origin == Origin::Discovered)
        .map(|e| (e.name().to_string(), e.kind, e.meta.aliases.clone()))
        .collect();
    let linked = mentions::records(&site)
        .into_iter()
        .filter(|m| !m.in_title)
        .map(|m| (m.surface, m.entity))
        .collect();
    (found, linked)
}

pub(super) fn options(root: &Path) -> BuildOptions {
    BuildOptions {
        root: root.to_path_buf(),
        ..Default::default()
    }
}

pub(super) fn names(found: &[Found]) -> Vec<&str> {
    found.iter().map(|f| f.0.as_str()).collect()
}

pub(super) fn entity<'a>(found: &'a [Found], name: &str) -> &'a Found {
    found
        .iter()
        .find(|f| f.0 == name)
        .unwrap_or_else(|| panic!("«{name}» not discovered: {:?}", names(found)))
}

/// The discovered names of `found` of kind `kind`.
pub(super) fn of_kind(found: &[Found], kind: EntityKind) -> Vec<&str> {
    found
        .iter()
        .filter(|f| f.1 == kind)
        .map(|f| f.0.as_str())
        .collect()
}

mod organisations;
mod people;
mod people_context;
mod places;
