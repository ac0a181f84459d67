//! The curated first-level divisions (issue 13) end to end, with an empty registry: the US
//! states and the Arab governorates, regions and states no other source lists in Arabic are
//! linked, a state that shares its name with a city or a country is the state only as
//! «ولاية …», and the names that are also words stay words without their cue.

use crate::common;

use common::linked_entities;

const CONFIG: &str = "title: \"صحيفتي\"\nbase_url: \"https://example.github.io/my-site/\"\n";

/// The entity ids found in one article with this body, with an empty registry.
fn entities_of(body: &str) -> Vec<String> {
    linked_entities(CONFIG, body)
}

fn assert_links(body: &str, want: &[&str]) {
    let found = entities_of(body);
    for id in want {
        assert!(found.iter().any(|e| e == id), "{id} in {found:?}\n{body}");
    }
}

#[test]
fn us_states_are_linked_under_the_spellings_news_uses() {
    assert_links(
        "وضربت العاصفة فلوريدا وتكساس ولويزيانا، فيما أعلن حاكم كاليفورنيا حالة الطوارئ، وفاز المرشح في بنسلفانيا وميشيغان وويسكنسن وكارولينا الشمالية، وأعلنت سلطات ألاسكا وهاواي إغلاق المدارس.",
        &[
            "florida",
            "texas",
            "louisiana",
            "california",
            "pennsylvania",
            "michigan",
            "wisconsin",
            "north-carolina",
            "alaska",
            "hawaii",
        ],
    );
}

#[test]
fn a_state_named_like_a_city_or_a_country_is_the_state_only_as_wilaya() {
    let found = entities_of(
        "وزار الرئيس نيويورك وواشنطن ثم جورجيا، وقال إن ولاية نيويورك وولاية واشنطن وولاية جورجيا ستصوت للمرشح.",
    );
    for id in [
        "new-york",
        "washington",
        "georgia",
        "new-york-state",
        "washington-state",
        "georgia-us-state",
    ] {
        assert!(found.iter().any(|e| e == id), "{id} in {found:?}");
    }
    // Bare نيويورك, واشنطن, جورجيا are the city, the capital and the country: three each.
    assert_eq!(
        found.iter().filter(|e| *e == "new-york").count(),
        1,
        "{found:?}"
    );
    assert_eq!(
        found.iter().filter(|e| *e == "georgia").count(),
        1,
        "{found:?}"
    );
}

#[test]
fn arab_divisions_no_other_source_lists_are_linked() {
    assert_links(
        "وتوقعت الأرصاد أمطارا على المنوفية والقليوبية والدقهلية والوادي الجديد ومحافظة البحيرة، وارتفعت الحرارة في ظفار ومسندم، وانقطعت الكهرباء في نينوى وذي قار وميسان، وفي ريف دمشق وعكار وجبل لبنان، واندلعت اشتباكات في كردفان وولاية الجزيرة، وزار الوفد سقطرى وأبين ومنطقة عسير وبونتلاند.",
        &[
            "monufia",
            "qalyubia",
            "dakahlia",
            "new-valley",
            "beheira",
            "dhofar",
            "musandam",
            "nineveh",
            "dhi-qar",
            "maysan",
            "rif-dimashq",
            "akkar",
            "mount-lebanon",
            "kordofan",
            "gezira-state",
            "socotra",
            "abyan",
            "asir",
            "puntland",
        ],
    );
}

/// «المنطقة الشرقية» is Saudi Arabia's province after its emir or emirate, or in an article
/// naming Saudi Arabia or one of the province's towns; elsewhere it is any country's «eastern
/// region» (Libya's, beside Benghazi) and is not linked.
#[test]
fn the_eastern_region_is_saudi_arabia_s_only_in_its_context() {
    assert_links(
        "واستقبل أمير المنطقة الشرقية وفدا من رجال الأعمال.",
        &["eastern-province-saudi"],
    );
    assert_links(
        "وافتتح الوزير مشروعا في الدمام، أكبر مدن المنطقة الشرقية.",
        &["eastern-province-saudi", "dammam"],
    );
    let found =
        entities_of("وطالبت الأطراف بزيادة التمثيل الجغرافي للمنطقة الشرقية، ومدينة بنغازي تحديدا.");
    assert!(
        !found.iter().any(|e| e == "eastern-province-saudi"),
        "{found:?}"
    );
}

