//! Dates as articles write them: "le 4 mars 2025", "1er avril", "June 11,
//! 2025", "14 November 2025", "mars 2025", "in 2024", "2025-03-04".

use super::lexicon::MONTHS;
use super::tokens::{Kind, Paragraph};
use crate::model::PartialDate;

/// A date found at tokens `start..end`; parts the text leaves out are None.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateHit {
    pub start: usize,
    pub end: usize,
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

fn month(p: &Paragraph, i: usize) -> Option<u32> {
    let t = p.tokens.get(i)?;
    if t.kind != Kind::Word {
        return None;
    }
    let f = t.fold.as_str();
    // "may", "mar", "mai" are words too: the short forms need a capital
    let short = f.len() <= 4 && !matches!(f, "mars" | "mai" | "juin" | "june" | "july" | "aout");
    if short && !p.tok(i).starts_with(char::is_uppercase) {
        return None;
    }
    MONTHS
        .iter()
        .find(|(names, _)| names.contains(&f))
        .map(|&(_, m)| m)
}

fn number(p: &Paragraph, i: usize, max_len: usize) -> Option<u32> {
    let t = p.tokens.get(i)?;
    (t.kind == Kind::Number
        && t.fold.len() <= max_len
        && t.fold.bytes().all(|b| b.is_ascii_digit()))
    .then(|| t.fold.parse().ok())
    .flatten()
}

fn year(p: &Paragraph, i: usize) -> Option<i32> {
    let y = number(p, i, 4)? as i32;
    (p.tokens[i].fold.len() == 4 && (1900..=2100).contains(&y)).then_some(y)
}

fn day(p: &Paragraph, i: usize) -> Option<(u32, usize)> {
    let d = number(p, i, 2)?;
    if !(1..=31).contains(&d) {
        return None;
    }
    // "1er", "11th", "2nd"
    let suffix = p.tokens.get(i + 1).is_some_and(|t| {
        !t.space_before && matches!(t.fold.as_str(), "er" | "st" | "nd" | "rd" | "th")
    });
    Some((d, if suffix { i + 2 } else { i + 1 }))
}

/// A date starting at token `i`.
pub fn date_at(p: &Paragraph, i: usize) -> Option<DateHit> {
    // 2025-03-04
    if let Some(y) = year(p, i)
        && p.tokens
            .get(i + 1)
            .is_some_and(|t| t.fold == "-" && !t.space_before)
        && let Some(m) = number(p, i + 2, 2)
        && p.tokens.get(i + 3).is_some_and(|t| t.fold == "-")
        && let Some(d) = number(p, i + 4, 2)
    {
        return Some(DateHit {
            start: i,
            end: i + 5,
            year: Some(y),
            month: Some(m),
            day: Some(d),
        });
    }
    // 4 mars 2025, 14 November 2025, 1er avril
    if let Some((d, k)) = day(p, i)
        && let Some(m) = month(p, k)
    {
        let y = year(p, k + 1);
        let end = if y.is_some() { k + 2 } else { k + 1 };
        return Some(DateHit {
            start: i,
            end,
            year: y,
            month: Some(m),
            day: Some(d),
        });
    }
    // June 11, 2025 / June 2025 / June / Sept. 8, 2026
    if let Some(m) = month(p, i) {
        let after = if p.tokens.get(i + 1).is_some_and(|t| t.fold == ".") {
            i + 2
        } else {
            i + 1
        };
        if let Some((d, k)) = day(p, after) {
            let k2 = if p.tokens.get(k).is_some_and(|t| t.fold == ",") {
                k + 1
            } else {
                k
            };
            let y = year(p, k2);
            let end = if y.is_some() { k2 + 1 } else { k };
            return Some(DateHit {
                start: i,
                end,
                year: y,
                month: Some(m),
                day: Some(d),
            });
        }
        let y = year(p, i + 1);
        let end = if y.is_some() { i + 2 } else { i + 1 };
        return Some(DateHit {
            start: i,
            end,
            year: y,
            month: Some(m),
            day: None,
        });
    }
    // "en 2024", "in 2024"
    if let Some(y) = year(p, i + 1)
        && p.tokens.get(i).is_some_and(|t| {
            matches!(
                t.fold.as_str(),
                "en" | "in" | "debut" | "fin" | "early" | "late" | "mid"
            )
        })
    {
        return Some(DateHit {
            start: i + 1,
            end: i + 2,
            year: Some(y),
            month: None,
            day: None,
        });
    }
    None
}

