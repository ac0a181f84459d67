//! Names local news is made of: clubs in a sports report (مولودية الجزائر، شباب بلوزداد),
//! grounds and museums named with their kind word (ملعب علي عمار، متحف البحرين الوطني), and
//! towns listed after a plural kind of place (بلدات الخضر وبيت فجار وتقوع).

use super::club_words::{POSITIONS, is_not_a_club};
use super::discover::{Found, MAX_OTHER_WORDS, Scan};
use super::lexicon::{is_common_noun, is_definite, looks_adjectival, readings};
use super::tokens::Sep;
use super::triggers::trigger_at;
use super::venues::{FACILITY_HEADS, SAINTS_HOUSES};
use super::word_lists::{is_function_word, is_time_word};
use super::word_shapes::looks_like_plural_past_verb;
use crate::load::EntityKind;
use crate::text::cue_words::{PLAYING_SIDES, TEAM_WORDS};
use crate::text::normalize::normalize_name;

/// Words that open a club's name and only a club's in a sports report (مولودية وهران، شبيبة
/// القبائل، شباب بلوزداد، وفاق سطيف، أولمبيك آسفي، هلال الساحل، هلال بورتسودان), normalised.
/// شباب is «youth» and هلال «crescent» anywhere else, so none is read outside a sports report.
const CLUB_HEADS: &[&str] = &["مولوديه", "شبيبه", "شباب", "وفاق", "اولمبيك", "هلال"];

/// Heads of [`CLUB_HEADS`] whose form with the article is another club's name, not the short
/// form of this one (الشباب، الهلال are clubs of their own).
const HEADS_WITHOUT_SHORT_FORM: &[&str] = &["شباب", "هلال"];

/// Words that make a run a sports report (a match, a league, a minute of play, a goal),
/// normalised, with or without the article.
const SPORTS_WORDS: &[&str] = &[
    "مباراه",
    "مباراتين",
    "دوري",
    "الدقيقه",
    "الدقائق",
    "ملعب",
    "الشوط",
    "هدفين",
    "الجوله",
    "البطوله",
    "المدرب",
    "المنتخب",
    "مباريات",
    "ستاد",
    "استاد",
    "القدم",
    "ركله",
    // كرة اليد، كرة السلة، كرة الطائرة: the ball names the game where اليد، السلة and
    // الطائرة alone are a hand, a basket and an aeroplane.
    "كره",
    "شوطي",
    "اشواط",
];

/// «Sporting», normalised: after a club's name in the Maghreb (الوداد الرياضي، الرجاء الرياضي).
const SPORTING: &str = "الرياضي";

/// Distinct words of [`SPORTS_WORDS`] a run needs to read as a sports report: one alone may be
/// a minister's tour (الجولة) or a trainer (المدرب).
const MIN_SPORTS_WORDS: usize = 2;

/// Distinct words of [`SPORTS_WORDS`] an article needs to read as a sports report as a whole:
/// one more than a run, since a longer text meets more of them by chance.
const MIN_SPORTS_WORDS_IN_ARTICLE: usize = 3;

/// Whether each run of an article, and the article as a whole, reads as a sports report (a
/// match report whose second paragraph names the scorers with no word of the match: أحرز
/// فلان وفلان أهداف الهلال), read once per article when a rule first asks: several rules ask
/// in every run, and each asking read every word of the run again.
pub(super) struct SportsReading {
    /// Each run holds [`MIN_SPORTS_WORDS`] distinct words of [`SPORTS_WORDS`].
    runs: Vec<bool>,
    /// The article holds [`MIN_SPORTS_WORDS_IN_ARTICLE`] of them.
    article: bool,
}

impl SportsReading {
    pub(super) fn of(runs: &[super::tokens::Words]) -> Self {
        let mut in_article: Vec<&'static str> = Vec::new();
        let runs = runs
            .iter()
            .map(|w| {
                let mut in_run: Vec<&'static str> = Vec::new();
                for word in w.tokens.iter().filter_map(|t| sports_word(&t.norm)) {
                    if !in_run.contains(&word) {
                        in_run.push(word);
                    }
                    if !in_article.contains(&word) {
                        in_article.push(word);
                    }
                }
                in_run.len() >= MIN_SPORTS_WORDS
            })
            .collect();
        SportsReading {
            runs,
            article: in_article.len() >= MIN_SPORTS_WORDS_IN_ARTICLE,
        }
    }

