//! The words of a text run, what separates them, which quotes enclose them, and whether a
//! registry mention already covers them.

use std::ops::Range;

use super::interned::Word;
use super::lexicon::{is_definite, is_maqsura_homograph, is_mark};
use super::triggers::is_cue_form;
use crate::load::EntityKind;
use crate::text::invisible::{SOFT_HYPHEN, ZWNJ, is_invisible};
use crate::text::normalize::{is_word_char, normalize_name};

/// What stands between a word and the one before it. A name continues only across
/// [`Sep::Space`]; quotes may open or close one; anything else ends it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Sep {
    Space,
    Quote,
    Break,
}

/// One word of a run. Offsets are bytes in the run's text, as `u32`: a site's millions of
/// tokens are all kept at once (see [`Token::span`]).
#[derive(Debug, Clone)]
pub(super) struct Token {
    pub start: u32,
    pub end: u32,
    /// The word normalised for matching (see [`crate::text::normalize`]), stored once for the
    /// site ([`Word`]): a site's millions of tokens are mostly a few thousand words.
    pub norm: Word,
    /// Separator before this word ([`Sep::Break`] for the first word of a run).
    pub sep: Sep,
    /// The kind of the registered entity whose mention covers this word, if one does.
    pub mention: Option<EntityKind>,
    /// What else the word is, as bits: one per question of [`Token`]'s flag methods
    /// (`article()`, `comma()` …), so that a token takes 32 bytes and not 48.
    flags: u16,
}

/// The words of one run, and the spans of words between matching quotes.
#[derive(Debug, Clone, Default)]
pub(super) struct Words {
    pub tokens: Vec<Token>,
    /// Token index ranges enclosed in quotes («…» “…” "…").
    pub quoted: Vec<Range<usize>>,
    /// Token index ranges enclosed in parentheses with nothing else inside: the short name or
    /// acronym after a full one (حركة المقاومة الإسلامية (حماس)).
    pub parenthesised: Vec<Range<usize>>,
}

/// Characters that belong to a word: letters and digits, Arabic marks, and the invisible
/// characters normalisation ignores (so بو‏تين stays one word, as the matcher sees it). ZWNJ
/// is the exception, as in normalisation: it separates words.
#[inline(always)]
fn is_token_char(c: char) -> bool {
    // Plain Arabic letters and ASCII first, then the commonest punctuation of Arabic text
    // (، ؛ ؟, a no-break space, « », dashes, quotes, ellipsis) and Arabic marks: Unicode's
    // alphabetic table is slow, and these are nearly every character of an article.
    if matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}') || c.is_ascii_alphanumeric() {
        return true;
    }
    if c.is_ascii()
        || matches!(
            c,
            '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{00A0}' | '«' | '»' | '\u{2010}'..='\u{2027}'
        )
    {
        return false;
    }
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}')
        || is_word_char(c)
        || (c != ZWNJ && (is_invisible(c) || c == SOFT_HYPHEN))
}

fn is_quote(c: char) -> bool {
    matches!(c, '«' | '»' | '“' | '”' | '„' | '"' | '‹' | '›')
}

/// A registry mention in a run: its byte range and the kind of its entity.
pub(super) type MentionSpan = (Range<usize>, EntityKind);

