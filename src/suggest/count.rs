//! Counting: every occurrence of every candidate name in the site, once each.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

use rayon::prelude::*;

use super::known::{may_hold_a_place, may_open_with_a_place};
use super::lexicon::{Lexicon, is_particle, readings};
use super::tokens::{Sep, Token, Words, letters_prefix_len};
use super::{Doc, Docs, Evidence, Position};
use crate::load::EntityKind;

/// One counted occurrence.
#[derive(Debug, Clone)]
pub(super) struct Occurrence {
    pub pos: Position,
    pub len: usize,
    /// Clitic letters before the name in the first word.
    pub clitic: usize,
    /// The name's bytes in its run, the clitic left out: what the examples quote, read while
    /// the article's words are at hand (see [`super::docs`]).
    pub span: Range<usize>,
}

/// Counts every occurrence of every key in the site, left to right, longest key first; a
/// word is counted once. A person's surname alone counts for the full name when no other
/// candidate ends with it, or when the article has already named exactly one of those that do
/// (صباح الخالد in one article, محمد الخالد in another: «الخالد» is each one's there).
pub(super) fn count_all(
    docs: &mut Docs,
    keys: &[(Vec<String>, Evidence)],
    lex: &Lexicon,
) -> Vec<Vec<Occurrence>> {
    let index = KeyIndex::new(keys, lex);
    // Each article on its own (in parallel), then gathered in site order.
    let mut per_doc: Vec<Vec<(usize, Occurrence)>> = Vec::new();
    docs.in_rounds(|first, round| {
        let found: Vec<Vec<(usize, Occurrence)>> = round
            .par_iter()
            .enumerate()
            .map(|(d, doc)| count_in(&index, first + d, doc))
            .collect();
        per_doc.extend(found);
    });
    let mut out = vec![Vec::new(); keys.len()];
    for (k, occurrence) in per_doc.into_iter().flatten() {
        if let Some(list) = out.get_mut(k) {
            list.push(occurrence);
        }
    }
    out
}

/// The occurrences in article `d`, in order, as (key index, occurrence).
fn count_in(index: &KeyIndex, d: usize, doc: &Doc) -> Vec<(usize, Occurrence)> {
    let mut out = Vec::new();
    // The keys this article has named in full so far: a surname several keys end in is the
    // one of them the article named.
    let mut named: HashSet<usize> = HashSet::default();
    for (r, words) in doc.words.iter().enumerate() {
        let mut i = 0;
        while i < words.tokens.len() {
            let Some((k, len, clitic)) = index.hit(words, i, &named) else {
                i += 1;
                continue;
            };
            if len == index.keys[k].0.len() {
                named.insert(k);
            }
            let pos = Position {
                doc: d,
                run: r,
                token: i,
            };
            let text = doc.runs.get(r).map_or("", |run| run.text.as_str());
            let span = name_span(text, &words.tokens[i..i + len], clitic);
            out.push((
                k,
                Occurrence {
                    pos,
                    len,
                    clitic,
                    span,
                },
            ));
            i += len;
        }
    }
    out
}

/// The bytes of `tokens` (one name) in `text`, without the first word's `clitic` letters;
/// empty when the words are not the text's.
fn name_span(text: &str, tokens: &[Token], clitic: usize) -> Range<usize> {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return 0..0;
    };
    let Some(word) = text.get(first.span()) else {
        return 0..0;
    };
    first.span().start + letters_prefix_len(word, clitic)..last.span().end
}

/// The keys by their first two words (longest first) and the one-word keys by their word, and
/// the surnames that stand for a full name. Two words, not one: a common first word (وزارة،
/// محمد) starts hundreds of keys, each of which the count would try at every such word of the
/// site.
struct KeyIndex<'k> {
    keys: &'k [(Vec<String>, Evidence)],
    by_first_two: HashMap<(&'k str, &'k str), Vec<usize>>,
    single: HashMap<&'k str, usize>,
    /// Surname → the keys whose last word it is (see [`surnames`]).
    surnames: HashMap<&'k str, Vec<usize>>,
    /// Two-word surnames opened by عبد or أبو (see [`compound_surnames`]), by their words.
    compound_surnames: HashMap<(&'k str, &'k str), usize>,
    /// Per key, whether it names an organisation (a place's mention may stand inside it).
    organization: Vec<bool>,
    /// Every word a hit may start with: the first word of a key, a one-word key, a surname.
    /// A token none of whose readings is one is passed over with a lookup per reading, not
    /// three (most words of a site start no name).
    starts: HashSet<&'k str>,
}

