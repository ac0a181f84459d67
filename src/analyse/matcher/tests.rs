//! The matcher on real Arabic phrases, most of them from the five source articles.

use std::collections::HashSet;
use std::path::PathBuf;

use super::*;
use crate::load::EntityKind;
use crate::load::document::EntityMeta;

/// A registry person with these names; other tests change `kind` and `origin` as needed.
pub(super) fn entity(
    id: &str,
    name: &str,
    aliases: &[&str],
    ambiguous: &[&str],
    cues: &[&str],
) -> Entity {
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    Entity {
        path: PathBuf::from(format!("content/entities/{id}.md")),
        id: id.into(),
        kind: EntityKind::Person,
        meta: EntityMeta {
            id: Some(id.into()),
            kind: Some(EntityKind::Person),
            name: Some(name.into()),
            name_en: None,
            wikidata: None,
            aliases: strings(aliases),
            ambiguous: strings(ambiguous),
            cues: strings(cues),
            cue_words: Vec::new(),
            demonyms: vec![],
            allow_short: false,
            not: vec![],
            context: vec![],
            country: None,
        },
        description: String::new(),
        text: String::new(),
        origin: crate::load::document::Origin::Registry,
        confirmed_by: Vec::new(),
        country: None,
    }
}

pub(super) fn registry() -> Vec<Entity> {
    vec![
        entity("putin", "فلاديمير بوتين", &["بوتين"], &[], &[]),
        entity(
            "raisi",
            "إبراهيم رئيسي",
            &["رئيسي"],
            &["رئيسي"],
            &["الرئيس"],
        ),
        entity(
            "pezeshkian",
            "مسعود بزشكيان",
            &["بزشكيان", "بيزشكيان", "مسعود بيزشكيان"],
            &[],
            &[],
        ),
        entity("russia", "روسيا", &["الاتحاد الروسي"], &[], &[]),
        entity("iran", "إيران", &["جمهورية إيران الإسلامية"], &[], &[]),
        entity("syria", "سوريا", &["الجمهورية العربية السورية"], &[], &[]),
        entity("moscow", "موسكو", &[], &[], &[]),
        entity("tehran", "طهران", &[], &[], &[]),
        entity("kremlin", "الكرملين", &[], &[], &[]),
        entity("egypt", "مصر", &[], &[], &[]),
        entity("israel", "إسرائيل", &[], &[], &[]),
        entity("usa", "الولايات المتحدة", &[], &[], &[]),
        entity("hamas", "حماس", &[], &["حماس"], &["حركة"]),
        entity("assad", "بشار الأسد", &["الأسد"], &["الأسد"], &["الرئيس"]),
        entity("france", "فرنسا", &[], &[], &[]),
        entity("washington", "واشنطن", &[], &[], &[]),
        entity("north-korea", "كوريا الشمالية", &[], &[], &[]),
        entity("peskov", "ديمتري بيسكوف", &["بيسكوف"], &[], &[]),
        entity("britain", "بريطانيا", &[], &[], &[]),
        entity("ashgabat", "عشق آباد", &[], &[], &[]),
        entity("irna", "إرنا", &["IRNA"], &[], &[]),
    ]
}

pub(super) fn ids(entities: &[Entity], text: &str) -> Vec<(String, String)> {
    let matcher = Matcher::build(entities).unwrap();
    let mut runs = vec![matcher.find(text)];
    resolve_ambiguity(&mut runs, &HashSet::new());
    runs.remove(0)
        .into_iter()
        .map(|m| {
            (
                entities[m.entity].id.clone(),
                text[m.start..m.end].to_string(),
            )
        })
        .collect()
}

fn check(text: &str, want: &[(&str, &str)]) {
    let got = ids(&registry(), text);
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want, "in: {text}");
}