/// Splits `text` into words. `mentions` are the registry mentions in `text`.
///
/// Each character is decoded once: the pass that finds a word's end also folds its normal
/// form and notes its marks and first and last letters, which the rules ask of every word.
/// (Three passes over each word, and a second decoding of it, were a tenth of discovery's
/// cost.)
pub(super) fn tokenize(text: &str, mentions: &[MentionSpan]) -> Words {
    // In text order, so each word looks only at the mentions from the last one it passed: a
    // run of megabytes (an article pasted as one line) holds a hundred thousand of them.
    let mut sorted;
    let mut mentions = if mentions.is_sorted_by_key(|(m, _)| m.start) {
        mentions
    } else {
        sorted = mentions.to_vec();
        sorted.sort_by_key(|(m, _)| m.start);
        &sorted[..]
    };
    let mut words = Words::default();
    let mut quotes = QuoteState::default();
    let mut parens = ParenState::default();
    let mut folded = String::new();
    let mut gap_start = 0;
    let mut from = 0;
    while let Some(start) = next_word_start(text, from) {
        let word = scan_word(text, start, &mut folded);
        from = word.end;
        // A tatweel or a mark standing alone is no word: it stays in the gap, where a lone
        // tatweel is a dash (بغداد ـ واع ـ وسام الملا).
        if word.norm.is_empty() {
            continue;
        }
        let gap = &text[gap_start..start];
        // One space, nearly every gap, holds no quote or parenthesis.
        if gap != " " {
            quotes.read(gap, words.tokens.len(), &mut words.quoted);
            parens.read(gap, words.tokens.len(), &mut words.parenthesised);
        }
        let sep = match words.tokens.last() {
            None => Sep::Break,
            Some(before) => separator(gap, &before.norm),
        };
        while let Some(((m, _), rest)) = mentions.split_first()
            && m.end <= start
        {
            mentions = rest;
        }
        gap_start = word.end;
        push_token(&mut words.tokens, text, start, word, sep, mentions);
    }
    let tail = &text[gap_start..];
    quotes.read(tail, words.tokens.len(), &mut words.quoted);
    parens.read(tail, words.tokens.len(), &mut words.parenthesised);
    // Kept for the whole candidate search: no spare capacity (shrinking is done in place).
    words.tokens.shrink_to_fit();
    words
}

