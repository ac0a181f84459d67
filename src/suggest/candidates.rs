//! Candidates over the whole site: the names the trigger rules find in every document,
//! merged by normal form, and the filters that tell a recurring sequence that is a name from
//! a phrase around one (a name cut from the front of a person's name, a sequence that only
//! adds context to a name found by a trigger).

use super::boundaries::is_compound_end;
use super::lexicon::is_listed;
use super::tokens::{Sep, Token};
use super::*;

/// Runs the three rules over the site and merges what they find by normal form, in order of
/// first appearance. People come last, so that a name the other rules found can be cut from
/// the front of a person's name (مدرب ريال مدريد كارلو أنشيلوتي → كارلو أنشيلوتي).
pub(super) fn discover_all(
    docs: &mut Docs,
    lex: &Lexicon,
    scope: Scope,
) -> Vec<(Vec<String>, Evidence)> {
    // Each article on its own (in parallel), then merged in site order.
    let mut sightings: Vec<Vec<Sighting>> = Vec::new();
    docs.in_rounds(|first, round| {
        let seen: Vec<Vec<Sighting>> = round
            .par_iter()
            .enumerate()
            .map(|(d, doc)| sightings_in(first + d, doc, lex, scope))
            .collect();
        sightings.extend(seen);
    });
    let mut found: HashMap<Vec<String>, Evidence> = HashMap::default();
    let mut people: Vec<(Vec<String>, Position, Found, PersonContext)> = Vec::new();
    for sighting in sightings.into_iter().flatten() {
        match sighting {
            Sighting::Person(key, pos, f, context) => people.push((key, pos, f, context)),
            Sighting::Triggered(key, pos, f, alias) => {
                let ev = found.entry(key).or_default();
                ev.kinds.extend(f.kind);
                ev.strong |= f.strong;
                ev.seen_at(pos);
                ev.aliases.extend(alias);
            }
            Sighting::Quoted(key, pos) => {
                let ev = found.entry(key).or_default();
                ev.quoted += 1;
                ev.seen_at(pos);
            }
            Sighting::Repeated(key, pos) => {
                let ev = found.entry(key).or_default();
                ev.repeated += 1;
                ev.seen_at(pos);
            }
        }
    }
    if scope == Scope::Introduced {
        count_prefixes(docs, lex, &people, &mut found);
    }
    for (key, pos, f, context) in people {
        // A title still wanting its complement takes at least the first word (مدرب برشلونة).
        let drop = leading_other_name(&key, &found).max(usize::from(f.open));
        let Some(rest) = key.get(drop..).filter(|r| !r.is_empty()) else {
            continue;
        };
        // «وأكد الوزير استعداد بلاده»: what the title did or said, however often written.
        if super::word_shapes::is_istifal(&rest[0]) {
            continue;
        }
        // One sighting is enough for two name words, unless the first ends in ة — a noun
        // (حالة طوارئ) far more often than a name (أسامة، حمزة), which then needs two — and no
        // compound name follows it (عناية عز الدين).
        let words = rest.iter().filter(|w| !is_particle(w)).count();
        let at = context.at_name.get(drop).copied().unwrap_or_default();
        // A common given name in ة (أسامة، هالة) is the name the list says it is.
        let of_relation = rest.len() == 2 && is_masculine_family_of_relation(&rest[1], lex);
        let noun_like = at.first_in_ta
            && !super::name_lists::is_given_name(&rest[0])
            && !of_relation
            && !rest[1..].iter().any(|w| is_compound_end(w))
            && !context.after_feminine_title
            && !at.after_doctor_abbreviation
            && !at.after_appointing;
        let ev = found.entry(rest.to_vec()).or_default();
        ev.kinds.push(EntityKind::Person);
        ev.strong |= f.strong && words >= 2 && !noun_like && !plain_words(rest, lex);
        ev.titled |= at.after_title || context.title_in_apposition;
        ev.seen_at(Position {
            token: pos.token + drop,
            ..pos
        });
    }
    let mut out: Vec<(Vec<String>, Evidence)> =
        found.into_iter().filter(|(k, _)| !k.is_empty()).collect();
    out.sort_by(|a, b| a.1.first.cmp(&b.1.first).then(a.0.cmp(&b.0)));
    out
}

