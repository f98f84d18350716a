//! Money figures: amount, currency, bound, kind and period.
//!
//! "5 milliards de dollars", "1,2 milliard d'euros", "$2.4 billion",
//! "€750m", "£1.1bn", "¥20 billion", "750 M€", "USD 5 million", "des
//! milliards de dollars".

use super::Lang;
use super::tokens::{Kind, Paragraph};
use crate::model::{Bound, RiskKind};
use std::ops::Range;

/// A figure found in a paragraph.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub value: f64,
    pub currency: &'static str,
    pub bound: Bound,
    pub kind: RiskKind,
    pub period: Option<Period>,
    /// Tokens of the figure, its bound phrase included.
    pub start: usize,
    pub end: usize,
    /// What the rules are unsure of.
    pub doubts: Vec<String>,
}

/// A period as the text states it; relative years need the article's date.
#[derive(Clone, Debug, PartialEq)]
pub enum Period {
    Fixed(String),
    /// "cette année" (0), "l'an dernier" (-1), "next year" (1).
    Relative(i32),
}

/// What a currency written without its country means in one article ("$",
/// "dollars", "FCFA"), and why, when the article's place makes it a
/// question.
#[derive(Clone, Debug, PartialEq)]
pub struct BareCurrency {
    pub code: &'static str,
    /// Written as a `check:` on every such figure.
    pub doubt: Option<String>,
}

impl BareCurrency {
    pub const US_DOLLAR: BareCurrency = BareCurrency {
        code: "USD",
        doubt: None,
    };
    pub const WEST_AFRICAN_CFA: BareCurrency = BareCurrency {
        code: "XOF",
        doubt: None,
    };
}

/// The currencies one article writes without their country: its dollar
/// and its CFA franc.
#[derive(Clone, Debug, PartialEq)]
pub struct Local {
    pub dollar: BareCurrency,
    pub cfa: BareCurrency,
}

impl Local {
    /// A US dollar and a West African franc, as when nothing says otherwise.
    #[cfg(test)]
    pub const DEFAULT: Local = Local {
        dollar: BareCurrency::US_DOLLAR,
        cfa: BareCurrency::WEST_AFRICAN_CFA,
    };

    /// What the article's date line (paragraph `dateline`) and places say.
    pub fn of(paras: &[Paragraph], dateline: Option<u32>, lang: Lang) -> Local {
        Local {
            dollar: local_dollar(paras, dateline, lang),
            cfa: cfa_franc(paras),
        }
    }
}

/// Date-line places with a dollar of their own (folded).
const DOLLAR_PLACES: &[(&[&str], &str)] = &[
    (&["montreal"], "CAD"),
    (&["toronto"], "CAD"),
    (&["vancouver"], "CAD"),
    (&["ottawa"], "CAD"),
    (&["quebec"], "CAD"),
    (&["calgary"], "CAD"),
    (&["edmonton"], "CAD"),
    (&["winnipeg"], "CAD"),
    (&["halifax"], "CAD"),
    (&["gatineau"], "CAD"),
    (&["laval"], "CAD"),
    (&["longueuil"], "CAD"),
    (&["sherbrooke"], "CAD"),
    (&["saguenay"], "CAD"),
    (&["levis"], "CAD"),
    (&["trois-rivieres"], "CAD"),
    (&["regina"], "CAD"),
    (&["saskatoon"], "CAD"),
    (&["moncton"], "CAD"),
    (&["saint-georges"], "CAD"),
    (&["rimouski"], "CAD"),
    (&["chicoutimi"], "CAD"),
    (&["drummondville"], "CAD"),
    (&["granby"], "CAD"),
    (&["saint-hyacinthe"], "CAD"),
    (&["saint-jean-sur-richelieu"], "CAD"),
    (&["saint-jerome"], "CAD"),
    (&["victoriaville"], "CAD"),
    (&["rouyn-noranda"], "CAD"),
    (&["sept-iles"], "CAD"),
    (&["baie-comeau"], "CAD"),
    (&["joliette"], "CAD"),
    (&["shawinigan"], "CAD"),
    (&["terrebonne"], "CAD"),
    (&["boucherville"], "CAD"),
    (&["brossard"], "CAD"),
    (&["mirabel"], "CAD"),
    (&["alma"], "CAD"),
    (&["riviere-du-loup"], "CAD"),
    (&["mississauga"], "CAD"),
    (&["fredericton"], "CAD"),
    (&["kelowna"], "CAD"),
    (&["sydney"], "AUD"),
    (&["melbourne"], "AUD"),
    (&["brisbane"], "AUD"),
    (&["perth"], "AUD"),
    (&["adelaide"], "AUD"),
    (&["canberra"], "AUD"),
    (&["hobart"], "AUD"),
    (&["auckland"], "NZD"),
    (&["wellington"], "NZD"),
    (&["christchurch"], "NZD"),
    (&["singapore"], "SGD"),
    (&["singapour"], "SGD"),
    (&["hong", "kong"], "HKD"),
];

/// The dollar of an article whose date line is paragraph `dateline`.
///
/// Papers of a dollar country write their own dollar bare and the US one
/// as `US$`; wire copy from there writes the US dollar bare and the local
/// one as `C$`, `A$`. So when the date line opens with such a place
/// ("MONTRÉAL, le …", "PERTH, 22 April"), a bare dollar is the local one
/// if the article qualifies US dollars or is in French (Québec's press),
/// and the US one if the article qualifies the local dollar or is in
/// English with neither, as wire copy is. Either way it is marked.
fn local_dollar(paras: &[Paragraph], dateline: Option<u32>, lang: Lang) -> BareCurrency {
    let place_at = |p: &Paragraph| {
        DOLLAR_PLACES.iter().find(|(words, _)| {
            words.iter().enumerate().all(|(k, w)| fold_at(p, k) == *w)
                && p.tokens
                    .get(words.len())
                    .is_none_or(|t| t.kind != Kind::Word)
        })
    };
    // the date line, or the paragraph after it when the place opens the
    // body ("Publié le 19 mai 2026 à 12 h 15" / "SAINT-GEORGES — …")
    let Some((p, (words, local))) = dateline
        .into_iter()
        .flat_map(|n| [n, n + 1])
        .filter_map(|n| paras.iter().find(|p| p.n == n))
        .find_map(|p| place_at(p).map(|place| (p, place)))
    else {
        return if lang == Lang::Fr && quebec_dollars(paras) {
            BareCurrency {
                code: "CAD",
                doubt: Some(
                    "a bare dollar read as CAD: the article writes amounts the Québec way (\"212 M$\", \"1,1 G$\")"
                        .into(),
                ),
            }
        } else {
            BareCurrency::US_DOLLAR
        };
    };
    let place = p.span(0, words.len());
    // the currencies the article names with their country, in one pass
    let named: Vec<&str> = paras
        .iter()
        .flat_map(|p| {
            (0..p.tokens.len()).filter_map(move |i| {
                symbol_at(p, i)
                    .or_else(|| code_at(p, i))
                    .or_else(|| currency_word_at(p, i).map(|(c, _)| c))
            })
        })
        .collect();
    let qualified = |code: &str| named.contains(&code);
    let (code, why) = if qualified(local) {
        (
            "USD",
            "the article writes its own dollar with its country".to_string(),
        )
    } else if qualified("USD") {
        (*local, "the article writes US dollars as such".to_string())
    } else if lang == Lang::Fr {
        (
            *local,
            "French press there writes its dollar bare".to_string(),
        )
    } else {
        ("USD", "wire copy writes US dollars bare".to_string())
    };
    BareCurrency {
        code,
        doubt: Some(format!(
            "a bare dollar read as {code}: the date line is {place}, and {why}"
        )),
    }
}

/// Québec's typography for dollars: the sign after a scale letter, "212
/// M$", "1,1 G$" (French press elsewhere writes "millions de dollars").
fn quebec_dollars(paras: &[Paragraph]) -> bool {
    paras.iter().any(|p| {
        (1..p.tokens.len()).any(|i| {
            p.tokens[i].kind == Kind::Symbol
                && p.tokens[i].fold == "$"
                && !p.tokens[i].space_before
                && matches!(p.tokens[i - 1].fold.as_str(), "m" | "g" | "md")
                && i >= 2
                && p.tokens[i - 2].kind == Kind::Number
        })
    })
}

/// Central Africa's countries and cities (the CEMAC, whose CFA franc is
/// XAF) and West Africa's (the UEMOA, XOF): both write "FCFA".
const CEMAC_WORDS: &[&str] = &[
    "cameroun",
    "cameroon",
    "gabon",
    "tchad",
    "chad",
    "congo",
    "centrafrique",
    "centrafricaine",
    "douala",
    "yaounde",
    "libreville",
    "port-gentil",
    "brazzaville",
    "pointe-noire",
    "n'djamena",
    "bangui",
    "malabo",
    "cemac",
    "beac",
    "cobac",
];
const UEMOA_WORDS: &[&str] = &[
    "senegal",
    "cote",
    "ivoire",
    "mali",
    "burkina",
    "niger",
    "togo",
    "benin",
    "guinee-bissau",
    "dakar",
    "abidjan",
    "bamako",
    "ouagadougou",
    "niamey",
    "lome",
    "cotonou",
    "uemoa",
    "bceao",
    "brvm",
];

