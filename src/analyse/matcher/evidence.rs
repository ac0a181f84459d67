//! Why a mention was accepted: the evidence an ambiguous name needs, and which of it stands
//! at the mention's own place.

use super::{Matcher, Pattern, PatternKind, construct, quantities, sentence, sources, sport};
use crate::load::EntityKind;

/// Why a mention was accepted; shown to editors by `sahifa mentions`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Evidence {
    /// The alias is unambiguous.
    Unambiguous,
    /// An unambiguous town's name right after a preposition or kind of place (في دمشق،
    /// بمدينة دهوك): the town, even in an article that also calls a club by it
    /// ([`Evidence::NamesATeam`] unlinks the town's other mentions, not this one).
    PlaceWord,
    /// Ambiguous alias confirmed by the cue word before it (index into the entity's cues;
    /// [`Matcher::cue`](super::Matcher::cue) gives its text).
    Cue(u16),
    /// Ambiguous alias confirmed by an unambiguous name of the same entity in the article.
    NamedInArticle,
    /// Ambiguous alias confirmed by an unambiguous name, in the article, of an entity listed in
    /// its `confirmed_by` (عمّان by الأردن); the index of that entity. (A `u32`, as in
    /// [`Evidence::Coordinated`]: every body mention carries an `Evidence`, 7 million at
    /// 100,000 articles, and a `usize` doubled its size.)
    RelatedInArticle(u32),
    /// Ambiguous alias right after a speech or action verb (قال رئيسي، زار صور); the index
    /// of the verb ([`Matcher::verb`](super::Matcher::verb) gives it).
    AfterVerb(u16),
    /// Ambiguous alias coordinated with a confirmed name of the same kind (بوتين ورئيسي، مصر
    /// وسورية); that name's entity.
    Coordinated(u32),
    /// An ambiguous name shaped like a feminine adjective (سورية، قيصرية) where no adjective
    /// can stand: after a preposition, with a preposition clitic, or opening its clause
    /// (على سورية، لسورية، «سورية تدين …»).
    NounPlace,
    /// A one-word place discovery found, right before the province it lies in (واطويل في ولاية
    /// الحوض الغربي، وومبو بولاية …): what made discovery take it confirms it here.
    InProvince,
    /// A name places share (عمان), written with marks that only one of them is spelt with
    /// (عمّان: Amman; see `matcher::vowels`): the marks say which place stands here.
    Vowelled,
    /// A body's ambiguous name quoted after «لـ» before what it was told (قال لـ«المدى» إن …):
    /// the paper or agency, whatever else the word is, here only — it confirms no other use of
    /// the word in the article (الرأي العام stays «public opinion»).
    NewsSource,
    /// Ambiguous alias, not (yet) confirmed.
    Unconfirmed,
    /// Ambiguous alias heading a construct (حماة الديار، صور الأقمار): a common noun, never a
    /// mention, whatever else the article says.
    HeadsConstruct,
    /// A discovered person's one-word alias right before بن or بنت (السيد محمود بن مشعل): the
    /// given name of somebody else's lineage, never a mention, whatever the article says.
    StartsALineage,
    /// Ambiguous alias that reads as an adjective of the noun before it (شريك رئيسي): never a
    /// mention, whatever else the article says.
    Adjectival,
    /// A demonym adjective (الروسي): a weaker signal, never linked.
    Demonym,
    /// A town's name right after a word of a team (شباك الرياض، لمهاجمي الرياض) or right before
    /// its place in the table (الخليج صاحب المركز السادس): the club named like the town, not the
    /// town. Never linked, and it unlinks the town's every other mention in the article, where
    /// the same club is named bare (كاد الرياض أن يقلص الفارق), but those a preposition or kind
    /// of place shows the town ([`Evidence::PlaceWord`]).
    NamesATeam,
    /// A name a club shares with a town (الريان), right after a word of a team (لاعب الريان)
    /// or right before its place in the table (الريان الوصيف): the club, not the town.
    ClubNamedLikeATown,
    /// A town's name a club discovery found named like it shares (زاخو of نادي زاخو), where
    /// nothing around it says which: the club where the article names the club, else the
    /// town ([`resolve_ambiguity`](super::resolve_ambiguity)).
    TownOrClub,
    /// A club's name that is also an ordinary word (التعاون، الرائد) where the shape of a match
    /// shows a team: a word of its team before it, its place in the table, or a result around
    /// it (فاز التعاون على، حقق الرائد فوزه).
    InPlay,
    /// A country's name right after a word of a team (مدرب مصر): its national side. Never
    /// linked, but the country's other mentions stand: the side is «منتخب مصر» when named
    /// again, and the country is still the country (وزير الرياضة في مصر).
    NamesANationalSide,
    /// A `context` phrase of the entity (its candidates, for a phrase several list): it
    /// confirms their ambiguous names in the article; dropped by [`resolve_ambiguity`](super::resolve_ambiguity).
    Witness,
}

