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

/// A site with no registry and `discovery: auto`.
fn discovery_site() -> tempfile::TempDir {
    let config = format!("{CONFIG}discovery: auto\nsearch: false\n");
    site(&[("config.yaml", config.as_str())])
}

/// Writes article `name` with `body` under `root`.
fn article(root: &Path, name: &str, body: &str) {
    write(
        root,
        &format!("content/articles/{name}.md"),
        &format!("---\ntitle: \"خبر\"\ndate: 2024-05-02\n---\n{body}\n"),
    );
}

/// Discovery names a bare state body after the country of each article that writes it (see
/// `discovery::national`); which one an article's bare «مجلس النواب» is comes from the
/// article's own names, never from another guess. An article that names no place says no
/// country by the civil defence it shares with an article on Jordan (that body's country was
/// itself inferred); one that names Egypt once and Jordan once says neither; one whose only
/// clue is «الأردنيين» is on Jordan; a story from Dubai about Chinese suspects is on the
/// Emirates, whatever their nationality's count; and one filed in Kuwait (its dateline) on
/// Iraq names Iraq three times and is still on Kuwait.
#[test]
fn a_bare_state_body_is_the_country_the_article_itself_names_most() {
    let dir = discovery_site();
    let root = dir.path();
    let article = |name: &str, body: &str| article(root, name, body);
    article(
        "amman",
        "أقر مجلس النواب الموازنة في عمّان، وقال الدفاع المدني في إربد إن الأمطار غزيرة في الأردن. وقالت النيابة العامة إنها تحقق.",
    );
    article(
        "beirut",
        "انتخب مجلس النواب في بيروت رئيسا للجنة المال، وقالت النيابة العامة في طرابلس إن لبنان يحقق.",
    );
    article(
        "unplaced",
        "دعا النائب الأول لرئيس مجلس النواب، محسن المندلاوي، رؤساء الكتل إلى الحضور، وأشاد بجهود الدفاع المدني.",
    );
    article(
        "tied",
        "بحث رئيس مجلس النواب العلاقات مع جمهورية مصر العربية والمملكة الأردنية الهاشمية.",
    );
    article(
        "demonym",
        "قال رئيس مجلس النواب إن الأردنيين ينتظرون الموازنة.",
    );
    // A story filed in Kuwait about Iraq: the dateline says whose cabinet it is.
    article(
        "baghdad",
        "بغداد - قال مجلس الوزراء إن العراق ماض في الإصلاح وإن اقتصاد العراق متين.",
    );
    article(
        "kuwait",
        "الكويت - بحث مجلس الوزراء العلاقات مع العراق، وأكد ضرورة التزام العراق بالاتفاقيات، ودعا العراق إلى احترام الحدود.",
    );
    article(
        "dubai",
        "ضبطت شرطة دبي متهمين صينيين، وقالت النيابة العامة في أبوظبي إن الصيني الأول اعترف، وإن الصيني الثاني أنكر، وإن شريكهما الصيني فر إلى دبي.",
    );
    let site = analyse_site(&options(root)).unwrap();
    let mut linked: Vec<(String, String)> = mentions::records(&site)
        .into_iter()
        .filter(|m| ["مجلس النواب", "النيابة العامة", "مجلس الوزراء"].contains(&m.surface.as_str()))
        .map(|m| (m.file.replace("content/articles/", ""), m.entity))
        .collect();
    linked.sort();
    linked.dedup();
    assert_eq!(
        linked,
        [
            ("amman.md", "النيابة-العامة-الأردنية"),
            ("amman.md", "مجلس-النواب-الأردني"),
            ("baghdad.md", "مجلس-الوزراء-العراقي"),
            ("beirut.md", "النيابة-العامة-اللبنانية"),
            ("beirut.md", "مجلس-النواب-اللبناني"),
            ("demonym.md", "مجلس-النواب-الأردني"),
            ("dubai.md", "النيابة-العامة-الإماراتية"),
            ("kuwait.md", "مجلس-الوزراء-الكويتي"),
        ]
        .map(|(f, e)| (f.to_string(), e.to_string()))
    );
}

/// A stadium named for a ruler is found as his name (ملعب الملك عبد الله الثاني → «الملك عبد
/// الله الثاني», linked after its kind word); where no kind word stands before the words,
/// in any spelling, they are the king's, never the stadium's.
#[test]
fn a_ruler_s_name_without_a_venue_s_kind_word_is_the_ruler() {
    let dir = discovery_site();
    let root = dir.path();
    let article = |name: &str, body: &str| article(root, name, body);
    article(
        "match",
        "وأقيمت المباراة على ملعب الملك عبد الله الثاني في عمّان بحضور الجماهير.",
    );
    article(
        "speech",
        "افتتح جلالة الملك عبد الله الثاني الدورة العادية لمجلس الأمة، وشكر جلالة الملك عبد الله الثاني النواب.",
    );
    article(
        "joined",
        "وقال جلالة الملك عبدالله الثاني إن الأردن ماض في التحديث.",
    );
    // A town named for a sheikh stays a town wherever it is written.
    article(
        "sinai",
        "وقعت اشتباكات في منطقة الشيخ زويد بشمال سيناء، ثم عاد الأهالي إلى الشيخ زويد ورفح.",
    );
    let site = analyse_site(&options(root)).unwrap();
    let records = mentions::records(&site);
    let kind_of = |file: &str| -> Vec<String> {
        records
            .iter()
            .filter(|m| m.file.ends_with(file) && m.surface.contains("الثاني"))
            .map(|m| m.kind.to_string())
            .collect()
    };
    assert_eq!(kind_of("match.md"), ["place"]);
    assert_eq!(kind_of("speech.md"), ["person", "person"]);
    assert_eq!(kind_of("joined.md"), ["person"]);
    let sheikh: Vec<&str> = records
        .iter()
        .filter(|m| m.file.ends_with("sinai.md") && m.surface.contains("زويد"))
        .map(|m| m.kind)
        .collect();
    assert_eq!(sheikh, ["place", "place"]);
}

