//! What the suggester knows about Arabic words: the built-in lists (kept in
//! [`super::word_lists`]), and what the site's own text says about each word.
//!
//! The lists are deliberately general (function words, the verbs and nouns every news story
//! uses, titles); they cannot be complete, so corpus tests back them up. A word is ordinary —
//! not a name — when the site also writes it with the article ال (تعاون / التعاون), when it
//! is a possessive form of a listed noun or of a word the site writes with the article
//! (موقفك / موقف، علاقاتها / العلاقات), when, ending in ي, the site also writes its feminine
//! (استثماري / استثمارية), when the site writes it with tanween (عاملاً), or when it is the
//! future of a verb the site writes without س (ستكون / تكون). Foreign and personal names
//! almost never take these forms. The tests get better as the site grows.

// Fx hashing: these are looked up for every word of the site (the site's own text).
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use rayon::prelude::*;

/// Military ranks written with the article before a name (العماد جوزاف عون، الرائد …) whose
/// bare form is a given name (عماد، رائد), normalised: the site writing the rank does not make
/// the given name an ordinary word.
const RANKS_NAMED_LIKE_GIVEN_NAMES: &[&str] = &["عماد", "رائد"];

/// عبد, normalised: the particle of a name (عبد الله) and of a given name with a suffix
/// (عبده), which the site writing العبد as a noun does not make ordinary words.
const SERVANT: &str = "عبد";

/// Possessive and plural endings of ordinary nouns (تحياته، علاقاتها، أبنائهم): names do not
/// end like this.
const NOUN_ENDINGS: &[&str] = &[
    "اته",
    "اتها",
    "اتهم",
    "اتهما",
    "اتنا",
    "اتكم",
    "ائه",
    "ائها",
    "ائهم",
    "تهم",
    "هما",
    "كم",
    "كما",
    "ائنا",
];

use super::word_lists::is_dual_of_listed_verb;
pub(super) use super::word_lists::{
    hamza_on_waw, is_common_noun, is_function_or_verb, is_listed, is_listed_verb,
    is_maqsura_homograph, is_particle, is_role_word,
};
pub(super) use super::word_shapes::{
    has_no_name_shape, is_plural_of_groups, is_purpose_phrase, looks_accusative_participle,
    looks_adjectival, looks_prepositional, looks_verbal,
};
use super::word_shapes::{is_compound_family_name, is_fa_alone};

/// Proclitics that may stand before a word, longest first (the matcher's list).
pub(super) const CLITICS: &[&str] = &["وب", "وك", "ول", "فب", "فك", "فل", "و", "ف", "ب", "ك", "ل"];

/// A normalised word is definite when it starts with the article and has a stem after it.
pub(super) fn is_definite(word: &str) -> bool {
    // Two letters at least after the article: the second is looked for, not all counted.
    word.strip_prefix("ال")
        .is_some_and(|s| s.chars().nth(1).is_some())
}

/// `char::is_alphabetic`, answered without Unicode's tables for ASCII and the Arabic letters
/// (nearly every character of an article), which are slow to search.
pub(super) fn is_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
        || c.is_ascii_alphabetic()
        || (!c.is_ascii() && c.is_alphabetic())
}

/// Arabic marks and tatweel: part of a letter, not letters themselves.
pub(super) fn is_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// Each way of reading `word` as clitic + rest, longest clitic first (the order of
/// [`CLITICS`]). ل + ال with the alef elided (للصحفيين) is read as ل + الصحفيين. [`readings`]
/// without the word itself: on the stack, as the rules ask it at nearly every word.
pub(super) fn clitic_readings(word: &str) -> Readings<'_> {
    let mut out = readings(word);
    out.remove(0);
    out
}

/// `word` reads as ل or ب before أين «where» (`rest`), which takes no preposition: it is a
/// word of its own, «line» (فون دير لاين، ذا لاين), not a function word with a clitic.
pub(super) fn preposition_and_where(word: &str, rest: &str) -> bool {
    rest == "اين" && (word == "لاين" || word == "باين")
}

