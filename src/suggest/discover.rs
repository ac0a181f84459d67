//! Finding candidate names in one run's words: after a title or kind word, inside short
//! quotes, and as runs of name-like words (counted later for recurrence).
//!
//! Every rule returns token ranges; nothing here decides what is suggested. The caller merges
//! spellings, counts every occurrence and applies the thresholds.

use std::ops::Range;

use super::lexicon::{
    Lexicon, clitic_readings, is_definite, is_function_or_verb, is_letter, is_listed, is_particle,
    is_role_word, looks_adjectival, looks_prepositional, looks_verbal,
};
use super::local::is_toponym_head;
use super::tokens::{Sep, Token, Words};
use super::triggers::{definite_head_at, is_adverb, is_skippable, trigger_at};
use crate::load::EntityKind;

/// Most words in a person's name, particles (بن، عبد) not counted.
pub(super) const MAX_WORDS: usize = 4;
/// Most words in an organisation's or place's own name (نيويورك تايمز، وول ستريت جورنال).
pub(super) const MAX_OTHER_WORDS: usize = 3;
/// Most words skipped between a title and the name (demonyms, role complements).
const MAX_SKIPPED: usize = 7;

/// A candidate occurrence in one run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Found {
    pub tokens: Range<usize>,
    pub kind: Option<EntityKind>,
    /// Evidence strong enough for a name seen once (a multi-word name after a title).
    pub strong: bool,
    /// The title before a person's name still wanted a complement when the name began, so
    /// the name's first word(s) may be that complement (رئيس وزراء بريطانيا كير ستارمر).
    pub open: bool,
    /// Tokens of a short name or acronym in parentheses right after it (حماس، PIF).
    pub alias: Option<Range<usize>>,
    /// A person named after another one and و, under the same title (النواب علي خريس
    /// وحسين جشي): the first token carries the و.
    pub conjoined: bool,
}

/// The second part of a compound first name or surname, which follows any name word (حسن
/// نصر الله، علوان شرف الدين، صلاح الدين).
pub(super) fn is_compound_end(word: &str) -> bool {
    ["الله", "الدين", "الاسلام"].contains(&word)
}

/// A preposition of place between a title and a registered place (لدى، في).
/// و and a verb of the forms تفعّل/تفاعل in the present (ويتعاون، وتتواصل، ويتحدث): the
/// start of a clause, not a name; names in ويت are rare and short (ويتني).
fn opens_a_clause(word: &str) -> bool {
    word.strip_prefix('و').is_some_and(|rest| {
        (rest.starts_with("يت") || rest.starts_with("تت")) && rest.chars().count() >= 5
    })
}

/// A place noun with the article that points back to the place the story is about (رئيسة
/// دائرة البلديات في المحافظة هبة زعيتر): where the office is, as a named place would be.
fn is_place_back_reference(word: &str) -> bool {
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

fn is_locative(word: &str) -> bool {
    ["لدي", "في"].contains(&word)
}

/// The words of a run, with the site's lexicon.
pub(super) struct Scan<'a> {
    pub words: &'a Words,
    pub lex: &'a Lexicon,
}