/// Mauritania's wilayas and Sudan's Northern and River Nile states (ISO 3166-2's Arabic names)
/// are linked; «لعصابة» «for a gang» and «الولاية الشمالية» outside Mauritanian and Sudanese
/// news are not, nor «نهر النيل» as the state.
#[test]
fn iso_divisions_of_mauritania_and_sudan_are_linked() {
    assert_links(
        "وعين مجلس الوزراء واليا لإنشيري، وآخر لولاية لعصابة، ونقل حاكما من الحوض الشرقي إلى اترارزة وتيرس زمور.",
        &[
            "inchiri",
            "assaba",
            "hodh-ech-chargui",
            "trarza",
            "tiris-zemmour",
        ],
    );
    assert_links(
        "وأعلنت السلطات في ولايات الخرطوم والشمالية ونهر النيل حالة الطوارئ، وفي ولاية نهر النيل أغلقت المدارس.",
        &["khartoum", "northern-state-sudan", "river-nile-state"],
    );
    assert_links(
        "وزار الوفد الولاية الشمالية في السودان.",
        &["northern-state-sudan"],
    );
    for body in [
        "وقالت الشرطة إن لعصابة المخدرات صلات خارجية.",
        "وصوتت الولاية الشمالية في نيجيريا للمرشح.",
        "وارتفع منسوب نهر النيل أمس.",
    ] {
        let found = entities_of(body);
        assert!(
            !found
                .iter()
                .any(|e| e == "assaba" || e == "northern-state-sudan" || e == "river-nile-state"),
            "{body}: {found:?}"
        );
    }
}

/// Morocco's provinces from ISO 3166-2 are linked; those whose name is also a word or a
/// person's only after their cue.
#[test]
fn moroccan_provinces_are_linked_and_their_homographs_need_a_cue() {
    assert_links(
        "وضرب زلزال أقاليم ورزازات وتيزنيت وزاكورة، وتضررت الطرق في شفشاون والخميسات، وأعلنت عمالة الصخيرات تمارة وإقليم الحاجب ومدينة جرادة حالة التأهب.",
        &[
            "ouarzazate",
            "tiznit-province",
            "zagora-province",
            "chefchaouen-province",
            "khemisset-province",
            "skhirate-temara-prefecture",
            "el-hajeb-province",
            "jerada-province",
        ],
    );
    let found = entities_of(
        "وقال الحاجب الملكي في الرباط إن المغرب كافح الجراد، وإن جرادة واحدة تأكل وزنها، والتقى برشيد ومحمد بنسليمان، ووزان الذهب يعمل في المغرب.",
    );
    for id in [
        "el-hajeb-province",
        "jerada-province",
        "berrechid-province",
        "benslimane-province",
        "ouezzane-province",
    ] {
        assert!(!found.iter().any(|e| e == id), "{id} in {found:?}");
    }
}

/// Algeria's wilayas (algeria-wilayas-communes): every seat is linked, those no town table
/// brought (بومرداس، تيبازة) plainly, those whose name is a word or a given name (معسكر «camp»،
/// سعيدة «happy»، بشار، النعامة «ostrich») only after ولاية or مدينة; the official spelling of a
/// seat GeoNames names otherwise (تيسمسيلت, not the colonial فيالار; تمنراست) is its name.
#[test]
fn algeria_s_wilayas_are_linked_and_their_homographs_need_a_cue() {
    assert_links(
        "وزار الوزير بومرداس وتيبازة وتيسمسيلت وتمنراست، ثم ولاية معسكر ومدينة سعيدة وولاية بشار وولاية النعامة.",
        &[
            "boumerdes",
            "tipaza",
            "tissemsilt",
            "tamanghasset",
            "mascara",
            "saida",
            "bechar",
            "naama",
        ],
    );
    let found = entities_of(
        "وأقام الجيش معسكر تدريب في الجنوب، وكانت سعيدة بالنتيجة، والتقى بشار الأسد وفدا، وهربت النعامة من الحديقة.",
    );
    for id in ["mascara", "saida", "bechar", "naama"] {
        assert!(!found.iter().any(|e| e == id), "{id} in {found:?}");
    }
}

