//! Role phrases: "directrice financière", "chief technology officer",
//! "responsable des systèmes de sécurité", "head of research at Acme".

use super::lexicon::not_name;
use super::tokens::{Kind, Paragraph};

/// A role found in the text, with the organisation when the text names it.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleMatch {
    pub role: String,
    pub org: Option<String>,
    /// A leadership role (CEO, directeur, head of…), as opposed to a job
    /// such as analyst or researcher.
    pub leader: bool,
    /// Marked as past: "former", "jusqu'ici", "ancien".
    pub former: bool,
    /// Token range of the whole phrase, org included.
    pub start: usize,
    pub end: usize,
}

const LEADER_HEADS: &[&[&str]] = &[
    &["chief", "executive", "officer"],
    &["chief", "executive"],
    &["executive", "vice", "president"],
    &["senior", "vice", "president"],
    &["vice", "president"],
    &["vice-president"],
    &["vice-presidente"],
    &["executive", "chairman"],
    &["executive", "director"],
    &["managing", "director"],
    &["general", "manager"],
    &["general", "counsel"],
    &["board", "member"],
    &["secretaire", "general"],
    &["secretaire", "generale"],
    &["president-directeur", "general"],
    &["presidente-directrice", "generale"],
    &["directeur", "general"],
    &["directrice", "generale"],
    &["ceo"],
    &["md"],
    &["gmd"],
    &["cfo"],
    &["coo"],
    &["cto"],
    &["cio"],
    &["cmo"],
    &["pdg"],
    &["dg"],
    // posts said as jobs: "steps into the top job", "the chairmanship
    // passes to X"
    &["top", "job"],
    &["chairmanship"],
    &["chairman"],
    &["chairwoman"],
    &["chairperson"],
    &["chair"],
    &["president"],
    &["presidente"],
    &["director"],
    &["directeur"],
    &["directrice"],
    &["head"],
    &["responsable"],
    &["chef"],
    &["patron"],
    &["patronne"],
    &["administrateur"],
    &["administratrice"],
    &["treasurer"],
    &["tresorier"],
    &["tresoriere"],
];

/// Jobs, and titles that say what a person is rather than which post they
/// hold in the firm (founder, partner of a fund, owner): no `role` event.
const OTHER_HEADS: &[&[&str]] = &[
    // investors' people: "a portfolio manager at Seacombe"
    &["portfolio", "manager"],
    &["fund", "manager"],
    &["investment", "manager"],
    &["gerant", "de", "portefeuille"],
    &["gerante", "de", "portefeuille"],
    &["founder"],
    &["co-founder"],
    &["cofounder"],
    &["fondateur"],
    &["fondatrice"],
    &["cofondateur"],
    &["cofondatrice"],
    &["co-fondateur"],
    &["co-fondatrice"],
    &["gerant"],
    &["gerante"],
    &["partner"],
    &["associe"],
    &["associee"],
    &["owner"],
    &["analyst"],
    &["analyste"],
    &["researcher"],
    &["chercheur"],
    &["chercheuse"],
    &["scientist"],
    &["economist"],
    &["economiste"],
    &["engineer"],
    &["ingenieur"],
    &["ingenieure"],
    &["spokesperson"],
    &["spokesman"],
    &["spokeswoman"],
    &["porte-parole"],
    &["professor"],
    &["professeur"],
    &["professeure"],
    &["lawyer"],
    &["avocat"],
    &["avocate"],
    &["consultant"],
    &["consultante"],
    &["investor"],
    &["investisseur"],
    &["investisseuse"],
    &["banker"],
    &["banquier"],
    &["banquiere"],
    &["minister"],
    &["ministre"],
];

/// Words that may open a role phrase and belong to it.
const KEPT_MODIFIERS: &[&str] = &[
    "interim",
    "acting",
    "deputy",
    "senior",
    "independent",
    "non-executive",
    "lead",
    "executive",
    "co",
    "adjoint",
    "adjointe",
];

/// Words that may open a role phrase and are dropped.
const DROPPED_MODIFIERS: &[&str] = &[
    "new",
    "nouveau",
    "nouvelle",
    "nouvel",
    "current",
    "actuel",
    "actuelle",
    "future",
    "futur",
    "futurs",
    "then",
    "longtime",
    "long-time",
    "veteran",
    "autre",
    "another",
];

