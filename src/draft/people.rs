//! People: personal names, their honorifics, surnames used alone, and the
//! role and organisation the text gives them.

use std::collections::{BTreeSet, HashMap};

use super::given_names::GIVEN_NAMES;
use super::lexicon::{EPONYMOUS_FIRMS, FIRST_NAMES, HONORIFICS, NOT_PERSON, PLACES, not_name};
use super::roles::{RoleMatch, role_at, role_before};
use super::tokens::{Kind, Paragraph};

/// A person the rules found.
#[derive(Clone, Debug)]
pub struct Found {
    pub name: String,
    pub aliases: Vec<String>,
    pub role: Option<RoleMatch>,
    /// Paragraph numbers where the person is mentioned.
    pub refs: BTreeSet<u32>,
    /// Why the rules are unsure it is a person, if they are.
    pub doubt: Option<String>,
    /// The role comes from a role verb or an appositive (worth a `role`
    /// event when the person makes no move).
    pub holds_role: bool,
    tokens: Vec<String>,
}

/// A person named at tokens `start..end` of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub person: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Default)]
pub struct People {
    pub found: Vec<Found>,
    /// Per paragraph (by index), mentions in token order.
    pub mentions: Vec<Vec<Mention>>,
}

/// Endings of French nationality nouns: "Suédois", "Ghanéen",
/// "Néerlandaise", "Américain", "Britannique", "Allemand".
const DEMONYM_ENDINGS: &[&str] = &[
    "ais", "aise", "ois", "oise", "ien", "ienne", "een", "eenne", "ain", "aine", "ique", "and",
    "ande",
];

const PARTICLES: &[&str] = &[
    "de", "du", "des", "van", "von", "der", "den", "da", "di", "del", "della", "dos", "das", "le",
    "la", "bin", "ibn", "al", "el", "ter", "ten", "zu", "d'",
];

/// Words after a name that only a person does: speech and move verbs.
const PERSON_VERBS: &[&str] = &[
    "recrute",
    "recrutee",
    "designe",
    "designee",
    "nommes",
    "elu",
    "elue",
    "hired",
    "tapped",
    "ousted",
    "fired",
    "resigns",
    "quits",
    "left",
    "leaves",
    "a-t-il",
    "a-t-elle",
    "said",
    "says",
    "told",
    "added",
    "explained",
    "noted",
    "wrote",
    "declared",
    "insisted",
    "warned",
    "argued",
    "cautioned",
    "commented",
    "acknowledged",
    "conceded",
    "stressed",
    "welcomed",
    "salue",
    "juge",
    "regrette",
    "denonce",
    "reconnait",
    "rappelle",
    "tranche",
    "resume",
    "commente",
    "previent",
    "who",
    "dit",
    "declare",
    "explique",
    "estime",
    "affirme",
    "ajoute",
    "souligne",
    "precise",
    "confie",
    "indique",
    "nomme",
    "nommee",
    "named",
    "appointed",
    "joined",
    "rejoint",
    "quitte",
    "resigned",
    "succede",
    "succedant",
    "remplace",
    "devient",
    "becomes",
    "became",
    "stepped",
    "steps",
    "continue",
    "continues",
    "reste",
    "remains",
    "dirige",
    "leads",
    "conduit",
    "runs",
    "oversees",
    "heads",
    "promoted",
    "promu",
    "promue",
    "demissionne",
    "retires",
    "retired",
];

/// Words right before a name that make it the object of a move.
const MOVE_OBJECT_WORDS: &[&str] = &[
    "replacing",
    "succeeds",
    "succeeding",
    "succeed",
    "succedant",
    "succeder",
    "remplacant",
    "named",
    "appointed",
    "hired",
    "tapped",
    "promoted",
    "nomme",
    "nommee",
    "designe",
    "designee",
    "recrute",
    "recrutee",
    "remplace",
];

/// Words that, before an appositive role, mark it ("Marchetti, jusqu'ici
/// directrice financière").
const APPOSITIVE_OPENERS: &[&str] = &[
    "jusqu'",
    "jusque-la",
    "ici",
    "until",
    "now",
    "formerly",
    "previously",
    "auparavant",
    "the",
    "le",
    "la",
    "l'",
    "un",
    "une",
    "a",
    "an",
    "its",
    "son",
    "sa",
    "his",
    "her",
    "their",
    "leur",
    "notre",
    "our",
    "actuellement",
    "currently",
    "lui-meme",
    "elle-meme",
    "deja",
    "already",
    "also",
    "aussi",
    "egalement",
];

fn upper_initial(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// A word that can be part of a personal name: capitalised, no digits, not
/// an acronym or a brand with an inner capital run ("OpenAI", "ChatGPT").
fn name_token(p: &Paragraph, i: usize) -> bool {
    let Some(t) = p.tokens.get(i) else {
        return false;
    };
    if t.kind != Kind::Word {
        return false;
    }
    let s = p.tok(i);
    // "al-Khatib", "el-Sayed": a lowercase Arabic article joined to the name
    let s = ["al-", "el-", "ad-", "as-", "an-", "ar-", "at-", "az-"]
        .iter()
        .find_map(|a| s.strip_prefix(a).filter(|rest| upper_initial(rest)))
        .unwrap_or(s);
    if !upper_initial(s) || s.chars().any(|c| c.is_ascii_digit()) || s.chars().count() < 2 {
        return false;
    }
    let chars: Vec<char> = s.chars().collect();
    !chars
        .windows(2)
        .any(|w| w[0].is_uppercase() && w[1].is_uppercase())
}

/// `J.` in "John F. Kennedy".
fn initial(p: &Paragraph, i: usize) -> bool {
    p.tokens.get(i).is_some_and(|t| {
        t.kind == Kind::Word && p.tok(i).chars().count() == 1 && upper_initial(p.tok(i))
    }) && p.tokens.get(i + 1).is_some_and(|t| t.fold == ".")
}

/// Gaelic particles, capitalised and short: "Ruairí Ó Briain", "Ní Chonaill".
fn gaelic(p: &Paragraph, i: usize) -> bool {
    p.tokens.get(i).is_some_and(|t| {
        t.kind == Kind::Word
            && matches!(t.fold.as_str(), "o" | "ni" | "nic" | "mac" | "ua" | "ui")
            && p.tok(i) != "O"
            && upper_initial(p.tok(i))
    })
}

/// "Sir" or "Dame", whose holder the text may call by the given name alone.
fn styled(p: &Paragraph, i: usize) -> bool {
    is_honorific(p, i) && matches!(p.tokens[i].fold.as_str(), "sir" | "dame")
}

/// The one person named in full whose given name is `w`.
fn given_name_of<'a>(names: impl Iterator<Item = &'a [String]>, w: &str) -> Option<usize> {
    let mut with = names
        .enumerate()
        .filter(|(_, n)| n.len() > 1 && n[0] == w)
        .map(|(i, _)| i);
    let first = with.next()?;
    with.next().is_none().then_some(first)
}

