//! Whether a definite word continues a person's or place's name (see
//! [`Scan::name_reaching`]): a family name with the article after a given and a father's name
//! (حسين ملحم الضيقة), a sovereign's ordinal (محمد السادس), a forebear's title after a
//! particle (ولد الشيخ الغزواني); and when it is rather the clause going on — what the person
//! said (أن …), the verb's object (افتتح المحافظ محمد سالم المعرض), the person's own office.
//! Apart from `boundaries.rs`, which reads the name word by word and asks this of each
//! definite word it meets.

use super::boundaries::{REGNAL_ORDINALS, is_compound_end, is_definite_given_name};
use super::discover::Scan;
use super::lexicon::{
    is_listed, is_listed_verb, is_particle, is_role_word, looks_adjectival, readings,
};
use super::tokens::Sep;
use crate::load::EntityKind;

/// «that», which opens what a person said (قال … إن، أكد … أن), normalised.
const THAT: &[&str] = &["ان", "انه", "انها"];

/// Words that may follow a sovereign's ordinal in the same clause (الملك محمد السادس أمس،
/// الملك عبدالله الثاني في عمّان), normalised: time, place and what was said.
const AFTER_REGNAL: &[&str] = &[
    "امس",
    "اليوم",
    "في",
    "خلال",
    "ان",
    "انه",
    "الذي",
    "علي",
    "مع",
    "من",
    "عن",
    "الي",
];

/// Kuwait's ruling family, normalised: its members are named by their forebears' given names
/// with the article, the family's last (مشعل الأحمد الجابر الصباح، نواف سعود الناصر الصباح).
const SABAH: &str = "الصباح";

