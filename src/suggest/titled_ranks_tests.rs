//! The title rules (`titled.rs`) on made-up sentences, continued: ranks and offices that are
//! the title's (الفريق شرطة حقوقي، الجنرال دوكور دارمي، مفتش), and the words right after a title
//! or its comma that open no name (يرافقه، قطاع، a word in و).

use super::super::test_site::people;

/// The Sudanese police's legal and medical officers carry the arm after the rank (الفريق
/// شرطة حقوقي، اللواء طبيب): part of the title, and the name follows (after «د.» too).
#[test]
fn a_legal_or_medical_officer_s_rank_is_no_part_of_the_name() {
    let found = people(&[
        "أكد الفريق شرطة حقوقي د. سراج الدين منصور خالد، مدير شرطة ولاية الخرطوم، أن الأمن مستتب.",
        "وقال اللواء طبيب عادل محجوب حسين إن المستشفى جاهز.",
    ]);
    for name in ["سراج الدين منصور خالد", "عادل محجوب حسين"] {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| f.contains("حقوقي") || f.contains("طبيب")),
        "{found:?}"
    );
}

/// A slash after a body's name sets off its division (المكتب الوطني للكهرباء/ قطاع
/// الماء), and a sector is no one's given name.
#[test]
fn a_sector_after_a_slash_is_no_person() {
    let found = people(&[
        "وحضر المدير الجهوي للمكتب الوطني للكهرباء بمراكش/ قطاع الماء ، ومدير المكتب الجهوي.",
        "وحضر المدير الجهوي للمكتب الوطني للكهرباء بمراكش/ قطاع الماء الاجتماع.",
    ]);
    assert!(!found.iter().any(|f| f.contains("الماء")), "{found:?}");
}

/// نيابة عن («on behalf of») and a preposition with a pronoun: neither is a body's name.
#[test]
fn on_behalf_of_them_is_no_prosecution() {
    let found = super::super::test_site::bodies_discovered(&[
        "ألقت الكلمة نيابة عنهن الطالبة ريم نايف الرويثي من جامعة طيبة.",
        "وتحدث نيابة عنهما الطالب سعد، ونيابة عنهم المدير.",
    ]);
    assert!(!found.iter().any(|f| f.contains("عنه")), "{found:?}");
}

/// A family name of relation after a given and a father's name, before «من» and where the
/// person comes from: the name's last word (ريم نايف الرويثي من جامعة طيبة).
#[test]
fn a_nisba_before_where_the_person_is_from_ends_the_name() {
    let found = people(&["ألقت الكلمة الطالبة ريم نايف الرويثي من جامعة طيبة."]);
    assert!(found.iter().any(|f| f == "ريم نايف الرويثي"), "{found:?}");
}

/// A verb of the present with its object pronoun after a title's comma (عدنان بدران رئيس
/// الوزراء الأسبق، يرافقه وفد) opens the next clause; it is no name.
#[test]
fn a_verb_with_its_object_after_a_title_s_comma_is_no_name() {
    let found = people(&[
        "زار الجامعة عدنان بدران رئيس الوزراء الاردني الاسبق، يرافقه وفد ضم كل من الدكتور عصام زعبلاوي.",
        "وصل وزير الخارجية الأسبق، يتقدمهم مدير المكتب، إلى القاعة.",
    ]);
    assert!(found.iter().any(|f| f == "عصام زعبلاوي"), "{found:?}");
    assert!(!found.iter().any(|f| f.starts_with("ي")), "{found:?}");
}

/// The French grades Moroccan news writes in Arabic letters are the rank's (الجنرال دوكور
/// دارمي), and an inspector is an office (مفتش شرطة), neither a name.
#[test]
fn a_general_s_grade_and_an_inspector_are_no_names() {
    let found = people(&[
        "واستقبل الوفد من قبل الجنرال دوكور دارمي قائد المنطقة الجنوبية، الذي استعرض المهام.",
        "وترأس الجنرال دوكور دارمي محمد بريظ الاجتماع.",
        "ومن بين العناصر مدني يدعى عبد الله والده مفتش شرطة سابق.",
    ]);
    assert!(found.iter().any(|f| f == "محمد بريظ"), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|f| f.contains("دارمي") || f.contains("مفتش")),
        "{found:?}"
    );
}

/// A word in و right after a title that is also an adjective (فرق مدربة «trained teams»)
/// is the next noun, unless the و is the name's own (المهندس واصف حنيني).
#[test]
fn a_word_in_waw_right_after_a_title_is_the_next_noun() {
    let found = people(&[
        "بمشاركة فرق صحية ميدانية مدربة ومشرفين فنيين، وبدعم من الشركاء.",
        "وقال المهندس واصف حنيني إن العمل مستمر.",
        "وقال الرئيس ويليام روتو إن الانتخابات نزيهة.",
    ]);
    assert!(found.iter().any(|f| f == "واصف حنيني"), "{found:?}");
    assert!(found.iter().any(|f| f == "ويليام روتو"), "{found:?}");
    assert!(!found.iter().any(|f| f.contains("مشرفين")), "{found:?}");
}

/// Elias as the Levant writes it, no hamza under its alef (الياس), is a given name after a
/// title, as الحسن or الطيب are.
#[test]
fn elias_without_hamza_opens_a_name() {
    let found = people(&["وقال المهندس الياس بطرس إن أعمال الترميم مستمرة."]);
    assert!(found.iter().any(|f| f == "الياس بطرس"), "{found:?}");
}