impl Evidence {
    /// Whether the mention is a name by what stands at its place alone (the name itself, a
    /// cue or verb before it, a place only a noun can take), without the rest of the
    /// article: such a mention confirms a name coordinated with it or after it.
    pub(super) fn confirmed_in_place(&self) -> bool {
        matches!(
            self,
            Evidence::Unambiguous
                | Evidence::PlaceWord
                | Evidence::NewsSource
                | Evidence::Cue(_)
                | Evidence::AfterVerb(_)
                | Evidence::NounPlace
                | Evidence::InProvince
                | Evidence::Vowelled
                | Evidence::ClubNamedLikeATown
                | Evidence::InPlay
        )
    }
}

/// Deciding a match's entity and evidence, beside the evidence it gives.
impl Matcher {
    /// Which entity a match is, and why: unambiguous names stand; an ambiguous one needs a cue
    /// of one of its entities right before it, or is left for [`resolve_ambiguity`](super::resolve_ambiguity).
    pub(super) fn evidence(
        &self,
        t: &str,
        word_start: usize,
        name_start: usize,
        end: usize,
        pattern: &Pattern,
    ) -> (usize, Evidence) {
        let first = pattern.entities[0];
        if pattern.kind == PatternKind::Demonym {
            return (first, Evidence::Demonym);
        }
        // العلاقات السعودية: the country's name as the adjective of the noun before it.
        if sentence::definite_nisba_after_feminine_noun(t, word_start, name_start, end) {
            return (first, Evidence::Demonym);
        }
        // 19 سوريا: the counted people, a demonym spelt as their country is.
        if self.kinds[first] == EntityKind::Place
            && quantities::counted_nisba_after_a_number(t, word_start, name_start, end)
        {
            return (first, Evidence::Demonym);
        }
        let of_kind = |kind: EntityKind| {
            pattern
                .entities
                .iter()
                .copied()
                .find(|&e| self.kinds[e] == kind)
        };
        // A club discovery named like its town, which holds the name unambiguously (نادي
        // زاخو): a word of its team or the shape of a match says the club (بفوز زاخو على
        // نوروز); else the article decides ([`Evidence::TownOrClub`]).
        if !pattern.ambiguous
            && let Some(town) = of_kind(EntityKind::Place)
            && let Some(club) = of_kind(EntityKind::Organization).filter(|&c| self.club[c])
        {
            let in_play = sport::team_word_before(t, word_start)
                || sport::table_place_after(t, end)
                || sport::table_gap_before(t, word_start)
                || sport::result_around(t, word_start, end)
                || sport::standing_around(t, word_start, end)
                || sport::named_as_a_side(t, word_start);
            return if in_play {
                (club, Evidence::ClubNamedLikeATown)
            } else if sport::place_word_before(t, word_start)
                || sport::opens_a_dateline(t, word_start, end)
            {
                // بمدينة دهوك، في دهوك، a dateline's «دهوك (شفق نيوز)/»: the town, whatever
                // club the article names.
                (town, Evidence::Unambiguous)
            } else {
                (town, Evidence::TownOrClub)
            };
        }
        if let Some(place) = of_kind(EntityKind::Place)
            && (sport::team_word_before(t, word_start)
                || sport::table_place_after(t, end)
                || sport::table_gap_before(t, word_start))
        {
            // A club that shares the town's name (ambiguous in both) is the team named here.
            if let Some(club) = of_kind(EntityKind::Organization) {
                return (club, Evidence::ClubNamedLikeATown);
            }
            let first = place;
            let team = if self.nation[first] {
                Evidence::NamesANationalSide
            } else {
                Evidence::NamesATeam
            };
            return (first, team);
        }
        if !pattern.ambiguous {
            let town =
                self.kinds[first] == EntityKind::Place && sport::town_word_before(t, word_start);
            return (
                first,
                if town {
                    Evidence::PlaceWord
                } else {
                    Evidence::Unambiguous
                },
            );
        }
        // Only a name one body holds: which of several the article means is the article's to
        // say (الأهلي of Cairo or of Jeddah).
        let bodies = pattern
            .entities
            .iter()
            .filter(|&&e| self.kinds[e] == EntityKind::Organization)
            .count();
        if bodies == 1
            && let Some(body) = of_kind(EntityKind::Organization)
            && sources::told_source_at(t, word_start, end)
        {
            return (body, Evidence::NewsSource);
        }
        // السيد محمود بن مشعل: a discovered person's one-word alias right before بن or بنت is
        // the given name of another person's lineage, whatever cue stands before it.
        if pattern.entities.iter().all(|&e| self.discovered_person[e])
            && !t[name_start..end].contains(' ')
            && sentence::lineage_after(t, end)
        {
            return (first, Evidence::StartsALineage);
        }
        // فاز التعاون على، الرائد صاحب المركز: a club named by an ordinary word, where the shape
        // of a match shows a team.
        if pattern.entities.len() == 1
            && self.club[first]
            && (sport::team_word_before(t, word_start)
                || sport::table_place_after(t, end)
                || sport::table_gap_before(t, word_start)
                || sport::result_around(t, word_start, end)
                || sport::standing_around(t, word_start, end)
                || sport::named_as_a_side(t, word_start))
        {
            return (first, Evidence::InPlay);
        }
        for &entity in &pattern.entities {
            if let Some(cue) = self.cue_before(t, (word_start, end), entity) {
                return (entity, Evidence::Cue(cue));
            }
        }
        if pattern.entities.iter().all(|&e| self.discovered_place[e])
            && sentence::province_after(t, end)
        {
            return (first, Evidence::InProvince);
        }
        let name = &t[name_start..end];
        if pattern.entities.len() == 1
            && sentence::feminine_nisba_in_noun_place(t, word_start, name_start, end)
        {
            return (first, Evidence::NounPlace);
        }
        if word_start == name_start
            && (sentence::agrees_with_noun_before(t, word_start, name)
                || super::agreement::definite_adjective_of_a_noun(t, word_start, name))
        {
            return (first, Evidence::Adjectival);
        }
        // A verb says a name follows, not which one: a name several entities share waits for
        // the article to decide. Nor does it tell a body's proper name from a definite
        // description any country's body fits (أعلن المصرف المركزي، البنك الوطني): for an
        // organisation, only a name (قالت حماس، أدان مجلس الأمن). A ministry's name is the
        // same in every country (أعلنت وزارة الصحة in Tunis is not Lebanon's): a description.
        // So are a country's forces (أعلنت قوى الأمن الداخلي in Hasakah is not Lebanon's police)
        // and its authorities (قالت سلطة النقد in Hong Kong is not Palestine's), and a
        // movement's name two countries' parties bear (حركة النهضة: Tunisia's and Algeria's).
        let description = name.starts_with("ال")
            || ["وزاره ", "قوات ", "قوي ", "سلطه ", "حركه "]
                .iter()
                .any(|p| name.starts_with(p));
        if word_start == name_start
            && pattern.entities.len() == 1
            && !construct::heads_construct(t, end)
            && let Some(verb) = sentence::verb_before(t, word_start)
            && (self.kinds[first] != EntityKind::Place || sentence::verb_takes_place(verb))
            && (self.kinds[first] != EntityKind::Organization || !description)
        {
            return (first, Evidence::AfterVerb(verb));
        }
        (first, Evidence::Unconfirmed)
    }

    /// A name several places share and nothing else (طرابلس: Libya's and Lebanon's; عمان):
    /// ambiguous for whose it is, not for being a common word, so a definite word after it
    /// (أحداث طرابلس الأخيرة) makes no construct of it.
    pub(super) fn shared_by_places(&self, pattern: &Pattern) -> bool {
        pattern.entities.len() > 1
            && pattern
                .entities
                .iter()
                .all(|&e| self.kinds[e] == EntityKind::Place)
    }
}
