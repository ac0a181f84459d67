//! What a word's shape alone says of it, with no list and no count of the site: an
//! accusative participle, a verb's plural, a preposition before a feminine noun, an adjective
//! of relation. The lexicon ([`super::lexicon`]) reads these where the site's own words are
//! not enough to judge.

/// A passive participle مفعول in the indefinite accusative (مدعوما، مشروطا، محدودا),
/// normalised: six letters, م first, و fourth, ا last. No name has that shape (زاخاروفا has
/// no م, and the accusative ا ends it).
pub(super) fn is_mafoolan(word: &str) -> bool {
    let letters: Vec<char> = word.chars().collect();
    letters.len() == 6 && letters[0] == 'م' && letters[3] == 'و' && letters[5] == 'ا'
}

/// An active participle in the indefinite accusative, the circumstance of a clause (الملك
/// مصافحا ستارمر، سيتحدث مؤيدا، مشيرا إلى): مُفعِلاً of five letters or مُفاعِلاً of six. Names of
/// those shapes open with ما or مي (مارتا، ميرنا), which are left out.
pub(super) fn looks_accusative_participle(word: &str) -> bool {
    let letters: Vec<char> = word.chars().collect();
    if letters.first() != Some(&'م') || letters.last() != Some(&'ا') || letters[1..].len() < 4 {
        return false;
    }
    match letters.len() {
        5 => !matches!(letters[1], 'ا' | 'ي'),
        6 => letters[1] != 'ا' && letters[2] == 'ا',
        _ => false,
    }
}

/// Shaped like a verb in the plural past (شاركوا، طالبوا، اجتمعوا): four letters or more
/// ending in وا. After a town of a list it is the clause going on, no second word of the
/// town's name.
pub(super) fn looks_like_plural_past_verb(word: &str) -> bool {
    word.ends_with("وا") && word.chars().count() >= 4
}

/// Shaped like a verb in the plural (استهدفوا) or a participle (متزايدة، مستمر، مرتفعة).
/// Only for recurring sequences, where nothing else vouches for the words: a name after a
/// title may look like this (معاوية).
pub(super) fn looks_verbal(word: &str) -> bool {
    let letters = word.chars().count();
    word.ends_with("وا")
        || (letters >= 5 && (word.starts_with("مت") || word.starts_with("مست")))
        || (letters >= 5 && word.starts_with('م') && word.ends_with('ه'))
}

/// Shaped like a verb of the present with an object pronoun (يرافقه، يتقدمها، يدعمهم): ي, at
/// least five letters, and ـه written as ه (`ta_marbuta`: the word was written with ة, as
/// names in ـة are: ياسمينة), ـها, ـهم or ـهما. «عدنان بدران …، يرافقه وفد» read the verb as a
/// name after the title's comma; no given name has that shape.
pub(super) fn looks_present_verb_with_pronoun(word: &str, ta_marbuta: bool) -> bool {
    word.starts_with('ي')
        && word.chars().count() >= 5
        && ((word.ends_with('ه') && !ta_marbuta)
            || ["ها", "هم", "هما"].iter().any(|p| word.ends_with(p)))
}

/// Shaped like a preposition with a feminine noun (بمشاركة، لمناقشة، كدولة): a phrase that
/// follows a name, not part of it.
pub(super) fn looks_prepositional(word: &str) -> bool {
    let rest = word
        .strip_prefix('و')
        .or_else(|| word.strip_prefix('ف'))
        .unwrap_or(word);
    rest.starts_with(['ب', 'ل', 'ك']) && rest.ends_with('ه') && rest.chars().count() >= 4
}

/// ب or ل before a verbal noun in م…ة of the derived forms (لمعرفة، بمشاركة، لمناقشة،
/// لمتابعة، بمساعدة): «to know», «with the help of» — never a name's word, whether or not the
/// site writes the noun alone (a repeated «لمعرفة موقفكم» became a person after a title and a
/// comma). Names in ل keep other shapes (لطيفة، لمياء، لميس).
pub(super) fn is_purpose_phrase(word: &str) -> bool {
    let rest = word
        .strip_prefix('و')
        .or_else(|| word.strip_prefix('ف'))
        .unwrap_or(word);
    rest.strip_prefix(['ب', 'ل']).is_some_and(|noun| {
        (noun.starts_with('م') && noun.ends_with('ه') && noun.chars().count() >= 5)
            || is_t_verbal_noun(noun)
    })
}

