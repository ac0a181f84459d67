//! The first analysis of a site with discovery on, kept so that the second (with the
//! discovered names) reuses it: whole for every article no discovered name touches, and text
//! by text for the others (a discovered name is in one or two of an article's paragraphs, and
//! finding the matches of a text is most of analysing it).

use std::collections::HashSet;

use rayon::prelude::*;

use crate::analyse::matcher::Carried;
use crate::analyse::{ArticleAnalysis, Matcher, Mention, TextMatches};
use crate::load::Article;
use crate::suggest::BodyRuns;

/// The site as discovery analysed it before adding its names: the matcher of the registry and
/// gazetteer, each article's analysis with it and the matches in each of its texts, and the
/// entities each article's front matter declared then.
pub struct FirstPass {
    matcher: Matcher,
    analyses: Vec<ArticleAnalysis>,
    /// Empty on a large site, whose matches are not kept (see
    /// [`crate::suggest::is_large_site`]): a touched article is then analysed anew.
    matches: Vec<TextMatches>,
    declared: Vec<HashSet<usize>>,
    /// Each article's body as text runs, held on a small site only
    /// ([`super::Discovered::body_runs`]).
    body_runs: BodyRuns,
}

/// What the second analysis takes from the first for one article.
#[derive(Debug)]
pub enum Carry {
    /// The whole analysis: no discovered name occurs in the article, and its front matter
    /// declares the same entities.
    Whole(ArticleAnalysis),
    /// The matches of each text no discovered name touches (numbered as in [`TextMatches`]);
    /// `None` for a text to search again. The article-level rules run again on them.
    Texts(Vec<Option<Vec<Mention>>>),
    /// Nothing: the article is analysed anew.
    Nothing,
}

impl Carry {
    /// The matches of text `k`, taken out (each is asked for once).
    pub fn take_matches(&mut self, k: usize) -> Option<Vec<Mention>> {
        match self {
            Carry::Texts(texts) => texts.get_mut(k)?.take(),
            _ => None,
        }
    }
}

impl FirstPass {
    pub fn new(
        matcher: Matcher,
        (analyses, matches): (Vec<ArticleAnalysis>, Vec<TextMatches>),
        declared: Vec<HashSet<usize>>,
        body_runs: BodyRuns,
    ) -> Self {
        FirstPass {
            matcher,
            analyses,
            matches,
            declared,
            body_runs,
        }
    }

    /// What of each article's first analysis `matcher` (the registry and gazetteer with the
    /// discovered names) would give as well (see [`Carried`]): the whole analysis where no name
    /// or alias discovery added occurs in the title, source or body and the front matter
    /// declares the same entities; else the matches of each text it does not occur in, which
    /// do not depend on the front matter. [`Carry::Nothing`] for every article when discovery
    /// changed what a known entity's names need as evidence.
    ///
    /// `body_of` gives article `i`'s body where the runs are not held (a large site's, whose
    /// texts a build keeps released: see [`crate::load::Texts::Released`]); an article whose
    /// body it cannot give is analysed anew, which reports why.
    pub fn carry<B: AsRef<str>, E>(
        self,
        articles: &[Article],
        body_of: impl Fn(usize) -> Result<B, E> + Sync,
        matcher: &Matcher,
        declared: &[HashSet<usize>],
    ) -> Vec<Carry> {
        let nothing = || (0..articles.len()).map(|_| Carry::Nothing).collect();
        let Some(carried) = Carried::between(&self.matcher, matcher) else {
            return nothing();
        };
        let n = articles.len();
        let kept = self.matches.len() == n;
        if self.analyses.len() != n || !(kept || self.matches.is_empty()) || !self.body_runs.fit(n)
        {
            return nothing();
        }
        let matches: Vec<Option<TextMatches>> = if kept {
            self.matches.into_iter().map(Some).collect()
        } else {
            (0..n).map(|_| None).collect()
        };
        let none = HashSet::new();
        let body_runs = &self.body_runs;
        self.analyses
            .into_par_iter()
            .zip(matches.into_par_iter())
            .zip(self.declared.into_par_iter())
            .zip(articles.par_iter().enumerate())
            .map(|(((analysis, matches), before), (i, article))| {
                let Ok(runs) = body_runs.of(i, || body_of(i)) else {
                    return Carry::Nothing;
                };
                let touched = touched_texts(&carried, article, &runs);
                let same_declared = declared.get(i).unwrap_or(&none) == &before;
                if same_declared
                    && !touched.iter().any(|t| *t)
                    && let Some(whole) = carry_analysis(&carried, analysis)
                {
                    return Carry::Whole(whole);
                }
                match matches {
                    Some(matches) => carry_texts(&carried, matches, &touched),
                    None => Carry::Nothing,
                }
            })
            .collect()
    }
}

/// For each text the analysis searches — the title, the source, each run of the body (`runs`,
/// as [`crate::analyse::runs::Segments`] gives them) — whether a name discovery added occurs in
/// it.
fn touched_texts(carried: &Carried, article: &Article, runs: &[String]) -> Vec<bool> {
    let title = article.meta.title.as_deref().unwrap_or("");
    let source = article.meta.source.as_deref().unwrap_or("");
    [title, source]
        .into_iter()
        .chain(runs.iter().map(String::as_str))
        .map(|text| carried.touches(text))
        .collect()
}

