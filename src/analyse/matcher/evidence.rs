//! Why a mention was accepted: the evidence an ambiguous name needs, and which of it stands
//! at the mention's own place.

/// Why a mention was accepted; shown to editors by `sahifa mentions`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Evidence {
    /// The alias is unambiguous.
    Unambiguous,
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
    /// its place in the table (الخليج صاحب المركز السادس): the club named like the town, not the town. Never linked, and it unlinks the town's every other
    /// mention in the article, where the same club is named bare (كاد الرياض أن يقلص الفارق).
    NamesATeam,
    /// A name a club shares with a town (الريان), right after a word of a team (لاعب الريان)
    /// or right before its place in the table (الريان الوصيف): the club, not the town.
    ClubNamedLikeATown,
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
