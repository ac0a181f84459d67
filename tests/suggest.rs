//! `sahifa entities suggest` on the repository's five seed articles: with three people taken
//! out of the registry, the suggester must find them again, and it must never suggest a name
//! the registry already has.

use std::fs;
use std::path::{Path, PathBuf};

use sahifa::analyse::normalize::normalize_name;
use sahifa::load::EntityKind;
use sahifa::suggest::{Suggestion, suggest};
use sahifa::{BuildOptions, analyse_site};

const REMOVED: [&str; 3] = ["dmitry-peskov", "recep-tayyip-erdogan", "donald-trump"];

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies config.yaml and content/ of the repository into a temporary site.
fn copy_of_repo_site(skip_entities: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(repo().join("config.yaml"), dir.path().join("config.yaml")).unwrap();
    for sub in ["content/articles", "content/entities"] {
        fs::create_dir_all(dir.path().join(sub)).unwrap();
        for entry in fs::read_dir(repo().join(sub)).unwrap() {
            let path = entry.unwrap().path();
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            if path.extension().is_some_and(|e| e == "md") && !skip_entities.contains(&stem) {
                fs::copy(&path, dir.path().join(sub).join(path.file_name().unwrap())).unwrap();
            }
        }
    }
    // The lead image an article names.
    let images = "content/articles/images";
    fs::create_dir_all(dir.path().join(images)).unwrap();
    for entry in fs::read_dir(repo().join(images)).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(
            &path,
            dir.path().join(images).join(path.file_name().unwrap()),
        )
        .unwrap();
    }
    dir
}

fn suggestions(root: &Path) -> Vec<Suggestion> {
    let site = analyse_site(&BuildOptions {
        root: root.to_path_buf(),
        ..Default::default()
    })
    .unwrap();
    suggest(&site)
}

fn print(list: &[Suggestion]) {
    for (i, s) in list.iter().enumerate() {
        let kind = s.kind_hint.map_or("-", EntityKind::key);
        println!("{:>2}. {} ×{} [{kind}]", i + 1, s.name, s.count);
        for e in &s.examples {
            println!("      {}:{}:{}  {}", e.file, e.line, e.column, e.sentence);
        }
    }
}

#[test]
fn finds_the_people_taken_out_of_the_registry() {
    let site = copy_of_repo_site(&REMOVED);
    let list = suggestions(site.path());
    print(&list[..list.len().min(20)]);
    for name in ["ديمتري بيسكوف", "رجب طيب أردوغان", "دونالد ترامب"]
    {
        let rank = list
            .iter()
            .position(|s| s.name == name)
            .unwrap_or_else(|| panic!("{name} is not suggested"));
        assert!(rank < 10, "{name} ranks {}", rank + 1);
        let s = &list[rank];
        assert_eq!(s.kind_hint, Some(EntityKind::Person), "{name}");
        assert!(!s.examples.is_empty(), "{name}");
        let e = &s.examples[0];
        assert!(e.sentence.contains(name), "{name}: {}", e.sentence);
        let text = fs::read_to_string(site.path().join(&e.file)).unwrap();
        let line = text.lines().nth(e.line - 1).unwrap();
        let at: String = line.chars().skip(e.column - 1).collect();
        assert!(at.starts_with(name), "{name} at {}:{}", e.line, e.column);
    }
}

#[test]
fn never_suggests_a_registered_name() {
    let site = analyse_site(&BuildOptions {
        root: repo(),
        ..Default::default()
    })
    .unwrap();
    let registered: Vec<String> = site
        .content
        .entities
        .iter()
        .flat_map(|e| std::iter::once(e.name().to_string()).chain(e.meta.aliases.clone()))
        .map(|n| normalize_name(&n))
        .collect();
    let list = suggest(&site);
    print(&list);
    for s in &list {
        let name = normalize_name(&s.name);
        assert!(
            !registered
                .iter()
                .any(|r| name.split(' ').any(|w| w == r) || name == *r),
            "{} is registered",
            s.name
        );
    }
}

/// An outlet named after a place (الفرات نيوز) is the outlet, linked whole: its first word is
/// no mention of the river, which stays linked where the text names it (نهر الفرات).
#[test]
fn an_outlet_named_after_a_river_is_the_outlet() {
    let config = "title: t\nbase_url: https://example.org/\ndiscovery: auto\n";
    let found = crate::common::linked_entities(
        config,
        "وقال المحافظ لوكالة {الفرات نيوز} إن الاجتماع بحث ملف الطاقة. وذكرت شفق نيوز أن الجلسة تأجلت.\n\nوتراجع منسوب نهر الفرات هذا العام.",
    );
    assert!(found.iter().any(|e| e == "الفرات-نيوز"), "{found:?}");
    assert!(found.iter().any(|e| e == "شفق-نيوز"), "{found:?}");
    assert_eq!(
        found.iter().filter(|e| *e == "euphrates").count(),
        1,
        "{found:?}"
    );
}
