//! The fixed registry and the generated Arabic-ish Markdown the properties run on.

use std::path::Path;
use std::sync::LazyLock;

use proptest::prelude::*;
use proptest::sample::select;

use sahifa::analyse::Matcher;
use sahifa::config::LinkPolicy;
use sahifa::load::Entity;
use sahifa::load::document::parse_entity;

// ---------------------------------------------------------------------------------------------
// A fixed registry: names that begin with clitic letters, ال-names, ambiguous aliases with cues,
// a name two entities share as ambiguous, demonyms, Latin aliases.

/// (id, type, name, aliases, ambiguous, cues, demonyms)
pub(super) type Spec<'a> = (
    &'a str,
    &'a str,
    &'a str,
    &'a [&'a str],
    &'a [&'a str],
    &'a [&'a str],
    &'a [&'a str],
);

pub(super) const REGISTRY: &[Spec<'static>] = &[
    (
        "vladimir-putin",
        "person",
        "فلاديمير بوتين",
        &["بوتين", "Putin"],
        &[],
        &[],
        &[],
    ),
    (
        "france",
        "place",
        "فرنسا",
        &[],
        &[],
        &[],
        &["الفرنسي", "فرنسي"],
    ),
    ("washington", "place", "واشنطن", &[], &[], &[], &[]),
    ("north-korea", "place", "كوريا الشمالية", &[], &[], &[], &[]),
    ("lebanon", "place", "لبنان", &[], &[], &[], &["اللبناني"]),
    ("kremlin", "organization", "الكرملين", &[], &[], &[], &[]),
    (
        "united-states",
        "place",
        "الولايات المتحدة",
        &["أمريكا"],
        &["أمريكا"],
        &[],
        &["الأمريكي"],
    ),
    (
        "ebrahim-raisi",
        "person",
        "إبراهيم رئيسي",
        &["رئيسي"],
        &["رئيسي"],
        &["الرئيس", "السيد"],
        &[],
    ),
    (
        "hamas",
        "organization",
        "حركة حماس",
        &["حماس"],
        &["حماس"],
        &["حركة"],
        &[],
    ),
    (
        "bashar-al-assad",
        "person",
        "بشار الأسد",
        &["الأسد"],
        &["الأسد"],
        &["الرئيس"],
        &[],
    ),
    (
        "hafez-al-assad",
        "person",
        "حافظ الأسد",
        &["الأسد"],
        &["الأسد"],
        &["الراحل"],
        &[],
    ),
    (
        "russia",
        "place",
        "روسيا",
        &["الاتحاد الروسي"],
        &[],
        &[],
        &["الروسي", "الروسية"],
    ),
    (
        "iran",
        "place",
        "إيران",
        &[],
        &[],
        &[],
        &["الإيراني", "الإيرانية"],
    ),
    ("egypt", "place", "مصر", &[], &[], &[], &[]),
    ("moscow", "place", "موسكو", &[], &[], &[], &[]),
    ("ashgabat", "place", "عشق آباد", &[], &[], &[], &[]),
    ("irna", "organization", "إرنا", &["IRNA"], &[], &[], &[]),
    (
        "att",
        "organization",
        "إيه تي آند تي",
        &["AT&T"],
        &[],
        &[],
        &[],
    ),
];

pub(super) fn yaml_list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
    format!("[{}]", quoted.join(", "))
}