/// The CFA franc an article's "FCFA" is: XAF when it names Central
/// Africa more than West Africa (marked), else XOF.
fn cfa_franc(paras: &[Paragraph]) -> BareCurrency {
    let count = |words: &[&str]| {
        paras
            .iter()
            .flat_map(|p| p.tokens.iter())
            .filter(|t| words.contains(&t.fold.as_str()))
            .count()
    };
    if count(CEMAC_WORDS) > count(UEMOA_WORDS) {
        BareCurrency {
            code: "XAF",
            doubt: Some(
                "\"FCFA\" read as the Central African franc (XAF): the article names Central Africa"
                    .into(),
            ),
        }
    } else {
        BareCurrency::WEST_AFRICAN_CFA
    }
}

/// The code of a dollar the text does not qualify ("$", "dollars"): which
/// dollar it is comes from the article's place, see [`local_dollar`].
const BARE_DOLLAR: &str = "$";

/// The code of a CFA franc ("FCFA", "francs CFA"): West or Central
/// African, see [`cfa_franc`].
const BARE_CFA: &str = "FCFA";

/// Currency signs, and those written in letters before a figure
/// ("R2.5bn", "Sh1.2 billion", "Rs 500 crore", "N4bn").
const SYMBOLS: &[(&str, &str)] = &[
    ("$", BARE_DOLLAR),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₦", "NGN"),
    ("₵", "GHS"),
    ("₩", "KRW"),
    ("R", "ZAR"),
    ("Sh", "KES"),
    ("KSh", "KES"),
    ("Ksh", "KES"),
    ("Kshs", "KES"),
    ("KSH", "KES"),
    ("Rs", "INR"),
    ("RMB", "CNY"),
    // Nigeria's press writes "N4bn" for naira; read so only before a
    // scale word ("N95 masks" is no money), see `figure_at`
    ("N", "NGN"),
];

/// A currency sign that is one character, not a letter: `$`, `€`, `₦`.
pub fn is_sign_char(c: char) -> bool {
    !c.is_alphabetic() && SYMBOLS.iter().any(|(s, _)| s.chars().eq([c]))
}

/// A currency sign written in letters: `R`, `Sh`, `Rs`.
pub fn is_letter_sign(word: &str) -> bool {
    SYMBOLS
        .iter()
        .any(|(s, _)| *s == word && s.chars().all(|c| c.is_ascii_alphabetic()))
}
/// "US$", "C$", "A$", "HK$", "S$".
const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("us", "USD"),
    ("c", "CAD"),
    ("ca", "CAD"),
    ("a", "AUD"),
    ("au", "AUD"),
    ("hk", "HKD"),
    ("s", "SGD"),
    ("nz", "NZD"),
];
const CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CHF", "CNY", "CAD", "AUD", "HKD", "INR", "SEK", "NOK", "DKK",
    "SGD", "KRW", "BRL", "XOF", "XAF", "ZAR", "NZD", "KES", "NGN", "GHS", "EGP", "MAD", "TND",
    "AED", "PLN", "MXN", "UGX", "TZS",
];

/// Currency words, longest first: (folded words, code).
const CURRENCY_WORDS: &[(&[&str], &str)] = &[
    (&["dollars", "americains"], "USD"),
    (&["dollars", "us"], "USD"),
    (&["us", "dollars"], "USD"),
    (&["dollars", "de", "singapour"], "SGD"),
    (&["dollars", "de", "hong", "kong"], "HKD"),
    (&["dollars", "neo-zelandais"], "NZD"),
    (&["singapore", "dollars"], "SGD"),
    (&["new", "zealand", "dollars"], "NZD"),
    (&["kenyan", "shillings"], "KES"),
    (&["shillings", "kenyans"], "KES"),
    (&["ugandan", "shillings"], "UGX"),
    (&["tanzanian", "shillings"], "TZS"),
    (&["shillings"], "KES"),
    (&["naira"], "NGN"),
    (&["nairas"], "NGN"),
    (&["cedis"], "GHS"),
    (&["cedi"], "GHS"),
    (&["egyptian", "pounds"], "EGP"),
    (&["livres", "egyptiennes"], "EGP"),
    (&["dinars", "tunisiens"], "TND"),
    (&["dinars", "algeriens"], "DZD"),
    (&["francs", "congolais"], "CDF"),
    (&["francs", "guineens"], "GNF"),
    (&["rands"], "ZAR"),
    (&["indian", "rupees"], "INR"),
    (&["roupies", "indiennes"], "INR"),
    (&["swedish", "kronor"], "SEK"),
    (&["couronnes", "suedoises"], "SEK"),
    (&["norwegian", "kroner"], "NOK"),
    (&["couronnes", "norvegiennes"], "NOK"),
    (&["danish", "kroner"], "DKK"),
    (&["couronnes", "danoises"], "DKK"),
    (&["zlotys"], "PLN"),
    (&["dollars", "canadiens"], "CAD"),
    (&["dollars", "australiens"], "AUD"),
    (&["francs", "suisses"], "CHF"),
    (&["francs", "cfa"], BARE_CFA),
    (&["dirhams"], "MAD"),
    (&["dirham"], "MAD"),
    (&["dh"], "MAD"),
    (&["rand"], "ZAR"),
    (&["fcfa"], BARE_CFA),
    (&["f", "cfa"], BARE_CFA),
    (&["cfa", "francs"], BARE_CFA),
    (&["swiss", "francs"], "CHF"),
    (&["canadian", "dollars"], "CAD"),
    (&["australian", "dollars"], "AUD"),
    (&["hong", "kong", "dollars"], "HKD"),
    (&["livres", "sterling"], "GBP"),
    (&["pounds", "sterling"], "GBP"),
    (&["dollars"], BARE_DOLLAR),
    (&["dollar"], BARE_DOLLAR),
    (&["euros"], "EUR"),
    (&["euro"], "EUR"),
    (&["livres"], "GBP"),
    (&["pounds"], "GBP"),
    (&["sterling"], "GBP"),
    (&["yens"], "JPY"),
    (&["yen"], "JPY"),
    (&["yuans"], "CNY"),
    (&["yuan"], "CNY"),
    (&["renminbi"], "CNY"),
    (&["roupies"], "INR"),
    (&["rupees"], "INR"),
    // "an 18 billion rupee plant"
    (&["rupee"], "INR"),
    (&["francs"], "CHF"),
];

/// Scale words: (folded word, factor). French "billion" is 10^12.
fn scale(word: &str, lang: Lang) -> Option<f64> {
    Some(match word {
        "k" | "thousand" | "mille" => 1e3,
        // Switzerland's "mio"/"mios" and "mia"/"mrd"
        "m" | "mn" | "mln" | "million" | "millions" | "mio" | "mios" => 1e6,
        "mia" => 1e9,
        // India's lakh (10^5) and crore (10^7): "Rs 1,200 crore"
        "lakh" | "lakhs" | "lac" | "lacs" => 1e5,
        "crore" | "crores" | "cr" => 1e7,
        // Québec's "1,1 G$" (a bare "g" counts only before a sign, below)
        "bn" | "b" | "g" | "md" | "mds" | "mrd" | "mrds" | "milliard" | "milliards" => 1e9,
        "billion" | "billions" if lang == Lang::Fr => 1e12,
        "billion" | "billions" => 1e9,
        "trillion" | "trillions" | "tn" | "t" => 1e12,
        _ => return None,
    })
}

/// "1,2" (fr) = 1.2, "1,200" (en) = 1200, "2.4" = 2.4, "1.200" (fr) = 1200.
pub fn parse_number(s: &str, lang: Lang) -> Option<f64> {
    let groups_of_three = |sep: char| {
        let parts: Vec<&str> = s.split(sep).collect();
        parts.len() > 1 && parts[1..].iter().all(|p| p.len() == 3)
    };
    let cleaned: String = if s.contains(',') && s.contains('.') {
        // "1,200.5" or "1.200,5": the last separator is the decimal one
        let (thousands, decimal) = if s.rfind('.') > s.rfind(',') {
            (',', '.')
        } else {
            ('.', ',')
        };
        s.chars()
            .filter(|&c| c != thousands)
            .map(|c| if c == decimal { '.' } else { c })
            .collect()
    } else if s.contains(',') {
        if lang == Lang::En && groups_of_three(',') {
            s.replace(',', "")
        } else if s.matches(',').count() == 1 {
            s.replace(',', ".")
        } else {
            s.replace(',', "")
        }
    } else if s.contains('.')
        && (s.matches('.').count() > 1 || (lang == Lang::Fr && groups_of_three('.')))
    {
        s.replace('.', "")
    } else {
        s.to_string()
    };
    cleaned.parse().ok()
}

