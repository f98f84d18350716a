//! The checks serde cannot make: ids, person refs, currencies; and the
//! defaults the format fills in (briefing and person ids).

use std::cell::OnceCell;
use std::collections::HashMap;
use std::path::Path;

use super::Diagnostic;
use super::locate::{Seg, locate};
use super::messages::nearest;
use crate::model::{Briefing, FORMAT_VERSIONS, Person, Text, fold, is_slug, slugify};

/// Checks `b` (read from `text` at `path`), fills in default ids and turns
/// every person ref into the id of the person it names. Returns the errors;
/// the briefing is usable only when there are none.
pub fn validate(b: &mut Briefing, text: &str, path: &Path) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut report = |at: &[Seg], message: String| {
        out.push(Diagnostic::error(path, locate(text, at), message));
    };

    if !FORMAT_VERSIONS.contains(&b.format) {
        report(
            &[Seg::Key("format")],
            unsupported_format(&b.format.to_string()),
        );
        return out;
    }

    if b.id.is_empty() {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        match slugify(&stem) {
            Some(id) => b.id = id,
            None => report(
                &[],
                format!(
                    "the file name `{stem}` gives no usable id; set `id` (a slug such as `acme-cfo-2025`)"
                ),
            ),
        }
    } else if !is_slug(&b.id) {
        report(&[Seg::Key("id")], invalid_slug("id", &b.id));
    }
    if b.title.trim().is_empty() {
        report(&[Seg::Key("title")], "`title` is empty".to_owned());
    }

    let mut first_with_id: HashMap<String, usize> = HashMap::new();
    for (i, person) in b.people.iter_mut().enumerate() {
        let at_name = [Seg::Key("people"), Seg::Index(i), Seg::Key("name")];
        let at_id = [Seg::Key("people"), Seg::Index(i), Seg::Key("id")];
        let defaulted = person.id.is_empty();
        if person.name.trim().is_empty() {
            report(&at_name, "a person's `name` is empty".to_owned());
            continue;
        }
        if defaulted {
            match slugify(&person.name) {
                Some(id) => person.id = id,
                None => {
                    report(
                        &at_name,
                        format!(
                            "cannot make an id from the name `{}`; give this person an `id`",
                            person.name
                        ),
                    );
                    continue;
                }
            }
        } else if !is_slug(&person.id) {
            report(&at_id, invalid_slug("person id", &person.id));
            continue;
        }
        if let Some(&j) = first_with_id.get(&person.id) {
            let (line, _) = locate(text, &[Seg::Key("people"), Seg::Index(j)]);
            let how = if defaulted {
                " (made from the name; set `id` to tell them apart)"
            } else {
                ""
            };
            report(
                if defaulted { &at_name } else { &at_id },
                format!(
                    "two people with the id `{}`{how}: the first is at line {line}",
                    person.id
                ),
            );
        } else {
            first_with_id.insert(person.id.clone(), i);
        }
    }

    let people = PersonLookup::new(&b.people);
    let mut resolve = |r: &mut Text, at: &[Seg]| match people.resolve(r) {
        Ok(id) if id == r.as_str() => {}
        Ok(id) => *r = Text::new(id),
        Err(message) => report(at, message),
    };
    for (i, event) in b.timeline.iter_mut().enumerate() {
        let at = |key| [Seg::Key("timeline"), Seg::Index(i), Seg::Key(key)];
        resolve(&mut event.person, &at("person"));
        if let Some(s) = event.succeeds.as_mut() {
            resolve(s, &at("succeeds"));
        }
    }
    for (i, point) in b.key_points.iter_mut().enumerate() {
        for (j, r) in point.people.iter_mut().enumerate() {
            resolve(
                r,
                &[
                    Seg::Key("key_points"),
                    Seg::Index(i),
                    Seg::Key("people"),
                    Seg::Index(j),
                ],
            );
        }
    }

    for (i, risk) in b.financial_risks.iter().enumerate() {
        let at = |key| [Seg::Key("financial_risks"), Seg::Index(i), Seg::Key(key)];
        match &risk.currency {
            None if risk.amount.is_some() => report(
                &at("amount"),
                "`amount` needs a `currency` (an ISO 4217 code such as USD or EUR)".to_owned(),
            ),
            Some(c) if !(c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase())) => report(
                &at("currency"),
                format!(
                    "invalid currency `{c}`: write an ISO 4217 code in capitals, such as USD or EUR"
                ),
            ),
            _ => {}
        }
    }
    out
}

