//! The name after a title, once [`Scan::skip_complements`] (`title_complement.rs`) has read past
//! the office's complements: the person found where the phrase stops, or after a long complement
//! set off by a comma. [`Scan::after_triggers`] calls it at every title.

use super::discover::{Found, MAX_SKIPPED, Scan};
use super::lexicon::{clitic_readings, is_function_or_verb, readings};
use super::people::person;
use super::tokens::Sep;
use super::triggers::trigger_at;
use super::word_shapes::is_prepositional_plain_verbal_noun;
use crate::load::EntityKind;
use crate::text::named_after::REGNAL_ORDINALS;

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

/// Titles of monarchs and popes, normalised, whose names carry a regnal number.
const MONARCHS: &[&str] = &[
    "الملك",
    "الملكه",
    "البابا",
    "السلطان",
    "الامبراطور",
    "الامبراطوره",
];

/// Most words of a personal name in parentheses after a title (see
/// [`Scan::parenthesised_name_at`]): a given name, father's, grandfather's and family names.
const MAX_PARENTHESISED_NAME_WORDS: usize = 6;

impl Scan<'_> {
    /// A personal name in parentheses opening at token `k`, as Iraqi outlets write it after a
    /// title (السيد (علاء الدين عبد الصاحب الموسوي)، المقرئ (هاني الموسوي)): two to six words,
    /// the first a listed given name, none a mention, a function word or a verb. A body's
    /// short name in the same place (الاتحاد الدولي (فيفا)) opens with no given name.
    pub(super) fn parenthesised_name_at(&self, k: usize) -> Option<std::ops::Range<usize>> {
        let r = self.words.parenthesised.iter().find(|r| r.start == k)?;
        let named = (2..=MAX_PARENTHESISED_NAME_WORDS).contains(&r.len())
            && super::given_names::is_given_name(&self.tokens()[k].norm)
            && r.clone().all(|i| {
                self.token(i).is_some_and(|t| {
                    (i == k || t.sep == Sep::Space)
                        && t.mention.is_none()
                        && t.norm.chars().all(char::is_alphabetic)
                        && !is_function_or_verb(&t.norm)
                })
            });
        named.then(|| r.clone())
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

    /// Token `i` opens with a و that belongs to the name, not a conjunction before it: the word
    /// is a common given name and what follows its و is not (وائل، وليد، وجدي، وفاء), or what
    /// follows is a bare alef that opens no given name, no registered one and no word the site
    /// writes alone (واصف, not و + اصف), and the و before a hamza (وإقبال) never. A name in و (ومدير الشؤون واصف حنيني، ومستشار …)
    /// stays whole.
    fn waw_of_the_name(&self, i: usize) -> bool {
        if self.tokens()[i].and_hamza() {
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

    /// Token `i` after a title's demonym (الرئيس الكيني ويليام روتو) is a foreign given name
    /// in و, not «and»: what follows the و opens with ي (no foreign name in وا is told from
    /// «and» and a name: الرئيس الأوكراني وإيمانويل ماكرون), is no word, name or verb the site
    /// or the lists know, and one name word follows it to the end of the name. The demonym
    /// completes the title, so no second noun of its phrase comes next.
    fn foreign_name_in_waw_after_a_demonym(&self, i: usize) -> bool {
        let Some(rest) = self.tokens()[i].norm.strip_prefix('و') else {
            return false;
        };
        let after_demonym = i > 0
            && self.tokens()[i - 1].article()
            && self.lex.is_place_demonym(&self.tokens()[i - 1].norm);
        after_demonym
            && !self.tokens()[i].and_hamza()
            && rest.starts_with('ي')
            && rest.chars().count() >= 4
            && !super::name_lists::is_given_name(rest)
            && !self.lex.is_registered(rest)
            && !self.lex.seen(rest)
            && !super::lexicon::is_function_or_verb(rest)
            && self.joined(i + 1)
            && self.name_word(i + 1)
            && self
                .token(i + 2)
                .is_none_or(|n| n.sep != Sep::Space || super::lexicon::is_function_or_verb(&n.norm))
    }

    /// Token `start` right after a sound plural title that is a subject, not another title's
    /// complement, ends in the plural's وا (اللاعبون أظهروا شخصية كبيرة، إن المهندسين قدموا):
    /// the verb the title's people do, which no name's first word is. Not after a broken
    /// plural nor a complement (رئيس الوزراء فرانسوا بايرو: فرانسوا is a name in وا).
    fn verb_of_a_plural_title(&self, start: usize) -> bool {
        let Some(title_at) = start.checked_sub(1) else {
            return false;
        };
        let norm = self.tokens()[title_at].norm.as_str();
        let plural = norm.strip_prefix(['و', 'ف']).unwrap_or(norm);
        let sound_plural = super::discover::is_plural_title(plural)
            && !super::discover::is_broken_plural_title(plural);
        let a_complement = title_at
            .checked_sub(1)
            .is_some_and(|k| trigger_at(self.tokens(), k).is_some());
        sound_plural
            && !a_complement
            && self.token(start).is_some_and(|t| {
                t.sep == Sep::Space && t.norm.ends_with("وا") && t.norm.chars().count() >= 4
            })
    }

    /// A personal name after a title: 1–4 name words, the first bare.
    pub(super) fn person_after(&self, j: usize, open: bool) -> Option<Found> {
        let (start, open) = self.skip_complements(j, open)?;
        if self.token(start).is_some_and(|t| {
            opens_a_clause(&t.norm)
                    || is_prepositional_verbal_noun(&t.norm)
                    // تفقد الوزير بلديات النسيم والمعراض، زار معالي الوزير قلعة نخل: the towns
                    // or the castle he visited.
                    || super::local::reads_as(&t.norm, super::local::PLACE_PLURALS)
                    || super::venues::is_facility_head(&t.norm)
                    || super::triggers::is_place_kind(&t.norm)
        }) || self.preposition_before_plain_noun(start)
            || self.clitic_before_a_role(start)
            || self.clitic_and_pronoun(start)
            || self.verb_of_a_plural_title(start)
        {
            return None;
        }
        if open && let Some(found) = self.name_after_long_complement(start) {
            return Some(found);
        }
        if let Some(r) = self.parenthesised_name_at(start) {
            return Some(person(r));
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
        let range = if self.place_as_given_name(start) || self.sayyid_compound_at(start) {
            start..self.name_from(start + 1, EntityKind::Person)?.end
        } else {
            // الرئيس التنفيذي أمين الناصر: a given name that is also a word (أمين «secretary»,
            // «trustworthy») opens a name the lists read whole.
            self.given_and_ordinary_name_at(start)
                .or_else(|| self.titled_given_and_family_name_at(start))
                .or_else(|| self.name_from(start, EntityKind::Person))
                .or_else(|| self.given_and_family_name_at(start))
                .or_else(|| self.ordinary_given_name_at(start))?
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
            .is_some_and(|t| (t.comma() || t.after_hyphen()) && self.compound_words(&range) < 2)
        {
            return None;
        }
        // المستدام والمسؤول، وتثمين الثروات: after a comma a word in و opens the next clause
        // or noun, unless the و is the name's own (وليد).
        if self
            .token(start)
            .is_some_and(|t| t.comma() && t.norm.starts_with('و'))
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
        if start > j
            && !office_follows
            && self.and_before_no_given_name(start)
            && !self.foreign_name_in_waw_after_a_demonym(start)
        {
            return None;
        }
        // فرق ميدانية مدربة ومشرفين فنيين: right after the title too, when what follows the و
        // is a plural or a word the site writes alone; a foreign name in و stays a name
        // (الرئيس ويليام روتو، المهندس واصف حنيني).
        if start == j
            && self.and_before_no_given_name(start)
            && !self.waw_of_the_name(start)
            && self.token(start).is_some_and(|t| {
                t.norm.strip_prefix('و').is_some_and(|rest| {
                    ["ين", "ون", "ات"].iter().any(|p| rest.ends_with(p)) || self.lex.seen(rest)
                })
            })
        {
            return None;
        }
        // الفريق أول مهندس ركن “عبد الرحيم محمد حسين”: an opening quote closes the title; its
        // first word is the name's, however much the title still wanted.
        let open = open && self.token(start).is_none_or(|t| t.sep != Sep::Quote);
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
            if t.comma() {
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

#[cfg(test)]
#[path = "titled_ranks_tests.rs"]
mod ranks_tests;