/// A verbal noun of the forms that open with ت: تفعّل (تفوّق، تقدّم, four letters as written),
/// تفعيل (تقديم، تعزيز) and تفاعل (تعاون): after ب or ل «with the superiority of», «to
/// strengthen» (اعترف المدرب جوزيه غوميز بتفوق المنافس). A Russian surname in ب (بتروف) ends
/// in وف or يف and stays a name.
fn is_t_verbal_noun(noun: &str) -> bool {
    let letters: Vec<char> = noun.chars().collect();
    let russian = noun.ends_with("وف") || noun.ends_with("يف");
    letters.first() == Some(&'ت')
        && !russian
        && match letters.len() {
            4 => true,
            5 => letters[3] == 'ي' || letters[2] == 'ا',
            _ => false,
        }
}

/// ب or ل (perhaps after و or ف) before a verbal noun of the first form فَعْل, three letters
/// none of them a long vowel (والبدء بفرز الأصوات، واستمع المحافظ لشرح مختصر، بدعم، لنقل):
/// «by sorting», «to an explanation», what someone did — a name right after a title takes no
/// preposition. A common given name of that shape (بهجت) is the name the lists say it is.
pub(super) fn is_prepositional_plain_verbal_noun(word: &str) -> bool {
    if super::given_names::is_given_name(word) {
        return false;
    }
    let word = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    word.strip_prefix(['ب', 'ل']).is_some_and(|noun| {
        let letters: Vec<char> = noun.chars().collect();
        letters.len() == 3
            && !letters.iter().any(|&c| is_long_vowel(c))
            && letters[2] != 'ه'
            && !super::given_names::is_given_name(noun)
    })
}

/// Shaped like an adjective of relation or a plural (ends in ية، يين، يون، يات: إيرانية،
/// باليستية، الروسيون). A plural of relation in يون or يين has a stem of three letters at
/// least (مصريون، دوليين): a shorter word so ending is a name (ليون، بنيون، كنيون).
pub(super) fn looks_adjectival(word: &str) -> bool {
    word.ends_with("يه") || is_plural_of_relation(word)
}

/// Shaped like a plural of relation (ends in يين، يون، يات: مصريون، دوليين، محليات), the
/// masculine ones on a stem of three letters at least.
pub(super) fn is_plural_of_relation(word: &str) -> bool {
    word.ends_with("يات")
        || ["يين", "يون"].iter().any(|e| {
            word.strip_suffix(e)
                .is_some_and(|stem| stem.chars().count() >= 3)
        })
}

/// The long vowels and the alef of a weak root: a word whose root letters include one is no
/// sure verb shape (استيفن is a name, استولى a verb, and only the second is told by shape).
fn is_long_vowel(c: char) -> bool {
    matches!(c, 'ا' | 'و' | 'ي')
}

/// ب، ل or ك (after و or ف) before a verbal noun of the derived forms (see
/// [`is_derived_verbal_noun`]: بإرسال، لإقامة، باجتماع، بانسحاب، لاستقبال، بتنظيم): what was
/// done, never a name's word.
pub(super) fn is_prepositional_derived_noun(word: &str) -> bool {
    let word = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    word.strip_prefix(['ب', 'ل', 'ك'])
        .is_some_and(is_derived_verbal_noun)
}