fn is_honorific(p: &Paragraph, i: usize) -> bool {
    let f = p.tokens[i].fold.as_str();
    if !HONORIFICS.contains(&f) || !upper_initial(p.tok(i)) {
        return false;
    }
    // "M." needs its dot; "Sir" and "Mme" do not
    f != "m" || p.tokens.get(i + 1).is_some_and(|t| t.fold == ".")
}

/// A candidate name: tokens `start..end`, with the honorific before it.
struct Candidate {
    para: usize,
    start: usize,
    end: usize,
    honorific: Option<usize>,
}

fn candidates(paras: &[Paragraph], skip: &[bool]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (pi, p) in paras.iter().enumerate() {
        if skip.get(pi).copied().unwrap_or(false) {
            continue;
        }
        let n = p.tokens.len();
        let mut i = 0;
        while i < n {
            let opens = name_token(p, i) || (initial(p, i) && name_token(p, i + 2));
            if !opens {
                i += 1;
                continue;
            }
            // the longest run of name words, initials and inner particles
            let start = i;
            let mut end = i;
            loop {
                if name_token(p, end) {
                    end += 1;
                } else if initial(p, end) && name_token(p, end + 2) {
                    end += 2;
                } else if end > start && (gaelic(p, end) && name_token(p, end + 1)) {
                    end += 1;
                } else if end > start
                    && let Some(after) = particles_end(p, end)
                    && name_token(p, after)
                {
                    // "van der Linde", "de la Tour"
                    end = after;
                } else {
                    break;
                }
            }
            // split at words that are never names; honorifics open a name
            let mut a = start;
            let mut honorific = None;
            let mut k = start;
            while k <= end {
                let breaker = k == end || {
                    let f = p.tokens[k].fold.as_str();
                    // "Sylvie Le Goff", "Anna De Luca": a capitalised
                    // particle after a given name stays in the name
                    // "Armel Le Strat": a capitalised one also after any
                    // name word that is not a place or a word never in
                    // names ("Changements de Direction" stays apart)
                    let particle = PARTICLES.contains(&f)
                        && k > a
                        && k + 1 < end
                        && (is_first_name(&p.tokens[k - 1].fold)
                            || (PARTICLES.contains(&p.tokens[k - 1].fold.as_str())
                                && !upper_initial(p.tok(k - 1)))
                            || (upper_initial(p.tok(k))
                                && !(not_name(&p.tokens[k - 1].fold)
                                    || PLACES.contains(&p.tokens[k - 1].fold.as_str()))));
                    // "le Suédois Lars-Erik Holmqvist", "la Néerlandaise
                    // X": a nationality after an article opens no name
                    let demonym = k == start
                        && k + 1 < end
                        && k >= 1
                        && matches!(p.tokens[k - 1].fold.as_str(), "le" | "la" | "l'")
                        && DEMONYM_ENDINGS.iter().any(|e| f.ends_with(e))
                        && !is_first_name(f);
                    // "Comrade Sunday Eze": a weekday is a given name
                    // after an honorific, before another name word
                    let given_weekday = k > start
                        && k + 1 < end
                        && is_honorific(p, k - 1)
                        && super::lexicon::WEEKDAYS.contains(&f);
                    demonym || (!particle && !given_weekday && (not_name(f) || is_honorific(p, k)))
                };
                if breaker {
                    if k > a {
                        out.push(Candidate {
                            para: pi,
                            start: a,
                            end: k,
                            honorific,
                        });
                    }
                    honorific = None;
                    if k < end && is_honorific(p, k) {
                        // "El Hadj"
                        let el = k > 0 && p.tokens[k].fold == "hadj" && p.tok(k - 1) == "El";
                        honorific = Some(if el { k - 1 } else { k });
                        if p.tokens.get(k + 1).is_some_and(|t| t.fold == ".") {
                            k += 1;
                        }
                    }
                    a = k + 1;
                }
                k += 1;
            }
            // an honorific right before the run: "M. Dupont", "Sir Geoffrey"
            if let Some(c) = out.last_mut()
                && c.para == pi
                && c.start == start
                && c.honorific.is_none()
            {
                let h = if start >= 2 && p.tokens[start - 1].fold == "." {
                    start - 2
                } else {
                    start.wrapping_sub(1)
                };
                if h < start && is_honorific(p, h) {
                    c.honorific = Some(h);
                }
            }
            i = end.max(i + 1);
        }
    }
    out
}

/// Where the name words `words` end when they are written from token
/// `k`, past initials, points and lowercase particles between them ("J.
/// R. Doe", "Pieter van der Linde"); `None` when they are not there.
fn words_at(p: &Paragraph, k: usize, words: &[String]) -> Option<usize> {
    let mut j = k;
    for w in words {
        while initial(p, j)
            || gaelic(p, j)
            || p.tokens.get(j).is_some_and(|t| {
                t.fold == "." || (PARTICLES.contains(&t.fold.as_str()) && !upper_initial(p.tok(j)))
            })
        {
            j += 1;
        }
        if p.tokens.get(j)?.fold != *w {
            return None;
        }
        j += 1;
    }
    Some(j)
}

/// The end of a run of up to three lowercase particles from `i` ("van
/// der", "de la"), if one starts there.
fn particles_end(p: &Paragraph, i: usize) -> Option<usize> {
    let lower_particle = |k: usize| {
        p.tokens
            .get(k)
            .is_some_and(|t| PARTICLES.contains(&t.fold.as_str()) && !upper_initial(p.tok(k)))
    };
    let end = (i..i + 3).take_while(|&k| lower_particle(k)).last()? + 1;
    // "de La Serre", "de Los Santos": an article capitalised after "de"
    let capital_article = p.tokens.get(end).is_some_and(|t| {
        matches!(t.fold.as_str(), "la" | "le" | "los" | "las") && upper_initial(p.tok(end))
    });
    Some(if capital_article { end + 1 } else { end })
}

/// Words of the candidate that are names (initials and particles left out).
fn name_words(p: &Paragraph, c: &Candidate) -> Vec<String> {
    (c.start..c.end)
        .filter(|&k| name_token(p, k) && !(gaelic(p, k) && k + 1 < c.end))
        .map(|k| p.tokens[k].fold.clone())
        .collect()
}