/// A definite family name of relation in ي, masculine (المعوشرجي، الكندري، العتيبي), after a
/// word in ة: an adjective there would agree with it in ة (زيارة رسمية، الحالة الطارئة), so
/// the word in ة is a given name (شريدة المعوشرجي). Seven letters at least (العنزي is also
/// the shape of الوسطى), not a listed word, demonym or broken plural (الأراضي), nor a
/// verbal noun of a weak root (التعافي، التصدي: مرحلة التعافي).
fn is_masculine_family_of_relation(word: &str, lex: &Lexicon) -> bool {
    let letters: Vec<char> = word.chars().collect();
    let verbal_noun =
        word.starts_with("الت") && (letters.len() == 6 || letters.get(4) == Some(&'ا'));
    word.starts_with("ال")
        && word.ends_with('ي')
        && letters.len() >= 7
        && !verbal_noun
        && !word
            .strip_prefix("ال")
            .is_some_and(super::given_names::is_broken_plural_in_i)
        && !is_listed(word)
        && !lex.is_place_demonym(word)
}

/// No word of a person's `name` (normalised) vouches for a name — none is a common given or
/// family name, a name particle, the end of a compound (عز الدين) or registered — and one is
/// an ordinary word of the site: the first word, or a word in ي (an adjective of relation
/// or a noun: دوري), written elsewhere with the article (بطل / البطل، دوري / الدوري), a word
/// with the article written elsewhere without it (الطريق / طريق), or a word with the exact
/// shape of a derived verbal noun (تبديل). After a title such words are as often its object
/// or predicate (وقرر المحافظ رصف الطريق، النجم، بطل دوري المحترفين) as a name, so one
/// sighting is not enough: seen twice after a title, they may stand. Any other bare family
/// name the site also writes with the article (نواف سلام beside السلام) is no such evidence:
/// family names are nouns far more often than given names are.
fn plain_words(name: &[String], lex: &Lexicon) -> bool {
    // عيد العتيبي: a given name that is also an ordinary word vouches before a family name
    // that is one (a family name of the lists, or of relation with the article).
    let family_last = name.len() >= 2
        && name.last().is_some_and(|w| {
            super::given_names::is_common_family_name(w) || is_masculine_family_of_relation(w, lex)
        });
    let vouches = |w: &str| {
        (family_last && super::given_names::is_ordinary_given_name(w))
            || super::name_lists::is_given_name(w)
            || super::given_names::is_common_family_name(w)
            || is_particle(w)
            || is_compound_end(w)
            || lex.is_registered(w)
    };
    let ordinary = |(i, w): (usize, &String)| match w.strip_prefix("ال") {
        // الحسن beside حسن: a family name made of a given name.
        Some(bare) if bare.chars().count() >= 2 => {
            lex.seen(bare) && !super::name_lists::is_given_name(bare)
        }
        _ => {
            ((i == 0 || w.ends_with('ي')) && lex.seen_as_a_noun(&format!("ال{w}")))
                || super::word_shapes::is_derived_verbal_noun(w)
        }
    };
    !name.iter().any(|w| vouches(w)) && name.iter().enumerate().any(ordinary)
}

/// Most words between a title and the name it introduces (see [`after_feminine_title`]).
const TITLE_REACH: usize = 8;

/// The person titles within the same clause before token `name`, nearest first.
fn titles_before(tokens: &[Token], name: usize) -> impl Iterator<Item = usize> + '_ {
    let from = name.saturating_sub(TITLE_REACH);
    (from..name.min(tokens.len()))
        .rev()
        .take_while(move |&k| {
            k + 1 == name || tokens[k + 1].sep != Sep::Break || tokens[k + 1].mention.is_some()
        })
        .filter(move |&k| {
            super::triggers::trigger_at(tokens, k).is_some_and(|t| t.kind == EntityKind::Person)
        })
}

/// A person's title stands within the same clause before token `name`, and no verb of
/// saying between them (قال الوزير إن … وأكد خالد المصري: the verb's subject is untitled).
fn after_title(tokens: &[Token], name: usize) -> bool {
    titles_before(tokens, name)
        .next()
        .is_some_and(|k| !(k + 1..name).any(|m| super::people::is_speech_verb(&tokens[m].norm)))
}