/// A verbal noun of the derived forms, by its exact pattern: إفعال، إفالة، افتعال، انفعال،
/// استفعال with a prefixed alef (إرسال، إقامة، اجتماع، انسحاب، استقبال) or تفعيل (تنظيم),
/// with no long vowel among the root letters (so not تطوير, whose و might be one, as in the
/// name توفيق). Other words starting so have other patterns (اكستان of باكستان, اراك of
/// باراك) or are names the lists hold.
pub(super) fn is_derived_verbal_noun(word: &str) -> bool {
    let l: Vec<char> = word.chars().collect();
    // ه is a root letter here (إنهاء، إسهام); only إفالة ends in the ة it may stand for.
    let consonants = |idx: &[usize]| idx.iter().all(|&i| !is_long_vowel(l[i]));
    match (l.first(), l.len()) {
        // إفعال (إرسال، إعلان) and إفالة (إقامة، إدارة).
        (Some('ا'), 5) => {
            (l[3] == 'ا' && consonants(&[1, 2, 4]))
                || (l[2] == 'ا' && l[4] == 'ه' && consonants(&[1, 3]))
        }
        // افتعال (اجتماع، انتخاب), its ت written ط after ص ض ط ظ (اصطياد، اضطراب) and د
        // after ز د ذ (ازدحام), and انفعال (انسحاب، انطلاق).
        // A hollow root keeps its ي there (اصطياد).
        (Some('ا'), 6) => {
            let assimilated = (l[2] == 'ط' && matches!(l[1], 'ص' | 'ض' | 'ط' | 'ظ'))
                || (l[2] == 'د' && matches!(l[1], 'ز' | 'د' | 'ذ'));
            l[4] == 'ا'
                && ((assimilated && consonants(&[1, 5]))
                    || ((l[2] == 'ت' || l[1] == 'ن') && consonants(&[1, 3, 5])))
        }
        (Some('ا'), 7) => is_istifal(word),
        // تفعيل (تنظيم، تدبير), its first root letter perhaps a hamza (تأجيل، تأكيد), its
        // middle one a و that the doubled form keeps (تسويق، تطوير، تمويل; not at the first
        // root letter: توفيق is a name).
        (Some('ت'), 5) => {
            l[3] == 'ي'
                && (consonants(&[2]) || l[2] == 'و')
                && consonants(&[4])
                && (l[1] == 'ا' || consonants(&[1]))
        }
        _ => false,
    }
}

/// A verbal noun of the forms افتعال، انفعال، استفعال or تفعيل (افتتاح، انسحاب، استقبال،
/// تنظيم): unlike إفعال (إسلام، إيمان), hardly a given or family name has these shapes (the
/// rare ازدهار is one).
pub(super) fn is_verbal_noun_of_a_derived_form(word: &str) -> bool {
    let letters = word.chars().count();
    (letters >= 6 || word.starts_with('ت')) && is_derived_verbal_noun(word)
}

/// A verbal noun of the form استفعال (استقبال، استعراض، استعداد), with no long vowel among
/// its root letters. Unlike إفعال and افتعال, whose shapes many given names share (إسلام،
/// إلهام، انتصار، ابتسام), no name is so made: it opens no person's name at all.
pub(super) fn is_istifal(word: &str) -> bool {
    let l: Vec<char> = word.chars().collect();
    l.len() == 7
        && l[0] == 'ا'
        && l[1] == 'س'
        && l[2] == 'ت'
        && l[5] == 'ا'
        && [3, 4, 6].iter().all(|&i| !is_long_vowel(l[i]))
}

/// Shaped like a verb of the derived forms, perhaps after و: the past of انفعل، افتعل،
/// استفعل and تفعّل (انسحب، اجتمع، استعرض، تحدث), or the present يفعل، يتفعّل، يستفعل (يشغل،
/// يتابع، يستعرض) and its feminine تتفعّل، تستفعل (وتتعلق، تستعرض), with no long vowel among the root letters. A name has no verb (واستعرض تجربته،
/// ، يشغل منصب نائب الرئيس); names of these shapes with a long vowel (استيفن، يوسف، يونس)
/// or ending in ي or ه are not read so.
pub(super) fn looks_like_derived_verb(word: &str) -> bool {
    // Only و: names open with ف far more often than «so» a verb (فينغر is no ف + ينغر).
    let bare = match word.strip_prefix('و') {
        Some(rest) if rest.chars().count() >= 4 => rest,
        _ => word,
    };
    // اصطدمت، اجتمعت: the past's feminine ت after انفعل or افتعل.
    let bare = match bare.strip_suffix('ت') {
        Some(stem) if bare.starts_with('ا') && stem.chars().count() == 5 => stem,
        _ => bare,
    };
    let l: Vec<char> = bare.chars().collect();
    let consonants = |r: std::ops::Range<usize>| {
        l.get(r)
            .is_some_and(|s| !s.iter().any(|&c| is_long_vowel(c) || c == 'ه'))
    };
    match (l.first(), l.len()) {
        // انفعل، افتعل: انسحب، اجتمع (أنور، أشرف have four letters), the ت of افتعل written ط
        // after an emphatic (اصطدم، اضطر) and د after ز (ازدحم).
        (Some('ا'), 5) => {
            let ifta_al = l[2] == 'ت'
                || (l[2] == 'ط' && matches!(l[1], 'ص' | 'ض' | 'ط' | 'ظ'))
                || (l[2] == 'د' && matches!(l[1], 'ز' | 'د' | 'ذ'));
            (l[1] == 'ن' || ifta_al) && consonants(1..2) && consonants(3..5)
        }
        // استفعل: استعرض، استقبل.
        (Some('ا'), 6) => l[1] == 'س' && l[2] == 'ت' && consonants(3..6),
        // يفعل: يشغل، يعمل; تفعّل in the past: تحدث، تقدم (تامر، توفيق have a long vowel).
        (Some('ي' | 'ت'), 4) => consonants(1..4),
        (Some('ي' | 'ت'), 5..=6) => looks_like_derived_present(bare),
        _ => false,
    }
}

