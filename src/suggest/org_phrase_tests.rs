//! Where a body's phrase ends, on made-up sentences: a ل complement that is a purpose, and
//! an adjective of a meeting after the name.

use super::super::organizations::tests::bodies;

fn names(text: &str) -> Vec<String> {
    bodies(text, &[], &[]).into_iter().map(|(n, _)| n).collect()
}

/// «للتعاون فيما …، للتنسيق مع …»: a verbal noun with ل before its scope or partner is what
/// the members are called to do, not the body's field.
#[test]
fn a_purpose_with_its_scope_or_partner_ends_the_name() {
    let found = names("ودعا المحافظ أعضاء المجلس الأعلى للتعاون فيما يخدم المصلحة العامة.");
    assert!(!found.iter().any(|n| n.contains("للتعاون")), "{found:?}");
    let found = names("وطالب أعضاء اللجنة الوطنية للتنسيق مع الجهات المعنية.");
    assert!(!found.iter().any(|n| n.contains("للتنسيق")), "{found:?}");
    // A field of the body stays: «للتعاون» before an adjective names it.
    let found = names("وقالت المنظمة العربية للتنمية الزراعية إن المحصول تراجع.");
    assert!(
        found
            .iter()
            .any(|n| n == "المنظمة العربية للتنمية الزراعية"),
        "{found:?}"
    );
}

/// «مجلس وزراء الخارجية العرب التحضيري للقمة»: the session, not the body, is preparatory.
#[test]
fn an_adjective_of_a_meeting_ends_the_name() {
    let found = names("وبدأ اجتماع مجلس وزراء الخارجية العرب التحضيري للقمة العربية أمس.");
    assert!(
        found.iter().any(|n| n == "مجلس وزراء الخارجية العرب"),
        "{found:?}"
    );
    assert!(!found.iter().any(|n| n.contains("التحضيري")), "{found:?}");
}

/// «نادي إنتر ميامي الأمريكي»: a club of bare names is named without its head and its
/// country; «نادي الأسير» keeps the head.
#[test]
fn a_club_of_bare_names_drops_its_head() {
    let found = bodies(
        "وانتقل اللاعب إلى نادي إنتر ميامي الأمريكي أمس.",
        &["ميامي"],
        &["الولايات المتحدة"],
    );
    let found: Vec<String> = found.into_iter().map(|(n, _)| n).collect();
    assert!(found.iter().any(|n| n == "إنتر ميامي"), "{found:?}");
    assert!(!found.iter().any(|n| n.contains("نادي")), "{found:?}");
    let found = names("وقال نادي الأسير إن الاعتقالات تتواصل.");
    assert!(found.iter().any(|n| n == "نادي الأسير"), "{found:?}");
}