/// English nouns and adjectives that name a post's field before its head:
/// "finance director", "research analyst", "commercial director",
/// "group operations director".
const ROLE_FIELDS: &[&str] = &[
    "group",
    "finance",
    "financial",
    "commercial",
    "sales",
    "marketing",
    "operations",
    "operating",
    "research",
    "equity",
    "credit",
    "technology",
    "technical",
    "legal",
    "strategy",
    "communications",
    "investment",
    "risk",
    "compliance",
    "hr",
    "digital",
    "product",
    "engineering",
    "regional",
    "country",
    "creative",
    "editorial",
    "supply",
    "procurement",
    "project",
    "programme",
    "brand",
    "retail",
    "trading",
    "medical",
    "scientific",
    "clinical",
    "regulatory",
    "sustainability",
    "treasury",
    "audit",
    "banking",
    "mining",
    "production",
    "manufacturing",
    "plant",
    "site",
    "sector",
    "industry",
    "energy",
    "utilities",
    "policy",
    "managing",
];

const FORMER: &[&str] = &[
    "former", "ancien", "ancienne", "ex", "outgoing", "sortant", "sortante",
];

/// French adjectives that extend a role: "directrice financière".
const ROLE_ADJECTIVES: &[&str] = &[
    "financier",
    "financiere",
    "general",
    "generale",
    "adjoint",
    "adjointe",
    "delegue",
    "deleguee",
    "executif",
    "executive",
    "technique",
    "commercial",
    "commerciale",
    "juridique",
    "operationnel",
    "operationnelle",
    "scientifique",
    "strategique",
    "cle",
    "principal",
    "principale",
    "numerique",
    "informatique",
    "industriel",
    "industrielle",
    "marketing",
    "interimaire",
    "senior",
    "independant",
    "independante",
    "non-executif",
    "non-executive",
    "emerite",
];

/// Lowercase words that end a role's complement.
const PHRASE_STOP: &[&str] = &[
    // verbs by which a post goes to someone ("le poste de directeur
    // adjoint échoit à X")
    "echoit",
    "echoira",
    "revient",
    "reviendra",
    "passe",
    "passera",
    "goes",
    "passes",
    "falls",
    // a duration: "interim CEO for six months", "for the past four years"
    "past",
    "last",
    "next",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twelve",
    "eighteen",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "sept",
    "huit",
    "neuf",
    "dix",
    "douze",
    "dix-huit",
    "pending",
    "following",
    "subject",
    "ahead",
    "et",
    "and",
    "qui",
    "who",
    "which",
    "que",
    "depuis",
    "since",
    "a",
    "au",
    "aux",
    "pour",
    "for",
    "with",
    "avec",
    "apres",
    "after",
    "from",
    "in",
    "en",
    "le",
    "on",
    "effective",
    "sera",
    "will",
    "is",
    "was",
    "est",
    "a",
    "has",
    "had",
    "il",
    "elle",
    "he",
    "she",
    "where",
    "ou",
    "when",
    "lorsque",
    "quand",
    "once",
    "before",
    "avant",
    "until",
    "jusqu'",
    "dont",
    "to",
    "par",
    "by",
    "since",
    "while",
    "alors",
    "tandis",
    "pendant",
    "during",
    "sur",
    "but",
    "mais",
    "at",
    "chez",
    "within",
    "dans",
    "as",
    "comme",
    "since",
    "un",
    "une",
    "a",
    "an",
];

const OF: &[&str] = &["de", "des", "du", "d'", "of", "for"];
const ORG_PREP: &[&str] = &[
    "de", "du", "d'", "of", "at", "chez", "for", "within", "au", "a",
];

fn matches_at(p: &Paragraph, i: usize, seq: &[&str]) -> bool {
    seq.iter()
        .enumerate()
        .all(|(k, w)| p.tokens.get(i + k).is_some_and(|t| t.fold == *w))
}

