//! Discovery end to end (issue 14): a site with no registry and `discovery: auto` links the
//! people and organisations its articles name after a title or kind word, gives them pages
//! marked as found automatically, links nothing from role words followed by ordinary words,
//! and leaves the editor in control (`entities accept` keeps the URLs, `entities reject`
//! removes a name for good). `discovery: suggest`, the default, links none of them.

use crate::common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{read, write};
use sahifa::load::Origin;
use sahifa::{BuildOptions, analyse_site, build, mentions};

/// The note an entity page shows when discovery found the name.
const NOTE: &str = "عُثر على هذا الاسم تلقائيًا";

/// People and organisations the fixture's articles name (four outlets' styles).
const EXPECTED: &[&str] = &[
    "مصطفى-مدبولي",
    "نيفين-القباج",
    "مارسيل-كولر",
    "محمد-الشناوي",
    "طارق-كاوش",
    "تبون",
    "أحمد-ينر",
    "بتروفاك",
    "سونلغاز",
    "حزب-العدالة-والتنمية",
    "حزب-الشعب-الجمهوري",
    "اللجنة-العليا-للانتخابات",
];

/// tests/discovery_site copied into a temporary folder.
fn fixture() -> tempfile::TempDir {
    common::fixture_copy("discovery_site")
}

fn options(root: &Path) -> BuildOptions {
    BuildOptions {
        root: root.to_path_buf(),
        ..Default::default()
    }
}

fn page(root: &Path, id: &str) -> PathBuf {
    root.join(format!("public/entities/{id}/index.html"))
}

fn sahifa(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .arg("--root")
        .arg(root)
        .args(args)
        .output()
        .unwrap()
}

/// (entity id, origin) of every mention in the site.
fn linked(root: &Path) -> Vec<(String, Origin, String)> {
    let site = analyse_site(&options(root)).unwrap();
    mentions::records(&site)
        .into_iter()
        .map(|m| (m.entity, m.origin, m.file))
        .collect()
}

