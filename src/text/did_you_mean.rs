//! "Did you mean …?": the known word nearest to a misspelt one.
//!
//! Used for front-matter keys and for values checked against a fixed list (a YAML key in
//! `config.yaml`, an entity `type:`), so a typo gets a suggestion instead of a bare "unknown".

/// The known key nearest to `key`, if it is a plausible typo (edit distance ≤ 2). Letter case
/// is no part of the distance: known keys are lower case, and `Base_URL` is `base_url` written
/// in capitals, not three typos away from it.
pub fn closest<'a>(key: &str, known: &[&'a str]) -> Option<&'a str> {
    let key = key.to_lowercase();
    known
        .iter()
        .map(|k| (edit_distance(&key, &k.to_lowercase()), *k))
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn letter_case_is_no_typo() {
        let known = ["title", "base_url", "output_dir"];
        assert_eq!(closest("Base_URL", &known), Some("base_url"));
        assert_eq!(closest("Titel", &known), Some("title"));
        assert_eq!(closest("TITLE", &known), Some("title"));
        assert_eq!(closest("colour", &known), None);
    }
}