/// The role head starting at token `i`: (length, leader).
fn head_at(p: &Paragraph, i: usize) -> Option<(usize, bool)> {
    // "chief technology officer", "chief scientist", "Chief Operating Officer"
    // (a chief investment officer is a fund's, an investor's: no leader)
    if matches_at(p, i, &["chief", "investment", "officer"]) {
        return Some((3, false));
    }
    if p.tokens.get(i).is_some_and(|t| t.fold == "chief") {
        for len in 1..=4 {
            match p.tokens.get(i + len).map(|t| t.fold.as_str()) {
                Some("officer") => return Some((len + 1, true)),
                Some(
                    "executive" | "scientist" | "economist" | "strategist" | "architect"
                    | "engineer" | "counsel" | "editor",
                ) if p
                    .tokens
                    .get(i + len + 1)
                    .is_none_or(|t| t.fold != "officer") =>
                {
                    return Some((len + 1, true));
                }
                Some(w) if w.chars().all(char::is_alphabetic) && len < 4 => continue,
                _ => break,
            }
        }
    }
    for (heads, leader) in [(LEADER_HEADS, true), (OTHER_HEADS, false)] {
        if let Some(h) = heads.iter().find(|h| matches_at(p, i, h)) {
            return Some((h.len(), leader));
        }
    }
    // "operations executive", "group finance executive": an executive of
    // a field (not "the executive said")
    if i > 0
        && p.tokens.get(i).is_some_and(|t| t.fold == "executive")
        && ROLE_FIELDS.contains(&p.tokens[i - 1].fold.as_str())
    {
        return Some((1, true));
    }
    None
}

fn is_lower_word(p: &Paragraph, i: usize) -> bool {
    p.tokens.get(i).is_some_and(|t| {
        t.kind == Kind::Word && p.tok(i).chars().next().is_some_and(char::is_lowercase)
    })
}

/// A capitalised word or acronym that can be part of an organisation name.
pub fn is_org_word(p: &Paragraph, i: usize) -> bool {
    p.tokens.get(i).is_some_and(|t| {
        t.kind == Kind::Word && p.tok(i).chars().next().is_some_and(char::is_uppercase)
    })
}

/// An organisation name starting at `i`: capitalised words, joined by `&`
/// or lowercase particles such as "de" when another capitalised word follows.
pub fn org_at(p: &Paragraph, i: usize) -> Option<usize> {
    // "as chairman at the May meeting": a month is no firm
    if !is_org_word(p, i) || super::lexicon::is_calendar_word(&p.tokens[i].fold) {
        return None;
    }
    let mut end = i + 1;
    loop {
        if is_org_word(p, end) {
            end += 1;
        } else if p
            .tokens
            .get(end)
            .is_some_and(|t| matches!(t.fold.as_str(), "&" | "de" | "du" | "des" | "of"))
            && is_org_word(p, end + 1)
            && !matches!(p.tokens[end].fold.as_str(), "de" | "du" | "des" | "of")
        {
            end += 2;
        } else {
            return Some(end);
        }
    }
}

/// A role phrase starting at token `i` (modifiers allowed before the head).
/// A role head at `i`, or after kept modifiers or a field from `i`:
/// "senior independent director", "deputy financial director".
fn modifies_head(p: &Paragraph, i: usize) -> bool {
    let mut k = i;
    while p
        .tokens
        .get(k)
        .is_some_and(|t| KEPT_MODIFIERS.contains(&t.fold.as_str()))
        && k < i + 2
    {
        k += 1;
    }
    let field = |k: usize| {
        p.tokens
            .get(k)
            .is_some_and(|t| ROLE_FIELDS.contains(&t.fold.as_str()))
    };
    head_at(p, k).is_some()
        || (field(k) && head_at(p, k + 1).is_some())
        || (field(k) && field(k + 1) && head_at(p, k + 2).is_some())
}