/// The ids with an entity page in the output.
fn entity_pages(root: &Path) -> BTreeSet<String> {
    std::fs::read_dir(root.join("public/entities"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| page(root, name).exists())
        .collect()
}

#[test]
fn auto_links_people_and_organisations_with_a_page_and_a_note() {
    let dir = fixture();
    let root = dir.path();
    build(&options(root)).unwrap();
    for id in EXPECTED {
        let html = std::fs::read_to_string(page(root, id))
            .unwrap_or_else(|e| panic!("no page for {id}: {e}"));
        assert!(
            html.contains(NOTE),
            "{id}: the page does not say it was found"
        );
    }
    let discovered: BTreeSet<String> = linked(root)
        .into_iter()
        .filter(|(_, origin, _)| *origin == Origin::Discovered)
        .map(|(id, _, _)| id)
        .collect();
    let expected: BTreeSet<String> = EXPECTED.iter().map(|s| s.to_string()).collect();
    assert_eq!(discovered, expected);
    // The surname alone links the full name (وأكد مدبولي، وقال كولر).
    let json = sahifa(root, &["mentions", "--json"]);
    let text = String::from_utf8_lossy(&json.stdout);
    assert!(text.contains("\"surface\": \"مدبولي\""), "{text}");
    assert!(text.contains("\"surface\": \"كولر\""), "{text}");
    assert!(text.contains("\"origin\": \"discovered\""));
}

#[test]
fn role_words_before_ordinary_words_discover_nothing() {
    let dir = fixture();
    let root = dir.path();
    for f in [
        "egypt-cabinet",
        "turkey-election",
        "gulf-energy",
        "football",
    ] {
        std::fs::remove_file(root.join(format!("content/articles/{f}.md"))).unwrap();
    }
    let site = analyse_site(&options(root)).unwrap();
    let found: Vec<&str> = site
        .content
        .entities
        .iter()
        .filter(|e| e.origin == Origin::Discovered)
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(found, Vec::<&str>::new());
    // And in the full site, nothing discovered is linked in the junk article.
    let dir = fixture();
    assert!(
        linked(dir.path())
            .iter()
            .all(|(_, origin, file)| !(*origin == Origin::Discovered && file.contains("junk")))
    );
}

#[test]
fn suggest_and_a_config_without_the_key_link_nothing_discovered() {
    for config in [
        "title: \"صحيفتي\"\nbase_url: \"https://example.github.io/my-site/\"\ndiscovery: suggest\n",
        "title: \"صحيفتي\"\nbase_url: \"https://example.github.io/my-site/\"\n",
        "title: \"صحيفتي\"\nbase_url: \"https://example.github.io/my-site/\"\ndiscovery: off\n",
    ] {
        let dir = fixture();
        let root = dir.path();
        write(root, "config.yaml", config);
        build(&options(root)).unwrap();
        assert!(
            linked(root)
                .iter()
                .all(|(_, origin, _)| *origin != Origin::Discovered),
            "{config}"
        );
        assert!(!page(root, "مصطفى-مدبولي").exists(), "{config}");
    }
}

#[test]
fn discovery_is_deterministic() {
    let dir = fixture();
    let ids = |root: &Path| -> Vec<(String, Vec<String>)> {
        analyse_site(&options(root))
            .unwrap()
            .content
            .entities
            .into_iter()
            .filter(|e| e.origin == Origin::Discovered)
            .map(|e| (e.id, e.meta.aliases))
            .collect()
    };
    let first = ids(dir.path());
    assert_eq!(first.len(), EXPECTED.len());
    assert_eq!(first, ids(dir.path()));
}

#[test]
fn accepting_all_keeps_every_url_and_moves_the_names_to_the_registry() {
    let dir = fixture();
    let root = dir.path();
    // A street named like the prime minister's surname: no evidence here that it is him, so
    // the surname alias is not linked — before accepting, and after (it stays `ambiguous`).
    write(
        root,
        "content/articles/street.md",
        "---\ntitle: \"طريق جديد\"\ndate: 2024-05-01\n---\nافتتح المحافظ طريقا جديدا يمر بحي مدبولي القديم.\n",
    );
    // Two countries' parliaments, named bare: one page each, kept as such once accepted.
    write(
        root,
        "content/articles/amman-budget.md",
        "---\ntitle: \"الموازنة\"\ndate: 2024-05-02\n---\nأقر مجلس النواب الموازنة في عمّان وإربد، وصوّت مجلس النواب بالأغلبية.\n",
    );
    write(
        root,
        "content/articles/baghdad-oil.md",
        "---\ntitle: \"النفط\"\ndate: 2024-05-03\n---\nاستضاف مجلس النواب في بغداد وزير النفط لمناقشة عقود البصرة.\n",
    );
    build(&options(root)).unwrap();
    let before = entity_pages(root);
    for id in ["مجلس-النواب-الأردني", "مجلس-النواب-العراقي"] {
        assert!(page(root, id).exists(), "{id}: {before:?}");
    }
    let links = |root: &Path| -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> =
            linked(root).into_iter().map(|(e, _, f)| (e, f)).collect();
        v.sort();
        v
    };
    let links_before = links(root);
    assert!(
        !links_before.iter().any(|(_, f)| f.contains("street")),
        "{links_before:?}"
    );
    let out = sahifa(root, &["entities", "accept", "--all"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file = read(root, "content/entities/مصطفى-مدبولي.md");
    assert!(file.contains("type: person"), "{file}");
    assert!(file.contains("\"مدبولي\""), "{file}");
    assert!(file.contains("ambiguous: [\"مدبولي\"]"), "{file}");
    // The titles that confirm the surname are named as the built-in list, not copied out:
    // the file stays a few lines an editor can read.
    assert!(file.contains("cue_words: [titles]\n"), "{file}");
    assert!(
        !file.contains("cues:") && file.lines().count() < 14,
        "{file}"
    );
    // Each field that needs it says what it is for, for an editor who has not read the docs.
    assert!(
        file.contains("# Names that are also ordinary words"),
        "{file}"
    );
    let parliament = read(root, "content/entities/مجلس-النواب-الأردني.md");
    assert!(parliament.contains("country: \"jordan\"\n"), "{parliament}");
    assert!(
        parliament.contains("ambiguous: [\"مجلس النواب\"]"),
        "{parliament}"
    );
    build(&options(root)).unwrap();
    assert_eq!(entity_pages(root), before);
    // The same names linked to the same entities: accepting moves them, it links nothing new.
    assert_eq!(links(root), links_before);
    let html = std::fs::read_to_string(page(root, "مصطفى-مدبولي")).unwrap();
    assert!(!html.contains(NOTE), "an accepted name is the editor's now");
    let origins: std::collections::HashSet<Origin> =
        linked(root).into_iter().map(|(_, o, _)| o).collect();
    assert!(!origins.contains(&Origin::Discovered), "{origins:?}");
    // Accepting again never overwrites the editor's file.
    let again = sahifa(root, &["entities", "accept", "--all"]);
    assert!(again.status.success());
    assert_eq!(read(root, "content/entities/مصطفى-مدبولي.md"), file);
    // Naming it again says where it is now, not that it is unknown.
    let named = sahifa(root, &["entities", "accept", "مصطفى مدبولي"]);
    assert!(!named.status.success());
    let said = String::from_utf8_lossy(&named.stderr);
    assert!(
        said.contains("is in the registry already, in content/entities/مصطفى-مدبولي.md"),
        "{said}"
    );
}

#[test]
fn a_rejected_name_never_returns() {
    let dir = fixture();
    let root = dir.path();
    let out = sahifa(root, &["entities", "reject", "تبون"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(read(root, "content/discovery-rejected.txt").contains("تبون\n"));
    build(&options(root)).unwrap();
    assert!(!page(root, "تبون").exists());
    assert!(page(root, "مصطفى-مدبولي").exists());
    assert!(linked(root).iter().all(|(id, _, _)| id != "تبون"));
    // An id that is not a discovered entity is an error that says where to look.
    let out = sahifa(root, &["entities", "reject", "no-such-id"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-id"));
}

/// A name below the threshold that `entities suggest` lists can be rejected too (by its name
/// or id), and is then listed no more; an id that names nothing records nothing.
#[test]
fn a_rejected_suggestion_is_listed_no_more() {
    let dir = fixture();
    let root = dir.path();
    let listed = |root: &Path| {
        String::from_utf8_lossy(&sahifa(root, &["entities", "suggest"]).stdout).into_owned()
    };
    assert!(listed(root).contains("وكالة الأنباء الرسمية"));
    let out = sahifa(
        root,
        &["entities", "reject", "وكالة الأنباء الرسمية", "no-such-id"],
    );
    assert!(!out.status.success());
    assert!(
        !root.join("content/discovery-rejected.txt").exists(),
        "all or nothing"
    );
    let out = sahifa(root, &["entities", "reject", "وكالة الأنباء الرسمية"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(read(root, "content/discovery-rejected.txt").contains("وكالة-الأنباء-الرسمية\n"));
    assert!(!listed(root).contains("وكالة الأنباء الرسمية"));
    // Rejected again, it is not written twice, and the editor is told so.
    let out = sahifa(root, &["entities", "reject", "وكالة الأنباء الرسمية"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("already recorded"));
    assert_eq!(
        read(root, "content/discovery-rejected.txt")
            .matches("وكالة-الأنباء-الرسمية\n")
            .count(),
        1
    );
    assert!(
        page_exists_after_build(root, "مصطفى-مدبولي"),
        "the others stay"
    );
}

/// A name below the threshold that `entities suggest` lists can be accepted too, by name: it
/// is written to the registry with its type (the id `suggest` showed), and gets its page; an
/// id that names nothing writes nothing.
#[test]
fn an_accepted_suggestion_is_written_to_the_registry() {
    let dir = fixture();
    let root = dir.path();
    let out = sahifa(
        root,
        &["entities", "accept", "وكالة الأنباء الرسمية", "no-such-id"],
    );
    assert!(!out.status.success());
    assert!(
        !root
            .join("content/entities/وكالة-الأنباء-الرسمية.md")
            .exists(),
        "all or nothing"
    );
    let out = sahifa(root, &["entities", "accept", "وكالة الأنباء الرسمية"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file = read(root, "content/entities/وكالة-الأنباء-الرسمية.md");
    assert!(
        file.contains("type: organization") && file.contains("name: \"وكالة الأنباء الرسمية\""),
        "{file}"
    );
    assert!(page_exists_after_build(root, "وكالة-الأنباء-الرسمية"));
}

fn page_exists_after_build(root: &Path, id: &str) -> bool {
    build(&options(root)).unwrap();
    page(root, id).exists()
}

/// Rejecting a gazetteer entry or a registry entity cannot work (the list is for discovered
/// ones): the error gives the way that does, not only «is not a discovered entity».
#[test]
fn rejecting_a_gazetteer_or_registry_entity_says_how_to_change_it() {
    let dir = fixture();
    let root = dir.path();
    let out = sahifa(root, &["entities", "reject", "القاهرة"]);
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("is an entry of the built-in gazetteer"),
        "{said}"
    );
    assert!(
        said.contains("a registry file with its id, `content/entities/cairo.md`"),
        "{said}"
    );
    assert!(said.contains("under `not`"), "{said}");
    assert!(!root.join("content/discovery-rejected.txt").exists());
    common::ok(sahifa(root, &["entities", "accept", "مصطفى مدبولي"]));
    let out = sahifa(root, &["entities", "reject", "مصطفى مدبولي"]);
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("is a registry entity, in content/entities/مصطفى-مدبولي.md"),
        "{said}"
    );
    assert!(said.contains("or delete the file"), "{said}");
}

/// The rejected list written by an editor on Windows (a BOM) still rejects its first id; one
/// saved in a legacy encoding is an error at its first bad byte, with what to do, like an
/// article (it was "stream did not contain valid UTF-8", with neither).
#[test]
fn a_rejected_list_with_a_bom_or_bad_bytes_is_read_or_located() {
    let dir = fixture();
    let root = dir.path();
    let list = root.join("content/discovery-rejected.txt");
    std::fs::write(&list, "\u{feff}تبون\n").unwrap();
    build(&options(root)).unwrap();
    assert!(
        !page(root, "تبون").exists(),
        "the first id, after the BOM, is rejected"
    );
    std::fs::write(&list, b"# \xd1\xdd\xd6\nok\n\xff\n").unwrap();
    let out = sahifa(root, &["build"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("content/discovery-rejected.txt:1:3: error: the file is not valid UTF-8"),
        "{stderr}"
    );
    assert!(stderr.contains("help: save the file as UTF-8"), "{stderr}");
}

/// As a new user would: `sahifa init`, the samples removed, other outlets' articles copied
/// in, build: people and organisations get pages without a registry written.
#[test]
fn a_new_site_from_init_links_discovered_names() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    let out = Command::new(env!("CARGO_BIN_EXE_sahifa"))
        .arg("init")
        .arg(&root)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let config = sahifa::Config::load(&root).unwrap();
    assert_eq!(config.discovery, sahifa::config::Discovery::Auto);
    std::fs::remove_dir_all(root.join("content")).unwrap();
    let fixture = fixture();
    for entry in std::fs::read_dir(fixture.path().join("content/articles")).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(entry.path()).unwrap();
        write(&root, &format!("content/articles/{name}"), &text);
    }
    let out = sahifa(&root, &["build"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("+ 12 discovered"));
    for id in EXPECTED {
        assert!(page(&root, id).exists(), "no page for {id}");
    }
}

#[test]
fn the_registry_wins_over_discovery() {
    let dir = fixture();
    let root = dir.path();
    write(
        root,
        "content/entities/madbouly.md",
        "---\ntype: person\nname: مصطفى مدبولي\naliases: [مدبولي]\n---\nرئيس وزراء مصر.\n",
    );
    let records = linked(root);
    assert!(records.iter().all(|(id, _, _)| id != "مصطفى-مدبولي"));
    let registry: Vec<_> = records
        .iter()
        .filter(|(id, origin, _)| id == "madbouly" && *origin == Origin::Registry)
        .collect();
    assert_eq!(registry.len(), 2, "مصطفى مدبولي and مدبولي: {records:?}");
}

/// Discovery analyses the site before and after it adds its names, and keeps the first
/// analysis of an article no added name touches: the result must be what analysing every
/// article with the final names gives, including articles that name a discovered person only
/// where no title introduces him — in the title, the source, a blockquote whose lines split
/// the name, after a clitic — and articles that name no one new (their mentions carried over).
#[test]
fn carried_analyses_equal_a_full_second_analysis() {
    let dir = fixture();
    let root = dir.path();
    write(
        root,
        "content/articles/echo.md",
        "---\ntitle: \"مدبولي يتفقد مشروعات أسوان\"\ndate: 2024-03-09\nsource: \"مكتب مصطفى مدبولي\"\n---\n\
         تفقد المسؤولون مشروعات المياه في أسوان، وأشادوا بخطة الحكومة.\n\n\
         > وقال مصطفى\n> مدبولي إن المرحلة الثانية تبدأ الشهر المقبل.\n\n\
         ونقلت الصحف عن مدبولي، ولمدبولي في المدينة زيارة ثانية، وأثنت **سونلغاز** على الخطة.\n",
    );
    write(
        root,
        "content/articles/quiet.md",
        "---\ntitle: \"أمطار غزيرة في القاهرة والإسكندرية\"\ndate: 2024-03-10\n---\n\
         شهدت القاهرة والإسكندرية أمطارا غزيرة اليوم، وقال خبراء الأرصاد المصريون إن الطقس \
         يتحسن غدا في مصر والسعودية.\n",
    );
    let site = analyse_site(&options(root)).unwrap();
    let (declared, _) = sahifa::analyse::declared_entities(
        &site.content,
        site.config.linking.front_matter_evidence,
    );
    let anew = sahifa::analyse::analyse_articles(&site.content.articles, &site.matcher, &declared);
    for (i, article) in site.content.articles.iter().enumerate() {
        assert_eq!(
            site.analyses[i],
            anew[i],
            "{}: the carried analysis differs from a new one",
            article.path.display()
        );
    }
    // The test has teeth: the echo article's names are found only by the second analysis.
    let index = |id: &str| {
        site.content
            .entities
            .iter()
            .position(|e| e.id == id)
            .unwrap()
    };
    let echo = site
        .content
        .articles
        .iter()
        .position(|a| a.path.ends_with("echo.md"))
        .unwrap();
    let a = &site.analyses[echo];
    let madbouly = index("مصطفى-مدبولي");
    assert_eq!(
        a.title_mentions
            .iter()
            .filter(|m| m.entity == madbouly)
            .count(),
        1
    );
    assert_eq!(
        a.source_mentions
            .iter()
            .filter(|m| m.entity == madbouly)
            .count(),
        1
    );
    let body = |e: usize| {
        a.body_mentions
            .iter()
            .filter(|b| b.mention.entity == e)
            .count()
    };
    assert_eq!(body(madbouly), 3, "{:?}", a.body_mentions);
    assert_eq!(body(index("سونلغاز")), 1);
    let quiet = site
        .content
        .articles
        .iter()
        .position(|a| a.path.ends_with("quiet.md"))
        .unwrap();
    assert!(site.analyses[quiet].body_mentions.len() >= 4);
}

/// A league discovery finds is linked as itself and still confirms the gazetteer's club that
/// lists it as its context (its name had hidden the context phrase, and «الهلال» of a Sudanese
/// report was dropped); where the article names no league the crescent stays a word; and the
/// analyses carried over from the first pass are those a full second analysis gives.
#[test]
fn a_discovered_league_still_confirms_its_clubs() {
    let dir = fixture();
    let root = dir.path();
    write(
        root,
        "content/articles/league.md",
        "---\ntitle: \"الهلال يؤمن صدارته\"\ndate: 2024-03-09\n---\n\
         نجح الهلال في تأمين صدارته لجدول ترتيب الدوري السوداني الممتاز لكرة القدم، وذلك بعد \
         فوزه بهدف وحيد في المباراة التي جرت مساء اليوم في مدينة أم درمان.\n\n\
         وبهذا الفوز ارتفع الهلال إلى 54 نقطة في صدارة الدوري السوداني الممتاز.\n",
    );
    write(
        root,
        "content/articles/moon.md",
        "---\ntitle: \"رؤية الهلال\"\ndate: 2024-03-10\n---\n\
         نجح الفلكيون في رصد الهلال مساء اليوم في سماء أم درمان.\n",
    );
    let site = analyse_site(&options(root)).unwrap();
    let (declared, _) = sahifa::analyse::declared_entities(
        &site.content,
        site.config.linking.front_matter_evidence,
    );
    let anew = sahifa::analyse::analyse_articles(&site.content.articles, &site.matcher, &declared);
    assert_eq!(site.analyses, anew);
    let in_file = |file: &str| -> Vec<String> {
        mentions::records(&site)
            .into_iter()
            .filter(|m| m.file.ends_with(file))
            .map(|m| m.entity)
            .collect()
    };
    let league = in_file("league.md");
    assert!(
        league.iter().any(|e| e == "الدوري-السوداني-الممتاز"),
        "{league:?}"
    );
    assert_eq!(
        league.iter().filter(|e| *e == "al-hilal-omdurman").count(),
        3,
        "{league:?}"
    );
    let moon = in_file("moon.md");
    assert!(!moon.iter().any(|e| e.starts_with("al-hilal")), "{moon:?}");
}

/// A ruling house's name is every member's last word: alone it is no one's surname, and
/// «في الصباح» (in the morning) stays unlinked beside «مشعل الأحمد الجابر الصباح».
#[test]
fn a_ruling_house_s_name_alone_is_no_one_s_surname() {
    let dir = fixture();
    let root = dir.path();
    write(
        root,
        "content/articles/decree.md",
        "---\ntitle: \"مرسوم أميري\"\ndate: 2024-03-09\n---\n\
         أصدر أمير البلاد الشيخ مشعل الأحمد الجابر الصباح مرسوما بتشكيل الحكومة الجديدة، وأدى \
         الوزراء اليمين الدستورية في الصباح أمام سموه.\n",
    );
    let site = analyse_site(&options(root)).unwrap();
    let surfaces: Vec<String> = mentions::records(&site)
        .into_iter()
        .filter(|m| m.file.ends_with("decree.md"))
        .map(|m| m.surface)
        .collect();
    assert!(
        surfaces.iter().any(|s| s == "مشعل الأحمد الجابر الصباح"),
        "{surfaces:?}"
    );
    assert!(!surfaces.iter().any(|s| s == "الصباح"), "{surfaces:?}");
}

/// A one-shot build lets every article body go at load and reads it back for discovery (all
/// bodies together), analysis and rendering; `serve`'s build keeps the texts. Both make the
/// same site, byte for byte, discovered pages included.
#[test]
fn a_build_reading_bodies_back_equals_one_keeping_them() {
    let dir = fixture();
    let root = dir.path();
    let (once, kept) = (root.join("once"), root.join("kept"));
    build(&BuildOptions {
        output: Some(once.clone()),
        ..options(root)
    })
    .unwrap();
    sahifa::build_keeping_state(&BuildOptions {
        output: Some(kept.clone()),
        ..options(root)
    })
    .unwrap();
    assert!(once.join("entities/مصطفى-مدبولي/index.html").exists());
    assert_eq!(common::tree(&once), common::tree(&kept));
}

/// The editor types the name `entities suggest` shows, not its slug: «مصطفى مدبولي» is
/// accepted as `مصطفى-مدبولي`. `suggest` lists what was linked automatically with the ids,
/// and under `discovery: suggest` a rejected name is not suggested again.
#[test]
fn the_editor_names_entities_as_suggest_shows_them() {
    let dir = fixture();
    let root = dir.path();
    let out = sahifa(root, &["entities", "suggest"]);
    let listed = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{listed}");
    assert!(
        listed.contains("found and linked automatically")
            && listed.contains("مصطفى-مدبولي\tمصطفى مدبولي"),
        "{listed}"
    );
    // The JSON says the same: the linked ones first, marked so, each with its mentions'
    // count and where the first ones are, for the editor to check.
    let out = sahifa(root, &["entities", "suggest", "--json"]);
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let madbouly = list
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "مصطفى-مدبولي")
        .unwrap_or_else(|| panic!("{list}"));
    assert!(
        madbouly["linked"] == true && madbouly["kind_hint"] == "person",
        "{madbouly}"
    );
    let examples = madbouly["examples"].as_array().unwrap();
    assert!(
        !examples.is_empty()
            && examples.len() <= 3
            && madbouly["count"].as_u64() >= Some(examples.len() as u64),
        "{madbouly}"
    );
    let first = &examples[0];
    assert!(
        first["file"]
            .as_str()
            .unwrap()
            .starts_with("content/articles/")
            && first["line"].as_u64() > Some(0)
            && first["surface"].as_str().unwrap().contains("مدبولي"),
        "{first}"
    );
    let out = sahifa(root, &["entities", "accept", "مصطفى مدبولي"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(root.join("content/entities/مصطفى-مدبولي.md").is_file());

    write(
        root,
        "config.yaml",
        "title: \"صحيفتي\"\nbase_url: \"https://example.github.io/my-site/\"\ndiscovery: suggest\n",
    );
    let suggested = |root: &Path| {
        let out = sahifa(root, &["entities", "suggest", "--json", "--limit", "500"]);
        assert!(out.status.success());
        let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        list.as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert!(suggested(root).contains(&"نيفين-القباج".to_string()));
    let out = sahifa(root, &["entities", "reject", "نيفين القباج"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!suggested(root).contains(&"نيفين-القباج".to_string()));
}

/// Rejecting a state body's bare name (مجلس-الوزراء, as `suggest` listed it) rejects the
/// body of every country: adding an article on another country does not bring it back
/// under a name with the country's demonym.
#[test]
fn a_rejected_bare_state_body_stays_rejected_in_every_country() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "config.yaml",
        "title: t\nbase_url: https://example.org/\ndiscovery: auto\n",
    );
    write(
        root,
        "content/articles/lebanon.md",
        "---\ntitle: خبر\ndate: 2025-01-01\n---\n\nوأقر مجلس الوزراء في جلسته في بيروت خطة الكهرباء، ثم زار الوفد طرابلس وصيدا.\n",
    );
    write(
        root,
        "content/articles/jordan.md",
        "---\ntitle: خبر\ndate: 2025-01-02\n---\n\nوقرر مجلس الوزراء في عمّان دعم المزارعين في إربد والكرك.\n",
    );
    let cabinets = |root: &Path| -> Vec<String> {
        linked(root)
            .into_iter()
            .map(|(id, _, _)| id)
            .filter(|id| id.starts_with("مجلس-الوزراء"))
            .collect()
    };
    assert_eq!(cabinets(root).len(), 2, "{:?}", cabinets(root));
    write(root, "content/discovery-rejected.txt", "مجلس-الوزراء\n");
    assert_eq!(cabinets(root), Vec::<String>::new());
}

/// A surname links to the full name its article gave, but with بن after it, it is another
/// man's given name whose lineage follows: «عبد الرحمن بن زايد» is not راشد عبد الرحمن, and
/// «الشيخ عبد الرحمن بن سعود آل ثاني» is a person of his own, not a longer form of him.
#[test]
fn a_surname_before_bin_is_another_man_s_given_name() {
    let linked = common::linked_entities(
        "title: t\nbase_url: https://example.org/\nsearch: false\ndiscovery: auto\n",
        "وقال المهندس راشد عبد الرحمن إن المشروع مهم. وأضاف عبد الرحمن أن العمل مستمر.\n\n\
         وأكد المدير أن عبد الرحمن بن زايد سيحضر الحفل.\n\n\
         وحضر رئيس الديوان الأميري الشيخ عبد الرحمن بن سعود آل ثاني الحفل.",
    );
    let rashid = linked.iter().filter(|id| *id == "راشد-عبد-الرحمن").count();
    assert_eq!(rashid, 2, "{linked:?}");
    assert!(
        linked.contains(&"عبد-الرحمن-بن-سعود-آل-ثاني".to_string()),
        "{linked:?}"
    );
}
