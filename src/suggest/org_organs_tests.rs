//! Phrases with a body's head that name the organ of another body, an event or a person, or
//! a party with its own head (`organizations.rs`), on made-up sentences.

use super::tests::bodies;

fn names(found: &[(String, bool)]) -> Vec<&str> {
    found.iter().map(|(n, _)| n.as_str()).collect()
}

/// A party is named with its head (حزب التحالف الشعبي التقدمي) though its name is a body's
/// own (التحالف …); a committee of a council is still the council's (لجنة المجلس الانتقالي).
#[test]
fn a_party_is_named_with_its_head() {
    let found = bodies(
        "وقال رئيس حزب التحالف الشعبي التقدمي إن الانتخابات نزيهة.",
        &[],
        &[],
    );
    assert!(
        names(&found).contains(&"حزب التحالف الشعبي التقدمي"),
        "{:?}",
        names(&found)
    );
    let found = bodies(
        "وقال رئيس لجنة المجلس الانتقالي الجنوبي إن الوضع هادئ.",
        &[],
        &[],
    );
    assert!(
        !names(&found).iter().any(|n| n.starts_with("لجنة")),
        "{:?}",
        names(&found)
    );
}

/// A committee of the festival (اللجنة العليا للمهرجان) is the event's organ, whichever
/// festival the article is about; a national committee is a body.
#[test]
fn a_committee_of_the_event_is_its_organ() {
    let found = bodies("وأعلنت اللجنة العليا للمهرجان برنامج الدورة.", &[], &[]);
    assert!(found.is_empty(), "{:?}", names(&found));
    let found = bodies(
        "وقال رئيس اللجنة الأولمبية الوطنية الجزائرية إن الفريق جاهز.",
        &[],
        &[],
    );
    assert!(!found.is_empty());
}

/// ديوان النائب، مكتب الوزير: whoever holds the title has an office; no body is named.
#[test]
fn the_office_of_a_title_holder_is_no_body() {
    for text in [
        "واستقبل ديوان النائب المواطنين صباحا.",
        "وزار وفد مكتب الوزير أمس.",
    ] {
        let found = bodies(text, &[], &[]);
        assert!(found.is_empty(), "{text}: {:?}", names(&found));
    }
    let found = bodies(
        "وقال مكتب المفوض السامي لحقوق الإنسان إن الوضع خطير.",
        &[],
        &[],
    );
    assert!(!found.is_empty());
    let found = bodies("وأحال مكتب النائب العام الملف إلى المحكمة.", &[], &[]);
    assert!(
        names(&found)
            .iter()
            .any(|n| n.starts_with("مكتب النائب العام")),
        "{:?}",
        names(&found)
    );
}
