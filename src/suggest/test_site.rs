//! A small site built through the public pipeline with `discovery: auto`, for the tests of
//! the rules on made-up sentences.

use crate::load::{EntityKind, Origin};
use crate::{BuildOptions, analyse_site};

/// The entities discovered in a site of `bodies` (content/articles/0.md …), name and kind.
pub(super) fn discovered(bodies: &[&str]) -> Vec<(String, EntityKind)> {
    discovered_with(bodies, false)
}

/// The names of the organisations discovered in a site of `bodies`, the gazetteer on.
pub(super) fn bodies_discovered(bodies: &[&str]) -> Vec<String> {
    discovered_with(bodies, true)
        .into_iter()
        .filter(|(_, k)| *k == EntityKind::Organization)
        .map(|(n, _)| n)
        .collect()
}

/// The names of the people discovered in a site of `bodies`.
pub(super) fn people_discovered(bodies: &[&str]) -> Vec<String> {
    discovered(bodies)
        .into_iter()
        .filter(|(_, k)| *k == EntityKind::Person)
        .map(|(n, _)| n)
        .collect()
}

/// The places of `bodies` discovery finds (the gazetteer on, as on a site).
pub(super) fn places(bodies: &[&str]) -> Vec<String> {
    discovered_with(bodies, true)
        .into_iter()
        .filter(|(_, k)| *k == EntityKind::Place)
        .map(|(n, _)| n)
        .collect()
}

/// As [`discovered`], with the gazetteer on or off (on, it knows the places a rule may want).
pub(super) fn discovered_with(bodies: &[&str], gazetteer: bool) -> Vec<(String, EntityKind)> {
    entities_of(bodies, gazetteer)
        .into_iter()
        .map(|e| (e.name().to_string(), e.kind))
        .collect()
}

/// The aliases of the entity discovered as `name` in a site of `bodies` (gazetteer on).
pub(super) fn aliases_of(bodies: &[&str], name: &str) -> Vec<String> {
    entities_of(bodies, true)
        .into_iter()
        .find(|e| e.name() == name)
        .map(|e| e.meta.aliases)
        .unwrap_or_default()
}

/// The aliases of the entity discovered as `name`; `None` when none is (so that a test of
/// what an entity lacks fails when the entity itself is missing).
pub(super) fn found_aliases(bodies: &[&str], name: &str) -> Option<Vec<String>> {
    entities_of(bodies, true)
        .into_iter()
        .find(|e| e.name() == name)
        .map(|e| e.meta.aliases)
}

/// The entities discovered in a site of `bodies`.
fn entities_of(bodies: &[&str], gazetteer: bool) -> Vec<crate::load::Entity> {
    let dir = tempfile::tempdir().expect("temporary folder");
    let root = dir.path();
    let write = |rel: &str, text: &str| {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
        std::fs::write(path, text).expect("file");
    };
    write(
        "config.yaml",
        &format!(
            "title: t\nbase_url: https://example.org/\ndiscovery: auto\ngazetteer: {gazetteer}\n"
        ),
    );
    for (i, body) in bodies.iter().enumerate() {
        let text = format!("---\ntitle: خبر\nslug: a{i}\n---\n\n{body}\n");
        write(&format!("content/articles/{i}.md"), &text);
    }
    let site = analyse_site(&BuildOptions {
        root: root.to_path_buf(),
        ..Default::default()
    })
    .expect("site");
    site.content
        .entities
        .iter()
        .filter(|e| e.origin == Origin::Discovered)
        .cloned()
        .collect()
}

/// The people among [`discovered`].
pub(super) fn people(bodies: &[&str]) -> Vec<String> {
    discovered(bodies)
        .into_iter()
        .filter(|(_, kind)| *kind == EntityKind::Person)
        .map(|(name, _)| name)
        .collect()
}

/// The people among the entities discovered in a site of `bodies` (gazetteer off), each with
/// its aliases.
pub(super) fn people_with_aliases(bodies: &[&str]) -> Vec<(String, Vec<String>)> {
    entities_of(bodies, false)
        .into_iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| (e.name().to_string(), e.meta.aliases))
        .collect()
}
