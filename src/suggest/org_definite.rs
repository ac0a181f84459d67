//! Bodies named by common nouns from a definite head: a state body of a list (البنك
//! المركزي، مجلس النواب) or a head with a country's demonym (الجيش اللبناني، التلفزيون
//! الجزائري), and a head with the adjectives that make it one body (الاتحاد الجزائري لكرة
//! القدم، المحكمة الابتدائية بتونس). [`Scan::after_triggers`] asks them before the heads that
//! govern a phrase (`organizations.rs`).

use super::discover::{Found, Scan};
use super::lexicon::readings;
use super::org_descriptions::court_of_many_seats;
use super::org_phrase::{is_name_adjective, lam_reading};
use super::org_shapes::is_ordinal;
use super::org_words::{
    BODIES_POINTED_BACK_TO, DEMONYM_HEAD_SECOND_WORDS, DEMONYM_HEADS, NUMBERED_BODY_WORDS, ROYAL,
    STATE_BODY_WORDS, may_open_a_state_body,
};
use super::tokens::Sep;
use super::triggers::{judicial_head_at, no_body_at_definite_head};

/// Definite heads of institutions (normalised) that a town has of every kind (المعهد التقني،
/// المركز الإعلامي، الكلية التقنية), and whose word is also an adjective (الكلية «total»):
/// one body only with a complement or a nation's adjective (see
/// [`Scan::names_one_institution`]).
const INSTITUTION_HEADS: &[&str] = &["معهد", "مركز", "كليه", "مندوبيه"];

