//! Where a body's name stands as a news source: quoted after «لـ» before what it was told
//! (قال لـ«المدى» إن …), or quoted after a correspondent (مراسل «المدى»). A paper or agency is often named by a common word (الرأي، المدى،
//! الحياة); there it can only be the paper. (A dateline's dashes were tried too and left out:
//! a headline or a section label stands there as often, «القاهرة - أسواق».)

use crate::analyse::normalize::is_word_char;

/// «That» after what a source was told, normalised (إن، أن، أنه، أنها; بأن after أفاد).
const THAT: &[&str] = &["ان", "انه", "انها", "بان", "بانه", "بانها"];

/// A correspondent, normalised, with و perhaps: the quoted name after the word is the outlet
/// the correspondent works for (وأفاد مراسل "العربي الجديد" بأن …).
const CORRESPONDENTS: &[&str] = &["مراسل", "مراسله", "ومراسل", "ومراسله"];

/// Whether the name `t[start..end]` is quoted right after «لـ» (or «ل») and followed by «إن» or
/// «أن»: a source told it something (وقال المفتش لـ«المدى» إن …، مصادر لـ"وات" أن …); or
/// quoted right after a correspondent ([`CORRESPONDENTS`]).
pub(super) fn told_source_at(t: &str, start: usize, end: usize) -> bool {
    let before = t[..start].trim_end_matches(' ');
    let Some(before) = before.strip_suffix(['«', '"', '“', '”']) else {
        return false;
    };
    let before = before.trim_end_matches(['\u{0640}', ' ']);
    let after = t[end..].trim_start_matches(['»', '"', '”', '“', ' ']);
    let quoted = after.len() < t[end..].len();
    let word_before = before
        .rsplit(|c: char| !is_word_char(c))
        .next()
        .unwrap_or("");
    if quoted && CORRESPONDENTS.contains(&word_before) {
        return true;
    }
    let to = before
        .strip_suffix('ل')
        .is_some_and(|rest| !rest.ends_with(is_word_char));
    let that = after.split(|c: char| !is_word_char(c)).next().unwrap_or("");
    to && quoted && THAT.contains(&that)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A quoted name after «لـ» and before «إن» is what a source was told by; not a quote
    /// that is a word of the sentence.
    #[test]
    fn a_quoted_name_told_something_is_a_source() {
        let at = |t: &str, name: &str| {
            let start = t.find(name).unwrap();
            told_source_at(t, start, start + name.len())
        };
        assert!(at("وقال المفتش لـ«المدي» ان البعثات وصلت", "المدي"));
        assert!(at("واكدت مصادر ل\"وات\" ان الحمادي مثل", "وات"));
        assert!(at("وقال لـ«المدي» بانه رفض", "المدي"));
        assert!(at("وافاد مراسل «المدي» بان الاعتقال حصل", "المدي"));
        assert!(!at("وافاد مراسل المدي بان الاعتقال حصل", "المدي"));
        assert!(!at("وقال المفتش ل«المدي» البعيد كلاما", "المدي"));
        assert!(!at("وقال المفتش «المدي» ان البعثات وصلت", "المدي"));
        assert!(!at("وقال المفتش المدي ان البعثات وصلت", "المدي"));
    }
}
