//! The first analysis of a site with discovery on, kept so that the second (with the
//! discovered names) reuses it for every article no discovered name touches.

use std::collections::HashSet;

use rayon::prelude::*;

use crate::analyse::matcher::Carried;
use crate::analyse::{ArticleAnalysis, Matcher};
use crate::load::Article;

/// The site as discovery analysed it before adding its names: the matcher of the registry and
/// gazetteer, each article's analysis with it, and the entities each article's front matter
/// declared then.
pub struct FirstPass {
    matcher: Matcher,
    analyses: Vec<ArticleAnalysis>,
    declared: Vec<HashSet<usize>>,
    /// Each article's body as text runs ([`Discovered::body_runs`]).
    body_runs: Vec<Vec<String>>,
}

impl FirstPass {
    pub fn new(
        matcher: Matcher,
        analyses: Vec<ArticleAnalysis>,
        declared: Vec<HashSet<usize>>,
        body_runs: Vec<Vec<String>>,
    ) -> Self {
        FirstPass {
            matcher,
            analyses,
            declared,
            body_runs,
        }
    }

    /// Each article's first analysis as `matcher` (the registry and gazetteer with the
    /// discovered names) would give it, where it would give the same one: where no name or
    /// alias discovery added occurs in the title, source or body and the front matter declares
    /// the same entities (see [`Carried`]). `None` for an article to analyse again; all `None`
    /// when discovery changed what a known entity's names need as evidence.
    pub fn carry(
        self,
        articles: &[Article],
        matcher: &Matcher,
        declared: &[HashSet<usize>],
    ) -> Vec<Option<ArticleAnalysis>> {
        let Some(carried) = Carried::between(&self.matcher, matcher) else {
            return vec![None; articles.len()];
        };
        if self.analyses.len() != articles.len() || self.body_runs.len() != articles.len() {
            return vec![None; articles.len()];
        }
        let none = HashSet::new();
        self.analyses
            .into_par_iter()
            .zip(self.declared.into_par_iter())
            .zip(self.body_runs.into_par_iter())
            .zip(articles.par_iter().enumerate())
            .map(|(((analysis, before), runs), (i, article))| {
                let same_declared = declared.get(i).unwrap_or(&none) == &before;
                if !same_declared || touched(&carried, article, &runs) {
                    return None;
                }
                carry_analysis(&carried, analysis)
            })
            .collect()
    }
}

/// Whether a name discovery added occurs in a text the analysis searches: the title, the
/// source or a run of the body (`runs`, as [`crate::analyse::runs::Segments`] gives them).
fn touched(carried: &Carried, article: &Article, runs: &[String]) -> bool {
    let title = article.meta.title.as_deref().unwrap_or("");
    let source = article.meta.source.as_deref().unwrap_or("");
    carried.touches(title) || carried.touches(source) || runs.iter().any(|run| carried.touches(run))
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
