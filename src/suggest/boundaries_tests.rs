//! Where a person's name ends when the site's vocabulary grows: local evidence (a title, a
//! given name of the curated list, the particle عبد) outweighs what other articles write.

use super::super::test_site::{discovered_with, people_discovered as people};
use crate::load::EntityKind;

/// A common given name after a title (الرئيس هادي) opens the name though another article
/// writes the same word as an ordinary one (المحيط الهادي، بهدوء هادي).
#[test]
fn a_listed_given_name_after_a_title_outweighs_the_site() {
    let story = "وأكد الرئيس هادي أن الحكومة باقية. وقال الرئيس هادي إن الحوار مستمر.";
    assert!(people(&[story]).contains(&"هادي".to_string()));
    let found = people(&[
        story,
        "وتقع الجزر في المحيط الهادي، وكان البحر هادي أمس.",
        "وعبرت السفينة المحيط الهادي نحو الشرق.",
    ]);
    assert!(found.contains(&"هادي".to_string()), "{found:?}");
}

/// A common given name is read whole though another article writes a clitic and a short word
/// it could be cut into (وليد as و + ل + يد, beside «رفع يده»).
#[test]
fn a_listed_given_name_is_no_clitic_and_a_word() {
    let found = people(&[
        "وسجل اللاعب وليد الأحمد الهدف الرابع في الدقيقة الخمسين.",
        "ورفع الحارس يد الفريق، وكانت يد المدرب على كتفه ويد اللاعب.",
    ]);
    assert!(found.contains(&"وليد الأحمد".to_string()), "{found:?}");
}

/// After a separate عبد the definite word is a divine name completing the compound (أشرف عبد
/// الباقي), even when the site writes its bare form as an ordinary word (باقي المحافظات).
#[test]
fn a_definite_word_after_abd_completes_the_compound_name() {
    let found = people(&[
        "وتم تكريم الفنان أشرف عبد الباقي في حفل الافتتاح.",
        "وتغطي الحملة باقي المحافظات، ويبقى باقي العمل للشهر المقبل.",
    ]);
    assert!(found.contains(&"أشرف عبد الباقي".to_string()), "{found:?}");
}

/// One of God's names that is also a listed adjective (الكبير «the big», الكريم) completes a
/// compound after a separate عبد as any other does: the Moroccan striker عبد الكبير الوادي.
#[test]
fn a_listed_adjective_after_abd_completes_the_compound_name() {
    let found = people(&["وسجل المهاجم عبد الكبير الزنيتي الهدف الأول في الدقيقة التاسعة."]);
    assert!(
        found.contains(&"عبد الكبير الزنيتي".to_string()),
        "{found:?}"
    );
}

/// A place the gazetteer doubts (الوادي: El Oued, and «the valley») right after a given name
/// is the family name taken from the town, after a title and in a list of names; a place it
/// links there stays the next phrase (وصل الأمير محمد الرياض: he reached Riyadh).
#[test]
fn a_doubted_place_after_a_given_name_is_a_family_name() {
    let found: Vec<String> = discovered_with(
        &[
            "وقال الوزير محمد الوادي إن الحكومة ستعمل على المشروع.",
            "واعتمد المدرب على كل من أنس الزنيتي وعبد الكبير الوادي وزكرياء حدراف ومحسن ياجور.",
            "وصل الأمير محمد الرياض أمس في زيارة رسمية.",
        ],
        true,
    )
    .into_iter()
    .filter(|(_, kind)| *kind == EntityKind::Person)
    .map(|(name, _)| name)
    .collect();
    for name in [
        "محمد الوادي",
        "عبد الكبير الوادي",
        "زكرياء حدراف",
        "محسن ياجور",
    ] {
        assert!(found.contains(&name.to_string()), "{name}: {found:?}");
    }
    assert!(!found.iter().any(|n| n.contains("الرياض")), "{found:?}");
}

/// A word the lists hold as a given name is no name when the sentence shows an ordinary word:
/// after a title, one in tanween or a definite word stay out.
#[test]
fn a_given_name_in_tanween_after_a_title_is_no_name() {
    let found = people(&[
        "وكان الرئيس حسناً في حديثه، ووصف الوزير الأمل بأنه كبير.",
        "وقال الحسن إن الأمر حسن.",
    ]);
    assert!(
        !found.iter().any(|p| p.starts_with("حسن") || p == "الأمل"),
        "{found:?}"
    );
}

