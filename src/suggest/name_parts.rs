//! What each word of a person's name is: a given name (with the article, from the curated
//! list, a title used as one, a place used as one), a family name after a given name or a
//! lineage, a word of a lineage. [`Scan::name_from`] asks these questions word by word to know
//! where a name goes on.

use super::boundaries::{
    IN_THE_NAME_OF, LINEAGE, SPEAKING_FOR, TITLES_AND_GIVEN_NAMES, is_definite_given_name,
};
use super::discover::Scan;
use super::lexicon::{
    is_function_or_verb, is_letter, is_listed, is_particle, looks_adjectival, looks_verbal,
};
use super::tokens::Sep;
use crate::load::EntityKind;

/// The Amazigh «sons of» before a family's name (آيت الطالب), normalised.
const AIT: &str = "ايت";

/// Endings of a noun with a pronoun (موكله، شعبها، بلادهم), normalised: no family name after
/// باسم ends so.
const PRONOUN_ENDINGS: &[&str] = &["ه", "ها", "هم", "هما", "كم", "نا"];

/// Starts of participles of the derived forms (مستعار، مستقل، متهم، متحدث), normalised, in a
/// word of five letters or more: no family name after باسم starts so.
const DERIVED_PARTICIPLE_STARTS: &[&str] = &["مست", "مت"];

/// «Sayyid» without the article (normalised): before a given name, half of a compound given
/// name (سيد علي).
const SAYYID: &str = "سيد";

/// «That» after a verb of saying (إن، أن، أنه، أنها), normalised.
const THAT: &[&str] = &["ان", "انه", "انها"];