impl<'k> KeyIndex<'k> {
    fn new(keys: &'k [(Vec<String>, Evidence)], lex: &Lexicon) -> Self {
        let surnames = surnames(keys, lex);
        let compound_surnames = compound_surnames(keys);
        let mut by_first_two: HashMap<(&str, &str), Vec<usize>> = HashMap::default();
        let mut single: HashMap<&str, usize> = HashMap::default();
        for (i, (key, _)) in keys.iter().enumerate() {
            match key.as_slice() {
                [] => {}
                // A surname on its own is counted for the full name, not as a name of its own.
                // A surname several keys claim may still be a one-word name of its own where
                // the article names none of them (see [`KeyIndex::hit`]).
                [first] if surnames.get(first.as_str()).is_some_and(|c| c.len() == 1) => {}
                // So is a two-word surname another key claims (حسن نصر الله … وأضاف نصر الله).
                [first, second]
                    if compound_surnames
                        .get(&(first.as_str(), second.as_str()))
                        .is_some_and(|&k| k != i) => {}
                [first] => {
                    single.entry(first.as_str()).or_insert(i);
                }
                [first, second, ..] => by_first_two
                    .entry((first.as_str(), second.as_str()))
                    .or_default()
                    .push(i),
            }
        }
        for list in by_first_two.values_mut() {
            list.sort_by_key(|&i| std::cmp::Reverse(keys[i].0.len()));
        }
        let organization = keys
            .iter()
            .map(|(key, ev)| may_hold_a_place(key, ev) || may_open_with_a_place(key, ev))
            .collect();
        let starts = by_first_two
            .keys()
            .map(|(first, _)| *first)
            .chain(single.keys().copied())
            .chain(surnames.keys().copied())
            .chain(compound_surnames.keys().map(|(first, _)| *first))
            .collect();
        KeyIndex {
            starts,
            keys,
            by_first_two,
            single,
            surnames,
            compound_surnames,
            organization,
        }
    }

    /// The key occurring at token `i` — the longest full name, else a surname — as (key
    /// index, words, clitic letters). A surname several keys end in counts for the one of
    /// them in `named` (the article's full names so far), when there is exactly one.
    fn hit(
        &self,
        words: &Words,
        i: usize,
        named: &HashSet<usize>,
    ) -> Option<(usize, usize, usize)> {
        let token = words.tokens.get(i)?;
        // A place's mention may open a longer name that holds places (بعلبك - الهرمل).
        let place_first = token.mention == Some(EntityKind::Place);
        if token.mention.is_some() && !place_first {
            return None;
        }
        let readings = readings(&token.norm);
        if !readings
            .iter()
            .any(|(_, w)| self.starts.contains(w.as_ref()))
        {
            return None;
        }
        let next = words.tokens.get(i + 1).map(|t| t.norm.as_str());
        let full = readings.iter().find_map(|(clitic, w)| {
            let longer = next
                .and_then(|next| self.by_first_two.get(&(w.as_ref(), next)))
                .into_iter()
                .flatten()
                .filter(|&&k| !place_first || self.organization[k])
                .find_map(|&k| {
                    let key = &self.keys[k].0;
                    matches_at(words, i, key, self.organization[k]).then_some((
                        k,
                        key.len(),
                        *clitic,
                    ))
                });
            let single = || Some((*self.single.get(w.as_ref())?, 1, *clitic));
            longer.or_else(|| if place_first { None } else { single() })
        });
        if place_first {
            return full;
        }
        let surname = || {
            readings.iter().find_map(|(clitic, w)| {
                let owner = sole_owner(self.surnames.get(w.as_ref())?, named)?;
                Some((owner, 1, *clitic))
            })
        };
        // A surname the article has given one of its claimants goes to that person before a
        // one-word name of the same word.
        if full.is_none_or(|(_, len, _)| len == 1)
            && let Some(owned) = surname()
        {
            return Some(owned);
        }
        full.or_else(|| self.compound_surname_at(words, i, &readings))
    }

