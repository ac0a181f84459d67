//! The name after a title: its complements skipped (الرئيس الروسي، المتحدث باسم الكرملين،
//! الأمين العام للأمم المتحدة), then the person found where the phrase stops, or after a long
//! complement set off by a comma. [`Scan::after_triggers`] calls it at every title.

use super::discover::{Found, MAX_SKIPPED, Scan};
use super::lexicon::{clitic_readings, is_definite, is_function_or_verb, readings};
use super::people::person;
use super::tokens::Sep;
use super::triggers::{is_adverb, is_skippable, trigger_at};
use super::word_shapes::is_prepositional_plain_verbal_noun;
use crate::load::EntityKind;
use crate::text::named_after::REGNAL_ORDINALS;

/// «in the ranks of» (بصفوف، لصفوف), normalised: a player's club follows it, then his
/// name (المحترف الجزائري بصفوف الاتحاد حسام عوار); it is never a name's first word.
fn in_the_ranks_of(word: &str) -> bool {
    readings(word)
        .iter()
        .any(|(clitic, w)| *clitic <= 1 && w.as_ref() == "صفوف")
}

/// Military and police ranks, normalised, after which a qualifier of the rank may follow
/// before the name (الفريق أول ركن، اللواء شرطة، العميد طيار).
const RANKS: &[&str] = &[
    "الفريق",
    "اللواء",
    "لواء",
    "العميد",
    "عميد",
    "العقيد",
    "عقيد",
    "المقدم",
    "الرائد",
    "النقيب",
    "المشير",
];

/// Qualifiers of a rank, normalised: the arm or grade (أول، ركن «staff»، شرطة، طيار، بحري),
/// part of the title, never of the name (الفريق أول ركن شمس الدين الكباشي).
const RANK_QUALIFIERS: &[&str] = &["اول", "ركن", "شرطه", "طيار", "بحري"];

/// Token `j` of `tokens` qualifies the rank right before it (or the qualifier before it):
/// the title is complete after it and the name follows.
fn qualifies_a_rank(tokens: &[super::tokens::Token], j: usize) -> bool {
    let qualifier = tokens
        .get(j)
        .is_some_and(|t| t.sep == Sep::Space && RANK_QUALIFIERS.contains(&t.norm.as_str()));
    qualifier
        && j > 0
        && (RANK_QUALIFIERS.contains(&tokens[j - 1].norm.as_str())
            || readings(&tokens[j - 1].norm)
                .iter()
                .any(|(clitic, w)| *clitic <= 1 && RANKS.contains(&w.as_ref())))
}

/// و and a verb in the present: of the forms تفعّل/تفاعل (ويتعاون، وتتواصل، ويتحدث), or of
/// three letters (ثم عاد اللاعب ويهز الشباك، ويعود): the start of a clause, not a name. Names
/// in وي are rare and short (ويل سميث، ويتني), or long (ويليام).
fn opens_a_clause(word: &str) -> bool {
    word.strip_prefix('و').is_some_and(|rest| {
        let letters = rest.chars().count();
        ((rest.starts_with("يت") || rest.starts_with("تت")) && letters >= 4)
            || (rest.starts_with(['ي', 'ت']) && (3..=4).contains(&letters) && !rest.ends_with('ا'))
    })
}

/// A preposition (after و or ف) and a verbal noun of the derived forms with a prefixed alef —
/// إفعال، إفالة، افتعال، استفعال (بإزاحة الستار، لإعادة، بافتتاح، باستقبال): what a person
/// did, never the start of a name after a title (تفضلت السيدة الجليلة بإزاحة الستار).
fn is_prepositional_verbal_noun(word: &str) -> bool {
    let word = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    let Some(rest) = word.strip_prefix(['ب', 'ل', 'ك']) else {
        return false;
    };
    let letters: Vec<char> = rest.chars().collect();
    let n = letters.len();
    letters.first() == Some(&'ا')
        && ((5..=7).contains(&n) && letters[n - 2] == 'ا'
            || n == 5 && letters[2] == 'ا' && letters[4] == 'ه')
}

