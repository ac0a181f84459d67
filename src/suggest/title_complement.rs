//! What stands between a title and the name it introduces: demonyms, the office's field and
//! place, further titles, ranks, a body the titled one belongs to (الرئيس الروسي، المتحدث باسم
//! الكرملين، الأمين العام للأمم المتحدة، الفريق أول ركن). [`Scan::skip_complements`] reads past
//! them for [`Scan::person_after`] (`titled.rs`), which reads the name itself.

use super::boundaries::opens_a_tribe;
use super::discover::{MAX_SKIPPED, Scan};
use super::lexicon::{clitic_readings, is_definite, is_function_or_verb, readings};
use super::tokens::Sep;
use super::triggers::{is_adverb, is_skippable, trigger_at};
use crate::load::EntityKind;

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
    "الجنرال",
];

/// Qualifiers of a rank, normalised: the arm or grade (أول، ركن «staff»، شرطة، طيار، بحري،
/// حقوقي and طبيب of the Sudanese police's legal and medical officers: الفريق شرطة حقوقي;
/// the French grades Moroccan news writes in Arabic letters: الجنرال دوكور دارمي), part of
/// the title, never of the name (الفريق أول ركن شمس الدين الكباشي).
const RANK_QUALIFIERS: &[&str] = &[
    "اول",
    "ركن",
    "شرطه",
    "طيار",
    "بحري",
    "حقوقي",
    "طبيب",
    "دوكور",
    "دارمي",
    "ديفيزيون",
];

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

/// A place noun with the article that points back to the place the story is about (رئيسة
/// دائرة البلديات في المحافظة هبة زعيتر): where the office is, as a named place would be, and
/// never a place's own name (معتمد المنطقة، والي الولاية; الجهة is Tunisia's region).
pub(super) fn is_place_back_reference(word: &str) -> bool {
    [
        "المحافظه",
        "المدينه",
        "المنطقه",
        "البلده",
        "الولايه",
        "البلديه",
        "القريه",
        "الجهه",
    ]
    .contains(&word)
}

/// A quarter of the compass, with or without the article (الجنوب، شمال), normalised: before
/// an adjective in ي it makes a demonym of two words (الجنوب أفريقي، الوسط أفريقي).
fn is_compass_point(word: &str) -> bool {
    let bare = word.strip_prefix("ال").unwrap_or(word);
    super::org_phrase::COMPASS_QUARTERS.contains(&bare)
}

/// A quarter of the compass with the article (الشمال، الجنوب): after في, the region of the
/// country where an office is (نقيب العمال في الشمال), as a named place would be; and
/// «abroad» or «at home» ([`ABROAD`]).
fn is_definite_quarter(word: &str) -> bool {
    ABROAD.contains(&word)
        || word
            .strip_prefix("ال")
            .is_some_and(|w| super::org_phrase::COMPASS_QUARTERS.contains(&w))
}

/// «Abroad» and «at home», normalised: after في they end an office's title (كاتب الدولة
/// المكلف بالجالية الوطنية في الخارج، سفيان شايب), and the name follows at once, even one
/// that opens with the article (… والموريتانيين في الخارج العالية يحي منكوس), which read as
/// one more complement would lose its first word.
const ABROAD: &[&str] = &["الخارج", "الداخل"];

/// A preposition of place between a title and a registered place (لدى، في); إلى of an
/// envoy's post (مبعوث الأمم المتحدة إلى ليبيا غسان سلامة) is one too.
fn is_locative(word: &str) -> bool {
    ["لدي", "في", "الي"].contains(&word)
}

/// «Charged (with)», normalised (المكلف بالجالية، المكلفة بالتعليم): an office's charge follows
/// it after ب.
const CHARGED: &[&str] = &["المكلف", "المكلفه", "مكلف", "مكلفه"];

