//! What confirms an ambiguous name besides a cue (issue 13, part 2): the sentence (a verb, a
//! coordination), `not` and `context` phrases, a cue on a shared name, a club and its town,
//! and what keeps a description or a complement from being taken for a name.

use std::collections::HashSet;

use super::tests::{entity, ids, registry};
use super::*;
use crate::load::EntityKind;

/// Each mention of `text` found and resolved alone: (entity id, evidence).
fn resolved(matcher: &Matcher, entities: &[Entity], text: &str) -> Vec<(String, Evidence)> {
    let mut runs = vec![matcher.find(text)];
    resolve_ambiguity(&mut runs, &HashSet::new());
    runs.remove(0)
        .into_iter()
        .map(|m| (entities[m.entity].id.clone(), m.evidence))
        .collect()
}

/// Issue 13, part 2: the sentence confirms an ambiguous name — a speech or action verb before
/// it, or coordination with a confirmed name of the same kind — and never when it reads as a
/// common word (an adjective agreeing with the noun before it, or the head of a construct).
#[test]
fn the_sentence_confirms_an_ambiguous_name() {
    let entities = registry();
    let matcher = Matcher::build(&entities).unwrap();
    let resolved = |text: &str| resolved(&matcher, &entities, text);
    let raisi = "raisi".to_string();
    assert!(
        matches!(resolved("وقال رئيسي إن العلاقات جيدة")[..], [(ref e, Evidence::AfterVerb(_))] if *e == raisi)
    );
    assert!(
        matches!(resolved("وأشاد رئيسي بالتعاون")[..], [(ref e, Evidence::AfterVerb(_))] if *e == raisi)
    );
    let coordinated = resolved("وأشاد بوتين ورئيسي بالتعاون");
    assert_eq!(coordinated.len(), 2, "{coordinated:?}");
    assert!(matches!(coordinated[1].1, Evidence::Coordinated(_)));
    let before = resolved("التقى رئيسي وبوتين");
    assert_eq!(before.len(), 2, "{before:?}");
    // Common words stay common, even after a verb or beside a name.
    for text in [
        "أكد أن للشركة دور رئيسي في المشروع",
        "وقال إن روسيا شريك رئيسي",
        "تحدث بحماس عن المشروع",
        "أعلن بوتين ودور رئيسي",
    ] {
        let found = resolved(text);
        assert!(
            found.iter().all(|(e, _)| *e != raisi && e != "hamas"),
            "{text}: {found:?}"
        );
    }
    // The adjective is dropped even when the article names Raisi elsewhere.
    let mut runs = vec![matcher.find("الشركة شريك رئيسي")];
    let named: HashSet<usize> = [1].into_iter().collect();
    resolve_ambiguity(&mut runs, &named);
    assert!(runs[0].is_empty(), "{:?}", runs[0]);
}

/// A `not` phrase discovery wrote that is also another entity's name is no blocker and no
/// error (an editor's own clash is reported, above): the build must not fail on what
/// discovery made.
#[test]
fn a_discovered_not_phrase_that_is_a_name_is_dropped_silently() {
    let mut rashid = entity("rashid", "راشد عبد الرحمن", &["عبد الرحمن"], &[], &[]);
    rashid.origin = crate::load::Origin::Discovered;
    rashid.meta.not = vec!["عبد الرحمن بن".into()];
    let other = entity("other", "عبد الرحمن بن", &[], &[], &[]);
    let matcher = Matcher::build(&[other, rashid]).unwrap();
    assert_eq!(matcher.find("وقال عبد الرحمن بن أمس").len(), 1);
}