/// A definite verbal noun of the second form, التفعيل (التخطيط، التنظيم، التطوير): a thing done,
/// never a family name (التميمي، التونسي end otherwise).
pub(super) fn is_definite_second_form_noun(word: &str) -> bool {
    let Some(rest) = word.strip_prefix("الت") else {
        return false;
    };
    let letters: Vec<char> = rest.chars().collect();
    letters.len() == 4 && letters[2] == 'ي' && !letters.contains(&'ا')
}

/// A place noun with the article that points back to the place the story is about (رئيسة
/// دائرة البلديات في المحافظة هبة زعيتر): where the office is, as a named place would be.
pub(super) fn is_place_back_reference(word: &str) -> bool {
    [
        "المحافظه",
        "المدينه",
        "المنطقه",
        "البلده",
        "الولايه",
        "البلديه",
        "القريه",
    ]
    .contains(&word)
}

/// Titles of monarchs and popes, normalised, whose names carry a regnal number.
const MONARCHS: &[&str] = &[
    "الملك",
    "الملكه",
    "البابا",
    "السلطان",
    "الامبراطور",
    "الامبراطوره",
];

/// A quarter of the compass, with or without the article (الجنوب، شمال), normalised: before
/// an adjective in ي it makes a demonym of two words (الجنوب أفريقي، الوسط أفريقي).
fn is_compass_point(word: &str) -> bool {
    let bare = word.strip_prefix("ال").unwrap_or(word);
    super::org_phrase::COMPASS_QUARTERS.contains(&bare)
}

/// A quarter of the compass with the article (الشمال، الجنوب): after في, the region of the
/// country where an office is (نقيب العمال في الشمال), as a named place would be.
fn is_definite_quarter(word: &str) -> bool {
    word.strip_prefix("ال")
        .is_some_and(|w| super::org_phrase::COMPASS_QUARTERS.contains(&w))
}

/// A preposition of place between a title and a registered place (لدى، في); إلى of an
/// envoy's post (مبعوث الأمم المتحدة إلى ليبيا غسان سلامة) is one too.
fn is_locative(word: &str) -> bool {
    ["لدي", "في", "الي"].contains(&word)
}

