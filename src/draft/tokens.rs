//! Paragraphs, sentences and tokens: the one place that cuts the article up.
//!
//! Paragraphs are blocks separated by blank lines, counted from 1 (the
//! numbering every `ref` uses). Tokens carry a folded form (accents and case
//! dropped, `’` read as `'`) so that the rules match `nommée`, `Nommee` and
//! `NOMMÉE` alike.

use crate::model::fold;

/// A block of the article between blank lines.
#[derive(Clone, Debug)]
pub struct Paragraph {
    /// Counted from 1, as in a briefing's `ref`.
    pub n: u32,
    /// The lines of the block joined with single spaces.
    pub text: String,
    pub tokens: Vec<Token>,
    /// Token ranges, one per sentence.
    pub sentences: Vec<std::ops::Range<usize>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    Punct,
    /// A currency sign: `$`, `€`, `£`, `¥`, or one in letters before a
    /// figure (`R`, `Sh`, `Rs`).
    Symbol,
}

#[derive(Clone, Debug)]
pub struct Token {
    pub kind: Kind,
    /// Byte range in the paragraph's `text`.
    pub start: usize,
    pub end: usize,
    /// Folded: lowercase, no accents, `’` as `'`; numbers without spaces.
    pub fold: String,
    /// The present-tense form of a French verb form, the form the move
    /// phrases are written in ("prendra" → "prend"; see
    /// [`verb_form`](super::lexicon::verb_form)).
    pub verb: Option<String>,
    /// Whitespace precedes the token.
    pub space_before: bool,
}

impl Paragraph {
    pub fn tok(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// The text from token `a` to token `b` (exclusive), as written.
    pub fn span(&self, a: usize, b: usize) -> &str {
        if a >= b || b > self.tokens.len() {
            return "";
        }
        &self.text[self.tokens[a].start..self.tokens[b - 1].end]
    }

    /// The sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> std::ops::Range<usize> {
        self.sentences
            .iter()
            .find(|r| r.contains(&i))
            .cloned()
            .unwrap_or(0..self.tokens.len())
    }

    pub fn word_count(&self) -> usize {
        self.tokens.iter().filter(|t| t.kind != Kind::Punct).count()
    }
}

/// Cuts `text` into paragraphs, tokens and sentences.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    let flush = |block: &mut Vec<&str>, out: &mut Vec<Paragraph>| {
        if block.is_empty() {
            return;
        }
        let joined = block.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ");
        block.clear();
        let tokens = tokenize(&joined);
        let sentences = sentences(&joined, &tokens);
        out.push(Paragraph {
            n: out.len() as u32 + 1,
            text: joined,
            tokens,
            sentences,
        });
    };
    for line in text.lines() {
        if line.trim().is_empty() {
            flush(&mut block, &mut out);
        } else {
            block.push(line);
        }
    }
    flush(&mut block, &mut out);
    out
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}'
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// French elisions, kept as one token with their apostrophe: `d'`, `l'`.
const ELISIONS: [&str; 10] = ["d", "l", "qu", "jusqu", "n", "s", "c", "j", "m", "lorsqu"];

pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut tokens = Vec::new();
    let mut i = 0;
    let mut space_before = true;
    while i < chars.len() {
        let (start, c) = chars[i];
        if is_space(c) {
            space_before = true;
            i += 1;
            continue;
        }
        let (kind, next) = if let Some(next) = letter_sign(&chars, i) {
            (Kind::Symbol, next)
        } else if c.is_ascii_digit() {
            (Kind::Number, scan_number(&chars, i))
        } else if c.is_alphanumeric() {
            (Kind::Word, scan_word(&chars, i))
        } else if super::money::is_sign_char(c) {
            (Kind::Symbol, i + 1)
        } else {
            (Kind::Punct, i + 1)
        };
        let end = end_of(next);
        let raw = &text[start..end];
        let fold = match kind {
            Kind::Number => raw
                .chars()
                .filter(|&c| !is_space(c) && !is_apostrophe(c))
                .collect(),
            _ => fold(raw).replace('’', "'"),
        };
        let verb = match kind {
            Kind::Word => super::lexicon::verb_form(&fold),
            _ => None,
        };
        tokens.push(Token {
            kind,
            start,
            end,
            fold,
            verb,
            space_before,
        });
        space_before = false;
        i = next;
    }
    tokens
}

/// A currency sign written in letters before a figure, at a word's start:
/// glued ("R2.5bn", "Sh1.2 billion", "N4bn") or, for signs of two letters
/// or more, spaced ("Rs 500 crore", "KSh 4.6bn", "Rs. 500"). The end of
/// the sign, if there is one at `i`.
fn letter_sign(chars: &[(usize, char)], i: usize) -> Option<usize> {
    if i > 0 && chars[i - 1].1.is_alphanumeric() {
        return None;
    }
    let mut end = i;
    while chars
        .get(end)
        .is_some_and(|&(_, c)| c.is_ascii_alphabetic())
    {
        end += 1;
    }
    let digit = |j: usize| chars.get(j).is_some_and(|&(_, c)| c.is_ascii_digit());
    let spaced = |j: usize| chars.get(j).is_some_and(|&(_, c)| is_space(c)) && digit(j + 1);
    let after_dot = if chars.get(end).is_some_and(|&(_, c)| c == '.') {
        end + 1
    } else {
        end
    };
    let glued = after_dot == end && digit(end);
    let long = end - i >= 2;
    // (the shape first, so that an ordinary word costs no allocation)
    let before_figure =
        glued || (long && (spaced(after_dot) || (after_dot > end && digit(after_dot))));
    if !before_figure {
        return None;
    }
    let word: String = chars[i..end].iter().map(|&(_, c)| c).collect();
    super::money::is_letter_sign(&word).then_some(after_dot)
}