    /// A two-word surname (عبد الحفيظ، أبو الغيط) starting at token `i`, read as
    /// `readings`: its second word follows after a space alone, outside any registered
    /// mention.
    fn compound_surname_at(
        &self,
        words: &Words,
        i: usize,
        readings: &[(usize, std::borrow::Cow<'_, str>)],
    ) -> Option<(usize, usize, usize)> {
        let next = words
            .tokens
            .get(i + 1)
            .filter(|t| t.sep == Sep::Space && t.mention.is_none())?;
        readings.iter().find_map(|(clitic, w)| {
            let k = self
                .compound_surnames
                .get(&(w.as_ref(), next.norm.as_str()))?;
            Some((*k, 2, *clitic))
        })
    }
}

/// Whether the rest of `key` follows token `i` (whose first word already matched), with no
/// registered mention inside (but a place's, when `places_inside`: بنك دبي الإسلامي) and only
/// spaces between its words.
fn matches_at(words: &Words, i: usize, key: &[String], places_inside: bool) -> bool {
    let tokens = &words.tokens;
    key.iter().enumerate().skip(1).all(|(k, w)| {
        tokens.get(i + k).is_some_and(|t| {
            let free =
                t.mention.is_none() || (places_inside && t.mention == Some(EntityKind::Place));
            (t.sep == Sep::Space || t.after_initial() || t.after_hyphen()) && free && t.norm == *w
        })
    })
}

/// The key a surname stands for among `claims`: the only one, or the only one `named`.
fn sole_owner(claims: &[usize], named: &HashSet<usize>) -> Option<usize> {
    match claims {
        [only] => Some(*only),
        _ => {
            let mut in_article = claims.iter().filter(|k| named.contains(k));
            let first = in_article.next()?;
            in_article.next().is_none().then_some(*first)
        }
    }
}

/// Particles after which a name's last word is no surname of its own (normalised): lineage,
/// compound names, kunya. Not ولد، منت: a Mauritanian surname keeps its particle (ولد مرزوك)
/// and claims the last word so.
const FORBEAR_PARTICLES: &[&str] = &["بن", "ابن", "بنت", "عبد", "ابو", "ابي"];

/// Given names (normalised) borne by so many more people than bear them as a surname that alone
/// they are nobody's in particular: the father's name closing a Mauritanian or Sudanese full
/// name (احمد امبارك محمد) claims no «محمد» elsewhere, where it opens another man's name.
const MOST_COMMON_GIVEN_NAMES: &[&str] = &["محمد", "احمد"];

/// Surname → the keys it may stand for: multi-word names hinted as people whose last word is a
/// name word (ترامب) or a definite surname (البرهان). Several keys may claim one surname (صباح
/// الخالد، محمد الخالد); each article's occurrences go to the one it names ([`count_all`]).
pub(super) fn surnames<'k>(
    keys: &'k [(Vec<String>, Evidence)],
    lex: &Lexicon,
) -> HashMap<&'k str, Vec<usize>> {
    let mut claims: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, (key, ev)) in keys.iter().enumerate() {
        let Some(last) = key.last().filter(|_| key.len() >= 2) else {
            continue;
        };
        // علي سلام … وذكر سلام: a surname ordinary only because another article writes it with
        // the article (السلام الملكي) still stands for the full name; the alias is ambiguous,
        // linked only where the article names the person or a verb shows one.
        let name_like = lex.is_name_word(last)
            || (lex.is_definite_name_word(last) && !super::lexicon::is_plural_of_groups(last))
            || lex.is_name_but_for_its_article(last);
        let compound = super::boundaries::is_compound_end(last);
        // أحمد ولد الشيخ: a title after a particle is part of that name, but alone it is the
        // title of anyone (وأكد الشيخ), not this man's surname; so is a title of the cue list
        // (لطفي الشريف … والشريف حسن بن زيد، صبحي السيد … السيد).
        let title = last
            .strip_prefix("ال")
            .is_some_and(super::lexicon::is_role_word)
            || (last.starts_with("ال") && super::triggers::is_person_title(last));
        // ايمن بن عمر: a last word after بن، عبد، أبو … is a forebear's or a compound name's,
        // never this person's surname alone (discovery gives it no such alias), so it claims
        // nothing; else one such name in another article took «عمر» from محمد عمر.
        let after_particle = key
            .len()
            .checked_sub(2)
            .is_some_and(|i| FORBEAR_PARTICLES.contains(&key[i].as_str()));
        if ev.kind() == Some(EntityKind::Person)
            && name_like
            && !MOST_COMMON_GIVEN_NAMES.contains(&last.as_str())
            && !is_particle(last)
            && !compound
            && !title
            && !after_particle
        {
            claims.entry(last.as_str()).or_default().push(i);
        }
    }
    claims
}