/// `not` phrases take their span and are dropped; one written like a name is an error that
/// points at the `not` line of the file.
#[test]
fn not_phrases_hide_the_name_inside_them() {
    let mut morocco = entity("morocco", "المغرب", &[], &[], &[]);
    morocco.meta.not = vec!["صلاة المغرب".into()];
    let matcher = Matcher::build(&[morocco.clone()]).unwrap();
    assert!(matcher.find("بعد صلاة المغرب").is_empty());
    assert_eq!(matcher.find("زار المغرب").len(), 1);

    morocco.meta.not = vec!["المغرب".into()];
    morocco.text = "---\nname: المغرب\nnot: [المغرب]\n---\n".into();
    let errors = Matcher::build(&[morocco]).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].message.contains("`المغرب` is listed under `not`"),
        "{:?}",
        errors[0]
    );
    assert_eq!(errors[0].line, Some(3));
}

/// A club whose bare name is a word (النصر «victory», الهلال «crescent»): the league named in
/// the article confirms it; the league's name itself is never a mention; without it the word
/// stays a word; a name two clubs share goes to the one whose league the article names.
#[test]
fn a_context_phrase_confirms_ambiguous_names_and_is_never_linked() {
    let club = |id: &str, name: &str, bare: &str, league: &str| {
        let mut e = entity(id, name, &[bare], &[bare], &[]);
        e.kind = EntityKind::Organization;
        e.meta.context = vec![league.to_string()];
        e
    };
    let entities = vec![
        club("al-nassr", "نادي النصر", "النصر", "الدوري السعودي"),
        club("al-hilal", "نادي الهلال", "الهلال", "الدوري السعودي"),
        club(
            "al-hilal-omdurman",
            "الهلال السوداني",
            "الهلال",
            "الدوري السوداني",
        ),
    ];
    let got = ids(
        &entities,
        "فاز الهلال على غريمه النصر بثلاثة أهداف ضمن منافسات الدوري السعودي.",
    );
    assert_eq!(
        got,
        [
            ("al-hilal".to_string(), "الهلال".to_string()),
            ("al-nassr".into(), "النصر".into())
        ]
    );
    let got = ids(&entities, "تصدر الهلال ترتيب الدوري السوداني بعد فوزه.");
    assert_eq!(
        got,
        [("al-hilal-omdurman".to_string(), "الهلال".to_string())]
    );
    assert!(ids(&entities, "أعلن الجيش النصر بعد ظهور الهلال في السماء.").is_empty());
}

