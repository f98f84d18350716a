//! French or English, from the share of each language's commonest words.

use super::Lang;
use super::tokens::Paragraph;

const FR: &[&str] = &[
    "le", "la", "les", "des", "du", "est", "une", "dans", "pour", "qui", "que", "sur", "avec",
    "au", "aux", "ce", "cette", "il", "elle", "son", "sa", "ses", "par", "pas", "d'", "l'", "qu'",
    "ont", "sont", "mais", "ou", "leur", "depuis", "selon",
];
const EN: &[&str] = &[
    "the", "of", "and", "to", "is", "was", "for", "that", "with", "its", "it", "has", "have",
    "from", "be", "are", "this", "who", "said", "by", "at", "which", "were", "been", "will",
    "their", "but", "after",
];

/// The detected language, and whether the evidence was thin.
pub fn detect(paras: &[Paragraph]) -> (Lang, bool) {
    let (mut fr, mut en) = (0usize, 0usize);
    for t in paras.iter().flat_map(|p| &p.tokens) {
        if FR.contains(&t.fold.as_str()) {
            fr += 1;
        } else if EN.contains(&t.fold.as_str()) {
            en += 1;
        }
    }
    let lang = if fr > en { Lang::Fr } else { Lang::En };
    let unsure = fr.max(en) < 5 || fr.min(en) * 2 > fr.max(en);
    (lang, unsure)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::paragraphs;
    use super::*;

    #[test]
    fn languages() {
        let cases: &[(&str, Lang, bool)] = &[
            (
                "La société a nommé sa directrice financière, qui prend ses fonctions dans une semaine avec le conseil.",
                Lang::Fr,
                false,
            ),
            (
                "The company said its finance chief, who joined in 2019, will leave at the end of the year with the board's thanks.",
                Lang::En,
                false,
            ),
            ("Acme", Lang::En, true),
        ];
        for (text, lang, unsure) in cases {
            assert_eq!(detect(&paragraphs(text)), (*lang, *unsure), "{text}");
        }
    }
}