/// The word, then each clitic + rest reading of it, in the order of [`CLITICS`], borrowing
/// where it can: the lookups of every token of a site need no allocation
/// but for ل + ال with the alef elided.
/// Each reading comes with the number of clitic letters before it. On the stack: a word has
/// five readings at most (itself, and two clitics that may start it, each read two ways).
pub(super) fn readings(word: &str) -> Readings<'_> {
    let mut out = Readings::new();
    out.push((0, std::borrow::Cow::Borrowed(word)));
    let mut letters = word.chars();
    let Some(first @ ('و' | 'ف' | 'ب' | 'ك' | 'ل')) = letters.next() else {
        // Every clitic starts with one of these: most words stop here.
        return out;
    };
    // The clitics the word starts with, in the order of CLITICS, read off its first two
    // letters rather than tried one by one (this runs many times at every word of a site):
    // at most one of two letters (و or ف, then ب، ك or ل), then the first letter alone.
    if matches!(first, 'و' | 'ف')
        && let Some(second @ ('ب' | 'ك' | 'ل')) = letters.next()
    {
        push_clitic_reading(&mut out, word, first.len_utf8() + second.len_utf8(), 2);
    }
    push_clitic_reading(&mut out, word, first.len_utf8(), 1);
    out
}

/// The readings of `word` after its first `clitic_bytes` bytes, a clitic of `letters`
/// letters: with the alef an ل elided given back (ل +
/// الصحفيين), and the rest as it is when it has two letters or more.
fn push_clitic_reading<'w>(
    out: &mut Readings<'w>,
    word: &'w str,
    clitic_bytes: usize,
    letters: usize,
) {
    use std::borrow::Cow;
    let (Some(clitic), Some(rest)) = (word.get(..clitic_bytes), word.get(clitic_bytes..)) else {
        return;
    };
    if clitic.ends_with('ل') && rest.starts_with('ل') {
        out.push((letters, Cow::Owned(format!("ا{rest}"))));
    }
    if rest.chars().nth(1).is_some() {
        out.push((letters, Cow::Borrowed(rest)));
    }
}

/// What [`readings`] gives.
pub(super) type Readings<'w> = smallvec::SmallVec<[(usize, std::borrow::Cow<'w, str>); 6]>;

/// What the site's text says of its words, as counted over every article.
#[derive(Debug, Default)]
pub(super) struct Vocabulary {
    /// How often each normalised word occurs on its own.
    pub counts: HashMap<String, usize>,
    /// Words the site writes with tanween at least once.
    pub tanween: HashSet<String>,
    /// How many of each definite word's occurrences are a family name, not a noun: the third
    /// word or later of a name, right after a common given name (محمد عثمان العوض، عبد الله بن
    /// حمد العطية). Not after a name's second word (أحمد الطبيب may be «Ahmad the doctor»),
    /// nor a noun of the lists.
    pub name_uses: HashMap<String, usize>,
}

/// The site's vocabulary: how often each normalised word occurs on its own.
#[derive(Debug, Default)]
pub(super) struct Lexicon {
    vocab: HashMap<String, usize>,
    /// Words the site writes with tanween at least once.
    tanween: HashSet<String>,
    /// See [`Vocabulary::name_uses`].
    name_uses: HashMap<String, usize>,
    /// Names, aliases and demonyms of the registry, normalised.
    registered: HashSet<String>,
    /// The words of `vocab` that pass [`Lexicon::is_bare_name_word`], worked out once.
    name_like: HashSet<String>,
    /// Names and aliases of registered places, normalised.
    places: HashSet<String>,
    /// Of those, the ones every holder marks ambiguous (see `places_named_like_words`).
    places_named_like_words: HashSet<String>,
}

impl Lexicon {
    /// The vocabulary as counted: how often each word occurs, and the words written with
    /// tanween at least once.
    #[cfg(test)]
    pub(super) fn from_counts(
        vocab: HashMap<String, usize>,
        tanween: HashSet<String>,
        registered: HashSet<String>,
    ) -> Self {
        let vocabulary = Vocabulary {
            counts: vocab,
            tanween,
            name_uses: HashMap::default(),
        };
        Lexicon::from_vocabulary(vocabulary, registered)
    }

