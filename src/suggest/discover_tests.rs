//! Names after their kind word, on made-up local news, through the public pipeline.

use super::super::test_site::people_discovered as people_of;
use super::super::test_site::{discovered, discovered_with, places};
use crate::load::EntityKind;

/// A و written apart from the next word (as some Maghreb outlets write a ministry's long name)
/// joins two complements of a title; the name after the comma is the minister's.
#[test]
fn a_detached_waw_joins_the_complements_of_a_title() {
    let found =
        discovered(&["وأشرف وزير السكن و العمران و المدينة، كمال بن يوسف، على توزيع المفاتيح."]);
    assert!(
        found
            .iter()
            .any(|(n, k)| n == "كمال بن يوسف" && *k == EntityKind::Person),
        "{found:?}"
    );
}

/// A venue joined by و to another keeps its kind word without the conjunction: «شارع مكة»,
/// not «وشارع مكة», as a body's name drops it (وحركة → حركة).
#[test]
fn a_venue_after_and_drops_the_conjunction() {
    let found = places(&["وأغلقت الشرطة شارع الجامعة وشارع مكة وشارع الشعب أمس."]);
    assert!(found.contains(&"شارع مكة".to_string()), "{found:?}");
    assert!(!found.iter().any(|p| p.starts_with('و')), "{found:?}");
}