fn fold_at(p: &Paragraph, i: usize) -> &str {
    p.tokens.get(i).map_or("", |t| t.fold.as_str())
}

fn currency_word_at(p: &Paragraph, i: usize) -> Option<(&'static str, usize)> {
    CURRENCY_WORDS.iter().find_map(|(words, code)| {
        words
            .iter()
            .enumerate()
            .all(|(k, w)| fold_at(p, i + k) == *w)
            .then_some((*code, i + words.len()))
    })
}

fn symbol_at(p: &Paragraph, i: usize) -> Option<&'static str> {
    let t = p.tokens.get(i)?;
    if t.kind != Kind::Symbol {
        return None;
    }
    let sign = p.tok(i).trim_end_matches('.');
    let code = SYMBOLS.iter().find(|(s, _)| *s == sign).map(|&(_, c)| c)?;
    if code == BARE_DOLLAR && i > 0 && !t.space_before {
        let prev = p.tokens[i - 1].fold.as_str();
        if let Some(&(_, c)) = DOLLAR_PREFIXES.iter().find(|(w, _)| *w == prev) {
            return Some(c);
        }
    }
    Some(code)
}

fn code_at(p: &Paragraph, i: usize) -> Option<&'static str> {
    let t = p.tokens.get(i)?;
    if t.kind != Kind::Word || !p.tok(i).chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    CODES
        .iter()
        .find(|c| c.eq_ignore_ascii_case(&t.fold))
        .copied()
}

/// After a number at `i`: an optional scale, then a currency. Returns
/// (factor, currency, end, scale word as written).
fn tail(
    p: &Paragraph,
    i: usize,
    lang: Lang,
    need_currency: bool,
) -> Option<(f64, Option<&'static str>, usize)> {
    let mut k = i;
    let mut factor = 1.0;
    // "a ₹72-crore provision", "a $5-million fine"
    if fold_at(p, k) == "-"
        && !p.tokens[k].space_before
        && p.tokens.get(k + 1).is_some_and(|t| !t.space_before)
        && scale(fold_at(p, k + 1), lang).is_some()
    {
        k += 1;
    }
    if let Some(f) = scale(fold_at(p, k), lang) {
        // a bare "m"/"b"/"k" only counts glued to the number or before a sign
        let word = fold_at(p, k);
        let glued = !p.tokens[k].space_before;
        let short =
            word.len() <= 3 && !matches!(word, "mds" | "mio" | "mln" | "cr" | "lac" | "mia");
        // (Québec's "G$" only before the sign: "la 5G" is no sum)
        if (!short || glued || symbol_at(p, k + 1).is_some())
            && (word != "g" || symbol_at(p, k + 1).is_some())
        {
            factor = f;
            k += 1;
        }
    }
    // Morocco's "120 MDH" (millions of dirhams), "2,8 MMDH" (billions)
    match fold_at(p, k) {
        "mdh" => return Some((1e6, Some("MAD"), k + 1)),
        "mmdh" => return Some((1e9, Some("MAD"), k + 1)),
        _ => {}
    }
    // "€" or "$" right after: "750 M€", "5 Md$"; a dollar's country after
    // it, the Québec way: "80 millions $ US", "5 M$ CA"
    if let Some(c) = symbol_at(p, k) {
        if c == BARE_DOLLAR {
            match p.span(k + 1, k + 2) {
                "US" | "USD" => return Some((factor, Some("USD"), k + 2)),
                "CA" | "CAN" | "CAD" => return Some((factor, Some("CAD"), k + 2)),
                _ => {}
            }
        }
        return Some((factor, Some(c), k + 1));
    }
    let mut j = k;
    if matches!(fold_at(p, j), "de" | "d'" | "of") {
        j += 1;
    }
    if let Some((c, e)) = currency_word_at(p, j) {
        return Some((factor, Some(c), e));
    }
    if let Some(c) = code_at(p, k) {
        return Some((factor, Some(c), k + 1));
    }
    (!need_currency).then_some((factor, None, k))
}

const UP_TO: &[&[&str]] = &[
    &["pouvant", "atteindre"],
    &["pourrait", "atteindre"],
    // "un bonus qui aurait pu atteindre 1,8 million", "would not exceed"
    &["aurait", "pu", "atteindre"],
    &["could", "have", "reached"],
    &["might", "have", "reached"],
    &["would", "have", "reached"],
    &["auraient", "pu", "atteindre"],
    &["would", "not", "exceed"],
    &["will", "not", "exceed"],
    &["not", "to", "exceed"],
    &["ne", "depassera", "pas"],
    &["pourraient", "atteindre"],
    &["peut", "atteindre"],
    &["peuvent", "atteindre"],
    &["pourrait", "aller", "jusqu'", "a"],
    &["jusqu'", "a"],
    &["as", "much", "as"],
    &["up", "to"],
    &["as", "high", "as"],
    &["could", "reach"],
    &["could", "now", "reach"],
    &["could", "eventually", "reach"],
    &["pourrait", "desormais", "atteindre"],
    &["may", "reach"],
    &["might", "reach"],
    &["could", "hit"],
    &["could", "top"],
    &["at", "most"],
    &["au", "plus"],
    &["au", "maximum"],
    &["plafonne", "a"],
    &["plafonnee", "a"],
    &["capped", "at"],
    &["no", "more", "than"],
    &["pas", "plus", "de"],
    &["less", "than"],
    &["moins", "de"],
    &["under"],
    &["below"],
    &["maximum", "of"],
    &["inferieur", "a"],
    &["inferieure", "a"],
    &["inferieurs", "a"],
    &["sous", "la", "barre", "des"],
    &["sous", "la", "barre", "de"],
    &["maximum", "de"],
    &["maximal", "de"],
    &["maximale", "de"],
    &["plafond", "de"],
    &["a", "maximum", "of"],
];
const ABOUT: &[&[&str]] = &[
    &["environ"],
    &["about"],
    &["avoisine"],
    &["avoisinent"],
    &["avoisinait"],
    &["avoisinaient"],
    &["avoisinant"],
    &["some"],
    &["around"],
    &["roughly"],
    &["approximately"],
    &["pres", "de"],
    &["quelque"],
    &["presque"],
    &["nearly"],
    &["almost"],
    &["an", "estimated"],
    &["estimated"],
    &["estime", "a"],
    &["estimee", "a"],
    &["estimes", "a"],
    &["estimees", "a"],
    &["autour", "de"],
    &["approximativement"],
    &["circa"],
    &["~"],
    &["quasiment"],
    &["plus", "ou", "moins"],
    &["close", "to"],
    &["an", "estimated"],
    &["of", "roughly"],
    &["pas", "loin", "de"],
    &["of", "about"],
    &["de", "l'", "ordre", "de"],
    &["on", "the", "order", "of"],
    &["something", "like"],
    &["quelque", "chose", "comme"],
];
const AT_LEAST: &[&[&str]] = &[
    &["au", "moins"],
    &["at", "least"],
    &["plus", "de"],
    &["more", "than"],
    &["over"],
    &["upwards", "of"],
    &["au-dela", "de"],
    &["depassant"],
    &["exceeding"],
    &["in", "excess", "of"],
    &["minimum", "de"],
    &["a", "minimum", "of"],
    &["pas", "moins", "de"],
    &["no", "less", "than"],
    &["above"],
    &["superieur", "a"],
    &["superieure", "a"],
    &["north", "of"],
    &["depasse"],
    &["depassent"],
    // "pourrait dépasser 500 milliards", "could exceed $2bn"
    &["pourrait", "depasser"],
    &["pourraient", "depasser"],
    &["could", "exceed"],
    &["may", "exceed"],
    &["depassait"],
    &["exceeds"],
    &["exceeded"],
    &["tops"],
    &["topped"],
    &["more", "then"],
];
const AFTER_AT_LEAST: &[&[&str]] = &[
    &["ou", "plus"],
    &["or", "more"],
    &["au", "moins"],
    &["at", "least"],
    &["et", "plus"],
    &["plus"],
];
const AFTER_ABOUT: &[&[&str]] = &[&["environ"], &["or", "so"]];
const AFTER_UP_TO: &[&[&str]] = &[&["au", "plus"], &["at", "most"], &["au", "maximum"]];