/// The first words of a two-word surname (normalised): a given name with its father's
/// compound name (سمير عبد الحفيظ … عبد الحفيظ), a family name with أبو (أحمد أبو الغيط … أبو
/// الغيط) or with a European particle (نايلة دو فريج … دو فريج، ستافان دي ميستورا … دي
/// ميستورا، فيرجيل فان دايك … فان دايك) is named by those two words alone, never by the last
/// one.
pub(crate) const COMPOUND_SURNAME_OPENERS: &[&str] =
    &["عبد", "ابو", "دو", "دي", "دا", "فان", "فون"];

/// The second words of two-word family names (normalised): the Persian نجاد، زاده، بور، فر،
/// راد، نيا written apart (محسن باك نجاد … باك نجاد، علي زاده) and الله after a noun (رامي الحمد
/// الله … الحمد الله، حسن نصر الله … نصر الله). Alone, the last word is no one's name.
pub(crate) const COMPOUND_SURNAME_TAILS: &[&str] =
    &["نجاد", "زاده", "بور", "فر", "راد", "نيا", "الله"];

/// Two-word surname → key, for people of three words or more whose last two are
/// [`COMPOUND_SURNAME_OPENERS`] and a word, or a word and one of [`COMPOUND_SURNAME_TAILS`],
/// claimed by no other candidate. Not عبد الله: alone it is a given name of many more people
/// (الملك عبد الله) than anyone's surname.
pub(super) fn compound_surnames(keys: &[(Vec<String>, Evidence)]) -> HashMap<(&str, &str), usize> {
    let mut claims: HashMap<(&str, &str), Vec<usize>> = HashMap::default();
    for (i, (key, ev)) in keys.iter().enumerate() {
        let [.., before_opener, opener, last] = key.as_slice() else {
            continue;
        };
        let opened = COMPOUND_SURNAME_OPENERS.contains(&opener.as_str())
            && !is_particle(last)
            && !super::boundaries::is_compound_end(last);
        let tailed = COMPOUND_SURNAME_TAILS.contains(&last.as_str())
            && !is_particle(opener)
            && !COMPOUND_SURNAME_OPENERS.contains(&opener.as_str());
        if ev.kind() == Some(EntityKind::Person)
            && (opened || tailed)
            && !FORBEAR_PARTICLES.contains(&before_opener.as_str())
        {
            claims
                .entry((opener.as_str(), last.as_str()))
                .or_default()
                .push(i);
        }
    }
    sole_claims(claims)
}

/// The surnames exactly one key claims, with that key: a surname two candidates end in
/// stands for neither.
fn sole_claims<K: std::hash::Hash + Eq>(claims: HashMap<K, Vec<usize>>) -> HashMap<K, usize> {
    claims
        .into_iter()
        .filter(|(_, ks)| ks.len() == 1)
        .map(|(w, ks)| (w, ks[0]))
        .collect()
}