/// The yes-or-no facts of a token, each a bit of [`Token::flags`] read by a method of its name.
macro_rules! token_flags {
    ($($(#[$doc:meta])* $name:ident = $bit:expr;)*) => {
        impl Token {
            $(
                $(#[$doc])*
                #[inline]
                pub(super) fn $name(&self) -> bool {
                    self.flags & (1 << $bit) != 0
                }
            )*
        }

        /// The facts of a word as [`token_flags`] numbers them.
        #[derive(Default)]
        struct Flags {
            $($name: bool,)*
        }

        impl Flags {
            fn bits(&self) -> u16 {
                0 $(| (u16::from(self.$name) << $bit))*
            }
        }
    };
}

token_flags! {
    /// Written with tanween (عاملاً، حاسمٌ): an indefinite ordinary word, never a name.
    tanween = 0;
    /// A name whose normal form is also a function word (علي / على).
    homograph_name = 1;
    /// The same after a و the word opens with (وعلي): the next name of a list, where the
    /// normal form reads as «and on».
    homograph_after_and = 2;
    /// Written و then a hamza on alef (وإقبال، وأحمد): the و is a conjunction, for no word
    /// opens so (واصف has a bare alef).
    and_hamza = 3;
    /// Starts with the article ال (not a name such as ألكسندر, whose alef has a hamza).
    article = 4;
    /// Ends in ة as written (بلدة "town"), which normalisation merges with ه (بلده "his
    /// country").
    ta_marbuta = 5;
    /// Only one comma (، or ,) and spaces stand before this word: a title set off from the
    /// name it introduces (وزير الصحة، صالح الحسناوي).
    comma = 6;
    /// Only a full stop and spaces stand before this word, and the word before is a single
    /// letter: the middle initial of a name (جوزيف ر. بايدن), which the name continues past.
    after_initial = 7;
    /// Only a hyphen or dash and spaces stand before this word: the second half of a compound
    /// name (بعلبك - الهرمل، الرام- الجوبانية), or a name set off from its title (مديرة الوكالة –
    /// سامانثا باور).
    after_hyphen = 8;
    /// Only a colon and spaces stand before this word: a label ends (التشكيلة:، الأهداف:، a
    /// club's name over its line-up) and what it labels begins.
    after_colon = 9;
    /// Only a closing parenthesis, one dash or colon and spaces stand before this word: the
    /// text goes on after a dateline's source (أربيل (كوردستان 24)- أعلنت …).
    after_parenthesis = 10;
    /// Only an opening parenthesis and spaces stand before this word: the first item of a list
    /// in parentheses (بالمحليات المستهدفة (الخرطوم، بحري …)).
    after_open_parenthesis = 11;
    /// Only a slash stands before this word: what a list item adds after its name (محمود
    /// السعدي/جنين, the town he came from).
    after_slash = 12;
    /// Some reading of the word (itself, or without a clitic) is a word a rule starts from: a
    /// trigger's first word, a definite head, a verb of saying, a list's cue
    /// ([`super::triggers::is_cue_form`]). Worked out once here: the rules ask at every word.
    cue = 13;
}

impl Token {
    /// The word's byte range in the run's text.
    pub(super) fn span(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Marks the word as one a rule starts from ([`Token::cue`]), for tests of the rules alone.
    #[cfg(test)]
    pub(super) fn set_cue(&mut self) {
        self.flags |= Flags {
            cue: true,
            ..Flags::default()
        }
        .bits();
    }
}

/// The character at byte `i` of `text` (a character boundary before its end) and its length
/// in bytes. Two-byte characters — every Arabic letter — and ASCII are decoded here; the
/// standard library's general decoder costs several times as much per letter.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let bytes = text.as_bytes();
    let lead = bytes[i];
    if lead < 0x80 {
        return (char::from(lead), 1);
    }
    if (0xC0..0xE0).contains(&lead)
        && let Some(&next) = bytes.get(i + 1)
        && let Some(c) = char::from_u32(u32::from(lead & 0x1F) << 6 | u32::from(next & 0x3F))
    {
        return (c, 2);
    }
    text[i..]
        .chars()
        .next()
        .map_or(('\u{FFFD}', 1), |c| (c, c.len_utf8()))
}

/// Byte offset of the first word character at or after `from`.
fn next_word_start(text: &str, from: usize) -> Option<usize> {
    let mut i = from;
    while i < text.len() {
        let (c, width) = char_at(text, i);
        if is_token_char(c) {
            return Some(i);
        }
        i += width;
    }
    None
}

/// What the one pass over a word learns of it (see [`scan_word`]).
struct ScannedWord {
    /// Byte offset after the word's last character.
    end: usize,
    /// The normal form, as [`normalize_name`] gives it.
    norm: Word,
    /// Carries a tanween mark (U+064B–U+064D).
    tanween: bool,
    /// The first and the last character that is not a mark ([`is_mark`]).
    first: Option<char>,
    last: Option<char>,
}

/// Reads the word starting at byte `start` of `text` to its end. Its normal form is folded on
/// the way for plain Arabic letters, marks and ASCII — nearly every word —, stretches of
/// letters that do not change copied whole into `folded`; any other character (presentation
/// forms, other scripts) sends the word through [`normalize_name`].
fn scan_word(text: &str, start: usize, folded: &mut String) -> ScannedWord {
    folded.clear();
    let mut i = start;
    let mut copied = start;
    let mut simple = true;
    let (mut tanween, mut first, mut last) = (false, None, None);
    while i < text.len() {
        let (c, width) = char_at(text, i);
        if !is_token_char(c) {
            break;
        }
        // ىء for ئ (الموانىء): two letters become one, which only the full path does.
        if c == 'ء' && last == Some('ى') {
            simple = false;
        }
        if !is_mark(c) {
            first.get_or_insert(c);
            last = Some(c);
        }
        tanween |= matches!(c, '\u{064B}'..='\u{064D}');
        if simple {
            match simple_fold(c) {
                Fold::Keep => {}
                Fold::Replace(replacement) => {
                    folded.push_str(&text[copied..i]);
                    folded.extend(replacement);
                    copied = i + width;
                }
                Fold::Other => simple = false,
            }
        }
        i += width;
    }
    let word = &text[start..i];
    let norm = if !simple {
        Word::new(&normalize_name(word))
    } else if copied == start {
        Word::new(word)
    } else {
        folded.push_str(&text[copied..i]);
        Word::new(folded)
    };
    ScannedWord {
        end: i,
        norm,
        tanween,
        first,
        last,
    }
}

/// What normalisation does to one character of a plain word.
enum Fold {
    /// Kept as it is: a plain Arabic letter, a small Latin letter, a digit.
    Keep,
    /// Replaced (أ → ا, ة → ه, A → a), or dropped (`None`: marks and tatweel).
    Replace(Option<char>),
    /// Anything else: the word takes [`normalize_name`]'s full path.
    Other,
}

/// The fold of `c` as [`normalize_name`] folds it, for the characters of plain words.
fn simple_fold(c: char) -> Fold {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => Fold::Replace(Some('ا')),
        'ى' => Fold::Replace(Some('ي')),
        'ة' => Fold::Replace(Some('ه')),
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | 'a'..='z' | '0'..='9' => Fold::Keep,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => Fold::Replace(None),
        'A'..='Z' => Fold::Replace(Some(c.to_ascii_lowercase())),
        _ => Fold::Other,
    }
}

fn push_token(
    tokens: &mut Vec<Token>,
    text: &str,
    start: usize,
    word: ScannedWord,
    sep: Sep,
    mentions: &[MentionSpan],
) {
    let norm = word.norm;
    if norm.is_empty() {
        return;
    }
    let span = start..word.end;
    let written = &text[span.clone()];
    let homograph_name = is_maqsura_homograph(written, &norm);
    let homograph_after_and = word.first == Some('و')
        && norm.strip_prefix('و').is_some_and(|rest| {
            written
                .trim_start_matches(is_mark)
                .strip_prefix('و')
                .is_some_and(|after_and| is_maqsura_homograph(after_and, rest))
        });
    let and_hamza = word.first == Some('و')
        && written
            .trim_start_matches(is_mark)
            .strip_prefix('و')
            .is_some_and(|rest| {
                rest.trim_start_matches(is_mark)
                    .starts_with(['أ', 'إ', 'آ'])
            });
    let article = is_definite(&norm) && matches!(word.first, Some('ا' | 'ٱ'));
    let ta_marbuta = word.last == Some('ة');
    let gap = tokens
        .last()
        .map_or("", |t| &text[t.span().end..span.start]);
    let comma = sep == Sep::Break
        && gap.chars().filter(|c| matches!(c, '،' | ',')).count() == 1
        && gap
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '،' | ','));
    let after_initial = sep == Sep::Break
        && tokens.last().is_some_and(|t| t.norm.chars().count() == 1)
        && gap.chars().filter(|&c| c == '.').count() == 1
        && gap.starts_with('.')
        && gap.chars().all(|c| c.is_whitespace() || c == '.');
    // A tatweel or an underscore between spaces is a dash too (الرستاق _ أشرف الخزيري).
    let dash = |c: char| matches!(c, '-' | '–' | '—' | '_' | '\u{0640}');
    // عمان - "الحياة" -: a quote beside the dash does not hide it.
    let after_hyphen = sep == Sep::Break
        && gap.chars().filter(|&c| dash(c)).count() == 1
        && gap
            .chars()
            .all(|c| c.is_whitespace() || dash(c) || is_quote(c));
    let after_colon = sep == Sep::Break
        && gap.chars().filter(|&c| c == ':').count() == 1
        && gap.chars().all(|c| c.is_whitespace() || c == ':');
    // (كوردستان 24)- أعلنت: a closing parenthesis, then one dash or colon.
    let after_parenthesis = sep == Sep::Break
        && gap.trim_start().strip_prefix(')').is_some_and(|rest| {
            rest.chars().filter(|&c| dash(c) || c == ':').count() == 1
                && rest
                    .chars()
                    .all(|c| c.is_whitespace() || dash(c) || c == ':')
        });
    let after_open_parenthesis = sep == Sep::Break && gap.trim() == "(";
    let after_slash = sep == Sep::Break && gap.trim() == "/";
    // `mentions` are in text order from the first that may reach this word.
    let mention = mentions
        .iter()
        .take_while(|(m, _)| m.start < span.end)
        .find(|(m, _)| span.start < m.end)
        .map(|(_, kind)| *kind);
    let cue = is_cue_form(&norm);
    // A run of 4 GB or more is no article's; its words past that are not read.
    let (Ok(start), Ok(end)) = (u32::try_from(span.start), u32::try_from(span.end)) else {
        return;
    };
    let flags = Flags {
        tanween: word.tanween,
        homograph_name,
        homograph_after_and,
        and_hamza,
        article,
        ta_marbuta,
        comma,
        after_initial,
        after_hyphen,
        after_colon,
        after_parenthesis,
        after_open_parenthesis,
        after_slash,
        cue,
    };
    tokens.push(Token {
        start,
        end,
        norm,
        sep,
        mention,
        flags: flags.bits(),
    });
}