/// The bound phrase ending right before token `start`: (bound, its start).
fn bound_before(p: &Paragraph, start: usize) -> Option<(Bound, usize)> {
    // an adverb may sit between: "dépasse désormais 3 milliards"
    if start > 0
        && matches!(
            fold_at(p, start - 1),
            "desormais"
                | "deja"
                | "encore"
                | "toujours"
                | "actuellement"
                | "now"
                | "already"
                | "still"
                | "currently"
                | "another"
                | "further"
                | "additional"
        )
        && let Some(found) = bound_exactly_before(p, start - 1)
    {
        return Some(found);
    }
    // "at least a further £50m", "up to an additional $2bn"
    if start > 1
        && matches!(fold_at(p, start - 2), "a" | "an")
        && matches!(fold_at(p, start - 1), "further" | "additional")
        && let Some(found) = bound_exactly_before(p, start - 2)
    {
        return Some(found);
    }
    bound_exactly_before(p, start)
}

/// Bound words that sit a few words before the preposition of the figure:
/// (words, prepositions, how far back from the figure, bound).
const BOUND_WORDS_BEFORE: &[(&[&str], &[&str], usize, Bound)] = &[
    (
        &["minimum", "minimal", "minimale"],
        &["of", "de"],
        5,
        Bound::AtLeast,
    ),
    (
        &[
            "caps",
            "capped",
            "cap",
            "capping",
            "plafonne",
            "plafonnee",
            "plafonnes",
            "plafonnees",
            "plafonner",
        ],
        &["at", "a"],
        6,
        Bound::UpTo,
    ),
];

fn bound_exactly_before(p: &Paragraph, start: usize) -> Option<(Bound, usize)> {
    // a bound word a few words before the figure's preposition: "a
    // minimum capital requirement of 500 billion naira", "caps any payout
    // at €3.2 million", "plafonne l'indemnité à 2 M€"
    for (words, prepositions, reach, bound) in BOUND_WORDS_BEFORE {
        if start >= 2
            && prepositions.contains(&fold_at(p, start - 1))
            && let Some(w) = (start.saturating_sub(*reach)..start - 1)
                .rev()
                .find(|&k| words.contains(&fold_at(p, k)))
            && (w + 1..start - 1).all(|k| p.tokens[k].kind == Kind::Word)
        {
            return Some((*bound, w));
        }
    }
    let mut best: Option<(Bound, usize)> = None;
    for (list, bound) in [
        (UP_TO, Bound::UpTo),
        (ABOUT, Bound::About),
        (AT_LEAST, Bound::AtLeast),
    ] {
        for phrase in list {
            let n = phrase.len();
            if start < n {
                continue;
            }
            let s = start - n;
            // "turnover edged up to £68.3m": a rise, not a bound
            let moved = |w: &str| {
                matches!(
                    w,
                    "edged"
                        | "inched"
                        | "crept"
                        | "ticked"
                        | "moved"
                        | "went"
                        | "shot"
                        | "rose"
                        | "rises"
                        | "climbed"
                        | "jumped"
                        | "surged"
                        | "soared"
                        | "grew"
                        | "increased"
                        | "revised"
                        | "pushed"
                        | "bumped"
                        | "risen"
                        | "gone"
                )
            };
            if *phrase == ["up", "to"] && s > 0 && moved(fold_at(p, s - 1)) {
                continue;
            }
            if phrase
                .iter()
                .enumerate()
                .all(|(k, w)| fold_at(p, s + k) == *w)
                && best.is_none_or(|(_, b)| s < b)
            {
                best = Some((bound, s));
            }
        }
    }
    best
}

fn bound_after(p: &Paragraph, end: usize) -> Option<(Bound, usize)> {
    for (list, bound) in [
        (AFTER_AT_LEAST, Bound::AtLeast),
        (AFTER_ABOUT, Bound::About),
        (AFTER_UP_TO, Bound::UpTo),
    ] {
        for phrase in list {
            if phrase
                .iter()
                .enumerate()
                .all(|(k, w)| fold_at(p, end + k) == *w)
            {
                // "plus" alone only as "2 milliards et plus"
                if phrase.len() == 1 && phrase[0] == "plus" {
                    continue;
                }
                return Some((bound, end + phrase.len()));
            }
        }
    }
    None
}

/// Kind keywords, matched on folded words (a trailing `*` is a prefix).
const KINDS: &[(&str, RiskKind)] = &[
    ("perte*", RiskKind::Loss),
    ("perdre", RiskKind::Loss),
    ("perdu", RiskKind::Loss),
    ("perdra", RiskKind::Loss),
    ("perdrait", RiskKind::Loss),
    ("deficit*", RiskKind::Loss),
    ("loss", RiskKind::Loss),
    ("losses", RiskKind::Loss),
    ("lose", RiskKind::Loss),
    ("losing", RiskKind::Loss),
    ("lost", RiskKind::Loss),
    ("write-down*", RiskKind::Loss),
    ("writedown*", RiskKind::Loss),
    ("depreciation*", RiskKind::Loss),
    ("impairment*", RiskKind::Loss),
    ("cout*", RiskKind::Cost),
    ("depense*", RiskKind::Cost),
    ("depenser", RiskKind::Cost),
    ("cost*", RiskKind::Cost),
    ("spend*", RiskKind::Cost),
    ("expense*", RiskKind::Cost),
    ("capex", RiskKind::Cost),
    ("investi*", RiskKind::Cost),
    ("invest", RiskKind::Cost),
    ("invests", RiskKind::Cost),
    ("investing", RiskKind::Cost),
    ("investment*", RiskKind::Cost),
    ("amende*", RiskKind::Cost),
    ("fine", RiskKind::Cost),
    ("fined", RiskKind::Cost),
    ("penalt*", RiskKind::Cost),
    ("indemni*", RiskKind::Cost),
    ("restructur*", RiskKind::Cost),
    ("charge", RiskKind::Cost),
    ("charges", RiskKind::Cost),
    ("frais", RiskKind::Cost),
    ("severance", RiskKind::Cost),
    ("settlement", RiskKind::Cost),
    ("budget*", RiskKind::Cost),
    ("lever", RiskKind::Funding),
    ("leve", RiskKind::Funding),
    ("levee*", RiskKind::Funding),
    ("levera", RiskKind::Funding),
    ("levait", RiskKind::Funding),
    ("financement*", RiskKind::Funding),
    ("financer", RiskKind::Funding),
    ("raise*", RiskKind::Funding),
    ("raising", RiskKind::Funding),
    ("funding", RiskKind::Funding),
    ("financing", RiskKind::Funding),
    ("round", RiskKind::Funding),
    ("fundraising", RiskKind::Funding),
    ("fund-raising", RiskKind::Funding),
    ("emprunt*", RiskKind::Funding),
    ("borrow*", RiskKind::Funding),
    ("loan*", RiskKind::Funding),
    ("pret", RiskKind::Funding),
    ("dette*", RiskKind::Funding),
    ("debt", RiskKind::Funding),
    ("bond", RiskKind::Funding),
    ("bonds", RiskKind::Funding),
    ("obligataire*", RiskKind::Funding),
    ("tour", RiskKind::Funding),
    ("chiffre", RiskKind::Revenue),
    ("revenu", RiskKind::Revenue),
    ("revenus", RiskKind::Revenue),
    ("recette*", RiskKind::Revenue),
    ("ventes", RiskKind::Revenue),
    ("revenue*", RiskKind::Revenue),
    ("sales", RiskKind::Revenue),
    ("turnover", RiskKind::Revenue),
    ("facturation", RiskKind::Revenue),
    ("valoris*", RiskKind::Valuation),
    ("valuation*", RiskKind::Valuation),
    ("valued", RiskKind::Valuation),
    ("valuing", RiskKind::Valuation),
    ("worth", RiskKind::Valuation),
    ("capitalisation", RiskKind::Valuation),
    ("capitalization", RiskKind::Valuation),
    ("acquisition*", RiskKind::Other),
    ("rachat", RiskKind::Other),
    ("racheter", RiskKind::Other),
    ("acquire*", RiskKind::Other),
    ("buy", RiskKind::Other),
    ("takeover", RiskKind::Other),
    ("benefice*", RiskKind::Other),
    ("profit*", RiskKind::Other),
    ("earnings", RiskKind::Other),
    ("ebitda", RiskKind::Other),
    ("salaire*", RiskKind::Other),
    ("salary", RiskKind::Other),
    ("pay", RiskKind::Other),
    ("bonus*", RiskKind::Other),
];

fn kind_of(word: &str) -> Option<RiskKind> {
    KINDS.iter().find_map(|(k, kind)| {
        let hit = match k.strip_suffix('*') {
            Some(prefix) => word.starts_with(prefix),
            None => word == *k,
        };
        hit.then_some(*kind)
    })
}

