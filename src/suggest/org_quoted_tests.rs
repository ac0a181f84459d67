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

/// A description of a company before its name in quotes (لشركة الاستشارات المالية «فيرنا»)
/// names no body: the quoted name is the company.
#[test]
fn a_description_before_a_quoted_name_is_no_body() {
    let found = super::super::test_site::discovered_with(
        &["وارتفعت الأسعار بنسبة 12%، وفقاً لشركة الاستشارات المالية «فيرنا»."],
        true,
    );
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert!(names.contains(&"فيرنا"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("الاستشارات")), "{names:?}");
}

/// What kind of body it is, in parentheses after its name (الهيئة العامة للإحصاء (حكومي)),
/// is no short name of it.
#[test]
fn a_description_in_parentheses_is_no_alias() {
    let found = bodies(
        "وفق أرقام صدرت عن الهيئة العامة للإحصاء (حكومي) أمس.",
        &[],
        &[],
    );
    assert!(!found.iter().any(|(n, _)| n.contains("حكومي")), "{found:?}");
    let text = "وقال مدير الهيئة العامة للإحصاء (حكومي) إن الأرقام دقيقة.";
    let found = super::super::test_site::aliases_of(&[text], "الهيئة العامة للإحصاء");
    assert!(!found.iter().any(|a| a.contains("حكومي")), "{found:?}");
}