/// Classifies the text between two words.
/// Honorifics the Gulf press sets off from the name by a slash (سعادة الشيخ / سيف بن حمير،
/// والمهندس / سليمان السنيدي، الفاضلة/ مريم), normalised, with the و of a list perhaps.
const HONORIFICS_BEFORE_SLASH: &[&str] = &[
    "الشيخ",
    "الشيخه",
    "سعاده",
    "معالي",
    "السيد",
    "السيده",
    "الفاضل",
    "الفاضله",
    "المهندس",
    "المهندسه",
    "الدكتور",
    "الدكتوره",
    "الاستاذ",
    "الاستاذه",
    "المكرم",
    "المكرمه",
];

/// The word after an honorific and one slash: the slash stands for a space (see
/// [`HONORIFICS_BEFORE_SLASH`]). Why: read as a break it cut every name of an Omani or
/// Emirati official's visit from its title, and no other rule reads a bare name there.
fn slash_after_honorific(gap: &str, before: &str) -> bool {
    let honorific = before.strip_prefix('و').unwrap_or(before);
    gap.chars().filter(|&c| c == '/').count() == 1
        && gap.chars().all(|c| c.is_whitespace() || c == '/')
        && HONORIFICS_BEFORE_SLASH.contains(&honorific)
}

/// The separator of a gap between two words; `before` is the first word, normalised.
fn separator(gap: &str, before: &str) -> Sep {
    let ignorable = |c: char| c.is_whitespace() || c == '\u{200C}';
    // #منظمة_الصحة_العالمية: a hashtag's underscore stands for a space.
    if gap.chars().all(ignorable) || gap == "_" || slash_after_honorific(gap, before) {
        Sep::Space
    } else if gap.chars().all(|c| ignorable(c) || is_quote(c)) {
        Sep::Quote
    } else {
        Sep::Break
    }
}