/// The kind whose keyword is nearest the figure in tokens `range`; words
/// before the figure count a little closer than words after.
fn nearest_kind(
    p: &Paragraph,
    range: std::ops::Range<usize>,
    start: usize,
    end: usize,
) -> Option<RiskKind> {
    let mut best: Option<(usize, RiskKind)> = None;
    for k in range {
        if (start..end).contains(&k) {
            continue;
        }
        let Some(kind) = kind_of(&p.tokens[k].fold) else {
            continue;
        };
        // "tour de table", "chiffre d'affaires" need their following words
        if p.tokens[k].fold == "tour" && fold_at(p, k + 2) != "table" {
            continue;
        }
        if p.tokens[k].fold == "chiffre" && fold_at(p, k + 2) != "affaires" {
            continue;
        }
        let d = if k < start {
            (start - k) * 2
        } else {
            (k - end) * 3
        };
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, kind));
        }
    }
    best.map(|(_, k)| k)
}

fn period_in(
    p: &Paragraph,
    range: std::ops::Range<usize>,
    start: usize,
    end: usize,
) -> Option<Period> {
    let f = |k: usize| fold_at(p, k);
    let mut best: Option<(usize, Period)> = None;
    let mut offer = |k: usize, period: Period| {
        let d = if k < start {
            start - k
        } else {
            k.saturating_sub(end)
        };
        if best.as_ref().is_none_or(|(bd, _)| d < *bd) {
            best = Some((d, period));
        }
    };
    for k in range.clone() {
        let w = f(k);
        let year_at = |k: usize| {
            p.tokens.get(k).and_then(|t| {
                (t.kind == Kind::Number && t.fold.len() == 4)
                    .then(|| t.fold.parse::<i32>().ok())
                    .flatten()
                    .filter(|y| (1990..=2100).contains(y))
            })
        };
        match w {
            "exercice" | "fiscal" if year_at(k + 1).is_some() => {
                offer(
                    k,
                    Period::Fixed(format!("FY{}", year_at(k + 1).unwrap_or_default())),
                );
            }
            "fiscal" if f(k + 1) == "year" && year_at(k + 2).is_some() => {
                offer(
                    k,
                    Period::Fixed(format!("FY{}", year_at(k + 2).unwrap_or_default())),
                );
            }
            _ if w.len() == 6
                && w.starts_with("fy")
                && w[2..].bytes().all(|b| b.is_ascii_digit()) =>
            {
                offer(k, Period::Fixed(format!("FY{}", &w[2..])));
            }
            // (not "a year earlier", "il y a un an")
            "an" | "year" | "annee"
                if matches!(
                    f(k.wrapping_sub(1)),
                    "par" | "per" | "a" | "chaque" | "each"
                ) && !matches!(
                    f(k + 1),
                    "earlier" | "ago" | "before" | "later" | "after" | "on" | "plus" | "auparavant"
                ) =>
            {
                offer(k, Period::Fixed("per year".into()));
            }
            "annually" | "annuel" | "annuelle" | "annuels" | "annuelles" | "yearly" | "annual" => {
                offer(k, Period::Fixed("per year".into()));
            }
            "mois" | "month"
                if matches!(
                    f(k.wrapping_sub(1)),
                    "par" | "per" | "a" | "chaque" | "each"
                ) =>
            {
                offer(k, Period::Fixed("per month".into()));
            }
            "cette" if f(k + 1) == "annee" => offer(k, Period::Relative(0)),
            "this" if f(k + 1) == "year" => offer(k, Period::Relative(0)),
            "next" if f(k + 1) == "year" => offer(k, Period::Relative(1)),
            "prochain" | "prochaine" if matches!(f(k.wrapping_sub(1)), "an" | "annee") => {
                offer(k, Period::Relative(1))
            }
            "last" if f(k + 1) == "year" => offer(k, Period::Relative(-1)),
            "dernier" | "derniere" if matches!(f(k.wrapping_sub(1)), "an" | "annee") => {
                offer(k, Period::Relative(-1))
            }
            _ => {
                if let Some(y) = year_at(k)
                    && matches!(
                        f(k.wrapping_sub(1)),
                        "en" | "in"
                            | "pour"
                            | "for"
                            | "sur"
                            | "ici"
                            | "by"
                            | "of"
                            | "de"
                            | "during"
                            | "durant"
                    )
                    && !matches!(f(k.wrapping_sub(2)), "depuis" | "since")
                {
                    offer(k, Period::Fixed(y.to_string()));
                }
            }
        }
    }
    best.map(|(_, p)| p)
}

/// Every money figure in a paragraph.
pub fn figures(p: &Paragraph, lang: Lang, local: &Local) -> Vec<Figure> {
    let mut out = Vec::new();
    let n = p.tokens.len();
    let mut i = 0;
    while i < n {
        let found = figure_at(p, i, lang)
            .or_else(|| elided(p, i, lang, out.last()))
            .map(|f| with_range(p, f, lang));
        match found {
            Some(mut fig) => {
                let sentence = p.sentence_of(fig.start);
                let (num_start, num_end) = (fig.start, fig.end);
                if let Some((b, s)) = bound_before(p, fig.start) {
                    if fig.bound == Bound::Exact {
                        fig.bound = b;
                    }
                    fig.start = s;
                }
                if let Some((b, e)) = bound_after(p, fig.end) {
                    if fig.bound == Bound::Exact {
                        fig.bound = b;
                    }
                    fig.end = e;
                }
                fig.kind = match nearest_kind(p, sentence.clone(), num_start, num_end) {
                    Some(k) => k,
                    None => {
                        let prev = p
                            .sentences
                            .iter()
                            .position(|r| *r == sentence)
                            .and_then(|i| i.checked_sub(1));
                        match prev.and_then(|i| {
                            nearest_kind(p, p.sentences[i].clone(), num_start, num_end)
                        }) {
                            Some(k) => {
                                fig.doubts.push(format!(
                                    "kind `{}` read from the sentence before",
                                    k.name()
                                ));
                                k
                            }
                            None => {
                                fig.doubts.push("no loss, cost, funding, revenue or valuation word near the figure".into());
                                RiskKind::Other
                            }
                        }
                    }
                };
                fig.period = period_in(p, sentence.clone(), num_start, num_end);
                i = fig.end.max(i + 1);
                let bare = match fig.currency {
                    BARE_DOLLAR => Some(&local.dollar),
                    BARE_CFA => Some(&local.cfa),
                    _ => None,
                };
                if let Some(bare) = bare {
                    fig.currency = bare.code;
                    fig.doubts.extend(bare.doubt.clone());
                }
                // "450 milliards de FCFA (environ 686 millions d'euros)": a
                // sum converted in brackets is the one before it
                let converted = fig.start >= 1
                    && p.tokens[fig.start - 1].fold == "("
                    && out.last().is_some_and(|b: &Figure| b.end == fig.start - 1);
                if !converted && !is_share_price(p, &fig, sentence, num_start) {
                    out.push(fig);
                }
            }
            None => i += 1,
        }
    }
    out
}

/// "une perte de 23,4 millions de francs, contre un bénéfice de 8,1
/// millions un an plus tôt": a scaled number without a currency, in the
/// sentence of a figure before it, is in that figure's currency (not "5
/// millions d'utilisateurs", a count of something). So is one in a later
/// sentence of the paragraph that says what the sum is ("… un chiffre
/// d'affaires de 1,09 milliard de francs. La direction table sur des
/// ventes d'environ 1,46 milliard."), and one changing to a figure after
/// it ("le budget est passé de 85 milliards à 132 milliards de F CFA").
fn elided(p: &Paragraph, i: usize, lang: Lang, before: Option<&Figure>) -> Option<Figure> {
    // (cheap tests first: this runs at every token no figure starts at)
    if p.tokens[i].kind != Kind::Number {
        return None;
    }
    let v = parse_number(&p.tokens[i].fold, lang)?;
    let (factor, currency, end) = tail(p, i + 1, lang, false)?;
    // "5 millions d'utilisateurs", "3 million users": a count
    let next = fold_at(p, end);
    let counts = matches!(next, "de" | "d'" | "of") || (next.len() > 3 && next.ends_with('s'));
    if currency.is_some() || factor == 1.0 || counts {
        return None;
    }
    let sentence = p.sentence_of(i);
    let after = || {
        (matches!(fold_at(p, i.wrapping_sub(1)), "de" | "from") && matches!(next, "a" | "to"))
            .then(|| figure_at(p, end + 1, lang))
            .flatten()
            .map(|f| (f.currency, "after"))
    };
    let (currency, which) = before
        .filter(|b| {
            let told = p.sentence_of(b.start);
            told == sentence
                || (told.end <= sentence.start
                    && nearest_kind(p, sentence.clone(), i, end).is_some())
        })
        .map(|b| (b.currency, "before"))
        .or_else(after)?;
    Some(Figure {
        value: v * factor,
        currency,
        bound: Bound::Exact,
        kind: RiskKind::Other,
        period: None,
        start: i,
        end,
        doubts: vec![format!(
            "no currency written; read as {currency}, the currency of the figure {which}"
        )],
    })
}