/// Common Chinese surnames in the romanisations of Singapore, Malaysia,
/// Hong Kong and the mainland: a name of three short words that opens with
/// one is a person's, surname first.
const CHINESE_SURNAMES: &[&str] = &[
    "tan", "lim", "lee", "ng", "ong", "wong", "goh", "chua", "chan", "koh", "teo", "ang", "yeo",
    "tay", "ho", "low", "toh", "sim", "chong", "chia", "leong", "foo", "heng", "quek", "seah",
    "lau", "cheng", "chen", "wang", "zhang", "liu", "yang", "huang", "zhao", "zhou", "xu", "sun",
    "zhu", "hu", "guo", "lin", "luo", "zheng", "liang", "xie", "tang", "deng", "feng", "cheung",
    "leung", "kwok", "yip", "tsang", "chow", "lai", "fung",
];

fn is_first_name(word: &str) -> bool {
    let known = |w: &str| FIRST_NAMES.contains(&w) || GIVEN_NAMES.binary_search(&w).is_ok();
    known(word) || word.split_once('-').is_some_and(|(a, _)| known(a))
}

/// Past an age after a name's comma, from `k` (the token after the comma):
/// "52 ans, " / "52, " gives the token after the age's own comma, no age
/// gives `k`, an age with no comma after it gives nothing.
pub fn past_age(p: &Paragraph, mut k: usize) -> Option<usize> {
    if p.tokens.get(k).is_some_and(|t| t.kind == Kind::Number) {
        k += 1;
        while p
            .tokens
            .get(k)
            .is_some_and(|t| matches!(t.fold.as_str(), "ans" | "years" | "old" | "year-old"))
        {
            k += 1;
        }
        if p.tokens.get(k).is_none_or(|t| t.fold != ",") {
            return None;
        }
        k += 1;
    }
    Some(k)
}

/// The role given right after a name: "Hélène Marchetti, jusqu'ici
/// directrice financière", "Jane Roe, 52, chief executive of Acme".
fn appositive(p: &Paragraph, end: usize) -> Option<RoleMatch> {
    let mut k = end;
    if p.tokens
        .get(k)
        .is_none_or(|t| t.fold != "," && t.fold != "(")
    {
        return None;
    }
    k = past_age(p, k + 1)?;
    let mut former = false;
    for _ in 0..5 {
        let Some(t) = p.tokens.get(k) else { break };
        // "the long-serving finance director", "the Brazilian-born chief
        // commercial officer"
        let epithet = !upper_initial(p.tok(k))
            && (["-born", "-serving", "-time", "-standing"]
                .iter()
                .any(|x| t.fold.ends_with(x))
                || matches!(t.fold.as_str(), "longtime" | "veteran" | "seasoned"));
        if APPOSITIVE_OPENERS.contains(&t.fold.as_str()) || epithet {
            if matches!(
                t.fold.as_str(),
                "jusqu'" | "jusque-la" | "until" | "formerly" | "previously" | "auparavant"
            ) {
                former = true;
            }
            k += 1;
        } else {
            break;
        }
    }
    // "X, the company's chief financial officer", "X, Aurelle's chair"
    if p.tokens
        .get(k)
        .is_some_and(|t| t.kind == Kind::Word && (k > end + 1 || upper_initial(p.tok(k))))
        && p.tokens.get(k + 1).is_some_and(|t| t.fold == "'")
        && p.tokens.get(k + 2).is_some_and(|t| t.fold == "s")
    {
        k += 3;
    }
    let mut r = role_at(p, k)?;
    r.former |= former;
    Some(r)
}

/// "en tant que ROLE", "as ROLE" later in the clause.
fn role_as(p: &Paragraph, end: usize) -> Option<RoleMatch> {
    let sentence = p.sentence_of(end.saturating_sub(1));
    let stop = sentence.end.min(end + 12);
    let mut k = end;
    while k < stop {
        let f = p.tokens[k].fold.as_str();
        let after = if f == "en"
            && p.tokens.get(k + 1).is_some_and(|t| t.fold == "tant")
            && p.tokens
                .get(k + 2)
                .is_some_and(|t| t.fold == "que" || t.fold == "qu'")
        {
            Some(k + 3)
        } else if f == "as" || f == "comme" {
            Some(k + 1)
        } else if f == "au"
            && p.tokens.get(k + 1).is_some_and(|t| t.fold == "poste")
            && p.tokens
                .get(k + 2)
                .is_some_and(|t| t.fold == "de" || t.fold == "d'")
        {
            // "la nomination de X au poste de directrice générale"
            Some(k + 3)
        } else {
            None
        };
        if let Some(mut a) = after {
            while p.tokens.get(a).is_some_and(|t| {
                matches!(
                    t.fold.as_str(),
                    "the" | "its" | "le" | "la" | "l'" | "a" | "an"
                )
            }) {
                a += 1;
            }
            if let Some(r) = role_at(p, a) {
                return Some(r);
            }
        }
        if matches!(f, "." | ";") {
            break;
        }
        k += 1;
    }
    None
}

/// An age right after a name: "X, 47 ans,", "Jane Roe, 52, …", "X (61
/// ans)". Only people are given an age this way.
fn age_after(p: &Paragraph, end: usize) -> bool {
    if p.tokens
        .get(end)
        .is_none_or(|t| t.fold != "," && t.fold != "(")
    {
        return false;
    }
    let Some(t) = p.tokens.get(end + 1) else {
        return false;
    };
    let age = t.kind == Kind::Number
        && t.fold.len() == 2
        && t.fold.parse::<u32>().is_ok_and(|n| (18..=99).contains(&n));
    if !age {
        return false;
    }
    let mut k = end + 2;
    while p.tokens.get(k).is_some_and(|t| {
        matches!(
            t.fold.as_str(),
            "ans" | "years" | "year" | "old" | "year-old" | "-year-old"
        )
    }) {
        k += 1;
    }
    p.tokens
        .get(k)
        .is_some_and(|t| matches!(t.fold.as_str(), "," | ")" | "." | ";"))
}

/// Nouns of a move that take their person after "de"/"of"/"from": "la
/// nomination de X", "en remplacement de X", "the departure of X", "take
/// over from X".
const MOVE_NOUNS: &[&str] = &[
    "nomination",
    "depart",
    "demission",
    "arrivee",
    "remplacement",
    "place",
    "succession",
    "suite",
    "relais",
    "promotion",
    "eviction",
    "limogeage",
    "appointment",
    "departure",
    "resignation",
    "exit",
    "ouster",
    "retirement",
    "dismissal",
    "hiring",
    "over",
    "successor",
];

fn after_move_noun(before: &[&str]) -> bool {
    let n = before.len();
    n >= 2
        && matches!(before[n - 1], "de" | "d'" | "of" | "from")
        && MOVE_NOUNS.contains(&before[n - 2])
}

#[derive(Default)]
struct Evidence {
    first_name: bool,
    honorific: bool,
    role: Option<RoleMatch>,
    verb: bool,
    /// An age follows the name.
    age: bool,
    rejected: bool,
}