/// The matches of every text not `touched`, as the new matcher numbers them; a text whose
/// matches do not carry is searched again. [`Carry::Nothing`] when the texts do not line up
/// with the body's runs (the body then changed under the build).
fn carry_texts(carried: &Carried, matches: TextMatches, touched: &[bool]) -> Carry {
    if matches.len() != touched.len() {
        return Carry::Nothing;
    }
    let texts = matches
        .into_iter()
        .zip(touched)
        .map(|(mut found, touched)| {
            if *touched {
                return None;
            }
            found.iter_mut().try_for_each(|m| carried.carry(m))?;
            Some(found)
        })
        .collect();
    Carry::Texts(texts)
}

/// An analysis with every mention's pattern as the new matcher numbers it.
fn carry_analysis(carried: &Carried, mut a: ArticleAnalysis) -> Option<ArticleAnalysis> {
    let body = a.body_mentions.iter_mut().map(|b| &mut b.mention);
    for m in a
        .title_mentions
        .iter_mut()
        .chain(&mut a.source_mentions)
        .chain(body)
    {
        carried.carry(m)?;
    }
    Some(a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::EntityKind;
    use crate::load::slug::arabic_slug;
    use crate::suggest::{Candidate, Suggestion};

    /// A person as discovery makes one from a name found after a title.
    fn person(name: &str) -> crate::load::Entity {
        let c = Candidate {
            suggestion: Suggestion {
                name: name.into(),
                id: arabic_slug(name),
                count: 1,
                kind_hint: Some(EntityKind::Person),
                examples: Vec::new(),
            },
            triggered: 1,
            strong: true,
            surname_links: false,
            aliases: Vec::new(),
            articles: Vec::new(),
        };
        super::super::entity::to_entity(&c, &HashSet::new()).expect("entity")
    }

    /// An article's texts with a discovered name in one of them: only that one is searched
    /// again, the others keep the first matcher's matches, which are the second's.
    #[test]
    fn only_the_texts_a_discovered_name_touches_are_searched_again() {
        let known = vec![person("فلاديمير بوتين")];
        let mut all = known.clone();
        all.push(person("مصطفى مدبولي"));
        let (old, new) = (
            Matcher::build(&known).unwrap(),
            Matcher::build(&all).unwrap(),
        );
        let carried = Carried::between(&old, &new).expect("carried");
        let texts = [
            "بوتين في القاهرة",
            "",
            "قال فلاديمير بوتين إن العلاقات جيدة.",
            "واستقبل مصطفى مدبولي الوفد، وقال بوتين إن الزيارة مهمة.",
        ];
        let matches: TextMatches = texts.iter().map(|t| old.find(t)).collect();
        let touched: Vec<bool> = texts.iter().map(|t| carried.touches(t)).collect();
        assert_eq!(touched, [false, false, false, true]);
        let Carry::Texts(kept) = carry_texts(&carried, matches, &touched) else {
            panic!("the texts should carry");
        };
        for (k, text) in texts.iter().enumerate() {
            let expected = (!touched[k]).then(|| new.find(text));
            assert_eq!(kept[k], expected, "{text}");
        }
        assert!(!kept[2].as_ref().unwrap().is_empty());
    }

    /// An article of `body`, as loaded.
    fn article(i: usize, body: &str) -> Article {
        let text = format!("---\ntitle: خبر\n---\n{body}\n");
        let path = std::path::PathBuf::from(format!("content/articles/{i}.md"));
        crate::load::document::parse_article(&path, text, crate::config::SlugStrategy::FileName)
            .expect("article")
            .0
    }

    /// A large site keeps no matches (see [`crate::suggest::is_large_site`]): an article no
    /// discovered name touches keeps its first analysis whole, one it touches is analysed anew
    /// (where a small site's is searched again text by text).
    #[test]
    fn a_large_site_s_touched_articles_are_analysed_anew() {
        let known = vec![person("فلاديمير بوتين")];
        let mut all = known.clone();
        all.push(person("مصطفى مدبولي"));
        let articles = vec![
            article(0, "قال فلاديمير بوتين إن العلاقات جيدة."),
            article(
                1,
                "واستقبل مصطفى مدبولي الوفد.\n\nوقال بوتين إن الزيارة مهمة.",
            ),
        ];
        let declared = vec![HashSet::new(); 2];
        let first = |keep: bool| {
            let old = Matcher::build(&known).unwrap();
            let (analyses, matches): (Vec<_>, Vec<_>) = articles
                .iter()
                .zip(&declared)
                .map(|(a, d)| {
                    let (analysis, matches) =
                        crate::analyse::analyse_body_with(a, a.body(), &old, d, |_| None, true);
                    (analysis, matches.unwrap_or_default())
                })
                .unzip();
            let matches = if keep { matches } else { Vec::new() };
            let runs = if keep {
                BodyRuns::Held(
                    articles
                        .iter()
                        .map(|a| crate::analyse::runs::run_texts(a.body()))
                        .collect(),
                )
            } else {
                BodyRuns::MadeAgain
            };
            FirstPass::new(old, (analyses, matches), declared.clone(), runs)
        };
        let new = Matcher::build(&all).unwrap();
        let body_of = |i: usize| articles.get(i).map(|a| a.body()).ok_or(());
        let large = first(false).carry(&articles, body_of, &new, &declared);
        assert!(matches!(large[0], Carry::Whole(_)), "{:?}", large[0]);
        assert!(matches!(large[1], Carry::Nothing), "{:?}", large[1]);
        let small = first(true).carry(&articles, body_of, &new, &declared);
        assert!(matches!(small[0], Carry::Whole(_)), "{:?}", small[0]);
        assert!(matches!(small[1], Carry::Texts(_)), "{:?}", small[1]);
    }
}