/// Digits with inner `.` or `,` before a digit, groups of three digits
/// after a space (`1 200 000`) when the first group is short, and Swiss
/// groups after an apostrophe (`1'250'000`).
fn scan_number(chars: &[(usize, char)], mut i: usize) -> usize {
    let digit = |j: usize| chars.get(j).is_some_and(|&(_, c)| c.is_ascii_digit());
    let first = i;
    while digit(i) {
        i += 1;
    }
    let mut groupable = i - first <= 3;
    loop {
        let sep = chars.get(i).map(|&(_, c)| c);
        match sep {
            Some('.' | ',') if digit(i + 1) => {
                i += 1;
                while digit(i) {
                    i += 1;
                }
                groupable = false;
            }
            Some(c)
                if (is_apostrophe(c) || (groupable && is_space(c)))
                    && digit(i + 1)
                    && digit(i + 2)
                    && digit(i + 3)
                    && !digit(i + 4) =>
            {
                i += 4;
            }
            _ => return i,
        }
    }
}

fn scan_word(chars: &[(usize, char)], mut i: usize) -> usize {
    let start = i;
    let alnum = |j: usize| chars.get(j).is_some_and(|&(_, c)| c.is_alphanumeric());
    loop {
        while alnum(i) {
            i += 1;
        }
        let Some(&(_, c)) = chars.get(i) else {
            return i;
        };
        // (not into a sum after a range's dash: "R6bn-R7bn")
        let sum_after = chars.get(i + 1).is_some_and(|&(_, c)| c.is_alphabetic())
            && chars.get(i + 2).is_some_and(|&(_, c)| c.is_ascii_digit());
        if c == '-' && alnum(i + 1) && !sum_after {
            i += 1;
            continue;
        }
        if is_apostrophe(c) && alnum(i + 1) {
            let word: String = chars[start..i].iter().map(|&(_, c)| c).collect();
            let lower = fold(&word);
            if ELISIONS.contains(&lower.as_str()) {
                // `d'euros` → `d'` + `euros`
                return i + 1;
            }
            let rest_s = chars.get(i + 1).map(|&(_, c)| c);
            let after = chars.get(i + 2).map(|&(_, c)| c);
            if matches!(rest_s, Some('s' | 'S')) && !after.is_some_and(char::is_alphanumeric) {
                // English possessive: `Pike's` → `Pike` + `'s`
                return i;
            }
            i += 1;
            continue;
        }
        return i;
    }
}

const ABBREVIATIONS: [&str; 20] = [
    "m", "mr", "mrs", "ms", "dr", "st", "inc", "corp", "ltd", "co", "jr", "sr", "mme", "mlle",
    "pr", "prof", "no", "vs", "gen", "sen",
];

fn sentences(_text: &str, tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != Kind::Punct || !matches!(t.fold.as_str(), "." | "!" | "?" | "…" | ";") {
            continue;
        }
        if t.fold == "." && i > 0 {
            let prev = &tokens[i - 1];
            let initial = prev.kind == Kind::Word && prev.fold.chars().count() == 1;
            if initial || ABBREVIATIONS.contains(&prev.fold.as_str()) {
                continue;
            }
            // "Dec. 3", "le 3 janv. 2026", "San Jose, Calif., Dec. 3": a
            // month's abbreviation before a number, or a point before a comma
            let next = tokens.get(i + 1);
            if next.is_some_and(|n| n.fold == "," || n.fold == ")")
                || (super::lexicon::is_month_abbreviation(&prev.fold)
                    && next.is_some_and(|n| n.kind == Kind::Number))
            {
                continue;
            }
        }
        let next_starts = tokens.get(i + 1).is_none_or(|n| {
            n.kind != Kind::Word || n.fold.chars().next().is_some_and(|_| n.space_before)
        });
        if next_starts {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folds(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.fold).collect()
    }

    #[test]
    fn tokens() {
        let cases: &[(&str, &[&str])] = &[
            ("1,2 milliard d'euros", &["1,2", "milliard", "d'", "euros"]),
            ("€750m", &["€", "750", "m"]),
            ("£1.1bn", &["£", "1.1", "bn"]),
            ("300 000 euros", &["300000", "euros"]),
            ("en 2017 100 salariés", &["en", "2017", "100", "salaries"]),
            ("Jean-Luc O'Brien’s", &["jean-luc", "o'brien", "'", "s"]),
            ("Pike's plan", &["pike", "'", "s", "plan"]),
            ("jusqu’à 5", &["jusqu'", "a", "5"]),
            ("GPT-4", &["gpt-4"]),
        ];
        for (text, want) in cases {
            assert_eq!(folds(text), *want, "{text}");
        }
    }

    #[test]
    fn paragraphs_and_sentences() {
        let p = paragraphs("Title\n\n\nFirst line\nsame para. M. Dupont part. Fin\n  \nLast");
        assert_eq!(p.len(), 3);
        assert_eq!(p[1].n, 2);
        assert_eq!(p[1].text, "First line same para. M. Dupont part. Fin");
        assert_eq!(p[1].sentences.len(), 3);
        assert_eq!(p[2].n, 3);
        // month abbreviations before a day, and "Calif.," do not end one
        for (text, n) in [
            ("SAN JOSE, Calif., Dec. 3, 2026 — He left. She stays.", 2),
            (
                "He will be succeeded on Jan. 1 by Aarav Mehta. Then Ann.",
                2,
            ),
            ("Le 3 janv. 2026, il part. Fin", 2),
            ("He left in Dec. Then she came.", 2),
        ] {
            assert_eq!(paragraphs(text)[0].sentences.len(), n, "{text}");
        }
    }
}