#[test]
fn division_names_that_are_words_stay_words_without_their_cue() {
    // Each sentence uses a curated name in its ordinary sense; none may link.
    let bodies = [
        "وقال الخبير إن الوضع عسير، وإن الاقتراح مطروح للنقاش منذ أشهر.",
        "وجلس الصيادون على ضفاف البحيرة، ووقع الحادث في مدينة الشرقية الجديدة.",
        "وقالت ريمة إن المتهم الضالع في الجريمة اعترف، ورأينا برقة في السماء.",
        "وأكل الأطفال دجاج كنتاكي، وجدفوا في نهر كولورادو، وشاهدوا فيلم إنديانا جونز.",
        "ولدغت عقارب الصحراء راعيا، وأدى عمرة مع أسرته، وقال إن عمره ستون عاما.",
        "وسعى الفريق نحو العلا، وتحدث الشيخ عثمان عن الصبر، وسبح الأطفال في نهر المسيسيبي.",
    ];
    for body in bodies {
        assert_eq!(entities_of(body), Vec::<String>::new(), "{body}");
    }
}

#[test]
fn a_venue_is_still_found_when_a_gazetteer_town_follows_it_after_bi() {
    // الدويرة is now the gazetteer's; «بالدويرة» after the stadium's name is «at Douera».
    let config = format!("{CONFIG}discovery: auto\n");
    let found = linked_entities(
        &config,
        "وفاز مولودية الجزائر على شباب بلوزداد في المباراة التي احتضنها ملعب علي عمار بالدويرة، وسط حضور جماهيري كبير.",
    );
    assert!(found.iter().any(|e| e == "douera"), "{found:?}");
    assert!(found.iter().any(|e| e == "ملعب-علي-عمار"), "{found:?}");
}

/// Oman and Amman are one spelling without marks (عمان): a cue only one of them has decides
/// whose name it is, even where the article names the other («مدينة عمان» beside «سلطنة
/// عمان» is Amman); a cue both could take decides nothing.
#[test]
fn a_cue_only_one_sharer_has_says_whose_name_it_is() {
    let found =
        entities_of("وصل وزير خارجية سلطنة عمان إلى مدينة عمان اليوم في زيارة رسمية للأردن.");
    assert_eq!(found.first().map(String::as_str), Some("oman"), "{found:?}");
    assert_eq!(found.get(1).map(String::as_str), Some("amman"), "{found:?}");
    let found = entities_of("وصل الوزير إلى مدينة عمان في زيارة قصيرة.");
    assert!(
        found.iter().any(|e| e == "amman") && !found.iter().any(|e| e == "oman"),
        "{found:?}"
    );
}

/// Darfur's five states and Nouakchott's three wilayas are named with a direction that is part
/// of the name (شمال دارفور، نواكشوط الجنوبية): the state or wilaya, not Darfur or the city.
#[test]
fn a_state_named_with_a_direction_is_the_state() {
    let found = entities_of(
        "واجتمع والي ولاية شمال دارفور بنازحين من جنوب دارفور ووسط دارفور، فيما عُيّن والٍ جديد \
         لنواكشوط الجنوبية وآخر لنواكشوط الغربية.",
    );
    for id in [
        "north-darfur",
        "south-darfur",
        "central-darfur",
        "nouakchott-sud",
        "nouakchott-ouest",
    ] {
        assert!(found.iter().any(|e| e == id), "{id} in {found:?}");
    }
    for id in ["darfur", "nouakchott"] {
        assert!(!found.iter().any(|e| e == id), "{id} in {found:?}");
    }
}