    /// The vocabulary as counted over the site, with the registry's names.
    pub(super) fn from_vocabulary(vocabulary: Vocabulary, registered: HashSet<String>) -> Self {
        let mut lex = Lexicon {
            vocab: vocabulary.counts,
            tanween: vocabulary.tanween,
            name_uses: vocabulary.name_uses,
            registered,
            name_like: HashSet::default(),
            places: HashSet::default(),
            places_named_like_words: HashSet::default(),
        };
        lex.name_like = lex
            .vocab
            .par_iter()
            .map(|(w, _)| w)
            .filter(|w| lex.judge_bare_name_word(w))
            .cloned()
            .collect();
        lex
    }

    /// With `places` as the registered places' names (see [`Lexicon::is_registered_place`]).
    pub(super) fn with_places(mut self, places: HashSet<String>) -> Self {
        self.places = places;
        self
    }

    pub(super) fn with_places_named_like_words(mut self, names: HashSet<String>) -> Self {
        self.places_named_like_words = names;
        self
    }

    /// A registered place's name that every holder marks ambiguous (normalised).
    pub(super) fn is_place_named_like_words(&self, name: &str) -> bool {
        self.places_named_like_words.contains(name)
    }

    /// A registered place's name or alias (normalised).
    pub(super) fn is_registered_place(&self, name: &str) -> bool {
        self.places.contains(name)
    }

    /// The word occurs on its own somewhere in the site.
    pub(super) fn seen(&self, word: &str) -> bool {
        self.vocab.contains_key(word)
    }

    /// The word occurs somewhere in the site other than as a family name (see
    /// [`Vocabulary::name_uses`]): العوض in «محمد عثمان العوض» says nothing of عوض in «فاطمة
    /// عوض». A large site writes many family names with the article; each would otherwise make
    /// a name an ordinary word in every other article.
    pub(super) fn seen_as_a_noun(&self, word: &str) -> bool {
        self.vocab
            .get(word)
            .is_some_and(|&n| n > self.name_uses.get(word).copied().unwrap_or(0))
    }

    /// A registered name, alias or demonym (normalised, words joined by one space).
    pub(super) fn is_registered(&self, name: &str) -> bool {
        self.registered.contains(name)
    }

    /// An ordinary word, by the lists or by the site's own usage (see the module comment).
    pub(super) fn is_common(&self, word: &str) -> bool {
        if is_listed(word)
            || self.is_registered(word)
            || self.tanween.contains(word)
            || is_dual_of_listed_verb(word)
        {
            return true;
        }
        if clitic_readings(word).iter().any(|(n, rest)| {
            !is_fa_alone(word, *n)
                && is_function_or_verb(rest)
                && !preposition_and_where(word, rest)
        }) {
            return true;
        }
        // The future of a verb the site also writes without it (ستكون / تكون), of a listed
        // verb (سيلتقي / يلتقي), or of the forms تفعّل/تفاعل (سيتحدث، ستتواصل).
        let future = word.strip_prefix('س').is_some_and(|rest| {
            rest.starts_with(['ي', 'ت', 'ن'])
                && (self.seen(rest)
                    || is_listed(rest)
                    || ((rest.starts_with("يت") || rest.starts_with("تت"))
                        && rest.chars().count() >= 5))
        });
        if future || looks_accusative_participle(word) || is_purpose_phrase(word) {
            return true;
        }
        // A name has no verb, no pronoun suffix and no preposition before a verbal noun
        // (واستعرض، يشغل، تجربته، بإرسال), whatever the site writes; a common given name of
        // such a shape (باسل is no ب + اسل) stays a name.
        if has_no_name_shape(word) {
            return true;
        }
        // The article form (التعاون), or for a word in ي its feminine (رئيسي / رئيسية); a
        // rank named like a given name (العماد / عماد) says nothing of the bare word, nor a
        // name's particle written as a noun (طريق هيجة العبد / عبد السيد), nor a common
        // given name the Gulf makes a family name with the article (مشعل الأحمد، خالد
        // الصالح: أحمد and صالح stay given names).
        if (self.seen_as_a_noun(&format!("ال{word}"))
            && !RANKS_NAMED_LIKE_GIVEN_NAMES.contains(&word)
            && !is_particle(word)
            && !super::given_names::is_given_name(word))
            || (word.ends_with('ي') && self.seen(&format!("{word}ه")))
        {
            return true;
        }
        NOUN_ENDINGS.iter().any(|e| word.ends_with(e))
            || ["ه", "ها", "هم", "ك", "كم", "نا"].iter().any(|suffix| {
                // عبده is a given name, not «his servant», wherever the site writes العبد.
                word.strip_suffix(suffix).is_some_and(|stem| {
                    if stem == SERVANT {
                        return false;
                    }
                    // زيارته: the ة of زيارة is written ت before a suffix.
                    let feminine = stem.strip_suffix('ت').map(|s| format!("{s}ه"));
                    std::iter::once(stem.to_string()).chain(feminine).any(|s| {
                        s.chars().count() >= 2 && (is_listed(&s) || self.seen(&format!("ال{s}")))
                    })
                })
            })
    }

