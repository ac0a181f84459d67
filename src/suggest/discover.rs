//! Finding candidate names in one run's words: after a title or kind word, inside short
//! quotes, and as runs of name-like words (counted later for recurrence).
//!
//! Every rule returns token ranges; nothing here decides what is suggested. The caller merges
//! spellings, counts every occurrence and applies the thresholds.

use std::ops::Range;

use super::lexicon::{
    Lexicon, clitic_readings, is_definite, is_function_or_verb, is_listed, is_particle,
    is_role_word, looks_adjectival, looks_prepositional, looks_verbal,
};
use super::tokens::{Sep, Token, Words};
use super::triggers::{
    definite_head_at, is_adverb, is_skippable, names_with_one_word, needs_a_proper_name, trigger_at,
};
use crate::load::EntityKind;

/// Most words in a person's name, particles (بن، عبد) not counted.
pub(super) const MAX_WORDS: usize = 4;
/// Most words in an organisation's or place's own name (نيويورك تايمز، وول ستريت جورنال).
const MAX_OTHER_WORDS: usize = 3;
/// Most words skipped between a title and the name (demonyms, role complements).
const MAX_SKIPPED: usize = 5;

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

impl Found {
    fn organization(tokens: Range<usize>, strong: bool, alias: Option<Range<usize>>) -> Self {
        Found {
            tokens,
            kind: Some(EntityKind::Organization),
            strong,
            open: false,
            alias,
            conjoined: false,
        }
    }
}

/// Most tokens in the phrase after an organisation's head.
const MAX_ORG_PHRASE: usize = 7;

/// What [`Scan::org_phrase`] found.
#[derive(Debug, Default)]
struct Phrase {
    /// One past its last token.
    end: usize,
    /// It names a registered place (بنك دبي الإسلامي): a demonym after it is then an
    /// adjective of the body, not its country.
    has_place: bool,
    /// Definite adjectives of relation in it (الانتقالي الجنوبي).
    adjectives: usize,
    /// It has a complement with ل (للاستثمار، لكرة القدم).
    complement: bool,
}

/// ل (or لل, وب …) before a word: the rest, when the word is read so (للاستثمار → الاستثمار،
/// لكرة → كرة).
fn lam_reading(word: &str) -> Option<String> {
    clitic_readings(word)
        .into_iter()
        .find(|(n, rest)| {
            let clitic: String = word.chars().take(*n).collect();
            clitic.ends_with('ل') && rest.chars().count() >= 3
        })
        .map(|(_, rest)| rest)
}

/// A definite adjective that makes a body's name (الجزائري، الانتقالي، المركزي، العامة،
/// العليا).
fn is_name_adjective(t: &Token) -> bool {
    let w = t.norm.as_str();
    t.article
        && !is_listed(w)
        && (w.ends_with('ي') || w.ends_with("يه") || ["العام", "العامه", "العليا"].contains(&w))
}

/// The second part of a compound first name or surname, which follows any name word (حسن
/// نصر الله، علوان شرف الدين، صلاح الدين).
pub(super) fn is_compound_end(word: &str) -> bool {
    ["الله", "الدين", "الاسلام"].contains(&word)
}

/// A definite participle (المدعوم، المحمول، المعنية): after a definite word of the phrase it
/// describes the body or thing (المجلس الانتقالي الجنوبي المدعوم إماراتيًا، جهاز الكمبيوتر
/// المحمول) rather than naming it.
fn looks_participle(word: &str) -> bool {
    word.strip_prefix("الم")
        .is_some_and(|stem| stem.chars().count() >= 3)
}

/// A word after a head that makes the phrase a description however it is written (مجلس
/// الإدارة، هيئة التحرير).
fn is_generic_complement(word: &str) -> bool {
    ["الاداره", "التحرير", "العزاء", "الامناء", "الاباء", "العائله"].contains(&word)
}

/// The words of a run, with the site's lexicon.
pub(super) struct Scan<'a> {
    pub words: &'a Words,
    pub lex: &'a Lexicon,
}