#[test]
fn names_with_clitics() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("وروسيا", &[("russia", "وروسيا")]),
        ("زيارته لموسكو رغم تفشي الوباء", &[("moscow", "لموسكو")]),
        ("في الكرملين أمس", &[("kremlin", "الكرملين")]),
        ("التقى بالكرملين", &[("kremlin", "بالكرملين")]),
        (
            "أول زيارة يجريها بزشكيان للكرملين منذ",
            &[("pezeshkian", "بزشكيان"), ("kremlin", "للكرملين")],
        ),
        (
            "توصف \"بالمعادية\" للولايات المتحدة، مثل",
            &[("usa", "للولايات المتحدة")],
        ),
        ("وللكرملين", &[("kremlin", "وللكرملين")]),
        ("فبموسكو", &[("moscow", "فبموسكو")]),
        ("وكطهران", &[("tehran", "وكطهران")]),
        (
            "وأشاد رئيسي وبوتين بالتعاون الثنائي في سوريا",
            &[("raisi", "رئيسي"), ("putin", "وبوتين"), ("syria", "سوريا")],
        ),
    ];
    for (text, want) in cases {
        // Raisi needs evidence: give it his full name in the same "article".
        let with_name = format!("إبراهيم رئيسي. {text}");
        let got = ids(&registry(), &with_name);
        let mut expected: Vec<(String, String)> = vec![("raisi".into(), "إبراهيم رئيسي".into())];
        expected.extend(want.iter().map(|(a, b)| (a.to_string(), b.to_string())));
        assert_eq!(got, expected, "in: {text}");
    }
}

#[test]
fn names_that_begin_with_clitic_letters_match_whole() {
    check("بوتين يستقبل", &[("putin", "بوتين")]);
    check(
        "بريطانيا وفرنسا وألمانيا",
        &[("britain", "بريطانيا"), ("france", "وفرنسا")],
    );
    check(
        "اتهمت واشنطن طهران",
        &[("washington", "واشنطن"), ("tehran", "طهران")],
    );
    check(
        "مثل كوريا الشمالية، منذ",
        &[("north-korea", "كوريا الشمالية")],
    );
    check(
        "الكرملين ديمتري بيسكوف للصحفيين",
        &[("kremlin", "الكرملين"), ("peskov", "ديمتري بيسكوف")],
    );
    check("فلاديمير", &[]);
    check("وبيسكوف", &[("peskov", "وبيسكوف")]);
}

#[test]
fn never_inside_a_longer_word() {
    check("الوجود الإيراني في سوريا", &[("syria", "سوريا")]);
    check("المخاوف الإسرائيلية بشأن", &[]);
    check("موقع مصرنا الإخباري", &[]);
    check("الرئاسة الإيرانية", &[]);
    check("شريكين رئيسيين في العديد", &[]);
    check("الحكومة السورية", &[]);
    check("الروسية", &[]);
    check("إيرانية", &[]);
    check("مصري", &[]);
    check("بوتينات", &[]);
}

#[test]
fn longest_alias_wins() {
    check(
        "الرئيس الروسي فلاديمير بوتين نظيره",
        &[("putin", "فلاديمير بوتين")],
    );
    check(
        "في الجمهورية العربية السورية.",
        &[("syria", "الجمهورية العربية السورية")],
    );
    check(
        "ليس لدينا في جمهورية إيران الإسلامية أي قيود",
        &[("iran", "جمهورية إيران الإسلامية")],
    );
    check("لدعم بشار الأسد ، ومساعدة", &[("assad", "بشار الأسد")]);
}

#[test]
fn spelling_variants_and_orthography() {
    check("مسعود بيزشكيان", &[("pezeshkian", "مسعود بيزشكيان")]);
    check("\"بيزشكيان\" رئيساً", &[("pezeshkian", "بيزشكيان")]);
    check(
        "ايران وإيران وإيرانُ",
        &[("iran", "ايران"), ("iran", "وإيران"), ("iran", "وإيرانُ")],
    );
    check("بوتـــين", &[("putin", "بوتـــين")]);
    check("اسرائيل", &[("israel", "اسرائيل")]);
    check("وكالة IRNA الإيرانية", &[("irna", "IRNA")]);
    check(
        "العاصمة التركمانية عشق آباد، وهذا",
        &[("ashgabat", "عشق آباد")],
    );
    check("عشق\u{200C}آباد", &[("ashgabat", "عشق\u{200C}آباد")]);
}