/// "Shares slumped 12 per cent to A$4.85": a price per share, which no
/// briefing counts as a money figure. A figure under a thousand, with no
/// scale word, in a sentence about shares, or followed by "a share".
fn is_share_price(p: &Paragraph, fig: &Figure, sentence: Range<usize>, num: usize) -> bool {
    if (num + 1..fig.end).any(|k| scale(fold_at(p, k), Lang::En).is_some()) {
        return false;
    }
    let after = (fold_at(p, fig.end), fold_at(p, fig.end + 1));
    let about_shares = sentence.into_iter().any(|k| {
        matches!(
            fold_at(p, k),
            "shares"
                | "share"
                | "stock"
                | "action"
                | "actions"
                | "titre"
                | "titres"
                | "cible"
                | "target"
                // "objectif de cours de 14 à 11 euros"
                | "cours"
        )
    });
    // "le titre a reculé à 1 845 FCFA": a price in a currency of small
    // units is over a thousand, but still reached "at" or "à", or left
    // ("cut her target price to ₹1,150 from ₹1,420")
    let reached = matches!(
        fold_at(p, fig.start.wrapping_sub(1)),
        "a" | "at" | "to" | "from" | "contre"
    );
    matches!(after, ("a" | "per", "share") | ("par", "action"))
        || (about_shares && (fig.value < 1000.0 || (reached && fig.value < 1e5)))
}

/// The figure `low`, or the range it opens: "between $400 million and $450
/// million", "entre 400 millions d'euros et 450 millions d'euros", "to
/// $4.1 billion to $4.3 billion" give the top, `up_to`. ("from $1bn to
/// $2bn" is a change, not a range: two figures.)
fn with_range(p: &Paragraph, low: Figure, lang: Lang) -> Figure {
    let before = fold_at(p, low.start.wrapping_sub(1));
    let between = matches!(before, "between" | "entre");
    let joined = if between {
        matches!(fold_at(p, low.end), "and" | "et")
    } else {
        lang == Lang::En && before != "from" && matches!(fold_at(p, low.end), "to" | "-")
    };
    // "$1.8-2 billion": the top's scale and the low's sign
    let bare_top = || {
        let i = low.end + 1;
        let v = parse_number(&p.tokens.get(i)?.fold, lang)?;
        let (factor, currency, end) = tail(p, i + 1, lang, false)?;
        (currency.is_none() && factor > 1.0 && low.value < v).then(|| Figure {
            value: v * factor,
            end,
            doubts: Vec::new(),
            ..low.clone()
        })
    };
    let top = joined
        .then(|| figure_at(p, low.end + 1, lang).or_else(bare_top))
        .flatten()
        .filter(|top| top.currency == low.currency);
    let Some(mut top) = top else { return low };
    top.start = if between { low.start - 1 } else { low.start };
    top.bound = Bound::UpTo;
    top.doubts.push(format!(
        "the text gives a range ({} to {}); written as up to the top",
        crate::model::scaled(low.value),
        crate::model::scaled(top.value)
    ));
    top
}