/// A preposition with a verbal noun تفعيلة ends the name though the site writes the noun only
/// so (بتسديدة متقنة): the shot, not the scorer's surname.
#[test]
fn a_verbal_noun_with_a_preposition_ends_the_name() {
    let found = people(&["وأحرز اللاعب محمد بن خميسة بتسديدة متقنة الهدف الثاني في الدقيقة 68."]);
    assert!(found.contains(&"محمد بن خميسة".to_string()), "{found:?}");
    assert!(!found.iter().any(|f| f.contains("بتسديدة")), "{found:?}");
}

/// A surname of relation the site never writes bare ends the name before في (الشافعي في
/// العلوم): it is no adjective of the name, so the name is not cut to «حسن محمد».
#[test]
fn a_surname_of_relation_before_a_preposition_stays_in_the_name() {
    let found = people(&["وفاز الباحث حسن محمد الشافعي في العلوم الإنسانية بالجائزة."]);
    assert!(found.contains(&"حسن محمد الشافعي".to_string()), "{found:?}");
}

/// «محمد ولد الشيخ الغزواني»: the title after ولد is a forebear's name, though another
/// article writes its feminine as a surname (أسعد الشيخة) and so makes it no name word.
#[test]
fn a_title_after_the_particle_stays_in_the_name() {
    let found = people(&[
        "ونقل إليه تحيات الرئيس محمد ولد الشيخ الغزواني وتمنياته له بالصحة.",
        "وقضت المحكمة بمعاقبة الدكتور سامي مرعي وأسعد الشيخة بالسجن.",
    ]);
    assert!(
        found.contains(&"محمد ولد الشيخ الغزواني".to_string()),
        "{found:?}"
    );
}

/// A surname of relation the site never writes bare (المزروعي) ends a three-word name before
/// the person's own title in construct, as before في: the name is not cut to its first two
/// words.
#[test]
fn a_nisba_surname_before_the_person_s_title_ends_the_name() {
    let found = people(&["وحضر اللقاء العقيد أحمد سعيد المزروعي مدير إدارة التعاون الدولي."]);
    assert!(
        found.contains(&"أحمد سعيد المزروعي".to_string()),
        "{found:?}"
    );
    assert!(!found.contains(&"أحمد سعيد".to_string()), "{found:?}");
}

/// The same surname ends a three-word name before what the person said (أن، إن، أنه), as
/// before في: «أكد الوزير محمد البشير العبدلاوي أن» is not cut to «محمد البشير».
#[test]
fn a_nisba_surname_before_what_was_said_ends_the_name() {
    let found = people(&[
        "وأكد عمدة المدينة محمد البشير العبدلاوي أن المشروع سيكتمل.",
        "وقال الوزير سالم أحمد الكثيري إن الوزارة ستدعم البلديات.",
    ]);
    for name in ["محمد البشير العبدلاوي", "سالم أحمد الكثيري"] {
        assert!(
            found.contains(&name.to_string()),
            "«{name}» not in {found:?}"
        );
    }
    for cut in ["محمد البشير", "سالم أحمد"] {
        assert!(!found.contains(&cut.to_string()), "{found:?}");
    }
}

/// And before إلى, where the person went or what he pointed to: «الدكتور عبدالله بن سالم
/// الغيلاني إلى أن» and «أسعد عبد الأمير العيداني إلى» were cut before the surname.
#[test]
fn a_nisba_surname_before_ila_ends_the_name() {
    let found = people(&[
        "وأشار المدير العام الدكتور عبدالله بن سالم الغيلاني إلى أن المستشفى جاهز.",
        "وتوجه المحافظ أسعد عبد الأمير العيداني إلى الموقع.",
    ]);
    for name in ["عبدالله بن سالم الغيلاني", "أسعد عبد الأمير العيداني"]
    {
        assert!(
            found.contains(&name.to_string()),
            "«{name}» not in {found:?}"
        );
    }
}

/// The same surname ends a name before the office in the accusative, after two words or three
/// (بتعيين العميد عبده محمد حسين الحذيفي وزيرا، وتعيين عبدالله علي النسي محافظا).
#[test]
fn a_nisba_surname_before_the_office_in_the_accusative_ends_the_name() {
    let found = people(&[
        "وأصدر الرئيس قرارين بتعيين العميد الركن سالم محمد حسين الكثيري وزيراً للداخلية، \
         وتعيين عبدالله علي الزنداني محافظاً لمحافظة شبوة.",
    ]);
    for name in ["سالم محمد حسين الكثيري", "عبدالله علي الزنداني"]
    {
        assert!(
            found.contains(&name.to_string()),
            "«{name}» not in {found:?}"
        );
    }
    assert!(!found.contains(&"سالم محمد حسين".to_string()), "{found:?}");
}