#[test]
fn multi_word_names_across_whitespace_runs() {
    check("فلاديمير  \n بوتين", &[("putin", "فلاديمير  \n بوتين")]);
}

#[test]
fn names_inside_quotes_and_brackets() {
    check("حركة «حماس».", &[("hamas", "حماس")]);
    check("على اتصال دائم بكم [إيران] لمناقشة", &[("iran", "إيران")]);
    check("“روسيا الصديقة”", &[("russia", "روسيا")]);
    check("لـ “توسيع العلاقات مع روسيا”", &[("russia", "روسيا")]);
}

#[test]
fn ambiguous_aliases_need_evidence() {
    // "main" is not Raisi.
    check("شريك رئيسي في المنطقة", &[]);
    // A cue right before the word confirms it.
    check("وقال الرئيس رئيسي إن", &[("raisi", "رئيسي")]);
    // His full name anywhere in the article confirms the short form.
    check(
        "وأكد رئيسي أن … الرئيس الإيراني إبراهيم رئيسي",
        &[("raisi", "رئيسي"), ("raisi", "إبراهيم رئيسي")],
    );
    // حماس "enthusiasm" vs the movement.
    check("تحدث بحماس عن المشروع", &[]);
    check(
        "الحرب بين إسرائيل وحركة «حماس»",
        &[("israel", "إسرائيل"), ("hamas", "حماس")],
    );
    check("الأسد ملك الغابة", &[]);
}

#[test]
fn evidence_from_elsewhere_in_the_article() {
    let entities = registry();
    let matcher = Matcher::build(&entities).unwrap();
    let mut runs = vec![matcher.find("بوتين مع رئيسي")];
    let named: HashSet<usize> = [1].into_iter().collect();
    resolve_ambiguity(&mut runs, &named);
    assert_eq!(runs[0].len(), 2);
    assert_eq!(runs[0][1].evidence, Evidence::NamedInArticle);
}

#[test]
fn clitic_and_alias_are_reported() {
    let entities = registry();
    let matcher = Matcher::build(&entities).unwrap();
    let m = &matcher.find("وللكرملين")[0];
    assert_eq!(m.clitic("وللكرملين"), Some("ول"));
    assert_eq!(matcher.alias(m), "الكرملين");
    let m = &matcher.find("بوتين")[0];
    assert_eq!(m.clitic("بوتين"), None);
}

#[test]
fn registry_conflicts_are_errors() {
    let mut entities = registry();
    entities.push(entity("putin-2", "بوتين", &[], &[], &[]));
    entities.push(entity("empty", "ـــ", &[], &[], &[]));
    let errors = Matcher::build(&entities).unwrap_err();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].message.contains("putin.md"));
    assert!(errors[1].message.contains("no letters"));
}

#[test]
fn never_panics_on_odd_input() {
    let matcher = Matcher::build(&registry()).unwrap();
    for text in [
        "",
        "ـ",
        "ووووووووبوتين",
        "\u{064B}\u{064B}بوتين\u{0651}",
        "ل",
        "لل",
        "بوتين\u{200F}",
        "🙂بوتين🙂",
    ] {
        let _ = matcher.find(text);
    }
    assert!(
        matcher.find("ووووووووبوتين").is_empty(),
        "only up to two clitic letters"
    );
}

#[test]
fn a_name_shared_as_ambiguous_goes_to_the_entity_the_article_names() {
    let entities = vec![
        entity("bashar", "بشار الأسد", &["الأسد"], &["الأسد"], &[]),
        entity("hafez", "حافظ الأسد", &["الأسد"], &["الأسد"], &[]),
    ];
    let got = ids(&entities, "حكم حافظ الأسد سوريا. وقال الأسد إن");
    assert_eq!(
        got,
        [
            ("hafez".to_string(), "حافظ الأسد".to_string()),
            ("hafez".into(), "الأسد".into())
        ]
    );
    let got = ids(&entities, "التقى بشار الأسد الوفد، ثم غادر الأسد");
    assert_eq!(got[1], ("bashar".to_string(), "الأسد".to_string()));
    assert!(ids(&entities, "الأسد ملك الغابة").is_empty());
}

