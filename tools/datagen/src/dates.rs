//! Calendar arithmetic the generator needs: certificate expiry and the
//! synthetic publication times of the scale set. Parsing reuses the app's
//! `domain::format`, so a date the generator accepts is one the app reads.

use ocop_portal::domain::format::{date_from_days, days_from_civil, parse_date, Date};

/// An OCOP certificate is valid for 36 months (Decision 148/QĐ-TTg).
pub const CERTIFICATE_MONTHS: u32 = 36;

/// `YYYY-MM-DD` + `months`, on the same day of the month, clamped to the
/// month's last day (2024-02-29 + 36 months = 2027-02-28).
pub fn add_months(date: &str, months: u32) -> Option<String> {
    let d = parse_date(date)?;
    let index = d.year * 12 + (d.month as i32 - 1) + months as i32;
    let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
    let day = d.day.min(days_in_month(year, month));
    Some(Date { year, month, day }.iso())
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

/// Minutes since 1970-01-01 00:00 *Vietnam time* of a `YYYY-MM-DD` at
/// `hh:mm`. The scale set counts publication times in these local minutes
/// and prints them with a `+07:00` offset, so no time zone maths is needed.
pub fn local_minutes(date: Date, hour: u32, minute: u32) -> i64 {
    days_from_civil(date.year, date.month, date.day) * 1440 + i64::from(hour * 60 + minute)
}

/// The RFC 3339 timestamp (Vietnam time) of [`local_minutes`].
pub fn timestamp_from_local_minutes(minutes: i64) -> String {
    let date = date_from_days(minutes.div_euclid(1440));
    let m = minutes.rem_euclid(1440);
    format!("{}T{:02}:{:02}:00+07:00", date.iso(), m / 60, m % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn certificates_expire_36_months_later_on_the_same_day() {
        assert_eq!(add_months("2023-12-15", 36).as_deref(), Some("2026-12-15"));
        assert_eq!(add_months("2024-02-29", 36).as_deref(), Some("2027-02-28"));
        assert_eq!(add_months("2024-01-31", 1).as_deref(), Some("2024-02-29"));
        assert_eq!(add_months("2023-11-30", 2).as_deref(), Some("2024-01-30"));
        assert_eq!(add_months("2023-13-01", 36), None);
    }

    #[test]
    fn local_minutes_round_trip() {
        let d = Date {
            year: 2024,
            month: 6,
            day: 24,
        };
        let m = local_minutes(d, 8, 30);
        assert_eq!(timestamp_from_local_minutes(m), "2024-06-24T08:30:00+07:00");
        assert_eq!(
            timestamp_from_local_minutes(m - 9 * 60),
            "2024-06-23T23:30:00+07:00"
        );
        assert_eq!(
            date_from_days(0),
            Date {
                year: 1970,
                month: 1,
                day: 1
            }
        );
    }
}
