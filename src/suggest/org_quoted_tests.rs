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
