//! Where a name ends: the words that continue a person's, place's or body's name after its
//! first word (particles, compound names, family names with the article, a hyphenated second
//! half), and the words that end it (an accusative, a preposition with a noun, a definite
//! word that is the next phrase). Whether a definite word goes on with the name is asked of
//! [`super::definite_names`].

use std::ops::Range;

use super::discover::{MAX_OTHER_WORDS, MAX_WORDS, Scan};
use super::lexicon::{
    clitic_readings, is_function_or_verb, is_listed, is_particle, is_role_word, looks_adjectival,
    looks_prepositional,
};
use super::tokens::Sep;
use super::triggers::trigger_at;
use super::word_shapes::is_verbal_noun_of_a_derived_form;
use crate::load::EntityKind;

/// The second part of a compound first name or surname, which follows any name word (حسن
/// نصر الله، علوان شرف الدين، صلاح الدين).
pub(super) fn is_compound_end(word: &str) -> bool {
    ["الله", "الدين", "الاسلام"].contains(&word)
}

/// Given names that are also a sovereign's title (normalised): before a known place they
/// name its ruler (سلطان عمان، أمير قطر).
const RULERS_TITLES_AS_NAMES: &[&str] = &["سلطان", "امير"];

/// First words of theophoric names (صنع الله، نصر الله، فضل الله، جاب الله), normalised: before
/// الله each is a name's word though it is also a verb or a noun (صنع «made», فضل «favour»).
/// A list, not any word before الله: «زايد رحمه الله» is a prayer after the name.
const THEOPHORIC_FIRST: &[&str] = &[
    "صنع", "نصر", "فضل", "جاب", "جاد", "حسب", "خير", "عطا", "رزق", "فتح", "نعمه", "هبه", "ضيف",
    "عوض", "حمد", "جار", "حرز", "لطف", "شكر", "فرج",
];

pub(super) use crate::text::named_after::REGNAL_ORDINALS;

/// Titles that are also common given names, normalised (see [`Scan::title_as_given_name`]):
/// أمير (a prince, أمير قطر) and أمين (a secretary, أمين عام، أمين العاصمة; رئيس المجلس
/// الشعبي البلدي أمين علوش).
pub(super) const TITLES_AND_GIVEN_NAMES: &[&str] = &["امير", "امين"];

/// باسم, a common given name that is also «in the name of», the complement of a spokesman's
/// title (المتحدث باسم الحكومة), normalised (see [`Scan::title_as_given_name`]).
pub(super) const IN_THE_NAME_OF: &str = "باسم";

/// Stems of a spokesman's title and of speaking for someone (المتحدث، الناطقة، تحدث، يتحدث),
/// normalised: «باسم» after them is «in the name of», never a given name.
pub(super) const SPEAKING_FOR: &[&str] = &["تحدث", "ناطق"];

/// «The senior» and «the junior» before a plural (الوزير كبار المسؤولين، صغار المزارعين),
/// normalised: never a person's first name, though a body's name may hold them (هيئة كبار
/// العلماء) and a family's may open with them (كبارة).
const SENIORS: &[&str] = &["كبار", "صغار"];

/// Particles of lineage (son of, daughter of), normalised: the word before them is a given
/// name even with the article (الحسن بن طلال، الناني ولد اشروقة).
pub(super) const LINEAGE: &[&str] = &["بن", "ابن", "بنت", "ولد", "منت"];

/// «Sons of» (بني، بنو), normalised: the first word of a tribe's or a town's name (بني وليد،
/// بني سويف، بنو هاشم), never of a person's, whose lineage is written بن.
pub(super) fn opens_a_tribe(word: &str) -> bool {
    ["بني", "بنو"].contains(&word)
}