/// A league with a page of its own (the registry's, or one discovery found) is linked as
/// itself and still confirms the clubs that list it as their context: the name had hidden
/// the context phrase, and a Sudanese report's «الهلال» was dropped when discovery found
/// «الدوري السوداني الممتاز».
#[test]
fn a_context_phrase_that_is_a_name_still_confirms() {
    let mut club = entity(
        "al-hilal-omdurman",
        "الهلال السوداني",
        &["الهلال"],
        &["الهلال"],
        &[],
    );
    club.kind = EntityKind::Organization;
    club.meta.context = vec!["الدوري السوداني الممتاز".to_string()];
    let mut league = entity(
        "sudan-premier-league",
        "الدوري السوداني الممتاز",
        &[],
        &[],
        &[],
    );
    league.kind = EntityKind::Organization;
    let entities = vec![club, league];
    let matcher = Matcher::build(&entities).unwrap();
    let found = |text: &str| {
        let mut runs = vec![matcher.find(text)];
        matcher.resolve_ambiguity(&mut runs, &HashSet::new());
        runs.remove(0)
            .into_iter()
            .map(|m| entities[m.entity].id.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        found("نجح الهلال في تأمين صدارته لجدول ترتيب الدوري السوداني الممتاز لكرة القدم."),
        ["al-hilal-omdurman", "sudan-premier-league"]
    );
    // Without the league the crescent stays a word.
    assert!(found("نجح الهلال في الظهور.").is_empty());
}

/// A cue on a name two entities share shows a name stands there, not whose: it goes to the
/// one the article names, and is dropped when the article names neither.
#[test]
fn a_cue_on_a_shared_name_goes_to_the_entity_the_article_names() {
    let club = |id: &str, name: &str| {
        let mut e = entity(id, name, &["المولودية"], &["المولودية"], &["لاعبو"]);
        e.kind = EntityKind::Organization;
        e
    };
    let entities = vec![
        club("mc-alger", "مولودية الجزائر"),
        club("mc-oran", "مولودية وهران"),
    ];
    let got = ids(
        &entities,
        "فاز مولودية وهران على ضيفه، وضغط لاعبو المولودية في الشوط الثاني.",
    );
    assert_eq!(got[1], ("mc-oran".to_string(), "المولودية".to_string()));
    assert!(ids(&entities, "وضغط لاعبو المولودية في الشوط الثاني.").is_empty());
}

/// A verb before an organisation's name confirms a name (قالت حماس، أدان مجلس الأمن) but not a
/// definite description any country's body fits (أعلن المصرف المركزي): a verb says a name
/// follows, not whose central bank it is.
#[test]
fn a_verb_confirms_no_description_of_a_body() {
    let org = |mut e: Entity| {
        e.kind = EntityKind::Organization;
        e.meta.kind = Some(EntityKind::Organization);
        e
    };
    let entities = vec![
        org(entity(
            "syria-central-bank",
            "مصرف سوريا المركزي",
            &["المصرف المركزي"],
            &["المصرف المركزي"],
            &[],
        )),
        org(entity("hamas", "حماس", &[], &["حماس"], &["حركة"])),
        org(entity(
            "lebanon-health",
            "وزارة الصحة اللبنانية",
            &["وزارة الصحة"],
            &["وزارة الصحة"],
            &[],
        )),
        org(entity(
            "palestine-monetary-authority",
            "سلطة النقد الفلسطينية",
            &["سلطة النقد"],
            &["سلطة النقد"],
            &[],
        )),
    ];
    let matcher = Matcher::build(&entities).unwrap();
    let resolved = |text: &str| resolved(&matcher, &entities, text);
    // An authority's name is the same in every country: Hong Kong's is not Palestine's.
    assert!(
        resolved("وقالت سلطة النقد في هونغ كونغ إن الدولار ارتفع").is_empty(),
        "a verb is no evidence for an authority"
    );
    assert!(
        resolved("وأعلن المصرف المركزي في لبنان رفع سعر الفائدة").is_empty(),
        "a verb is no evidence for a description"
    );
    assert!(
        matches!(resolved("وقالت حماس إن الوفد وصل")[..], [(ref e, Evidence::AfterVerb(_))] if e == "hamas")
    );
    // A ministry's name is the same in every country: Tunis's is not Lebanon's.
    assert!(
        resolved("وأعلنت وزارة الصحة في تونس تعليق الحملة").is_empty(),
        "a verb is no evidence for a ministry"
    );
}

/// A club and its town share a bare name (both mark it ambiguous): a word of the team before
/// it or its place in the table after it is the club's, a place cue the town's, a half of a
/// match in the article (the club's context) the club's, and nothing at all leaves it a word.
#[test]
fn a_club_named_like_its_town_is_told_from_the_town() {
    let mut town = entity("ar-rimal", "الرمال", &[], &["الرمال"], &["مدينة"]);
    town.kind = EntityKind::Place;
    let mut club = entity(
        "ar-rimal-sc",
        "نادي الرمال",
        &["الرمال"],
        &["الرمال"],
        &["نادي"],
    );
    club.kind = EntityKind::Organization;
    club.meta.context = vec!["الشوط الأول".to_string()];
    let entities = vec![town, club];
    let got = ids(&entities, "سجل مهاجم الرمال هدفا وتقدم الرمال مرة أخرى.");
    assert_eq!(
        got,
        [
            ("ar-rimal-sc".to_string(), "الرمال".to_string()),
            ("ar-rimal-sc".into(), "الرمال".into())
        ]
    );
    let got = ids(&entities, "تراجع الفريق خلف الرمال الوصيف في الترتيب.");
    assert_eq!(got, [("ar-rimal-sc".to_string(), "الرمال".to_string())]);
    let got = ids(&entities, "افتتح المحافظ طريقا جديدا في مدينة الرمال.");
    assert_eq!(got, [("ar-rimal".to_string(), "الرمال".to_string())]);
    let got = ids(&entities, "عادل الضيوف في الشوط الأول ثم فاز الرمال.");
    assert_eq!(got, [("ar-rimal-sc".to_string(), "الرمال".to_string())]);
    assert!(ids(&entities, "امتدت الرمال على الطريق بعد العاصفة.").is_empty());
}

/// A person's surname that reads like a nisba (المنسي) right after a bare noun is the noun's
/// complement, not its adjective: «في استقبال المنسي» names the person the article named in
/// full. After a noun with a pronoun (دورها الرئيسي) the adjective reading stays.
#[test]
fn a_definite_surname_after_a_bare_noun_is_its_complement() {
    let person = entity("mansi", "كريم المنسي", &["المنسي"], &["المنسي"], &[]);
    let matcher = Matcher::build(&[person]).unwrap();
    let mut runs = vec![matcher.find("وكان في استقبال المنسي وفد من الوزارة")];
    let named: HashSet<usize> = [0].into_iter().collect();
    resolve_ambiguity(&mut runs, &named);
    assert_eq!(runs[0].len(), 1, "{:?}", runs[0]);
    assert!(!sentence::agrees_with_noun_before(
        "في استقبال المنسي",
        "في استقبال ".len(),
        "المنسي"
    ));
    assert!(sentence::agrees_with_noun_before(
        "اكد دورها الرئيسي",
        "اكد دورها ".len(),
        "الرئيسي"
    ));
}

/// A club named by an ordinary word (الرمال «the sands») is confirmed where the shape of a match
/// shows a team — a result around it, its place in the table — and stays a word elsewhere,
/// even after a verb.
#[test]
fn the_shape_of_a_match_confirms_a_club_named_by_an_ordinary_word() {
    let mut club = entity("al-rimal", "الرمال", &[], &["الرمال"], &["فريق", "لاعب"]);
    club.kind = EntityKind::Organization;
    let entities = vec![club];
    let matcher = Matcher::build(&entities).unwrap();
    for text in [
        "وفاز الرمال على ضيفه بهدفين",
        "حقق الرمال فوزه الثالث على التوالي",
        "الرمال يتغلب على الساحل",
        "وكذلك الرمال صاحب المركز السادس",
        "بفارق نقطة عن الرمال",
    ] {
        let found = resolved(&matcher, &entities, text);
        assert!(
            matches!(found[..], [(_, Evidence::InPlay)]),
            "{text}: {found:?}"
        );
    }
    for text in [
        "غطت الرمال الطريق",
        "حقق الرمال مع الريح أثرا",
        "وقال إن الرمال تتحرك",
    ] {
        let found = resolved(&matcher, &entities, text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// A discovered person's surname right before بن or بنت is the given name of somebody else
/// (السيد سالم بن راشد), not the person, even after a title and with the person named in
/// the article; a surname without a lineage after it stays linked.
#[test]
fn a_surname_before_a_lineage_is_another_persons_given_name() {
    let mut person = entity("hoda-salem", "هدى سالم", &["سالم"], &["سالم"], &["السيدة"]);
    person.origin = crate::load::document::Origin::Discovered;
    let entities = vec![person];
    let matcher = Matcher::build(&entities).unwrap();
    let named: HashSet<usize> = [0].into_iter().collect();
    for text in [
        "تحت رعاية السيد/ سالم بن راشد الحارثي",
        "حضرت السيدة سالم بنت خالد الحفل",
        "وكان سالم ابن عم الوزير",
    ] {
        let mut runs = vec![matcher.find(text)];
        resolve_ambiguity(&mut runs, &named);
        assert!(runs[0].is_empty(), "{text}: {:?}", runs[0]);
    }
    let mut runs = vec![matcher.find("وقالت السيدة سالم إن المعرض مفتوح")];
    resolve_ambiguity(&mut runs, &named);
    assert_eq!(runs[0].len(), 1, "{:?}", runs[0]);
    // A word that only begins with the letters of بن is no lineage (سالم بنفسه).
    let mut runs = vec![matcher.find("وقالت السيدة سالم بنفسها إن المعرض مفتوح")];
    resolve_ambiguity(&mut runs, &named);
    assert_eq!(runs[0].len(), 1, "{:?}", runs[0]);
}

/// A discovered person's surname right after a common given name that is not his own
/// (عبدالوهاب المسيري، عبد الوهاب المسيري beside هاني المسيري) is another person's, even in
/// an article that names him; after his own given name, a title or the preposition على (which
/// normalises like the name علي) it is his.
#[test]
fn a_surname_after_another_given_name_is_another_persons() {
    let mut person = entity(
        "hani",
        "هاني المسيري",
        &["المسيري"],
        &["المسيري"],
        &["المحافظ"],
    );
    person.origin = crate::load::document::Origin::Discovered;
    let entities = vec![person];
    let matcher = Matcher::build(&entities).unwrap();
    let named: HashSet<usize> = [0].into_iter().collect();
    for text in [
        "ندوة عن عبدالوهاب المسيري وثقافة المكان",
        "ندوة عن عبد الوهاب المسيري وثقافة المكان",
        "وحضر أحمد المسيري الندوة",
    ] {
        let mut runs = vec![matcher.find(text)];
        resolve_ambiguity(&mut runs, &named);
        assert!(runs[0].is_empty(), "{text}: {:?}", runs[0]);
    }
    for text in ["وقال المحافظ المسيري إن", "بعد تدخل على المسيري"]
    {
        let mut runs = vec![matcher.find(text)];
        resolve_ambiguity(&mut runs, &named);
        assert_eq!(runs[0].len(), 1, "{text}: {:?}", runs[0]);
    }
}

/// A club's ambiguous name after the head of a bank, a company or a hospital is that body's
/// adjective (البنك الأهلي, the National Bank), even in an article that names the club: not
/// linked. After a club's cue it still is.
#[test]
fn a_club_s_name_after_a_bank_is_the_bank_s_adjective() {
    let mut club =
        super::tests::entity("al-ahly", "النادي الأهلي", &["الأهلي"], &["الأهلي"], &["لاعب"]);
    club.kind = EntityKind::Organization;
    club.meta.kind = Some(EntityKind::Organization);
    let entities = vec![club];
    let text = "فاز النادي الأهلي أمس، وقال لاعب الأهلي إن الفريق جاهز، \
                وقال رئيس مجلس إدارة البنك الأهلي إن الأرباح ارتفعت، وزار الوفد للبنك الأهلي.";
    let found = ids(&entities, text);
    let names: Vec<&str> = found.iter().map(|(_, name)| name.as_str()).collect();
    assert_eq!(names, ["النادي الأهلي", "الأهلي"], "{found:?}");
}

/// A club named like an adjective (الإفريقي, Club Africain) joined by و to an adjective of
/// scope is the second adjective (على الصعيدين العربي والإفريقي), even beside a club the
/// article names; written alone after a club's cue it is the club.
#[test]
fn a_club_named_like_an_adjective_after_an_adjective_of_scope_is_one() {
    let mut club = super::tests::entity(
        "club-africain",
        "النادي الإفريقي",
        &["الإفريقي"],
        &["الإفريقي"],
        &["فريق"],
    );
    club.kind = EntityKind::Organization;
    club.meta.kind = Some(EntityKind::Organization);
    let entities = vec![club];
    let matcher = Matcher::build(&entities).unwrap();
    let text = "تتواصل نجاحات النادي الإفريقي على الصعيدين العربي والإفريقي، وقال مدرب فريق الإفريقي إن الموسم جيد.";
    let mut runs = vec![matcher.find(text)];
    resolve_ambiguity(&mut runs, &[0].into_iter().collect());
    let names: Vec<&str> = runs[0].iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(names, ["النادي الإفريقي", "الإفريقي"], "{names:?}");
}

/// A back's side between his position and his club (ظهير أيسر الخلود) leaves the position
/// the club's cue; a side alone before the name cues nothing.
#[test]
fn a_back_s_side_between_the_cue_and_the_club() {
    let mut club = entity(
        "al-kholood",
        "نادي الخلود",
        &["الخلود"],
        &["الخلود"],
        &["ظهير"],
    );
    club.kind = EntityKind::Organization;
    club.meta.kind = Some(EntityKind::Organization);
    let entities = vec![club];
    let found = ids(&entities, "وأحرز سعد العبيدي، ظهير أيسر الخلود، هدفا.");
    assert_eq!(found.len(), 1, "{found:?}");
    let found = ids(&entities, "وكان أيسر الخلود إلى الراحة أن يعود.");
    assert!(found.is_empty(), "{found:?}");
}

/// A club named like an adjective right after a definite noun such adjectives qualify
/// (بطولة الدوري الأفريقي، مع المنتخب المصري) is the adjective, even in an article that names
/// the club; after a club's cue, or beside another club's name (هزم الترجي الإفريقي), it is
/// the club.
#[test]
fn a_club_named_like_an_adjective_after_a_noun_it_qualifies_is_one() {
    let mut club = super::tests::entity(
        "club-africain",
        "النادي الإفريقي",
        &["الإفريقي"],
        &["الإفريقي"],
        &["فريق"],
    );
    club.kind = EntityKind::Organization;
    club.meta.kind = Some(EntityKind::Organization);
    let mut esperance = super::tests::entity("esperance", "الترجي الرياضي", &["الترجي"], &[], &[]);
    esperance.kind = EntityKind::Organization;
    esperance.meta.kind = Some(EntityKind::Organization);
    let entities = vec![club, esperance];
    let matcher = Matcher::build(&entities).unwrap();
    let text = "غادر الترجي الرياضي بطولة الدوري الإفريقي، وتعادل مع المنتخب الإفريقي، \
                وقال مدرب فريق الإفريقي إن الموسم جيد، وهزم الترجي الإفريقي.";
    let mut runs = vec![matcher.find(text)];
    resolve_ambiguity(&mut runs, &[0, 1].into_iter().collect());
    let names: Vec<&str> = runs[0].iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(
        names,
        ["الترجي الرياضي", "الإفريقي", "الترجي", "الإفريقي"],
        "{names:?}"
    );
}

/// A paper named by a common word (الرأي) is the paper where it is quoted as told something
/// (لـ«الرأي» إن), and the word elsewhere, even in the same article; a dateline's dashes say
/// nothing (a headline or a label stands there as often).
#[test]
fn a_paper_s_common_word_is_the_paper_where_a_source_told_it() {
    let mut paper = entity("al-rai", "صحيفة الرأي", &["الرأي"], &["الرأي"], &["صحيفة"]);
    paper.kind = EntityKind::Organization;
    paper.meta.kind = Some(EntityKind::Organization);
    let entities = vec![paper];
    let matcher = Matcher::build(&entities).unwrap();
    let told = resolved(&matcher, &entities, "وقال المصدر لـ«الرأي» إن الاتفاق قريب");
    assert!(matches!(told[..], [(_, Evidence::NewsSource)]), "{told:?}");
    let both = resolved(
        &matcher,
        &entities,
        "وقال المصدر لـ«الرأي» إن الاتفاق قريب وإن الرأي العام يؤيده",
    );
    assert_eq!(both.len(), 1, "{both:?}");
    assert!(resolved(&matcher, &entities, "عمان - الرأي - افتتح الوزير المعرض").is_empty());
    assert!(resolved(&matcher, &entities, "وقال إن الرأي - كما يرى - صائب").is_empty());
}
