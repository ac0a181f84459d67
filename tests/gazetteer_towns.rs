//! The gazetteer's towns (GeoNames) end to end, with an empty registry: the provincial towns
//! Arab news names are linked, and the ones that are also common words stay words in the
//! news of their own country — after the country is named, which confirms an ambiguous town
//! only where the word is rare there.

use crate::common;

use common::linked_entities;

const CONFIG: &str = "title: \"صحيفتي\"\nbase_url: \"https://example.github.io/my-site/\"\n";

/// The entity ids found in one article with this body, with an empty registry.
fn entities_of(body: &str) -> Vec<String> {
    linked_entities(CONFIG, body)
}

#[test]
fn provincial_towns_are_linked_with_an_empty_registry() {
    let cases: &[(&str, &[&str])] = &[
        (
            "وتوقع المركز الوطني للأرصاد هطول أمطار على الأحساء والقطيف والجبيل، وامتدادها إلى نجران وجازان وحائل.",
            &[
                "al-hufuf",
                "al-qatif",
                "al-jubayl",
                "najran",
                "jizan",
                "ha-il",
            ],
        ),
        (
            "وشهدت بعقوبة وقفة احتجاجية، فيما أعلنت محافظة الديوانية عطلة رسمية، وافتتح الوزير جسرا في مدينة الكوت وآخر في العمارة بمحافظة ميسان، كما زار الحلة في العراق.",
            &["baqubah", "al-diwaniyah", "al-kut", "al-hillah", "iraq"],
        ),
        (
            "وانقطعت الكهرباء في ذمار وسيئون، وقال مسؤول بمحافظة إب إن الأمطار جرفت طريقا في محافظة حجة.",
            &["dhamar", "seiyun", "ibb", "hajjah"],
        ),
        (
            "واستضافت مدينة العين المباراة، فيما تقام الجولة المقبلة في السلط وعجلون ثم نزوى، ويختتم المهرجان في قنا وجبيل.",
            &["al-ain-city", "as-salt", "ajlun", "nizwa", "qina", "byblos"],
        ),
    ];
    for (body, want) in cases {
        let found = entities_of(body);
        for id in *want {
            assert!(found.iter().any(|e| e == id), "{id} in {found:?}\n{body}");
        }
    }
}

#[test]
fn town_homographs_stay_common_words_in_their_own_country_news() {
    // Each body names the country, so a town confirmed by its country is tested too.
    let cases: &[(&str, &[&str])] = &[
        (
            "وتداول المغردون في السعودية الخبر على نطاق واسع، وصلى المصلون في الباحة الخارجية للمسجد.",
            &["saudi-arabia"],
        ),
        (
            "وأجرى الأطباء في الإمارات جراحة دقيقة في العين اليسرى للمريض، ويمكن رؤية الكوكب بالعين المجردة.",
            &["united-arab-emirates"],
        ),
        (
            "وقال خبراء في العراق إن العمارة التراثية في بغداد مهددة، وظهر المنتخب بالحلة الجديدة في المباراة.",
            &["iraq", "baghdad"],
        ),
        (
            "وقال مواطن في اليمن إن كل أب يريد مدرسة لأبنائه، وقدم المحامي حجة قوية أمام المحكمة.",
            &["yemen"],
        ),
        (
            "وفي سوريا طرق الزائر الباب مرتين، وخرجت المظاهرات السلمية، وعرضت المسلسلات الشامية، وحيا الخطيب حماة الحدود.",
            &["syria"],
        ),
        (
            "وضبطت الشرطة في مصر العناصر الخارجة عن القانون.",
            &["egypt"],
        ),
        (
            "وقال المسؤول في إيران إن الإنتاج لم يزد هذا العام.",
            &["iran"],
        ),
        (
            "واجتمع النواب في الديوانية مساء الخميس في الكويت.",
            &["kuwait"],
        ),
        (
            "وارتفعت بورصة إسطنبول في تركيا مع ثورة بركان في الجزيرة.",
            &["istanbul", "turkiye"],
        ),
    ];
    for (body, want) in cases {
        let mut found = entities_of(body);
        found.dedup();
        assert_eq!(found, *want, "{body}");
    }
}