/// The message for a `format` this build does not read.
pub fn unsupported_format(got: &str) -> String {
    let known: Vec<String> = FORMAT_VERSIONS.iter().map(u64::to_string).collect();
    format!(
        "unsupported format `{got}`; this build of brief reads format {}",
        known.join(", ")
    )
}

fn invalid_slug(what: &str, got: &str) -> String {
    format!(
        "invalid {what} `{got}`: use lowercase letters and digits joined by single hyphens, such as `tom-becker`"
    )
}

/// Resolves the person refs of one briefing: an id, a name or an alias.
///
/// Most refs are ids or names written exactly, so the folded keys (case
/// and accents ignored) are built only when an exact lookup first misses.
///
/// The keys are kept sorted and searched by bisection rather than hashed:
/// a briefing names a few dozen people, and this holds no matter what keys
/// a hostile file chooses.
struct PersonLookup<'b> {
    people: &'b [Person],
    exact: Keys<'b, &'b str>,
    folded: OnceCell<Keys<'b, String>>,
}

/// Sorted keys, each with the ids it may mean.
struct Keys<'b, K>(Vec<(K, Hit<'b>)>);

impl<'b, K: AsRef<str> + Ord> Keys<'b, K> {
    fn new(mut pairs: Vec<(K, &'b str)>) -> Self {
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        let mut out: Vec<(K, Hit<'b>)> = Vec::with_capacity(pairs.len());
        for (key, id) in pairs {
            match out.last_mut() {
                Some((last, hit)) if last.as_ref() == key.as_ref() => hit.add(id),
                _ => out.push((key, Hit::One(id))),
            }
        }
        Keys(out)
    }

    fn get(&self, key: &str) -> Option<&Hit<'b>> {
        let i = self.0.binary_search_by(|(k, _)| k.as_ref().cmp(key)).ok()?;
        Some(&self.0[i].1)
    }
}

/// The ids a key may mean: nearly always one.
enum Hit<'b> {
    One(&'b str),
    Many(Vec<&'b str>),
}

impl<'b> Hit<'b> {
    fn add(&mut self, id: &'b str) {
        match self {
            Hit::One(first) if *first != id => *self = Hit::Many(vec![first, id]),
            Hit::Many(ids) if !ids.contains(&id) => ids.push(id),
            _ => {}
        }
    }
}

impl<'b> PersonLookup<'b> {
    fn new(people: &'b [Person]) -> Self {
        let pairs = Self::named(people)
            .flat_map(|p| Self::keys(p).map(|key| (key, p.id.as_str())))
            .collect();
        PersonLookup {
            people,
            exact: Keys::new(pairs),
            folded: OnceCell::new(),
        }
    }

    /// The people that passed their own checks (they have an id).
    fn named(people: &'b [Person]) -> impl Iterator<Item = &'b Person> {
        people.iter().filter(|p| !p.id.is_empty())
    }

    fn keys(p: &'b Person) -> impl Iterator<Item = &'b str> {
        [p.id.as_str(), p.name.as_str()]
            .into_iter()
            .chain(p.aliases.iter().map(|a| a.as_str()))
    }

    fn folded(&self) -> &Keys<'b, String> {
        self.folded.get_or_init(|| {
            Keys::new(
                Self::named(self.people)
                    .flat_map(|p| Self::keys(p).map(|key| (fold(key.trim()), p.id.as_str())))
                    .collect(),
            )
        })
    }

    /// The id `r` refers to, or the message saying why there is none.
    fn resolve(&self, r: &str) -> Result<&'b str, String> {
        let hit = self
            .exact
            .get(r)
            .or_else(|| self.folded().get(&fold(r.trim())))
            .or_else(|| slugify(r).and_then(|s| self.exact.get(&s)));
        match hit {
            Some(Hit::One(id)) => Ok(id),
            Some(Hit::Many(ids)) => Err(format!(
                "`{r}` could mean several people ({}); refer to one by its id",
                ids.join(", ")
            )),
            None => {
                let known: Vec<&str> = Self::named(self.people).map(|p| p.name.as_str()).collect();
                let hint = match nearest(r, &known) {
                    Some(n) => format!("; did you mean `{n}`?"),
                    None if known.is_empty() => "; this briefing lists no `people`".to_owned(),
                    None => String::new(),
                };
                Err(format!(
                    "`{r}` matches no person of this briefing (by id, name or alias){hint}"
                ))
            }
        }
    }
}