impl Scan<'_> {
    /// Definite token `i` is in a chain of forebears' given names with the article that ends
    /// with الصباح, or is that الصباح right after such a forebear (أحمد عبدالله الأحمد
    /// الصباح). After a bare name «الصباح» is as often the morning (غادر محمد علي الصباح) or
    /// the paper (قال محمد سالم لـ«الصباح»): it is not read so there.
    fn in_a_sabah_chain(&self, i: usize) -> bool {
        let forebear = |t: &super::tokens::Token| {
            t.norm != SABAH
                && t.norm
                    .strip_prefix("ال")
                    .is_some_and(super::given_names::is_given_name)
        };
        let mut k = i;
        while self
            .token(k)
            .is_some_and(|t| t.sep == Sep::Space && t.mention.is_none() && forebear(t))
        {
            k += 1;
        }
        let sabah = self
            .token(k)
            .is_some_and(|t| t.sep == Sep::Space && t.mention.is_none() && t.norm == SABAH);
        // الشيخ نواف سعود الصباح: after the title of the ruling family's men and women and
        // two given names, the family (not «الشيخ أحمد صلاة الصباح», the dawn prayer).
        let after_sheikh = k == i
            && i >= 3
            && (i - 2..i).all(|p| {
                self.tokens()[p].sep == Sep::Space
                    && super::name_lists::is_given_name(&self.tokens()[p].norm)
            })
            && ["الشيخ", "الشيخه"].contains(&self.tokens()[i - 3].norm.as_str());
        sabah
            && (k > i
                || after_sheikh
                || i.checked_sub(1)
                    .and_then(|p| self.token(p))
                    .is_some_and(forebear))
    }

    /// Definite token `i`, the last word of a clause after a listed given name and a bare
    /// father's name, is a country's demonym or a known place (محمد شياع السوداني، محمد سامر
    /// الخليل): the family name many take from a land or a town. Not a demonym in a sports
    /// report, where it is the player's nationality (اللاعب محمد صلاح المصري).
    fn demonym_or_town_as_family_name(&self, i: usize) -> bool {
        let w = self.tokens()[i].norm.as_str();
        i >= 2
            && self.tokens()[i - 1].sep == Sep::Space
            && !self.tokens()[i - 1].article()
            && !is_particle(&self.tokens()[i - 1].norm)
            && super::name_lists::is_given_name(&self.tokens()[i - 2].norm)
            && ((self.lex.is_registered_place_demonym(w)
                && !w.ends_with("يه")
                && !self.is_sports_report())
                || self.lex.is_registered_place(w))
    }

    /// Token `k` opens the person's own office: a title in construct (العقيد فلان المزروعي
    /// مدير إدارة …) or the office in the accusative (بتعيين فلان النسي محافظا).
    fn before_own_office(&self, k: usize) -> bool {
        self.token(k).is_some_and(|n| n.sep == Sep::Space)
            && (super::triggers::trigger_at(self.tokens(), k)
                .is_some_and(|t| t.kind == EntityKind::Person && t.open)
                || self.office_at(k))
    }

    /// Whether definite token `i`, after a two-word name, is the object of a verb whose subject
    /// is that name with its title (وقلص اللاعب سفيان رحيمي الفارق، افتتح المحافظ محمد سالم
    /// المعرض، وحضر وزير الدولة سفيان شايب الحفل): verb, title, name, object is the order of a
    /// news sentence, so the word is not a family name. The title is one word, a title of two
    /// (كاتب الدولة), or one in construct with its definite complement (وزير الدولة). Verbs of
    /// saying are not such verbs (قال الوزير محمد علي القصير: …).
    fn object_of_subject_verb(&self, i: usize) -> bool {
        let Some(name) = i.checked_sub(2) else {
            return false;
        };
        let title_before_name = |title: usize| {
            super::triggers::trigger_at(self.tokens(), title).is_some_and(|t| {
                t.kind == EntityKind::Person
                    && if t.open {
                        t.len == 1
                            && title + 2 == name
                            && self.token(title + 1).is_some_and(|c| {
                                c.sep == Sep::Space && c.article() && c.mention.is_none()
                            })
                    } else {
                        title + t.len == name
                    }
            })
        };
        let Some(title) = (1..=2)
            .filter_map(|back| name.checked_sub(back))
            .find(|&title| title_before_name(title))
        else {
            return false;
        };
        let Some(verb) = title.checked_sub(1) else {
            return false;
        };
        self.token(verb).is_some_and(|v| {
            !super::people::is_speech_verb(&v.norm)
                && readings(&v.norm).iter().any(|(clitic, w)| {
                    *clitic <= 1 && (is_listed_verb(w) || super::people::is_scoring_verb(w))
                })
        })
    }

    /// Whether definite token `i` continues a name of `kind` that has `words` name words so
    /// far (see [`Scan::name_from`]).
    pub(super) fn definite_continuation(
        &self,
        i: usize,
        kind: EntityKind,
        words: usize,
        after_particle: bool,
    ) -> bool {
        let Some(t) = self.token(i).filter(|t| t.article()) else {
            return false;
        };
        let w = t.norm.as_str();
        match kind {
            EntityKind::Person => {
                // A family name with the article after a first and a father's name ends the
                // clause (المرشح الوحيد حسين ملحم الضيقة، برئاسة …).
                // Not an ordinary noun (باراك أوباما | الفريق، the team he congratulated).
                // A surname of relation the site never writes bare (الشافعي, no «شافعي»)
                // is neither an adjective of the name nor a verb's object (which is a noun:
                // الفارق، المعرض): it ends the name before في or خلال too (الباحث حسن محمد
                // الشافعي في العلوم الإنسانية), and before the person's own office (المزروعي
                // مدير إدارة …، النسي محافظا).
                let nisba_surname = w.ends_with('ي')
                    && w.chars().count() >= 5
                    && w.strip_prefix("ال")
                        .is_some_and(|stem| !self.lex.seen(stem));
                // عبده محمد حسين الحذيفي وزيرا، عنتر علي سالم المغربي، مدير عام …: a fourth
                // word, the same way, before the office or a comma and the title in apposition.
                // A demonym the site writes bare (مغربي) is a common family name there too.
                let fourth_nisba = words == 3
                    && (nisba_surname || super::given_names::is_common_family_name(w))
                    && (self.before_own_office(i + 1)
                        || super::triggers::person_title_in_apposition(self.tokens(), i + 1)
                            .is_some_and(|t| t.open));
                // اسعد العيداني المحترم: after a family name with the article, a definite word
                // describes the person; a family name follows a father's name, bare (حسين ملحم
                // الضيقة) or a given name with the article (عامر الطيب الرافعي، محمد العبد
                // العالي), or a chain of lineage.
                let after_bare = self.token(i - 1).is_some_and(|p| {
                    !p.article() || is_definite_given_name(&p.norm) || p.norm == "العبد"
                }) || self.after_particle_chain(i);
                let family_last = (words == 2 || fourth_nisba)
                    && after_bare
                    && self.token(i + 1).is_none_or(|n| {
                        n.sep == Sep::Break
                            // وأكد الوزير محمد البشير العبدلاوي أن …: what the person said
                            // begins (a nisba only: «باسم فرقة نمور الساحل إن» is no name).
                            // ريم نايف الرويثي من جامعة طيبة: where the person is from.
                            || (nisba_surname
                                && ["في", "خلال", "من", "امام"]
                                    .iter()
                                    .chain(THAT)
                                    .any(|w| *w == n.norm.as_str())
                                    // حسن عبد الأمير العيداني إلى …: where the person went
                                    // or pointed (إلى, normalised الي; not آلي, written in ي).
                                    || (n.norm == "الي" && !n.homograph_name()))
                            // العقيد أحمد سعيد المزروعي مدير إدارة …: before the person's own
                            // title in construct, too.
                            || (nisba_surname && self.before_own_office(i + 1))
                            // عماد محمد العتيقي والرئيس التنفيذي …: the next item of a list
                            // of officials, opened by its title.
                            || (nisba_surname
                                && n.norm.strip_prefix('و').is_some_and(|title| {
                                    is_role_word(title.strip_prefix("ال").unwrap_or(title))
                                }))
                            || (self.after_particle_chain(i)
                                && (n.norm.starts_with('و')
                                    || ["ان", "انه", "انها", "في", "خلال"]
                                        .contains(&n.norm.as_str())
                                    // مولاي ولد محمد الأقظف أمينا عاما: the office.
                                    || self.office_at(i + 1)))
                    })
                    && w.strip_prefix("ال").is_some_and(|stem| !is_listed(stem))
                    && (nisba_surname || fourth_nisba || !self.object_of_subject_verb(i));
                // عبدالله الثاني بن الحسين، محمد السادس: a sovereign's ordinal after the given
                // name, before his lineage, the clause's end, or when, where or what he did
                // (الملك محمد السادس أمس، في …).
                let regnal = words == 1
                    && REGNAL_ORDINALS.contains(&w)
                    && self.token(i + 1).is_none_or(|n| {
                        n.sep == Sep::Break
                            || is_particle(&n.norm)
                            || AFTER_REGNAL.contains(&n.norm.as_str())
                    });
                // محمد ولد الشيخ الغزواني: a title after the particle is a forebear's name when
                // the family name follows, though the site writes its feminine (أسعد الشيخة).
                let titled_forebear = after_particle
                    && w.strip_prefix("ال").is_some_and(is_role_word)
                    && self
                        .token(i + 1)
                        .is_some_and(|n| n.sep == Sep::Space && n.mention.is_none() && n.article());
                is_compound_end(w)
                    || regnal
                    || self.in_a_sabah_chain(i)
                    || titled_forebear
                    || (after_particle
                        && self.lex.is_definite_name_word(w)
                        && !super::lexicon::is_plural_of_groups(w))
                    || (after_particle && self.divine_name_after_abd(i))
                    || ((words == 1 || family_last)
                        && self.lex.is_family_name_word(w)
                        && !super::word_shapes::is_definite_afaal_plural(w))
                    || (fourth_nisba && family_last)
                    || (family_last && words == 2 && self.demonym_or_town_as_family_name(i))
            }
            EntityKind::Place => {
                words == 1
                    && !w.ends_with('ي')
                    && !looks_adjectival(w)
                    && self.lex.is_definite_name_word(w)
            }
            _ => false,
        }
    }
}