/// A town confirmed by its country is confirmed as surely by another of the country's towns
/// named in the article (جنين beside نابلس, in a West Bank report that names neither the West
/// Bank nor Palestine); without either, the word stays a word.
#[test]
fn a_town_is_confirmed_by_another_town_of_its_country() {
    let found = entities_of("واقتحمت قوات الاحتلال بلدة عرابة جنوب جنين، بعد مواجهات قرب نابلس.");
    assert!(found.iter().any(|e| e == "jenin"), "{found:?}");
    let found = entities_of("وقال الطبيب إن جنين في شهره السابع بصحة جيدة.");
    assert!(!found.iter().any(|e| e == "jenin"), "{found:?}");
}

/// القنيطرة is Syria's Quneitra and Morocco's Kenitra: each where the article is about its
/// country (or after its own cue), neither elsewhere (a local area east of Nablus).
#[test]
fn quneitra_and_kenitra_share_a_name_and_the_article_decides() {
    let found = entities_of("وزار الوزير محافظة القنيطرة ودرعا جنوب سوريا.");
    assert!(found.iter().any(|e| e == "quneitra"), "{found:?}");
    assert!(!found.iter().any(|e| e == "kenitra"), "{found:?}");
    let found = entities_of("وافتتح الملك مصنعا في القنيطرة، إحدى مدن المغرب.");
    assert!(found.iter().any(|e| e == "kenitra"), "{found:?}");
    assert!(!found.iter().any(|e| e == "quneitra"), "{found:?}");
    let found = entities_of("واقتحمت قوات الاحتلال منطقة القنيطرة شرق البلدة.");
    assert!(
        !found.iter().any(|e| e == "kenitra" || e == "quneitra"),
        "{found:?}"
    );
}

/// الإسكندرية and الصويرة are each two towns: Egypt's Alexandria and Iraq's Iskandariya,
/// Morocco's Essaouira and Iraq's Suwaira. The article's country (or the Iraqi kind word
/// ناحية) decides, and an article on neither links neither.
#[test]
fn iraqi_towns_named_like_alexandria_and_essaouira() {
    let found = entities_of(
        "وزار الوزير العراقي ناحية الإسكندرية في بابل، ثم الصويرة جنوب بغداد في العراق.",
    );
    assert!(found.iter().any(|e| e == "iskandariya"), "{found:?}");
    assert!(found.iter().any(|e| e == "suwaira"), "{found:?}");
    assert!(
        !found.iter().any(|e| e == "alexandria" || e == "essaouira"),
        "{found:?}"
    );
    let found = entities_of("وافتتح الرئيس مشروعا في الإسكندرية، ثاني مدن مصر.");
    assert!(found.iter().any(|e| e == "alexandria"), "{found:?}");
    let found = entities_of("وأقيم مهرجان الموسيقى في الصويرة، المدينة الساحلية في المغرب.");
    assert!(found.iter().any(|e| e == "essaouira"), "{found:?}");
    let found = entities_of("وصل الفريق إلى الإسكندرية أمس.");
    assert!(
        !found
            .iter()
            .any(|e| e == "alexandria" || e == "iskandariya"),
        "{found:?}"
    );
}

/// Villages (GeoNames' cities500): a name nothing else has is linked as is; one whose every word
/// is a dictionary word (كفر قدوم) only after a cue or with its country named.
#[test]
fn villages_are_linked_and_dictionary_phrases_wait_for_their_country() {
    let found = entities_of(
        "واقتحم مستوطنون قريوت وترمسعيا، وقمعت قوات الاحتلال مسيرة كفر قدوم الأسبوعية في الضفة الغربية.",
    );
    for id in ["qaryut", "turmusayya", "kafr-qaddum"] {
        assert!(found.iter().any(|e| e == id), "{id}: {found:?}");
    }
    let found = entities_of("وقال الخطيب إن كفر قدوم الغزاة إلى المدينة لا يخفى على أحد.");
    assert!(!found.iter().any(|e| e == "kafr-qaddum"), "{found:?}");
}

