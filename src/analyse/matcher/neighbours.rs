//! Evidence read from the mentions around one: an ambiguous name heading a construct is a
//! common word (حماة الديار), and one joined by و to a confirmed name of its kind is a name
//! (بوتين ورئيسي).

use super::{Evidence, Matcher, Mention};

impl Matcher {
    /// Coordination: an unconfirmed name joined by و to a confirmed name of the same kind, on
    /// either side with only spaces between, is a name too (بوتين ورئيسي، رئيسي وبوتين). A name
    /// right after another name is not an adjective of it (أخبر بوتين رئيسي).
    pub(super) fn confirm_coordinated(
        &self,
        text: &str,
        mentions: &mut [Mention],
        joined: &[bool],
        common_word: &[bool],
    ) {
        let adjacent = |a: &Mention, b: &Mention| {
            a.end <= b.start && text[a.end..b.start].chars().all(char::is_whitespace)
        };
        for i in 0..mentions.len() {
            if i > 0
                && mentions[i].evidence == Evidence::Adjectival
                && adjacent(&mentions[i - 1], &mentions[i])
            {
                mentions[i].evidence = Evidence::Unconfirmed;
            }
        }
        for i in 0..mentions.len() {
            if mentions[i].evidence != Evidence::Unconfirmed
                || !mentions[i].candidates.is_empty()
                || common_word[i]
            {
                continue;
            }
            let kind = self.kinds[mentions[i].entity];
            let partner = [i.checked_sub(1), Some(i + 1)]
                .into_iter()
                .flatten()
                .filter(|&j| j < mentions.len())
                .find(|&j| {
                    let (first, second) = if j < i { (j, i) } else { (i, j) };
                    joined[second]
                        && adjacent(&mentions[first], &mentions[second])
                        && mentions[j].evidence.confirmed_in_place()
                        && self.kinds[mentions[j].entity] == kind
                });
            if let Some(j) = partner {
                mentions[i].evidence = Evidence::Coordinated(mentions[j].entity as u32);
            }
        }
        self.confirm_listed_places(text, mentions, joined, common_word);
    }
}

/// Which mentions read as common words: an ambiguous name heading a construct, unless the
/// next word is itself a confirmed name («حماة حمص وحلب» is a list; in «بالحلة الجديدة» the
/// next word is El Jadida's name only in form, and unconfirmed). An unconfirmed
/// one becomes [`Evidence::HeadsConstruct`], which no evidence from the article overrides: in
/// «حماة الديار» the word is «guardians» even in an article about Syria.
pub(super) fn constructs(text: &str, mentions: &mut [Mention], heads: &[bool]) -> Vec<bool> {
    let mut common = heads.to_vec();
    for i in 0..mentions.len() {
        let name_follows = mentions.get(i + 1).is_some_and(|next| {
            next.evidence.confirmed_in_place()
                && mentions[i].end <= next.start
                && text[mentions[i].end..next.start]
                    .chars()
                    .all(char::is_whitespace)
        });
        if name_follows {
            common[i] = false;
        }
        if common[i] && mentions[i].evidence == Evidence::Unconfirmed {
            mentions[i].evidence = Evidence::HeadsConstruct;
        }
    }
    common
}