fn evidence(p: &Paragraph, c: &Candidate, heading: bool) -> Evidence {
    let mut e = Evidence::default();
    let words = name_words(p, c);
    let folded: Vec<&str> = (c.start..c.end)
        .map(|k| p.tokens[k].fold.as_str())
        .collect();
    let joined = words.join(" ");
    let given = words.first().is_some_and(|w| is_first_name(w));
    // "Dr. Helen Park", "Min-jun Park": a surname that is also a place
    // word, after an honorific or a known given name
    let surname_too = (c.honorific.is_some() || given)
        && folded
            .last()
            .is_some_and(|w| matches!(*w, "park" | "hill" | "hall" | "power" | "king" | "lake"));
    let not_person =
        |w: &&str| NOT_PERSON.contains(w) && !(surname_too && Some(w) == folded.last());
    if folded.iter().any(not_person)
        || EPONYMOUS_FIRMS.iter().any(|f| joined.starts_with(f))
        || words.first().is_some_and(|w| PLACES.contains(&w.as_str()))
        // "Au Sénégal, le directeur général …": a French preposition that
        // opens a sentence (a surname "Au" comes after a given name)
        || matches!(folded.first(), Some(&"au" | &"aux"))
        || (c.start > 0 && p.tokens[c.start - 1].fold == "chez")
        // "an analyst at Harcourt Lyle": a firm, unless a given name opens it
        || (c.start > 0
            && p.tokens[c.start - 1].fold == "at"
            && c.honorific.is_none()
            && !given)
        || folded.iter().any(|w| w.len() >= 6 && w.ends_with("ics"))
        || after_firm_noun(p, c.start)
        || p.tokens
            .get(c.end)
            .is_some_and(|t| NOT_PERSON.contains(&t.fold.as_str()) && upper_initial(p.tok(c.end)))
    {
        e.rejected = true;
        return e;
    }
    // "Lim Boon Keat", "Tan Wei Ling": a Chinese surname, then a given
    // name of two syllables, written as two words
    let surname_first = words.len() == 3
        && CHINESE_SURNAMES.contains(&words[0].as_str())
        && words[1..].iter().all(|w| w.len() <= 5);
    e.first_name = given || surname_first;
    e.honorific = c.honorific.is_some();
    if heading {
        return e;
    }
    e.role = role_before(p, c.honorific.unwrap_or(c.start))
        .or_else(|| appositive(p, c.end))
        .or_else(|| role_as(p, c.end));
    let mut k = c.end;
    if p.tokens.get(k).is_some_and(|t| t.fold == ",") {
        k += 1;
    }
    // the object of a move: "replacing X", "remplacé … par X", "nommé X"
    let lo = c.start.saturating_sub(10);
    let before: Vec<&str> = (lo..c.start).map(|k| p.tokens[k].fold.as_str()).collect();
    let move_object = before
        .iter()
        .rev()
        .take(3)
        .any(|w| MOVE_OBJECT_WORDS.contains(w))
        // in running text: "Départ de Membres Fondateurs :" is a heading
        || (after_move_noun(&before)
            && c.start >= 2
            && !upper_initial(p.tok(c.start - 2)))
        || (matches!(before.last(), Some(&"par") | Some(&"by"))
            && before.iter().any(|w| {
                matches!(
                    *w,
                    "remplace" | "remplacee" | "replaced" | "succeeded" | "succede" | "succedee"
                )
            }));
    e.age = age_after(p, c.end);
    // "président du conseil régional de Guelmim-Oued Noun, a salué": after
    // "de"/"of", the name completes a noun; the verb is that noun's
    let complement = matches!(before.last(), Some(&"de" | &"du" | &"d'" | &"of"));
    e.verb = after_relation(&before) || move_object || (!complement && person_verb_after(p, k));
    e
}

/// A person's verb at token `k`, or after an auxiliary: "said", "a salué".
fn person_verb_after(p: &Paragraph, k: usize) -> bool {
    p.tokens
        .get(k)
        .is_some_and(|t| PERSON_VERBS.contains(&t.fold.as_str()))
        || (p
            .tokens
            .get(k)
            .is_some_and(|t| matches!(t.fold.as_str(), "a" | "has" | "was" | "had" | "est"))
            && p.tokens.get(k + 1).is_some_and(|t| {
                PERSON_VERBS.contains(&t.fold.as_str())
                    || matches!(t.fold.as_str(), "ete" | "been" | "declare")
            }))
}

/// Nouns for what only a firm is to another: "its European partner,
/// Halvard Biologics", "le concurrent Frioexpress".
const FIRM_NOUNS: &[&str] = &[
    "partner",
    "partners",
    "rival",
    "rivals",
    "competitor",
    "lender",
    "lenders",
    "subsidiary",
    "acquirer",
    "suitor",
    "supplier",
    "distributor",
    "licensee",
    "insurer",
    "reinsurer",
    "broker",
    "carrier",
    "retailer",
    "manufacturer",
    "maker",
    "partenaire",
    "reassureur",
    "courtier",
    "fabricant",
    "armateur",
    "cimentier",
    "concurrent",
    "filiale",
    "fournisseur",
    "distributeur",
    "repreneur",
    "assureur",
];

/// A name right after a firm noun, or after one and a comma, unless a
/// person's possessive makes it a person's ("her partner, Jane Doe").
fn after_firm_noun(p: &Paragraph, start: usize) -> bool {
    let mut k = start;
    if k > 0 && p.tokens[k - 1].fold == "," {
        k -= 1;
    }
    if k == 0 || !FIRM_NOUNS.contains(&p.tokens[k - 1].fold.as_str()) {
        return false;
    }
    // "its managing partner, Hartmut Vogelsang" is a person's title
    if k >= 2
        && matches!(
            p.tokens[k - 2].fold.as_str(),
            "managing" | "senior" | "general" | "founding" | "associate"
        )
    {
        return false;
    }
    let owner = (k.saturating_sub(4)..k - 1).rev().find(|&j| {
        matches!(
            p.tokens[j].fold.as_str(),
            "his"
                | "her"
                | "its"
                | "their"
                | "son"
                | "sa"
                | "leur"
                | "the"
                | "le"
                | "la"
                | "l'"
                | "a"
                | "an"
                | "un"
                | "une"
        )
    });
    // "Northgate partner Amir Haddad" is a job title
    owner.is_some_and(|j| !matches!(p.tokens[j].fold.as_str(), "his" | "her"))
}

/// Nouns for a person's relation to another, which only a person can be:
/// "her deputy, X", "son adjoint, X", "his successor, X".
const RELATION_NOUNS: &[&str] = &[
    "deputy",
    "adjoint",
    "adjointe",
    "successor",
    "successeur",
    "successeure",
    "predecessor",
    "predecesseur",
    "predecesseure",
];