    /// A bare word that may be (part of) a name: letters only, not definite, not common, no
    /// clitic in front of a word the site already knows.
    pub(super) fn is_name_word(&self, word: &str) -> bool {
        !is_definite(word) && self.is_bare_name_word(word)
    }

    /// As [`Lexicon::is_name_word`] for a word known not to carry the article (a name such as
    /// ألكسندر normalises to a definite-looking الكسندر).
    pub(super) fn is_bare_name_word(&self, word: &str) -> bool {
        if self.vocab.contains_key(word) {
            self.name_like.contains(word)
        } else {
            self.judge_bare_name_word(word)
        }
    }

    fn judge_bare_name_word(&self, word: &str) -> bool {
        word.chars().count() >= 2
            && word.chars().all(is_letter)
            && !self.is_common(word)
            && !self.has_known_clitic(word)
    }

    /// A registered demonym, or a definite adjective of relation to a place that is
    /// registered or that the site names as a bare name word (اللبناني from لبنان, الأمريكي
    /// from أمريكا, السورية from سوريا; not الدولي from دول, an ordinary word).
    pub(super) fn is_place_demonym(&self, word: &str) -> bool {
        self.demonym_of(word, true)
    }

    /// [`Lexicon::is_place_demonym`] of a registered place only: not of a word the site merely
    /// names (الفلاحي from فلاح, a given name, is no place's).
    pub(super) fn is_registered_place_demonym(&self, word: &str) -> bool {
        self.demonym_of(word, false)
    }

    fn demonym_of(&self, word: &str, of_name_words: bool) -> bool {
        if self.is_registered(word) {
            return true;
        }
        let Some(stem) = word.strip_prefix("ال") else {
            return false;
        };
        let Some(stem) = stem.strip_suffix("يه").or_else(|| stem.strip_suffix('ي')) else {
            return false;
        };
        // The place's forms built in one buffer: this runs at every definite word in ي.
        let mut form = String::with_capacity(stem.len() + 8);
        let mut test = |before: &str, after: &str, holds: &dyn Fn(&str) -> bool| {
            form.clear();
            form.push_str(before);
            form.push_str(stem);
            form.push_str(after);
            holds(&form)
        };
        let registered = |n: &str| self.is_registered(n);
        const BARE: [&str; 3] = ["", "ا", "يا"];
        BARE.iter().any(|end| test("", end, &registered))
            || ["", "يه"].iter().any(|end| test("ال", end, &registered))
            || (of_name_words
                && BARE
                    .iter()
                    .any(|end| test("", end, &|n| self.seen(n) && self.is_name_word(n))))
    }

