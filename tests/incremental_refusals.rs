//! What `serve` refuses or warns of while an editor works: a bad file name or encoding, slugs
//! that would clash, a link to nothing — each said where it is, the site left as it was.

use super::incremental::{article, options};
use crate::common;

use common::{news_site, write};
use sahifa::incremental::{ChangeKind, LiveSite};

#[test]
fn a_static_file_name_that_is_not_utf8_is_refused_while_serving() {
    use std::os::unix::ffi::OsStrExt;
    let site = news_site();
    let root = site.path();
    let (mut live, _) = LiveSite::new(options(root, "live")).unwrap();
    let name = std::ffi::OsStr::from_bytes(b"\xc7\xe1\xde\xe3\xc9.css");
    write(root, "static/placeholder.css", "");
    std::fs::rename(
        root.join("static/placeholder.css"),
        root.join("static").join(name),
    )
    .unwrap();
    let err = live
        .apply(&[ChangeKind::Static(name.into())])
        .expect_err("a name that is not UTF-8");
    assert!(
        err.to_string().contains("not valid UTF-8")
            || format!("{err:?}").contains("not valid UTF-8"),
        "{err:?}"
    );
    let published: Vec<_> = std::fs::read_dir(root.join("live"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(
        !published
            .iter()
            .any(|n| n.to_string_lossy().contains('\u{FFFD}')),
        "{published:?}"
    );
}

/// An edited article whose slug now differs from another's only in case is refused.
#[test]
fn an_edit_making_slugs_differ_only_in_case_is_refused() {
    let site = news_site();
    let root = site.path();
    let (mut live, _) = LiveSite::new(options(root, "live")).unwrap();
    write(
        root,
        "content/articles/ashgabat.md",
        "---\ntitle: \"لقاء عشق آباد\"\ndate: 2024-10-11\nslug: Moscow-Summit\n---\nالتقى بوتين ومسعود بيزشكيان.\n",
    );
    let err = live.apply(&[article("ashgabat")]).unwrap_err().to_string();
    assert!(
        err.contains("`Moscow-Summit` differs only in letter case from `moscow-summit`"),
        "{err}"
    );
}

/// An article saved in a legacy encoding under `serve` is reported as a full build reports it:
/// at the line and column of the first bad byte (the incremental reader used to drop them).
#[test]
fn a_legacy_encoded_article_is_located_by_line_and_column() {
    let site = news_site();
    let root = site.path();
    let (mut live, _) = LiveSite::new(options(root, "live")).unwrap();
    let mut bytes = "---\ntitle: \"لقاء عشق آباد\"\ndate: 2024-10-11\n---\nالتقى بوتين و"
        .as_bytes()
        .to_vec();
    bytes.extend([0xE3, 0xD3, 0xDA, 0xE6, 0xCF]); // مسعود in Windows-1256
    std::fs::write(root.join("content/articles/ashgabat.md"), bytes).unwrap();
    let err = live.apply(&[article("ashgabat")]).unwrap_err().to_string();
    assert!(
        err.contains("content/articles/ashgabat.md:5:14"),
        "want file:line:col of the first bad byte: {err}"
    );
    assert!(err.contains("not valid UTF-8"), "{err}");
}

/// An edit that writes a link to nothing is published and warned of at its line and column,
/// as a build warns; the link, once it points to a page the site has, raises nothing.
#[test]
fn an_edit_with_a_dead_link_is_warned_of_as_a_build_would() {
    let site = news_site();
    let root = site.path();
    let (mut live, _) = LiveSite::new(options(root, "live")).unwrap();
    let text = |target: &str| {
        format!(
            "---\ntitle: \"قمة\"\ndate: 2022-01-19\n---\nاستقبل فلاديمير بوتين إبراهيم رئيسي.\n\n[التفاصيل]({target})\n"
        )
    };
    write(
        root,
        "content/articles/moscow-summit.md",
        &text("/articles/nowhere/"),
    );
    let applied = live.apply(&[article("moscow-summit")]).unwrap();
    let warnings: Vec<String> = applied
        .warnings
        .iter()
        .map(|d| d.as_warning().to_string())
        .collect();
    assert!(
        warnings.iter().any(|w| w.starts_with(
            "content/articles/moscow-summit.md:7:12: warning: `/sub/articles/nowhere/` points to nothing"
        )),
        "{warnings:#?}"
    );
    assert!(
        root.join("live/articles/moscow-summit/index.html")
            .is_file()
    );

    write(
        root,
        "content/articles/moscow-summit.md",
        &text("/articles/tehran-visit/"),
    );
    let applied = live.apply(&[article("moscow-summit")]).unwrap();
    assert!(
        applied
            .warnings
            .iter()
            .all(|d| !d.message.contains("points to nothing")),
        "{:#?}",
        applied.warnings
    );
}
