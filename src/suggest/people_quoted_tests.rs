//! People after academic titles without the article, in quotes after a title, and in a list
//! whose item opens with a title in construct; and the adjective in ة that is no woman's title
//! (الندوة الصحافية), on made-up sentences.

use super::super::test_site::people;

/// «بروفيسور»، «دكتور» without the article are titles: the name after them is a person's,
/// whole (… علي طه), and the title is no part of it.
#[test]
fn academic_titles_without_the_article() {
    let found = people(&[
        "عقدت مديرة جامعة الخرطوم بروفيسور فدوى عبد الرحمن علي طه اجتماعا بالسفير.",
        "وشارك مدير إدارة الإعلام دكتور ممدوح محمد الحسن، ومدير إدارة العلاقات الخارجية \
         بروفيسور أبوبكر عثمان، والمستشارة بالسفارة.",
    ]);
    for name in ["فدوى عبد الرحمن علي طه", "ممدوح محمد الحسن", "أبوبكر عثمان"]
    {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| f.contains("بروفيسور") || f.contains("دكتور")),
        "{found:?}"
    );
}

/// The feminine «البروفيسورة» is a title as «البروفيسور» is (a newcomer's article lost both
/// professors it named).
#[test]
fn the_feminine_academic_title_with_the_article() {
    let found = people(&[
        "وقالت البروفيسورة سارة الخطيب من جامعة عين شمس إن النتائج مشجعة.",
        "وأضافت البروفيسورة ريم الحسيني أن الفريق سيواصل العمل.",
    ]);
    for name in ["سارة الخطيب", "ريم الحسيني"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// «قائمقام بشري ربى شفشق» in a list: the item's title and its place are no part of the
/// name.
#[test]
fn a_title_in_construct_opens_a_list_item() {
    let found = people(&[
        "وحضر رئيس الغرفة توفيق دبوسي، قائمقام بشري ربى شفشق ورئيسة الاتحاد ناريمان الجمل.",
    ]);
    assert!(found.iter().any(|f| f == "ربى شفشق"), "{found:?}");
    assert!(!found.iter().any(|f| f.contains("قائمقام")), "{found:?}");
}

/// Names in quotes after a title and joined by و (الطبيب “مصطفى الصغير” و”سامي عبدالنبي”
/// و”علي القائدي”): each quoted name is a person, whole, though its words are also ordinary
/// ones (الصغير «the small», علي «on»).
#[test]
fn quoted_names_after_a_title() {
    let found = people(&[
        "وقرر الوزير تشكيل لجنة متكونة من الطبيب “مصطفى الصغير” و”سامي عبدالنبي” و”علي القائدي” .",
    ]);
    for name in ["مصطفى الصغير", "سامي عبدالنبي", "علي القائدي"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
}

/// «إعلان الندوة الصحافية»: a definite title in ة after a definite word in ة is its adjective,
/// not a woman's title after her name.
#[test]
fn an_adjective_in_ta_after_a_definite_noun_is_no_title() {
    let found = people(&[
        "ونشرت الصفحة الرسمية للوزارة على “فيسبوك”، إعلان الندوة الصحافية التي سيعقدها الوزير.",
    ]);
    assert!(!found.iter().any(|f| f.contains("الندوة")), "{found:?}");
}
