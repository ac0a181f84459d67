//! Verbs of saying and writing that news puts before their subject: the person after one is
//! named without a title (قال فلان، أكدت فلانة، نفى فلان).

use super::lexicon::readings;

/// Verbs of saying and writing that news puts before their subject (قال فلان، أكدت فلانة،
/// وتقول فلانة), masculine and feminine, normalised. Any may carry و or ف.
pub(super) const SPEECH_VERBS: &[&str] = &[
    "قال",
    "قالت",
    "اكد",
    "اكدت",
    "اضاف",
    "اضافت",
    "اوضح",
    "اوضحت",
    "كتب",
    "كتبت",
    "صرح",
    "صرحت",
    "اشار",
    "اشارت",
    "شدد",
    "شددت",
    "لفت",
    "لفتت",
    "اعتبر",
    "اعتبرت",
    "تابع",
    "تابعت",
    "اعرب",
    "اعربت",
    "ذكر",
    "ذكرت",
    "اعلن",
    "اعلنت",
    "كشف",
    "كشفت",
    "يقول",
    "تقول",
    "يضيف",
    "تضيف",
    "يؤكد",
    "تؤكد",
    "يوضح",
    "توضح",
    "يكتب",
    "تكتب",
    // Denying, warning, reporting, calling, admitting, asking, commenting, condemning, seeing.
    "نفي",
    "نفت",
    "حذر",
    "حذرت",
    "افاد",
    "افادت",
    "دعا",
    "دعت",
    "اعترف",
    "اعترفت",
    "تساءل",
    "تساءلت",
    "علق",
    "علقت",
    "استنكر",
    "استنكرت",
    "نوه",
    "نوهت",
    "راي",
    "رات",
    "يري",
    "تري",
];

pub(super) fn is_speech_verb(word: &str) -> bool {
    readings(word)
        .iter()
        .any(|(clitic, w)| *clitic <= 1 && SPEECH_VERBS.contains(&w.as_ref()))
}