pub fn role_at(p: &Paragraph, i: usize) -> Option<RoleMatch> {
    let mut j = i;
    let mut former = false;
    let mut start_kept = None;
    for _ in 0..3 {
        let Some(t) = p.tokens.get(j) else { break };
        if FORMER.contains(&t.fold.as_str()) {
            former = true;
            j += 1;
        } else if DROPPED_MODIFIERS.contains(&t.fold.as_str()) {
            j += 1;
        } else if KEPT_MODIFIERS.contains(&t.fold.as_str()) && modifies_head(p, j + 1) {
            start_kept.get_or_insert(j);
            j += 1;
        } else {
            break;
        }
    }
    // "finance director", "research analyst": a field before the head
    let fields = (1..=2)
        .rev()
        .find(|&n| {
            (j..j + n).all(|k| {
                p.tokens
                    .get(k)
                    .is_some_and(|t| ROLE_FIELDS.contains(&t.fold.as_str()))
            }) && head_at(p, j + n).is_some()
        })
        .unwrap_or(0);
    if fields > 0 {
        start_kept.get_or_insert(j);
        j += fields;
    }
    let (len, leader) = head_at(p, j)?;
    let start = start_kept.unwrap_or(j);
    let mut end = j + len;
    // French adjectives, "par intérim"
    while end < p.tokens.len() {
        let f = p.tokens[end].fold.as_str();
        if ROLE_ADJECTIVES.contains(&f) {
            end += 1;
        } else if f == "par" && p.tokens.get(end + 1).is_some_and(|t| t.fold == "interim") {
            end += 2;
        } else {
            break;
        }
    }
    // a lowercase complement: "des systèmes de sécurité", "of research"
    let mut k = end;
    let mut words = 0;
    while k < p.tokens.len() && words < 6 {
        let f = p.tokens[k].fold.as_str();
        if OF.contains(&f) || matches!(f, "la" | "l'" | "the" | "les") {
            k += 1;
            continue;
        }
        if is_lower_word(p, k) && !PHRASE_STOP.contains(&f) {
            k += 1;
            words += 1;
            end = k;
            continue;
        }
        break;
    }
    let role_end = end;
    let mut role = p.span(start, role_end).trim().to_string();
    // two posts held together: "chairman and chief executive", "MD & CEO"
    if p.tokens
        .get(role_end)
        .is_some_and(|t| matches!(t.fold.as_str(), "and" | "et" | "&"))
        && head_at(p, role_end + 1).is_some()
        && let Some(second) = role_at(p, role_end + 1)
    {
        role = format!("{role} {} {}", p.tok(role_end), second.role);
        return Some(RoleMatch {
            role,
            leader: leader || second.leader,
            former: former || second.former,
            start: i,
            ..second
        });
    }
    // the organisation: "de Vantel", "at Acme Corp", "d'OpenAI"
    let mut org = None;
    let mut whole_end = role_end;
    // past a field between commas: "vice-president, research, at Marigold"
    let mut org_from = role_end;
    if p.tokens.get(role_end).is_some_and(|t| t.fold == ",")
        && let Some(close) =
            (role_end + 2..(role_end + 5).min(p.tokens.len())).find(|&j| p.tokens[j].fold == ",")
        && (role_end + 1..close).all(|j| is_lower_word(p, j))
        && p.tokens
            .get(close + 1)
            .is_some_and(|t| matches!(t.fold.as_str(), "at" | "of" | "chez"))
        && org_at(p, close + 2).is_some()
    {
        role = p.span(start, close).to_string();
        org_from = close + 1;
    }
    if p.tokens
        .get(org_from)
        .is_some_and(|t| ORG_PREP.contains(&t.fold.as_str()))
    {
        let mut k = org_from + 1;
        if p.tokens
            .get(k)
            .is_some_and(|t| matches!(t.fold.as_str(), "la" | "l'" | "le" | "the"))
        {
            k += 1;
        }
        // "of the French reinsurer Cadorne Ré": past a nationality and the
        // kind of firm to its name
        let nationality = p.tokens.get(k).is_some_and(|t| {
            ["ian", "ish", "ese", "ch", "an", "ss"]
                .iter()
                .any(|e| t.fold.ends_with(e))
        });
        if nationality
            && org_at(p, k) == Some(k + 1)
            && is_lower_word(p, k + 1)
            && !matches!(p.tokens[k + 1].fold.as_str(), "of" | "and" | "de" | "et")
            && org_at(p, k + 2).is_some()
        {
            k += 2;
        }
        if let Some(e) = org_at(p, k) {
            org = Some(p.span(k, e).to_string());
            whole_end = e;
        }
    }
    (!role.is_empty()).then_some(RoleMatch {
        role,
        org,
        leader,
        former,
        start: i,
        end: whole_end,
    })
}

