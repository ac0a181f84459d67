//! The words around an organisation's head that decide whether a body is named there and where
//! its phrase ends: a possessed noun after it (مجلس إدارته), the holder of a power after سلطة,
//! the second party after بين.

use super::super::test_site::people;
use super::tests::bodies;

/// The names of `found`, in order.
fn names(found: &[(String, bool)]) -> Vec<&str> {
    found.iter().map(|(n, _)| n.as_str()).collect()
}

/// «مجلس إدارته» is the board of a body named before (its pronoun's), no body's name: nothing
/// is found from it, and after «رئيس مجلس إدارتها» the title is complete and the chairman's
/// name follows whole.
#[test]
fn the_board_of_a_body_named_before() {
    let found = bodies(
        "ويتولى رئاسة مجلس إدارته حاليات «علي محمد ساسي»، وقال رئيس مجلس إدارتها محمد علي إن \
         الشركة ربحت.",
        &[],
        &[],
    );
    assert!(found.is_empty(), "{found:?}");
    let people = people(&["قال رئيس مجلس إدارتها محمد علي إن الشركة ربحت هذا العام."]);
    assert_eq!(people, ["محمد علي"], "{people:?}");
}

/// سلطة heads an authority named for its field (سلطة النقد الفلسطينية، سلطة الطيران المدني),
/// and the governor after it is a person; the power of whoever holds it (سلطة الاحتلال، سلطة
/// الدولة المركزية، سلطة القانون) is no body.
#[test]
fn an_authority_named_for_its_field() {
    let found = bodies(
        "قال محافظ سلطة النقد الفلسطينية فراس ملحم إن الفروع دمرت، وأعلنت سلطة الطيران المدني \
         إغلاق المطار، فيما تواصل سلطة الاحتلال الإسرائيلي هدم المنازل، ودعا إلى تعزيز سلطة \
         الدولة المركزية واحترام سلطة القانون.",
        &[],
        &[],
    );
    let names = names(&found);
    assert_eq!(
        names,
        ["سلطة النقد الفلسطينية", "سلطة الطيران المدني"],
        "{found:?}"
    );
    let people = people(&["قال محافظ سلطة النقد الفلسطينية فراس ملحم إن الفروع دمرت."]);
    assert_eq!(people, ["فراس ملحم"], "{people:?}");
}

/// After «بين» the first و opens the other party (لقاء بين لجنة اختيار النصوص والشعراء
/// المتأهلين), unless another و follows the phrase, which is then the other party's (بين
/// وزارة التراث والثقافة وهيئة الآثار).
#[test]
fn between_two_parties_the_and_opens_the_second() {
    let found = bodies(
        "ولقاء مفتوح بين لجنة اختيار النصوص والشعراء المتأهلين لمهرجان الشعر، واتفاقية بين \
         وزارة التراث والثقافة وهيئة الآثار.",
        &[],
        &[],
    );
    let names = names(&found);
    assert!(names.contains(&"لجنة اختيار النصوص"), "{found:?}");
    assert!(names.contains(&"وزارة التراث والثقافة"), "{found:?}");
    assert!(!names.iter().any(|n| n.contains("الشعراء")), "{found:?}");
}

/// A body's short form (مجلس الوزراء of «وزير شؤون مجلس الوزراء للتنافسية») stands for the
/// longer name only in the articles that write it: in another article the same words name a
/// body of their own, which one article's longer name must not take off the whole site.
#[test]
fn a_short_form_elsewhere_names_a_body_of_its_own() {
    use super::super::test_site::bodies_discovered;
    let found = bodies_discovered(&[
        "وقال وزير شؤون مجلس الوزراء للتنافسية إن العمل مستمر.",
        "وقرر مجلس الوزراء في جلسته الأسبوعية برئاسة رئيس مجلس الوزراء تمديد العمل بالقرار.",
    ]);
    assert!(
        found
            .iter()
            .any(|n| n.starts_with("مجلس الوزراء") && !n.contains("للتنافسية")),
        "{found:?}"
    );
}
