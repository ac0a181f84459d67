//! Line-ups on made-up match reports, through the public pipeline (`discovery: auto`, no
//! gazetteer).

use crate::load::{EntityKind, Origin};
use crate::{BuildOptions, analyse_site};

/// The people discovered in a site of one article with `body`.
fn people(body: &str) -> Vec<String> {
    let dir = tempfile::tempdir().expect("temporary folder");
    let root = dir.path();
    let write = |rel: &str, text: &str| {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
        std::fs::write(path, text).expect("file");
    };
    write(
        "config.yaml",
        "title: t\nbase_url: https://example.org/\ndiscovery: auto\ngazetteer: false\n",
    );
    write(
        "content/articles/0.md",
        &format!("---\ntitle: خبر\nslug: a0\n---\n\n{body}\n"),
    );
    let site = analyse_site(&BuildOptions {
        root: root.to_path_buf(),
        ..Default::default()
    })
    .expect("site");
    site.content
        .entities
        .iter()
        .filter(|e| e.origin == Origin::Discovered && e.kind == EntityKind::Person)
        .map(|e| e.name().to_string())
        .collect()
}

/// A line-up after «بتشكيل مكون من:» in a match report: each item between dashes is a player;
/// a full name is linked at once, a family name alone (الزواري) only as the rules for one
/// word allow, since one word may be an ordinary one elsewhere on the site.
#[test]
fn the_players_of_a_line_up() {
    let found = people(
        "انتهت المباراة بالتعادل وسجل الفريقان هدفين في الشوط الثاني.\n\nودخل الفريق اللقاء \
         بتشكيل مكون من: الزواري – كمون – فارس الدريدي – حمدان الطرابلسي – قنيشي – سليم العياري.",
    );
    for name in ["فارس الدريدي", "حمدان الطرابلسي", "سليم العياري"]
    {
        assert!(found.iter().any(|f| f == name), "«{name}» not in {found:?}");
    }
    assert!(!found.iter().any(|f| f.contains("تشكيل")), "{found:?}");
}

/// Too short a list, or one outside a match report, is no line-up: nothing is taken from it.
#[test]
fn a_short_list_or_no_match_is_no_line_up() {
    let short = people(
        "انتهت المباراة بالتعادل وسجل الفريقان هدفين.\n\nوضم التشكيل: فارس الدريدي – سليم \
         العياري.",
    );
    assert!(!short.iter().any(|f| f == "سليم العياري"), "{short:?}");
    let council = people(
        "أعلن المجلس تشكيل لجنة من: فارس الدريدي – سليم العياري – حمدان الطرابلسي – كمال \
         الزواري – منير قنيشي.",
    );
    assert!(!council.iter().any(|f| f == "سليم العياري"), "{council:?}");
}