/// Given names written with the article (الهادي، الطاهر، الحسين), normalised: before a bare
/// name word they open a person's name (الأستاذ الهادي عبدالسيد، والحسين الوردي وزيرا) where
/// another definite word after a title is its complement. Adjectives that are also names
/// (العربي، الأمين، الفاضل، الصديق) are left out: after a title they describe.
const DEFINITE_GIVEN_NAMES: &[&str] = &[
    "الهادي",
    "الطاهر",
    "الصادق",
    "المهدي",
    "الحبيب",
    "الطيب",
    "الحسين",
    "الحسن",
    "المختار",
    "البشير",
    "الحافظ",
    "المنصف",
    "الناصر",
    "الشاذلي",
    "الباجي",
    "الزبير",
    "الرشيد",
    "المعتصم",
    "المنذر",
    "الوليد",
    "العباس",
    "الفاتح",
    // والي وهران السيد السعيد فلان: common in the Maghreb, and no adjective after a title.
    "السعيد",
    // المهندس الياس بطرس: Elias as the Levant writes it, no hamza under the alef.
    "الياس",
];

/// A normalised word is ف and a past verb of the derived forms افتعل or انفعل (five letters)
/// or استفعل (six): فاعتبر، فانسحب، فاستغرب. No given name (فاروق، فيصل) is read so, nor a
/// longer foreign name (فارتانيان، فانسان).
fn fa_and_a_verb(word: &str) -> bool {
    if super::name_lists::is_given_name(word) {
        return false;
    }
    word.strip_prefix('ف').is_some_and(|rest| {
        let l: Vec<char> = rest.chars().collect();
        match l.len() {
            5 => l[0] == 'ا' && (l[2] == 'ت' || (l[1] == 'ن' && l[3] != 'ا')),
            6 => rest.starts_with("است"),
            _ => false,
        }
    })
}

/// A given name written with the article (see [`DEFINITE_GIVEN_NAMES`]).
pub(super) fn is_definite_given_name(word: &str) -> bool {
    DEFINITE_GIVEN_NAMES.contains(&word)
}