fn figure_at(p: &Paragraph, i: usize, lang: Lang) -> Option<Figure> {
    let t = &p.tokens[i];
    let new = |value: f64, currency: &'static str, start: usize, end: usize| Figure {
        value,
        currency,
        bound: Bound::Exact,
        kind: RiskKind::Other,
        period: None,
        start,
        end,
        doubts: Vec::new(),
    };
    // $2.4 billion, €750m, US$3bn
    if let Some(cur) = symbol_at(p, i) {
        let start = if i > 0
            && !t.space_before
            && DOLLAR_PREFIXES
                .iter()
                .any(|(w, _)| *w == p.tokens[i - 1].fold)
        {
            i - 1
        } else {
            i
        };
        if let Some(num) = p.tokens.get(i + 1).filter(|t| t.kind == Kind::Number) {
            let v = parse_number(&num.fold, lang)?;
            let (factor, _, end) = tail(p, i + 2, lang, false)?;
            if p.tok(i) == "N" && factor == 1.0 {
                return None;
            }
            let mut fig = new(v * factor, cur, start, end);
            if cur == "JPY" {
                fig.doubts
                    .push("`¥` read as yen; it is also the yuan's sign".into());
            }
            return Some(fig);
        }
        return None;
    }
    // USD 5 million, EUR 750m
    if let Some(cur) = code_at(p, i)
        && let Some(num) = p.tokens.get(i + 1).filter(|t| t.kind == Kind::Number)
    {
        let v = parse_number(&num.fold, lang)?;
        let (factor, _, end) = tail(p, i + 2, lang, false)?;
        return Some(new(v * factor, cur, i, end));
    }
    // 5 milliards de dollars, 750 M€, 80 million dollars
    if t.kind == Kind::Number {
        let v = parse_number(&t.fold, lang)?;
        // a range "2 à 3 milliards", "between 2 and 3 billion": take the top
        if matches!(fold_at(p, i + 1), "a" | "et" | "and" | "to" | "-")
            && p.tokens.get(i + 2).is_some_and(|t| t.kind == Kind::Number)
            && tail(p, i + 1, lang, true).is_none()
        {
            let mut fig = figure_at(p, i + 2, lang)?;
            let (top, start) = (fig.value, i);
            let low = top / parse_number(&p.tokens[i + 2].fold, lang)? * v;
            fig.start = if matches!(
                fold_at(p, i.wrapping_sub(1)),
                "entre" | "between" | "de" | "from"
            ) {
                i - 1
            } else {
                start
            };
            fig.bound = Bound::UpTo;
            fig.doubts.push(format!(
                "the text gives a range ({} to {}); written as up to the top",
                crate::model::scaled(low),
                crate::model::scaled(top)
            ));
            return Some(fig);
        }
        let (factor, cur, end) = tail(p, i + 1, lang, true)?;
        let fig = new(v * factor, cur?, i, end);
        if lang == Lang::Fr && matches!(fold_at(p, i + 1), "billion" | "billions") {
            let mut fig = fig;
            fig.doubts
                .push("French \"billion\" read as 10^12 (a million million)".into());
            return Some(fig);
        }
        return Some(fig);
    }
    // des milliards de dollars, billions of dollars, des centaines de millions d'euros
    let vague = |k: usize| -> Option<(f64, usize)> {
        let w = fold_at(p, k);
        let base = match w {
            "milliards" => 1e9,
            "millions" => 1e6,
            "billions" if lang == Lang::En => 1e9,
            "dizaines" | "tens"
                if matches!(fold_at(p, k + 2), "millions" | "milliards" | "billions") =>
            {
                10.0 * scale(fold_at(p, k + 2), lang)?
            }
            "centaines" | "hundreds"
                if matches!(fold_at(p, k + 2), "millions" | "milliards" | "billions") =>
            {
                100.0 * scale(fold_at(p, k + 2), lang)?
            }
            _ => return None,
        };
        let next = if matches!(w, "dizaines" | "tens" | "centaines" | "hundreds") {
            k + 3
        } else {
            k + 1
        };
        Some((base, next))
    };
    let opener = matches!(
        t.fold.as_str(),
        "des" | "plusieurs" | "several" | "quelques" | "many"
    );
    let (k0, several) = if opener {
        (i + 1, matches!(t.fold.as_str(), "plusieurs" | "several"))
    } else {
        (i, false)
    };
    if (opener
        || matches!(
            t.fold.as_str(),
            "billions" | "millions" | "tens" | "hundreds"
        ))
        && let Some((base, next)) = vague(k0)
    {
        let mut j = next;
        if matches!(fold_at(p, j), "de" | "d'" | "of") {
            j += 1;
        }
        if let Some((cur, end)) = currency_word_at(p, j) {
            let value = if several { 2.0 * base } else { base };
            let mut fig = new(value, cur, i, end);
            fig.bound = Bound::AtLeast;
            fig.doubts.push(format!(
                "the text gives no figure (\"{}\"); {} is the least that wording allows",
                p.span(i, end),
                crate::model::scaled(value)
            ));
            return Some(fig);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tokens::paragraphs;
    use super::*;

    fn first(text: &str, lang: Lang) -> Option<(f64, &'static str, Bound, RiskKind)> {
        let p = &paragraphs(text)[0];
        figures(p, lang, &Local::DEFAULT)
            .first()
            .map(|f| (f.value, f.currency, f.bound, f.kind))
    }

    #[test]
    fn number_forms() {
        use Bound::*;
        use RiskKind::*;
        let fr = Lang::Fr;
        let en = Lang::En;
        let cases: &[(&str, Lang, f64, &str, Bound, RiskKind)] = &[
            (
                "des pertes pouvant atteindre 5 milliards de dollars",
                fr,
                5e9,
                "USD",
                UpTo,
                Loss,
            ),
            (
                "une levée de 1,2 milliard d'euros",
                fr,
                1.2e9,
                "EUR",
                Exact,
                Funding,
            ),
            (
                "un coût de 640 millions d'euros",
                fr,
                6.4e8,
                "EUR",
                Exact,
                Cost,
            ),
            ("revenue of $2.4 billion", en, 2.4e9, "USD", Exact, Revenue),
            ("a €750m loss", en, 7.5e8, "EUR", Exact, Loss),
            ("costs of about £1.1bn", en, 1.1e9, "GBP", About, Cost),
            ("valued at ¥20 billion", en, 2e10, "JPY", Exact, Valuation),
            ("raised $80 million", en, 8e7, "USD", Exact, Funding),
            // round 20
            (
                "sa valorisation pourrait dépasser 500 milliards de F CFA",
                fr,
                5e11,
                "XOF",
                AtLeast,
                Valuation,
            ),
            (
                "une usine dont le coût est évalué à au moins 80 millions $ US",
                fr,
                8e7,
                "USD",
                AtLeast,
                Cost,
            ),
            (
                "a bonus which could have reached £780,000",
                en,
                7.8e5,
                "GBP",
                UpTo,
                Other,
            ),
            (
                "it will need at least another 20 billion yen of investment",
                en,
                2e10,
                "JPY",
                AtLeast,
                Cost,
            ),
            (
                "up to an additional $2bn of funding",
                en,
                2e9,
                "USD",
                UpTo,
                Funding,
            ),
            (
                "a planned 18 billion rupee ($205 million) plant",
                en,
                1.8e10,
                "INR",
                Exact,
                Other,
            ),
            ("jusqu'à 300 000 euros d'amende", fr, 3e5, "EUR", UpTo, Cost),
            (
                "a payment that would not exceed £1.4mn",
                en,
                1.4e6,
                "GBP",
                UpTo,
                Other,
            ),
            (
                "un emprunt de 100 milliards de F CFA",
                fr,
                1e11,
                "XOF",
                Exact,
                Funding,
            ),
            (
                "environ 2 milliards d'euros de chiffre d'affaires",
                fr,
                2e9,
                "EUR",
                About,
                Revenue,
            ),
            ("au moins 450 M€ de pertes", fr, 4.5e8, "EUR", AtLeast, Loss),
            (
                "une perte de 23,4 milliards de francs CFA",
                fr,
                2.34e10,
                "XOF",
                Exact,
                Loss,
            ),
            (
                "au moins 6 milliards de FCFA de coûts",
                fr,
                6e9,
                "XOF",
                AtLeast,
                Cost,
            ),
            (
                "a penalty of as much as R410 million",
                en,
                4.1e8,
                "ZAR",
                UpTo,
                Cost,
            ),
            ("a write-down of R2.5bn", en, 2.5e9, "ZAR", Exact, Loss),
            (
                "a pre-tax loss of Sh1.2 billion",
                en,
                1.2e9,
                "KES",
                Exact,
                Loss,
            ),
            ("revenue of KSh 24.7bn", en, 2.47e10, "KES", Exact, Revenue),
            (
                "une perte de 23,4 millions de francs suisses, contre un bénéfice de 8,1 millions un an plus tôt",
                fr,
                2.34e7,
                "CHF",
                Exact,
                Loss,
            ),
            (
                "un programme de rachat d'actions d'un montant maximal de 50 millions de francs suisses",
                fr,
                5e7,
                "CHF",
                UpTo,
                Other,
            ),
            ("a ₹72-crore provision", en, 7.2e8, "INR", Exact, Other),
            (
                "turnover edged up to £68.3m",
                en,
                6.83e7,
                "GBP",
                Exact,
                Revenue,
            ),
            (
                "a minimum capital requirement of 500 billion naira",
                en,
                5e11,
                "NGN",
                AtLeast,
                Other,
            ),
            (
                "sous la barre des 700 millions de francs suisses",
                fr,
                7e8,
                "CHF",
                UpTo,
                Other,
            ),
            (
                "un bénéfice net de 12,4 mios de francs suisses",
                fr,
                1.24e7,
                "CHF",
                Exact,
                Other,
            ),
            ("a $5-million fine", en, 5e6, "USD", Exact, Cost),
            (
                "his contract caps any severance payout at €3.2 million",
                en,
                3.2e6,
                "EUR",
                UpTo,
                Cost,
            ),
            (
                "a loss of 86 million Kenyan shillings",
                en,
                8.6e7,
                "KES",
                Exact,
                Loss,
            ),
            ("raised Rs 1,200 crore", en, 1.2e10, "INR", Exact, Funding),
            ("a fine of Rs. 45 lakh", en, 4.5e6, "INR", Exact, Cost),
            (
                "revenue of ₹3,450 crore",
                en,
                3.45e10,
                "INR",
                Exact,
                Revenue,
            ),
            ("a loss of N4.2bn", en, 4.2e9, "NGN", Exact, Loss),
            ("raised ₦12 billion", en, 1.2e10, "NGN", Exact, Funding),
            ("a cost of 250 million naira", en, 2.5e8, "NGN", Exact, Cost),
            ("une perte de CHF 1'250'000", fr, 1.25e6, "CHF", Exact, Loss),
            ("revenue of GH₵ 300 million", en, 3e8, "GHS", Exact, Revenue),
            (
                "un investissement d'environ 120 MDH",
                fr,
                1.2e8,
                "MAD",
                About,
                Cost,
            ),
            (
                "un chiffre d'affaires de 2,8 milliards de dirhams",
                fr,
                2.8e9,
                "MAD",
                Exact,
                Revenue,
            ),
            (
                "the cost could now reach €1.4bn",
                en,
                1.4e9,
                "EUR",
                UpTo,
                Cost,
            ),
            (
                "ses ventes avoisinent 1,9 milliard d'euros",
                fr,
                1.9e9,
                "EUR",
                About,
                Revenue,
            ),
            ("as much as $7bn in losses", en, 7e9, "USD", UpTo, Loss),
            ("up to US$3 billion of debt", en, 3e9, "USD", UpTo, Funding),
            ("some $80 million in severance", en, 8e7, "USD", About, Cost),
            (
                "at least 1,500,000 dollars",
                en,
                1.5e6,
                "USD",
                AtLeast,
                Other,
            ),
            (
                "peut atteindre des milliards de dollars",
                fr,
                1e9,
                "USD",
                AtLeast,
                Other,
            ),
            ("CHF 12 million fine", en, 1.2e7, "CHF", Exact, Cost),
            (
                "une amende de 20 millions d'euros au plus",
                fr,
                2e7,
                "EUR",
                UpTo,
                Cost,
            ),
            (
                "they need to raise something like £500m",
                en,
                5e8,
                "GBP",
                About,
                Funding,
            ),
            (
                "entre 2 et 3 milliards d'euros de coûts",
                fr,
                3e9,
                "EUR",
                UpTo,
                Cost,
            ),
        ];
        for (text, lang, v, cur, bound, kind) in cases {
            let got = first(text, *lang);
            assert_eq!(got, Some((*v, *cur, *bound, *kind)), "{text}");
        }
    }

    #[test]
    fn ranges_of_two_whole_figures_are_one_top_figure() {
        let all = |text: &str, lang: Lang| -> Vec<(f64, &'static str, Bound)> {
            figures(&paragraphs(text)[0], lang, &Local::DEFAULT)
                .iter()
                .map(|f| (f.value, f.currency, f.bound))
                .collect()
        };
        assert_eq!(
            all(
                "Quenby expects revenue of between $400 million and $450 million this year.",
                Lang::En
            ),
            vec![(4.5e8, "USD", Bound::UpTo)]
        );
        assert_eq!(
            all(
                "un chiffre d'affaires compris entre 400 millions d'euros et 450 millions d'euros",
                Lang::Fr
            ),
            vec![(4.5e8, "EUR", Bound::UpTo)]
        );
        // (a dash between two sums with their signs: "R6bn-R7bn")
        assert_eq!(
            all("It plans to spend R6bn-R7bn on wagons.", Lang::En),
            vec![(7e9, "ZAR", Bound::UpTo)]
        );
        assert_eq!(
            all(
                "It cut its revenue guidance to $4.1 billion to $4.3 billion.",
                Lang::En
            ),
            vec![(4.3e9, "USD", Bound::UpTo)]
        );
        // the top's scale and the low's sign
        assert_eq!(
            all("targeting a valuation of $1.8-2 billion", Lang::En),
            vec![(2e9, "USD", Bound::UpTo)]
        );
        // a change is two figures, not a range
        assert_eq!(
            all("Revenue rose from $1.2 billion to $1.5 billion.", Lang::En),
            vec![(1.2e9, "USD", Bound::Exact), (1.5e9, "USD", Bound::Exact)]
        );
        // two currencies are two figures
        assert_eq!(all("between €2bn and $3bn", Lang::En).len(), 2);
    }

    #[test]
    fn a_bare_dollar_is_the_date_line_country_s() {
        let cases: &[(&str, Lang, &str)] = &[
            // Québec's press
            (
                "MONTRÉAL, le 8 octobre 2026 — une perte de 250 M$.",
                Lang::Fr,
                "CAD",
            ),
            // a local paper: the US dollar is the one qualified
            (
                "SYDNEY, Nov. 16, 2026 — a loss of $40 million and US$5m of fees.",
                Lang::En,
                "AUD",
            ),
            // wire copy: the local dollar is the one qualified
            (
                "TORONTO, Feb. 18, 2026 — a loss of $40 million and C$5m of fees.",
                Lang::En,
                "USD",
            ),
            (
                "PERTH, 22 April 2026 — a $2.4 billion impairment.",
                Lang::En,
                "USD",
            ),
            (
                "Hong Kong, 3 March 2026 - a $2bn loss, or US$250m.",
                Lang::En,
                "HKD",
            ),
            (
                "NEW YORK, Nov. 16, 2026 — a loss of $40 million.",
                Lang::En,
                "USD",
            ),
            // a person named like the city is not a date line
            (
                "Sydney Brenner said on Nov. 16, 2026 that $4m and US$1m were lost.",
                Lang::En,
                "USD",
            ),
        ];
        for (text, lang, code) in cases {
            let paras = paragraphs(&format!("Headline\n\n{text}"));
            let dollar = local_dollar(&paras, Some(2), *lang);
            let figs = figures(
                &paras[1],
                *lang,
                &Local {
                    dollar: dollar.clone(),
                    ..Local::DEFAULT
                },
            );
            assert_eq!(figs[0].currency, *code, "{text}");
            // marked wherever the place has a dollar of its own
            let marked = !text.starts_with("NEW") && !text.starts_with("Sydney B");
            assert_eq!(
                figs[0].doubts.iter().any(|d| d.contains("bare dollar")),
                marked,
                "{text}"
            );
        }
        // a qualified dollar keeps its own country whatever the date line
        let paras =
            paragraphs("H\n\nMONTRÉAL — 5 milliards de dollars américains et US$3 milliards.");
        let dollar = local_dollar(&paras, Some(2), Lang::Fr);
        let codes: Vec<_> = figures(
            &paras[1],
            Lang::Fr,
            &Local {
                dollar: dollar.clone(),
                ..Local::DEFAULT
            },
        )
        .iter()
        .map(|f| f.currency)
        .collect();
        assert_eq!(codes, ["USD", "USD"]);
        assert_eq!(
            local_dollar(&paras, None, Lang::Fr),
            BareCurrency::US_DOLLAR
        );
        // the place opens the paragraph after the date line
        let paras = paragraphs(
            "H

Publié le 19 mai 2026 à 12 h 15

SAINT-GEORGES — une perte de 38,6 M$.",
        );
        let dollar = local_dollar(&paras, Some(2), Lang::Fr);
        assert_eq!(
            figures(
                &paras[2],
                Lang::Fr,
                &Local {
                    dollar: dollar.clone(),
                    ..Local::DEFAULT
                }
            )[0]
            .currency,
            "CAD"
        );
        // no place, but Québec's way of writing sums ("M$", "G$")
        let paras = paragraphs(
            "H

Mis à jour le 8 avril 2026

Une perte de 212 M$ et des revenus de 1,1 G$.",
        );
        let dollar = local_dollar(&paras, Some(2), Lang::Fr);
        let got: Vec<(f64, &str)> = figures(
            &paras[2],
            Lang::Fr,
            &Local {
                dollar: dollar.clone(),
                ..Local::DEFAULT
            },
        )
        .iter()
        .map(|f| (f.value, f.currency))
        .collect();
        assert_eq!(got, [(2.12e8, "CAD"), (1.1e9, "CAD")]);
        assert_eq!(
            local_dollar(
                &paragraphs("H\n\nle 8 avril 2026\n\nUne perte de 212 millions de dollars."),
                Some(2),
                Lang::Fr
            ),
            BareCurrency::US_DOLLAR
        );
    }

    #[test]
    fn the_cfa_franc_is_the_region_s() {
        let cfa = |text: &str| cfa_franc(&paragraphs(text)).code;
        assert_eq!(
            cfa("Cameroun : la banque limoge son patron\n\nDOUALA — 18,4 milliards de FCFA."),
            "XAF"
        );
        assert_eq!(
            cfa("Côte d'Ivoire : Djolima change de patron\n\nABIDJAN — 45 milliards de FCFA."),
            "XOF"
        );
        assert_eq!(cfa("Un groupe\n\n45 milliards de FCFA."), "XOF");
    }

    #[test]
    fn a_currency_left_out_is_the_one_before() {
        let got = |text: &str| -> Vec<(f64, &'static str)> {
            figures(&paragraphs(text)[0], Lang::Fr, &Local::DEFAULT)
                .iter()
                .map(|f| (f.value, f.currency))
                .collect()
        };
        assert_eq!(
            got(
                "une perte de 23,4 millions de francs suisses, contre un bénéfice de 8,1 millions un an plus tôt."
            ),
            vec![(2.34e7, "CHF"), (8.1e6, "CHF")]
        );
        // a count, and a figure in another sentence that does not say
        // what the sum is, take no currency
        assert_eq!(
            got(
                "Il a levé 5 millions d'euros auprès de 2 millions d'utilisateurs. Il vise 8 millions."
            ),
            vec![(5e6, "EUR")]
        );
        // a later sentence of the paragraph that says what the sum is
        assert_eq!(
            got(
                "Le chiffre d'affaires a atteint 1,09 milliard de francs. La direction table sur des ventes d'environ 1,46 milliard."
            ),
            vec![(1.09e9, "CHF"), (1.46e9, "CHF")]
        );
        // a sum changing to a figure after it
        assert_eq!(
            got("Le budget est passé de 85 milliards à 132 milliards de F CFA en deux ans."),
            vec![(8.5e10, "XOF"), (1.32e11, "XOF")]
        );
    }

    #[test]
    fn share_prices_are_not_money() {
        for text in [
            "Shares slumped 12 per cent to A$4.85, valuing the company at about A$3.4 billion.",
            "It offered $12.50 a share, or $1.1 billion in all.",
            "L'action a clôturé à 23,40 euros ; la perte atteint 1,2 milliard d'euros.",
            "Le titre a bondi à 18,40 euros ; la perte atteint 1,2 milliard d'euros.",
            "Le titre a reculé à 1 845 FCFA, pour une capitalisation de 92 milliards de FCFA.",
            "Il a abaissé son cours cible de 17 $ à 14 $ ; la perte atteint 1,2 milliard $.",
            "She cut her target price on the stock to ₹1,150 from ₹1,420; the loss is ₹5,000 crore.",
            "Elle a abaissé son objectif de cours de 14 à 11 euros ; la perte atteint 1,2 milliard d'euros.",
        ] {
            let got: Vec<f64> = figures(&paragraphs(text)[0], Lang::En, &Local::DEFAULT)
                .iter()
                .map(|f| f.value)
                .collect();
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert!(got[0] >= 1e9, "{text}: {got:?}");
        }
        // a small sum not about shares is still a figure
        assert_eq!(
            first("a fine of $500 per day", Lang::En).map(|f| f.0),
            Some(500.0)
        );
    }

    #[test]
    fn not_money() {
        for text in [
            "5 millions d'utilisateurs",
            "in 2024",
            "GPT-4 costs",
            "3 m de haut",
            "50 %",
            "N95 masks",
            "Sh",
            "the R&D budget",
            "le déploiement de la 5G et de la fibre",
        ] {
            assert_eq!(first(text, Lang::Fr), None, "{text}");
        }
    }

    #[test]
    fn periods() {
        let p = &paragraphs("des pertes de 2 milliards d'euros en 2025.")[0];
        assert_eq!(
            figures(p, Lang::Fr, &Local::DEFAULT)[0].period,
            Some(Period::Fixed("2025".into()))
        );
        let p = &paragraphs("a loss of $5bn this year")[0];
        assert_eq!(
            figures(p, Lang::En, &Local::DEFAULT)[0].period,
            Some(Period::Relative(0))
        );
        let p = &paragraphs("costs of $40 million a year")[0];
        assert_eq!(
            figures(p, Lang::En, &Local::DEFAULT)[0].period,
            Some(Period::Fixed("per year".into()))
        );
        // a time before, not a rate
        let p = &paragraphs("a loss of R640m, against earnings of R215m a year earlier")[0];
        assert_eq!(figures(p, Lang::En, &Local::DEFAULT)[0].period, None);
        let p = &paragraphs("revenue of €1bn in fiscal 2025")[0];
        assert_eq!(
            figures(p, Lang::En, &Local::DEFAULT)[0].period,
            Some(Period::Fixed("FY2025".into()))
        );
    }
}