/// A person's title written with ة (رئيسة، وزيرة، السيدة، الدكتورة) stands within the same
/// clause before token `name`.
fn after_feminine_title(tokens: &[Token], name: usize) -> bool {
    // Not بقيادة or برئاسة, verbal nouns in ة that take a man's name as well.
    titles_before(tokens, name).any(|k| tokens[k].ta_marbuta() && !tokens[k].norm.starts_with('ب'))
}

/// The name at token `name` follows «د.», the doctor's title abbreviated (د. آمنة المكي): only
/// a name stands there, a woman's in ة as well as a man's.
fn after_doctor_abbreviation(tokens: &[Token], name: usize) -> bool {
    name > 0 && tokens.get(name).is_some_and(|t| t.after_initial()) && tokens[name - 1].norm == "د"
}

/// The name at token `name` follows a verb or verbal noun of appointing (وتعيين ماجدة فلان –
/// عطبرة): a post is given to a person, so a first name in ة there is a woman's.
fn after_appointing(tokens: &[Token], name: usize) -> bool {
    name > 0
        && tokens.get(name).is_some_and(|t| t.sep == Sep::Space)
        && super::lexicon::readings(&tokens[name - 1].norm)
            .iter()
            .any(|(clitic, w)| *clitic <= 2 && super::people::is_appointing(w))
}

/// What the rules saw at one place of an article, in the order they saw it.
enum Sighting {
    /// A name after a person's title, cut later ([`leading_other_name`]), with what its
    /// words' neighbours say.
    Person(Vec<String>, Position, Found, PersonContext),
    /// A name after an organisation's or place's trigger, with the parenthesised short name
    /// after it as written.
    Triggered(Vec<String>, Position, Found, Option<String>),
    Quoted(Vec<String>, Position),
    /// A window of a run of name words (for recurring sequences).
    Repeated(Vec<String>, Position),
}

/// What the words around a person's name say, read with the article's words (the merge that
/// cuts the name comes after every article is read, when a large site's words are gone: see
/// [`super::docs`]).
struct PersonContext {
    /// For each number of leading words the merge may cut ([`leading_other_name`]), what
    /// stands at the name's first word then.
    at_name: Vec<AtName>,
    /// A feminine title before the name ([`after_feminine_title`]).
    after_feminine_title: bool,
    /// A person's title in apposition after the name.
    title_in_apposition: bool,
}

/// What stands at the first word of a person's name, as cut.
#[derive(Debug, Clone, Copy, Default)]
struct AtName {
    /// The word ends in ة as written.
    first_in_ta: bool,
    after_doctor_abbreviation: bool,
    after_appointing: bool,
    after_title: bool,
}

impl PersonContext {
    /// The context of `key`, found by `f` at token `start` of `tokens`.
    fn read(tokens: &[Token], key: &[String], start: usize, f: &Found) -> Self {
        let at_name = (0..key.len())
            .map(|drop| {
                let name = start + drop;
                // As written: normalised, ة and ه are one letter, and عبدالله or نزيه end in
                // ه. After a feminine title a first name in ة is a woman's (رئيسة الدائرة
                // هبة زعيتر).
                AtName {
                    first_in_ta: tokens.get(name).is_some_and(|t| t.ta_marbuta()),
                    after_doctor_abbreviation: after_doctor_abbreviation(tokens, name),
                    after_appointing: after_appointing(tokens, name),
                    after_title: after_title(tokens, name),
                }
            })
            .collect();
        PersonContext {
            at_name,
            after_feminine_title: after_feminine_title(tokens, start),
            // A title in apposition after the name is the name's as surely as one before it.
            title_in_apposition: super::triggers::person_title_in_apposition(tokens, f.tokens.end)
                .is_some(),
        }
    }
}