impl Scan<'_> {
    /// Token `j`, as written or after `clitic` letters, is a given name with the article (see
    /// [`DEFINITE_GIVEN_NAMES`]) and a name word or a family name follows it (الهادي عبدالسيد،
    /// والحسين الوردي).
    pub(super) fn definite_given_at(&self, j: usize, word: &str) -> bool {
        is_definite_given_name(word)
            && self.joined(j + 1)
            && (self.name_word(j + 1)
                || self
                    .token(j + 1)
                    .is_some_and(|t| t.article() && self.lex.is_family_name_word(&t.norm)))
    }

    /// The title السيد at token `i` right after a common given name (علاء السيد أحمد
    /// إسماعيل): a middle name, as Egyptian names often have it, and the whole name runs from
    /// the given name through the name after السيد. Why: read as a title it cut the name to
    /// its last words, a different person.
    pub(super) fn name_through_sayyid(&self, i: usize) -> Option<super::Found> {
        let title = self.token(i)?;
        if title.norm != "السيد" || title.sep != Sep::Space || title.mention.is_some() || i == 0
        {
            return None;
        }
        if !self.listed_given_name_at(i - 1) || self.token(i - 1)?.sep == Sep::Quote {
            return None;
        }
        let rest = self.name_from(i + 1, EntityKind::Person)?;
        Some(super::people::person(i - 1..rest.end))
    }

    /// Token `j` is a one-word place with no article, after a demonym that completes a title
    /// (الإيطالية), with a bare name word after it that ends the clause (جورجيا ميلوني،) or
    /// that «إن», a function word or a verb follows (جورجيا ميلوني إن …، جورجيا ميلوني خلال
    /// زيارتها): a given name the gazetteer knows as a place. Why: linked as the place, the
    /// person was lost and a false link made. A word in ا or ة after the place is a
    /// circumstantial accusative (وصل الرئيس الفرنسي بيروت قادما، روما متجهة إلى بروكسل), a
    /// feminine dual an adverb of times (زار الرئيس الفرنسي لبنان مرتين).
    pub(super) fn place_as_given_name(&self, j: usize) -> bool {
        let Some(t) = self.token(j) else {
            return false;
        };
        let after_demonym = j > 0
            && t.sep == Sep::Space
            && self
                .token(j - 1)
                .is_some_and(|p| p.article() && self.lex.is_place_demonym(&p.norm));
        after_demonym
            && t.mention == Some(EntityKind::Place)
            && !t.article()
            && !t.norm.contains(' ')
            && self.joined(j + 1)
            && self.name_word(j + 1)
            && self.token(j + 1).is_some_and(|n| {
                !n.norm.ends_with('ا')
                    && !n.ta_marbuta()
                    && !["تين", "تان"].iter().any(|d| n.norm.ends_with(d))
            })
            && self.token(j + 2).is_none_or(|n| {
                n.sep != Sep::Space
                    || THAT.contains(&n.norm.as_str())
                    || super::lexicon::is_function_or_verb(&n.norm)
            })
    }

    /// Token `j` is «سيد» without the article and a common given name follows it in the
    /// same clause (سيد علي زروقي، سيد أحمد غزالي): the first half of a Maghrebi compound
    /// given name (Sid Ali), not «Mr.», which news writes with the article (السيد).
    pub(super) fn sayyid_compound_at(&self, j: usize) -> bool {
        self.token(j).is_some_and(|t| t.norm == SAYYID)
            && self.token(j + 1).is_some_and(|n| {
                n.sep == Sep::Space
                    && n.mention.is_none()
                    && super::name_lists::is_given_name(&n.norm)
            })
    }

    /// Token `j` has the article, is no adjective, and بن, بنت or ابن follows it, then a bare
    /// word (المياسة بنت حمد، الحسن بن طلال): a given name opening a name of lineage. A
    /// word in ي is an adjective of relation ending a title (رئيس المجلس الولائي بن علي
    /// بيداي, an Algerian family name in بن) unless it is a listed given name (الهادي).
    pub(super) fn definite_before_lineage(&self, j: usize) -> bool {
        self.token(j).is_some_and(|t| {
            t.article()
                && !looks_adjectival(&t.norm)
                && (!t.norm.ends_with('ي') || is_definite_given_name(&t.norm))
        }) && self.joined(j + 1)
            && self
                .token(j + 1)
                .is_some_and(|t| ["بن", "ابن", "بنت"].contains(&t.norm.as_str()))
            && self.joined(j + 2)
            && self.after_particle_word(j + 2)
    }

    /// Token `i` may follow a name particle: any bare word but a function word or verb
    /// (آل ثاني، بن علي).
    pub(super) fn after_particle_word(&self, i: usize) -> bool {
        self.name_word(i)
            || self.after_ait(i)
            || self.token(i).is_some_and(|t| {
                let w = t.norm.as_str();
                w.chars().count() >= 2
                    && w.chars().all(is_letter)
                    && !t.article()
                    && !is_function_or_verb(w)
                    && !self.lex.has_known_clitic(w)
            })
    }

    /// Token `i`, a definite word of letters, follows the Amazigh آيت («sons of»): the
    /// family's name, even one the site writes as an ordinary word (خالد آيت الطالب beside
    /// «طالب نواب»), since آيت says a family's name comes next.
    fn after_ait(&self, i: usize) -> bool {
        i > 0
            && self.tokens()[i - 1].norm == AIT
            && self.token(i).is_some_and(|t| {
                t.article()
                    && t.mention.is_none()
                    && t.norm.chars().all(is_letter)
                    && t.norm.chars().count() >= 4
            })
    }

    /// Token `i` follows a name of lineage (ماجد بن سعد | الحربي): its family name, whatever
    /// comes after it.
    pub(super) fn after_particle_chain(&self, i: usize) -> bool {
        i >= 2 && self.is_particle_at(i - 2)
    }

    /// Token `j` is a given name the site also writes with the article as a family name
    /// (مسعود beside المسعود): no listed word, no clitic, letters only, and a name word after it
    /// (مسعود سليمان). Only for people, whose name the caller has already found a title or verb
    /// for.
    pub(super) fn given_name_before_name(&self, j: usize) -> bool {
        let Some(t) = self
            .token(j)
            .filter(|t| !t.article() && t.mention.is_none())
        else {
            return false;
        };
        let w = t.norm.as_str();
        w.chars().count() >= 3
            && w.chars().all(is_letter)
            && !is_listed(w)
            && !t.tanween()
            && !self.lex.has_known_clitic(w)
            && !looks_adjectival(w)
            && !looks_verbal(w)
            && self.seen_with_article(w)
            && self.joined(j + 1)
            && self.name_word(j + 1)
    }

    /// Token `i` ends a name of lineage begun at `j` (أحمد بن عبد العزيز قطان.): a bare word
    /// the site also writes with the article (القطان) is the family name after the chain of
    /// forebears when the clause ends with it.
    pub(super) fn family_name_after_lineage(&self, j: usize, i: usize) -> bool {
        let lineage = (j..i).any(|k| {
            self.token(k)
                .is_some_and(|t| LINEAGE.contains(&t.norm.as_str()))
        });
        let ends = self.token(i + 1).is_none_or(|n| n.sep == Sep::Break);
        lineage
            && ends
            && i >= j + 3
            && self.given_name_shape(i)
            && self.seen_with_article(&self.tokens()[i].norm)
    }

    /// Token `i` is the family name after the first name at `j = i - 1` (نواف سلام، ياسين
    /// جابر): a word the site also writes with the article as a common noun (السلام، الجابر)
    /// is still the family name right after a bare first name, when it has a name's shape
    /// and no accusative's. Why: on a site of a few dozen articles almost every such surname
    /// has its common noun somewhere (السلام في أوكرانيا), and the name was cut to its first
    /// word and lost. Only for a person, whose name the caller found a title, verb or list of
    /// credits for.
    pub(super) fn family_name_after_given(&self, j: usize, i: usize) -> bool {
        i == j + 1
            && (self.name_word(j) || self.listed_given_name_at(j))
            && self.token(j).is_some_and(|t| !t.article())
            && self.given_name_shape(i)
            && !super::name_lists::is_given_name(&self.tokens()[i].norm)
            && !self.accusative_at(i)
            && !self.prepositional_at(i)
    }

    /// Token `k` is و and a common given name, and no given name itself (وحيدر، ومحمد; not
    /// وليد، وائل).
    pub(super) fn and_given_name_at(&self, k: usize) -> bool {
        let w = self.tokens()[k].norm.as_str();
        w.starts_with('و')
            && !super::name_lists::is_given_name(w)
            && super::name_lists::is_given_name(self.without_and(k))
            && self.tokens()[k].mention.is_none()
    }

    /// Token `j` is ل or ب and a common given name, and no given name itself nor a listed word
    /// (لأشرف، بمحمد; not لبنى، بلال، لدينا, nor the Maghrebi لحسن، لسعد, listed whole), before
    /// the next word: the first name of a chain of people after a preposition (أتيحت لأشرف
    /// الجابري ويوسف بلايلي). The preposition stays out of the name.
    pub(super) fn given_name_after_preposition_at(&self, j: usize) -> bool {
        let Some(t) = self.token(j) else {
            return false;
        };
        let w = t.norm.as_str();
        // Asked at every word: the cheap test first.
        (w.starts_with('ل') || w.starts_with('ب'))
            && given_after_preposition(w).is_some()
            && !t.article()
            && t.mention.is_none()
            && !t.tanween()
            && !super::name_lists::is_given_name(w)
            && !is_listed(w)
            && w.chars().all(is_letter)
            && self.joined(j + 1)
    }

    /// Token `j` is a common given name of the curated list (حسن، عمر، هادي، وليد), bare, with
    /// no tanween or accusative: it opens a person's name the caller found a title or verb for,
    /// though the site also writes it as an ordinary word (الحسن، العمر، المحيط الهادي). Why:
    /// the site's vocabulary grows with every article, and «للرئيس هادي» found when its article
    /// was built alone was lost in a site of thirty; the list is local evidence, the site's
    /// usage is not.
    pub(super) fn listed_given_name_at(&self, j: usize) -> bool {
        self.token(j)
            .filter(|t| !t.article() && t.mention.is_none() && !t.tanween())
            .is_some_and(|t| {
                let w = t.norm.as_str();
                super::name_lists::is_given_name(w)
                    && w.chars().all(is_letter)
                    && (t.homograph_name() || !is_function_or_verb(w))
                    && !self.accusative_at(j)
                    && !self.prepositional_at(j)
            })
    }

    /// Definite token `i` completes a compound name after a separate عبد (أشرف عبد الباقي،
    /// عبد الرحيم): what follows عبد is one of God's names, whatever the site writes bare
    /// (باقي محافظات السلطنة made الباقي an ordinary word once the site grew), or lists as an
    /// adjective (عبد الكبير، عبد الكريم). Letters only.
    pub(super) fn divine_name_after_abd(&self, i: usize) -> bool {
        i > 0
            && self.tokens()[i - 1].norm == "عبد"
            && self.tokens()[i].mention.is_none()
            && self.tokens()[i].norm.chars().all(is_letter)
    }

    /// Token `i` is shaped like a bare name: letters only, no listed word, tanween, clitic,
    /// adjective or verb shape, nor a shape no name has (أوراق | اعتماده) or a listed word
    /// with a pronoun (غاب | خلالها).
    pub(super) fn given_name_shape(&self, i: usize) -> bool {
        self.token(i)
            .filter(|t| !t.article() && t.mention.is_none() && !t.tanween())
            .is_some_and(|t| {
                let w = t.norm.as_str();
                w.chars().count() >= 3
                    && w.chars().all(is_letter)
                    && !is_listed(w)
                    && !is_function_or_verb(w)
                    && !self.lex.has_known_clitic(w)
                    && !looks_adjectival(w)
                    && !looks_verbal(w)
                    && !super::lexicon::has_no_name_shape(w)
                    && !is_listed_with_pronoun(w)
            })
    }

    /// Token `j` is أمير or أمين written bare as a given name (وافتتح أمير سعيود التهديف، رئيس
    /// المجلس البلدي أمين علوش): a family name follows it, no given name (أمير فيصل بن بندر is
    /// the title before a prince), no place (أمير قطر، أمين عمان) and no kind or common word
    /// (أمير منطقة الرياض، أمين عام الحزب، أمين سر اللجنة). So is باسم
    /// where a title has just ended ([`Self::bassem_as_given_name`]).
    pub(super) fn title_as_given_name(&self, j: usize) -> bool {
        let Some(t) = self.token(j).filter(|t| !t.article()) else {
            return false;
        };
        let given = TITLES_AND_GIVEN_NAMES.contains(&t.norm.as_str())
            || (t.norm == IN_THE_NAME_OF && self.bassem_as_given_name(j));
        let family = self.joined(j + 1)
            && self.name_word(j + 1)
            && self.token(j + 1).is_some_and(|t| {
                !is_particle(&t.norm)
                    && !SECRETARY_OF.contains(&t.norm.as_str())
                    && !super::name_lists::is_given_name(&t.norm)
                    && !self.lex.is_registered_place(&t.norm)
            });
        given && family
    }

    /// باسم at token `j` may be a given name (رئيس الديوان الملكي السابق باسم عوض الله، وكيل
    /// المتهم بالأردن، باسم عوض الله،): right after a comma, or after the adjective that closes
    /// a title (السابق، الأسبق), never after the title word itself, a verb, or within three
    /// words of a spokesman's title or a verb of speaking — there it is «in the name of»
    /// (المتحدث الرسمي باسم، اللاعب باسم منتخب بلاده، يكتب باسم مستعار); nor before a word in
    /// ة or with a pronoun (باسم عائلة الضحية، باسم موكله), which a family name does not end in,
    /// or shaped like a participle of the derived forms (باسم مستعار، باسم متهم).
    fn bassem_as_given_name(&self, j: usize) -> bool {
        let t = &self.tokens()[j];
        let after_title = j > 0
            && t.sep == Sep::Space
            && self.tokens()[j - 1].article()
            && self.tokens()[j - 1].mention.is_none()
            && super::triggers::trigger_at(self.tokens(), j - 1).is_none()
            && !is_function_or_verb(&self.tokens()[j - 1].norm);
        let family_shaped = self.token(j + 1).is_some_and(|n| {
            !n.ta_marbuta()
                && !PRONOUN_ENDINGS.iter().any(|e| n.norm.ends_with(e))
                && !DERIVED_PARTICIPLE_STARTS
                    .iter()
                    .any(|p| n.norm.starts_with(p) && n.norm.chars().count() >= 5)
        });
        (t.comma() || after_title) && family_shaped && !self.speaking_for_before(j)
    }

    /// A spokesman's title or a verb of speaking stands in the three words before token `j`
    /// (الناطق الرسمي باسم، متحدثا باسم): see [`Self::bassem_as_given_name`].
    fn speaking_for_before(&self, j: usize) -> bool {
        self.tokens()[j.saturating_sub(3)..j]
            .iter()
            .any(|t| SPEAKING_FOR.iter().any(|s| t.norm.contains(s)))
    }

    /// Token `j` is «باسم» right after a spokesman's title (المتحدث باسم المنتدى التونسي،
    /// الناطق الرسمي باسم): «in the name of» the body he speaks for, not the given name Bassem,
    /// which a spokesman may bear further on (الناطق باسم الحكومة باسم سيف).
    pub(super) fn in_the_name_of_a_spokesman(&self, j: usize) -> bool {
        let spokesman = |k: usize| {
            self.token(k)
                .is_some_and(|t| SPEAKING_FOR.iter().any(|s| t.norm.contains(s)))
        };
        self.token(j)
            .is_some_and(|t| t.norm == IN_THE_NAME_OF && t.sep == Sep::Space)
            && j > 0
            && (spokesman(j - 1)
                || (j > 1 && self.tokens()[j - 1].norm == "الرسمي" && spokesman(j - 2)))
    }

    pub(super) fn seen_with_article(&self, word: &str) -> bool {
        self.lex.seen(&format!("ال{word}"))
    }
}