impl Scan<'_> {
    /// Skips demonyms, role complements, further titles and registered places and bodies after
    /// a title (الرئيس الروسي، المتحدث باسم الكرملين، المرشد الأعلى آية الله، الأمين العام
    /// للأمم المتحدة، رئيسة بنك التنمية). Returns the first token after them and whether a
    /// complement is still wanted there (`open`, see [`Found::open`]); `None` when the phrase
    /// breaks off first or the title belongs to a registered person (الرئيس فلاديمير بوتين).
    pub(super) fn skip_complements(&self, mut j: usize, mut open: bool) -> Option<(usize, bool)> {
        for _ in 0..MAX_SKIPPED {
            let t = self.token(j)?;
            if (t.comma || t.after_hyphen) && !open && t.mention.is_none() {
                // وزير الصحة، صالح الحسناوي: the title is complete, the name follows (or after a
                // dash: مديرة الوكالة – سامانثا باور).
                return Some((j, open));
            }
            // رئيس الاتحاد الدولي لكرة القدم (فيفا) جياني إنفانتينو: the body's short name in
            // parentheses, then the person's.
            if !open
                && let Some(r) = self.words.parenthesised.iter().find(|r| r.start == j)
                && self
                    .token(r.end)
                    .is_some_and(|n| !n.comma && !n.after_hyphen)
            {
                return Some((r.end, false));
            }
            // وزير المالية د. جبريل إبراهيم: after a title abbreviated to a letter and a full
            // stop, the name.
            if t.after_initial && !open && j > 0 && self.token(j - 1).is_some_and(|p| p.norm == "د")
            {
                return Some((j, open));
            }
            // وزير الإسكان أ. ماجد الحقيل، رئيس البلدية م. عمر الزهراني: after a complete title,
            // the abbreviation of أستاذ or مهندس, then the name.
            if !open
                && ["ا", "م"].contains(&t.norm.as_str())
                && self.token(j + 1).is_some_and(|n| n.after_initial)
            {
                return Some((j + 1, open));
            }
            if t.sep == Sep::Break || t.mention == Some(EntityKind::Person) {
                return None;
            }
            if t.sep == Sep::Quote {
                return Some((j, open));
            }
            // الفريق أول ركن شمس الدين الكباشي: the rank's qualifiers complete the title.
            if qualifies_a_rank(self.tokens(), j) {
                (j, open) = (j + 1, false);
                continue;
            }
            // الرائد الذي قلّص الفارق: a relative pronoun opens a clause about the titled
            // one; no name follows the title.
            if t.article && is_function_or_verb(&t.norm) {
                return None;
            }
            let of_definite = clitic_readings(&t.norm)
                .iter()
                .any(|(_, rest)| is_definite(rest));
            if let Some(trigger) = trigger_at(self.tokens(), j) {
                let head = j;
                (j, open) = (j + trigger.len, trigger.open);
                // رئيس جمعية تجار صور ديب بدوي: the body's whole name, then the person's.
                if trigger.kind == EntityKind::Organization
                    && let Some(p) = self.org_phrase(j, false, 1)
                {
                    if self.place_served_after_kind(head, j) {
                        return None;
                    }
                    (j, open) = (p.end, false);
                }
                // والي ولاية معسكر فؤاد عايسي: a place's kind word, one bare word and a common
                // given name: the word is the place the office serves (not yet known on a
                // first reading), and the name opens at the given name.
                if trigger.kind == EntityKind::Place && self.one_word_place_before_a_name(j) {
                    (j, open) = (j + 1, false);
                }
            } else if let Some(end) = self.body_of_membership(j) {
                // النائب عن ائتلاف دولة القانون حسن الياسري، العضو في حركة حماس فلان: the
                // body the titled one sits for or belongs to, then the name.
                (j, open) = (end, false);
            } else if is_locative(&t.norm)
                && self.token(j + 1).is_some_and(|n| {
                    n.sep == Sep::Space
                        && (n.mention == Some(EntityKind::Place)
                            || is_place_back_reference(&n.norm)
                            // نقيب العمال في الشمال شادي السيد: a quarter of the country.
                            || (t.norm == "في" && is_definite_quarter(&n.norm))
                            // سفير إستونيا لدى الأمم المتحدة سفين يورجينسون: the body an
                            // envoy is accredited to.
                            || (t.norm == "لدي" && n.mention == Some(EntityKind::Organization)))
                })
            {
                // سفير الولايات المتحدة لدى مصر جوناثان كوهين، الأمين العام للمجلس في مصر
                // مصطفى وزيري: where the office is, then the name.
                (j, open) = (j + 2, false);
            } else if is_locative(&t.norm)
                && self.token(j + 1).is_some_and(|n| n.sep == Sep::Space)
                && trigger_at(self.tokens(), j + 1).is_some_and(|k| k.kind == EntityKind::Place)
                && self
                    .token(j + 2)
                    .is_some_and(|n| n.sep == Sep::Space && n.mention == Some(EntityKind::Place))
            {
                // مسؤول العمل البلدي في منطقة جبل لبنان سامر …: where the office is, after its
                // kind word; the kind word and the place are skipped next.
                j += 1;
            } else if self.place_as_given_name(j) {
                // رئيسة الوزراء الإيطالية جورجيا ميلوني: the title is complete with its
                // nationality; the place's name is her given name.
                return Some((j, false));
            } else if t.mention.is_none() && self.definite_before_lineage(j) {
                // الشيخة المياسة بنت حمد: a word with the article right before بن or بنت is
                // the given name of the lineage, even after a title that takes a complement.
                return Some((j, false));
            } else if !open && t.mention.is_none() && self.definite_given_at(j, &t.norm) {
                // الأستاذ الهادي عبدالسيد إبراهيم: a given name with the article, not a
                // complement.
                return Some((j, open));
            } else if is_compass_point(&t.norm)
                && self.token(j + 1).is_some_and(|n| {
                    n.sep == Sep::Space
                        && !n.article
                        && n.mention.is_none()
                        && n.norm.ends_with('ي')
                })
            {
                // المهاجم الجنوب أفريقي بيرسي تاو: a demonym of two words, the quarter and the
                // adjective, not a name's first word.
                (j, open) = (j + 2, false);
            } else if t.mention.is_some()
                || t.article
                || of_definite
                || self.lex.is_registered_place(&t.norm)
            {
                (j, open) = (j + 1, false);
            } else if open
                && !is_function_or_verb(&t.norm)
                && self
                    .token(j + 1)
                    .is_some_and(|n| n.sep == Sep::Space && n.mention == Some(EntityKind::Place))
            {
                // ومدير تربية نابلس مصطفى الصيفي، مدير شرطة دمشق: the office's field and its
                // place complete the title.
                (j, open) = (j + 2, false);
                while self
                    .token(j)
                    .is_some_and(|n| n.sep == Sep::Space && n.mention == Some(EntityKind::Place))
                {
                    j += 1;
                }
            } else if is_adverb(&t.norm) || t.norm == "و" {
                // وزير الداخلية و الجماعات المحلية: a detached و joins two complements.
                j += 1;
            } else if !open && self.title_as_given_name(j) {
                // رئيس الديوان الملكي السابق باسم عوض الله: after a complete title, باسم
                // before a family name is the given name, not «in the name of».
                return Some((j, false));
            } else if is_skippable(&t.norm) || in_the_ranks_of(&t.norm) {
                (j, open) = (j + 1, true);
            } else if self.construct_after_lam_at(j) {
                // الأمين العام للفيدرالية الوطنية لعمال البترول والغاز: ل and a noun in
                // construct with a definite one is one more complement, not a name.
                (j, open) = (j + 1, true);
            } else if self.conjoined_complement_at(j) {
                // وزير الصحة والسكان وإصلاح المستشفيات جمال ولد عباس: و and a noun whose own
                // complement follows are one more field of the office.
                (j, open) = (j + 1, true);
            } else {
                return Some((j, open));
            }
        }
        // نائب القائد العام للقوات المسلحة الفريق أول ركن فلان: a long title may use every
        // word skipped before its rank's last qualifier, which is still no part of the name.
        while qualifies_a_rank(self.tokens(), j) {
            (j, open) = (j + 1, false);
        }
        Some((j, open))
    }

    /// Token `j`, right after a kind of place, is one bare word no mention covers, and a
    /// common given name follows it across a space or a comma (ولاية معسكر فؤاد …، ولاية
    /// معسكر، فؤاد …): in a title's
    /// complement, the place's one-word name. Why: read whole, «معسكر فؤاد عايسي» was taken
    /// for a place and the wali of a place the gazetteer leaves ambiguous went unfound.
    pub(super) fn one_word_place_before_a_name(&self, j: usize) -> bool {
        self.token(j).is_some_and(|t| {
            t.sep == Sep::Space
                && t.mention.is_none()
                && !t.article
                && !t.norm.starts_with('و')
                && !is_function_or_verb(&t.norm)
        }) && self
            .token(j + 1)
            .is_some_and(|n| n.mention.is_none() && (n.sep == Sep::Space || n.comma))
            && self.listed_given_name_at(j + 1)
    }

    /// Token `j` is عن or في and a body's name follows (النائب عن ائتلاف دولة القانون، العضو
    /// في حركة حماس): the end of that name, a known body's or one its head governs.
    fn body_of_membership(&self, j: usize) -> Option<usize> {
        if !["عن", "في"].contains(&self.token(j)?.norm.as_str()) {
            return None;
        }
        let next = self.token(j + 1).filter(|n| n.sep == Sep::Space)?;
        if next.mention == Some(EntityKind::Organization) {
            let mut end = j + 2;
            while self
                .token(end)
                .is_some_and(|n| n.sep == Sep::Space && n.mention == Some(EntityKind::Organization))
            {
                end += 1;
            }
            return Some(end);
        }
        let head = trigger_at(self.tokens(), j + 1)
            .filter(|h| h.kind == EntityKind::Organization && !next.article)?;
        let phrase = self.org_phrase(j + 1 + head.len, false, 1)?;
        Some(phrase.end)
    }

    /// Token `i` is ب or ل before a verbal noun of the first form (بفرز الأصوات، لشرح مختصر,
    /// see [`is_prepositional_plain_verbal_noun`]) and no given or family name follows it,
    /// which would make it a name of that shape (الرئيس برهم صالح).
    fn preposition_before_plain_noun(&self, i: usize) -> bool {
        self.token(i)
            .is_some_and(|t| is_prepositional_plain_verbal_noun(&t.norm))
            && !self.token(i + 1).is_some_and(|n| {
                n.sep == Sep::Space
                    && (super::name_lists::is_given_name(&n.norm)
                        || super::given_names::is_common_family_name(&n.norm))
            })
    }

    /// Token `i` opens with ل or ب and ends with a plural pronoun (الحاكم الإداري | لربطهم
    /// بكفالات، بحقهم): a verbal noun with its object, never a name.
    fn clitic_and_pronoun(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            let w = t.norm.as_str();
            (w.starts_with('ل') || w.starts_with('ب'))
                && ["هم", "هن", "هما", "كم"].iter().any(|e| w.ends_with(e))
                && w.chars().count() >= 5
                && !super::name_lists::is_given_name(w)
        })
    }

    /// Token `i` is a clitic and a title or role (المندوب المحلي | لوسيط الجمهورية، بوزير):
    /// whose office the title is, not a name; a given name that reads so (لبيب) is itself.
    fn clitic_before_a_role(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            !super::name_lists::is_given_name(&t.norm)
                && clitic_readings(&t.norm)
                    .iter()
                    .any(|(_, rest)| super::word_lists::is_role_word(rest))
        })
    }

    /// Token `head` is a head named with the place it serves (مجلس، بلدية) and token `j`, right
    /// after it, a bare adjective of relation that gives the body's kind (مجلس قروي، مجلس
    /// بلدي), with a bare word after it: رئيس مجلس قروي عزون عتمة names the village council
    /// of عزون عتمة, and the bare words that follow are the place, not the titled one's name —
    /// where the place ends and a name would start no word tells.
    fn place_served_after_kind(&self, head: usize, j: usize) -> bool {
        let serves = readings(&self.tokens()[head].norm)
            .iter()
            .any(|(_, w)| super::triggers::serves_a_place(w));
        let kind = self.token(j).is_some_and(|t| {
            !t.article && t.mention.is_none() && t.norm.ends_with('ي') && t.sep == Sep::Space
        });
        serves
            && kind
            && self
                .token(j + 1)
                .is_some_and(|n| n.sep == Sep::Space && !n.article && n.mention.is_none())
    }

    /// Token `i` opens with a و that belongs to the name, not a conjunction before it: the word
    /// is a common given name and what follows its و is not (وائل، وليد، وجدي، وفاء), or what
    /// follows is a bare alef that opens no given name, no registered one and no word the site
    /// writes alone (واصف, not و + اصف), and the و before a hamza (وإقبال) never. A name in و (ومدير الشؤون واصف حنيني، ومستشار …)
    /// stays whole.
    fn waw_of_the_name(&self, i: usize) -> bool {
        if self.tokens()[i].and_hamza {
            return false;
        }
        let word = self.tokens()[i].norm.as_str();
        let Some(rest) = word.strip_prefix('و') else {
            return false;
        };
        let known = |w: &str| {
            super::name_lists::is_given_name(w) || self.lex.is_registered(w) || self.lex.seen(w)
        };
        if super::name_lists::is_given_name(word) {
            return !super::name_lists::is_given_name(rest);
        }
        rest.starts_with('ا') && rest.chars().count() >= 3 && !known(rest)
    }

    /// Token `j` opens with ل, is no given name nor a word the site writes as a name, and a
    /// definite word follows it across a space (لعمال البترول): a construct after «for».
    fn construct_after_lam_at(&self, j: usize) -> bool {
        self.tokens()[j].norm.strip_prefix('ل').is_some_and(|rest| {
            rest.chars().count() >= 3
                && !super::name_lists::is_given_name(&self.tokens()[j].norm)
                && !super::name_lists::is_given_name(rest)
        }) && self
            .token(j + 1)
            .is_some_and(|n| n.sep == Sep::Space && n.article && n.mention.is_none())
    }

    /// Token `j` is و and a noun that is no given name, with a definite word after it: one more
    /// field of a title (وإصلاح المستشفيات), not a name (وليد الحسن, whose first word is one).
    pub(super) fn conjoined_complement_at(&self, j: usize) -> bool {
        let Some(rest) = self.tokens()[j].norm.strip_prefix('و') else {
            return false;
        };
        rest.chars().count() >= 3
            && !super::name_lists::is_given_name(rest)
            && !super::name_lists::is_given_name(&self.tokens()[j].norm)
            && self
                .token(j + 1)
                .is_some_and(|n| n.sep == Sep::Space && n.article && n.mention.is_none())
    }

    /// A personal name after a title: 1–4 name words, the first bare.
    pub(super) fn person_after(&self, j: usize, open: bool) -> Option<Found> {
        let (start, open) = self.skip_complements(j, open)?;
        if self
            .token(start)
            .is_some_and(|t| opens_a_clause(&t.norm) || is_prepositional_verbal_noun(&t.norm))
            || self.preposition_before_plain_noun(start)
            || self.clitic_before_a_role(start)
            || self.clitic_and_pronoun(start)
        {
            return None;
        }
        if open && let Some(found) = self.name_after_long_complement(start) {
            return Some(found);
        }
        // الطبيب “مصطفى الصغير”: a name of two words or more in quotes after the title is
        // the name, whatever its words (الصغير is also «the small»); the quotes end it. One
        // that opens with a title of its own ("د. جبر الكسيح") is read past it below.
        if let Some(r) = self
            .quoted_name_at(start)
            .filter(|r| r.len() >= 2 && !self.opens_with_a_person_s_title(r.start))
        {
            return Some(person(r));
        }
        let range = if self.place_as_given_name(start) {
            start..self.name_from(start + 1, EntityKind::Person)?.end
        } else {
            // الرئيس التنفيذي أمين الناصر: a given name that is also a word (أمين «secretary»,
            // «trustworthy») opens a name the lists read whole.
            self.name_from(start, EntityKind::Person)
                .or_else(|| self.given_and_family_name_at(start))?
        };
        let range = self.with_regnal_number(range);
        let words = range.clone().filter(|&i| !self.is_particle_at(i)).count();
        // أطلق عضو الكتلة ورش التخطيط: a verbal noun ends the phrase launched, not a name.
        if range.len() == 2 && is_definite_second_form_noun(&self.tokens()[range.end - 1].norm) {
            return None;
        }
        // After a comma only a full name: a single word there is too often something else,
        // and a compound (نصر الله، سعد الدين) is one name — «المحافظ، اسأل الله لهم» a
        // prayer; and not a new clause opened by و and a verb (نظيره الإيراني، ويتعاون
        // الطرفان).
        if self
            .token(start)
            .is_some_and(|t| (t.comma || t.after_hyphen) && self.compound_words(&range) < 2)
        {
            return None;
        }
        // المستدام والمسؤول، وتثمين الثروات: after a comma a word in و opens the next clause
        // or noun, unless the و is the name's own (وليد).
        if self
            .token(start)
            .is_some_and(|t| t.comma && t.norm.starts_with('و'))
            && !self.waw_of_the_name(start)
            && !self
                .tokens()
                .get(start)
                .and_then(|t| t.norm.strip_prefix('و'))
                .is_some_and(super::name_lists::is_given_name)
        {
            return None;
        }
        // وزير الاقتصاد ونبيل بن عبد الله في منصب …: after a complete title a name in و
        // before an office (or the dash of a decree's list) is the next appointee, and its و
        // the conjunction.
        let office_follows = start > j
            && self.token(start).is_some_and(|t| t.norm.starts_with('و'))
            && (self.office_or_dash_follows(range.end)
                || trigger_at(self.tokens(), range.end)
                    .is_some_and(|t| t.kind == EntityKind::Person));
        // ومدير الشؤون المشتركة واصف حنيني، ومستشار …: unless the و is the name's own letter,
        // and the name the title's.
        let conjoined = office_follows && !self.waw_of_the_name(start);
        // رئيس الحكومة وأعضاءها سيزاولون …: after the complement, a word in و that is no given
        // name joins a second noun to the title's phrase; no name follows.
        if start > j && !office_follows && self.and_before_no_given_name(start) {
            return None;
        }
        Some(Found {
            strong: words >= 2,
            tokens: range,
            kind: Some(EntityKind::Person),
            open,
            alias: None,
            conjoined,
        })
    }

    /// `range` with the regnal number after it when a monarch's title stands right before
    /// it (الملك عبد الله الثاني، البابا بنديكت السادس عشر، السلطان قابوس بن سعيد has none):
    /// the number is part of the name, and what tells two kings of one name apart.
    fn with_regnal_number(&self, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let royal = range.start > 0
            && readings(&self.tokens()[range.start - 1].norm)
                .iter()
                .any(|(clitic, w)| *clitic <= 2 && MONARCHS.contains(&w.as_ref()));
        let regnal = |k: usize, teen: bool| {
            self.token(k).is_some_and(|t| {
                t.sep == Sep::Space
                    && (REGNAL_ORDINALS.contains(&t.norm.as_str()) || (teen && t.norm == "عشر"))
            })
        };
        if !royal || !regnal(range.end, false) {
            return range;
        }
        // السادس عشر: the teens add عشر after the ordinal.
        let end = range.end + 1 + usize::from(regnal(range.end + 1, true));
        range.start..end
    }

    /// Names in `range`, a compound written in two words (نصر الله، عبد الله، سعد الدين)
    /// counted once.
    fn compound_words(&self, range: &std::ops::Range<usize>) -> usize {
        range
            .clone()
            .filter(|&i| {
                let compound_end = i > range.start
                    && super::boundaries::is_compound_end(&self.tokens()[i].norm)
                    && !self.is_particle_at(i - 1);
                !self.is_particle_at(i) && !compound_end
            })
            .count()
    }

    /// A full name set off by a comma after a title's complement the lists do not know (مدير
    /// عام مديرية خور مكسر، عواس الزهري، اطّلع …; رئيس تنفيذية انتقالي العاصمة عدن، مؤمن
    /// السقاف): the complement runs from `start` to the comma with no verb or function word in
    /// it, and the name of two words or more ends the clause.
    pub(super) fn name_after_long_complement(&self, start: usize) -> Option<Found> {
        for k in start + 1..start + MAX_SKIPPED {
            let t = self.token(k)?;
            if t.comma {
                let range = self.name_from(k, EntityKind::Person)?;
                let words = range.clone().filter(|&i| !self.is_particle_at(i)).count();
                let ends = self.token(range.end).is_none_or(|n| n.sep == Sep::Break);
                return (words >= 2 && ends && !opens_a_clause(&t.norm))
                    .then(|| super::people::person(range));
            }
            if t.sep != Sep::Space
                || t.mention == Some(EntityKind::Person)
                || is_function_or_verb(&t.norm)
            {
                return None;
            }
        }
        None
    }
}

#[cfg(test)]
#[path = "titled_tests.rs"]
mod tests;