impl Scan<'_> {
    /// Token `j` is a noun after ب right after «charged» ([`CHARGED`]): the charge of an office
    /// (كاتب الدولة المكلف بالجالية، الوزير المكلف بإدارة الدفاع), never a name's first word.
    /// The noun is definite or in construct with a definite one; a name in ب is neither and
    /// follows «the designate» whole (الرئيس المكلف بهيج طبارة، الوزيرة المكلفة بثينة شعبان).
    fn charge_at(&self, j: usize) -> bool {
        let Some(t) = self.token(j) else {
            return false;
        };
        let Some(rest) = t.norm.strip_prefix('ب') else {
            return false;
        };
        let in_construct = || {
            self.token(j + 1)
                .is_some_and(|n| n.sep == Sep::Space && n.article())
        };
        // A listed noun (بملف، بإدارة، بشؤون), one the site writes bare, or a verbal noun's
        // shape (بتشكيل، بمتابعة); not a name (بهاء الحريري، بهيرة الشاوي).
        let charge_noun = || {
            super::word_lists::is_listed(rest)
                || self.lex.has_known_clitic(&t.norm)
                || rest.starts_with(['ت', 'م'])
        };
        j > 0
            && t.sep == Sep::Space
            && self
                .token(j - 1)
                .is_some_and(|p| CHARGED.contains(&p.norm.as_str()))
            && !super::name_lists::is_given_name(&t.norm)
            && (is_definite(rest) || (rest.chars().count() >= 3 && in_construct() && charge_noun()))
    }

    /// The word before token `j` is a one-word kind of place (ولاية، مدينة) set off by a space.
    fn after_a_kind_of_place(&self, j: usize) -> bool {
        j > 0
            && self.tokens()[j].sep == Sep::Space
            && trigger_at(self.tokens(), j - 1)
                .is_some_and(|k| k.kind == EntityKind::Place && k.len == 1)
    }

    /// Skips demonyms, role complements, further titles and registered places and bodies after
    /// a title (الرئيس الروسي، المتحدث باسم الكرملين، المرشد الأعلى آية الله، الأمين العام
    /// للأمم المتحدة، رئيسة بنك التنمية). Returns the first token after them and whether a
    /// complement is still wanted there (`open`, see [`Found::open`]); `None` when the phrase
    /// breaks off first or the title belongs to a registered person (الرئيس فلاديمير بوتين).
    pub(super) fn skip_complements(&self, mut j: usize, mut open: bool) -> Option<(usize, bool)> {
        for _ in 0..MAX_SKIPPED {
            let t = self.token(j)?;
            if (t.comma() || t.after_hyphen() || t.after_slash()) && !open && t.mention.is_none() {
                // وزير الصحة، صالح الحسناوي: the title is complete, the name follows (or after a
                // dash: مديرة الوكالة – سامانثا باور; or a slash: القاضي /أحمد ولد باب).
                return Some((j, open));
            }
            // السيد (صالح الحيدري): after a complete title, the person's name in parentheses.
            if !open && self.parenthesised_name_at(j).is_some() {
                return Some((j, open));
            }
            // رئيس الاتحاد الدولي لكرة القدم (فيفا) جياني إنفانتينو: the body's short name in
            // parentheses, then the person's.
            if !open
                && let Some(r) = self.words.parenthesised.iter().find(|r| r.start == j)
                && self
                    .token(r.end)
                    .is_some_and(|n| !n.comma() && !n.after_hyphen())
            {
                return Some((r.end, false));
            }
            // وزير المالية د. جبريل إبراهيم: after a title abbreviated to a letter and a full
            // stop, the name.
            if t.after_initial()
                && !open
                && j > 0
                && self.token(j - 1).is_some_and(|p| p.norm == "د")
            {
                return Some((j, open));
            }
            // وزير الإسكان أ. ماجد الحقيل، رئيس البلدية م. عمر الزهراني: after a complete title,
            // the abbreviation of أستاذ or مهندس, then the name.
            if !open
                && ["ا", "م"].contains(&t.norm.as_str())
                && self.token(j + 1).is_some_and(|n| n.after_initial())
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
            if t.article() && is_function_or_verb(&t.norm) {
                return None;
            }
            let of_definite = clitic_readings(&t.norm)
                .iter()
                .any(|(_, rest)| is_definite(rest));
            // والي ولاية معسكر، فؤاد عايسي: a known place after the kind word is the place the
            // office serves, even where its name is also a kind of place (معسكر «camp»), which
            // would otherwise wait for a name of its own.
            if open && t.mention == Some(EntityKind::Place) && self.after_a_kind_of_place(j) {
                (j, open) = (j + 1, false);
                continue;
            }
            if let Some(trigger) = trigger_at(self.tokens(), j) {
                let head = j;
                (j, open) = (j + trigger.len, trigger.open);
                // رئيس مجلس إدارتها محمد علي: the board of a body named before, the pronoun's
                // noun (see `possessed_noun_at`) completes the title.
                if trigger.kind == EntityKind::Organization && self.possessed_noun_at(j) {
                    (j, open) = (j + 1, false);
                    continue;
                }
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
                if self
                    .token(j + 1)
                    .is_some_and(|n| ABROAD.contains(&n.norm.as_str()))
                {
                    // …في الخارج كلاما مختلفا: only a name set off by a comma or opening with a
                    // given name follows the title there.
                    let named = self
                        .token(j + 2)
                        .is_some_and(|n| n.comma() || super::name_lists::is_given_name(&n.norm));
                    return named.then_some((j + 2, false));
                }
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
                        && !n.article()
                        && n.mention.is_none()
                        && n.norm.ends_with('ي')
                })
            {
                // المهاجم الجنوب أفريقي بيرسي تاو: a demonym of two words, the quarter and the
                // adjective, not a name's first word.
                (j, open) = (j + 2, false);
            } else if t.mention.is_some()
                || t.article()
                || of_definite
                || (self.lex.is_registered_place(&t.norm)
                    && !self.given_name_past_a_closed_title(j, open))
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
            } else if self.charge_at(j) {
                // الوزير المنتدب المكلف بإدارة الدفاع الوطني، عبد اللطيف لوديي: the office's
                // charge, a noun after ب, then its own complements.
                (j, open) = (j + 1, true);
            } else if opens_a_tribe(&t.norm) && self.joined(j + 1) {
                // رئيس المجلس البلدي بني وليد، سالم نوير: a town or tribe named «sons of» is
                // where the office is, not the titled one's name.
                (j, open) = (j + 2, false);
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

    /// Token `j`, after a title that takes no complement now (الرئيس السوري), is a common
    /// given name the gazetteer also holds as a doubted place (بشار, Béchar): the name opens
    /// there. Read as the title's place, «الرئيس بشار الأسد» named no one.
    fn given_name_past_a_closed_title(&self, j: usize, open: bool) -> bool {
        !open
            && self
                .token(j)
                .is_some_and(|t| t.mention.is_none() && super::name_lists::is_given_name(&t.norm))
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
                && !t.article()
                && !t.norm.starts_with('و')
                && !is_function_or_verb(&t.norm)
        }) && self
            .token(j + 1)
            .is_some_and(|n| n.mention.is_none() && (n.sep == Sep::Space || n.comma()))
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
            .filter(|h| h.kind == EntityKind::Organization && !next.article())?;
        let phrase = self.org_phrase(j + 1 + head.len, false, 1)?;
        Some(phrase.end)
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
            !t.article() && t.mention.is_none() && t.norm.ends_with('ي') && t.sep == Sep::Space
        });
        serves
            && kind
            && self
                .token(j + 1)
                .is_some_and(|n| n.sep == Sep::Space && !n.article() && n.mention.is_none())
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
            .is_some_and(|n| n.sep == Sep::Space && n.article() && n.mention.is_none())
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
                .is_some_and(|n| n.sep == Sep::Space && n.article() && n.mention.is_none())
    }
}
