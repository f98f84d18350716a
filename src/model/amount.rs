//! Money amounts: plain numbers or numbers with a scale suffix (`5B`,
//! `7 bn`, `700k`, `1.2T`, `450M`), and the one function that formats them.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Bound;

/// An amount of money, in units of its currency.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Amount(f64);

const SCALES: [(&[&str], f64); 4] = [
    (&["k", "thousand"], 1e3),
    (&["m", "mn", "million"], 1e6),
    (&["b", "bn", "billion"], 1e9),
    (&["t", "tn", "trillion"], 1e12),
];

impl Amount {
    pub fn new(value: f64) -> Option<Self> {
        value.is_finite().then_some(Amount(value))
    }

    pub fn value(&self) -> f64 {
        self.0
    }

    /// Parses `5B`, `7 bn`, `700k`, `1.2T`, `450M`, `1200000` (scale
    /// suffixes in any case: k, m/mn, b/bn, t/tn or the words).
    pub fn parse(s: &str) -> Result<Self, String> {
        let t = s.trim();
        let split = t
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(t.len());
        let (number, suffix) = t.split_at(split);
        let suffix = suffix.trim_start().to_ascii_lowercase();
        let well_formed = !number.is_empty()
            && !number.starts_with('.')
            && !number.ends_with('.')
            && number.matches('.').count() <= 1;
        let scale = if suffix.is_empty() {
            Some(1.0)
        } else {
            SCALES
                .iter()
                .find(|(names, _)| names.contains(&suffix.as_str()))
                .map(|&(_, scale)| scale)
        };
        match (well_formed, scale, number.parse::<f64>()) {
            (true, Some(scale), Ok(n)) => Amount::new(n * scale).ok_or_else(|| invalid(s)),
            _ => Err(invalid(s)),
        }
    }
}

fn invalid(s: &str) -> String {
    format!(
        "invalid amount `{s}`: write a number, optionally with a scale: 450M, 5B, 7 bn, 700k, 1.2T"
    )
}

/// The symbol a currency is usually written with, if it has a common one.
fn symbol(currency: &str) -> Option<&'static str> {
    Some(match currency {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" | "CNY" => "¥",
        "INR" => "₹",
        _ => return None,
    })
}

/// A number in thousands, millions, billions or trillions with at most two
/// decimals and no trailing zeros: `5B`, `1.2T`, `700k`, `1.25M`, `950`.
pub fn scaled(value: f64) -> String {
    let magnitude = value.abs();
    let (divisor, unit) = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")]
        .into_iter()
        .find(|&(d, _)| magnitude >= d)
        .unwrap_or((1.0, ""));
    let mut n = format!("{:.2}", value / divisor);
    if n.contains('.') {
        while n.ends_with('0') {
            n.pop();
        }
        if n.ends_with('.') {
            n.pop();
        }
    }
    format!("{n}{unit}")
}

/// The one way brief shows money: `$5B`, `up to $7B`, `~€700k`,
/// `at least CHF 1.2B`.
pub fn format_money(amount: Amount, currency: &str, bound: Bound) -> String {
    let number = scaled(amount.value());
    let money = match symbol(currency) {
        Some(sym) => format!("{sym}{number}"),
        None => format!("{currency} {number}"),
    };
    match bound {
        Bound::Exact => money,
        Bound::About => format!("~{money}"),
        Bound::UpTo => format!("up to {money}"),
        Bound::AtLeast => format!("at least {money}"),
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&scaled(self.0))
    }
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.0)
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Amount;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an amount: a number or a string such as 5B, 7 bn, 700k")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Amount, E> {
                self.visit_f64(v as f64)
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Amount, E> {
                self.visit_f64(v as f64)
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Amount, E> {
                Amount::new(v).ok_or_else(|| E::custom(invalid(&v.to_string())))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Amount, E> {
                Amount::parse(v).map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes() {
        let v = |s| Amount::parse(s).unwrap().value();
        assert_eq!(v("5B"), 5e9);
        assert_eq!(v("7 bn"), 7e9);
        assert_eq!(v("700k"), 7e5);
        assert_eq!(v("1.2T"), 1.2e12);
        assert_eq!(v("450M"), 4.5e8);
        assert_eq!(v("450 million"), 4.5e8);
        assert_eq!(v("1200"), 1200.0);
    }

    #[test]
    fn malformed_amounts_are_refused() {
        for bad in [
            "", "B", "5X", "5 B B", "1.2.3M", ".5M", "5.M", "-5B", "5,2B", "five",
        ] {
            assert!(Amount::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn formatting() {
        let a = |s| Amount::parse(s).unwrap();
        assert_eq!(format_money(a("5B"), "USD", Bound::Exact), "$5B");
        assert_eq!(format_money(a("7B"), "USD", Bound::UpTo), "up to $7B");
        assert_eq!(format_money(a("700k"), "USD", Bound::About), "~$700k");
        assert_eq!(
            format_money(a("1.25M"), "EUR", Bound::AtLeast),
            "at least €1.25M"
        );
        assert_eq!(format_money(a("1.2B"), "CHF", Bound::Exact), "CHF 1.2B");
        assert_eq!(scaled(950.0), "950");
    }
}