/// «طرابلس الكبرى» is Libya's capital with its municipalities: named so, it also confirms the
/// bare «طرابلس» of the article, which alone could be Lebanon's Tripoli.
#[test]
fn greater_tripoli_confirms_libya_s_capital() {
    let found = entities_of(
        "والتقى رئيس الحكومة أعيان طرابلس الكبرى، وتحدث عن الأوضاع الأمنية في بلديات طرابلس.",
    );
    assert_eq!(
        found.iter().filter(|e| *e == "tripoli").count(),
        2,
        "{found:?}"
    );
    assert!(!found.iter().any(|e| e == "tripoli-lebanon"), "{found:?}");
}

/// Oman's two Batinah governorates are named with their direction (شمال الباطنة، جنوب
/// الباطنة): each is its governorate, and the bare «الباطنة» stays the coastal region.
#[test]
fn the_batinah_governorates_are_not_the_region() {
    let found = entities_of(
        "وافتتح محافظ جنوب الباطنة المشروع بحضور مسؤولين من شمال الباطنة، في أكبر مشروع تشهده \
         الباطنة منذ سنوات.",
    );
    for id in ["south-al-batinah", "north-al-batinah", "al-batinah"] {
        assert!(found.iter().any(|e| e == id), "{id} in {found:?}");
    }
    assert_eq!(
        found.iter().filter(|e| *e == "al-batinah").count(),
        1,
        "{found:?}"
    );
}

/// «مدرب مصر» is the national side, not linked; unlike a club named like its town, it leaves
/// the country's other mentions linked (وزير الرياضة في مصر is the country).
#[test]
fn a_national_side_leaves_its_country_linked() {
    let found = entities_of(
        "قال مدرب مصر إن المنتخب جاهز. وتستضيف مصر البطولة في القاهرة، وقال وزير الرياضة في مصر \
         إن الملاعب جاهزة.",
    );
    assert_eq!(
        found.iter().filter(|e| *e == "egypt").count(),
        2,
        "{found:?}"
    );
}

#[test]
fn a_region_named_by_its_towns_is_one_region_not_its_towns() {
    let found = entities_of(
        "قاد الوزير زيارات ميدانية للمؤسسات التعليمية بجهات الدار البيضاء سطات، الرباط سلا القنيطرة، وفاس مكناس، ثم زار جهة مراكش - آسفي وجهة سوس-ماسة.",
    );
    for id in [
        "casablanca-settat",
        "rabat-sale-kenitra",
        "fes-meknes",
        "marrakech-safi",
        "souss-massa",
    ] {
        assert!(found.iter().any(|e| e == id), "{id} in {found:?}");
    }
    // The towns inside the regions' names are not linked on their own.
    for id in [
        "casablanca",
        "settat",
        "rabat",
        "sale",
        "kenitra",
        "fez",
        "meknes",
        "safi",
    ] {
        assert!(!found.iter().any(|e| e == id), "{id} in {found:?}");
    }
}

#[test]
fn a_governorate_named_by_a_direction_is_the_governorate_not_the_land() {
    let found = entities_of(
        "وتفقد محافظ جنوب سيناء أعمال الطريق، فيما استقبل رئيس البلدية وفدا من رؤساء بلديات شمال غزة، وزار والي شمال كردفان الأبيض. وتقع سيناء بين قارتين.",
    );
    for id in ["south-sinai", "north-gaza", "north-kordofan", "sinai"] {
        assert!(found.iter().any(|e| e == id), "{id} in {found:?}");
    }
    assert_eq!(
        found.iter().filter(|e| *e == "sinai").count(),
        1,
        "{found:?}"
    );
    assert!(!found.iter().any(|e| e == "kordofan"), "{found:?}");
}
