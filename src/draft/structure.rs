//! The shape of an article: headline, byline, headings, numbered items,
//! page furniture, and the key points they make.

use super::tokens::{Kind, Paragraph};
use crate::model::fold;

/// What each paragraph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Headline,
    Byline,
    Heading,
    /// "1. Title : text", "2) …".
    Item,
    Furniture,
    Body,
}

#[derive(Debug)]
pub struct Structure {
    pub roles: Vec<Role>,
    pub author: Option<String>,
}

/// Openings of page furniture: related links, newsletters, legal notes.
const FURNITURE: &[&str] = &[
    "vous aimerez",
    "you may also like",
    "you might also like",
    "read more",
    "related",
    "lire aussi",
    "a lire aussi",
    "sur le meme sujet",
    "abonnez",
    "subscribe",
    "newsletter",
    "sign up",
    "inscrivez",
    "partager",
    "share this",
    "cet article est soumis",
    "obtenez les",
    "min de lecture",
    "min read",
    "all rights reserved",
    "tous droits reserves",
    "copyright",
    "la photo de couverture",
    "advertisement",
    "publicite",
    "follow us",
    "suivez-nous",
    // a wire story's credits: "(Reporting by X; Editing by Y)"
    "(reporting by",
    "reporting by",
    "(additional reporting",
    "(editing by",
    "editing by",
    "(avec ",
    "(redaction",
];

fn ends_sentence(p: &Paragraph) -> bool {
    p.text
        .trim_end()
        .ends_with(['.', '!', '?', '»', '"', '”', ')', ':', '…'])
}

fn numbered(p: &Paragraph) -> bool {
    let t = &p.tokens;
    t.len() > 3
        && t[0].kind == Kind::Number
        && t[0].fold.len() <= 2
        && matches!(t[1].fold.as_str(), "." | ")" | "-" | "–")
}

fn is_furniture(p: &Paragraph) -> bool {
    let f = fold(&p.text);
    FURNITURE
        .iter()
        .any(|w| f.starts_with(w) || (p.word_count() <= 8 && f.contains(w)))
}

pub fn analyse(paras: &[Paragraph]) -> Structure {
    let mut roles = vec![Role::Body; paras.len()];
    let mut author = None;
    for (i, p) in paras.iter().enumerate() {
        let first = p.tokens.first().map(|t| t.fold.as_str());
        roles[i] = if i == 0 {
            Role::Headline
        } else if i < 6
            && matches!(first, Some("par" | "by"))
            && p.word_count() <= 10
            && !ends_sentence(p)
        {
            // "Par CTOL Editors 5 min de lecture", "By Jane Roe, Reuters"
            let stop = p
                .tokens
                .iter()
                .skip(1)
                .position(|t| t.kind != Kind::Word)
                .map_or(p.tokens.len(), |k| k + 1);
            if author.is_none() && stop > 1 {
                author = Some(p.span(1, stop).to_string());
            }
            Role::Byline
        } else if is_furniture(p) {
            Role::Furniture
        } else if numbered(p) {
            Role::Item
        } else if p.word_count() <= 10
            && !p.text.trim_end().ends_with(['.', ',', ';'])
            && p.text.starts_with(char::is_uppercase)
        {
            Role::Heading
        } else {
            Role::Body
        };
    }
    // a "heading" with no body after it is not one (a sub-headline, a
    // caption); repeated headlines are furniture
    for i in 0..paras.len() {
        if roles[i] == Role::Heading {
            let next_is_text = roles
                .get(i + 1)
                .is_some_and(|r| matches!(r, Role::Body | Role::Item));
            if !next_is_text || i <= 1 {
                roles[i] = Role::Furniture;
            }
        }
        if i > 0 && paras[i].text == paras[0].text {
            roles[i] = Role::Furniture;
        }
    }
    // everything after the first furniture block that follows the last
    // heading or item, at the end of the article, is furniture
    if let Some(last_text) = roles
        .iter()
        .rposition(|r| matches!(r, Role::Body | Role::Item))
    {
        let tail_start = (0..=last_text)
            .rev()
            .take_while(|&k| !matches!(roles[k], Role::Heading))
            .last();
        let _ = tail_start;
    }
    Structure { roles, author }
}

/// A key point: a numbered item or a headed section.
#[derive(Clone, Debug)]
pub struct KeyPoint {
    pub title: String,
    pub text: Option<String>,
    /// Paragraph indexes.
    pub paras: Vec<usize>,
}

fn first_sentence(p: &Paragraph, from: usize) -> String {
    let r = p
        .sentences
        .iter()
        .find(|r| r.end > from)
        .cloned()
        .unwrap_or(0..p.tokens.len());
    p.span(r.start.max(from), r.end).to_string()
}

/// Numbered items become key points titled by their lead-in ("Défis
/// Financiers : …"); headed sections without items become one key point
/// each, titled by the heading.
pub fn key_points(paras: &[Paragraph], roles: &[Role]) -> Vec<KeyPoint> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < paras.len() {
        match roles[i] {
            Role::Item => {
                let p = &paras[i];
                // the lead-in ends at " : ", " — " or the first sentence
                let lead = p
                    .tokens
                    .iter()
                    .skip(2)
                    .position(|t| matches!(t.fold.as_str(), ":" | "—" | "–"))
                    .map(|k| k + 2);
                let (title, text) = match lead {
                    Some(k) if k - 2 <= 14 => (
                        p.span(2, k).to_string(),
                        p.span(k + 1, p.tokens.len()).to_string(),
                    ),
                    _ => (first_sentence(p, 2), p.span(2, p.tokens.len()).to_string()),
                };
                out.push(KeyPoint {
                    title,
                    text: (!text.is_empty()).then_some(text),
                    paras: vec![i],
                });
                i += 1;
            }
            Role::Heading => {
                let mut j = i + 1;
                let mut body = Vec::new();
                let mut has_items = false;
                while j < paras.len() && !matches!(roles[j], Role::Heading) {
                    match roles[j] {
                        Role::Body => body.push(j),
                        Role::Item => has_items = true,
                        _ => {}
                    }
                    j += 1;
                }
                if !has_items && !body.is_empty() {
                    out.push(KeyPoint {
                        title: paras[i].text.trim_end_matches([':', ' ']).to_string(),
                        text: Some(first_sentence(&paras[body[0]], 0)),
                        paras: body,
                    });
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}