/// The same surname ends a three-word name before the next official of a list, opened by و
/// and a title (عماد محمد العتيقي والرئيس التنفيذي …), not cut to «عماد محمد».
#[test]
fn a_nisba_surname_before_the_next_title_of_a_list_ends_the_name() {
    let found = people(&[
        "وحضر الحفل الدكتور عماد محمد العتيقي والرئيس التنفيذي للمؤسسة المهندس سالم الراشد.",
    ]);
    assert!(
        found.contains(&"عماد محمد العتيقي".to_string()),
        "{found:?}"
    );
    assert!(!found.contains(&"عماد محمد".to_string()), "{found:?}");
}

/// Kuwait's ruling family names its members by their forebears' given names with the
/// article, الصباح last (الشيخ مشعل الأحمد الجابر الصباح، نواف سعود الناصر الصباح): read
/// whole; a given name with the article that no الصباح ends is the next phrase (الأمين العام).
#[test]
fn a_chain_of_forebears_ending_with_al_sabah_is_one_name() {
    let found = people(&[
        "إنطلق تحت رعاية أمير البلاد الشيخ مشعل الأحمد الجابر الصباح حفظه الله الحفل.",
        "وحضر الرئيس التنفيذي للمؤسسة الشيخ نواف سعود الناصر الصباح والرئيس التنفيذي للشركة.",
        "كما حضر الحفل سمو الشيخ أحمد عبدالله الأحمد الصباح رئيس مجلس الوزراء.",
        "والتقى الوزير سالم أحمد الأمين العام للمجلس.",
    ]);
    for name in [
        "مشعل الأحمد الجابر الصباح",
        "نواف سعود الناصر الصباح",
        "أحمد عبدالله الأحمد الصباح",
        "سالم أحمد",
    ] {
        assert!(
            found.contains(&name.to_string()),
            "«{name}» not in {found:?}"
        );
    }
    // After a bare name الصباح is the morning, or the paper.
    let found = people(&[
        "وغادر الرئيس محمد علي الصباح متوجها إلى باريس.",
        "وقال الوزير محمد سالم لـ«الصباح» إن المشروع جاهز.",
    ]);
    assert!(!found.iter().any(|f| f.contains("الصباح")), "{found:?}");
}

/// A word of a team after a full name is what the sentence goes on with (وهز المهاجم سالم
/// علي شباك الضيوف), not the name's third word.
#[test]
fn a_word_of_a_team_after_a_full_name_ends_it() {
    let found = people(&[
        "فاز فريق الوحدة على ضيفه في المباراة بالدوري وسجل اللاعب هدفين في الشوط الأول. \
         وهز المهاجم سالم علي شباك الضيوف في الدقيقة 20.",
    ]);
    assert!(found.contains(&"سالم علي".to_string()), "{found:?}");
    assert!(!found.iter().any(|f| f.contains("شباك")), "{found:?}");
}

/// The first word of a theophoric name before الله is a name's word though it is also a verb
/// or a noun (المهندس مصطفى صنع الله أمس); a prayer after a name is none (زايد رحمه الله).
#[test]
fn a_theophoric_name_is_read_whole() {
    let found = people(&[
        "بحث رئيس المؤسسة المهندس مصطفى صنع الله أمس مع نائب رئيس الشركة المشاريع.",
        "وقال الشيخ زايد رحمه الله إن الاتحاد قوة.",
    ]);
    assert!(found.contains(&"مصطفى صنع الله".to_string()), "{found:?}");
    assert!(!found.iter().any(|f| f.contains("رحمه")), "{found:?}");
}

/// لاين is «line», not ل + أين «where» (a function word, which takes no preposition): «أورسولا
/// فون دير لاين» lost its last word. A memorandum after the name is what she signed.
#[test]
fn laine_is_a_name_s_word_not_a_preposition_and_where() {
    let found = people(&["ووقعت رئيسة المفوضية أورسولا فون دير لاين مذكرة تفاهم مع تونس."]);
    assert!(
        found.contains(&"أورسولا فون دير لاين".to_string()),
        "{found:?}"
    );
}
