//! Finding candidate names in one run's words: after a title or kind word, inside short
//! quotes, and as runs of name-like words (counted later for recurrence).
//!
//! Every rule returns token ranges; nothing here decides what is suggested. The caller merges
//! spellings, counts every occurrence and applies the thresholds.

use std::ops::Range;

use super::lexicon::{
    Lexicon, clitic_readings, is_definite, is_function_or_verb, is_listed, is_particle,
    is_role_word, looks_adjectival, looks_prepositional, looks_verbal, readings,
};
use super::local::{SportsReading, is_toponym_head};
use super::tokens::{Sep, Token, Words};
use super::triggers::{definite_head_at, is_body_head, is_definite_head_stem, trigger_at};
use super::venues::is_facility_head;
use crate::load::EntityKind;
use crate::text::named_after::NAMED_AFTER_SOMEONE;

/// Most words in a person's name, particles (بن، عبد) not counted.
pub(super) const MAX_WORDS: usize = 4;
/// Most words in an organisation's or place's own name (نيويورك تايمز، وول ستريت جورنال).
pub(super) const MAX_OTHER_WORDS: usize = 3;
/// Most words skipped between a title and the name (demonyms, role complements).
pub(super) const MAX_SKIPPED: usize = 7;

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

/// The words of a run, with the site's lexicon.
pub(super) struct Scan<'a> {
    pub words: &'a Words,
    pub lex: &'a Lexicon,
    /// Every run of the article, this run's place among them, and how the article reads as a
    /// sports report (see [`SportsReading`]; a paragraph of one may name scorers without a
    /// word of the match), worked out only when a rule asks.
    pub article: &'a [Words],
    pub run: usize,
    pub sports: &'a std::cell::OnceCell<SportsReading>,
    /// The name [`Scan::name_from`] reads at each start, worked out once (see there).
    pub names: NameMemo,
    /// The first verb of appointing in the run, looked for once (see
    /// [`Scan::appointing_before`]): asked at every word in و, reading the run up to each
    /// was quadratic in a paragraph's length.
    pub first_appointing: std::cell::OnceCell<Option<usize>>,
    /// The last token of the run that opens a person's title in construct form (رئيس، وزير),
    /// looked for once (see [`Scan::open_person_title_from`]).
    pub last_open_person_title: std::cell::OnceCell<Option<usize>>,
}

/// The names read from each start of one run, by (token, kind).
pub(super) type NameMemo =
    std::cell::RefCell<rustc_hash::FxHashMap<(usize, EntityKind), Option<Range<usize>>>>;

impl<'a> Scan<'a> {
    /// The scan of run `run` of `article`.
    pub(super) fn new(
        article: &'a [Words],
        run: usize,
        lex: &'a Lexicon,
        sports: &'a std::cell::OnceCell<SportsReading>,
    ) -> Self {
        Scan {
            words: &article[run],
            lex,
            article,
            run,
            sports,
            names: NameMemo::default(),
            first_appointing: std::cell::OnceCell::new(),
            last_open_person_title: std::cell::OnceCell::new(),
        }
    }

    /// The name words from token `j` for a name of `kind` ([`Scan::name_reaching`]), worked
    /// out once per start: several rules ask at the same token (every sentence start is read
    /// as a list's first item, a name before an office and a name before a title), and the
    /// answer depends only on the run and the lexicon.
    pub(super) fn name_from(&self, j: usize, kind: EntityKind) -> Option<Range<usize>> {
        if let Some(known) = self.names.borrow().get(&(j, kind)) {
            return known.clone();
        }
        let name = self.name_reaching(j, kind);
        self.names.borrow_mut().insert((j, kind), name.clone());
        name
    }

    /// Some token at `i` or after it opens a person's title in construct form (رئيس
    /// الجمهورية، وزير الثقافة): a rule that reads a name only to see such a title after it
    /// reads none in a run without one there. Asked at every word: the run is read once.
    pub(super) fn open_person_title_from(&self, i: usize) -> bool {
        let last = self.last_open_person_title.get_or_init(|| {
            (0..self.tokens().len()).rev().find(|&k| {
                trigger_at(self.tokens(), k).is_some_and(|t| t.kind == EntityKind::Person && t.open)
            })
        });
        last.is_some_and(|k| k >= i)
    }
}