    /// Run `run` reads as a sports report, or the whole article does.
    pub(super) fn reads_as_sports(&self, run: usize) -> bool {
        self.article || self.runs.get(run).copied().unwrap_or(false)
    }
}

/// The words a rule of this module starts from (see [`super::triggers::is_cue_form`]): the
/// tables [`Scan::local_names`] reads, so that a word added to one is a cue too.
pub(super) const CUE_WORDS: [&[&str]; 7] = [
    CLUB_HEADS,
    FACILITY_HEADS,
    SAINTS_HOUSES,
    PLACE_PLURALS,
    DUALS_ALSO_ADJECTIVES,
    TEAM_WORDS,
    SITE_WORDS,
];

/// Words for a site that expect a place named on a common noun after them (موقع عين الكسفة،
/// موقع خربة …: an archaeological site), normalised; anything else after them (موقع الوزارة)
/// is no place.
const SITE_WORDS: &[&str] = &["موقع"];

/// The common nouns of [`TOPONYM_HEADS`] that name land after [`SITE_WORDS`]: not بيت، برج،
/// قصر، دير، whose names after «موقع» are as often a body's website (موقع بيت الشعر).
const SITE_TOPONYM_HEADS: &[&str] = &["عين", "جبل", "تل", "خربه", "بئر", "وادي"];

/// Plural (and dual) kinds of place before a list of towns (بلدات الخضر وبيت فجار، قريتي
/// عقربا ومجدل بني فاضل، ناحيتي بلبل والمعبطلي، بلديات معربون، يونين، والرام، أقضية سنجار
/// وتلعفر), normalised. مدن is left out: «مدن العالم» is no list of names.
pub(super) const PLACE_PLURALS: &[&str] = &[
    "بلدات",
    "قري",
    "بلدتي",
    "قريتي",
    "ناحيتي",
    "نواحي",
    "بلديات",
    "اقضيه",
];

/// Duals of a kind of place that are also adjectives (قضائي «judicial», as in حكم قضائي):
/// the dual only before a known place (قضائي جبيل وكسروان), normalised.
const DUALS_ALSO_ADJECTIVES: &[&str] = &["قضائي"];

/// First words of place names built on a common noun (بيت فجار، جبل الموالح، عين الحلوة، كفر
/// قاسم، دير البلح، خربة …), normalised: a name only with a name after them, and read as one
/// only where a place is expected (after a kind of place, in a list of towns, in quotes).
const TOPONYM_HEADS: &[&str] = &[
    "بيت", "جبل", "عين", "تل", "كفر", "دير", "خربه", "بئر", "راس", "وادي", "برج", "قصر", "سيدي",
    "شط",
];

/// A normalised word opens a club's name in a sports report (see [`CLUB_HEADS`]).
pub(super) fn is_club_head(word: &str) -> bool {
    CLUB_HEADS.contains(&word)
}

/// The normalised words of a place's name are a common noun's toponym with a kunya (تل ابو
/// الصوان، عين ام الحياه): three words that are one name, as بيت فجار is two.
pub(crate) fn is_toponym_with_kunya(words: &[&str]) -> bool {
    matches!(words, [head, kunya, _] if is_toponym_head(head)
        && super::place_lists::KUNYAS.contains(kunya))
}

/// A normalised word opens a place name built on a common noun (see [`TOPONYM_HEADS`]).
pub(super) fn is_toponym_head(word: &str) -> bool {
    TOPONYM_HEADS.contains(&word)
}

/// Most towns read in one list.
const MAX_LISTED_PLACES: usize = 8;

/// The word of [`SPORTS_WORDS`] `word` is, with or without a clitic or the article.
pub(super) fn sports_word(word: &str) -> Option<&'static str> {
    // Every reading below is an end of the word, or one with an elided alef given back: a
    // word that ends in none of the list's words (less a first alef) is passed over unread
    // (this runs at every word of an article a rule asks about).
    let ends_in_one = last_six_bytes(word)
        .is_some_and(|end| SPORTS_ENDINGS.binary_search(&end).is_ok())
        && SPORTS_WORDS
            .iter()
            .any(|s| word.ends_with(s.strip_prefix('ا').unwrap_or(s)));
    if !ends_in_one {
        return None;
    }
    sports_word_read(word)
}

