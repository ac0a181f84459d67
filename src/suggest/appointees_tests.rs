//! Appointees of decrees and appointment lists: the names after a verb of appointing, each
//! before its office, through the public pipeline (`discovery: auto`, no gazetteer).

use super::super::test_site::people;

/// After a verb of appointing, each clause in و that names someone right before an office
/// (in the accusative, or «في منصب») is the next appointee, whether a comma or a space stands
/// before its و; the office and the و are not part of the name.
#[test]
fn the_appointees_after_the_verb_in_clauses_of_waw() {
    let found = people(&[
        "وصدر مرسوم بتعيين سامي الرفاعي وزيرا للعدل، وماهر القاسمي وزيرا للنقل \
         ووليد الحارثي وزيرا للزراعة وسعد الدين الهاشمي وزيرا للصحة، ونادر الكعبي في منصب وزير الإسكان.",
    ]);
    for name in [
        "سامي الرفاعي",
        "ماهر القاسمي",
        "وليد الحارثي",
        "سعد الدين الهاشمي",
        "نادر الكعبي",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| f.starts_with('و') && f != "وليد الحارثي" || f.contains("وزير")),
        "{found:?}"
    );
}

/// Without a verb of appointing before it, a clause in و before an accusative office is not
/// read as an appointment.
#[test]
fn no_appointee_without_the_verb() {
    let found = people(&["وذكرت الصحيفة أن الجلسة عقدت ورامي العلي مستشارا للنادي منذ عامين."]);
    assert!(!found.iter().any(|f| f.contains("رامي")), "{found:?}");
}

/// The و before a conjoined appointee is a clitic, never part of the name, even when the
/// name is written only there (ونبيل …): the name starts after it.
#[test]
fn the_waw_of_a_conjoined_appointee_is_not_in_the_name() {
    let found = people(&[
        "ونص المرسوم على تعيين سامي الرفاعي في منصب وزير العدل ونزيه بن عبد الرحيم في منصب \
         وزير النقل وماجد الكعبي وزيرا للصحة.",
    ]);
    assert!(found.iter().any(|f| f == "نزيه بن عبد الرحيم"), "{found:?}");
    assert!(!found.iter().any(|f| f.starts_with("ونزيه")), "{found:?}");
}

/// After a verb of appointing or dismissing, a decree may set each name off from its post or
/// town by a dash (إعفاء فلان – المدير التنفيذي، وفلان – الدامر): the و of each item and the
/// verbal noun before the first are no part of a name, even after a title (قرر المحافظ
/// إعفاء …); right after the verbal noun a first name in ة is a woman's (وتعيين فاطمة …).
#[test]
fn a_decree_sets_names_off_by_dashes() {
    let found = people(&[
        "وقرر المحافظ إعفاء سامر عبد الهادي – مدير الصحة، وكمال يوسف النمر – البلدة الشرقية، \
         وتعيين وليد سعيد الخطيب – البلدة الشرقية، وتعيين فاطمة حسن الرميثي – مديرة للصحة.",
    ]);
    for name in [
        "سامر عبد الهادي",
        "كمال يوسف النمر",
        "وليد سعيد الخطيب",
        "فاطمة حسن الرميثي",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| f.contains("مدير") || f.contains("إعفاء") || f.starts_with("وكمال")),
        "{found:?}"
    );
}