/// Country names as a list of African states writes them, and what is no country's name: the
/// Central African Republic as «إفريقيا الوسطى» (not Africa), «الدول العربية» a plural
/// description (not the Arab world), and a town inside an outlet's or a charity's name.
#[test]
fn countries_in_a_list_and_places_inside_other_names() {
    let found = entities_of("وتعمل الشركة في كوت ديفوار والغابون والنيجر وإفريقيا الوسطى.");
    assert!(
        found.contains(&"central-african-republic".to_string()),
        "{found:?}"
    );
    assert!(!found.contains(&"africa".to_string()), "{found:?}");
    let found = entities_of("وتصدرت الجامعة مؤسسات التعليم في الدول العربية هذا العام.");
    assert!(!found.contains(&"arab-world".to_string()), "{found:?}");
    let found = entities_of(
        "وقال في تصريح لـ\"الشارقة 24\" إن التعاون بين مؤسسة حمد الطبية وقطر الخيرية مستمر.",
    );
    assert!(found.is_empty(), "{found:?}");
}

/// A town's name two countries share (طرابلس) is the one in the country of what else the
/// article names — a body of a Lebanese town, a committee called Lebanese — and neither where
/// the article names both countries' things.
#[test]
fn a_shared_town_is_the_one_in_the_land_of_the_bodies_beside_it() {
    let config = "title: t\nbase_url: https://example.org/\ndiscovery: auto\n";
    let of = |body: &str| linked_entities(config, body);
    let lebanese = of("افتتح الوزير المعرض في طرابلس بحضور رئيس بلدية صيدا.");
    assert!(
        lebanese.iter().any(|e| e == "tripoli-lebanon"),
        "{lebanese:?}"
    );
    let committee = of("افتتح الوزير المعرض في طرابلس بحضور رئيس اللجنة الوطنية اللبنانية للتراث.");
    assert!(
        committee.iter().any(|e| e == "tripoli-lebanon"),
        "{committee:?}"
    );
    let libyan = of("افتتح الوزير المعرض في طرابلس بحضور رئيس بلدية بنغازي.");
    assert!(libyan.iter().any(|e| e == "tripoli"), "{libyan:?}");
    let both = of("افتتح الوزير المعرض في طرابلس بحضور رئيس بلدية صيدا ورئيس بلدية بنغازي.");
    assert!(
        !both
            .iter()
            .any(|e| e == "tripoli" || e == "tripoli-lebanon"),
        "{both:?}"
    );
}

/// A club named like its town (فريق دهوك، نادي زاخو) is found in a sports report and linked
/// where a word of its team or a match says so, or where the article names it; the town stays
/// the town after a word of place in the same report, and in every other article.
#[test]
fn a_club_named_like_its_town_is_the_club_in_play_and_the_town_elsewhere() {
    let dir = common::site(&[
        (
            "config.yaml",
            "title: t\nbase_url: https://example.org/\ndiscovery: auto\n",
        ),
        (
            "content/articles/match.md",
            "---\ntitle: مباراة\ndate: 2025-01-01\n---\nدهوك (شفق نيوز)/ حقق فريق الطلبة فوزا مهما على فريق دهوك في الدوري، فيما انتهى الديربي بفوز زاخو على نوروز. وانتهى الشوط الأول بتقدم دهوك بهدف دون مقابل، وأقيمت المباراة في مدينة دهوك. وفاز نادي زاخو على ضيفه نادي نوروز بنتيجة 1-0.\n",
        ),
        (
            "content/articles/town.md",
            "---\ntitle: زيارة\ndate: 2025-01-02\n---\nوصل الوزير إلى دهوك وزار زاخو لبحث مشاريع المياه.\n",
        ),
    ]);
    let site = sahifa::analyse_site(&sahifa::BuildOptions {
        root: dir.path().to_path_buf(),
        ..Default::default()
    })
    .unwrap();
    let links: Vec<(String, String)> = sahifa::mentions::records(&site)
        .into_iter()
        .filter(|m| !m.in_title)
        .map(|m| (m.file, m.entity))
        .collect();
    let of = |file: &str, id: &str| {
        links
            .iter()
            .filter(|(f, e)| f.ends_with(file) && e == id)
            .count()
    };
    assert_eq!(of("match.md", "نادي-دهوك"), 2, "{links:?}");
    assert_eq!(of("match.md", "نادي-زاخو"), 2, "{links:?}");
    // The dateline's place and «في مدينة دهوك» are the town.
    assert_eq!(of("match.md", "duhok"), 2, "{links:?}");
    assert_eq!(of("town.md", "duhok"), 1, "{links:?}");
    assert_eq!(of("town.md", "zaxo"), 1, "{links:?}");
}

