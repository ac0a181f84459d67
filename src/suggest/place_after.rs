//! Places named after their kind word (مدينة البتراء، مخيم زمزم، بمنطقة المالكية): the kind
//! words are triggers of [`super::triggers`]; this is what may follow them, and the kind words
//! that are a kind of place only in some articles or before some words (معسكر، حارة).

use super::boundaries::{LINEAGE, REGNAL_ORDINALS};
use super::discover::{Found, MAX_SKIPPED, Scan};
use super::lexicon::{is_common_noun, is_function_or_verb, readings};
use super::local::is_toponym_head;
use super::name_lists::is_given_name;
use super::org_phrase::NAMESAKE_TITLES;
use super::place_lists::KUNYAS;
use super::title_complement::is_place_back_reference;
use super::titled::is_definite_second_form_noun;
use super::tokens::Sep;
use super::triggers::{
    CAMPS, CHECKPOINTS, DEFINITE_PLACE_HEADS, DISPLACED_STEMS, GUARDED_PLACE_HEADS,
    OCCUPATION_STEMS, trigger_at,
};
use super::word_shapes::{is_verbal_noun_of_a_derived_form, looks_adjectival};
use crate::load::EntityKind;

/// Adjectives of direction that complete a place's definite name after its kind word (ولاية
/// الحوض الشرقي), normalised.
pub(super) const DIRECTIONS: &[&str] = &[
    "الشرقي",
    "الغربي",
    "الشمالي",
    "الجنوبي",
    "الشرقيه",
    "الغربيه",
    "الشماليه",
    "الجنوبيه",
    "الاوسط",
    "الوسطي",
];

/// Kinds of place named for the place they serve and distinct from it (مطار عدن، ميناء
/// الحديدة), and a refugee camp named for its town (مخيم جنين is not the city of Jenin:
/// news of a raid on the camp is not news of the city), normalised.
const PLACE_FACILITIES: &[&str] = &["مطار", "ميناء", CAMP];

/// A normalised word is the kind of an airport or a port (see [`PLACE_FACILITIES`]): the
/// place so named keeps it, as a venue keeps its kind.
pub(crate) fn is_place_facility(word: &str) -> bool {
    PLACE_FACILITIES.contains(&word)
}

/// «Asylum» (normalised): مخيمات اللجوء are camps for asylum, as مخيم النازحين one for the
/// displaced; not one of [`DISPLACED_STEMS`], whose words also decide in which articles
/// معسكر is a camp (a team's training camp in a story of players seeking asylum is none).
const ASYLUM: &str = "لجوء";

/// «Sheikh», normalised: towns named for a sheikh or a saint keep the title (الشيخ زويد،
/// الشيخ عثمان، الشيخ جراح).
pub(super) const SHEIKH: &str = "الشيخ";

/// «Camp», normalised (see [`PLACE_FACILITIES`]).
const CAMP: &str = "مخيم";

/// «City», normalised: with a kind after its name (مدينة الحسن الصناعية) it is a place of its
/// own, named with both.
const CITY: &str = "مدينه";

/// The kinds of a city named with them (مدينة الحسن الصناعية، مدينة جازان الاقتصادية، مدينة
/// الملك فهد الطبية), normalised.
const CITY_KINDS: &[&str] = &[
    "الصناعيه",
    "الاقتصاديه",
    "الطبيه",
    "الجامعيه",
    "الاعلاميه",
    "الحرفيه",
    "التكنولوجيه",
];

/// Normalised words of a place name: a city named with its kind (مدينه الحسن الصناعيه), which
/// keeps both, as a venue keeps its kind word.
pub(crate) fn is_city_of_a_kind(words: &[&str]) -> bool {
    words.len() >= 3
        && words.first() == Some(&CITY)
        && words.last().is_some_and(|w| CITY_KINDS.contains(w))
}

/// Most words of a known place after an airport's or a port's kind word (مطار أبو ظبي).
const MAX_PLACE_WORDS: usize = 3;

/// «International» after an airport's or a port's place (مطار عدن الدولي), normalised.
const INTERNATIONAL: &str = "الدولي";

/// A place found over `tokens`, strong (a delegation's too: its kind word stands before it).
pub(super) fn place(tokens: std::ops::Range<usize>) -> Found {
    Found {
        tokens,
        kind: Some(EntityKind::Place),
        strong: true,
        open: false,
        alias: None,
        conjoined: false,
    }
}

