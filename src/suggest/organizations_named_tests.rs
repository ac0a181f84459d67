//! What names a body after its head and what only describes one (`organizations.rs`): a
//! common adjective of relation, a noun in construct, a company named by a place.

use super::super::test_site::bodies_discovered;
use super::tests::bodies;

/// An indefinite adjective of relation Arabic writes often on its own, right after a head,
/// says what kind of body is meant, and no name follows (مؤسسة خيرية كبرى، أعلى هيئة قضائية
/// أردنية، شركة أجنبية).
#[test]
fn a_common_adjective_after_the_head_names_no_body() {
    for text in [
        "إن محكمة التمييز هي أعلى هيئة قضائية أردنية.",
        "وستتولى شركة أجنبية تشغيله وتدريب الكوادر قريبا.",
        "وقالت مؤسسة خيرية كبرى إن المشروع ناجح.",
        "وبناء مجمع سكني يفي بعدد العاملين.",
    ] {
        let found = bodies(text, &[], &["الأردن"]);
        assert!(
            found.iter().all(|(n, _)| !n.contains("قضائية")
                && !n.contains("أجنبية")
                && !n.contains("خيرية")
                && !n.contains("سكني")),
            "{text}: {found:?}"
        );
    }
}

/// A company named by a place alone is a name, as a bank is (شركة فيلادلفيا، شركة الخليج
/// العربي): read as the place, it linked Philadelphia and the Gulf.
#[test]
fn a_company_named_by_a_place_is_a_name() {
    let found = bodies(
        "وتبرعت بالأدوية دار الحكمة وشركة فيلادلفيا، وسجلت شركة الخليج العربي إنتاجا قياسيا.",
        &["فيلادلفيا", "الخليج العربي"],
        &[],
    );
    for name in ["شركة فيلادلفيا", "شركة الخليج العربي"] {
        assert!(
            found.iter().any(|(n, strong)| n.ends_with(name) && *strong),
            "«{name}» not in {found:?}"
        );
    }
}

/// A word in ي that governs what follows is a noun in construct, not the body's kind
/// (هيئة محامي دارفور، لجنة أهالي المعتقلين، جماعة سيدي علال البحراوي): the body stays found.
#[test]
fn a_noun_in_construct_after_the_head_still_names_a_body() {
    let found = bodies(
        "وطالبت هيئة محامي دارفور بالإفراج عنهم، وقالت لجنة أهالي المعتقلين إن الموعد قريب، وقال مجلس أهالي الحي إن الخدمات متردية.",
        &["دارفور"],
        &[],
    );
    for name in [
        "هيئة محامي دارفور",
        "لجنة أهالي المعتقلين",
        "مجلس أهالي الحي",
    ] {
        assert!(
            found.iter().any(|(n, _)| n.ends_with(name)),
            "«{name}» not in {found:?}"
        );
    }
}

/// A company is named by a place alone only where the place ends its phrase: before a
/// complement the place is part of a longer name (شركة مصر للتأمين), and one company's name
/// is no other's.
#[test]
fn a_company_is_named_by_a_place_only_at_its_phrase_s_end() {
    let found = bodies_discovered(&["وأعلنت شركة مصر للتأمين عن أرباحها."]);
    assert!(!found.iter().any(|n| n == "شركة مصر"), "{found:?}");
    let found = bodies_discovered(&[
        "وشارك في الاجتماع مدير مكتب شركة قطر في لندن، وقالت شركة لبنان إن الخدمة ستعود.",
    ]);
    assert!(
        !found.iter().any(|n| n == "شركة قطر" || n == "شركة لبنان"),
        "{found:?}"
    );
}