impl Scan<'_> {
    /// The end of a name ending at `end`, or of its second half when a hyphen joins one (بعلبك
    /// - الهرمل، الرام- الجوبانية): a place's name, a definite name word or a bare one.
    pub(super) fn past_hyphen(&self, end: usize) -> usize {
        let second_half = self.token(end).is_some_and(|t| {
            t.after_hyphen()
                && match t.mention {
                    Some(kind) => kind == EntityKind::Place,
                    // No hyphen joins an adjective to its noun: الجوبانية is a name here.
                    None if t.article() => self.lex.is_definite_name_word(&t.norm),
                    None => self.name_word(end),
                }
        });
        if second_half { end + 1 } else { end }
    }

    /// Token `i`, written with ة, is the feminine of a word the site also writes (حرة / حر،
    /// عازلة / عازل، آمنة / الآمن) or shaped like a participle (فاعلة، مُفعَلة: عازلة،
    /// محايدة): an adjective agreeing with the kind word before it.
    pub(super) fn feminine_adjective_at(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            let letters: Vec<char> = t.norm.chars().collect();
            // فاعلة and مُفعَلة are participles (عازلة، آمنة، محايدة، منكوبة), and so is
            // مُفعَّلة of a three-letter root with no long vowel (مخصصة، محددة، مغلقة).
            let weak = |c: &char| matches!(c, 'ا' | 'و' | 'ي');
            let short_participle =
                letters.len() == 5 && letters[0] == 'م' && !letters[1..4].iter().any(weak);
            let participle = letters.len() >= 5
                && (letters[1] == 'ا'
                    || (letters[0] == 'م' && letters.len() >= 6)
                    || short_participle);
            t.ta_marbuta()
                && (participle
                    || t.norm.strip_suffix('ه').is_some_and(|m| {
                        is_listed(m) || self.lex.seen(m) || self.lex.seen(&format!("ال{m}"))
                    }))
        })
    }

    /// Token `i`, bare and ending in ي, is an adjective of relation: made on a verbal noun
    /// تفعيل (تدريبي، تعليمي) or on a word the site writes (صيفي beside الصيف): after a
    /// masculine kind word it agrees with it (معسكر تدريبي، مخيم صيفي) and names nothing.
    pub(super) fn masculine_adjective_at(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            // سيدي البشير: the common noun a place is named on, not an adjective of سيد.
            !t.article()
                && !super::local::is_toponym_head(&t.norm)
                && t.norm.strip_suffix('ي').is_some_and(|stem| {
                    stem.chars().count() >= 3
                        && (super::org_phrase::is_tafiil(stem)
                            || is_listed(stem)
                            || self.lex.seen(stem)
                            || self.lex.seen(&format!("ال{stem}")))
                })
        })
    }

    /// Token `i` is a preposition with a feminine noun the site knows (بمشاركة، لمناقشة),
    /// which follows a name rather than continuing it; a name of that shape whose rest is no
    /// word of the site (بوقرة، بوتفليقة) continues it. A verbal noun تفعيلة is such a noun
    /// even when the site writes it only so (محمد بن خميسة | بتسديدة متقنة).
    pub(super) fn prepositional_at(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            looks_prepositional(&t.norm)
                && clitic_readings(&t.norm).iter().any(|(_, rest)| {
                    !super::lexicon::preposition_and_where(&t.norm, rest) && is_listed(rest)
                        || self.lex.seen(rest)
                        || self.lex.seen(&format!("ال{rest}"))
                        || rest
                            .strip_suffix('ه')
                            .is_some_and(super::org_phrase::is_tafiil)
                })
        })
    }

    /// Token `i` is a bare adjective of relation made on a verbal noun تفعيل (تكريمي،
    /// تدريبية), joined by a space to the word before, which it qualifies.
    fn verbal_noun_adjective_at(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            t.sep == Sep::Space
                && !t.article()
                && [t.norm.strip_suffix('ي'), t.norm.strip_suffix("يه")]
                    .into_iter()
                    .flatten()
                    .any(super::org_phrase::is_tafiil)
        })
    }

    pub(super) fn is_particle_at(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| is_particle(&t.norm))
    }

    /// Token `end` is a place the site's lists hold but left unlinked for want of evidence (a
    /// homograph: الوادي «the valley», El Oued), with the article, right after a common given
    /// name or a compound with عبد that opened the person's name at `j` (محمد الوادي، عبد
    /// الكبير الوادي): a family name taken from a town. A place linked there stays the next
    /// phrase (وصل الأمير محمد الرياض).
    fn family_name_from_a_place(
        &self,
        j: usize,
        end: usize,
        words: usize,
        kind: EntityKind,
    ) -> bool {
        kind == EntityKind::Person
            && words == 1
            && match end - j {
                1 => super::name_lists::is_given_name(&self.tokens()[j].norm),
                // عبد الكبير الوادي: a compound given name.
                2 => self.tokens()[j].norm == "عبد",
                _ => false,
            }
            && self.doubted_place_at(end)
    }

    /// Token `i` follows the previous word across a space and is a place the site's lists hold
    /// with the article but left unlinked for want of evidence (الوادي «the valley», El Oued).
    pub(super) fn doubted_place_at(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            t.sep == Sep::Space
                && t.article()
                && t.mention.is_none()
                && self.lex.is_registered_place(&t.norm)
        })
    }

    /// Name words from token `j`: the first bare (or a particle such as عبد), the rest bare
    /// name words or particles (a bare word follows a definite one only after a particle:
    /// عبد الله بن عبد العزيز آل سعود, but not عيتا الشعب فجر); a definite word only as a person's surname right after the
    /// first name or a particle (بشار الأسد، عبد الفتاح السيسي، أبو بكر البغدادي), as الله (حسن
    /// نصر الله), or as the second word of a place (عيتا الشعب). `None` when the name runs
    /// straight into a registered mention (it is then a longer form of that entity, or a
    /// title of it), or has no name word.
    pub(super) fn name_reaching(&self, j: usize, kind: EntityKind) -> Option<Range<usize>> {
        self.name_reaching_from(j, kind, false)
    }

    /// [`Scan::name_reaching`], the first word perhaps ل or ب and a common given name when
    /// `after_preposition` (لأشرف الجابري): only a chain of people reads one so, since a
    /// title's name after such a word is an ordinary phrase (برقية التهنئة، بجودة الخدمات).
    pub(super) fn name_reaching_from(
        &self,
        j: usize,
        kind: EntityKind,
        after_preposition: bool,
    ) -> Option<Range<usize>> {
        let first = self.token(j).filter(|t| t.mention.is_none())?;
        let person = kind == EntityKind::Person;
        // A person's name may open a clause or a list (بينهم: ليلى علوي); the callers for
        // people check what stands before it. Any other name follows its kind word.
        if first.sep == Sep::Break && !first.comma() && !person {
            return None;
        }
        let title_as_given_name = person && self.title_as_given_name(j);
        // A title or honorific, with or without a clitic, never opens a name («ومعالي
        // الدكتورة …», «وزير الإسكان» read as و + زير).
        let title = super::lexicon::readings(&first.norm)
            .iter()
            .any(|(_, rest)| super::lexicon::is_role_word(rest));
        // عضوي، نقيبي: a dual or plural title is no name's first word either; nor a verb with
        // its object (يرافقه وفد).
        if (title && !title_as_given_name)
            || (person && SENIORS.contains(&first.norm.as_str()))
            || (person
                && super::word_shapes::looks_present_verb_with_pronoun(
                    &first.norm,
                    first.ta_marbuta(),
                ))
            || super::people_lists::is_plural_role(&first.norm)
            || (person && opens_a_tribe(&first.norm))
        {
            return None;
        }
        let given_name = person && self.given_name_before_name(j);
        // الحسن بن طلال، الناني ولد اشروقة: a given name with the article before a particle.
        // الهادي عبدالسيد إبراهيم: a given name with the article before a bare name word.
        let definite_given = person
            && first.article()
            && !looks_adjectival(&first.norm)
            && self.joined(j + 1)
            && ((self.is_particle_at(j + 1)
                && self
                    .token(j + 1)
                    .is_some_and(|t| LINEAGE.contains(&t.norm.as_str())))
                || self.definite_given_at(j, &first.norm));
        if !(self.name_word(j)
            || is_particle(&first.norm)
            || given_name
            || (person && self.listed_given_name_at(j))
            || (person && after_preposition && self.given_name_after_preposition_at(j))
            || definite_given
            || title_as_given_name)
        {
            return None;
        }
        if !person && looks_adjectival(&first.norm) {
            return None;
        }
        // سلطان عمان هيثم بن طارق، أمير قطر: a given name that is also a sovereign's title,
        // before a known place, is the title of that place's ruler, not a name's first word.
        if person
            && RULERS_TITLES_AS_NAMES.contains(&first.norm.as_str())
            && self
                .token(j + 1)
                .is_some_and(|n| n.sep == Sep::Space && self.lex.is_registered_place(&n.norm))
        {
            return None;
        }
        let max = if person { MAX_WORDS } else { MAX_OTHER_WORDS };
        let mut end = j + 1;
        let mut words = usize::from(!is_particle(&first.norm));
        while words < max {
            let Some(t) = self
                .token(end)
                .filter(|t| t.sep == Sep::Space || (person && t.after_initial()))
            else {
                break;
            };
            // آل ثاني، آل سعود: the family after آل (normalised ال) is a name's last word
            // (محمد بن عبد الرحمن آل ثاني قرار الرئيس …).
            if person && end >= j + 2 && self.tokens()[end - 2].norm == "ال" {
                break;
            }
            // A definite place or body after a full name is the next phrase, not part of the
            // name (أبلغ الرئيس دونالد ترامب الكونغرس).
            if person && words >= 2 && t.article() && t.mention.is_some_and(|k| k != kind) {
                break;
            }
            // وهز المهاجم سالم علي | شباك الضيوف: a word of a team (its net, its coach, its
            // players) after a full name is what the sentence goes on with.
            if person && words >= 2 && crate::text::cue_words::is_team_word(&t.norm) {
                break;
            }
            // اللواء أحمد جبران | الافتتاح: a definite verbal noun of a derived form is what
            // the sentence goes on with, never a family name.
            if person
                && words >= 2
                && t.norm
                    .strip_prefix("ال")
                    .is_some_and(is_verbal_noun_of_a_derived_form)
            {
                break;
            }
            // A place after «بـ» ends a place's or a body's name: «at» that place is the next
            // phrase (ملعب علي عمار بالدويرة), not a longer form of it.
            if !person && t.mention == Some(EntityKind::Place) && t.norm.starts_with("بال") {
                break;
            }
            // الوزير محمد الوادي: a doubted place right after a common given name is the
            // family name many take from a town.
            if self.family_name_from_a_place(j, end, words, kind) {
                end += 1;
                break;
            }
            if t.mention.is_some() {
                return None;
            }
            // A middle initial (جوزيف ر. بايدن) stands like a particle between name words.
            let initial = person
                && t.norm.chars().count() == 1
                && self
                    .token(end + 1)
                    .is_some_and(|n| n.after_initial() && self.name_word(end + 1));
            if is_particle(&t.norm) || initial {
                end += 1;
                continue;
            }
            // After two name words a word in و is far more often «and …» than a name
            // (علي خريس وحسين جشي، حسين جشي وممثلين).
            let and_word = t
                .norm
                .strip_prefix('و')
                .is_some_and(|r| r.chars().count() >= 3);
            if person && words >= 2 && (self.accusative_at(end) || and_word) {
                break;
            }
            // جوزيه غوميز | استياءه: a noun in اء with his pronoun (written ه, not the ة of
            // براءة) is what he showed, after a full name.
            if person && words >= 2 && !t.ta_marbuta() && t.norm.ends_with("اءه") {
                break;
            }
            // أما المدرب عادل رمزي | فاعتبر أن …: ف and a verb answer أما after a full name.
            if person && words >= 2 && fa_and_a_verb(&t.norm) {
                break;
            }
            // الأب ليان نصرالله | غذاء تكريمي: a bare noun with an adjective of a verbal noun
            // تفعيل after it (تكريمي، تدريبية) is what the sentence goes on with.
            if person && words >= 2 && self.verbal_noun_adjective_at(end + 1) {
                break;
            }
            // لولاية اينشيري | ولتدراس: و with a second clitic (ولـ، وبـ، وفـ) is «and to …»,
            // never the next word of a place's or a body's name.
            if !person && and_then_clitic(&t.norm) {
                break;
            }
            // بولاية توقرت | أشرف وزير الاتصال: a given name that is also a past verb, right
            // before a person's title, is the verb (أشرف «supervised») whose subject the title
            // opens, never a place's or a body's next word (منزل تميم، دالي ابراهيم keep theirs).
            if !person
                && GIVEN_NAMES_ALSO_VERBS.contains(&t.norm.as_str())
                && trigger_at(self.tokens(), end + 1)
                    .is_some_and(|tr| tr.kind == EntityKind::Person)
            {
                break;
            }
            // الشيخ زايد وبرج العرب: a kind of place or a title after و opens the next item of
            // a list, even after one name word.
            let and_kind = t.norm.strip_prefix('و').is_some_and(|r| {
                super::local::is_toponym_head(r) || super::lexicon::is_role_word(r)
            });
            // محمد وكرار جمعة: و and a common given name opens the next person of a list, even
            // after one name word (a name that opens with و, وليد، وائل, is a given name itself).
            let and_given = self.and_given_name_at(end);
            if person && (and_kind || and_given) {
                break;
            }
            let after_particle = self.is_particle_at(end - 1);
            // A definite word ends a name, unless it completes a compound first name (عبد
            // اللطيف جمال رشيد، صلاح الدين بصير).
            let compound = end >= j + 2 && self.is_particle_at(end - 2)
                || self
                    .token(end - 1)
                    .is_some_and(|p| is_compound_end(&p.norm));
            // الهادي عبدالسيد: a given name with the article goes on with the next name word.
            let after_definite = self.token(end - 1).is_some_and(|p| p.article())
                && !compound
                && !(end - 1 == j && definite_given);
            // محمد أمين بنهاشم، عبدربه منصور هادي: a common given name after another is the
            // next name of the chain, even one that is also a title or an ordinary word (أمين،
            // منصور، هادي).
            let second_given = person
                && !t.article()
                && self
                    .token(end - 1)
                    .is_some_and(|p| super::name_lists::is_given_name(&p.norm))
                && super::name_lists::is_given_name(&t.norm)
                // على the preposition normalises to the name علي: only the name's spelling.
                && (t.homograph_name() || !is_function_or_verb(&t.norm));
            // مصطفى صنع الله: a theophoric name's first word before الله.
            let theophoric = person
                && THEOPHORIC_FIRST.contains(&t.norm.as_str())
                && self
                    .token(end + 1)
                    .is_some_and(|n| n.sep == Sep::Space && n.norm == "الله");
            let fits = theophoric
                || if after_particle {
                    self.after_particle_word(end)
                } else {
                    second_given
                        || (!after_definite && self.name_word(end) && !self.prepositional_at(end))
                        || (person && self.family_name_after_lineage(j, end))
                        || (person && words == 1 && self.family_name_after_given(j, end))
                };
            // A compound first name takes a definite surname as a single first name does
            // (نور الدين النيبت).
            let after_compound_first = words == 2
                && self
                    .token(end - 1)
                    .is_some_and(|p| is_compound_end(&p.norm));
            let continues = self.definite_continuation(
                end,
                kind,
                words,
                after_particle || after_compound_first,
            );
            if !(fits || continues) {
                break;
            }
            end += 1;
            words += 1;
        }
        if person && end > j + 1 && self.construct_head_at(end - 1) {
            end -= 1;
        }
        while end > j && self.is_particle_at(end - 1) {
            end -= 1;
        }
        (end > j).then_some(j..end)
    }

    /// Token `i`, a bare word in ة that no common given name is, heads a construct with the
    /// definite word after it, which the name did not take (سدد ميتروفيتش ركلة الجزاء، ضربة
    /// الجزاء): an indefinite common noun, never a name's last word. A family name the name
    /// took is past it (علي حمادة الحسيني), and a family name of relation after a father's
    /// name in ة is no construct's complement (سامي بركة الخالدي).
    fn construct_head_at(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            t.ta_marbuta() && !t.article() && !super::name_lists::is_given_name(&t.norm)
        }) && self
            .token(i + 1)
            .is_some_and(|n| n.sep == Sep::Space && n.article() && !n.norm.ends_with('ي'))
    }

    /// Whether token `i` is an indefinite accusative, which ends a person's name (عمر مروان
    /// وزيرا، مصطفى مدبولي اجتماعا موسعا): written with tanween, a stem the site also writes
    /// without the ا or a role word (وزير), or one of two words in ا that agree (noun and adjective). Two such
    /// words of four letters or more are far rarer in a name than in a phrase after it.
    pub(super) fn accusative_at(&self, i: usize) -> bool {
        let Some(t) = self.token(i) else {
            return false;
        };
        let in_alif = |w: &str| w.ends_with('ا') && w.chars().count() >= 4;
        t.tanween()
            || self.lex.is_accusative_form(&t.norm)
            || t.norm.strip_suffix('ا').is_some_and(is_role_word)
            || (in_alif(&t.norm)
                && self
                    .token(i + 1)
                    .is_some_and(|n| n.sep == Sep::Space && in_alif(&n.norm)))
    }
}

#[cfg(test)]
#[path = "boundaries_tests.rs"]
mod tests;

/// Given names that are also common past verbs (normalised): أشرف «supervised», أكرم
/// «honoured».
const GIVEN_NAMES_ALSO_VERBS: &[&str] = &["اشرف", "اكرم"];

/// A normalised word that opens with و and a second clitic before a present verb or the
/// article (ولتدراس، وليتمكن، وبالتالي، وللمرة): «and to …», «and with the …». Three letters
/// after them at least, so that names in ول، وب stay (بني ولبان، رويال ولتون، وليد).
fn and_then_clitic(word: &str) -> bool {
    word.strip_prefix('و').is_some_and(|rest| {
        ["بال", "فال", "لل", "لت", "لي", "لن"].iter().any(|prefix| {
            rest.strip_prefix(prefix)
                .is_some_and(|after| after.chars().count() >= 3)
        })
    })
}
