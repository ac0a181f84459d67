//! Appointments named in a decree's style: after a verb of appointing, the next appointees in
//! clauses of و before their office (عيّن فلان وزيرا للداخلية وفلان وزيرا للخارجية)، and a
//! paragraph that opens with a name, a comma and the office (محمد ولد السالك، واليا لنواكشوط
//! الجنوبية). The office in the accusative right after the name is what says a person stands
//! there.

use super::discover::{Found, Scan};
use super::lexicon::is_role_word;
use super::people::{is_appointing, person};
use super::tokens::Sep;
use super::triggers::trigger_at;
use crate::load::EntityKind;

impl Scan<'_> {
    /// The office follows at token `i`: in the accusative (وزيرا)، after a comma (محمد ولد
    /// السالك، واليا لنواكشوط) or as «في منصب» (تعيين نزار بركة في منصب وزير الاقتصاد).
    pub(super) fn office_follows(&self, i: usize) -> bool {
        let word_at = |k: usize, word: &str| {
            self.token(k)
                .is_some_and(|t| t.sep == Sep::Space && t.norm == word)
        };
        self.office_at(i)
            || self
                .token(i)
                .is_some_and(|t| t.comma && is_accusative_office(&t.norm))
            || (word_at(i, "في") && word_at(i + 1, "منصب"))
    }

    /// A verb or verbal noun of appointing stands before token `i` in its run (كما عيّن …،
    /// ونص القرار على تعيين …): the clauses in و after it may name the next appointees.
    pub(super) fn appointing_before(&self, i: usize) -> bool {
        self.tokens()[..i]
            .iter()
            .any(|t| t.cue && is_appointing(&t.norm))
    }

    /// The next appointee of a decree, in a clause that opens with و anywhere after the verb
    /// (عيّن فلان وزيرا للداخلية وسعد الدين العثماني وزيرا للخارجية، وإدريس الضحاك أمينا
    /// عاما): a full name right before its office.
    pub(super) fn next_appointee(&self, i: usize) -> Option<Found> {
        let range = self.conjoined_name_at(i)?;
        self.office_follows(range.end).then(|| Found {
            conjoined: true,
            ..person(range)
        })
    }

    /// A full name opening its paragraph or sentence, then a comma and its office in the
    /// accusative, or «تم تعيينه» and the office (محمد ولد السالك، واليا لنواكشوط الجنوبية): a
    /// list of appointments whose verb came in an earlier paragraph.
    pub(super) fn named_before_office(&self, i: usize) -> Option<Found> {
        if self.token(i)?.mention.is_some() || trigger_at(self.tokens(), i).is_some() {
            return None;
        }
        let range = self.name_from(i, EntityKind::Person)?;
        let k = range.end;
        let comma_office = self.token(k).is_some_and(|t| {
            t.comma
                && (is_accusative_office(&t.norm)
                    // عبد الرحمن ولد خطري، تم تعيينه واليا: the appointment, then the office.
                    || (t.norm == "تم"
                        && self
                            .token(k + 1)
                            .is_some_and(|n| ["تعيينه", "تعيينها"].contains(&n.norm.as_str()))
                        && self.office_at(k + 2)))
        });
        (comma_office && self.full_name_words(&range) >= 2).then(|| person(range))
    }
}

/// An office in the accusative, singular or dual, normalised (وزيرا، واليا، أمينا، وزيرين).
pub(super) fn is_accusative_office(word: &str) -> bool {
    [word.strip_suffix('ا'), word.strip_suffix("ين")]
        .into_iter()
        .flatten()
        .any(is_role_word)
}