/// A name right after a possessive and a relation noun, with or without a
/// comma: "her deputy, Grigor Petrosyan", "son adjoint Marc Roux".
fn after_relation(before: &[&str]) -> bool {
    let mut b = before;
    if let Some((&",", rest)) = b.split_last() {
        b = rest;
    }
    match b {
        [.., poss, noun] => {
            RELATION_NOUNS.contains(noun)
                && matches!(
                    *poss,
                    "his" | "her" | "its" | "their" | "son" | "sa" | "leur" | "the" | "le" | "la"
                )
        }
        _ => false,
    }
}

/// A capitalised word alone (no other name word beside it) followed by a
/// person's verb: "Lindqvist said",
/// "Vautrin a déclaré".
fn surname_with_verb(p: &Paragraph, i: usize) -> bool {
    if !name_token(p, i) || name_token(p, i + 1) || (i > 0 && name_token(p, i - 1)) {
        return false;
    }
    let mut k = i + 1;
    if p.tokens
        .get(k)
        .is_some_and(|t| matches!(t.fold.as_str(), "a" | "has" | "had" | "was" | "est"))
    {
        k += 1;
    }
    p.tokens.get(k).is_some_and(|t| {
        SURNAME_VERBS.contains(&t.fold.as_str())
            || (k > i + 1 && PERSON_VERBS.contains(&t.fold.as_str()))
    })
}

/// Verbs that only a person does right after a bare surname: speech and
/// moves ("said", not "leads", which a firm does too).
const SURNAME_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "wrote",
    "insisted",
    "explained",
    "declare",
    "ajoute",
    "explique",
    "estime",
    "affirme",
    "souligne",
    "precise",
    "confie",
    "resigned",
    "resigns",
    "quits",
    "retired",
    "retires",
    "demissionne",
    "succede",
    "a-t-il",
    "a-t-elle",
];