/// A national side is its country's: «منتخب عمان» is Oman's (not Amman's, which shares the
/// name), and the two sides of a dual are their two countries, as one side is (منتخب مصر).
#[test]
fn a_national_side_names_its_country() {
    let found = entities_of("خسر الفريق أمام منتخب عمان بهدف دون رد في الدور قبل النهائي.");
    assert_eq!(found, ["oman"]);
    let found = entities_of("وتضم المجموعة التاسعة منتخبا إيران وهونج كونج، وتستمر التصفيات.");
    assert_eq!(found, ["iran", "hong-kong-sar-china"]);
}

/// A place whose name ends in «اء» is found with the final hamza dropped, as news often writes
/// it (المخا for المخاء), where the article confirms it as it would any ambiguous town; alone,
/// the bare form stays unlinked.
#[test]
fn a_town_written_without_its_final_hamza() {
    let found = entities_of("وشملت المشاريع سفلتة طريق المخا في محافظة تعز اليمنية.");
    assert!(found.iter().any(|id| id == "al-mukha"), "{found:?}");
    assert!(entities_of("وزار الوفد المخا أمس.").is_empty());
}

/// Israel's towns down to 15,000 people, above all its Arab towns, under the names Arabic news
/// writes (الناصرة with its article, رهط and not GeoNames' «الخضراء»); Yehud (يهود, «Jews») is
/// left out and Tayibe (الطيبة, «the good») waits for a cue.
#[test]
fn israels_arab_towns_are_linked_and_its_homographs_stay_words() {
    let found = entities_of(
        "وتظاهر المئات في سخنين وأم الفحم والناصرة ورهط، وانتقلت الاحتجاجات إلى اللد والرملة \
         وكفر قاسم ومدينة الطيبة.",
    );
    for id in [
        "sakhnin",
        "umm-el-fahm",
        "nazareth",
        "rahat",
        "lod",
        "ramla",
        "kafr-qasim",
        "et-taiyiba",
    ] {
        assert!(found.iter().any(|e| e == id), "{id} in {found:?}");
    }
    let words = entities_of(
        "وأكد السفير عمق العلاقات الطيبة بين البلدين في إسرائيل، وتحدث عن تاريخ يهود المنطقة \
         والأرض الخضراء.",
    );
    assert_eq!(words, ["israel"], "{words:?}");
}

/// «كفر ال…» written joined, as the Egyptian press often writes it (كفرالشيخ، كفرالدوار), is
/// the same town.
#[test]
fn a_kafr_written_joined_is_the_town() {
    let found = entities_of(
        "تفقد اللواء علاء عبد المعطي، محافظ كفرالشيخ، أعمال رصف طريق كفرالدوار اليوم الأحد.",
    );
    for id in ["kafr-ash-shaykh", "kafr-ad-dawwar"] {
        assert!(found.iter().any(|e| e == id), "{id} in {found:?}");
    }
}
