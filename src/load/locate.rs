//! Finding where a value stands in a YAML text.
//!
//! serde_yaml keeps no positions in the values it returns, but it stamps the
//! position of the node being read onto any error raised while reading it.
//! So to find a node we read the document again with a visitor that walks
//! down a path and fails on purpose when it gets there. This runs only when
//! there is a problem to report, so valid files pay nothing for it.

use std::fmt;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// One step of a path into a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seg {
    Key(&'static str),
    Index(usize),
}

/// The line and column (from 1) of the node at `path` in the first document
/// of `text`; the nearest enclosing node that exists when the path ends early.
pub fn locate(text: &str, path: &[Seg]) -> (usize, usize) {
    let Some(doc) = serde_yaml::Deserializer::from_str(text).next() else {
        return (1, 1);
    };
    position(Probe(path).deserialize(doc).err())
}

/// The line and column of the root node of the `n`th document (from 0).
pub fn locate_document(text: &str, n: usize) -> Option<(usize, usize)> {
    let doc = serde_yaml::Deserializer::from_str(text).nth(n)?;
    Some(position(Probe(&[]).deserialize(doc).err()))
}

fn position(err: Option<serde_yaml::Error>) -> (usize, usize) {
    err.and_then(|e| e.location())
        .map_or((1, 1), |l| (l.line(), l.column()))
}

struct Probe<'a>(&'a [Seg]);

fn found<E: de::Error>() -> E {
    E::custom("found")
}

impl<'de> DeserializeSeed<'de> for Probe<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

macro_rules! scalar {
    ($($name:ident: $t:ty),*) => {$(
        fn $name<E: de::Error>(self, _: $t) -> Result<(), E> {
            if self.0.is_empty() { Err(found()) } else { Ok(()) }
        }
    )*};
}

impl<'de> Visitor<'de> for Probe<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML node")
    }

    scalar!(visit_bool: bool, visit_i64: i64, visit_u64: u64, visit_f64: f64, visit_str: &str);

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        if self.0.is_empty() {
            Err(found())
        } else {
            Ok(())
        }
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.visit_unit()
    }

    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let [Seg::Key(want), rest @ ..] = self.0 else {
            return if self.0.is_empty() {
                Err(found())
            } else {
                Ok(())
            };
        };
        while let Some(key) = map.next_key::<KeyName>()? {
            if key.0.as_deref() == Some(*want) {
                return map.next_value_seed(Probe(rest));
            }
            map.next_value::<IgnoredAny>()?;
        }
        Err(found())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let [Seg::Index(want), rest @ ..] = self.0 else {
            return if self.0.is_empty() {
                Err(found())
            } else {
                Ok(())
            };
        };
        let mut i = 0;
        while i < *want {
            if seq.next_element::<IgnoredAny>()?.is_none() {
                return Err(found());
            }
            i += 1;
        }
        match seq.next_element_seed(Probe(rest))? {
            Some(()) => Ok(()),
            None => Err(found()),
        }
    }
}

/// A mapping key, read whatever its type, so the probe never fails on a key.
struct KeyName(Option<String>);

impl<'de> de::Deserialize<'de> for KeyName {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = KeyName;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<KeyName, E> {
                Ok(KeyName(Some(v.to_owned())))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<KeyName, E> {
                Ok(KeyName(None))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<KeyName, E> {
                Ok(KeyName(None))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<KeyName, E> {
                Ok(KeyName(None))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<KeyName, E> {
                Ok(KeyName(None))
            }
            fn visit_unit<E: de::Error>(self) -> Result<KeyName, E> {
                Ok(KeyName(None))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "format: 1\ntitle: T\npeople:\n  - name: A\n  - name: B\n    id: bee\n";

    #[test]
    fn finds_nested_values() {
        assert_eq!(locate(DOC, &[Seg::Key("title")]), (2, 8));
        assert_eq!(
            locate(DOC, &[Seg::Key("people"), Seg::Index(1), Seg::Key("id")]),
            (6, 9)
        );
        assert_eq!(locate(DOC, &[Seg::Key("people"), Seg::Index(0)]), (4, 5));
    }

    #[test]
    fn falls_back_to_the_enclosing_node() {
        assert_eq!(locate(DOC, &[Seg::Key("people"), Seg::Index(7)]), (4, 3));
    }
}
