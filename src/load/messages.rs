//! Turning serde_yaml's errors into messages for people who write YAML by
//! hand: keys and values named as the format names them, with a suggestion
//! for a mistyped key.

/// The message and position of a serde_yaml error, reworded.
pub fn from_yaml_error(err: &serde_yaml::Error) -> (String, (usize, usize)) {
    let position = err.location().map_or((1, 1), |l| (l.line(), l.column()));
    let raw = err.to_string();
    let raw = raw
        .replacen(
            &format!(" at line {} column {}", position.0, position.1),
            "",
            1,
        )
        .replace(", while parsing", "; while parsing");
    (reword(&raw), position)
}

fn reword(raw: &str) -> String {
    // serde_yaml prefixes the path of the node ("timeline[2].kind: ..."),
    // which is worth keeping: the position alone does not say which field.
    let (prefix, msg) = split_path(raw);
    let body = if let Some(rest) = msg.strip_prefix("unknown field ") {
        unknown_key(rest)
    } else if let Some(rest) = msg.strip_prefix("unknown variant ") {
        unknown_value(rest)
    } else if let Some(rest) = msg.strip_prefix("missing field ") {
        format!("missing required key {rest}")
    } else if let Some(rest) = msg.strip_prefix("invalid type: ") {
        match rest.split_once(", expected ") {
            Some((found, expected)) => {
                format!(
                    "expected {}, found {}",
                    plain_type(expected),
                    plain_type(found)
                )
            }
            None => msg.to_owned(),
        }
    } else if msg.starts_with("recursion limit exceeded") {
        "the YAML is nested too deeply (more than 128 levels)".to_owned()
    } else if msg.starts_with("repetition limit exceeded") {
        "the YAML expands aliases too many times (an alias bomb?)".to_owned()
    } else if msg.starts_with("EOF while parsing") {
        "the file is empty: a briefing needs at least `format: 1` and a `title`".to_owned()
    } else {
        msg.to_owned()
    };
    match prefix {
        Some(p) => format!("{p}: {body}"),
        None => body,
    }
}

/// Splits `people[0].name: message` into the path and the message.
fn split_path(raw: &str) -> (Option<&str>, &str) {
    if let Some((head, tail)) = raw.split_once(": ") {
        let is_path = !head.is_empty()
            && head
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "_.[]".contains(c));
        if is_path && !head.contains(' ') {
            return (Some(head), tail);
        }
    }
    (None, raw)
}

/// serde's names for YAML node types, in the words of the format. Only a
/// whole name is replaced: the `expected` side may be one of our own
/// descriptions ("a briefing: a mapping with ..."), which must stay intact.
fn plain_type(found: &str) -> String {
    match found {
        "a sequence" | "sequence" => "a list",
        "a map" | "map" => "a mapping",
        "unit value" => "nothing (null)",
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" => "a whole number",
        other => other,
    }
    .to_owned()
}

/// Names in backticks, in order: "`a`, expected one of `b`, `c`" → a, b, c.
fn backticked(s: &str) -> Vec<&str> {
    s.split('`').skip(1).step_by(2).collect()
}

fn unknown_key(rest: &str) -> String {
    let names = backticked(rest);
    let Some((&got, known)) = names.split_first() else {
        return format!("unknown key {rest}");
    };
    match nearest(got, known) {
        Some(best) => format!("unknown key `{got}`; did you mean `{best}`?"),
        None => format!("unknown key `{got}`; known keys here: {}", known.join(", ")),
    }
}

fn unknown_value(rest: &str) -> String {
    let names = backticked(rest);
    match names.split_first() {
        Some((got, allowed)) => {
            let mut msg = format!(
                "unknown value `{got}`; allowed values: {}",
                allowed.join(", ")
            );
            if let Some(best) = nearest(got, allowed) {
                msg.push_str(&format!(" (did you mean `{best}`?)"));
            }
            msg
        }
        None => format!("unknown value {rest}"),
    }
}

/// The known name closest to `got`, when it is close enough to be a typo.
pub fn nearest<'a>(got: &str, known: &[&'a str]) -> Option<&'a str> {
    let got = got.to_ascii_lowercase();
    known
        .iter()
        .map(|&k| (edit_distance(&got, &k.to_lowercase()), k))
        .filter(|&(d, k)| {
            d <= (k.len() / 3).max(2) || (got.len() >= 3 && k.to_lowercase().starts_with(&got))
        })
        .min_by_key(|&(d, _)| d)
        .map(|(_, k)| k)
}

/// Levenshtein distance with adjacent transpositions counted as one edit.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_key() {
        let keys = [
            "format",
            "id",
            "title",
            "key_points",
            "financial_risks",
            "timeline",
        ];
        assert_eq!(nearest("key_point", &keys), Some("key_points"));
        assert_eq!(nearest("titel", &keys), Some("title"));
        assert_eq!(nearest("timline", &keys), Some("timeline"));
        assert_eq!(nearest("zzzzzz", &keys), None);
    }

    #[test]
    fn rewords_serde_messages() {
        assert_eq!(
            reword("unknown field `key_point`, expected one of `format`, `key_points`"),
            "unknown key `key_point`; did you mean `key_points`?"
        );
        assert_eq!(
            reword(
                "timeline[0].kind: unknown variant `promo`, expected one of `appointment`, `departure`, `role`, `other`"
            ),
            "timeline[0].kind: unknown value `promo`; allowed values: appointment, departure, role, other"
        );
        assert_eq!(
            reword("missing field `title`"),
            "missing required key `title`"
        );
        assert_eq!(
            reword("invalid type: sequence, expected a briefing: a mapping with `title`"),
            "expected a briefing: a mapping with `title`, found a list"
        );
        assert_eq!(
            reword("tags: invalid type: map, expected a sequence"),
            "tags: expected a list, found a mapping"
        );
    }
}