#[test]
fn a_shared_name_not_marked_ambiguous_is_an_error_with_advice() {
    let entities = vec![
        entity("bashar", "بشار الأسد", &["الأسد"], &["الأسد"], &[]),
        entity("hafez", "حافظ الأسد", &["الأسد"], &[], &[]),
    ];
    let errors = Matcher::build(&entities).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].message.contains("bashar.md"),
        "{}",
        errors[0].message
    );
    assert!(
        errors[0]
            .help
            .as_deref()
            .unwrap_or("")
            .contains("ambiguous")
    );
}

fn with_demonyms(mut e: Entity, demonyms: &[&str]) -> Entity {
    e.meta.demonyms = demonyms.iter().map(|s| s.to_string()).collect();
    e
}

#[test]
fn demonyms_are_found_but_never_taken_for_the_name() {
    let entities = vec![
        with_demonyms(
            entity("syria", "سوريا", &["سورية"], &[], &[]),
            &["السورية", "السوري"],
        ),
        with_demonyms(
            entity("russia", "روسيا", &[], &[], &[]),
            &["الروسي", "الروسية"],
        ),
    ];
    let matcher = Matcher::build(&entities).unwrap();
    let found = matcher.find("دعمت الدولتان الحكومة السورية، وقال الرئيس الروسي إن روسيا");
    let kinds: Vec<(&str, &Evidence)> = found
        .iter()
        .map(|m| (entities[m.entity].id.as_str(), &m.evidence))
        .collect();
    assert_eq!(
        kinds,
        [
            ("syria", &Evidence::Demonym),
            ("russia", &Evidence::Demonym),
            ("russia", &Evidence::Unambiguous)
        ]
    );
    // «السورية» is not «سورية» with the article: the demonym wins the longest match.
    assert!(
        found
            .iter()
            .all(|m| m.evidence != Evidence::Unambiguous || m.entity == 1)
    );
}

#[test]
fn a_demonym_written_like_a_name_is_an_error() {
    let entities = vec![
        entity("syria", "سوريا", &[], &[], &[]),
        with_demonyms(entity("x", "إكس", &[], &[], &[]), &["سوريا"]),
    ];
    let errors = Matcher::build(&entities).unwrap_err();
    assert!(
        errors[0].message.contains("demonym"),
        "{}",
        errors[0].message
    );
}

#[test]
fn one_letter_alias_is_refused_unless_allowed() {
    let mut wafd = entity("wafd", "حزب الوفد", &["الوفد", "و"], &[], &[]);
    let errors = Matcher::build(std::slice::from_ref(&wafd))
        .err()
        .unwrap_or_default();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].message.contains("`و` has fewer than two letters"),
        "{errors:?}"
    );
    let qatar = entity("qatar", "قطر", &["قَـ"], &[], &[]);
    assert_eq!(Matcher::build(&[qatar]).err().map(|e| e.len()), Some(1));
    wafd.meta.allow_short = true;
    let matcher = Matcher::build(&[wafd]).expect("allow_short lets a one-letter alias in");
    assert_eq!(matcher.find("قال و الوفد").len(), 2);
}

/// A known person inside the name of what is named after them is not linked, nor any name
/// inside it (عبد الناصر alone), while the same person elsewhere in the text is.
#[test]
fn a_person_inside_a_namesakes_name_is_not_linked() {
    let nasser = entity("nasser", "جمال عبد الناصر", &["عبد الناصر"], &[], &[]);
    let salman = entity("salman", "الملك سلمان", &["سلمان"], &[], &[]);
    let entities = [nasser, salman];
    let got = |text: &str| ids(&entities, text);
    assert_eq!(
        got("أغلق شارع جمال عبد الناصر، وكان جمال عبد الناصر قد أمم القناة"),
        [("nasser".to_string(), "جمال عبد الناصر".to_string())]
    );
    assert!(got("تخرج في جامعة الملك سلمان وبمستشفى الملك سلمان").is_empty());
    assert_eq!(got("استقبل الملك سلمان الوفد").len(), 1);
}