/// The three rules over one article's runs.
fn sightings_in(d: usize, doc: &Doc, lex: &Lexicon, scope: Scope) -> Vec<Sighting> {
    let mut out = Vec::new();
    let sports = std::cell::OnceCell::new();
    for (r, words) in doc.words.iter().enumerate() {
        let scan = Scan::new(&doc.words, r, lex, &sports);
        let at = |token| Position {
            doc: d,
            run: r,
            token,
        };
        for f in scan.after_triggers() {
            let mut key = key_of(&scan, &f.tokens);
            // The و of a conjoined name, unless reading the word already removed it or the
            // name opens with it (وائل، وليد); and a person's و before a given name whatever
            // the rule that found it (الشيخ وعثمان كزري: «الشيخ» was a surname).
            let first_token = words.tokens.get(f.tokens.start);
            let written = first_token.map(|t| t.norm.as_str());
            if (f.conjoined || (f.kind == Some(EntityKind::Person) && and_given_name(first_token)))
                && let Some(first) = key.first_mut()
                && Some(first.as_str()) == written
                && !super::name_lists::is_given_name(first)
            {
                *first = first.strip_prefix('و').unwrap_or(first).to_string();
            }
            // لأشرف الجابري: the ل or ب before the first given name of a chain of people is
            // the preposition (the chain marks its item conjoined).
            if f.conjoined
                && f.kind == Some(EntityKind::Person)
                && let Some(first) = key.first_mut()
                && Some(first.as_str()) == written
                && !super::name_lists::is_given_name(first)
                && let Some(given) = super::name_parts::given_after_preposition(first)
            {
                *first = given.to_string();
            }
            let pos = at(f.tokens.start);
            // المتحدث باسم المنتدى: «in the name of» the body a spokesman speaks for, whatever
            // rule read it as the given name Bassem.
            if f.kind == Some(EntityKind::Person) && scan.in_the_name_of_a_spokesman(f.tokens.start)
            {
                continue;
            }
            if f.kind == Some(EntityKind::Person) {
                let context = PersonContext::read(&words.tokens, &key, pos.token, &f);
                out.push(Sighting::Person(key, pos, f, context));
                continue;
            }
            let text = doc.runs.get(r).map_or("", |run| run.text.as_str());
            let alias = f.alias.as_ref().and_then(|a| surface(text, words, a));
            out.push(Sighting::Triggered(key, pos, f, alias));
        }
        if scope == Scope::Introduced {
            continue;
        }
        for f in scan.quoted() {
            out.push(Sighting::Quoted(
                key_of(&scan, &f.tokens),
                at(f.tokens.start),
            ));
        }
        for run in scan.name_runs() {
            for range in ngrams(run) {
                out.push(Sighting::Repeated(key_of(&scan, &range), at(range.start)));
            }
        }
    }
    out
}

/// `token` is و and a given name, and no given name itself (ومروان، وعثمان; not وائل), or و
/// before a hamza (وإقبال): the و is a conjunction.
fn and_given_name(token: Option<&Token>) -> bool {
    token.is_some_and(|t| {
        let w = t.norm.as_str();
        (t.and_hamza() && w.chars().count() >= 4)
            || (!super::name_lists::is_given_name(w)
                && w.strip_prefix('و')
                    .is_some_and(super::name_lists::is_given_name))
    })
}