/// Articles that each name their own country only once lean to it: their bare «مجلس النواب»
/// is one body per country, never one page for several countries' parliaments.
#[test]
fn parliaments_of_countries_each_named_once_are_apart() {
    let dir = discovery_site();
    let root = dir.path();
    for (name, body) in [
        (
            "jordan",
            "أقر مجلس النواب مشروع قانون الموازنة العامة للأردن، وقال رئيس المجلس إن الموازنة واقعية.",
        ),
        (
            "lebanon",
            "فشل مجلس النواب في انتخاب رئيس للجمهورية في لبنان للمرة الثانية عشرة.",
        ),
        (
            "iraq",
            "صوت مجلس النواب على قانون الموازنة الاتحادية، وأكد أن الرواتب مؤمنة في العراق.",
        ),
    ] {
        article(root, name, body);
    }
    let site = analyse_site(&options(root)).unwrap();
    let mut linked: Vec<(String, String)> = mentions::records(&site)
        .into_iter()
        .filter(|m| m.surface == "مجلس النواب")
        .map(|m| (m.file.replace("content/articles/", ""), m.entity))
        .collect();
    linked.sort();
    assert_eq!(
        linked,
        [
            ("iraq.md", "مجلس-النواب-العراقي"),
            ("jordan.md", "مجلس-النواب-الأردني"),
            ("lebanon.md", "مجلس-النواب-اللبناني"),
        ]
        .map(|(f, e)| (f.to_string(), e.to_string()))
    );
}

/// «مجلس الأمة الكويتي» says which country's chamber it is, whatever else the article names:
/// a visit to Riyadh and the Saudi crown prince at its end must not make Kuwait's parliament
/// «مجلس الأمة السعودي» (a newcomer's article; Saudi Arabia has no such chamber).
#[test]
fn a_chamber_named_with_its_demonym_is_that_country_s() {
    let dir = discovery_site();
    let root = dir.path();
    article(
        root,
        "kuwait",
        "أقرّ مجلس الأمة الكويتي، في جلسته يوم الثلاثاء، قانون الميزانية.\n\n\
         وقال رئيس مجلس الأمة أحمد السعدون إن المجلس حريص على التعاون.\n\n\
         ويزور أمير الكويت الرياض للقاء ولي العهد السعودي الأمير محمد بن سلمان.",
    );
    let site = analyse_site(&options(root)).unwrap();
    let chamber: Vec<(String, String)> = mentions::records(&site)
        .into_iter()
        .filter(|m| m.surface.starts_with("مجلس الأمة"))
        .map(|m| (m.surface, m.entity))
        .collect();
    assert_eq!(
        chamber,
        [
            ("مجلس الأمة الكويتي", "مجلس-الأمة-الكويتي"),
            ("مجلس الأمة", "مجلس-الأمة-الكويتي"),
        ]
        .map(|(s, e)| (s.to_string(), e.to_string()))
    );
}

/// Two countries' health ministries: Morocco's named in full in one article (its title
/// «وزارة الصحة المغربية»), and «وزارة الصحة في غزة» in another. The bare name is each
/// country's where its places are named, whichever body discovery admits first: before, one
/// body held it alone, so either Gaza's was left with only the name Sahifa made for it (وزارة
/// الصحة الفلسطينية, which no article writes, yet `suggest` listed it as linked) or the
/// Moroccan title's bare name was linked to Gaza's ministry.
#[test]
fn two_countries_bodies_share_their_bare_name() {
    let dir = discovery_site();
    let root = dir.path();
    write(
        root,
        "content/articles/morocco.md",
        "---\ntitle: \"وزارة الصحة المغربية تعلن حملة وطنية للتلقيح\"\ndate: 2024-05-02\n---\n\
         أعلنت وزارة الصحة والحماية الاجتماعية في المغرب، اليوم الاثنين، إطلاق حملة وطنية \
         للتلقيح ضد الحصبة في الرباط والدار البيضاء.\n",
    );
    article(
        root,
        "gaza",
        "وقالت وزارة الصحة في غزة في بيان إن مستشفى ناصر في خان يونس يعاني نقصاً حاداً في \
         الوقود، فيما خرج مجمع الشفاء الطبي في قطاع غزة عن الخدمة.",
    );
    let site = analyse_site(&options(root)).unwrap();
    let records = mentions::records(&site);
    let in_gaza: Vec<&str> = records
        .iter()
        .filter(|m| m.file.ends_with("gaza.md") && m.surface == "وزارة الصحة")
        .map(|m| m.entity.as_str())
        .collect();
    assert_eq!(in_gaza, ["وزارة-الصحة-الفلسطينية"]);
    // The title's bare name is Morocco's, never the other country's.
    let in_morocco: Vec<&str> = records
        .iter()
        .filter(|m| m.file.ends_with("morocco.md") && m.surface == "وزارة الصحة")
        .map(|m| m.entity.as_str())
        .collect();
    assert_eq!(in_morocco, ["وزارة-الصحة-والحماية-الاجتماعية-المغربية"]);
    for e in site
        .content
        .entities
        .iter()
        .filter(|e| e.origin == sahifa::load::Origin::Discovered)
    {
        assert!(
            records.iter().any(|m| m.entity == e.id),
            "{} is named in no article",
            e.id
        );
    }
}