impl Scan<'_> {
    /// The end of a body named by common nouns and an ordinal at token `i` (see
    /// [`NUMBERED_BODY_WORDS`]); `reads` says whether token `i` reads as a word.
    fn numbered_body_end(&self, i: usize, reads: &dyn Fn(&str) -> bool) -> Option<usize> {
        let words = NUMBERED_BODY_WORDS.iter().find(|words| {
            reads(&words[0])
                && words[1..].iter().enumerate().all(|(k, w)| {
                    self.token(i + 1 + k)
                        .is_some_and(|n| n.sep == Sep::Space && n.mention.is_none() && n.norm == *w)
                })
        })?;
        let ordinal = i + words.len();
        self.token(ordinal)
            .is_some_and(|n| n.sep == Sep::Space && is_ordinal(&n.norm))
            .then_some(ordinal + 1)
    }

    /// A state body named by common nouns at token `i` (see [`STATE_BODIES`], [`DEMONYM_HEADS`]):
    /// the longest of the list, or a head with a registered country's demonym.
    pub(super) fn state_body_at(&self, i: usize) -> Option<Found> {
        let t = self.token(i).filter(|t| t.mention.is_none())?;
        // A clitic comes first: the word ends with the head (لرئاسة، والديوان).
        // A numbered body's head is a common word (المنطقة): its second word is asked first.
        let numbered = NUMBERED_BODY_WORDS.iter().any(|words| {
            self.token(i + 1).is_some_and(|n| n.norm == words[1]) && t.norm.ends_with(&*words[0])
        });
        let may_start = numbered || may_open_a_state_body(&t.norm);
        // وقانون الدفاع المدني: a law named after its field, not the body.
        if !may_start || self.after_a_law(i) {
            return None;
        }
        let readings = readings(&t.norm);
        let reads = |w: &str| readings.iter().any(|(_, r)| r.as_ref() == w);
        // «لرئاسة الحكومة» (named, a candidate … for the premiership) is the office; the body
        // is named without ل (أعلنت رئاسة الحكومة), or after تابع (التابعة لرئاسة الحكومة).
        // Not the presidency: «أمينا عاما لرئاسة الجمهورية» names its secretariat's body.
        let after_tabi = i > 0
            && self
                .token(i - 1)
                .is_some_and(|p| p.norm.trim_start_matches("ال").starts_with("تابع"));
        let premiership = self
            .token(i + 1)
            .is_some_and(|n| n.norm == "الحكومه" || n.norm == "الوزراء");
        let for_the_office = |head: &str| {
            head == "رئاسه"
                && premiership
                && !after_tabi
                && t.norm.strip_suffix(head).is_some_and(|c| c.ends_with('ل'))
        };
        let listed = STATE_BODY_WORDS
            .iter()
            .filter(|words| {
                reads(&words[0])
                    && !for_the_office(&words[0])
                    && words[1..].iter().enumerate().all(|(k, w)| {
                        self.token(i + 1 + k).is_some_and(|n| {
                            n.sep == Sep::Space && n.mention.is_none() && n.norm == *w
                        })
                    })
            })
            .map(Vec::len)
            .max();
        if let Some(len) = listed {
            let end = self.past_demonyms(i + len);
            return Some(Found::organization(i..end, true, None));
        }
        if numbered && let Some(end) = self.numbered_body_end(i, &reads) {
            return Some(Found::organization(i..end, true, None));
        }
        let &head = DEMONYM_HEADS.iter().find(|h| reads(h))?;
        let mut k = i + 1;
        let second = DEMONYM_HEAD_SECOND_WORDS
            .iter()
            .find(|(h, _, _)| *h == head);
        if let Some(&(_, word, required)) = second {
            if self
                .token(k)
                .is_some_and(|n| n.sep == Sep::Space && n.norm == word)
            {
                k += 1;
            } else if required {
                return None;
            }
        }
        let royal_forces = head == "القوات";
        let demonym = self.token(k).is_some_and(|n| {
            n.sep == Sep::Space
                && (n.mention.is_none() || self.lex.is_registered(&n.norm))
                && (self.lex.is_place_demonym(&n.norm) || (royal_forces && n.norm == ROYAL))
        });
        // الجيش السوري الحر: a name of more adjectives is read whole from its head (see
        // `definite_organization_at`).
        let more = self
            .token(k + 1)
            .is_some_and(|n| n.sep == Sep::Space && is_name_adjective(n));
        (demonym && !more).then(|| Found::organization(i..k + 1, true, None))
    }

    /// Token `i` follows «قانون» (a law, with or without و or ب) across a space.
    fn after_a_law(&self, i: usize) -> bool {
        i > 0
            && self.token(i).is_some_and(|t| t.sep == Sep::Space)
            && readings(&self.tokens()[i - 1].norm)
                .iter()
                .any(|(clitic, w)| *clitic <= 1 && w.as_ref() == "قانون")
    }

    /// One past the demonyms of registered places from token `k` on (البنك المركزي | المصري).
    fn past_demonyms(&self, mut k: usize) -> usize {
        while self.token(k).is_some_and(|n| {
            n.sep == Sep::Space
                && (n.mention.is_none() || self.lex.is_registered(&n.norm))
                && self.lex.is_place_demonym(&n.norm)
        }) {
            k += 1;
        }
        k
    }

    /// An organisation named with its head in the definite form and the adjectives that make it
    /// one body (الاتحاد الجزائري لكرة القدم، المجلس الانتقالي الجنوبي، البنك المركزي
    /// التونسي): two adjectives, or one and a complement with ل; one adjective alone is a
    /// description (البنك التجاري، اللجنة الفنية; البنك المركزي is a [`STATE_BODIES`] entry).
    /// Demonyms stay: without them the name is anyone's.
    pub(super) fn definite_organization_at(&self, i: usize) -> Option<Found> {
        if no_body_at_definite_head(self.tokens(), i) {
            return None;
        }
        let adjectives = (i + 1..)
            .take_while(|&k| {
                self.joined(k)
                    // المحكمة الكبرى الجنائية: a court's rank.
                    && (self.token(k).is_some_and(is_name_adjective)
                        || self.chamber_adjective_at(i + 1, k))
            })
            .count();
        if adjectives == 0 || (adjectives == 1 && self.press_office_at(i)) {
            return None;
        }
        let phrase = self.org_phrase(i + 1, true, 1)?;
        // الجمعية العمومية للبنك: a complement that points back to a body already named is that
        // body's organ (its assembly, its board), a description, not a name.
        let back_reference = phrase.end > 0
            && self
                .token(phrase.end - 1)
                .and_then(|t| lam_reading(&t.norm))
                .is_some_and(|rest| {
                    rest.strip_prefix("ال")
                        .is_some_and(|head| BODIES_POINTED_BACK_TO.contains(&head))
                });
        if back_reference && phrase.adjectives < 2 {
            return None;
        }
        let more_adjectives = phrase.adjectives >= 2;
        let judicial = judicial_head_at(self.tokens(), i) && phrase.adjectives >= 1;
        if !(more_adjectives || phrase.complement || judicial) {
            return None;
        }
        if self.institution_head_at(i) && !self.names_one_institution(i, &phrase) {
            return None;
        }
        // المؤسسة العمومية للصحة الجوارية "بشير منتوري": a description of a class of bodies,
        // then the one body's name in quotes.
        if let Some(name) = self.quoted_proper_name_at(i, phrase.end) {
            return Some(Found::organization(name, true, None));
        }
        let alias = self.parenthesised_at(phrase.end);
        let remit = self.committee_by_its_remit(i, i + 1, phrase.end);
        // المحكمة الابتدائية بتونس … بالمنستير: a level of court with its seat, one body each.
        let end = if phrase.end == i + 2 && self.seated_court_at(i) && self.seat_at(phrase.end) {
            self.past_seat(phrase.end)
        } else {
            phrase.end
        };
        Some(Found::organization(i..end, !remit, alias))
    }

    /// Token `i` is a definite head of [`INSTITUTION_HEADS`] (المعهد، المركز، الكلية،
    /// المندوبية).
    fn institution_head_at(&self, i: usize) -> bool {
        self.head_word(i).is_some_and(|h| {
            h.strip_prefix("ال")
                .is_some_and(|stem| INSTITUTION_HEADS.contains(&stem))
        })
    }

    /// The institution head at `i` and its `phrase` name one body: not an adjective agreeing
    /// with the definite noun before it (القيمة الكلية الإجمالية «the total value»), and a
    /// complement with ل (المعهد العالي للفنون والحرف، المركز القومي للبحوث) or the kingdom's
    /// or a country's adjective (الكلية العسكرية الملكية، المعهد الوطني التونسي) after it;
    /// two plain adjectives are a kind of institution any town has (المعهد التقني الصناعي،
    /// المركز الإعلامي الرئيسي).
    fn names_one_institution(&self, i: usize, phrase: &super::org_phrase::Phrase) -> bool {
        let agrees = i > 0
            && self.tokens()[i].sep == Sep::Space
            && self.tokens()[i - 1].article()
            && self.tokens()[i - 1].mention.is_none();
        let national = (i + 1..phrase.end).any(|k| {
            self.token(k).is_some_and(|t| {
                t.norm == super::org_words::ROYAL || self.lex.is_place_demonym(&t.norm)
            })
        });
        !agrees && (phrase.complement || national)
    }

    /// Tokens `i` and `i + 1` are «المكتب» and an office's kind (الإعلامي، الصحفي، الخاص): with
    /// no second adjective, the office of whoever follows (المكتب الإعلامي لليونيسف، المكتب
    /// الإعلامي للدبيبة), part of that one and never a body of its own; «المكتب الإعلامي
    /// الحكومي» (Gaza's) is one.
    fn press_office_at(&self, i: usize) -> bool {
        let office = self
            .head_word(i)
            .is_some_and(|h| h == "المكتب" || h == "مكتب");
        office
            && self
                .token(i + 1)
                .is_some_and(|t| ["الاعلامي", "الصحفي", "الخاص"].contains(&t.norm.as_str()))
    }

    /// Tokens `i` and `i + 1` are a definite court and a level of court that sits in every
    /// province (بالمحكمة الابتدائية، المحكمة الإدارية is not one).
    fn seated_court_at(&self, i: usize) -> bool {
        let head = self.head_word(i);
        let head = head.as_deref().map(|h| h.strip_prefix("ال").unwrap_or(h));
        head.zip(self.token(i + 1))
            .is_some_and(|(head, level)| court_of_many_seats(head, &level.norm))
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_site::discovered_with;

    /// Two first-instance courts of one country are two bodies, each named with its seat, and no
    /// demonym is added to a name whose seat already says the country (not «… بتونس التونسية»).
    #[test]
    fn courts_of_one_level_are_told_apart_by_their_seats() {
        let found = discovered_with(
            &[
                "أجلت الدائرة الجناحية بالمحكمة الابتدائية بتونس النظر في القضية. وقال المصدر إن \
                 الجلسة بالمحكمة الابتدائية بالمنستير تأجلت إلى شهر مارس في تونس.",
            ],
            true,
        );
        let mut courts: Vec<&str> = found
            .iter()
            .filter(|(n, _)| n.contains("المحكمة"))
            .map(|(n, _)| n.as_str())
            .collect();
        courts.sort_unstable();
        assert_eq!(
            courts,
            ["المحكمة الابتدائية بالمنستير", "المحكمة الابتدائية بتونس"],
            "{found:?}"
        );
    }
}
