//! The source a dateline names at the head of an article: the news agency or outlet in
//! parentheses after the place (and date) the report was filed from, set off from the text by
//! a dash or a colon — «بنغازي 21 أبريل 2024 (الأنباء الليبية) - عقد …»، «أربيل (كوردستان 24)-
//! أعلنت …»، «بيروت - (د ب أ) : بدأ …». Agencies' reports open so in every Arab country, and
//! nothing else does: a place, numbers and a month's name, then a short name in parentheses
//! and a dash, as the first words of the first paragraph.

use std::ops::Range;

use super::discover::{Found, Scan};
use super::lexicon::{is_function_or_verb, is_listed};
use super::local::is_definite_common_noun;
use super::tokens::Sep;
use super::word_lists::{is_common_noun, is_time_word};
use crate::load::EntityKind;

/// Most words before the parentheses: a place of two words, a day, a month, a year.
const MAX_DATELINE_WORDS: usize = 6;

/// Most words of the source's name (د ب أ، وكالة الأنباء الليبية).
const MAX_SOURCE_WORDS: usize = 4;

impl Scan<'_> {
    /// The source of the dateline that opens the article's first run, if it opens so.
    pub(super) fn dateline_source(&self) -> Option<Found> {
        if !self.opens_the_article() {
            return None;
        }
        let r = self.words.parenthesised.first()?.clone();
        if r.is_empty() || r.start > MAX_DATELINE_WORDS || r.len() > MAX_SOURCE_WORDS {
            return None;
        }
        let before = &self.tokens()[..r.start];
        let placed = before
            .first()
            .is_some_and(|t| t.mention == Some(EntityKind::Place));
        let dateline_words = before.iter().all(|t| {
            t.mention == Some(EntityKind::Place)
                || t.norm.chars().all(|c| c.is_numeric())
                || is_listed(&t.norm)
        });
        let set_off = self.token(r.end).is_some_and(|t| t.after_parenthesis());
        let named = self.tokens()[r.clone()]
            .iter()
            .all(|t| t.mention.is_none() && !t.tanween())
            && !self.tokens()[r.clone()]
                .iter()
                .all(|t| t.norm.chars().all(|c| c.is_numeric()));
        (placed && dateline_words && set_off && named).then(|| Found::organization(r, true, None))
    }
}

/// Most words of a dateline's place, of its source or of its reporter's name between dashes.
const MAX_DASHED_WORDS: usize = 3;

/// Words of a byline that credit a person's work (normalised): the name after them is a
/// reporter's or a photographer's.
const CREDIT_WORDS: &[&str] = &[
    "تغطيه",
    "تصوير",
    "كتب",
    "كتبت",
    "بقلم",
    "مراسل",
    "مراسلنا",
    "مراسله",
    "اعداد",
    "حوار",
    "متابعه",
    "ترجمه",
    "تحقيق",
];

/// Most words of a byline standing as the article's first paragraph (see
/// [`Scan::byline_line`]).
const MAX_BYLINE_LINE_WORDS: usize = 7;

/// «من», normalised: «from» before a reporter's name (صلالة ـ من عوض دهيش).
const FROM: &str = "من";

/// Words a dateline's dashes set off that name no source (normalised): what the report is
/// (خاص، تغطية، متابعات، ترجمة، تقرير), who made it (وكالات، مراسلنا، بقلم), and a site's
/// sections (أسواق، محليات، منوعات، رياضة …).
const BYLINE_WORDS: &[&str] = &[
    "خاص",
    "تغطيه",
    "تصوير",
    "متابعه",
    "متابعات",
    "وكالات",
    "كتب",
    "كتبت",
    "حوار",
    "تقرير",
    "ترجمه",
    "ترجمات",
    "مراسل",
    "مراسلنا",
    "مراسله",
    "محرر",
    "المحرر",
    "بقلم",
    "اعداد",
    "رصد",
    "خدمات",
    "عاجل",
    "فيديو",
    "صور",
    "تحقيق",
    "مقابله",
    "وكاله",
    "اسواق",
    "محليات",
    "منوعات",
    "ارشيف",
    "رياضه",
    "اقتصاد",
    "سياسه",
    "ثقافه",
    "فن",
    "فنون",
    "صحه",
    "تكنولوجيا",
    "حوادث",
    "تقارير",
    "اراء",
    "مقالات",
    "عربي",
    "دولي",
    "عالمي",
    "مجتمع",
    "اخبار",
];