/// The next appointee of a decree after و ends at his office in the accusative, a word the
/// site may not know as a title's (… ونبيل بوزيان سفيرا لدى مصر).
#[test]
fn the_next_appointee_ends_at_the_office() {
    let found = people(&[
        "وقرر المجلس تعيين سامي بوعلام مديرا عاما للشركة، ونبيل بوزيان سفيرا لدى مصر، وكمال \
         قدوري مستشارا قانونيا.",
    ]);
    for name in ["سامي بوعلام", "نبيل بوزيان", "كمال قدوري"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// A clause in و opening its paragraph before «في منصب» is an appointee only in an article
/// that appoints someone: elsewhere its first word is its verb (وبقي الوضع في منصب …).
#[test]
fn in_post_names_an_appointee_only_where_the_article_appoints() {
    let found = people(&[
        "وبقي الوضع في منصب رئيس الحكومة معلقا منذ أشهر.",
        "وقال الوزير سامي الحلو إن الوضع مستقر.",
    ]);
    assert_eq!(found, ["سامي الحلو"]);
    let found = people(&[
        "وصدر مرسوم بتعيين أعضاء الحكومة الجديدة.\n\nوكريم الزهراني في منصب وزير الزراعة.",
    ]);
    assert!(found.iter().any(|f| f == "كريم الزهراني"), "{found:?}");
}

/// A decree's list with no verb of its own, in an article that appoints: each item opens
/// with a full name right before its office in the accusative, after a colon, a comma or a
/// full stop (وهم: فلان نائبا أول، فلان نائباً ثانيا. فلان محافظا لبيروت).
#[test]
fn appointees_listed_each_before_its_office() {
    let found = people(&[
        "وأقر مجلس الوزراء سلة من التعيينات الإدارية وشملت نواب الحاكم، وهم: سامي الرفاعي نائبا أول، \
         ماهر القاسمي نائباً ثانيا، وليد الحارثي نائبا ثالثا. كما تقرر تعيين القضاة. نادر الكعبي محافظا لمدينة الشمال.",
    ]);
    for name in [
        "سامي الرفاعي",
        "ماهر القاسمي",
        "وليد الحارثي",
        "نادر الكعبي",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    // The same shape in an article that appoints no one is no appointment.
    let found =
        people(&["وقال التقرير إن الفريق لعب جيدا. ماهر القاسمي نائبا عن الدائرة منذ عامين."]);
    assert!(!found.iter().any(|f| f.contains("ماهر")), "{found:?}");
}

/// «Each of» before names ends where a comma is followed by anything but a name (، بسبب
/// الإصابة): the names read so far are the list.
#[test]
fn each_of_ends_at_a_comma_before_no_name() {
    let found = people(&[
        "وتجدر الإشارة إلى أن المباراة شهدت غياب كل من عبد الإله الحافيظي ومحمد أولحاج، بسبب الإصابة.",
    ]);
    for name in ["عبد الإله الحافيظي", "محمد أولحاج"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// In a list joined by و, an item opening with عبد keeps the definite word after it as its
/// given name's (وعبد الرحيم جبيرة), where a definite word after another given name is the
/// family name that ends it (وماهر القاسمي).
#[test]
fn a_listed_name_in_abd_goes_on_past_its_definite_word() {
    let found = people(&[
        "وكان المدرب قد اعتمد في هذه المباراة على كل من أنس الزنيتي وبدر بانون وعبد الرحيم جبيرة ومحمد الدويك.",
    ]);
    for name in [
        "أنس الزنيتي",
        "بدر بانون",
        "عبد الرحيم جبيرة",
        "محمد الدويك",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// After three names or more «كل من» lists, the clause's verb may go on right after the last
/// (…وشادي الخطيب تقضي بتعزيز التعاون) when a family name with the article closed it; a last
/// item with no such end (وسالم أبو خيزران تقضي) may have taken the verb, and the list is left.
#[test]
fn each_of_ends_at_the_verb_after_a_closed_name() {
    let found = people(&[
        "ووقعت مذكرة تفاهم بين كل من: سمير زريق وطلال ناصر الدين وسالم أبو خيزران وصلاح الدغمة \
         وشادي الخطيب تقضي بتعزيز التعاون.",
    ]);
    for name in [
        "سمير زريق",
        "طلال ناصر الدين",
        "سالم أبو خيزران",
        "شادي الخطيب",
    ] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    let found = people(&[
        "ووقعت مذكرة تفاهم بين كل من سمير زريق وطلال ناصر الدين وسالم أبو خيزران تقضي بتعزيز التعاون.",
    ]);
    assert!(!found.iter().any(|f| f.contains("تقضي")), "{found:?}");
    // الحاج stands inside a name (كريم الحاج سالم): the item has not ended there.
    let found = people(&["وحضر كل من محمد الأحمد وعلي الحسن وكريم الحاج سالم بعد المنافسة."]);
    assert!(!found.iter().any(|f| f == "كريم الحاج"), "{found:?}");
}