/// Pairs quotes as they come: « opens and » closes; “ and „ open; ” and " close an open
/// quote or else open one (writers use them both ways).
#[derive(Debug, Default)]
struct QuoteState {
    open_at: Option<usize>,
}

impl QuoteState {
    /// Reads the quotes in the gap before token `next`, recording closed spans.
    fn read(&mut self, gap: &str, next: usize, spans: &mut Vec<Range<usize>>) {
        for c in gap.chars().filter(|&c| is_quote(c)) {
            match (c, self.open_at) {
                ('«' | '“' | '„' | '‹', _) => self.open_at = Some(next),
                ('»' | '›' | '”' | '"', Some(start)) => {
                    if start < next {
                        spans.push(start..next);
                    }
                    self.open_at = None;
                }
                ('”' | '"', None) => self.open_at = Some(next),
                _ => {}
            }
        }
    }
}

/// Pairs parentheses: a span counts only when nothing but spaces stands between its words
/// (an aside such as «(67 عاما، مهندس)» is not a name).
#[derive(Debug, Default)]
struct ParenState {
    open_at: Option<usize>,
}

impl ParenState {
    /// Reads the parentheses in the gap before token `next`, recording closed spans.
    fn read(&mut self, gap: &str, next: usize, spans: &mut Vec<Range<usize>>) {
        let Some(start) = self.open_at else {
            if gap.trim_end().ends_with('(') {
                self.open_at = Some(next);
            }
            return;
        };
        if gap.chars().all(char::is_whitespace) {
            return;
        }
        if gap.trim_start().starts_with(')') && start < next {
            spans.push(start..next);
        }
        self.open_at = None;
        if gap.trim_end().ends_with('(') {
            self.open_at = Some(next);
        }
    }
}

/// Byte length of the first `letters` letters of `word` with the marks that follow them, so
/// that a clitic found in the normalised word can be cut from the original.
pub(super) fn letters_prefix_len(word: &str, letters: usize) -> usize {
    let mut seen = 0;
    for (i, c) in word.char_indices() {
        if c.is_alphabetic() && !is_mark(c) {
            if seen == letters {
                return i;
            }
            seen += 1;
        }
    }
    word.len()
}

#[cfg(test)]
#[path = "tokens_tests.rs"]
mod tests;
