//! Bodies named for a titled person (مدرسة الشهيد محمد بوضياف، مستشفى الدكتور عمر
//! نورالدائم), regional directorates and national leagues (الإدارة الجهوية للشؤون الدينية،
//! الرابطة الوطنية للقرآن الكريم), and a purpose in a verbal noun after ل (المؤسسة العامة لنقل
//! وتوزيع الكهرباء), on made-up sentences; apart from `org_heads_tests.rs` for its length.

use super::names;

/// A school, like a hospital, is named for a ruler, a doctor or a martyr with his title
/// (مدرسة الشهيد محمد بوضياف، مستشفى الدكتور عمر نورالدائم، مدرسة الملك فيصل), no place
/// needed; the title of the school's own head after it names no school (المدرسة الشهيد …
/// is no construct).
#[test]
fn a_school_or_hospital_is_named_for_a_titled_person() {
    let found = names(
        "وزار الوالي مدرسة الشهيد محمد بوضياف ومستشفى الدكتور عمر نورالدائم، ثم مدرسة الملك فيصل.",
        &[],
    );
    for body in [
        "مدرسة الشهيد محمد بوضياف",
        "ومستشفى الدكتور عمر نورالدائم",
        "مدرسة الملك فيصل",
    ] {
        assert!(found.iter().any(|n| n == body), "«{body}» not in {found:?}");
    }
    let found = names("وقال مدير المستشفى الدكتور سامي العلي إن العمل مستمر.", &[]);
    assert!(!found.iter().any(|n| n.contains("المستشفى")), "{found:?}");
    // A doctor's or an imam's «school» is his school of thought.
    let found = names(
        "وتتلمذ في مدرسة الدكتور طه حسين النقدية، وتأثر بمدرسة الإمام محمد عبده الإصلاحية.",
        &[],
    );
    assert!(!found.iter().any(|n| n.contains("مدرسة")), "{found:?}");
    // A given name inside the namesake's name is his, not the next person's; a place after
    // ب says where the body is.
    let found = names("وزار الوفد جامعة الدكتور يحيى فارس بالمدية.", &["المدية"]);
    assert!(
        found.iter().any(|n| n == "جامعة الدكتور يحيى فارس"),
        "{found:?}"
    );
}

/// A definite body's purpose after ل may be the verbal noun a past verb is spelled like (لنقل
/// «for transport»); الإدارة names a body when regional or central as when general; a league
/// (الرابطة) is a definite head. The management of a project (الإدارة الجديدة للمشروع) is no
/// body.
#[test]
fn regional_directorates_leagues_and_transport_bodies() {
    let found = names(
        "ونظمت الإدارة الجهوية للشؤون الدينية ندوة مع الرابطة الوطنية للقرآن الكريم، ووقعت \
         الوزارة مع المؤسسة العامة لنقل وتوزيع الكهرباء اتفاقية.",
        &[],
    );
    for body in [
        "الإدارة الجهوية للشؤون الدينية",
        "الرابطة الوطنية للقرآن الكريم",
        "المؤسسة العامة لنقل وتوزيع الكهرباء",
    ] {
        assert!(found.iter().any(|n| n == body), "«{body}» not in {found:?}");
    }
    let found = names(
        "وقررت الإدارة الجديدة للمشروع تأجيله، وقالت الرابطة إن الأمر مهم.",
        &[],
    );
    assert!(found.is_empty(), "{found:?}");
    // Centralised or good regional management, the bond between peoples, the answer of a
    // conditional after ل, a purpose after a complete name: no body, or none longer.
    for text in [
        "وانتقد النائب الإدارة المركزية للملفات، ودعا إلى الإدارة الجهوية الجيدة للأزمة.",
        "ودعا إلى تعزيز الرابطة الروحية القوية للأمة الإسلامية.",
        "ولولا تدخل اللجنة الوطنية لانتهى الأمر، ولو تحركت الهيئة العامة لقال الجميع كلمتهم.",
    ] {
        let found = names(text, &[]);
        assert!(
            !found.iter().any(|n| n.contains("الإدارة")
                || n.contains("الرابطة")
                || n.contains("لانتهى")
                || n.contains("لقال")),
            "{text}: {found:?}"
        );
    }
    let found = names(
        "وأعلنت الهيئة العامة للطيران المدني لنقل المسافرين العالقين عن رحلات جديدة.",
        &[],
    );
    assert!(!found.iter().any(|n| n.contains("لنقل")), "{found:?}");
}