/// The last six bytes (three Arabic letters) of each of [`SPORTS_WORDS`] less a first alef,
/// as numbers, sorted: a word whose end is none of them is passed over with a binary search
/// of one number. (Two letters let through every word in ين، ات، يه، له.)
static SPORTS_ENDINGS: std::sync::LazyLock<Vec<u64>> = std::sync::LazyLock::new(|| {
    let mut ends: Vec<u64> = SPORTS_WORDS
        .iter()
        .filter_map(|w| last_six_bytes(w.strip_prefix('ا').unwrap_or(w)))
        .collect();
    ends.sort_unstable();
    ends.dedup();
    ends
});

/// The last six bytes of `word` as one number, if it has six.
fn last_six_bytes(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    let end = bytes.get(bytes.len().checked_sub(6)?..)?;
    let mut number = [0; 8];
    number[..6].copy_from_slice(end);
    Some(u64::from_le_bytes(number))
}

/// [`sports_word`] without its shortcut: every reading of the word, with up to two clitic
/// letters, and the word without the article.
fn sports_word_read(word: &str) -> Option<&'static str> {
    let stem = word.strip_prefix("ال");
    readings(word)
        .iter()
        .filter(|(clitic, _)| *clitic <= 2)
        .map(|(_, r)| r.as_ref())
        .chain(stem)
        .find_map(|r| SPORTS_WORDS.iter().copied().find(|s| *s == r))
}

/// A definite word whose stem is a built-in common noun (الدولة، المناطق) or a kind of place
/// (المحافظة، المقاطعة، الجزيرة), or a definite plural of things (الخدمات): a town's list
/// holds no such word, whatever a small site has seen (قرى المحافظة are the governorate's).
/// (A stem that is a function word may be a town's: الفيه.)
pub(super) fn is_definite_common_noun(word: &str) -> bool {
    word.strip_prefix("ال").is_some_and(|stem| {
        is_common_noun(stem) || super::triggers::is_place_kind(stem) || stem.ends_with("ات")
    })
}

/// The word read with or without a clitic is one of `list`.
pub(super) fn reads_as(word: &str, list: &[&str]) -> bool {
    readings(word)
        .iter()
        .any(|(clitic, w)| *clitic <= 2 && list.contains(&w.as_ref()))
}

