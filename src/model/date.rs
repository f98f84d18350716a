//! Partial dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, shown at the precision
//! they were written with.

use std::cmp::Ordering;
use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How much of a [`PartialDate`] is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A real calendar date known to a year, a month or a day.
///
/// Underneath it is the first day of the period it names; the precision says
/// how much of that is meaningful, so `2024-05` is May 2024 and never
/// 1 May 2024.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    start: NaiveDate,
    precision: Precision,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl PartialDate {
    pub fn year(year: i32) -> Option<Self> {
        Self::new(year, None, None)
    }

    /// A date from its parts; `None` when they name no real calendar date.
    pub fn new(year: i32, month: Option<u32>, day: Option<u32>) -> Option<Self> {
        if !(1..=9999).contains(&year) || (day.is_some() && month.is_none()) {
            return None;
        }
        let precision = match (month, day) {
            (None, _) => Precision::Year,
            (Some(_), None) => Precision::Month,
            (Some(_), Some(_)) => Precision::Day,
        };
        let start = NaiveDate::from_ymd_opt(year, month.unwrap_or(1), day.unwrap_or(1))?;
        Some(PartialDate { start, precision })
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with exactly those digit
    /// counts, into a real calendar date.
    pub fn parse(s: &str) -> Result<Self, String> {
        let parts: Vec<&str> = s.split('-').collect();
        let widths_ok = match parts.as_slice() {
            [y] => y.len() == 4,
            [y, m] => y.len() == 4 && m.len() == 2,
            [y, m, d] => y.len() == 4 && m.len() == 2 && d.len() == 2,
            _ => false,
        } && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
        if !widths_ok {
            return Err(format!(
                "invalid date `{s}`: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024, 2024-05 or 2024-05-17"
            ));
        }
        let num = |p: &str| p.parse::<u32>().unwrap_or(0);
        let year = num(parts[0]) as i32;
        let month = parts.get(1).map(|m| num(m));
        let day = parts.get(2).map(|d| num(d));
        if let Some(m) = month.filter(|m| !(1..=12).contains(m)) {
            return Err(format!(
                "invalid date `{s}`: there is no month {m} (months run from 01 to 12)"
            ));
        }
        PartialDate::new(year, month, day)
            .ok_or_else(|| format!("invalid date `{s}`: there is no such day in the calendar"))
    }

    pub fn precision(&self) -> Precision {
        self.precision
    }

    /// The first day of the period the date names.
    pub fn start(&self) -> NaiveDate {
        self.start
    }

    /// The date as written in a file: `2024`, `2024-05` or `2024-05-17`.
    pub fn iso(&self) -> String {
        let d = self.start;
        match self.precision {
            Precision::Year => format!("{:04}", d.year()),
            Precision::Month => format!("{:04}-{:02}", d.year(), d.month()),
            Precision::Day => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        }
    }

    /// The date for people, at its precision: `2024`, `May 2024`,
    /// `17 May 2024`.
    pub fn human(&self) -> String {
        let d = self.start;
        let month = MONTHS[d.month0() as usize];
        match self.precision {
            Precision::Year => format!("{}", d.year()),
            Precision::Month => format!("{month} {}", d.year()),
            Precision::Day => format!("{} {month} {}", d.day(), d.year()),
        }
    }

    /// A short form for narrow columns: `2024`, `2024-05`, `2024-05-17`.
    pub fn short(&self) -> String {
        self.iso()
    }
}

/// Chronological by the start of the period; at the same start the coarser
/// date comes first (`2024` before `2024-01` before `2024-01-01`).
impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.start, self.precision).cmp(&(other.start, other.precision))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.human())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = PartialDate;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date written YYYY, YYYY-MM or YYYY-MM-DD")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<PartialDate, E> {
                i32::try_from(v)
                    .ok()
                    .filter(|y| (1000..=9999).contains(y))
                    .and_then(PartialDate::year)
                    .ok_or_else(|| {
                        E::custom(format!("invalid date `{v}`: a bare year has four digits"))
                    })
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<PartialDate, E> {
                match u64::try_from(v) {
                    Ok(v) => self.visit_u64(v),
                    Err(_) => Err(E::custom(format!("invalid date `{v}`"))),
                }
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<PartialDate, E> {
                PartialDate::parse(v.trim()).map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precision_is_kept() {
        let may = PartialDate::parse("2024-05").unwrap();
        assert_eq!(may.precision(), Precision::Month);
        assert_eq!(may.human(), "May 2024");
        assert_eq!(may.iso(), "2024-05");
        assert_eq!(PartialDate::parse("2024").unwrap().human(), "2024");
        assert_eq!(
            PartialDate::parse("2025-03-04").unwrap().human(),
            "4 March 2025"
        );
    }

    #[test]
    fn impossible_dates_are_refused() {
        for bad in [
            "2024-02-30",
            "2023-02-29",
            "2024-13",
            "2024-00",
            "24-05",
            "2024-5",
            "2024/05",
            "",
            "2024-05-1",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad}");
        }
        assert!(PartialDate::parse("2024-02-29").is_ok());
    }

    #[test]
    fn ordering_is_chronological_then_coarse_first() {
        let d = |s| PartialDate::parse(s).unwrap();
        assert!(d("2023-12-31") < d("2024"));
        assert!(d("2024") < d("2024-01"));
        assert!(d("2024-01") < d("2024-01-01"));
        assert!(d("2024-05") < d("2024-05-02"));
    }
}