impl Scan<'_> {
    /// The source and the reporter a dateline set off by dashes names at the head of the
    /// article: «غزة - معا - استقبل …»، «تعز - سبأنت»، «بغداد ـ واع ـ وسام الملا»، «الخرطوم –
    /// فاطمة عوض». A known place opens the first paragraph; then, ending at a dash or at the
    /// paragraph's end, a short name: a person's when it opens with a given name, the
    /// agency's or paper's otherwise; after the source, a reporter's name may end the
    /// paragraph. Only a few words between dashes qualify: a sentence runs past them.
    pub(super) fn dashed_dateline(&self) -> Vec<Found> {
        let mut out = Vec::new();
        if !self.opens_the_article() {
            return out;
        }
        let tokens = self.tokens();
        let Some(place_end) =
            (1..=MAX_DASHED_WORDS).find(|&k| tokens.get(k).is_some_and(|t| t.after_hyphen()))
        else {
            return out;
        };
        // عمان - الرأي: a place the gazetteer holds as ambiguous opens a dateline too.
        if !tokens[..place_end].iter().all(|t| {
            t.mention == Some(EntityKind::Place)
                || (place_end == 1 && self.lex.is_registered_place(&t.norm))
        }) {
            return out;
        }
        let Some(source) = self.dashed_segment(place_end) else {
            return out;
        };
        if let Some(reporter) = self.reporter(&source) {
            out.push(reporter);
            return out;
        }
        // بغداد ـ واع ـ: an agency the site or the gazetteer knows is linked already. A source
        // of its own is one word between two dashes (غزة - معا - …): a word alone after the
        // place (القاهرة - أسواق، المغرب - كورونا) is as often a section's label or a headline.
        let known = tokens[source.clone()]
            .iter()
            .all(|t| t.mention == Some(EntityKind::Organization));
        let closed = source.end < tokens.len();
        if !(known || closed && self.names_a_source(&source)) {
            return out;
        }
        if !known {
            out.push(Found::organization(source.clone(), true, None));
        }
        // بغداد ـ واع ـ وسام الملا: the reporter ends the paragraph after the source.
        if let Some(after) = self
            .dashed_segment(source.end)
            .filter(|r| r.end == tokens.len())
        {
            out.extend(self.reporter(&after));
        }
        out
    }

    /// The reporters a byline names when it stands as the article's first paragraph, its
    /// parts set off by dashes, slashes or colons: «ذي قار / حسين الموسوي»، «القنيطرة: المهدي
    /// الجواهري»، «تصوير- محمود بكار:»، «الجزيرة - تغطية - عبدالرحمن المصيبيح». One part must
    /// say it is a byline — a known place or body, a byline's word (تصوير، تغطية، خاص) or an
    /// agency's initials (و.ض.أ) — and a reporter is a whole other part that reads as a
    /// person's name (see [`Scan::reporter`]). A short first paragraph of other words is a
    /// headline or a label, and names no one here.
    pub(super) fn byline_line(&self) -> Vec<Found> {
        let tokens = self.tokens();
        if !self.opens_the_article() || tokens.len() > MAX_BYLINE_LINE_WORDS {
            return Vec::new();
        }
        let mut parts: Vec<Range<usize>> = Vec::new();
        for (k, t) in tokens.iter().enumerate() {
            match parts.last_mut() {
                Some(part) if t.sep == Sep::Space => part.end = k + 1,
                _ => parts.push(k..k + 1),
            }
        }
        let (marks, others): (Vec<_>, Vec<_>) = parts.iter().partition(|p| self.marks_a_byline(p));
        if marks.is_empty() || others.is_empty() {
            return Vec::new();
        }
        // تصوير- محمود بكار: a credit says a person follows; a place or a section's label
        // alone is as often a headline's (دمشق / حسن الجوار، رياضة / حسن الختام).
        let credited = parts
            .iter()
            .any(|p| p.len() == 1 && CREDIT_WORDS.contains(&tokens[p.start].norm.as_str()));
        others
            .into_iter()
            .filter(|p| credited || self.surely_a_family_name(p.end - 1))
            .filter_map(|p| self.reporter(p))
            .collect()
    }

    /// Token `k`, a name's last word, is a family name whatever the line says: no article,
    /// or an adjective of relation (الجواهري، العمري), or a family name of the lists. A
    /// given name before a definite noun is a headline's idiom as often (حسن الجوار، كريم
    /// العطاء، المهدي المنتظر).
    fn surely_a_family_name(&self, k: usize) -> bool {
        let t = &self.tokens()[k];
        !t.article() || t.norm.ends_with('ي') || super::given_names::is_common_family_name(&t.norm)
    }

    /// Part `part` of a byline line says what the line is: a known place or body, a
    /// byline's word, or an agency's initials.
    fn marks_a_byline(&self, part: &Range<usize>) -> bool {
        let words = &self.tokens()[part.clone()];
        let all = |kind| words.iter().all(|t| t.mention == Some(kind));
        let one = |test: &dyn Fn(&str) -> bool| words.len() == 1 && test(&words[0].norm);
        all(EntityKind::Place)
            || all(EntityKind::Organization)
            || one(&|w| self.lex.is_registered_place(w) || BYLINE_WORDS.contains(&w))
            || words.iter().all(|t| t.norm.chars().count() == 1)
    }

    /// This run is the article's first.
    fn opens_the_article(&self) -> bool {
        self.article
            .first()
            .is_some_and(|first| std::ptr::eq(first, self.words))
    }

    /// The words from token `start`, right after a dash, to the next dash or the paragraph's
    /// end, if that comes within [`MAX_DASHED_WORDS`] words that no mention covers and that
    /// carry no tanween or digit.
    fn dashed_segment(&self, start: usize) -> Option<Range<usize>> {
        let tokens = self.tokens();
        if !tokens.get(start)?.after_hyphen() {
            return None;
        }
        let end = (start + 1..=start + MAX_DASHED_WORDS)
            .find(|&k| k == tokens.len() || tokens.get(k).is_some_and(|t| t.after_hyphen()))?;
        let words = tokens.get(start..end)?;
        let known = words
            .iter()
            .all(|t| t.mention == Some(EntityKind::Organization));
        let plain = words.iter().enumerate().all(|(k, t)| {
            (k == 0 || t.sep == Sep::Space)
                && (known || t.mention.is_none())
                && !t.tanween()
                && !t.norm.chars().any(char::is_numeric)
        });
        plain.then_some(start..end)
    }

    /// The reporter named by a dashed segment: the whole segment is a person's name of two or
    /// three words, opening with a given name or after «من» («from»).
    fn reporter(&self, segment: &Range<usize>) -> Option<Found> {
        let tokens = self.tokens();
        let from = tokens[segment.start].norm == FROM;
        let start = segment.start + usize::from(from);
        let name = start..segment.end;
        // بيروت - نور الأمل، القاهرة - جمال الطبيعة: a headline of a given name's homograph
        // and a common noun is no reporter.
        let family_words = (start + 1..segment.end).all(|k| {
            let t = &tokens[k];
            let bare = t.norm.strip_prefix("ال").unwrap_or(&t.norm);
            let shaped = if t.article() {
                !t.ta_marbuta() && self.lex.is_family_name_word(&t.norm)
            } else {
                self.name_word(k)
            };
            shaped && !is_listed(bare) && !is_common_noun(bare) && !is_definite_common_noun(&t.norm)
        });
        let shaped = (2..=MAX_DASHED_WORDS).contains(&name.len())
            && (from || super::name_lists::is_given_name(&tokens[start].norm))
            && family_words
            && self.name_from(start, EntityKind::Person) == Some(name.clone());
        shaped.then(|| super::people::person(name))
    }

    /// A dashed segment names an agency or a paper: no word of a byline (تغطية، تصوير، خاص)
    /// and no title or kind. A paper's name is often a common word (الرأي، الرؤية، الحياة);
    /// the dateline's shape says it is a name.
    fn names_a_source(&self, segment: &Range<usize>) -> bool {
        let word = &self.tokens()[segment.start];
        let bare = word.norm.strip_prefix("ال").unwrap_or(&word.norm);
        // عمان - "الحياة" -: quotes say the common word is the paper's name.
        let quoted = self.words.quoted.contains(segment);
        let common =
            !quoted && (is_listed(bare) || is_common_noun(bare) || is_function_or_verb(&word.norm));
        // One word, no common or time word (بغداد - الآن -، القاهرة - السبت -، أسواق), no
        // place, no lone given name.
        segment.len() == 1
            && word.norm != FROM
            && !common
            && !is_time_word(&word.norm)
            && !self.lex.is_registered_place(&word.norm)
            && !super::name_lists::is_given_name(&word.norm)
            && self.tokens()[segment.clone()]
                .iter()
                .enumerate()
                .all(|(k, t)| {
                    !BYLINE_WORDS.contains(&t.norm.as_str())
                        && super::triggers::trigger_at(self.tokens(), segment.start + k).is_none()
                })
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_site::discovered_with;
    use crate::load::EntityKind;

    fn organizations(bodies: &[&str]) -> Vec<String> {
        discovered_with(bodies, true)
            .into_iter()
            .filter(|(_, kind)| *kind == EntityKind::Organization)
            .map(|(name, _)| name)
            .collect()
    }

    /// The agency or outlet in parentheses after the dateline's place and date is a body;
    /// parentheses later in the text, or not set off by a dash or colon, name none.
    #[test]
    fn the_source_of_a_dateline_is_a_body() {
        let found = organizations(&[
            "بنغازي 21 أبريل 2024 (الأنباء الليبية) - عقد وزير الداخلية اجتماعا موسعا.",
            "أربيل (كوردستان 24)- أعلنت الدائرة الإعلامية نتائج الانتخابات.",
            "بيروت - (د ب أ) : بدأ مجلس النواب جلسته.",
        ]);
        for name in ["الأنباء الليبية", "كوردستان 24", "د ب أ"] {
            assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
        }
        let none = organizations(&[
            "القاهرة (الأحد) وصل الوفد إلى المطار.",
            "وقال الوزير في القاهرة (مساء أمس) - كما نقلت الصحف - إن الاتفاق قريب.",
        ]);
        assert!(none.is_empty(), "{none:?}");
    }

    /// A dateline set off by dashes (a hyphen, an en dash, an underscore or a lone tatweel)
    /// names its source or its reporter: «تعز - يمنات - …»، «الرستاق _ أشرف الخزيري»، «صلالة ـ
    /// من عوض دهيش :». Words of a byline or a section (تغطية، خاص، أسواق), a time word, a word
    /// alone after the place (a label or a headline: المغرب - كورونا), a headline of common
    /// nouns and a sentence after the dash are no name.
    #[test]
    fn a_dashed_dateline_names_its_source_or_its_reporter() {
        let found = discovered_with(
            &[
                "تعز - يمنات - قال مصدر في السلطة المحلية إن الطريق فتحت.",
                "الرستاق _ أشرف الخزيري\n\nافتتح المهرجان أمس.",
                "صلالة ـ من عوض دهيش :\n\nبدأ الموسم السياحي.",
            ],
            true,
        );
        let has = |name: &str, kind: EntityKind| found.iter().any(|(n, k)| n == name && *k == kind);
        assert!(has("يمنات", EntityKind::Organization), "{found:?}");
        let quoted = discovered_with(
            &["عمان - \"الحياة\" - قضت محكمة أمن الدولة امس بالسجن على ثمانية متهمين."],
            true,
        );
        assert!(
            quoted
                .iter()
                .any(|(n, k)| n == "الحياة" && *k == EntityKind::Organization),
            "{quoted:?}"
        );
        assert!(has("أشرف الخزيري", EntityKind::Person), "{found:?}");
        assert!(has("عوض دهيش", EntityKind::Person), "{found:?}");
        let none = discovered_with(
            &[
                "القاهرة - تغطية - وصل الوفد إلى المطار أمس.",
                "القاهرة - خاص",
                "ليبيا – عقد رئيس الحكومة اجتماعا موسعا مع العمداء.",
                "وقال الوزير في بغداد - يمنات - إن الأمر جيد.",
                "القاهرة - أسواق - ارتفعت الأسعار أمس.",
                "المغرب - كورونا\n\nسجلت الوزارة إصابات جديدة.",
                "بغداد - الآن - وصل الوفد.",
                "بيروت - جمال الطبيعة\n\nزار السياح الجبل.",
            ],
            true,
        );
        let junk = [
            "تغطية",
            "خاص",
            "عقد",
            "يمنات",
            "أسواق",
            "كورونا",
            "الآن",
            "جمال",
        ];
        assert!(
            !none.iter().any(|(n, _)| junk.iter().any(|w| n.contains(w))),
            "{none:?}"
        );
    }

    /// A byline standing as the first paragraph names its reporter whatever sets its parts
    /// off (a slash, a colon, a dash after a byline's word or a source): «ذي قار / حسين
    /// الموسوي»، «القنيطرة: المهدي الجواهري»، «تصوير- محمود بكار:»، «الجزيرة - تغطية -
    /// عبدالرحمن المصيبيح». A short first paragraph with no place, body or byline's word in it
    /// names no one, nor does a headline after a place or a section's label: common nouns, or
    /// a given name before a definite noun (دمشق / حسن الجوار، رياضة / حسن الختام، النجف /
    /// المهدي المنتظر).
    #[test]
    fn a_byline_line_names_its_reporter() {
        // Each line opens an article of its own.
        let articles = |lines: &[&str]| {
            let body = "\n\nافتتح المحافظ مشروعا جديدا للمياه في المدينة أمس.";
            let bodies: Vec<String> = lines.iter().map(|l| format!("{l}{body}")).collect();
            let bodies: Vec<&str> = bodies.iter().map(String::as_str).collect();
            discovered_with(&bodies, true)
        };
        let found = articles(&[
            "ذي قار / حسين الموسوي",
            "القنيطرة: المهدي الجواهري",
            "تصوير- محمود بكار:",
            "الجزيرة - تغطية - عبدالرحمن المصيبيح",
        ]);
        for name in [
            "حسين الموسوي",
            "المهدي الجواهري",
            "محمود بكار",
            "عبدالرحمن المصيبيح",
        ] {
            assert!(
                found
                    .iter()
                    .any(|(n, k)| n == name && *k == EntityKind::Person),
                "«{name}» not in {found:?}"
            );
        }
        let none = articles(&[
            "بيروت / جمال الطبيعة",
            "رسالة / حسن الجوار",
            "كلمة حق: سعيد الحظ",
            "دمشق / حسن الجوار",
            "رياضة / حسن الختام",
            "النجف / المهدي المنتظر",
            "عمان: كريم العطاء",
        ]);
        assert!(
            !none.iter().any(|(_, k)| *k == EntityKind::Person),
            "{none:?}"
        );
    }
}