impl Scan<'_> {
    /// The end of a place name that opens with a common noun at token `i` (بيت فجار، جبل
    /// الموالح; see [`TOPONYM_HEADS`]): the name after it, a bare name word or a definite one.
    pub(super) fn toponym_end(&self, i: usize) -> Option<usize> {
        let next = self
            .token(i + 1)
            .filter(|n| n.sep == Sep::Space && n.mention.is_none())?;
        // تل أبو طبيرة، عين أم الحياة: a kunya after the noun takes its own name too; the
        // place was «تل أبو».
        if super::place_lists::KUNYAS.contains(&next.norm.as_str()) && self.kunya_name_after(i + 2)
        {
            return Some(i + 3);
        }
        let name = if next.article() {
            // رأس العين، وادي الأردن: a known place left unlinked here (a homograph without
            // its evidence) completes the name on a common noun as a new word would.
            self.lex.is_family_name_word(&next.norm) || self.lex.is_registered_place(&next.norm)
        } else {
            self.name_word(i + 1) && !next.norm.starts_with('و')
        };
        name.then_some(i + 2)
    }

    /// The end of a toponym on a common noun at token `i` that a body's head still wants its
    /// place from (محكمة كفر شكر، مجلس بيت ساحور): the noun needs a name after it, and the
    /// next bare word is that name even when it is also a word (شكر «thanks»). Without it
    /// the phrase was the noun alone, and «كفر» became a body of its own.
    pub(super) fn toponym_name_after_a_head(&self, i: usize) -> Option<usize> {
        let next = self.token(i + 1)?;
        let w = next.norm.as_str();
        let bare_word = next.sep == Sep::Space
            && next.mention.is_none()
            && !next.article()
            && !next.tanween()
            && !w.starts_with('و')
            && w.chars().count() >= 2
            && w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
            && !is_function_word(w)
            && !is_time_word(w)
            && trigger_at(self.tokens(), i + 1).is_none();
        bare_word.then_some(i + 2)
    }

    /// Quoted place names that open with a common noun («جبل العرمة»).
    fn quoted_toponyms(&self) -> Vec<Found> {
        self.words
            .quoted
            .iter()
            .filter(|r| r.len() == 2)
            .filter(|r| {
                self.token(r.start)
                    .is_some_and(|t| is_toponym_head(&t.norm))
                    && self.toponym_end(r.start) == Some(r.end)
            })
            .map(|r| found(r.clone(), EntityKind::Place))
            .collect()
    }

    /// Every club, venue and listed town of this run.
    pub(super) fn local_names(&self) -> Vec<Found> {
        // Read only for a run with a club's head: most runs have none.
        let sports = std::cell::OnceCell::new();
        let mut out = Vec::new();
        for i in 0..self.tokens().len() {
            // Every rule below starts from a word of [`CUE_WORDS`], but a club named «X
            // الرياضي», which starts from the word before its cue.
            let before_sporting = self.token(i + 1).is_some_and(|n| n.norm == SPORTING);
            if !self.tokens()[i].cue() && !before_sporting {
                continue;
            }
            let word = &self.tokens()[i].norm;
            if reads_as(word, TEAM_WORDS) && *sports.get_or_init(|| self.is_sports_report()) {
                out.extend(self.club_after_team_word(i));
                continue;
            }
            if reads_as(word, CLUB_HEADS) && *sports.get_or_init(|| self.is_sports_report()) {
                out.extend(self.club_at(i));
            } else if before_sporting
                && *sports.get_or_init(|| self.is_sports_report())
                && let Some(end) = self.sporting_club_end(i)
            {
                out.push(found(i..end, EntityKind::Organization));
            } else if reads_as(word, SAINTS_HOUSES)
                && let Some(house) = self.saint_s_house_at(i)
            {
                out.push(house);
            } else if reads_as(word, FACILITY_HEADS) {
                out.extend(self.venue_at(i));
            } else if reads_as(word, PLACE_PLURALS)
                || (reads_as(word, DUALS_ALSO_ADJECTIVES)
                    && self.token(i + 1).is_some_and(|n| {
                        n.sep == Sep::Space && n.mention == Some(EntityKind::Place)
                    }))
            {
                out.extend(self.listed_places(i + 1));
            } else if reads_as(word, SITE_WORDS) {
                out.extend(self.site_at(i + 1));
            }
        }
        out.extend(self.quoted_toponyms());
        out
    }

    /// A place named on a common noun at token `j`, after a word for a site (see
    /// [`SITE_WORDS`]).
    fn site_at(&self, j: usize) -> Option<Found> {
        let t = self.token(j).filter(|t| {
            t.sep == Sep::Space
                && t.mention.is_none()
                && SITE_TOPONYM_HEADS.contains(&t.norm.as_str())
        })?;
        let end = self.toponym_end(j)?;
        debug_assert!(end > j, "{}", t.norm);
        Some(found(j..end, EntityKind::Place))
    }

    /// The run, or its whole article, reads as a sports report (see [`SportsReading`]).
    pub(super) fn is_sports_report(&self) -> bool {
        self.sports
            .get_or_init(|| SportsReading::of(self.article))
            .reads_as_sports(self.run)
    }

    /// A club named bare after a word of its team at token `i` (لاعب الاتحاد، فريق التعاون): one
    /// definite word, neither an adjective (اللاعب الدولي) nor a noun of the game (لاعب الوسط,
    /// see [`super::club_words::NOT_A_CLUB`]). Weak: a club's name is often an ordinary word (union, victory),
    /// so it stands only when the site names it so twice (see `discovery::is_confident`).
    ///
    /// A back's side may stand between his position and his club (ظهير أيسر الشباب). A
    /// player's position set off by a comma after his name (محمد الدوسري، مدافع التعاون) is
    /// an apposition that leaves no other reading: the word after it is his club, strong.
    pub(super) fn club_after_team_word(&self, i: usize) -> Option<Found> {
        let side = self
            .token(i + 1)
            .is_some_and(|t| t.sep == Sep::Space && PLAYING_SIDES.contains(&t.norm.as_str()));
        let club = i + 1 + usize::from(side);
        let spaced = self.token(club).is_some_and(|t| t.sep == Sep::Space);
        let head = &self.tokens()[i];
        let apposition = head.comma() && POSITIONS.contains(&head.norm.as_str());
        (spaced && self.is_bare_club_at(club)).then(|| Found {
            strong: apposition,
            ..found(club..club + 1, EntityKind::Organization)
        })
    }

    /// Token `i` may be a club named bare: one definite word no registered name covers,
    /// neither an adjective (اللاعب الدولي) nor a noun of the game (الوسط, see
    /// [`super::club_words::NOT_A_CLUB`]).
    pub(super) fn is_bare_club_at(&self, i: usize) -> bool {
        let Some(t) = self.token(i).filter(|t| t.mention.is_none() && t.article()) else {
            return false;
        };
        let w = t.norm.as_str();
        is_definite(w)
            && w.chars().all(char::is_alphabetic)
            && w.chars().count() >= 4
            && !looks_adjectival(w)
            && !is_not_a_club(w)
            && sports_word(w).is_none()
    }

    /// A club: its head and the town or name after it, head included (مولودية الجزائر،
    /// شباب بلوزداد، شبيبة القبائل).
    fn club_at(&self, head: usize) -> Option<Found> {
        let end = self
            .named_after(head + 1)
            .or_else(|| self.town_named_like_a_person(head + 1))?;
        Some(found(head..end, EntityKind::Organization))
    }

    /// The token after a definite name at token `j` whose bare form is a common given name
    /// (شبيبة العمران, where another article writes «عمران» alone): after a club's head in a
    /// sports report the definite word is the club's town, and a person named so elsewhere
    /// makes it no ordinary word. Not a given name news writes mostly as a word (عيد، جمعة).
    fn town_named_like_a_person(&self, j: usize) -> Option<usize> {
        let t = self
            .token(j)
            .filter(|t| t.sep == Sep::Space && t.article() && t.mention.is_none())?;
        let stem = t.norm.strip_prefix("ال")?;
        (super::given_names::is_given_name(stem)
            && !super::given_names::is_ordinary_given_name(stem)
            && !super::lexicon::is_listed(&t.norm)
            && !looks_adjectival(&t.norm))
        .then_some(j + 1)
    }

    /// The end of a club named with «الرياضي» after its name at token `i` (الوداد الرياضي،
    /// الشباب الرياضي السالمي, the Maghreb's way): a definite name, or a club's kind word with
    /// the article, then الرياضي and at most one definite adjective of its town.
    pub(super) fn sporting_club_end(&self, i: usize) -> Option<usize> {
        let t = self
            .token(i)
            .filter(|t| t.article() && t.mention.is_none())?;
        let name = self.lex.is_definite_name_word(&t.norm)
            || t.norm
                .strip_prefix("ال")
                .is_some_and(|stem| CLUB_HEADS.contains(&stem));
        let riyadi = self
            .token(i + 1)
            .is_some_and(|n| n.sep == Sep::Space && n.mention.is_none() && n.norm == SPORTING);
        if !(name && riyadi) {
            return None;
        }
        let town = self.token(i + 2).is_some_and(|n| {
            n.sep == Sep::Space
                && n.mention.is_none()
                && n.norm.ends_with('ي')
                && self.lex.is_definite_name_word(&n.norm)
        });
        Some(if town { i + 3 } else { i + 2 })
    }

    /// The end of what names a club or venue from token `j`: a registered place (all its
    /// tokens), one definite name word (القبائل، الزوراء) or up to three bare name words (علي
    /// عمار، بلوزداد).
    pub(super) fn named_after(&self, j: usize) -> Option<usize> {
        let t = self.token(j).filter(|t| t.sep == Sep::Space)?;
        if t.mention == Some(EntityKind::Place) {
            let mut end = j + 1;
            while self
                .token(end)
                .is_some_and(|n| n.sep == Sep::Space && n.mention == Some(EntityKind::Place))
                && end - j < MAX_OTHER_WORDS
            {
                end += 1;
            }
            return Some(end);
        }
        if t.mention.is_some() {
            return None;
        }
        if t.article() {
            if let Some(end) = self.definite_given_name_and_surname(j) {
                return Some(end);
            }
            let name = self.lex.is_definite_name_word(&t.norm) && !looks_adjectival(&t.norm);
            return name.then_some(j + 1);
        }
        let range = self.name_from(j, EntityKind::Organization)?;
        Some(range.end)
    }

    /// Towns after a plural kind of place: the first, then each joined by و (الخضر وبيت
    /// فجار وتقوع). A registered place among them keeps the list going; a word that is not a
    /// name ends it.
    fn listed_places(&self, j: usize) -> Vec<Found> {
        let mut out = Vec::new();
        let mut i = j;
        for k in 0..MAX_LISTED_PLACES {
            // بلديات معربون، يونين، والرام: a comma may part the towns, و before the last.
            let Some(t) = self
                .token(i)
                .filter(|t| t.sep == Sep::Space || (k > 0 && t.comma()))
            else {
                break;
            };
            if t.mention == Some(EntityKind::Place) {
                i = self.past_known_place(i);
                continue;
            }
            // بلديات ودواوير، بلدات وقرى: another plural kind is no town; it ends the list.
            if t.mention.is_some() || self.is_plural_place_at(i) {
                break;
            }
            // بلديات طرابلس، وتفعيل دور المراكز: a list parted by commas has three towns at
            // least (معربون، يونين، والرام); a comma and و right after the first opens a clause.
            // Past the first town the list goes on with و or a comma: a word after the last
            // town with neither is the sentence going on (بلديات تقوع وبيت فجار ستمئة مسكن).
            if (k == 1 && t.comma() && t.norm.starts_with('و'))
                || (k > 0 && !t.comma() && !t.norm.starts_with('و'))
            {
                break;
            }
            let conjoined = k > 0 && t.norm.starts_with('و') && !(t.comma() && self.name_word(i));
            let Some(end) = self.listed_place_at(i, conjoined) else {
                break;
            };
            // قرى صغيرة، بلدات مجاورة: a lone word in ة right after the plural is its
            // adjective (a plural of things agrees in the feminine singular), not a town.
            // A definite word after the plural is its complement, never its adjective: قريتي
            // العرابة والعرارسة are two villages.
            if k == 0 && end == i + 1 && t.ta_marbuta() && !t.article() {
                break;
            }
            // والرام- الجوبانية: the town's name goes on past a hyphen.
            let end = self.past_hyphen(end);
            out.push(Found {
                conjoined,
                ..found(i..end, EntityKind::Place)
            });
            i = end;
        }
        out
    }

    /// One town of a list at token `i` (its و first when `conjoined`): a definite name word
    /// (الخضر) or one or two bare name words (بيت فجار، تقوع). Returns its end.
    fn listed_place_at(&self, i: usize, conjoined: bool) -> Option<usize> {
        let t = self.token(i)?;
        let word = if conjoined {
            t.norm.strip_prefix('و')?
        } else {
            t.norm.as_str()
        };
        // بلديات قضاء بنت جبيل: a kind of place names the district, not one more town.
        if looks_adjectival(word) || super::triggers::is_place_kind(word) {
            return None;
        }
        if is_definite(word) {
            let name = (self.lex.is_definite_name_word(word) || self.lex.is_family_name_word(word))
                && !is_definite_common_noun(word);
            return name.then_some(i + 1);
        }
        if is_toponym_head(word) {
            return self.toponym_end(i);
        }
        if !self.lex.is_bare_name_word(word) {
            return None;
        }
        let second = self.token(i + 1).is_some_and(|n| {
            n.sep == Sep::Space
                && n.mention.is_none()
                && !n.norm.starts_with('و')
                && !looks_like_plural_past_verb(&n.norm)
                && self.name_word(i + 1)
        });
        Some(if second { i + 2 } else { i + 1 })
    }
}

pub(super) fn found(tokens: std::ops::Range<usize>, kind: EntityKind) -> Found {
    Found {
        tokens,
        kind: Some(kind),
        strong: true,
        open: false,
        alias: None,
        conjoined: false,
    }
}

/// The short form a sports report uses for a club named with one of [`CLUB_HEADS`] but
/// [`HEADS_WITHOUT_SHORT_FORM`]: the head with the article (مولودية الجزائر → المولودية، شبيبة القبائل → الشبيبة); or
/// for a club named with الرياضي, its name alone (الوداد الرياضي → الوداد).
pub(crate) fn club_short_form(name: &str) -> Option<String> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    if words.next().is_some_and(|w| normalize_name(w) == SPORTING) {
        return Some(first.to_string());
    }
    let norm = normalize_name(first);
    (!HEADS_WITHOUT_SHORT_FORM.contains(&norm.as_str())
        && CLUB_HEADS.contains(&norm.as_str())
        && name.split_whitespace().count() >= 2)
        .then(|| format!("ال{first}"))
}

#[cfg(test)]
#[path = "local_tests.rs"]
mod tests;