/// Every date in tokens `range` of a paragraph, in order.
pub fn dates_in(p: &Paragraph, range: std::ops::Range<usize>) -> Vec<DateHit> {
    let mut out = Vec::new();
    let mut i = range.start;
    while i < range.end {
        match date_at(p, i) {
            Some(h) if h.end <= range.end => {
                i = h.end;
                out.push(h);
            }
            _ => i += 1,
        }
    }
    out
}

impl DateHit {
    /// The date at the precision the text gives, taking the year from
    /// `default_year` when the text leaves it out. The flag says whether
    /// the year was borrowed.
    pub fn resolve(&self, default_year: Option<i32>) -> Option<(PartialDate, bool)> {
        let (y, borrowed) = match self.year {
            Some(y) => (y, false),
            None => (default_year?, true),
        };
        PartialDate::new(y, self.month, self.month.and(self.day)).map(|d| (d, borrowed))
    }

    /// A date that says when something started ("depuis 2017", "since
    /// March") rather than when it happened.
    pub fn is_since(&self, p: &Paragraph) -> bool {
        let lo = self.start.saturating_sub(2);
        (lo..self.start).any(|k| matches!(p.tokens[k].fold.as_str(), "depuis" | "since"))
    }
}

/// The article's own date line: the first full date (with a year) near the
/// top, in a short paragraph or at the start of one ("PARIS, le 4 mars 2025
/// —"). The headline (first paragraph) is not a date line.
pub fn article_date(paras: &[Paragraph]) -> Option<(PartialDate, u32)> {
    for p in paras.iter().skip(1).take(6) {
        let short = p.word_count() <= 15;
        for h in dates_in(p, 0..p.tokens.len()) {
            if h.year.is_none() || h.month.is_none() {
                continue;
            }
            if (short || h.start <= 8)
                && let Some((d, _)) = h.resolve(None)
            {
                return Some((d, p.n));
            }
        }
    }
    None
}

/// When there is no date line: the first full date in the opening
/// paragraphs ("…, the company announced on 2 February 2026"), which the
/// draft marks for checking.
pub fn opening_date(paras: &[Paragraph]) -> Option<(PartialDate, u32)> {
    paras.iter().skip(1).take(3).find_map(|p| {
        dates_in(p, 0..p.tokens.len())
            .into_iter()
            .filter(|h| h.year.is_some() && h.day.is_some() && !h.is_since(p))
            .find_map(|h| h.resolve(None).map(|(d, _)| (d, p.n)))
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::paragraphs;
    use super::*;

    #[test]
    fn date_forms() {
        let cases: &[(&str, &str)] = &[
            ("le 4 mars 2025", "2025-03-04"),
            ("June 11, 2025", "2025-06-11"),
            ("14 November 2025", "2025-11-14"),
            ("1er avril 2024", "2024-04-01"),
            ("en mars 2025", "2025-03"),
            ("in 2024", "2024"),
            ("2025-03-04", "2025-03-04"),
            ("Published Tuesday, March 3rd, 2026", "2026-03-03"),
            ("LONDON, Sept. 8, 2026", "2026-09-08"),
        ];
        for (text, want) in cases {
            let p = &paragraphs(text)[0];
            let hits = dates_in(p, 0..p.tokens.len());
            let got = hits
                .first()
                .and_then(|h| h.resolve(None))
                .map(|(d, _)| d.iso());
            assert_eq!(got.as_deref(), Some(*want), "{text}");
        }
    }

    #[test]
    fn year_borrowed_only_when_missing() {
        let p = &paragraphs("à compter du 1er avril")[0];
        let h = dates_in(p, 0..p.tokens.len())[0];
        assert_eq!(
            h.resolve(Some(2025)).map(|(d, b)| (d.iso(), b)),
            Some(("2025-04-01".into(), true))
        );
        assert_eq!(h.resolve(None), None);
        let p = &paragraphs("she may leave")[0];
        assert!(dates_in(p, 0..p.tokens.len()).is_empty());
    }

    #[test]
    fn date_line() {
        // French "mai" is no English word: lowercase, it is the month
        let paras =
            paragraphs("Titre\n\nPublié le 19 mai 2026 à 12 h 15\n\nSAINT-GEORGES — Texte.");
        assert_eq!(
            article_date(&paras).map(|(d, n)| (d.iso(), n)),
            Some(("2026-05-19".into(), 2))
        );
        let paras =
            paragraphs("Headline 2024\n\nBy Jane Roe\n\nPARIS, le 4 mars 2025 — Texte long.");
        assert_eq!(
            article_date(&paras).map(|(d, n)| (d.iso(), n)),
            Some(("2025-03-04".into(), 3))
        );
    }
}