    /// `word` is a clitic plus a definite or listed word, or plus a word the site writes on
    /// its own at least as often as `word` (وبزشكيان، بتطوير، للصحفيين), or ب or ك plus a
    /// word the site writes with the article (بدور الشباب beside الدور): a new phrase, not the
    /// next part of a name. A name that merely starts with a clitic letter and is itself the
    /// more frequent form (كمال beside مال), a common given name (كمال beside المال), a
    /// nisba (بيومي beside اليومي) or a Maghrebi name in ل (لعربي، لحسن) stays.
    pub(super) fn has_known_clitic(&self, word: &str) -> bool {
        let own = self.count(word);
        clitic_readings(word).iter().any(|(n, rest)| {
            let preposition = word
                .chars()
                .nth(n.saturating_sub(1))
                .is_some_and(|c| "بك".contains(c));
            is_definite(rest)
                || (is_listed(rest) && !is_fa_alone(word, *n) && !preposition_and_where(word, rest))
                || (self.seen(rest) && self.count(rest) >= own)
                || (preposition
                    && rest.chars().count() >= 3
                    && !rest.ends_with('ي')
                    && self.seen(&format!("ال{rest}"))
                    && !super::given_names::is_given_name(word))
        })
    }

    /// How often the word occurs on its own.
    fn count(&self, word: &str) -> usize {
        self.vocab.get(word).copied().unwrap_or(0)
    }

    /// An indefinite accusative (رائعا، عسكريا، موقعا): a word in ا whose stem the site also
    /// writes without it, bare or with the article. Only for recurring sequences: it would
    /// also reject a country next to its demonym (إيطاليا beside إيطالي).
    pub(super) fn is_accusative_form(&self, word: &str) -> bool {
        word.strip_suffix('ا').is_some_and(|stem| {
            stem.chars().count() >= 2 && (self.seen(stem) || self.seen(&format!("ال{stem}")))
        })
    }

    /// A definite word that may end a name (بشار الأسد، عبد الفتاح السيسي): not listed, not
    /// registered, and not an adjective the site also uses without the article or in the
    /// other gender (الإيراني / إيراني / الإيرانية).
    pub(super) fn is_definite_name_word(&self, word: &str) -> bool {
        let Some(stem) = word.strip_prefix("ال") else {
            return false;
        };
        if !is_definite(word) || is_listed(word) || self.is_registered(word) {
            return false;
        }
        // A plural of relation describes people, no name is one (نظراءه الأوروبيين).
        if ["يين", "يون"].iter().any(|e| word.ends_with(e)) {
            return false;
        }
        // A family name made of a compound given name (العبدالله، العبدالرحمن): the site may
        // well write the given name alone (عبدالله), and no adjective is built so.
        if is_compound_family_name(stem) {
            return true;
        }
        if self.seen(stem) || !word.chars().all(is_letter) {
            return false;
        }
        let other_gender = match word.strip_suffix("يه") {
            Some(masculine) => format!("{masculine}ي"),
            None => format!("{word}ه"),
        };
        !self.seen(&other_gender)
    }
}

impl Lexicon {
    /// A definite word that may be a family name right after a given name (محمد الصانع،
    /// عبدالعزيز المسعود): a [`Lexicon::is_definite_name_word`], or one whose bare stem the
    /// site writes only as a name (مسعود), never as an ordinary word, and no adjective (no
    /// other gender written).
    pub(super) fn is_family_name_word(&self, word: &str) -> bool {
        if is_plural_of_groups(word) {
            return false;
        }
        if self.is_definite_name_word(word) {
            return true;
        }
        let Some(stem) = word.strip_prefix("ال") else {
            return false;
        };
        is_definite(word)
            && !is_listed(word)
            && !self.is_registered(word)
            && !looks_adjectival(word)
            && !word.ends_with('ي')
            && (self.is_bare_name_word(stem) || self.is_name_but_for_its_article(stem))
            && !self.seen(&format!("{word}ه"))
    }

    /// A bare word the site writes on its own that is ordinary only because the site also
    /// writes it with the article — a given name beside the family name made of it (مسعود /
    /// المسعود): letters only, on no list, no clitic, no noun or adjective ending.
    pub(super) fn is_name_but_for_its_article(&self, word: &str) -> bool {
        word.chars().count() >= 3
            && word.chars().all(is_letter)
            && self.seen(word)
            && !is_listed(word)
            && !self.is_registered(word)
            && !self.tanween.contains(word)
            && !self.has_known_clitic(word)
            && !looks_adjectival(word)
            && !NOUN_ENDINGS.iter().any(|e| word.ends_with(e))
    }
}

#[cfg(test)]
#[path = "lexicon_tests.rs"]
mod tests;