/// A castle or fort is a venue named with its kind word after a known place (قلعة حلب، حصن
/// دمشق) or, for a castle, a bare word that cannot be its adjective (قلعة بهلان), never before a
/// figure of speech or an adjective (قلعة الصمود، قلعة قديمة، قلعة كبرى، قلعة حمراء).
#[test]
fn a_castle_is_named_after_a_known_place() {
    let found =
        places(&["وتفقد الوزير أعمال الترميم في قلعة حلب، ثم زار حصن دمشق القديم وقلعة بهلان أمس."]);
    for venue in ["قلعة حلب", "حصن دمشق", "قلعة بهلان"] {
        assert!(
            found.contains(&venue.to_string()),
            "«{venue}» not in {found:?}"
        );
    }
    let found = places(&[
        "وقال إن المدينة ستبقى قلعة الصمود في وجه الغزاة، وإن فيها قلعة قديمة تستحق الزيارة.",
        "وبنى الأمير قلعة كبرى على التل، وقلعة حمراء قرب النهر، وكنيسة صغيرة، وحصن منيع.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// حارة is a quarter before its name (حارة الشيخ، حارة بيت الشرق: a name on a common noun
/// after a kind of place), and «hot» before anything else.
#[test]
fn a_quarter_is_named_after_haara_and_hot_water_is_not() {
    let found = places(&["وتجول الوفد في حارة بيت الشرق القديمة، ثم في حارة الصباغين."]);
    assert!(found.contains(&"بيت الشرق".to_string()), "{found:?}");
    assert!(found.contains(&"الصباغين".to_string()), "{found:?}");
    let found = places(&[
        "وتتدفق مياه حارة من الينابيع، وتسود أجواء حارة رطبة نهارا، وشهدت الجلسة مواجهة حارة بين النواب.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// After «موقع» (a site), a place named on a common noun is a place (موقع عين الغزال، وموقع
/// تل الصافي); any other word after it is not (موقع الوزارة), nor a house (موقع بيت الشعر: a
/// body's website).
#[test]
fn a_site_names_a_place_on_a_common_noun() {
    let found = places(&[
        "وتوجه الوفد إلى موقع عين الغزال الأثري، وموقع تل الصافي، ثم نشر الصور على موقع الوزارة وموقع بيت الشعر.",
    ]);
    assert!(found.contains(&"عين الغزال".to_string()), "{found:?}");
    assert!(found.contains(&"تل الصافي".to_string()), "{found:?}");
    assert_eq!(found.len(), 2, "{found:?}");
}

/// Towns listed each with its province («، وبيرام في ولاية الجبل، وبوتلميت بولاية النهر»)
/// are places, three of them at least; a clause of the same shape with nouns (والأمن في ولاية …
/// مستقر، وشركاءها في ولاية …) or a shorter list is not such a list.
#[test]
fn towns_listed_each_with_its_province_are_places() {
    let found = places(&[
        "وقال الوزير إن عواصم المقاطعات الجديدة هي تامرت في ولاية الساحل، وبيرام في ولاية الجبل الغربي، وبوتلميت بولاية النهر، وكرمسين، في ولاية الواحات.",
    ]);
    for town in ["بيرام", "بوتلميت", "كرمسين"] {
        assert!(
            found.contains(&town.to_string()),
            "«{town}» not in {found:?}"
        );
    }
    let found = places(&[
        "بدأ حياته معلما، وعمل في ولاية الساحل سنوات، ودرّس في ولاية الواحات بعدها.",
        "وقال إن الأوضاع تحسنت، والأمن في ولاية الساحل مستقر، والاقتصاد في ولاية النهر ينمو، والتعليم بولاية الواحات جيد.",
        "وأضاف أن الحكومة، وشركاءها في ولاية الساحل، وممثليها في ولاية النهر، ومنظماتها في ولاية الواحات، اجتمعوا أمس.",
        "وهطلت الأمطار، وتامرت في ولاية الساحل، وبيرام في ولاية النهر لم تسلما منها.",
    ]);
    // The provinces themselves are places, after their kind word.
    for noun in [
        "عمل",
        "درّس",
        "الأمن",
        "الاقتصاد",
        "التعليم",
        "شركاءها",
        "ممثليها",
        "منظماتها",
        "تامرت",
        "بيرام",
    ] {
        assert!(!found.contains(&noun.to_string()), "«{noun}» in {found:?}");
    }
}

/// A presenter, a reciter or a professional player is named after that word as after any
/// title (الإعلامية فلانة، القارئ فلان، المحترف فلان); the adjective of a campaign (الحملة
/// الإعلامية) before an ordinary word names no one.
#[test]
fn presenters_reciters_and_professionals_are_titles() {
    let found = discovered(&[
        "وقدمت الحفل الإعلامية ريما الحسيني، ثم تلا القارئ صالح المنيعي آيات من القرآن.",
        "ويضم الفريق المحترف كريم الدوسري في خط الوسط.",
        "وبدأت الحملة الإعلامية الواسعة في المدارس.",
    ]);
    let people: Vec<&str> = found
        .iter()
        .filter(|(_, k)| *k == EntityKind::Person)
        .map(|(n, _)| n.as_str())
        .collect();
    for name in ["ريما الحسيني", "صالح المنيعي", "كريم الدوسري"] {
        assert!(people.contains(&name), "«{name}» not in {people:?}");
    }
    assert!(
        !found.iter().any(|(n, _)| n.contains("الواسعة")),
        "{found:?}"
    );
}

/// An official (مسؤول) is a title in construct form; the office's field and where it is —
/// «في» and a kind of place before a known place — come before the name. An official with
/// a demonym or an adjective and no name after names no one.
#[test]
fn an_official_of_a_field_in_a_region() {
    let found = super::super::test_site::discovered_with(
        &[
            "وأشار مسؤول النشاط الثقافي في محافظة البصرة سامي العبادي إلى أن المعرض سيستمر.",
            "وقال مسؤول محلي إن الطريق أغلق، وذكر مسؤول أمني أن التحقيق مستمر.",
        ],
        true,
    );
    assert!(
        found
            .iter()
            .any(|(n, k)| n == "سامي العبادي" && *k == EntityKind::Person),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|(n, _)| n.contains("محلي") || n.contains("أمني") || n.contains("النشاط")),
        "{found:?}"
    );
}

/// After «د.» a first name in ة is a woman's (د. عائشة السالمي), seen once as any full name
/// after a title; without the abbreviation a noun in ة (حالة) opens no name.
#[test]
fn a_womans_name_in_ta_after_the_doctors_abbreviation() {
    let found = discovered(&[
        "وافتتحت المعرض د. عائشة السالمي أمس.",
        "وأعلن الرئيس حالة طوارئ عامة.",
    ]);
    assert!(
        found
            .iter()
            .any(|(n, k)| n == "عائشة السالمي" && *k == EntityKind::Person),
        "{found:?}"
    );
    assert!(!found.iter().any(|(n, _)| n.contains("حالة")), "{found:?}");
}

/// A name on a common noun whose second word is a known place (وادي العين, with العين the town
/// in the gazetteer) is a place of its own after its kind word, quoted or not. (The example
/// was رأس العين until the gazetteer took Syria's district of that name.)
#[test]
fn a_known_place_completes_a_toponym_on_a_common_noun() {
    for text in [
        "وخصصت 200 شقة لفائدة قاطني منطقة \"وادي العين\" في الولاية.",
        "وخصصت 200 شقة لفائدة قاطني منطقة وادي العين في الولاية.",
    ] {
        let found = places(&[text]);
        assert!(found.iter().any(|n| n == "وادي العين"), "{text}: {found:?}");
    }
}

/// A definite verbal noun of the form التفعيل (التخطيط، التنظيم) is no family name: after a
/// title's complements «ورش التخطيط» is the thing launched, not a member's name.
#[test]
fn a_verbal_noun_ends_no_name_after_a_title() {
    let text = "وأطلق عضو كتلة النهضة وجمعية العمل الأهلي ورش التخطيط للعام المقبل.";
    let found = discovered(&[text]);
    assert!(
        !found.iter().any(|(_, k)| *k == EntityKind::Person),
        "{found:?}"
    );
    // Nor a place after a kind word (من ناحية التخطيط «as for planning»).
    let found = discovered(&["وتتعاون البلديات من ناحية التنظيم والتمويل."]);
    assert!(found.is_empty(), "{found:?}");
}

/// A place named «وادي X» keeps its و on a site whose pages also write أدى «performed»
/// (normalised «ادي») more often than وادي: the first word of a place name is not a clitic
/// and a rest.
#[test]
fn a_wadi_keeps_its_waw_where_the_site_writes_the_verb_adda() {
    let mut bodies =
        vec!["وخصصت الولاية 500 مسكن لفائدة قاطني بلدية وادي السدرة و 200 مسكن ببلدية عين الكرمة."];
    let verbs = "أدى اللاعب مباراة جيدة ثم أدى الفريق واجبه، كما أدى الحكم دوره.";
    bodies.extend([verbs; 3]);
    let found = places(&bodies);
    assert!(found.contains(&"وادي السدرة".to_string()), "{found:?}");
    assert!(!found.iter().any(|n| n.starts_with("ادي")), "{found:?}");
}

/// A relative pronoun after a title (الرائد الذي، النقيب الذي) opens a clause about the titled
/// one: the verb and its object after it are no name.
#[test]
fn a_relative_pronoun_after_a_title_opens_no_name() {
    for text in [
        "وقال الرائد الذي قاد الوحدة إن الهجوم فشل.",
        "وحاول الفريق العودة في المباراة، وكان النقيب الذي قلّص المسافة في الدوري قد غادر.",
    ] {
        let found = discovered(&[text]);
        assert!(
            !found.iter().any(|(_, k)| *k == EntityKind::Person),
            "{text}: {found:?}"
        );
    }
}

/// Roles news writes before a person's full name (الصحفي، المحامية، الناشط، الأسير، الراحل،
/// المتهم) are titles; with an adjective or a verb after them and no name, nothing is taken.
#[test]
fn roles_of_the_news_are_titles() {
    let found = discovered(&[
        "وقال الصحفي نبيل بوزيان إن المحامية هالة قدوري ستترافع عن الناشط كمال الحمادي، \
         بينما نعى الأهالي الراحل سامر العتيبي.",
        "وقال الطبيب المعالج إن حالة المريض مستقرة، وأكد المحامي أن الجلسة تأجلت، ونفى المتهم \
         الأول التهم الموجهة إليه.",
    ]);
    let people: Vec<&str> = found
        .iter()
        .filter(|(_, k)| *k == EntityKind::Person)
        .map(|(n, _)| n.as_str())
        .collect();
    for name in ["نبيل بوزيان", "هالة قدوري", "كمال الحمادي", "سامر العتيبي"]
    {
        assert!(people.contains(&name), "«{name}» not in {people:?}");
    }
    assert_eq!(people.len(), 4, "{people:?}");
}

/// Two countries' ministries of one name are two bodies when the text adds the country
/// (docs/linking.md): the demonym stays in each name.
#[test]
fn a_ministry_with_its_country_is_that_country_s() {
    let found = discovered_with(
        &[
            "وذكرت وزارة الخارجية المصرية في بيان لها أن الوزير وصل أمس.",
            "وقالت وزارة الخارجية العراقية في بيان إن الوفد عاد إلى بغداد.",
        ],
        true,
    );
    let bodies: Vec<&str> = found
        .iter()
        .filter(|(_, k)| *k == EntityKind::Organization)
        .map(|(n, _)| n.as_str())
        .collect();
    for name in ["وزارة الخارجية المصرية", "وزارة الخارجية العراقية"]
    {
        assert!(bodies.contains(&name), "«{name}» not in {bodies:?}");
    }
    assert!(!bodies.contains(&"وزارة الخارجية"), "{bodies:?}");
}

/// A surname that is also a common noun of the site (سلام beside «السلام في أوكرانيا»)
/// stays the family name after a first name under a title: the name was cut to its first
/// word, and lost.
#[test]
fn a_surname_the_site_writes_as_a_common_noun_stays_in_the_name() {
    let found = discovered(&[
        "ترأس رئيس مجلس الوزراء الدكتور نواف سلام بعد ظهر اليوم اجتماعا وزاريا.",
        "وتؤكد الدول أن السلام في أوكرانيا لا يمكن تحقيقه، وأن الجابر يعمل.",
        "وقال الوزير ياسين جابر إن الموازنة جاهزة.",
    ]);
    let people: Vec<&str> = found
        .iter()
        .filter(|(_, k)| *k == EntityKind::Person)
        .map(|(n, _)| n.as_str())
        .collect();
    assert!(people.contains(&"نواف سلام"), "{people:?}");
    assert!(people.contains(&"ياسين جابر"), "{people:?}");
}

/// «بكل من:» (with its ب) announces a line-up; an item that is no full name (a surname
/// alone, a given name that is also a title) keeps the list going and is not taken.
#[test]
fn a_lineup_after_each_of_survives_items_that_are_no_full_names() {
    let people = people_of(&[
        "ويدخل المنتخب المباراة بكل من: سامي بوعلام، كريم قدوري، الزياني، أمير فرحات، نبيل العياشي.",
    ]);
    for name in ["سامي بوعلام", "كريم قدوري", "نبيل العياشي"] {
        assert!(
            people.contains(&name.to_string()),
            "«{name}» not in {people:?}"
        );
    }
    assert!(!people.contains(&"الزياني".to_string()), "{people:?}");
    // Not a list of people: a clause after «بكل من» with a verb in it.
    let people = people_of(&["ويرحب النادي بكل من يرغب في الانضمام، ويدعو الجميع إلى الحضور."]);
    assert!(people.is_empty(), "{people:?}");
}

/// A clause opening with و and a verb is no name before a title in apposition (واختار فلان،
/// مدرب المنتخب …), and a noun with a possessive after a title and a comma goes on with the
/// sentence (مدرب المنتخب، قائمته النهائية).
#[test]
fn a_verb_or_a_possessed_noun_opens_no_name_around_a_title() {
    let people =
        people_of(&["واختار سامي بوعلام، مدرب المنتخب الوطني، قائمته النهائية لتجمع مارس."]);
    assert!(
        !people
            .iter()
            .any(|p| p.starts_with("واختار") || p.starts_with("قائمته")),
        "{people:?}"
    );
}

/// و and a noun with its definite complement after a minister's fields is one more field
/// (وإصلاح المستشفيات), and the name comes after it; a given name in و is a second name.
#[test]
fn a_conjoined_field_of_a_title_is_no_name() {
    let found = discovered(&[
        "وأعلن وزير الصحة والسكان وتطوير المستشفيات سامر ولد داود أن الميزانية ارتفعت.",
    ]);
    assert!(
        found.contains(&("سامر ولد داود".to_string(), EntityKind::Person)),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|(name, _)| name.contains("المستشفيات")),
        "{found:?}"
    );
}

/// A street or bridge is a venue named with its kind word (شارع رفيفان المجالي، جسر
/// السراجي), a street also for a common noun (شارع الجيش) with its adjective (العلوي).
#[test]
fn a_street_or_bridge_is_named_with_its_kind_word() {
    let found = places(&[
        "وتشمل المرحلة توسعة شارع الجيش العلوي وتحسينات مرورية لشارع الجيش وشارع رفيفان المجالي، \
         ويمتد خط المياه من جسر السراجي حتى منطقة مهيجران.",
    ]);
    for venue in [
        "شارع الجيش العلوي",
        "شارع الجيش",
        "شارع رفيفان المجالي",
        "جسر السراجي",
    ] {
        assert!(
            found.contains(&venue.to_string()),
            "«{venue}» not in {found:?}"
        );
    }
}

/// A title, a kind of place or an adjective after «شارع» names no street by itself (شارع الملك
/// is not cut from شارع الملك فهد, which is named whole), nor does a figure of speech after
/// «جسر» or «الشارع».
#[test]
fn no_street_is_cut_at_a_title_or_named_by_a_kind_of_place() {
    let found = places(&[
        "وسار الموكب في شارع الملك فهد ثم في شارع المدينة الرئيسي وفي شارع طويل، وقال إن الشارع \
         العربي غاضب، وإن الاتفاق جسر التواصل بين البلدين وجسر قديم من الثقة.",
    ]);
    assert!(
        !found
            .iter()
            .any(|n| (n.starts_with("شارع") && n != "شارع الملك فهد")
                || n.starts_with("جسر")
                || n == "الشارع العربي"),
        "{found:?}"
    );
}

/// A sports city named for a ruler after a stadium's kind word (ستاد، ملعب) is a place named
/// as the ruler's stadiums are, with «مدينة» and «الرياضية» but not the stadium's word; «مدينة
/// الملك» alone is never cut out of it.
#[test]
fn a_sports_city_after_a_stadium_word_is_a_place() {
    let found = places(&[
        "وفاز الأهلي على الرائد بأربعة أهداف بستاد مدينة الملك عبدالله الرياضية في الجولة الثالثة \
         من الدوري، ثم لعب الهلال على ملعب مدينة الأمير فيصل بن فهد الرياضية.",
    ]);
    for city in [
        "مدينة الملك عبدالله الرياضية",
        "مدينة الأمير فيصل بن فهد الرياضية",
    ] {
        assert!(
            found.contains(&city.to_string()),
            "«{city}» not in {found:?}"
        );
    }
    assert!(
        !found
            .iter()
            .any(|n| n.starts_with("ملعب") || n.starts_with("ستاد") || n == "مدينة الملك"),
        "{found:?}"
    );
}

/// A tower is named by one definite name after «برج» (برج الرماح); a sign of the zodiac (برج
/// الحمل) or a bare word (برج مراقبة) after it is none.
#[test]
fn a_tower_is_named_by_a_definite_name() {
    let found = places(&[
        "ثم توجه الوفد إلى موقع عين الكسفة ومشروع ترميم برج الرماح، حيث تعرف على الأعمال.",
    ]);
    assert!(found.contains(&"برج الرماح".to_string()), "{found:?}");
    let found = places(&[
        "وتوقعات برج الحمل اليوم جيدة، أما برج العقرب فعليه الحذر، وأقيم برج مراقبة على الحدود.",
    ]);
    assert!(!found.iter().any(|n| n.starts_with("برج")), "{found:?}");
}

/// «المغفور له» after a stadium's kind word says whom it is named for, and is no name: no
/// place «استاد المغفور» is found.
#[test]
fn the_late_after_a_venue_s_kind_word_is_no_name() {
    let found = discovered(&[
        "ويلتقي المنتخب نظيره الأردني على استاد المغفور له الشيخ حمد بن راشد آل مكتوم بنادي الوصل.",
    ]);
    assert!(
        !found.iter().any(|(n, _)| n.contains("المغفور")),
        "{found:?}"
    );
}

/// A ministry's local office or a bank's branch is the body's (مكتب وزارة الأشغال العامة
/// والطرق بالوادي، فرع بنك الخرطوم): the body is found from its own head, the office is no
/// body of its own; an office that heads no other body stays one (مكتب الشؤون الاجتماعية).
#[test]
fn an_office_of_a_body_is_the_body() {
    let found = super::super::organizations::tests::bodies(
        "وتكليف مكتب وزارة الأشغال العامة والطرق بالنزول لتفقد الضرر، ومكتب وزارة التخطيط \
         والتعاون الدولي، ومكتب الشؤون الاجتماعية والعمل. وافتتح فرع بنك الخرطوم في المدينة.",
        &[],
        &[],
    );
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    for name in [
        "وزارة الأشغال العامة والطرق",
        "وزارة التخطيط والتعاون الدولي",
        "ومكتب الشؤون الاجتماعية والعمل",
        "بنك الخرطوم",
    ] {
        assert!(names.contains(&name), "«{name}» not in {names:?}");
    }
    assert!(
        !names
            .iter()
            .any(|n| n.starts_with("مكتب وزارة") || n.starts_with("فرع")),
        "{names:?}"
    );
}

/// A mosque is named with its kind word جامع as with مسجد (جامع الرضوان), in an article about
/// worship: elsewhere جامع is a collector or «comprehensive» (جامع القمامة، كتاب جامع
/// الأحاديث). A park or hall is named only after a person's name of two words or more that
/// opens with a given name or a kunya, or after a ruler (صالة حسن مصطفى، صالة أبو يوسف النجار،
/// حديقة الملك عبدالله), never before another definite word, a place or a bare noun (صالة
/// الانتظار، حديقة الحيوان، صالة كبار الزوار، حديقة واشنطن الخلفية، صالة فندق شيراتون).
#[test]
fn mosques_parks_and_halls_are_named_with_their_kind_word() {
    let found = places(&[
        "افتتح الوزير جامع الرضوان وجامع الحمد للصلاة، وأقيمت المباراة في صالة حسن مصطفى ثم في صالة أبو يوسف النجار.",
        "وافتتح الأمير حديقة الملك عبدالله في المدينة.",
    ]);
    for venue in [
        "جامع الرضوان",
        "جامع الحمد",
        "صالة حسن مصطفى",
        "صالة أبو يوسف النجار",
        "حديقة الملك عبدالله",
    ] {
        assert!(
            found.contains(&venue.to_string()),
            "«{venue}» not in {found:?}"
        );
    }
    let found = places(&[
        "وانتظر الركاب في صالة الانتظار وصالة كبار الزوار وصالة الألعاب الرياضية.",
        "وتجول الأطفال في حديقة الحيوان وحديقة المنزل وحديقة عامة، ثم في صالة كبيرة.",
        "وعثر جامع القمامة على حقيبة، ويعد الكتاب جامع الأحاديث الصحيحة.",
        "وتبقى حديقة واشنطن الخلفية هادئة، وأقيم الحفل في صالة فندق شيراتون وفي حديقة جميلة مليئة بالأزهار.",
    ]);
    assert!(
        !found
            .iter()
            .any(|n| n.starts_with("صالة") || n.starts_with("حديقة") || n.starts_with("جامع")),
        "{found:?}"
    );
}

/// A club's or a party's secretary and treasurer are titles (أمين السر، أمين الصندوق), not the
/// given name أمين and a family name; the name after them is the person's. كبار before a
/// plural is «the senior», not a name (الوزير كبار المسؤولين).
#[test]
fn a_secretary_s_title_is_no_name_and_introduces_one() {
    let people = people_of(&[
        "واستقبل المدير الشيخ خالد الفهد وأمين السر رضا معرفي وأمين الصندوق ناصر الشرهان.",
        "والتقى الوزير كبار المسؤولين في الوزارة، وحضر كبار الضيوف الحفل.",
        "وقال النائب محمد كبارة إن الأمر مهم.",
    ]);
    assert!(people.contains(&"محمد كبارة".to_string()), "{people:?}");
    assert!(people.contains(&"رضا معرفي".to_string()), "{people:?}");
    assert!(people.contains(&"ناصر الشرهان".to_string()), "{people:?}");
    assert!(
        !people
            .iter()
            .any(|p| p.contains("السر") || p.contains("الصندوق") || p.starts_with("كبار ")),
        "{people:?}"
    );
}

/// A street named for a person keeps his title or «the martyr» in its name (شارع العقيد لطفي،
/// شارع الملك فهد، شارع الشهيد أحمد بوقرة), and ends before the next street in و; «the martyr»
/// with no name after it names none.
#[test]
fn a_street_named_for_a_titled_person_keeps_the_title() {
    let found = places(&[
        "وتمت الأشغال في شارع العقيد لطفي وشارع الدكتور دمرجي، وأغلقت الشرطة شارع الملك فهد وشارع الشهيد أحمد بوقرة.",
    ]);
    for street in [
        "شارع العقيد لطفي",
        "شارع الدكتور دمرجي",
        "شارع الملك فهد",
        "شارع الشهيد أحمد بوقرة",
    ] {
        assert!(
            found.contains(&street.to_string()),
            "«{street}» not in {found:?}"
        );
    }
    // A lineage particle in و (ولد) is the name's, not the next item's.
    let found = places(&["وأغلقت الشرطة شارع الرئيس المختار ولد داداه أمس."]);
    assert!(
        found.contains(&"شارع الرئيس المختار ولد داداه".to_string()),
        "{found:?}"
    );
    let found = places(&["ومر الموكب في شارع الشهيد ثم في شارع الرئيس."]);
    assert!(found.is_empty(), "{found:?}");
}

/// A mosque named for a sheikh, a king or an imam keeps the title and the whole name (مسجد
/// الشيخ زايد، جامع الإمام عزان بن قيس), never cut at the title (مسجد الملك); a title with no
/// name after it names no mosque.
#[test]
fn a_mosque_named_for_a_titled_person_is_named_whole() {
    let found = places(&[
        "وصلى الوفد في مسجد الشيخ زايد ثم زار مسجد الملك فهد، وافتتح الوزير جامع الإمام عزان بن قيس.",
        "وقال إن مسجد الإمام الذي صلى فيه قديم.",
    ]);
    for mosque in [
        "مسجد الشيخ زايد",
        "مسجد الملك فهد",
        "جامع الإمام عزان بن قيس",
    ] {
        assert!(
            found.contains(&mosque.to_string()),
            "«{mosque}» not in {found:?}"
        );
    }
    assert!(
        !found
            .iter()
            .any(|n| n == "مسجد الملك" || n == "مسجد الشيخ" || n.starts_with("مسجد الإمام")),
        "{found:?}"
    );
}
