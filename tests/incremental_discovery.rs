//! `serve` patches an edit in with the names discovered at the last full build, then catches
//! up with discovery at a quiet moment: what it serves ends as a full build of the same files.

use crate::common;

use std::path::Path;

use common::{tree, write};
use sahifa::incremental::{ChangeKind, LiveSite};
use sahifa::{BuildOptions, build, entities_a_build_links};

fn options(root: &Path, out: &str) -> BuildOptions {
    BuildOptions {
        root: root.to_path_buf(),
        output: Some(root.join(out)),
        ..Default::default()
    }
}

fn page(root: &Path, out: &str, id: &str) -> std::path::PathBuf {
    root.join(out).join(format!("entities/{id}/index.html"))
}

/// A new article naming a new minister: linked with the old names at once, then with a page
/// after catching up, and the output is a full build's, byte for byte.
#[test]
fn a_new_articles_names_get_pages_once_discovery_catches_up() {
    let dir = common::fixture_copy("discovery_site");
    let root = dir.path();
    let (mut live, _) = LiveSite::new(options(root, "live")).unwrap();
    assert!(!live.discovery_is_stale());

    write(
        root,
        "content/articles/agriculture.md",
        "---\ntitle: \"خطة الزراعة\"\ndate: 2024-03-05\n---\nقال وزير الزراعة علاء فاروق إن الموسم \
         القادم سيشهد زيادة في المساحات المزروعة.\n\nوأضاف فاروق أن الوزارة ستدعم المزارعين.\n",
    );
    let change = ChangeKind::Article("content/articles/agriculture.md".into());
    let applied = live.apply(&[change]).unwrap();
    assert!(!applied.full, "the edit is patched in");
    assert!(page(root, "live", "خطة-الزراعة").exists() || applied.pages > 0);
    assert!(
        !page(root, "live", "علاء-فاروق").exists(),
        "not yet discovered"
    );
    assert!(live.discovery_is_stale());

    let entities = entities_a_build_links(live.options()).unwrap();
    let caught_up = live.catch_up_discovery(&entities).unwrap();
    assert!(
        caught_up.is_some_and(|a| a.full),
        "discovery's new name rebuilds the site"
    );
    assert!(page(root, "live", "علاء-فاروق").exists());
    assert!(!live.discovery_is_stale());

    build(&options(root, "full")).unwrap();
    assert_same_output(root);
}

/// The output `serve` keeps (`live/`) is a full build's (`full/`), byte for byte.
fn assert_same_output(root: &Path) {
    let (inc, full) = (tree(&root.join("live")), tree(&root.join("full")));
    let names =
        |t: &[(std::path::PathBuf, Vec<u8>)]| t.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(names(&inc), names(&full), "same files");
    for ((path, a), (_, b)) in inc.iter().zip(&full) {
        assert!(
            a == b,
            "{} differs from a full build's:\n--- served\n{}\n--- full\n{}",
            path.display(),
            String::from_utf8_lossy(a),
            String::from_utf8_lossy(b)
        );
    }
}

/// An edit that changes no discovered name leaves the patched pages as they are.
#[test]
fn an_edit_without_new_names_needs_no_rebuild() {
    let dir = common::fixture_copy("discovery_site");
    let root = dir.path();
    let (mut live, _) = LiveSite::new(options(root, "live")).unwrap();
    let path = root.join("content/articles/egypt-cabinet.md");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("خطة الدعم النقدي", "خطة الدعم")).unwrap();
    let change = ChangeKind::Article("content/articles/egypt-cabinet.md".into());
    assert!(!live.apply(&[change]).unwrap().full);
    assert!(live.discovery_is_stale());
    let entities = entities_a_build_links(live.options()).unwrap();
    assert!(live.catch_up_discovery(&entities).unwrap().is_none());
    assert!(!live.discovery_is_stale());
    live.refresh_search().unwrap();
    build(&options(root, "full")).unwrap();
    assert_same_output(root);
}

/// `discovery: suggest` (or `off`) links no discovered name: nothing to catch up.
#[test]
fn without_auto_discovery_an_edit_leaves_nothing_to_catch_up() {
    let dir = common::fixture_copy("discovery_site");
    let root = dir.path();
    write(
        root,
        "config.yaml",
        "title: \"صحيفتي\"\nbase_url: \"https://example.github.io/my-site/\"\ndiscovery: suggest\n",
    );
    let (mut live, _) = LiveSite::new(options(root, "live")).unwrap();
    let path = root.join("content/articles/egypt-cabinet.md");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("اجتماعا موسعا", "اجتماعا")).unwrap();
    let change = ChangeKind::Article("content/articles/egypt-cabinet.md".into());
    live.apply(&[change]).unwrap();
    assert!(!live.discovery_is_stale());
}