pub(super) fn entities_of(specs: &[Spec<'_>]) -> Vec<Entity> {
    specs
        .iter()
        .map(|(id, kind, name, aliases, ambiguous, cues, demonyms)| {
            let text = format!(
                "---\nid: {id}\ntype: {kind}\nname: {name:?}\naliases: {}\nambiguous: {}\ncues: {}\ndemonyms: {}\n---\nوصف.\n",
                yaml_list(aliases),
                yaml_list(ambiguous),
                yaml_list(cues),
                yaml_list(demonyms),
            );
            parse_entity(Path::new(&format!("content/entities/{id}.md")), text)
                .unwrap_or_else(|e| panic!("fixture entity {id}: {e:?}"))
        })
        .collect()
}

pub(super) struct Registry {
    pub(super) matcher: Matcher,
    pub(super) targets: Vec<(String, &'static str)>,
}

pub(super) static FIXTURE: LazyLock<Registry> = LazyLock::new(|| {
    let entities = entities_of(REGISTRY);
    Registry {
        matcher: Matcher::build(&entities).expect("fixture registry"),
        targets: entities
            .iter()
            .map(|e| (format!("/sub/entities/{}/", e.id), e.kind.key()))
            .collect(),
    }
});

// ---------------------------------------------------------------------------------------------
// Generated text.

/// Every name, alias, demonym and cue of the registry, and near misses that must not match.
pub(super) fn words() -> Vec<&'static str> {
    let mut w: Vec<&'static str> = Vec::new();
    for (_, _, name, aliases, _, cues, demonyms) in REGISTRY {
        w.push(name);
        w.extend(aliases.iter().chain(cues.iter()).chain(demonyms.iter()));
    }
    w.extend([
        "رئيسيين",
        "الإيرانية",
        "مصرنا",
        "بوتينات",
        "شريك",
        "قال",
        "في",
        "مع",
        "الحماس",
        "فلاديمير",
        "الجمهورية",
        "و",
        "ال",
    ]);
    w
}

pub(super) const CLITICS: &[&str] = &[
    "", "", "", "و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل",
];

/// Characters that normalisation folds or drops, and presentation forms.
pub(super) const MARKS: &[&str] = &[
    "\u{064E}", // fatha
    "\u{064B}", // fathatan
    "\u{0651}", // shadda
    "\u{0652}", // sukun
    "\u{0670}", // superscript alef
    "\u{0640}", // tatweel
    "\u{200C}", // ZWNJ
    "\u{200D}", // ZWJ
    "\u{200F}", // RLM
    "\u{00AD}", // soft hyphen
];

pub(super) const OTHER: &[&str] = &[
    "«",
    "»",
    "“",
    "”",
    "\"",
    "'",
    "(",
    ")",
    "[",
    "]",
    "،",
    "؛",
    "؟",
    ".",
    ":",
    "!",
    "-",
    "/",
    "ﻻ",
    "ﷲ",
    "ﺑﻮﺗﻴﻦ",
    "\u{FEFF}",
    "٣",
    "2024",
    "0",
    "IRNA",
    "AT&T",
    "AFP.",
    "Putin",
    "x",
    "x_y",
    "&amp;",
    "&",
    "&#1576;",
    "<",
    ">",
];

pub(super) const MARKDOWN: &[&str] = &[
    "# ",
    "## ",
    "### ",
    "* ",
    "- ",
    "1. ",
    "> ",
    "*",
    "**",
    "_",
    "~~",
    "`",
    "`روسيا`",
    "``بوتين ` x``",
    "[",
    "](https://example.org/x)",
    "[بوتين](https://example.org/x \"روسيا\")",
    "![روسيا و \"AT&T\"](i.png)",
    "[x](y)",
    "<https://example.org/موسكو>",
    "\n```\n",
    "\n    ",
    "\\",
    "\\[",
    "|",
    "\n|---|---|\n",
    "\n---\n",
    "[^1]",
    "\n\n[^1]: ",
    " {#id .c}",
    "<b>",
    "</b>",
    "<br>",
    "<!-- c -->",
    "  \n",
];

pub(super) fn arabic_letters() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::char::range('\u{0621}', '\u{064A}'), 1..6)
        .prop_map(|v| v.into_iter().collect())
}

/// A name with clitics and marks dropped in after some of its letters.
pub(super) fn marked_name() -> impl Strategy<Value = String> {
    (select(words()), select(CLITICS), any::<u64>()).prop_map(|(name, clitic, bits)| {
        let mut out = clitic.to_string();
        for (i, c) in name.chars().enumerate() {
            out.push(c);
            if bits >> (i % 64) & 1 == 1 && (bits >> 32) % 3 == 0 {
                out.push_str(MARKS[(i + bits as usize) % MARKS.len()]);
            }
        }
        out
    })
}

/// An ال-name with its alef elided after ل (للكرملين), maybe after و or ف.
pub(super) fn lam_form() -> impl Strategy<Value = String> {
    (
        select(vec!["الكرملين", "الولايات المتحدة", "الأسد", "الإيرانية"]),
        select(vec!["ل", "ول", "فل"]),
    )
        .prop_map(|(name, clitic)| format!("{clitic}{}", &name["ا".len()..]))
}

pub(super) fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => marked_name(),
        1 => lam_form(),
        2 => arabic_letters(),
        1 => select(MARKS).prop_map(str::to_string),
        2 => select(OTHER).prop_map(str::to_string),
        3 => select(MARKDOWN).prop_map(str::to_string),
    ]
}

pub(super) fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        (
            token(),
            select(vec!["", " ", " ", " ", " ", "\n", "\n\n", "، "]),
        ),
        0..40,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(t, sep)| [t, sep.to_string()])
            .collect()
    })
}

pub(super) fn policy() -> impl Strategy<Value = LinkPolicy> {
    select(vec![
        LinkPolicy::First,
        LinkPolicy::FirstPerSection,
        LinkPolicy::All,
    ])
}