/// The recurrence of the sequences [`leading_other_name`] asks about — the first two to four
/// words of each person's name — counted as [`discover_all`] counts them for `suggest`, but
/// only for those sequences.
fn count_prefixes(
    docs: &mut Docs,
    lex: &Lexicon,
    people: &[(Vec<String>, Position, Found, PersonContext)],
    found: &mut HashMap<Vec<String>, Evidence>,
) {
    let needed: HashSet<&[String]> = people
        .iter()
        .flat_map(|(key, _, _, _)| (2..=4.min(key.len())).map(move |p| &key[..p]))
        .collect();
    let firsts: HashSet<&str> = needed
        .iter()
        .filter_map(|k| k.first())
        .map(String::as_str)
        .collect();
    if firsts.is_empty() {
        return;
    }
    // The first word as written, or without one or two clitic letters.
    let may_start = |w: &str| {
        (0..=2).any(|k| {
            let rest = w.char_indices().nth(k).map_or("", |(i, _)| &w[i..]);
            firsts.contains(rest)
        })
    };
    // Each article on its own (in parallel), then merged in site order.
    let mut windows: Vec<Vec<(Vec<String>, Position)>> = Vec::new();
    docs.in_rounds(|first, round| {
        let seen: Vec<Vec<(Vec<String>, Position)>> = round
            .par_iter()
            .enumerate()
            .map(|(d, doc)| {
                let d = first + d;
                let mut out = Vec::new();
                let sports = std::cell::OnceCell::new();
                for (r, words) in doc.words.iter().enumerate() {
                    let scan = Scan::new(&doc.words, r, lex, &sports);
                    // Windows of name words from each token that may start a needed sequence (the
                    // first may carry a clitic, as in `name_runs`).
                    let starts =
                        (0..words.tokens.len()).filter(|&i| may_start(&words.tokens[i].norm));
                    for start in starts.filter(|&i| scan.sequence_word(i, true)) {
                        let end = (start + 1..start + MAX_WORDS)
                            .take_while(|&k| scan.joined(k) && scan.sequence_word(k, false))
                            .last()
                            .map_or(start + 1, |k| k + 1);
                        for range in (start + 2..=end).map(|e| start..e) {
                            let key = key_of(&scan, &range);
                            if needed.contains(key.as_slice()) {
                                let pos = Position {
                                    doc: d,
                                    run: r,
                                    token: range.start,
                                };
                                out.push((key, pos));
                            }
                        }
                    }
                }
                out
            })
            .collect();
        windows.extend(seen);
    });
    for (key, pos) in windows.into_iter().flatten() {
        let ev = found.entry(key).or_default();
        ev.repeated += 1;
        ev.seen_at(pos);
    }
}

/// How many words at the start of a person's name `key` are another name: one the triggers
/// mark as an organisation or place (رئيس أوبك هيثم الغيص), or a sequence of two or three
/// words that recurs more often than it continues into this name (مدرب ريال مدريد كارلو
/// أنشيلوتي). What is left must start with a bare word (not الله of حسن نصر الله); a prefix
/// that starts or ends with a particle (محمد بن، عبد الله) stays: it binds to the next word.
fn leading_other_name(key: &[String], found: &HashMap<Vec<String>, Evidence>) -> usize {
    let repeated = |k: &[String]| found.get(k).map_or(0, |ev| ev.repeated);
    (1..key.len())
        .rev()
        .find(|&p| {
            let prefix = &key[..p];
            let next = &key[p];
            if is_particle(&prefix[0]) || is_particle(&prefix[p - 1]) || is_definite(next) {
                return false;
            }
            let other_kind = found
                .get(prefix)
                .is_some_and(|ev| ev.kinds.iter().any(|k| *k != EntityKind::Person));
            // Recurrence is counted over runs of bare name words, which `next` belongs to. A
            // prefix of given names only (محمد علي، محمد إبراهيم) is a man's given and father's
            // names, which recur on any site as the start of other men's names (محمد علي
            // العبار … محمد علي حبوها), no name of their own the family name follows.
            let recurs_alone = (2..=3).contains(&p)
                && !is_particle(next)
                && !prefix.iter().all(|w| super::name_lists::is_given_name(w))
                && repeated(prefix) >= 2
                && repeated(prefix) > repeated(&key[..=p]);
            other_kind || recurs_alone
        })
        .unwrap_or(0)
}

/// Drops recurring sequences that only add context to a name a trigger found (يبتعد ريال
/// مدريد، لابيد نتنياهو، شي جين بينغ سيعقد): a word of such a name, in a sequence that is not
/// that name, is a sign the sequence is a phrase around it.
pub(super) fn without_extensions(
    candidates: Vec<(Vec<String>, Evidence)>,
) -> Vec<(Vec<String>, Evidence)> {
    let claimed: HashSet<String> = candidates
        .iter()
        .filter(|(_, ev)| !ev.kinds.is_empty())
        .flat_map(|(key, _)| key.iter().filter(|w| !is_particle(w)).cloned())
        .collect();
    candidates
        .into_iter()
        .filter(|(key, ev)| {
            !ev.kinds.is_empty() || ev.quoted >= 2 || !key.iter().any(|w| claimed.contains(w))
        })
        .collect()
}

/// Every 2–4-word window of a run of name words.
fn ngrams(run: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for len in 2..=MAX_WORDS.min(run.len()) {
        for start in run.start..=run.end - len {
            out.push(start..start + len);
        }
    }
    out
}
