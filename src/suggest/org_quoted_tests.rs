//! Bodies named in quotes or parentheses, on made-up Arabic sentences.

use super::super::organizations::tests::bodies;

/// A name in parentheses after a medium described with the article is that medium (الإذاعة
/// الرسمية (صوت الجبل)); after anything else it is left to the other rules (the year (2020)).
#[test]
fn a_medium_glossed_by_its_name_in_parentheses() {
    let found = bodies(
        "وقال في حديث مع الإذاعة الرسمية (صوت الجبل) إن الوضع صعب.",
        &[],
        &[],
    );
    assert!(
        found.contains(&("صوت الجبل".to_string(), true)),
        "{found:?}"
    );
    let found = bodies(
        "وقال في حديث مع الرحلة الرسمية (صوت الجبل) إن الوضع صعب.",
        &[],
        &[],
    );
    assert!(!found.iter().any(|(n, _)| n == "صوت الجبل"), "{found:?}");
    let found = bodies("وبثت القناة الرسمية (2) المباراة كاملة.", &[], &[]);
    assert!(found.is_empty(), "{found:?}");
}

/// A holding company in quotes is a body, and the name without «holding» its alias
/// ("الفوارس القابضة" … "الفوارس"); without «holding» a quoted definite word is a term.
#[test]
fn a_quoted_holding_company() {
    let texts = [
        "وكانت \"الفوارس القابضة\" التي تملك حصة في الشركة قد أقامت الدعوى.",
        "وقالت \"الفوارس\" إنه كان ينبغي على مجلس الإدارة ألا يفتح دفاتره.",
    ];
    let found = super::super::test_site::discovered(&texts);
    assert!(
        found
            .iter()
            .any(|(n, k)| n == "الفوارس القابضة" && *k == crate::load::EntityKind::Organization),
        "{found:?}"
    );
    let aliases = super::super::test_site::aliases_of(&texts, "الفوارس القابضة");
    assert!(aliases.iter().any(|a| a == "الفوارس"), "{aliases:?}");
    let found = super::super::test_site::discovered(&[texts[1]]);
    assert!(found.is_empty(), "{found:?}");
    let found = super::super::test_site::discovered(&[
        "ودعا إلى تأسيس \"الشركات القابضة\" وفق نموذج \"الإدارة القابضة\" الحديث.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}