impl Scan<'_> {
    fn tokens(&self) -> &[Token] {
        &self.words.tokens
    }

    fn token(&self, i: usize) -> Option<&Token> {
        self.tokens().get(i)
    }

    /// Token `i` may be (part of) a name on its own merits: not an ordinary word, not
    /// definite (أليكسندر is not: its alef has a hamza), or a name spelled like a function
    /// word (علي).
    fn name_word(&self, i: usize) -> bool {
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
                    && w.chars().all(char::is_alphabetic)
                    && !t.article
                    && !is_function_or_verb(w)
                    && !self.lex.has_known_clitic(w)
            })
    }

    /// Token `i` exists, is not a mention, and follows the previous word across a space.
    fn joined(&self, i: usize) -> bool {
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
        let name_like = rest.chars().count() >= 2
            && !is_definite(rest)
            && !is_role_word(rest)
            && !is_function_or_verb(rest)
            && self.lex.is_bare_name_word(rest);
        if !name_like || !self.name_word(i + 1) || self.token(i + 1)?.sep != Sep::Space {
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
            if t.comma && !open && t.mention.is_none() {
                // وزير الصحة، صالح الحسناوي: the title is complete, the name follows.
                return Some((j, open));
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
        // After a comma only a full name: a single word there is too often something else.
        if self.token(start).is_some_and(|t| t.comma) && words < 2 {
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
            k += 1;
        }
        let t = self.token(k).filter(|t| t.sep != Sep::Break)?;
        let range = if t.article {
            let ok = t.mention.is_none() && self.lex.is_definite_name_word(&t.norm);
            ok.then_some(k..k + 1)?
        } else {
            self.name_from(k, EntityKind::Place)?
        };
        Some(Found {
            tokens: range,
            kind: Some(EntityKind::Place),
            strong: true,
            open: false,
            alias: None,
            conjoined: false,
        })
    }

    /// An organisation after its head word (وكالة، حزب، وزارة، شركة …): a bare or quoted name
    /// alone (شركة غازبروم → غازبروم، وكالة «إرنا»), a name in parentheses (وكالة أنباء
    /// (سبوتنيك)), or the head with the phrase it governs ([`Scan::org_phrase`]: وزارة
    /// التضامن الاجتماعي، جهاز أبوظبي للاستثمار، هيئة كهرباء ومياه دبي), without a trailing
    /// demonym of a registered country (حزب الله اللبناني → حزب الله). A parenthesised short
    /// name right after the phrase is its alias (حركة المقاومة الإسلامية (حماس)).
    fn organization_after(&self, trigger: usize, j: usize) -> Option<Found> {
        let head = self.head_word(trigger)?;
        let t = self.token(j)?;
        if t.sep == Sep::Break {
            let r = self.parenthesised_at(j)?;
            return Some(Found::organization(r, true, None));
        }
        // لجنة المجلس الانتقالي …: the body named is the inner one, found on its own.
        if definite_head_at(self.tokens(), j) && self.definite_organization_at(j).is_some() {
            return None;
        }
        let phrase = self.org_phrase(j, false, MAX_OTHER_WORDS)?;
        let first = self.token(j)?;
        let bare_first = !first.article && first.mention.is_none() && self.name_word(j);
        if needs_a_proper_name(&head) && !(bare_first || first.mention.is_some()) {
            return None;
        }
        let mut end = phrase.end;
        if !phrase.has_place {
            while end > j + 1 && self.lex.is_place_demonym(&self.tokens()[end - 1].norm) {
                end -= 1;
            }
        }
        let words = (j..end).filter(|&i| self.starts_word(i, j)).count();
        let alias = self.parenthesised_at(end);
        let all_bare = (j..end).all(|i| {
            self.token(i)
                .is_some_and(|t| !t.article && t.mention.is_none() && self.name_word(i))
        });
        if all_bare {
            // A lone word in ي is more often an adjective (بنك استثماري) than a name.
            let adjective = words == 1 && first.norm.ends_with('ي');
            return Some(Found::organization(j..end, !adjective, alias));
        }
        let one_word = words == 1
            && names_with_one_word(&head)
            && !is_generic_complement(&self.tokens()[j].norm);
        Some(Found::organization(
            trigger..end,
            words >= 2 || one_word,
            alias,
        ))
    }

    /// An organisation named with its head in the definite form and the adjectives that make it
    /// one body (الاتحاد الجزائري لكرة القدم، المجلس الانتقالي الجنوبي، البنك المركزي
    /// التونسي): two adjectives, or one and a complement with ل; one adjective alone is a
    /// description (البنك المركزي، اللجنة الفنية). Demonyms stay: without them the name is
    /// anyone's.
    fn definite_organization_at(&self, i: usize) -> Option<Found> {
        let adjectives = (i + 1..)
            .take_while(|&k| self.joined(k) && self.token(k).is_some_and(|t| is_name_adjective(t)))
            .count();
        if adjectives == 0 {
            return None;
        }
        let phrase = self.org_phrase(i + 1, true, 1)?;
        let more_adjectives = phrase.adjectives >= 2;
        if !(more_adjectives || phrase.complement) {
            return None;
        }
        let alias = self.parenthesised_at(phrase.end);
        Some(Found::organization(i..phrase.end, true, alias))
    }

    /// The head word at token `i` without a clitic (لوزارة → وزارة).
    fn head_word(&self, i: usize) -> Option<String> {
        let t = self.token(i)?;
        Some(self.strip_first(&t.norm).1)
    }

    /// Token `i` begins a word of a phrase starting at `j` (the later tokens of one
    /// multi-word place mention do not).
    fn starts_word(&self, i: usize, j: usize) -> bool {
        i == j
            || !(self
                .token(i)
                .is_some_and(|t| t.mention == Some(EntityKind::Place))
                && self
                    .token(i - 1)
                    .is_some_and(|t| t.mention == Some(EntityKind::Place)))
    }

    /// A span in parentheses at token `i` of one to three name words (حماس، PIF).
    fn parenthesised_at(&self, i: usize) -> Option<Range<usize>> {
        let r = self.words.parenthesised.iter().find(|r| r.start == i)?;
        let ok = r.len() <= 3
            && r.clone().all(|k| {
                self.token(k).is_some_and(|t| {
                    t.mention.is_none()
                        && t.norm.chars().count() >= 2
                        && t.norm.chars().all(char::is_alphabetic)
                        && !is_listed(&t.norm)
                })
            });
        ok.then(|| r.clone())
    }

    /// The phrase an organisation's head governs, from token `j`, as a small grammar of the
    /// construct: nouns without the article (كهرباء ومياه، تجار، بلديات) until a word that
    /// can end the name — a definite word, a registered place or a bare name (دبي، صور،
    /// إعمار) — then definite adjectives and nouns (المالي والاقتصادي) and complements with
    /// ل (للاستثمار، لكرة القدم، لجمعيات منتجي الأفلام). It stops at a verb, a listed word,
    /// a registered person or body, punctuation, or a bare word after a complete phrase (an
    /// apposition: هيئة كهرباء ومياه دبي ديوا). `after_definite`: the phrase follows a
    /// definite head and its adjectives may start it. A bare name may have up to `bare_words`
    /// words (شركة وول ستريت جورنال); one inside a title, so that the person's name after the
    /// body stays whole (رئيس شركة أرامكو أمين الناصر).
    fn org_phrase(&self, j: usize, after_definite: bool, bare_words: usize) -> Option<Phrase> {
        let mut phrase = Phrase::default();
        let mut open = !after_definite; // still wants a word that can end the name
        let mut last_place = false;
        let mut last_name = false;
        let mut bare_run = 0;
        let mut in_complement = false;
        let mut i = j;
        while i < j + MAX_ORG_PHRASE {
            let Some(t) = self.token(i) else { break };
            let first = i == j;
            if !(t.sep == Sep::Space || (first && t.sep == Sep::Quote && !after_definite)) {
                break;
            }
            let w = t.norm.as_str();
            let after_name = std::mem::take(&mut last_name);
            if let Some(kind) = t.mention {
                let continues_place = (last_place || after_name) && kind == EntityKind::Place;
                if kind != EntityKind::Place || !(open || continues_place) {
                    break;
                }
                i += 1;
                while self
                    .token(i)
                    .is_some_and(|n| n.sep == Sep::Space && n.mention == Some(EntityKind::Place))
                    && !self.starts_new_place(i)
                {
                    i += 1;
                }
                (open, last_place, phrase.has_place, phrase.end) = (false, true, true, i);
                continue;
            }
            let after_place = std::mem::take(&mut last_place);
            // A title ends the phrase (بلدية صور | المهندس حسن دبوق), but not as its first word
            // (مجلس النواب).
            let title = i > j && trigger_at(self.tokens(), i).is_some();
            if t.tanween || is_listed(w) || is_function_or_verb(w) || title {
                break;
            }
            let lam_rest = lam_reading(w);
            if t.article {
                let adjective = is_name_adjective(t);
                if (self.lex.is_registered(w) && !adjective)
                    || (after_place && !adjective)
                    || (phrase.end == i && !adjective && looks_participle(w))
                {
                    break;
                }
                if adjective && (after_definite || !open) {
                    phrase.adjectives += 1;
                }
                (open, phrase.end) = (false, i + 1);
            } else if let Some(rest) = w.strip_prefix('و').filter(|r| is_definite(r)) {
                if open || is_listed(rest) {
                    break;
                }
                phrase.end = i + 1;
            } else if let Some(rest) = lam_rest.as_deref() {
                if open || is_listed(rest) || is_function_or_verb(rest) {
                    break;
                }
                phrase.complement = true;
                if is_definite(rest) {
                    phrase.end = i + 1;
                } else {
                    (open, in_complement) = (true, true);
                }
            } else if after_name
                && bare_run < bare_words
                && self.name_word(i)
                && !w.starts_with('و')
            {
                // A name of several bare words (ريال مدريد، وول ستريت جورنال).
                (last_name, bare_run, phrase.end) = (true, bare_run + 1, i + 1);
            } else if open && self.lex.is_registered_place(w) {
                // A place the linker left unconfirmed (عمّان without الأردن) still ends a name.
                (open, last_place, phrase.has_place, phrase.end) = (false, true, true, i + 1);
            } else if self.construct_noun(i) {
                // كهرباء ومياه دبي: a second noun joined by و, when a place or a definite word
                // completes them both.
                let joined_noun = after_name
                    && w.starts_with('و')
                    && self.token(i + 1).is_some_and(|n| {
                        n.sep == Sep::Space && (n.article || n.mention == Some(EntityKind::Place))
                    });
                if joined_noun {
                    open = true;
                }
                if !open {
                    break;
                }
                if self.name_word(i) && !w.starts_with('و') && !in_complement {
                    (open, last_name, bare_run, phrase.end) = (false, true, 1, i + 1);
                }
            } else {
                break;
            }
            i += 1;
        }
        (phrase.end > j).then_some(phrase)
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

    /// A noun without the article inside an organisation's phrase (كهرباء، ومياه، تجار،
    /// منتجي): letters only, no verb, function word or listed word, not an accusative.
    fn construct_noun(&self, i: usize) -> bool {
        let Some(t) = self.token(i) else { return false };
        let w = t.norm.strip_prefix('و').unwrap_or(&t.norm);
        w.chars().count() >= 2
            && t.norm.chars().all(char::is_alphabetic)
            && !is_listed(w)
            && !is_function_or_verb(w)
            && !self.lex.is_accusative_form(w)
            && !looks_verbal(w)
    }

    /// Token `i` of a run of place tokens begins a place of its own: the matcher found two
    /// mentions side by side (بنك الإمارات دبي الوطني), told apart by a token that is a
    /// registered name on its own.
    fn starts_new_place(&self, i: usize) -> bool {
        self.token(i)
            .is_some_and(|t| self.lex.is_registered(&t.norm))
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
    fn name_from(&self, j: usize, kind: EntityKind) -> Option<Range<usize>> {
        let first = self
            .token(j)
            .filter(|t| (t.sep != Sep::Break || t.comma) && t.mention.is_none())?;
        let person = kind == EntityKind::Person;
        if !(self.name_word(j) || is_particle(&first.norm)) {
            return None;
        }
        if !person && looks_adjectival(&first.norm) {
            return None;
        }
        let max = if person { MAX_WORDS } else { MAX_OTHER_WORDS };
        let mut end = j + 1;
        let mut words = usize::from(!is_particle(&first.norm));
        while words < max {
            let Some(t) = self.token(end).filter(|t| t.sep == Sep::Space) else {
                break;
            };
            if t.mention.is_some() {
                return None;
            }
            if is_particle(&t.norm) {
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
            if !(fits || self.definite_continuation(end, kind, words, after_particle)) {
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
                is_compound_end(w)
                    || ((words == 1 || after_particle) && self.lex.is_definite_name_word(w))
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
    fn sequence_word(&self, i: usize, first: bool) -> bool {
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