/// Finds the people of the article. `skip` marks paragraphs that are not
/// text (bylines, page furniture); `heading` marks headings, where only a
/// known given name or an honorific makes a name.
pub fn find(paras: &[Paragraph], skip: &[bool], heading: &[bool]) -> People {
    let cands = candidates(paras, skip);
    // surnames the text gives with an honorific ("Mme Vautrin") or alone
    // before a person's verb ("Lindqvist said"): a full name ending with
    // one of them is a person even when the given name is not in the list
    let mut personal_surnames: BTreeSet<&str> = BTreeSet::new();
    for c in &cands {
        let p = &paras[c.para];
        if c.end != c.start + 1 || !name_token(p, c.start) {
            continue;
        }
        let w = p.tokens[c.start].fold.as_str();
        if c.honorific.is_some() || surname_with_verb(p, c.start) {
            personal_surnames.insert(w);
        }
    }
    struct Acc {
        words: Vec<String>,
        name: String,
        aliases: Vec<String>,
        sure: bool,
        weak: Option<String>,
        role: Option<RoleMatch>,
        first: usize,
    }
    let mut accs: Vec<Acc> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut single: Vec<&Candidate> = Vec::new();
    let mut unsure_spans: Vec<(usize, &Candidate)> = Vec::new();
    let mut deferred: Vec<&Candidate> = Vec::new();
    for c in &cands {
        let p = &paras[c.para];
        let words = name_words(p, c);
        if words.is_empty() || words.len() > 4 {
            continue;
        }
        // "chairman S. Ramachandran": one name word after an initial, when
        // a role tells it is a person
        let initialled = words.len() == 1 && initial(p, c.start);
        if words.len() == 1 && !initialled {
            if c.honorific.is_some() {
                single.push(c);
            }
            continue;
        }
        let is_heading = heading.get(c.para).copied().unwrap_or(false);
        let e = evidence(p, c, is_heading);
        if e.rejected || (initialled && e.role.is_none()) {
            if initialled && c.honorific.is_some() {
                single.push(c);
            }
            continue;
        }
        let backed = words
            .last()
            .is_some_and(|w| personal_surnames.contains(w.as_str()));
        let sure = e.first_name || e.honorific || e.role.is_some() || e.age;
        if !sure && !e.verb && backed {
            // decided once every other name is known (a family firm,
            // "Maisons Lorin", shares the surname of "Mme Lorin")
            deferred.push(c);
            continue;
        }
        let sure = sure || backed;
        if !sure && !e.verb {
            unsure_spans.push((accs.len(), c));
            continue;
        }
        let key = words.join(" ");
        let idx = *index.entry(key).or_insert_with(|| {
            accs.push(Acc {
                words: words.clone(),
                name: p.span(c.start, c.end).to_string(),
                aliases: Vec::new(),
                sure: false,
                weak: None,
                role: None,
                first: c.para,
            });
            accs.len() - 1
        });
        let acc = &mut accs[idx];
        acc.sure |= sure;
        if !sure && acc.weak.is_none() {
            acc.weak = Some(format!(
                "\"{}\" is not a given name the rules know; kept because a person's verb follows it (¶{})",
                acc.name, p.n
            ));
        }
        if let Some(h) = c.honorific {
            let alias = p.span(h, c.end).to_string();
            if !acc.aliases.contains(&alias) {
                acc.aliases.push(alias);
            }
        }
        if let Some(r) = e.role {
            let better = match &acc.role {
                None => true,
                Some(old) => (old.former && !r.former) || (!old.leader && r.leader),
            };
            if better {
                acc.role = Some(r);
            }
        }
    }
    // a full name whose surname the text uses with an honorific or a
    // person's verb, when no one else found has that surname
    for c in deferred {
        let p = &paras[c.para];
        let words = name_words(p, c);
        let key = words.join(" ");
        if index.contains_key(&key) {
            continue;
        }
        let taken = accs
            .iter()
            .any(|a| a.words.len() > 1 && a.words.last() == words.last());
        if taken {
            continue;
        }
        index.insert(key, accs.len());
        accs.push(Acc {
            words: words.clone(),
            name: p.span(c.start, c.end).to_string(),
            aliases: Vec::new(),
            sure: true,
            weak: None,
            role: None,
            first: c.para,
        });
    }
    // pairs coordinated with a known person: "Ilya Sutskever et Jan Leike"
    for (_, c) in &unsure_spans {
        let p = &paras[c.para];
        let words = name_words(p, c);
        let key = words.join(" ");
        if index.contains_key(&key) {
            continue;
        }
        let is_heading = heading.get(c.para).copied().unwrap_or(false);
        if is_heading {
            continue;
        }
        let before_and = c.start >= 1
            && matches!(
                p.tokens[c.start - 1].fold.as_str(),
                "et" | "and" | "&" | ","
            );
        let after_and = p
            .tokens
            .get(c.end)
            .is_some_and(|t| matches!(t.fold.as_str(), "et" | "and"));
        let near_known = |range: std::ops::Range<usize>| {
            cands.iter().any(|o| {
                o.para == c.para
                    && range.contains(&o.start)
                    && index.contains_key(&name_words(p, o).join(" "))
            })
        };
        let coordinated = (before_and && near_known(c.start.saturating_sub(6)..c.start))
            || (after_and && near_known(c.end..c.end + 3));
        if coordinated {
            index.insert(key, accs.len());
            accs.push(Acc {
                words: words.clone(),
                name: p.span(c.start, c.end).to_string(),
                aliases: Vec::new(),
                sure: false,
                weak: Some(format!(
                    "\"{}\" is not a given name the rules know; kept because it is listed with another person (¶{})",
                    p.span(c.start, c.end),
                    p.n
                )),
                role: None,
                first: c.para,
            });
        }
    }
    // "M. Dupont" with no full name anywhere: the surname is all there is
    // "Mr Lim" for "Lim Boon Keat", "Ms Tan" for "Tan Wei Ling": a
    // surname written first, as Chinese names are (three words, the first
    // no given name); the first such person named
    let surname_of = |accs: &[Acc], w: &str| {
        accs.iter()
            .position(|a| a.words.last().is_some_and(|l| l == w))
            .or_else(|| {
                accs.iter()
                    .position(|a| a.words.len() == 3 && a.words[0] == w && !is_first_name(w))
            })
    };
    // "Sir Alistair", "Dame Folasade": the given name of a knight or dame
    // named in full
    let styled_given = |accs: &[Acc], c: &Candidate, w: &str| {
        c.honorific
            .filter(|&h| styled(&paras[c.para], h))
            .and_then(|_| given_name_of(accs.iter().map(|a| a.words.as_slice()), w))
    };
    for c in single {
        let p = &paras[c.para];
        // "Ms Ní Bhriain": the surname after a Gaelic particle
        let Some(w) = name_words(p, c).pop() else {
            continue;
        };
        let alias = p.span(c.honorific.unwrap_or(c.start), c.end).to_string();
        match surname_of(&accs, &w).or_else(|| styled_given(&accs, c, &w)) {
            Some(i) => {
                if !accs[i].aliases.contains(&alias) {
                    accs[i].aliases.push(alias);
                }
            }
            None => {
                index.insert(w.clone(), accs.len());
                accs.push(Acc {
                    words: vec![w],
                    name: p.span(c.start, c.end).to_string(),
                    aliases: vec![alias],
                    sure: false,
                    weak: Some("only the surname is given; add the first name if known".into()),
                    role: None,
                    first: c.para,
                });
            }
        }
    }
    // "Mme Ben Youssef", "Ms. Oliveira da Silva": a surname of two words
    // alone is the person named in full ("Nadia Ben Youssef")
    let compound: Vec<(usize, usize)> = (0..accs.len())
        .filter_map(|a| {
            let short = &accs[a].words;
            let titled = accs[a].aliases.iter().any(|x| x != &accs[a].name)
                || !short.first().is_some_and(|w| is_first_name(w));
            // "Van Rensburg" alone is "Pieter van Rensburg", whose lowercase
            // particle is no name word
            let particle = short.first().filter(|w| {
                short.len() == 2 && PARTICLES.contains(&crate::model::fold(w).as_str())
            });
            let full = accs.iter().position(|b| {
                (b.words.len() > short.len() && short.len() >= 2 && b.words.ends_with(short))
                    || particle.is_some_and(|w| {
                        b.words.len() >= 2
                            && b.words.ends_with(&short[1..])
                            && crate::model::fold(&b.name)
                                .contains(&format!(" {} ", crate::model::fold(w)))
                    })
            })?;
            titled.then_some((a, full))
        })
        .collect();
    for &(a, full) in compound.iter().rev() {
        let moved = std::mem::take(&mut accs[a].aliases);
        for alias in moved {
            if !accs[full].aliases.contains(&alias) {
                accs[full].aliases.push(alias);
            }
        }
    }
    let gone: BTreeSet<usize> = compound.iter().map(|&(a, _)| a).collect();
    for &a in gone.iter().rev() {
        accs.remove(a);
    }
    accs.sort_by_key(|a| a.first);
    let mut people = People {
        found: accs
            .into_iter()
            .map(|a| Found {
                name: a.name,
                aliases: a.aliases,
                holds_role: a.role.is_some(),
                role: a.role,
                refs: BTreeSet::new(),
                doubt: if a.sure { None } else { a.weak },
                tokens: a.words,
            })
            .collect(),
        mentions: vec![Vec::new(); paras.len()],
    };
    // surnames shared by two people are ambiguous alone
    let mut surnames: HashMap<&str, Option<usize>> = HashMap::new();
    for (i, f) in people.found.iter().enumerate() {
        if let Some(last) = f.tokens.last() {
            surnames
                .entry(last.as_str())
                .and_modify(|v| *v = None)
                .or_insert(Some(i));
        }
    }
    let surnames: HashMap<String, usize> = surnames
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k.to_string(), v)))
        .collect();
    for (pi, p) in paras.iter().enumerate() {
        if skip.get(pi).copied().unwrap_or(false) {
            continue;
        }
        let mut k = 0;
        while k < p.tokens.len() {
            if !name_token(p, k) && !initial(p, k) {
                k += 1;
                continue;
            }
            // the longest known full name starting here
            let mut hit = None;
            for (i, f) in people.found.iter().enumerate() {
                if let Some(j) = words_at(p, k, &f.tokens)
                    && f.tokens.len() > 1
                    && hit.is_none_or(|(_, e)| j > e)
                {
                    hit = Some((i, j));
                }
            }
            // a surname of two words alone: "Mme Ben Youssef"
            if hit.is_none() {
                hit = people.found.iter().enumerate().find_map(|(i, f)| {
                    let surname = f.tokens.get(1..).filter(|s| s.len() >= 2)?;
                    Some((i, words_at(p, k, surname)?))
                });
            }
            // "Sir Alistair" alone
            if hit.is_none()
                && k > 0
                && styled(p, k - 1)
                && let Some(i) = given_name_of(
                    people.found.iter().map(|f| f.tokens.as_slice()),
                    &p.tokens[k].fold,
                )
            {
                hit = Some((i, k + 1));
            }
            if hit.is_none()
                && let Some(&i) = surnames.get(&p.tokens[k].fold)
            {
                // a surname alone, not the start of another capitalised name
                // (a Title Case verb may follow: "as Whitcombe Retires")
                let next_cap =
                    name_token(p, k + 1) && !PERSON_VERBS.contains(&p.tokens[k + 1].fold.as_str());
                // "Van Houten's old post": a capitalised particle may open it
                let prev_cap = k > 0
                    && name_token(p, k - 1)
                    && !is_honorific(p, k - 1)
                    && !PARTICLES.contains(&p.tokens[k - 1].fold.as_str());
                if !next_cap && !prev_cap {
                    hit = Some((i, k + 1));
                }
            }
            match hit {
                Some((i, e)) => {
                    people.mentions[pi].push(Mention {
                        person: i,
                        start: k,
                        end: e,
                    });
                    people.found[i].refs.insert(p.n);
                    k = e;
                }
                None => k += 1,
            }
        }
    }
    people
}