/// Offices and branches of a body (normalised): before another body's head they name that
/// body's presence in a place, not a body of their own (see [`Scan::office_of_a_body_at`]).
const OFFICES_OF_BODIES: &[&str] = &["مكتب", "فرع"];

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
            t.homograph_name() || (!t.article() && self.lex.is_bare_name_word(&t.norm))
        })
    }

    /// Token `i` exists, is not a mention, and follows the previous word across a space.
    pub(super) fn joined(&self, i: usize) -> bool {
        self.token(i)
            .is_some_and(|t| t.sep == Sep::Space && t.mention.is_none())
    }

    /// Every name introduced by a trigger word in this run.
    pub(super) fn after_triggers(&self) -> Vec<Found> {
        // A body of a quoted list is read whole there, its alias after a dash included.
        let bodies = self.quoted_bodies();
        let mut out = Vec::new();
        for i in 0..self.tokens().len() {
            if bodies.iter().any(|b| b.tokens.start == i) {
                continue;
            }
            if let Some(league) = self.league_at(i) {
                out.push(league);
                continue;
            }
            if let Some(body) = self.state_body_at(i) {
                out.push(body);
                continue;
            }
            if definite_head_at(self.tokens(), i) {
                out.extend(self.definite_organization_at(i));
                continue;
            }
            let Some(t) = trigger_at(self.tokens(), i) else {
                continue;
            };
            match t.kind {
                // 600 وحدة ببلدية السانيا: the commune's territory, a place (see `commune`).
                EntityKind::Organization if self.commune_as_territory_at(i) => {
                    out.extend(self.place_after(i + t.len));
                }
                // مكتب وزارة الأشغال العامة بالوادي: a ministry's local office is the
                // ministry's; the body is read from its own head, next.
                EntityKind::Organization if self.office_of_a_body_at(i, t.len) => {}
                EntityKind::Organization => out.extend(self.organization_after(i, i + t.len)),
                // تونس العاصمة بسجن المتهم: a kind word inside a known place's name (the
                // capital's) is that name's word, and introduces no other place.
                EntityKind::Place
                    if self.tokens()[i].mention.is_some()
                        || self.camp_of_no_displaced_at(i)
                        || self.checkpoint_out_of_occupation_at(i)
                        || self.adjective_not_kind_at(i) => {}
                EntityKind::Place => out.extend(self.place_after(i + t.len)),
                _ => {
                    // النجم الساحلي: a title inside a known name (a club's) is that name's
                    // word, and introduces no one.
                    if self.names_a_venue_before(i)
                        || self.tokens()[i].mention.is_some()
                        || self.members_of_a_body_at(i)
                    {
                        continue;
                    }
                    // علاء السيد أحمد إسماعيل: السيد right after a given name is a middle name.
                    if let Some(whole) = self.name_through_sayyid(i) {
                        out.push(whole);
                        continue;
                    }
                    // فاز الزمالك أمام نظيره سيراميكا كليوباترا: in a sports report «its
                    // counterpart» is the other side, a club, and no person.
                    if self.counterpart_side_at(i) {
                        continue;
                    }
                    out.extend(self.department_after_title(i + t.len));
                    let Some(first) = self.person_after(i + t.len, t.open) else {
                        continue;
                    };
                    if self.after_comma(first.tokens.start)
                        && ((self.follows_a_name(i, &out)
                            && !self.opens_with_given_name(first.tokens.start))
                            || self.possessed_noun_at(first.tokens.start))
                    {
                        continue;
                    }
                    let mut end = first.tokens.end;
                    let strong = first.strong;
                    out.push(first);
                    while strong && let Some(next) = self.conjoined_person(end) {
                        end = next.tokens.end;
                        out.push(next);
                    }
                    if strong && super::appointments::is_dual_title(&self.tokens()[i].norm) {
                        out.extend(self.second_of_a_dual_title(end));
                    }
                }
            }
        }
        out.extend(self.people_without_titles());
        out.extend(self.cabinet_line_up());
        out.extend(self.delegations());
        out.extend(bodies);
        out.extend(self.local_names());
        out.extend(self.match_sides());
        out.extend(self.named_sides());
        out.extend(self.score_line());
        out.extend(self.quoted_after_kind());
        out.extend(self.glossed_media());
        out.extend(self.quoted_holdings());
        out.extend(self.placed_towns());
        out.extend(self.exemplified_places());
        out.extend(self.dateline_source());
        let dashed = self.dashed_dateline();
        if dashed.is_empty() {
            out.extend(self.byline_line());
        }
        out.extend(dashed);
        out.extend(self.clubs_named_like_towns());
        // An outlet another reading found whole (فضائية «سما نيوز») is found once.
        // صحيفة الأيام، read by the heads' rule as a weak phrase: reported by, it is sure.
        for medium in self.media() {
            match out
                .iter_mut()
                .find(|f| f.tokens == medium.tokens && f.kind == medium.kind)
            {
                Some(found) => found.strong = true,
                None => out.push(medium),
            }
        }
        let outlets: Vec<Found> = (self.outlets().into_iter())
            .chain(self.told_outlets())
            .filter(|o| !out.iter().any(|f| f.tokens == o.tokens && f.kind == o.kind))
            .collect();
        out.extend(outlets);
        let chained = self.chained_people(&out);
        out.extend(chained);
        out
    }

    /// The trigger at token `i`, `len` words, is an office or branch (مكتب، فرع) and another
    /// body's head follows it at once (مكتب وزارة التخطيط، فرع هيئة الهلال الأحمر): the
    /// office is the body's in a place, which news names by the body. Why: read as a body of
    /// its own, «مكتب وزارة الأشغال العامة والطرق» was a page for every governorate's office
    /// and the ministry went unfound.
    fn office_of_a_body_at(&self, i: usize, len: usize) -> bool {
        let office = super::lexicon::readings(&self.tokens()[i].norm)
            .iter()
            .any(|(_, w)| OFFICES_OF_BODIES.contains(&w.as_ref()));
        office
            && len == 1
            && self
                .token(i + 1)
                .is_some_and(|n| n.sep == Sep::Space && n.mention.is_none())
            && trigger_at(self.tokens(), i + 1).is_some_and(|t| t.kind == EntityKind::Organization)
    }

    /// Token `i` opens a phrase after a comma or a dash.
    fn after_comma(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| t.comma() || t.after_hyphen())
    }

    /// Token `i` is a noun in ة with a possessive pronoun (قائمته، زيارتها، حكومتهم): after a
    /// title and a comma it goes on with the sentence (مدرب المنتخب، قائمته النهائية), and no
    /// name opens with it unless it is a given name.
    pub(super) fn possessed_noun_at(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            ["ته", "تها", "تهم", "تهما", "تنا"].iter().any(|s| {
                t.norm
                    .strip_suffix(s)
                    .is_some_and(|stem| stem.chars().count() >= 2)
            }) && !super::name_lists::is_given_name(&t.norm)
        })
    }

    /// Token `i` is a common given name (أحمد، سارة), as a second person's name opens.
    fn opens_with_given_name(&self, i: usize) -> bool {
        self.token(i)
            .is_some_and(|t| super::name_lists::is_given_name(&t.norm))
    }

    /// The title at token `i` stands in apposition right after a person's name (طارق رحمي
    /// محافظ الغربية، أعمال إزالة …): that name is the titled one, and what follows the comma
    /// is the rest of the sentence, not a second name, unless it opens with a given name
    /// (استقبل الرئيس فلان وزير الخارجية، أحمد عطاف: the guest).
    fn follows_a_name(&self, i: usize, found: &[Found]) -> bool {
        i > 0
            && self.tokens()[i].sep == Sep::Space
            && (self.tokens()[i - 1].mention == Some(EntityKind::Person)
                || found
                    .iter()
                    .any(|f| f.kind == Some(EntityKind::Person) && f.tokens.end == i))
    }

    /// The word before token `i` (a person's title) is a kind of venue or institution named
    /// after someone (مطار الملكة علياء، شارع الملك فهد، جامعة الملك سعود، جائزة الشيخ زايد):
    /// the title and name are the venue's name, not a mention of the person.
    pub(super) fn names_a_venue_before(&self, i: usize) -> bool {
        // ملعب "الأمير عبد الله الفيصل": the name may be quoted after the kind word.
        i > 0
            && matches!(self.tokens()[i].sep, Sep::Space | Sep::Quote)
            && readings(&self.tokens()[i - 1].norm)
                .iter()
                .any(|(clitic, w)| *clitic <= 2 && NAMED_AFTER_SOMEONE.contains(&w.as_ref()))
    }

    /// Token `i` is a plural title right after a body's head (مجلس النواب، نقابة المهندسين،
    /// رابطة اللاعبين): the members the body is named for, who introduce no one (مجلس النواب
    /// | تعديلات طالت 6 قوانين).
    fn members_of_a_body_at(&self, i: usize) -> bool {
        i > 0
            && self.tokens()[i].sep == Sep::Space
            && is_plural_title(&self.tokens()[i].norm)
            && self
                .head_word(i - 1)
                .is_some_and(|head| is_body_head(&head))
    }

    /// A name of two to four words in quotes at token `k`: one [`Scan::quoted_name_at`] reads,
    /// or one opening with a common given name that is also a word (“علي القائدي”: علي is
    /// also «on»).
    fn quoted_list_name_at(&self, k: usize) -> Option<Range<usize>> {
        if let Some(r) = self.quoted_name_at(k).filter(|r| r.len() >= 2) {
            return Some(r);
        }
        let r = self.words.quoted.iter().find(|r| r.start == k)?;
        let given = self
            .token(k)
            .is_some_and(|t| super::name_lists::is_given_name(&t.norm));
        let rest_named = (k + 1..r.end).all(|i| {
            self.token(i).is_some_and(|t| {
                t.mention.is_none()
                    && t.norm.chars().all(char::is_alphabetic)
                    && !is_function_or_verb(&t.norm)
            })
        });
        ((2..=MAX_WORDS).contains(&r.len()) && given && rest_named).then(|| r.clone())
    }

    /// A second full name joined by و right after a person's full name, under the same title
    /// (بحضور النواب علي خريس وحسين جشي، اللاعبان محمد صلاح ومحمد النني): the word after و is
    /// a name word, and a name word follows it. A role word, verb or ordinary word ends the
    /// list (مصطفى مدبولي ووزيرة التضامن، مدبولي وأعضاء الحكومة).
    pub(super) fn conjoined_person(&self, i: usize) -> Option<Found> {
        // الطبيب “مصطفى الصغير” و”سامي عبدالنبي”: a quoted name after a lone و is the next
        // person of the list, as its quotes bound it.
        if self
            .token(i)
            .is_some_and(|t| t.norm == "و" && t.mention.is_none())
            && let Some(r) = self.quoted_list_name_at(i + 1)
        {
            return Some(super::people::person(r));
        }
        let t = self
            .token(i)
            .filter(|t| t.sep == Sep::Space && t.mention.is_none())?;
        let rest = t.norm.strip_prefix('و')?;
        // A listed word as written is itself, not و + a name: وزير is a minister (السبتي
        // وزير الصحة), not «and Zir».
        // وغناء داليا فريد: a word a rule starts from (a work, a title) after و is the next
        // credit, not a name.
        // ومحمود العلي: a common given name and a family name, after a person just named.
        if let Some(found) = self.conjoined_given_and_family_name_at(i) {
            return Some(found);
        }
        let name_like = !is_listed(&t.norm)
            && !t.cue()
            && self.and_before_a_name_s_rest(i, rest)
            && !is_definite(rest)
            && !is_role_word(rest)
            && !is_function_or_verb(rest)
            && self.lex.is_bare_name_word(rest);
        let next = self.token(i + 1).filter(|n| n.sep == Sep::Space)?;
        // وعبدالعزيز المسعود: a first name and a family name with the article.
        let family = next.article()
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
    /// حركة, وشارع → شارع: a venue's too) or a name word the site also writes on its own (ودونالد → دونالد); otherwise the
    /// word as it is. Returns the number of clitic letters removed and the rest.
    ///
    /// A first word of place names (وادي) is never split: normalised, أدى «performed» is
    /// «ادي», which a sports page writes often enough to make وادي read as و + ادي.
    pub(super) fn strip_first(&self, word: &str) -> (usize, String) {
        // لهلال بورتسودان: a club's head after a clitic, whatever the site makes of the word
        // (هلال is also a given name).
        if let Some(head) = clitic_readings(word)
            .into_iter()
            .find(|(_, rest)| super::local::is_club_head(rest))
        {
            return (head.0, head.1.into_owned());
        }
        // وشارع: a venue's kind word, which no name word is, whatever the site writes; لشرطة،
        // والغرفة، والنيابة and والجيش a body's (the trigger was read so: the name must not
        // keep the ل or و).
        if !is_body_head(word)
            && let Some(head) = clitic_readings(word).into_iter().find(|(clitic, rest)| {
                *clitic > 0
                    && (is_facility_head(rest)
                        || is_body_head(rest)
                        || super::leagues::is_league_word(rest)
                        || rest
                            .strip_prefix("ال")
                            .is_some_and(|stem| is_body_head(stem) || is_definite_head_stem(stem)))
            })
        {
            return (head.0, head.1.into_owned());
        }
        // للصحوة نت، وللجزيرة: ل before the article, whose alef it elides; no name opens with
        // لل, so the ل (and a و or ف before it) is a clitic. Why: «للصحوة نت» was a body's
        // name with the preposition in it.
        if let Some(rest) = elided_article(word) {
            return (word.chars().count() + 1 - rest.chars().count(), rest);
        }
        // كريم is a given name, never ك + ريم; وليد never و + ليد; بدور (of the given names
        // that are also words) never ب + دور.
        if self.lex.is_name_word(word)
            || is_toponym_head(word)
            || super::name_lists::is_given_name(word)
            || super::given_names::is_ordinary_given_name(word)
        {
            return (0, word.to_string());
        }
        clitic_readings(word)
            .into_iter()
            .find(|(_, rest)| {
                is_role_word(rest)
                    || rest.strip_prefix("ال").is_some_and(is_role_word)
                    || (self.lex.seen(rest) && self.lex.is_name_word(rest))
            })
            .map_or_else(|| (0, word.to_string()), |(n, rest)| (n, rest.into_owned()))
    }
}