#[cfg(test)]
mod surname_tests {
    use super::super::test_site::{aliases_of, found_aliases};

    /// A name ending in بن and a forebear (أيمن بن عمر) in another article does not claim
    /// «عمر»: the surname alone stays the alias of the one person who bears it (محمد عمر).
    #[test]
    fn a_forebear_after_bin_claims_no_surname() {
        let bodies = [
            "وقال اللاعب محمد عمر إن الفريق جاهز. وسدد عمر الكرة في الشباك.",
            "وشارك في المباراة اللاعب أيمن بن عمر واللاعب كريم بن عمر.",
        ];
        let aliases = aliases_of(&bodies, "محمد عمر");
        assert!(aliases.contains(&"عمر".to_string()), "{aliases:?}");
    }

    /// A surname another article writes with the article (السلام) stands alone for the full
    /// name in the article that names the person (علي سلام … وذكر سلام).
    #[test]
    fn a_surname_written_elsewhere_with_the_article_still_links() {
        let bodies = [
            "وافتتح رئيس البلدية علي سلام الجلسة الأولى. وذكر سلام نتائج الانتخابات.",
            "وعزف السلام الملكي في بداية الحفل.",
        ];
        let aliases = aliases_of(&bodies, "علي سلام");
        assert!(aliases.contains(&"سلام".to_string()), "{aliases:?}");
    }

    /// A surname of two words (عبد الحفيظ، أبو الغيط) stands for the full name as those two
    /// words, with a clitic too (وأبو الغيط), never as the last word alone (الحفيظ).
    #[test]
    fn a_surname_of_two_words_links_as_two_words() {
        let bodies = [
            "وقال وزير الاقتصاد سمير عبد الحفيظ إن الحكومة ستدعم الاستثمار. وأوضح عبد الحفيظ أن الوزارة تعمل.",
            "وأكد الأمين العام للجامعة أحمد أبو الغيط دعمه للقمة، واستقبل وأبو الغيط الوفد. وأضاف أبو الغيط أن القمة في موعدها.",
        ];
        let hafiz = aliases_of(&bodies, "سمير عبد الحفيظ");
        assert!(hafiz.contains(&"عبد الحفيظ".to_string()), "{hafiz:?}");
        assert!(!hafiz.iter().any(|a| a == "الحفيظ"), "{hafiz:?}");
        let gheit = aliases_of(&bodies, "أحمد أبو الغيط");
        assert!(gheit.contains(&"أبو الغيط".to_string()), "{gheit:?}");
    }

    /// No two-word surname after بن (lineage: محمد بن عبد الله), none that is عبد الله (the
    /// given name of many), and none two people share (سمير عبد الحفيظ، كريم عبد الحفيظ).
    #[test]
    fn lineage_given_names_and_shared_surnames_claim_nothing() {
        let claims = |bodies: &[&str], person: &str| {
            found_aliases(bodies, person).unwrap_or_else(|| panic!("{person} is not discovered"))
        };
        let lineage = claims(
            &["وقال الأمير محمد بن عبد العزيز إن الزيارة مهمة. وأضاف عبد العزيز أن الوفد وصل."],
            "محمد بن عبد العزيز",
        );
        assert!(!lineage.iter().any(|a| a == "عبد العزيز"), "{lineage:?}");
        let given = claims(
            &["وقال الوزير محمد عبد الله إن الخطة جاهزة. وأضاف عبد الله أن التنفيذ يبدأ غدا."],
            "محمد عبد الله",
        );
        assert!(!given.iter().any(|a| a == "عبد الله"), "{given:?}");
        let shared = claims(
            &[
                "وقال الوزير سمير عبد الحفيظ إن الخطة جاهزة. وأوضح عبد الحفيظ أن التنفيذ يبدأ.",
                "وقال المدرب كريم عبد الحفيظ إن الفريق جاهز. وأضاف عبد الحفيظ أن المباراة صعبة.",
            ],
            "سمير عبد الحفيظ",
        );
        assert!(!shared.iter().any(|a| a == "عبد الحفيظ"), "{shared:?}");
    }
}