/// A role phrase that ends right before token `end`, as in
/// "chief technology officer Tomás Quiroga" or "le PDG d'Acme, Jean Dupont".
pub fn role_before(p: &Paragraph, end: usize) -> Option<RoleMatch> {
    let mut end = end;
    if end > 0 && p.tokens[end - 1].fold == "," {
        end -= 1;
    }
    let lo = end.saturating_sub(8);
    (lo..end)
        .filter_map(|s| role_at(p, s).map(|r| (s, r)))
        .find(|(_, r)| r.end == end)
        .map(|(_, mut r)| {
            // "Acme chief executive Jane Doe", "Acme's CFO Jane Doe"
            if r.org.is_none() && r.start > 0 {
                let mut k = r.start;
                if k >= 2 && p.tokens[k - 1].fold == "s" && p.tokens[k - 2].fold == "'" {
                    k -= 2;
                }
                let mut b = k;
                while b > 0 && is_org_word(p, b - 1) && !not_name(&p.tokens[b - 1].fold) {
                    b -= 1;
                }
                if b < k {
                    r.org = Some(p.span(b, k).to_string());
                }
            }
            r
        })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::paragraphs;
    use super::*;

    fn role(text: &str) -> Option<(String, Option<String>, bool)> {
        let p = &paragraphs(text)[0];
        role_at(p, 0).map(|r| (r.role, r.org, r.leader))
    }

    #[test]
    fn role_phrases() {
        let cases: &[(&str, &str, Option<&str>, bool)] = &[
            (
                "operations executive in the cement division",
                "operations executive",
                None,
                true,
            ),
            (
                "deputy financial director Lerato",
                "deputy financial director",
                None,
                true,
            ),
            (
                "directrice financière de Vantel, qui",
                "directrice financière",
                Some("Vantel"),
                true,
            ),
            (
                "senior independent director, who",
                "senior independent director",
                None,
                true,
            ),
            (
                "chief technology officer Tomás",
                "chief technology officer",
                None,
                true,
            ),
            ("Chief Scientist, succédant", "Chief Scientist", None, true),
            // a duration or a verb ends the complement; a fund's chief
            // investment officer leads nothing at the firm
            ("interim CEO for six months", "interim CEO", None, true),
            (
                "finance director for the past four years",
                "finance director",
                None,
                true,
            ),
            (
                "directeur général adjoint échoit à Koffi",
                "directeur général adjoint",
                None,
                true,
            ),
            (
                "chief investment officer, Samuel",
                "chief investment officer",
                None,
                false,
            ),
            (
                "responsable des systèmes de sécurité, joue",
                "responsable des systèmes de sécurité",
                None,
                true,
            ),
            (
                "head of research at Acme Corp.",
                "head of research",
                Some("Acme Corp"),
                true,
            ),
            ("PDG d'OpenAI", "PDG", Some("OpenAI"), true),
            (
                "interim chief executive of Brightwell",
                "interim chief executive",
                Some("Brightwell"),
                true,
            ),
            (
                "directeur général délégué du groupe",
                "directeur général délégué du groupe",
                None,
                true,
            ),
            (
                "analyst at Harrow Securities",
                "analyst",
                Some("Harrow Securities"),
                false,
            ),
            // two posts held together
            (
                "chairman and chief executive of Acme",
                "chairman and chief executive",
                Some("Acme"),
                true,
            ),
            // a field before the head
            (
                "research analyst at Mvule Securities",
                "research analyst",
                Some("Mvule Securities"),
                false,
            ),
            (
                "vice-president, research, at Marigold Securities",
                "vice-president, research",
                Some("Marigold Securities"),
                true,
            ),
            (
                "group finance director of Acme",
                "group finance director",
                Some("Acme"),
                true,
            ),
            // what a person is, not a post in the firm: no role event
            ("partner at Ridgeback", "partner", Some("Ridgeback"), false),
            ("cofondatrice", "cofondatrice", None, false),
            (
                "nouveau directeur technique",
                "directeur technique",
                None,
                true,
            ),
        ];
        for (text, want, org, leader) in cases {
            let got = role(text);
            assert_eq!(
                got,
                Some((want.to_string(), org.map(str::to_string), *leader)),
                "{text}"
            );
        }
        assert_eq!(role("la division recherche"), None);
    }

    #[test]
    fn role_before_names() {
        let p = &paragraphs("said chief technology officer Tomás Quiroga.")[0];
        let r = role_before(p, 4).map(|r| r.role);
        assert_eq!(r.as_deref(), Some("chief technology officer"));
        let p = &paragraphs("Selon Acme's CFO Jane Doe, rien.")[0];
        let r = role_before(p, 5).map(|r| (r.role, r.org));
        assert_eq!(r, Some(("CFO".into(), Some("Acme".into()))));
        let p = &paragraphs("Commercial director Samuel Rono left.")[0];
        let r = role_before(p, 2).map(|r| (r.role, r.org));
        assert_eq!(r, Some(("Commercial director".into(), None)));
    }
}