/// The word as it reads after a clitic ل whose article lost its alef (للصحوه → الصحوه,
/// وللجزيره → الجزيره), when it is one: a long enough word that opens with لل after at most
/// one و or ف.
fn elided_article(word: &str) -> Option<String> {
    let tail = word
        .strip_prefix('و')
        .or_else(|| word.strip_prefix('ف'))
        .unwrap_or(word);
    let stem = tail.strip_prefix("لل")?;
    (stem.chars().count() >= 3).then(|| format!("ال{stem}"))
}

/// Plural titles in broken plurals (normalised, with the article), which no ending shows.
const BROKEN_PLURAL_TITLES: &[&str] = &[
    "النواب",
    "الوزراء",
    "السفراء",
    "الشيوخ",
    "الاعيان",
    "الخبراء",
    "الاطباء",
    "العلماء",
    "الامناء",
    "الحكام",
];

/// A normalised word is one of the [`BROKEN_PLURAL_TITLES`] (الوزراء، النواب).
pub(super) fn is_broken_plural_title(word: &str) -> bool {
    BROKEN_PLURAL_TITLES.contains(&word)
}

/// A normalised word is a title in the plural (النواب، المهندسين، اللاعبون).
pub(super) fn is_plural_title(word: &str) -> bool {
    BROKEN_PLURAL_TITLES.contains(&word)
        || (word.starts_with("ال")
            && (word.ends_with("ين") || word.ends_with("ون"))
            && word.chars().count() >= 6)
}

#[cfg(test)]
#[path = "discover_tests.rs"]
mod tests;