/// Some reading of the normalised `word` (itself, or without a clitic) is one of `list`.
fn reads_as_one_of(word: &str, list: &[&str]) -> bool {
    readings(word)
        .iter()
        .any(|(_, w)| list.contains(&w.as_ref()))
}

impl Scan<'_> {
    /// Token `i` is معسكر in an article with no word of the displaced (see [`CAMPS`]).
    pub(super) fn camp_of_no_displaced_at(&self, i: usize) -> bool {
        readings(&self.tokens()[i].norm)
            .iter()
            .any(|(_, w)| CAMPS.contains(&w.as_ref()))
            && !self
                .article
                .iter()
                .flat_map(|w| &w.tokens)
                .any(|t| DISPLACED_STEMS.iter().any(|stem| t.norm.contains(stem)))
    }

    /// The article has a word of the displaced, of refugees or of the occupation (see
    /// [`DISPLACED_STEMS`], [`OCCUPATION_STEMS`]).
    fn speaks_of_refuge_or_occupation(&self) -> bool {
        self.article.iter().flat_map(|w| &w.tokens).any(|t| {
            DISPLACED_STEMS
                .iter()
                .chain(OCCUPATION_STEMS)
                .any(|stem| t.norm.contains(stem))
        })
    }

    /// Token `i` is حاجز in an article with no word of the occupation (see [`CHECKPOINTS`]).
    pub(super) fn checkpoint_out_of_occupation_at(&self, i: usize) -> bool {
        reads_as_one_of(&self.tokens()[i].norm, CHECKPOINTS)
            && !self
                .article
                .iter()
                .flat_map(|w| &w.tokens)
                .any(|t| OCCUPATION_STEMS.iter().any(|stem| t.norm.contains(stem)))
    }

    /// Token `i` is a kind of place that is also an adjective (حارة «hot»), and no definite
    /// name nor name on a common noun follows it (أجواء حارة رطبة).
    pub(super) fn adjective_not_kind_at(&self, i: usize) -> bool {
        let kind = readings(&self.tokens()[i].norm)
            .iter()
            .any(|(_, w)| DEFINITE_PLACE_HEADS.contains(&w.as_ref()));
        kind && !self.token(i + 1).is_some_and(|n| {
            n.sep == Sep::Space && (n.article() || n.mention.is_some() || is_toponym_head(&n.norm))
        })
    }

    /// A place after مدينة، العاصمة …: demonyms and registered names skipped (العاصمة
    /// القطرية), then a bare name (عيتا الشعب) or one definite name (مدينة الموصل).
    pub(super) fn place_after(&self, j: usize) -> Option<Found> {
        if let Some(found) = self.facility_of_a_known_place(j) {
            return Some(found);
        }
        if self.camp_named_like_an_adjective(j) {
            return Some(place(j..j + 1));
        }
        let mut k = j;
        while let Some(t) = self.token(k).filter(|t| t.sep == Sep::Space) {
            let demonym = t.article() && (t.norm.ends_with('ي') || t.norm.ends_with("يه"));
            // بالعاصمة المؤقتة عدن: a definite word in ة right before a known place (linked,
            // or registered and left unconfirmed) agrees with the kind word, an adjective (the
            // temporary capital), and the place follows.
            let adjective = t.article()
                && t.ta_marbuta()
                && self.token(k + 1).is_some_and(|n| {
                    n.sep == Sep::Space
                        && (n.mention == Some(EntityKind::Place)
                            || self.lex.is_registered_place(&n.norm))
                });
            if !(t.mention.is_some() || demonym || adjective) || k - j >= MAX_SKIPPED {
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
        // قضاء العطلة، حاجز الخوف، حاجز طيار: after a kind word that is also an ordinary noun,
        // only a name on a common noun or a kunya is surely a place (قضاء شط العرب، حاجز بيت
        // فوريك، قضاء أبو الخصيب; see [`GUARDED_PLACE_HEADS`]); a known one was taken above.
        let guarded = j
            .checked_sub(1)
            .is_some_and(|h| reads_as_one_of(&self.tokens()[h].norm, GUARDED_PLACE_HEADS));
        if guarded
            && !self
                .token(k)
                .is_some_and(|t| is_toponym_head(&t.norm) || KUNYAS.contains(&t.norm.as_str()))
        {
            return None;
        }
        // استقرار العاصمة وطمأنينة المواطنين: «the capital» is already definite, and a word in
        // و after it is the next noun of the phrase; the capital's own name stands right
        // after it bare or definite (العاصمة الرياض، العاصمة واشنطن is linked, above).
        let after_the_capital = j
            .checked_sub(1)
            .is_some_and(|h| reads_as_one_of(&self.tokens()[h].norm, &["العاصمه"]));
        if after_the_capital && k == j && self.token(k).is_some_and(|t| t.norm.starts_with('و')) {
            return None;
        }
        // والي ولاية معسكر فؤاد عايسي: in a title's complement, one word before a common
        // given name is the place; the name is the office holder's.
        if k == j && self.kind_after_a_title(j) && self.one_word_place_before_a_name(k) {
            return Some(Found {
                tokens: k..k + 1,
                kind: Some(EntityKind::Place),
                strong: true,
                open: false,
                alias: None,
                conjoined: false,
            });
        }
        let found = self
            .airport_named_for_a_person(j)
            .or_else(|| self.place_named_at(k))
            .or_else(|| self.adjective_shaped_place(j, k))?;
        // مدينة الحسن الصناعية: an industrial or economic city is named with its kind word and
        // its kind; without them «الحسن» is a man.
        let Some(head) = j.checked_sub(1) else {
            return Some(found);
        };
        if found.tokens.start == j
            && reads_as_one_of(&self.tokens()[head].norm, &[CITY])
            && self.city_of_a_kind_at(found.tokens.end)
        {
            return Some(place(head..found.tokens.end + 1));
        }
        Some(found)
    }

    /// Token `j`, right after a bare «مخيم», is a definite word in ي that is no known place's
    /// demonym, in an article on refugees, the displaced or the occupation (مخيم الزعتري،
    /// مخيم الأمعري): the camp's name. An adjective agrees with its noun, and «مخيم» without
    /// the article takes none with it; read as a demonym, the camp was skipped.
    fn camp_named_like_an_adjective(&self, j: usize) -> bool {
        let Some(head) = j.checked_sub(1) else {
            return false;
        };
        reads_as_one_of(&self.tokens()[head].norm, &[CAMP])
            && self.token(j).is_some_and(|t| {
                t.sep == Sep::Space
                    && t.mention.is_none()
                    && t.article()
                    && t.norm.ends_with('ي')
                    && t.norm.chars().count() >= 5
                    && !self.lex.is_registered_place_demonym(&t.norm)
                    && !super::lexicon::is_listed(&t.norm)
            })
            // مخيم الكشفي العربي: a second adjective says the first is one too.
            && !self.token(j + 1).is_some_and(|n| {
                n.sep == Sep::Space && n.article() && n.norm.ends_with('ي')
            })
            && self.speaks_of_refuge_or_occupation()
    }

    /// Token `i` is the kind of a city named with it (الصناعية، الاقتصادية، الطبية …), right
    /// after the city's name.
    fn city_of_a_kind_at(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            t.sep == Sep::Space && t.mention.is_none() && CITY_KINDS.contains(&t.norm.as_str())
        })
    }

    /// An airport or a port named for the known place it serves, from its kind word before
    /// token `j` to the place and «international» (مطار عدن الدولي، ميناء الحديدة): a place
    /// of its own, named with its kind word, as a stadium is. The town is not where the plane
    /// lands, and «مطار بغداد» read as بغداد put an airport's news on the city's page.
    fn facility_of_a_known_place(&self, j: usize) -> Option<Found> {
        let head = j.checked_sub(1)?;
        // مخيم اليرموك: a facility the registry or the gazetteer names whole is theirs.
        if self.tokens()[head].mention.is_some() {
            return None;
        }
        let city = reads_as_one_of(&self.tokens()[head].norm, &[CITY]);
        if !city && !reads_as_one_of(&self.tokens()[head].norm, PLACE_FACILITIES) {
            return None;
        }
        let first = self.token(j).filter(|t| t.sep == Sep::Space)?;
        // أبو ظبي: a known place of several words is read whole, by the registry's names;
        // another place right after it (ميناء بوشهر والشرق الأوسط، مطار تبليسي بإيران) is not
        // part of it, which `past_known_place` (a run of linked words) would take in.
        let mut words = first.norm.to_string();
        let mut end = j + 1;
        let mut known = first.mention == Some(EntityKind::Place)
            || (first.mention.is_none() && self.lex.is_registered_place(&first.norm));
        for k in j + 1..j + MAX_PLACE_WORDS {
            let Some(t) = self.token(k).filter(|t| t.sep == Sep::Space) else {
                break;
            };
            words.push(' ');
            words.push_str(&t.norm);
            if self.lex.is_registered_place(&words) {
                known = true;
                end = k + 1;
            }
        }
        if !known {
            return None;
        }
        // مخيم قطر التدريبي، مخيم الرياض الكشفي: a camp with an adjective after its place is a
        // team's, a summer's or a scout's, held there; a refugee camp is named by the town alone.
        // And the article speaks of refugees, the displaced or the occupation: a story of a
        // team's «مخيم قطر» has none of those words.
        let camp = reads_as_one_of(&self.tokens()[head].norm, &[CAMP]);
        if camp
            && (self
                .token(end)
                .is_some_and(|t| t.sep == Sep::Space && t.article() && t.mention.is_none())
                || !self.speaks_of_refuge_or_occupation())
        {
            return None;
        }
        // مدينة الجبيل الصناعية: a city of a known place is the place, but for a city of a kind.
        if city {
            return self.city_of_a_kind_at(end).then(|| place(head..end + 1));
        }
        if self
            .token(end)
            .is_some_and(|t| t.sep == Sep::Space && t.mention.is_none() && t.norm == INTERNATIONAL)
        {
            end += 1;
        }
        Some(place(head..end))
    }

    /// A town named for a sheikh from token `k`, «الشيخ» (الشيخ زويد، الشيخ جراح): the title
    /// and one bare name word, which nothing that would make it a man's full name follows
    /// (a second name word, بن, a definite family name: منطقة الشيخ محمد العلي is an official's
    /// area). A definite adjective may follow, outside the name (الشيخ زويد الحدودية).
    pub(super) fn named_for_a_sheikh(&self, k: usize) -> Option<Found> {
        let name = k + 1;
        if !(self.joined(name) && (self.name_word(name) || self.listed_given_name_at(name))) {
            return None;
        }
        // After a common given name (الشيخ محمد) a definite word but an adjective in ة is
        // his family's name (العلي); after another word only one shaped like no adjective.
        let given = self.listed_given_name_at(name);
        let a_man_s_name = self.token(name + 1).is_some_and(|n| {
            n.sep == Sep::Space
                && n.mention.is_none()
                && (self.name_word(name + 1)
                    || LINEAGE.contains(&n.norm.as_str())
                    || (n.article()
                        && !n.ta_marbuta()
                        && (given || (!n.norm.ends_with('ي') && !looks_adjectival(&n.norm)))))
        });
        (!a_man_s_name).then(|| place(k..name + 1))
    }

    /// The kind word before token `j` completes a person's title (والي ولاية، محافظ محافظة،
    /// وزير ولاية).
    fn kind_after_a_title(&self, j: usize) -> bool {
        j >= 2 && trigger_at(self.tokens(), j - 2).is_some_and(|t| t.kind == EntityKind::Person)
    }

    /// مطار الملك خالد الدولي، مطار الإمام علي العسكري: an airport named after a ruler or an
    /// imam is the title and the name (one or two bare words and a definite family name),
    /// without مطار and الدولي, as airports are named here. Without the airport the title
    /// opens a person's name, never a place's.
    fn airport_named_for_a_person(&self, j: usize) -> Option<Found> {
        let airport = j
            .checked_sub(1)
            .is_some_and(|h| reads_as_one_of(&self.tokens()[h].norm, &["مطار"]));
        if !airport {
            return None;
        }
        self.named_for_a_ruler(j)
    }

    /// What names a venue for a ruler or an imam from token `j`, right after its kind word
    /// (مطار، ملعب): the title and the name — one or two bare words, his lineage (بن فهد) and a
    /// definite family name (الملك خالد، الأمير محمد بن فهد، الإمام علي العسكري) — or a
    /// sovereign's given name and ordinal with no title (ملعب محمد الخامس). The kind word and
    /// الدولي stay out, as the gazetteer names airports. `None` for anything else.
    pub(super) fn named_for_a_ruler(&self, j: usize) -> Option<Found> {
        let title = self.token(j).filter(|t| {
            t.sep == Sep::Space && t.mention.is_none() && NAMESAKE_TITLES.contains(&t.norm.as_str())
        });
        // A given name the site also writes with the article (خالد beside صباح الخالد) is still
        // the namesake's after the title.
        let name_word = |k: usize| {
            self.joined(k)
                && !self.is_particle_at(k)
                && (self.name_word(k)
                    || self
                        .token(k)
                        .is_some_and(|t| !t.article() && is_given_name(&t.norm)))
        };
        if title.is_none() {
            let regnal = name_word(j)
                && self.token(j + 1).is_some_and(|t| {
                    t.sep == Sep::Space
                        && t.mention.is_none()
                        && REGNAL_ORDINALS.contains(&t.norm.as_str())
                });
            return regnal.then(|| place(j..j + 2));
        }
        // الأمير عبد العزيز: عبد and the divine name after it are one given name.
        let abd = |k: usize| {
            self.joined(k)
                && self.token(k).is_some_and(|t| t.norm == "عبد")
                && self.joined(k + 1)
                && self.token(k + 1).is_some_and(|t| t.mention.is_none())
        };
        let mut end = j + 1;
        while end < j + 3 {
            if abd(end) {
                end += 2;
            } else if name_word(end) {
                end += 1;
            } else {
                break;
            }
        }
        if end == j + 1 {
            return None;
        }
        // الأمير محمد بن فهد: his father's name, and his grandfather's, after بن; a father
        // named like a noun too (عبد العزيز بن مساعد بن جلوي), any bare word there.
        let father = |k: usize| {
            name_word(k)
                || abd(k)
                || self.token(k).is_some_and(|t| {
                    t.sep == Sep::Space
                        && !t.article()
                        && t.mention.is_none()
                        && !is_function_or_verb(&t.norm)
                })
        };
        let no_lineage = end;
        for _ in 0..2 {
            let lineage = self
                .token(end)
                .is_some_and(|t| t.sep == Sep::Space && LINEAGE.contains(&t.norm.as_str()));
            if !(lineage && father(end + 1)) {
                break;
            }
            end += 2 + usize::from(abd(end + 1));
        }
        // ملعب الملك عبد الله الثاني: a sovereign's ordinal (with no forebears named), or his
        // family's name.
        let family = self.token(end).is_some_and(|t| {
            t.sep == Sep::Space
                && t.mention.is_none()
                && t.norm != "الدولي"
                && !CITY_KINDS.contains(&t.norm.as_str())
                && (self.lex.is_family_name_word(&t.norm)
                    || (end == no_lineage && REGNAL_ORDINALS.contains(&t.norm.as_str())))
        });
        Some(place(j..end + usize::from(family)))
    }

    /// بمنطقة المالكية، بعد …: a definite word shaped like an adjective of relation right
    /// after the kind word (`j`), with no name after it (the skipping above stopped at `k`),
    /// is the place's own name. A demonym is registered (العاصمة القطرية), and one the site
    /// also writes in the masculine (منطقة الشرقي / الشرقية) is left alone.
    fn adjective_shaped_place(&self, j: usize, k: usize) -> Option<Found> {
        let t = self.token(j)?;
        // العاصمة الإدارية (الجديدة): after a definite kind word, or before another word of
        // the phrase, the word is the kind's adjective.
        let definite_kind = j
            .checked_sub(1)
            .and_then(|h| self.token(h))
            .is_some_and(|h| h.article());
        let phrase_goes_on = self
            .token(k)
            .is_some_and(|n| n.sep == Sep::Space && !is_function_or_verb(&n.norm));
        let name = k == j + 1
            && !definite_kind
            && !phrase_goes_on
            && t.article()
            && t.mention.is_none()
            && self.lex.is_definite_name_word(&t.norm)
            && !self.feminine_adjective_at(j);
        name.then_some(Found {
            tokens: j..k,
            kind: Some(EntityKind::Place),
            strong: true,
            open: false,
            alias: None,
            conjoined: false,
        })
    }

    /// Token `k` is a definite verbal noun of a derived form that names the activity a place
    /// serves, not the place: right after a port's or an airport's kind word (ميناء الإصطياد
    /// «the fishing port»), or with a definite adjective of relation after it other than
    /// «international» (منطقة التبادل التجاري). After other kinds a bare one is the name
    /// (ميدان التحرير، شارع الاستقلال).
    fn activity_named_at(&self, k: usize) -> bool {
        let verbal_noun = self.token(k).is_some_and(|t| {
            t.norm
                .strip_prefix("ال")
                .is_some_and(is_verbal_noun_of_a_derived_form)
        });
        let after_a_facility = k
            .checked_sub(1)
            .is_some_and(|h| reads_as_one_of(&self.tokens()[h].norm, PLACE_FACILITIES));
        let adjective_of_relation = self.token(k + 1).is_some_and(|n| {
            n.sep == Sep::Space
                && n.article()
                && n.mention.is_none()
                && n.norm.ends_with('ي')
                && n.norm != INTERNATIONAL
        });
        verbal_noun && (after_a_facility || adjective_of_relation)
    }

    /// The place named from token `k`, past the kind word and any demonym: a bare name (عيتا
    /// الشعب), a name on a common noun (بيت فجار) or one definite name (الموصل).
    fn place_named_at(&self, k: usize) -> Option<Found> {
        let t = self.token(k).filter(|t| t.sep != Sep::Break)?;
        // منطقة الشيخ زويد، مدينة الشيخ زايد: a town named for a sheikh keeps his title in its
        // name; read as a title below, it named no place at all.
        if t.mention.is_none() && t.norm == SHEIKH {
            return self.named_for_a_sheikh(k);
        }
        // مدير ناحية وقائممقام: a title or a kind word after the place's kind word (a list of
        // offices) names no place. معسكر where it is no kind of place (an article with no
        // displaced people) may be the place's name: ولاية معسكر (Mascara, in Algeria).
        if t.mention.is_none()
            && trigger_at(self.tokens(), k).is_some()
            && !self.camp_of_no_displaced_at(k)
        {
            return None;
        }
        let range = if t.article() {
            // من ناحية التخطيط «as for planning»: a verbal noun names no place.
            // منطقة الجزاء «the penalty area»: a built-in common noun names no place.
            let ok = t.mention.is_none()
                && self.lex.is_definite_name_word(&t.norm)
                && !is_definite_second_form_noun(&t.norm)
                && !t.norm.strip_prefix("ال").is_some_and(is_common_noun)
                // معتمد المنطقة، والي الولاية: a kind of place with the article is the one
                // the sentence speaks of, no place's name.
                && !is_place_back_reference(&t.norm)
                && !self.activity_named_at(k);
            // ولاية الحوض الشرقي، محافظة الوادي الجديد: a direction after the definite name is
            // part of it (الحوض الشرقي and الحوض الغربي are two provinces).
            let direction = self.token(k + 1).is_some_and(|n| {
                n.sep == Sep::Space && n.mention.is_none() && DIRECTIONS.contains(&n.norm.as_str())
            });
            ok.then_some(k..k + 1 + usize::from(direction))?
        } else if is_toponym_head(&t.norm) && t.mention.is_none() {
            // بلدة بيت فجار، قرية دير البلح
            k..self.toponym_end(k)?
        } else if KUNYAS.contains(&t.norm.as_str()) && self.kunya_name_after(k + 1) {
            // قضاء أبو الخصيب، ميناء أم قصر: after a kind of place, the kunya is the place's.
            k..k + 2
        } else {
            self.name_from(k, EntityKind::Place)?
        };
        // منطقة حرة، منطقة عازلة: a feminine adjective of a masculine the site writes;
        // معسكر تدريبي قرب الحدود: a masculine one opens no name either; مخيمات اللاجئين،
        // مخيم النازحين، مخيمات اللجوء: the camp's people or purpose, not its name.
        if (range.len() == 1 && self.feminine_adjective_at(range.start))
            || self.masculine_adjective_at(range.start)
            || self.token(range.start).is_some_and(|t| {
                DISPLACED_STEMS
                    .iter()
                    .chain(&[ASYLUM])
                    .any(|stem| t.norm.contains(stem))
            })
        {
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
}

#[cfg(test)]
#[path = "place_after_tests.rs"]
mod tests;
