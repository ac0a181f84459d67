//! An entity's country: a registry body that names it (`country: jordan`) is confirmed where
//! an article names that country or a place in it, as a gazetteer town is by its country.

use crate::common;

use std::path::Path;

use common::{site, write};
use sahifa::{BuildOptions, analyse_site, build, mentions};

const CONFIG: &str = "title: \"صحيفتي\"\nbase_url: \"https://example.github.io/my-site/\"\n";

fn options(root: &Path) -> BuildOptions {
    BuildOptions {
        root: root.to_path_buf(),
        ..Default::default()
    }
}

/// A registry body that names its country (`country: jordan`) is confirmed where an article
/// names that country or a place in it, as a gazetteer town is: its bare name, which every
/// country's parliament shares, is linked in the article on Amman and not in the one on
/// Baghdad. A `country:` that names no place of the site is an error at its line.
#[test]
fn a_registry_body_s_country_confirms_its_ambiguous_name() {
    let dir = site(&[("config.yaml", CONFIG)]);
    let root = dir.path();
    write(
        root,
        "content/entities/jordan-parliament.md",
        "---\nid: jordan-parliament\ntype: organization\nname: مجلس النواب الأردني\naliases: [\"مجلس النواب\"]\nambiguous: [\"مجلس النواب\"]\ncountry: jordan\n---\n",
    );
    write(
        root,
        "content/articles/amman.md",
        "---\ntitle: \"الموازنة\"\ndate: 2024-05-02\n---\nأقر مجلس النواب الموازنة في إربد.\n",
    );
    write(
        root,
        "content/articles/baghdad.md",
        "---\ntitle: \"النفط\"\ndate: 2024-05-03\n---\nاستضاف مجلس النواب في بغداد وزير النفط.\n",
    );
    let site = analyse_site(&options(root)).unwrap();
    let linked: Vec<(String, String)> = mentions::records(&site)
        .into_iter()
        .filter(|m| m.entity == "jordan-parliament")
        .map(|m| (m.file, m.surface))
        .collect();
    assert_eq!(
        linked,
        [(
            "content/articles/amman.md".to_string(),
            "مجلس النواب".to_string()
        )]
    );

    write(
        root,
        "content/entities/jordan-parliament.md",
        "---\nid: jordan-parliament\ntype: organization\nname: مجلس النواب الأردني\ncountry: atlantis\n---\n",
    );
    let err = build(&options(root)).unwrap_err().to_string();
    assert!(
        err.contains(
            "content/entities/jordan-parliament.md:5:1: error: country: no place of the site has the id `atlantis`"
        ),
        "{err}"
    );
}