/// What a secretary keeps, after أمين as his title (أمين سر، أمين مخزن، أمين الصندوق),
/// normalised: no family name.
const SECRETARY_OF: &[&str] = &[
    "سر",
    "عام",
    "مخزن",
    "مستودع",
    "صندوق",
    "مكتبه",
    "مال",
    "سجل",
    "متحف",
    "عاصمه",
    "فتوي",
];

/// A listed word with a pronoun suffix (خلالها، أمامه، وزيرها; زيارته of a listed زيارة):
/// no name, even where the site also writes it bare.
fn is_listed_with_pronoun(word: &str) -> bool {
    ["ه", "ها", "هم", "هما", "ك", "كم", "نا"]
        .iter()
        .any(|suffix| {
            word.strip_suffix(suffix).is_some_and(|stem| {
                let feminine = stem.strip_suffix('ت').map(|s| format!("{s}ه"));
                stem.chars().count() >= 2
                    && (is_listed(stem) || feminine.is_some_and(|f| is_listed(&f)))
            })
        })
}

/// `word` without a leading ل or ب when what is left is a common given name of three letters
/// at least (لاشرف → اشرف), normalised.
pub(super) fn given_after_preposition(word: &str) -> Option<&str> {
    word.strip_prefix(['ل', 'ب'])
        .filter(|rest| rest.chars().count() >= 3 && super::name_lists::is_given_name(rest))
}