/// يتفعل، يتفاعل، يستفعل (يتحدث، يتابع، يستعرض) and the same after ت, «she» or «it» (تتعلق،
/// تتابع، تستعرض، تتبنى): no name and no noun opens with تت or تست, so this holds after a
/// body's head too («حركة تتبنى الخط السلفي» is a description). A weak last root letter is
/// written ى or ي (تتبنى، يستدعي).
pub(super) fn looks_like_derived_present(word: &str) -> bool {
    let l: Vec<char> = word.chars().collect();
    if !(5..=6).contains(&l.len()) || !matches!(l[0], 'ي' | 'ت') {
        return false;
    }
    let weak_last = l[l.len() - 1] == 'ي';
    let root_end = l.len() - usize::from(weak_last);
    (l[1] == 'ت' || (l[1] == 'س' && l[2] == 'ت'))
        && !l[root_end - 2..root_end]
            .iter()
            .any(|&c| is_long_vowel(c) || c == 'ه')
}

/// A feminine noun with a possessive pronoun (تجربته، زيارتها، حكومتهم، قيادتنا: the ة is
/// written ت before the suffix), a plural in اء (زملائه) or a derived verbal noun with one
/// (اعتماده، تنظيمها). A name takes no pronoun; a stem of four letters at least
/// before ته keeps names in ـاته (شحاته) out.
pub(super) fn looks_possessed(word: &str) -> bool {
    let word = word.strip_prefix('و').unwrap_or(word);
    let feminine = [
        ("ته", 4),
        ("تها", 3),
        ("تهم", 3),
        ("تهما", 3),
        ("تكم", 3),
        ("تنا", 3),
    ]
    .iter()
    .any(|(suffix, min)| {
        word.strip_suffix(suffix)
            .is_some_and(|stem| stem.chars().count() >= *min)
    });
    // زملائه، نظرائهم، أعضاؤها: a plural in اء with its pronoun, the hamza on ي or و before
    // it (no word in ة is spelled so: مائة has one letter before).
    // لقاءها، استياءهم: a noun in اء with the hamza on the line and a pronoun after it (not
    // اءه, which is also براءة normalised; see `Scan::name_reaching_from`).
    let plural = ["ائه", "ائها", "ائهم", "اؤه", "اؤها", "اؤهم", "اءها", "اءهم"]
        .iter()
        .any(|suffix| {
            word.strip_suffix(suffix)
                .is_some_and(|stem| stem.chars().count() >= 2)
        });
    // أوراق اعتماده، تنظيمها: a derived verbal noun with its pronoun.
    let verbal_noun = ["ه", "ها", "هم", "هما", "كم", "نا"].iter().any(|suffix| {
        word.strip_suffix(suffix)
            .is_some_and(is_derived_verbal_noun)
    });
    feminine || plural || verbal_noun
}

/// No name has this shape, whatever the site writes: a derived verb, a noun with a pronoun,
/// a preposition before a derived verbal noun ([`looks_like_derived_verb`],
/// [`looks_possessed`], [`is_prepositional_derived_noun`]), either with a pronoun (لإطلاعه،
/// تعينه), or a derived verbal noun in the accusative (سلام | اجتماعا) — unless it is a
/// common given name (باسل is no ب + اسل).
pub(super) fn has_no_name_shape(word: &str) -> bool {
    (looks_like_derived_verb(word)
        || looks_possessed(word)
        || is_prepositional_derived_noun(word)
        || with_a_pronoun(word, is_prepositional_derived_noun)
        || with_a_pronoun(word, is_present_verb)
        || word.strip_suffix('ا').is_some_and(is_derived_verbal_noun))
        && !super::given_names::is_given_name(word)
}