impl People {
    /// Mentions in paragraph `pi` within tokens `range`.
    pub fn in_range(
        &self,
        pi: usize,
        range: std::ops::Range<usize>,
    ) -> impl Iterator<Item = &Mention> {
        self.mentions[pi]
            .iter()
            .filter(move |m| m.start >= range.start && m.end <= range.end)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::paragraphs;
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let paras = paragraphs(text);
        let skip = vec![false; paras.len()];
        find(&paras, &skip, &skip)
            .found
            .into_iter()
            .map(|f| f.name)
            .collect()
    }

    #[test]
    fn personal_names_only() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Jane Doe joined Acme Corp from Morgan Stanley.",
                &["Jane Doe"],
            ),
            ("Sir Geoffrey Pike said. Pike left.", &["Geoffrey Pike"]),
            // a firm after "at", and after the kind of firm it is
            (
                "\"It has arrived,\" said Imogen Stanhope, an analyst at Harcourt Lyle, who cut her target.",
                &["Imogen Stanhope"],
            ),
            (
                "It named Hélène Marchetti, formerly of the French reinsurer Cadorne Ré, as a director.",
                &["Hélène Marchetti"],
            ),
            (
                "Au Sénégal, le directeur général, Ousmane Ndiaye, partira. Alan Au a parlé.",
                &["Ousmane Ndiaye", "Alan Au"],
            ),
            (
                "Moussa Traoré, El Hadj Moussa Traoré for the town, retires.",
                &["Moussa Traoré"],
            ),
            (
                "Le groupe Vantel Industries a nommé Hélène Marchetti.",
                &["Hélène Marchetti"],
            ),
            (
                "chief technology officer Tomás Quiroga said",
                &["Tomás Quiroga"],
            ),
            (
                "Barret Zoph, un autre chercheur clé, conduit",
                &["Barret Zoph"],
            ),
            ("OpenAI Five et ChatGPT à San Francisco, New York.", &[]),
            ("L'Université Carnegie Mellon, Points Clés", &[]),
            (
                "Pascal Ferrand et Odran Kerbellec ont quitté.",
                &["Pascal Ferrand", "Odran Kerbellec"],
            ),
            ("M. Dupont a quitté le groupe.", &["Dupont"]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    /// Names whose given name is not in the list, found by the structure
    /// around them (the given names here are not in the list).
    #[test]
    fn names_by_structure() {
        let cases: &[(&str, &[&str])] = &[
            // an age after the name
            (
                "Zéphyrine Obradović, 47 ans, connaît bien le groupe.",
                &["Zéphyrine Obradović"],
            ),
            ("Yoric Tambwe, 52, runs the unit.", &["Yoric Tambwe"]),
            // an investor's role after the name
            (
                "Ridwaan Patel, a portfolio manager at Seacombe, said so.",
                &["Ridwaan Patel"],
            ),
            // an initial and one name word, after a role
            (
                "Non-executive chairman S. Ramachandran stays.",
                &["S. Ramachandran"],
            ),
            ("The S. Group stays.", &[]),
            // a capitalised particle opening the surname alone
            (
                "Pieter van Rensburg, 63, will retire. Van Rensburg said so.",
                &["Pieter van Rensburg"],
            ),
            ("Quillebeuf Frères (12 sites) recrute.", &[]),
            // the object of a move noun
            (
                "Le conseil a confirmé la nomination de Zéphyrine Obradović au conseil.",
                &["Zéphyrine Obradović"],
            ),
            (
                "Acme hired Yoric Tambwe in place of Quillon Brask.",
                &["Yoric Tambwe", "Quillon Brask"],
            ),
            (
                "She will take over from Quillon Brask on May 1.",
                &["Quillon Brask"],
            ),
            // a Title Case heading is not a name
            ("2. Départ de Membres Fondateurs : le départ.", &[]),
            // a person's verb after the name, but not after "de"
            (
                "Le ministre du Commerce, Serigne Mbaye Touré, a salué la nomination.",
                &["Serigne Mbaye Touré"],
            ),
            (
                "Brahim Oubaha, président du conseil régional de Guelmim-Oued Noun, a salué la décision.",
                &["Brahim Oubaha"],
            ),
            // a weekday is a given name after an honorific
            (
                "The branch chairman, Comrade Sunday Eze, said workers would resist.",
                &["Sunday Eze"],
            ),
            // "Cheikh" is a given name in West Africa
            (
                "Le conseil a écarté Cheikh Tidiane Mbengue, en poste depuis 2018.",
                &["Cheikh Tidiane Mbengue"],
            ),
            // "au poste de ROLE" after the name
            (
                "Acme a choisi Zéphyrine Obradović au poste de directrice générale.",
                &["Zéphyrine Obradović"],
            ),
            // the surname alone elsewhere, with an honorific or a person's verb
            (
                "Zéphyrine Obradović arrive.\n\nMme Obradović hérite d'un plan.",
                &["Zéphyrine Obradović"],
            ),
            (
                "Quillon Brask built the firm.\n\nBrask said he was proud.",
                &["Quillon Brask"],
            ),
            // a family firm shares the surname of a family member
            (
                "Maisons Quéffelec traverse une crise. Anne-Laure Quéffelec arrive.\n\nMme Quéffelec a parlé.",
                &["Anne-Laure Quéffelec"],
            ),
            // nothing personal about it: left out
            ("Quillon Brask built the firm.", &[]),
            // firms named like people: a plural-noun word, a firm noun before
            (
                "It is due a payment from its European partner, Halvard Biologics, if the trial succeeds.",
                &[],
            ),
            ("Elle a rejoint Lorenzo Robotics en 2020.", &[]),
            (
                "Le groupe a reçu une offre de son concurrent Marcel Transports.",
                &[],
            ),
            // a surname that is also a place word, after an honorific
            (
                "The chair, Dr. Helen Park, will stay on. Laurel Park opens in May.",
                &["Helen Park"],
            ),
            // appositions with an owner's name or an epithet
            (
                "Zuleika Varnhagen, Aurelle's chair, spoke.",
                &["Zuleika Varnhagen"],
            ),
            (
                "Quillon Brask, the long-serving chief financial officer, will retire.",
                &["Quillon Brask"],
            ),
            (
                "The seat will go to its managing partner, Quillon Brask.",
                &["Quillon Brask"],
            ),
            // a person's partner is a person
            (
                "He founded the firm with his partner, Yoric Tambwe, in 2003.",
                &["Yoric Tambwe"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    /// Issue #7, fifth round: runs of lowercase particles, a place-word
    /// surname after a known given name, a knight called by the given
    /// name, a Gaelic particle before the surname.
    #[test]
    fn names_with_particle_runs_and_styles() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Le directeur financier, Pieter van der Linde, reste en poste.",
                &["Pieter van der Linde"],
            ),
            (
                "His replacement, Min-jun Park, joins from a rival.",
                &["Min-jun Park"],
            ),
            // not a given name: still a place
            ("Laurel Park opens in May.", &[]),
            (
                "La présidence reviendra à Jean-Philippe de La Serre, administrateur.",
                &["Jean-Philippe de La Serre"],
            ),
            // a surname written first
            (
                "Executive chairman Lim Boon Keat will retire. Mr Lim thanked staff. His father, Lim Chong Seng, founded the firm.",
                &["Lim Boon Keat", "Lim Chong Seng"],
            ),
            // a title opening the sentence is not part of the name
            (
                "Treasurer Jane Doe takes over. Spokeswoman Ann Lee said so.",
                &["Jane Doe", "Ann Lee"],
            ),
            (
                "He will be succeeded by Farah al-Khatib, the head of marine underwriting.",
                &["Farah al-Khatib"],
            ),
            (
                "said Jane Doe, an analyst at Veldhuis Kapitaal.",
                &["Jane Doe"],
            ),
            (
                "Sir Quillon Brask will retire. \"It is time,\" Sir Quillon said.",
                &["Quillon Brask"],
            ),
            (
                "Siobhán Ní Bhriain resigned.\n\nThe board thanked Ms Ní Bhriain. Ní Bhriain said little.",
                &["Siobhán Ní Bhriain"],
            ),
            // a surname of two words alone is the person named in full
            (
                "Nadia Ben Youssef assure l'intérim. Mme Ben Youssef se tait.",
                &["Nadia Ben Youssef"],
            ),
            (
                "Beatriz Oliveira da Silva takes over. He will report to Ms. Oliveira da Silva.",
                &["Beatriz Oliveira da Silva"],
            ),
            // "d'" as a particle
            (
                "Son PDG, François-Xavier d'Aubigny, est parti.",
                &["François-Xavier d'Aubigny"],
            ),
            // a nationality before the name
            (
                "Il sera remplacé par son adjoint, le Ghanéen Kofi Mensah. Le groupe a démis le Suédois Lars-Erik Holmqvist.",
                &["Kofi Mensah", "Lars-Erik Holmqvist"],
            ),
            // firms and places after a given name's look-alike
            (
                "Jane Doe, head of retirement at rival Cardale Life, will join. She founded it in a Palo Alto garage.",
                &["Jane Doe"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
        // "Sir Quillon" is the same person, found where the text says it
        let paras = paragraphs("Sir Quillon Brask will retire. Sir Quillon said so.");
        let skip = vec![false; paras.len()];
        let found = find(&paras, &skip, &skip);
        assert_eq!(found.found[0].aliases, ["Sir Quillon Brask", "Sir Quillon"]);
        assert_eq!(found.mentions[0].len(), 2);
        // a surname before a Title Case verb in a headline
        let paras =
            paragraphs("Acme Taps Rival's Chief as Brask Retires\n\nQuillon Brask said so.");
        let skip = vec![false; paras.len()];
        let found = find(&paras, &skip, &skip);
        assert_eq!(found.mentions[0].len(), 1, "{:?}", found.mentions);
    }

    /// Issue #7, third round: a capitalised particle after any name word,
    /// an apposition after "the company's", a relation noun before a name.
    #[test]
    fn names_by_particle_apposition_and_relation() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Le président du conseil, Zorvan Le Quintrec, a salué le choix.",
                &["Zorvan Le Quintrec"],
            ),
            (
                "Acme asked Yoric Tambwe, the company's chief financial officer, to stay.",
                &["Yoric Tambwe"],
            ),
            (
                "Acme asked Yoric Tambwe, the group's head of research, to stay.",
                &["Yoric Tambwe"],
            ),
            (
                "The work goes to her deputy, Quillon Brask.",
                &["Quillon Brask"],
            ),
            (
                "L'intérim sera assuré par son adjoint, Zorvan Quintrec.",
                &["Zorvan Quintrec"],
            ),
            (
                "His successor Quillon Brask arrives in May.",
                &["Quillon Brask"],
            ),
            // a place before a capitalised article is not a name
            ("Lyon Le Grand Hôtel, the company's chief site, opens.", &[]),
            // a lowercase particle only joins after a known given name
            (
                "1. Changements de Direction chez Acme : la promotion de Jane Doe.",
                &["Jane Doe"],
            ),
            // a deputy without a possessive is not enough
            ("Deputy Quillon Brask arrives.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    #[test]
    fn honorifics_become_aliases_and_surnames_are_mentions() {
        let paras = paragraphs("Sir Geoffrey Pike leaves.\n\nPike said.\n\nMs Pike agreed.");
        let skip = vec![false; paras.len()];
        let people = find(&paras, &skip, &skip);
        assert_eq!(people.found.len(), 1);
        assert_eq!(people.found[0].aliases, ["Sir Geoffrey Pike", "Ms Pike"]);
        assert_eq!(
            people.found[0].refs.iter().copied().collect::<Vec<_>>(),
            [1, 2, 3]
        );
    }

    #[test]
    fn roles_and_orgs() {
        let paras = paragraphs(
            "Hélène Marchetti, jusqu'ici directrice financière de Vantel, devient directrice générale.",
        );
        let skip = vec![false; paras.len()];
        let people = find(&paras, &skip, &skip);
        let r = people.found[0]
            .role
            .clone()
            .map(|r| (r.role, r.org, r.former));
        assert_eq!(
            r,
            Some(("directrice financière".into(), Some("Vantel".into()), true))
        );
        // a role before the honorific: "…, Mme Anne Roy"
        let paras = paragraphs("Sa présidente-directrice générale, Mme Anne Roy, partira.");
        let people = find(&paras, &skip, &skip);
        let r = people.found[0].role.clone().map(|r| r.role);
        assert_eq!(r.as_deref(), Some("présidente-directrice générale"));
        // past a nationality and the kind of firm to the firm's name
        let paras = paragraphs(
            "It named Hélène Marchetti, deputy chief executive of the French reinsurer Cadorne Ré, as a director.",
        );
        let people = find(&paras, &skip, &skip);
        let r = people.found[0].role.clone().map(|r| (r.role, r.org));
        assert_eq!(
            r,
            Some(("deputy chief executive".into(), Some("Cadorne Ré".into())))
        );
    }
}