impl Scan<'_> {
    pub(super) fn tokens(&self) -> &[Token] {
        &self.words.tokens
    }

    pub(super) fn token(&self, i: usize) -> Option<&Token> {
        self.tokens().get(i)
    }

    /// Token `i` may be (part of) a name on its own merits: not an ordinary word, not
    /// definite (أليكسندر is not: its alef has a hamza), or a name spelled like a function
    /// word (علي).
    pub(super) fn name_word(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            t.homograph_name || (!t.article && self.lex.is_bare_name_word(&t.norm))
        })
    }

    /// Token `i` may follow a name particle: any bare word but a function word or verb
    /// (آل ثاني، بن علي).
    fn after_particle_word(&self, i: usize) -> bool {
        self.name_word(i)
            || self.token(i).is_some_and(|t| {
                let w = t.norm.as_str();
                w.chars().count() >= 2
                    && w.chars().all(is_letter)
                    && !t.article
                    && !is_function_or_verb(w)
                    && !self.lex.has_known_clitic(w)
            })
    }

    /// Token `i` exists, is not a mention, and follows the previous word across a space.
    pub(super) fn joined(&self, i: usize) -> bool {
        self.token(i)
            .is_some_and(|t| t.sep == Sep::Space && t.mention.is_none())
    }

    /// Every name introduced by a trigger word in this run.
    pub(super) fn after_triggers(&self) -> Vec<Found> {
        let mut out = Vec::new();
        for i in 0..self.tokens().len() {
            if definite_head_at(self.tokens(), i) {
                out.extend(self.definite_organization_at(i));
                continue;
            }
            let Some(t) = trigger_at(self.tokens(), i) else {
                continue;
            };
            match t.kind {
                EntityKind::Organization => out.extend(self.organization_after(i, i + t.len)),
                EntityKind::Place => out.extend(self.place_after(i + t.len)),
                _ => {
                    let Some(first) = self.person_after(i + t.len, t.open) else {
                        continue;
                    };
                    let mut end = first.tokens.end;
                    let strong = first.strong;
                    out.push(first);
                    while strong && let Some(next) = self.conjoined_person(end) {
                        end = next.tokens.end;
                        out.push(next);
                    }
                }
            }
        }
        out.extend(self.people_without_titles());
        out.extend(self.local_names());
        out
    }

    /// A second full name joined by و right after a person's full name, under the same title
    /// (بحضور النواب علي خريس وحسين جشي، اللاعبان محمد صلاح ومحمد النني): the word after و is
    /// a name word, and a name word follows it. A role word, verb or ordinary word ends the
    /// list (مصطفى مدبولي ووزيرة التضامن، مدبولي وأعضاء الحكومة).
    fn conjoined_person(&self, i: usize) -> Option<Found> {
        let t = self
            .token(i)
            .filter(|t| t.sep == Sep::Space && t.mention.is_none())?;
        let rest = t.norm.strip_prefix('و')?;
        // A listed word as written is itself, not و + a name: وزير is a minister (السبتي
        // وزير الصحة), not «and Zir».
        let name_like = !is_listed(&t.norm)
            && rest.chars().count() >= 2
            && !is_definite(rest)
            && !is_role_word(rest)
            && !is_function_or_verb(rest)
            && self.lex.is_bare_name_word(rest);
        let next = self.token(i + 1).filter(|n| n.sep == Sep::Space)?;
        // وعبدالعزيز المسعود: a first name and a family name with the article.
        let family = next.article
            && next.mention.is_none()
            && self.lex.is_family_name_word(&next.norm)
            && self.token(i + 2).is_none_or(|n| n.sep != Sep::Space);
        if name_like && family {
            return Some(Found {
                tokens: i..i + 2,
                kind: Some(EntityKind::Person),
                strong: true,
                open: false,
                alias: None,
                conjoined: true,
            });
        }
        if !name_like || !self.name_word(i + 1) {
            return None;
        }
        let tail = self.name_from(i + 1, EntityKind::Person)?;
        // The name before و already counts one word (حسين جشي | وممثلين).
        let end = (tail.start + 1..tail.end)
            .find(|&k| self.token(k).is_some_and(|t| t.norm.starts_with('و')))
            .unwrap_or(tail.end);
        Some(Found {
            tokens: i..end,
            kind: Some(EntityKind::Person),
            strong: true,
            open: false,
            alias: None,
            conjoined: true,
        })
    }

    /// Skips demonyms, role complements, further titles and registered places and bodies after
    /// a title (الرئيس الروسي، المتحدث باسم الكرملين، المرشد الأعلى آية الله، الأمين العام
    /// للأمم المتحدة، رئيسة بنك التنمية). Returns the first token after them and whether a
    /// complement is still wanted there (`open`, see [`Found::open`]); `None` when the phrase
    /// breaks off first or the title belongs to a registered person (الرئيس فلاديمير بوتين).
    fn skip_complements(&self, mut j: usize, mut open: bool) -> Option<(usize, bool)> {
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
            if t.sep == Sep::Break || t.mention == Some(EntityKind::Person) {
                return None;
            }
            if t.sep == Sep::Quote {
                return Some((j, open));
            }
            let of_definite = clitic_readings(&t.norm)
                .iter()
                .any(|(_, rest)| is_definite(rest));
            if let Some(trigger) = trigger_at(self.tokens(), j) {
                (j, open) = (j + trigger.len, trigger.open);
                // رئيس جمعية تجار صور ديب بدوي: the body's whole name, then the person's.
                if trigger.kind == EntityKind::Organization
                    && let Some(p) = self.org_phrase(j, false, 1)
                {
                    (j, open) = (p.end, false);
                }
            } else if is_locative(&t.norm)
                && self.token(j + 1).is_some_and(|n| {
                    n.sep == Sep::Space
                        && (n.mention == Some(EntityKind::Place)
                            || is_place_back_reference(&n.norm))
                })
            {
                // سفير الولايات المتحدة لدى مصر جوناثان كوهين، الأمين العام للمجلس في مصر
                // مصطفى وزيري: where the office is, then the name.
                (j, open) = (j + 2, false);
            } else if t.mention.is_some()
                || t.article
                || of_definite
                || self.lex.is_registered_place(&t.norm)
            {
                (j, open) = (j + 1, false);
            } else if is_adverb(&t.norm) {
                j += 1;
            } else if is_skippable(&t.norm) {
                (j, open) = (j + 1, true);
            } else {
                return Some((j, open));
            }
        }
        Some((j, open))
    }

    /// A personal name after a title: 1–4 name words, the first bare.
    fn person_after(&self, j: usize, open: bool) -> Option<Found> {
        let (start, open) = self.skip_complements(j, open)?;
        let range = self.name_from(start, EntityKind::Person)?;
        let words = range.clone().filter(|&i| !self.is_particle_at(i)).count();
        // After a comma only a full name: a single word there is too often something else;
        // and not a new clause opened by و and a verb (نظيره الإيراني، ويتعاون الطرفان).
        if self
            .token(start)
            .is_some_and(|t| (t.comma || t.after_hyphen) && (words < 2 || opens_a_clause(&t.norm)))
        {
            return None;
        }
        Some(Found {
            strong: words >= 2,
            tokens: range,
            kind: Some(EntityKind::Person),
            open,
            alias: None,
            conjoined: false,
        })
    }

    /// A place after مدينة، العاصمة …: demonyms and registered names skipped (العاصمة
    /// القطرية), then a bare name (عيتا الشعب) or one definite name (مدينة الموصل).
    fn place_after(&self, j: usize) -> Option<Found> {
        let mut k = j;
        while let Some(t) = self.token(k).filter(|t| t.sep == Sep::Space) {
            let demonym = t.article && (t.norm.ends_with('ي') || t.norm.ends_with("يه"));
            if !(t.mention.is_some() || demonym) || k - j >= MAX_SKIPPED {
                break;
            }
            // محافظة عدن الخاضعة …: the place the kind word names is the known one, unless a
            // hyphen joins it to a second half (محافظة بعلبك - الهرمل).
            if t.mention == Some(EntityKind::Place) {
                let end = self.past_hyphen(k + 1);
                return (end > k + 1).then_some(Found {
                    tokens: k..end,
                    kind: Some(EntityKind::Place),
                    strong: true,
                    open: false,
                    alias: None,
                    conjoined: false,
                });
            }
            k += 1;
        }
        let t = self.token(k).filter(|t| t.sep != Sep::Break)?;
        let range = if t.article {
            let ok = t.mention.is_none() && self.lex.is_definite_name_word(&t.norm);
            ok.then_some(k..k + 1)?
        } else if is_toponym_head(&t.norm) && t.mention.is_none() {
            // بلدة بيت فجار، قرية دير البلح
            k..self.toponym_end(k)?
        } else {
            self.name_from(k, EntityKind::Place)?
        };
        // منطقة حرة، منطقة عازلة: a feminine adjective of a masculine the site writes.
        if range.len() == 1 && self.feminine_adjective_at(range.start) {
            return None;
        }
        let range = range.start..self.past_hyphen(range.end);
        Some(Found {
            tokens: range,
            kind: Some(EntityKind::Place),
            strong: true,
            open: false,
            alias: None,
            conjoined: false,
        })
    }

    /// Token `i` follows a name of lineage (ماجد بن سعد | الحربي): its family name, whatever
    /// comes after it.
    fn after_particle_chain(&self, i: usize) -> bool {
        i >= 2 && self.is_particle_at(i - 2)
    }

    /// Token `j` is a given name the site also writes with the article as a family name
    /// (مسعود beside المسعود): no listed word, no clitic, letters only, and a name word after it
    /// (مسعود سليمان). Only for people, whose name the caller has already found a title or verb
    /// for.
    fn given_name_before_name(&self, j: usize) -> bool {
        let Some(t) = self.token(j).filter(|t| !t.article && t.mention.is_none()) else {
            return false;
        };
        let w = t.norm.as_str();
        w.chars().count() >= 3
            && w.chars().all(is_letter)
            && !is_listed(w)
            && !t.tanween
            && !self.lex.has_known_clitic(w)
            && !looks_adjectival(w)
            && !looks_verbal(w)
            && self.seen_with_article(w)
            && self.joined(j + 1)
            && self.name_word(j + 1)
    }

    fn seen_with_article(&self, word: &str) -> bool {
        self.lex.seen(&format!("ال{word}"))
    }

    /// The end of a name ending at `end`, or of its second half when a hyphen joins one (بعلبك
    /// - الهرمل، الرام- الجوبانية): a place's name, a definite name word or a bare one.
    pub(super) fn past_hyphen(&self, end: usize) -> usize {
        let second_half = self.token(end).is_some_and(|t| {
            t.after_hyphen
                && match t.mention {
                    Some(kind) => kind == EntityKind::Place,
                    // No hyphen joins an adjective to its noun: الجوبانية is a name here.
                    None if t.article => self.lex.is_definite_name_word(&t.norm),
                    None => self.name_word(end),
                }
        });
        if second_half { end + 1 } else { end }
    }

    /// Token `i`, written with ة, is the feminine of a word the site also writes (حرة / حر،
    /// عازلة / عازل، آمنة / الآمن) or shaped like a participle (فاعلة، مُفعَلة: عازلة،
    /// محايدة): an adjective agreeing with the kind word before it.
    fn feminine_adjective_at(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            let letters: Vec<char> = t.norm.chars().collect();
            // فاعلة and مُفعَلة are participles (عازلة، آمنة، محايدة، منكوبة).
            let participle = letters.len() >= 5
                && (letters[1] == 'ا' || (letters[0] == 'م' && letters.len() >= 6));
            t.ta_marbuta
                && (participle
                    || t.norm.strip_suffix('ه').is_some_and(|m| {
                        is_listed(m) || self.lex.seen(m) || self.lex.seen(&format!("ال{m}"))
                    }))
        })
    }

    /// Token `i` is a preposition with a feminine noun the site knows (بمشاركة، لمناقشة),
    /// which follows a name rather than continuing it; a name of that shape whose rest is no
    /// word of the site (بوقرة، بوتفليقة) continues it.
    fn prepositional_at(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            looks_prepositional(&t.norm)
                && clitic_readings(&t.norm).iter().any(|(_, rest)| {
                    is_listed(rest) || self.lex.seen(rest) || self.lex.seen(&format!("ال{rest}"))
                })
        })
    }

    fn is_particle_at(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| is_particle(&t.norm))
    }

    /// Name words from token `j`: the first bare (or a particle such as عبد), the rest bare
    /// name words or particles (a bare word follows a definite one only after a particle:
    /// عبد الله بن عبد العزيز آل سعود, but not عيتا الشعب فجر); a definite word only as a person's surname right after the
    /// first name or a particle (بشار الأسد، عبد الفتاح السيسي، أبو بكر البغدادي), as الله (حسن
    /// نصر الله), or as the second word of a place (عيتا الشعب). `None` when the name runs
    /// straight into a registered mention (it is then a longer form of that entity, or a
    /// title of it), or has no name word.
    pub(super) fn name_from(&self, j: usize, kind: EntityKind) -> Option<Range<usize>> {
        let first = self.token(j).filter(|t| t.mention.is_none())?;
        let person = kind == EntityKind::Person;
        // A person's name may open a clause or a list (بينهم: ليلى علوي); the callers for
        // people check what stands before it. Any other name follows its kind word.
        if first.sep == Sep::Break && !first.comma && !person {
            return None;
        }
        // A title or honorific, with or without a clitic, never opens a name («ومعالي
        // الدكتورة …», «وزير الإسكان» read as و + زير).
        if super::lexicon::readings(&first.norm)
            .iter()
            .any(|(_, rest)| super::lexicon::is_role_word(rest))
        {
            return None;
        }
        let given_name = person && self.given_name_before_name(j);
        if !(self.name_word(j) || is_particle(&first.norm) || given_name) {
            return None;
        }
        if !person && looks_adjectival(&first.norm) {
            return None;
        }
        let max = if person { MAX_WORDS } else { MAX_OTHER_WORDS };
        let mut end = j + 1;
        let mut words = usize::from(!is_particle(&first.norm));
        while words < max {
            let Some(t) = self
                .token(end)
                .filter(|t| t.sep == Sep::Space || (person && t.after_initial))
            else {
                break;
            };
            // A definite place or body after a full name is the next phrase, not part of the
            // name (أبلغ الرئيس دونالد ترامب الكونغرس).
            if person && words >= 2 && t.article && t.mention.is_some_and(|k| k != kind) {
                break;
            }
            // A place after «بـ» ends a place's or a body's name: «at» that place is the next
            // phrase (ملعب علي عمار بالدويرة), not a longer form of it.
            if !person && t.mention == Some(EntityKind::Place) && t.norm.starts_with("بال") {
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
                    .is_some_and(|n| n.after_initial && self.name_word(end + 1));
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
            let after_particle = self.is_particle_at(end - 1);
            // A definite word ends a name, unless it completes a compound first name (عبد
            // اللطيف جمال رشيد، صلاح الدين بصير).
            let compound = end >= j + 2 && self.is_particle_at(end - 2)
                || self
                    .token(end - 1)
                    .is_some_and(|p| is_compound_end(&p.norm));
            let after_definite = self.token(end - 1).is_some_and(|p| p.article) && !compound;
            let fits = if after_particle {
                self.after_particle_word(end)
            } else {
                !after_definite && self.name_word(end) && !self.prepositional_at(end)
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
        while end > j && self.is_particle_at(end - 1) {
            end -= 1;
        }
        (end > j).then_some(j..end)
    }

    /// Whether token `i` is an indefinite accusative, which ends a person's name (عمر مروان
    /// وزيرا، مصطفى مدبولي اجتماعا موسعا): written with tanween, a stem the site also writes
    /// without the ا or a role word (وزير), or one of two words in ا that agree (noun and adjective). Two such
    /// words of four letters or more are far rarer in a name than in a phrase after it.
    fn accusative_at(&self, i: usize) -> bool {
        let Some(t) = self.token(i) else {
            return false;
        };
        let in_alif = |w: &str| w.ends_with('ا') && w.chars().count() >= 4;
        t.tanween
            || self.lex.is_accusative_form(&t.norm)
            || t.norm.strip_suffix('ا').is_some_and(is_role_word)
            || (in_alif(&t.norm)
                && self
                    .token(i + 1)
                    .is_some_and(|n| n.sep == Sep::Space && in_alif(&n.norm)))
    }

    /// Whether definite token `i` continues a name of `kind` that has `words` name words so
    /// far (see [`Scan::name_from`]).
    fn definite_continuation(
        &self,
        i: usize,
        kind: EntityKind,
        words: usize,
        after_particle: bool,
    ) -> bool {
        let Some(t) = self.token(i).filter(|t| t.article) else {
            return false;
        };
        let w = t.norm.as_str();
        match kind {
            EntityKind::Person => {
                // A family name with the article after a first and a father's name ends the
                // clause (المرشح الوحيد حسين ملحم الضيقة، برئاسة …).
                // Not an ordinary noun (باراك أوباما | الفريق، the team he congratulated).
                let family_last = words == 2
                    && self.token(i + 1).is_none_or(|n| {
                        n.sep == Sep::Break
                            || (self.after_particle_chain(i)
                                && (n.norm.starts_with('و')
                                    || ["ان", "انه", "انها", "في", "خلال"]
                                        .contains(&n.norm.as_str())))
                    })
                    && w.strip_prefix("ال").is_some_and(|stem| !is_listed(stem));
                is_compound_end(w)
                    || (after_particle && self.lex.is_definite_name_word(w))
                    || ((words == 1 || family_last) && self.lex.is_family_name_word(w))
            }
            EntityKind::Place => {
                words == 1
                    && !w.ends_with('ي')
                    && !looks_adjectival(w)
                    && self.lex.is_definite_name_word(w)
            }
            _ => false,
        }
    }

    /// Short quoted spans of name words («إرنا»; "شمال-جنوب" is not one: a hyphen breaks it).
    pub(super) fn quoted(&self) -> Vec<Found> {
        self.words
            .quoted
            .iter()
            .filter(|r| r.len() <= MAX_WORDS)
            .filter(|r| (r.start + 1..r.end).all(|i| self.joined(i)))
            .filter(|r| (r.start..r.end).all(|i| self.sequence_word(i, i == r.start)))
            .map(|r| Found {
                tokens: r.clone(),
                kind: None,
                strong: false,
                open: false,
                alias: None,
                conjoined: false,
            })
            .collect()
    }

    /// Maximal runs of 2 or more name words joined by spaces, the material for recurring
    /// sequences. Adjective-shaped words (إيرانية، باليستية) are left out: they describe.
    pub(super) fn name_runs(&self) -> Vec<Range<usize>> {
        let mut runs = Vec::new();
        let mut i = 0;
        while i < self.tokens().len() {
            if !self.sequence_word(i, true) {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while self.joined(end) && self.sequence_word(end, false) {
                end += 1;
            }
            if end - i >= 2 {
                runs.push(i..end);
            }
            i = end;
        }
        runs
    }

    /// A word that may stand in a recurring name: a name word (the first may carry a clitic
    /// before a name-like rest), later words also particles; never adjective- or verb-shaped
    /// nor an indefinite accusative (عسكريا), and after the first never a preposition + noun
    /// (بمشاركة).
    pub(super) fn sequence_word(&self, i: usize, first: bool) -> bool {
        let Some(t) = self.token(i).filter(|t| t.mention.is_none()) else {
            return false;
        };
        let w = t.norm.as_str();
        if looks_adjectival(w) || looks_verbal(w) || self.lex.is_accusative_form(w) {
            return false;
        }
        if first {
            self.name_word(i) || self.lex.is_name_word(&self.strip_first(w).1)
        } else {
            (self.name_word(i) && !looks_prepositional(w)) || is_particle(w)
        }
    }

    /// The first word of a name without a clitic, when the rest is a kind word (وحركة →
    /// حركة) or a name word the site also writes on its own (ودونالد → دونالد); otherwise the
    /// word as it is. Returns the number of clitic letters removed and the rest.
    pub(super) fn strip_first(&self, word: &str) -> (usize, String) {
        if self.lex.is_name_word(word) {
            return (0, word.to_string());
        }
        clitic_readings(word)
            .into_iter()
            .find(|(_, rest)| {
                is_role_word(rest)
                    || rest.strip_prefix("ال").is_some_and(is_role_word)
                    || (self.lex.seen(rest) && self.lex.is_name_word(rest))
            })
            .unwrap_or((0, word.to_string()))
    }
}