/// `word` is a pronoun suffix (ه، ها، هم، هما) after a word `shape` accepts: لإطلاعه
/// (لإطلاع), تعينه (تعين, «appoints him»).
fn with_a_pronoun(word: &str, shape: fn(&str) -> bool) -> bool {
    ["ه", "ها", "هم", "هما"]
        .iter()
        .any(|suffix| word.strip_suffix(suffix).is_some_and(shape))
}

/// A verb in the present of four letters, يفعل or تفعل, its root letters no long vowel but
/// perhaps the middle one of a hollow root (تمنح، تعين، يقوم): with a pronoun after it
/// (يمنحها، تعينه) no name has its shape (يسريه keeps its ي last).
fn is_present_verb(word: &str) -> bool {
    let l: Vec<char> = word.chars().collect();
    l.len() == 4
        && matches!(l[0], 'ي' | 'ت')
        && !is_long_vowel(l[1])
        && !is_long_vowel(l[3])
        && l[2] != 'ا'
}

/// A definite broken plural أفعال (الأوضاع، الأحداث، الأسعار، الأطراف), normalised: a
/// common noun, never a family name after a title's one name word (الرئيس بري | الأوضاع).
pub(super) fn is_definite_afaal_plural(word: &str) -> bool {
    let Some(stem) = word.strip_prefix("ال") else {
        return false;
    };
    let l: Vec<char> = stem.chars().collect();
    l.len() == 5 && l[0] == 'ا' && l[3] == 'ا' && !is_long_vowel(l[2])
}

/// A long definite plural in ات (ممثلو الوزارات، أساتذة الجامعات): a list of groups, no
/// family name (الزيات، البركات are shorter). A place may be one (حي السفارات، الإمارات), so
/// only a person's name is refused it.
pub(super) fn is_plural_of_groups(word: &str) -> bool {
    word.starts_with("ال") && word.ends_with("ات") && word.chars().count() >= 8
}

/// The clitic read off `word` is ف alone (`letters` long): «so» before a verb is rare in news,
/// and names begin with ف far more often (فيصل is not ف + يصل, فهد not ف + هد).
pub(super) fn is_fa_alone(word: &str, letters: usize) -> bool {
    letters == 1 && word.starts_with('ف')
}

/// A compound given name with عبد written as one word (عبدالله، عبدالرحمن), which with the
/// article is a family name (العبدالله).
pub(super) fn is_compound_family_name(stem: &str) -> bool {
    stem.strip_prefix("عبد").is_some_and(|rest| {
        rest.chars().count() >= 3 && rest.chars().all(super::lexicon::is_letter)
    })
}

/// Shaped like an imperfect verb with an object pronoun (يرافقه، تستقبلهم، يمثلها), normalised:
/// a clause's verb, never a name's first word («يرافقه رائد شاهين، مدير المكتب» was one name).
pub(super) fn looks_like_verb_with_object(word: &str) -> bool {
    let letters = word.chars().count();
    (word.starts_with('ي') || word.starts_with('ت'))
        && letters >= 5
        && ["ه", "ها", "هم", "هما", "هن"]
            .iter()
            .any(|p| word.ends_with(p))
}

#[cfg(test)]
mod tests {
    use super::{is_verbal_noun_of_a_derived_form, looks_adjectival};

    /// افتعال whose ت is written ط after ص ض ط ظ or د after ز د ذ is the same form (اصطياد
    /// «fishing», اضطراب، ازدحام); a town (اسطنبول) or a given name (اصلاح) stays out.
    #[test]
    fn ifti_al_with_its_t_assimilated_is_a_verbal_noun() {
        for word in ["اصطياد", "اضطراب", "ازدحام", "اجتماع", "انسحاب"]
        {
            assert!(is_verbal_noun_of_a_derived_form(word), "{word}");
        }
        for word in ["اسطنبول", "اسماعيل", "اصلاح"] {
            assert!(!is_verbal_noun_of_a_derived_form(word), "{word}");
        }
    }

    #[test]
    fn a_plural_of_relation_has_a_stem_of_three_letters() {
        for word in [
            "مصريون",
            "دوليين",
            "عربيه",
            "محليات",
            "فلسطينيون",
            "المصريون",
        ] {
            assert!(looks_adjectival(word), "{word}");
        }
        for word in ["بنيون", "ليون", "كنيون", "حسين", "سيمون"] {
            assert!(!looks_adjectival(word), "{word}");
        }
    }
}
