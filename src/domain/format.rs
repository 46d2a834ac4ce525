//! Vietnamese formats: dates in Vietnam time (`24/06/2024`, `Thứ Hai,
//! 24/06/2024`) and numbers with `.` grouping (`3.219.712`).
//!
//! Timestamps arrive as RFC 3339 strings with an offset. A reader in Hà Nội
//! and a reader abroad must see the same date as the district's own page, so
//! every instant is shown in UTC+7, whatever the browser's zone.

/// Vietnam has used UTC+7 without daylight saving since 1975.
const VIETNAM_OFFSET_SECONDS: i64 = 7 * 3600;

/// A calendar date and time of day, in Vietnam time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LocalDateTime {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
}

/// A calendar date (`YYYY-MM-DD` fields in the API).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl LocalDateTime {
    pub fn date(&self) -> Date {
        Date {
            year: self.year,
            month: self.month,
            day: self.day,
        }
    }
}

impl Date {
    /// `2024-06-24`: the API's and the sitemap's form.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    /// 0 for Monday … 6 for Sunday.
    pub fn weekday(self) -> usize {
        // 1970-01-01 was a Thursday (3).
        (self.days() + 3).rem_euclid(7) as usize
    }
}

/// `3219712` → `"3.219.712"`.
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// Parses `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = digits(&s[0..4])? as i32;
    let month = digits(&s[5..7])?;
    let day = digits(&s[8..10])?;
    valid_date(year, month, day).then_some(Date { year, month, day })
}

/// Parses an RFC 3339 timestamp (`2024-06-24T08:30:00+07:00`, `…Z`,
/// fractional seconds allowed) and returns it in Vietnam time.
pub fn parse_timestamp(s: &str) -> Option<LocalDateTime> {
    let s = s.trim();
    let date = parse_date(s.get(0..10)?)?;
    let rest = s.get(10..)?;
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let hour = digits(rest.get(0..2)?)?;
    if rest.get(2..3)? != ":" {
        return None;
    }
    let minute = digits(rest.get(3..5)?)?;
    let mut tail = rest.get(5..)?;
    let mut second = 0;
    if let Some(after) = tail.strip_prefix(':') {
        second = digits(after.get(0..2)?)?;
        tail = after.get(2..)?;
        if let Some(frac) = tail.strip_prefix('.') {
            let n = frac.bytes().take_while(u8::is_ascii_digit).count();
            if n == 0 {
                return None;
            }
            tail = &frac[n..];
        }
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let offset = parse_offset(tail)?;
    let days = date.days();
    let utc = days * 86_400 + i64::from(hour * 3600 + minute * 60 + second.min(59)) - offset;
    let local = utc + VIETNAM_OFFSET_SECONDS;
    let (year, month, day) = civil_from_days(local.div_euclid(86_400));
    let secs = local.rem_euclid(86_400) as u32;
    Some(LocalDateTime {
        year,
        month,
        day,
        hour: secs / 3600,
        minute: secs % 3600 / 60,
    })
}

/// The calendar date in Vietnam at `unix_ms` milliseconds since 1970 (what
/// "today" means for certificate expiry).
pub fn vietnam_date_at(unix_ms: f64) -> Date {
    let seconds = if unix_ms.is_finite() {
        (unix_ms / 1000.0).floor() as i64
    } else {
        0
    };
    let (year, month, day) = civil_from_days((seconds + VIETNAM_OFFSET_SECONDS).div_euclid(86_400));
    Date { year, month, day }
}

/// `"2024-06-24T08:30:00+07:00"` → `"24/06/2024"`; an unreadable timestamp
/// gives an empty string (the date is then simply not shown).
pub fn format_date(timestamp: &str) -> String {
    parse_timestamp(timestamp)
        .map(|t| dmy(t.year, t.month, t.day))
        .unwrap_or_default()
}

/// `"2024-06-24T08:30:00+07:00"` → `"Thứ Hai, 24/06/2024"`.
pub fn format_long_date(timestamp: &str) -> String {
    parse_timestamp(timestamp)
        .map(|t| {
            format!(
                "{}, {}",
                weekday_name(t.year, t.month, t.day),
                dmy(t.year, t.month, t.day)
            )
        })
        .unwrap_or_default()
}

/// A day as `dd/mm/yyyy`.
pub fn format_day(d: Date) -> String {
    dmy(d.year, d.month, d.day)
}

/// `"2026-12-15"` → `"15/12/2026"`.
pub fn format_calendar_date(date: &str) -> String {
    parse_date(date)
        .map(|d| dmy(d.year, d.month, d.day))
        .unwrap_or_default()
}

/// The Vietnamese day name: "Thứ Hai" … "Thứ Bảy", "Chủ nhật".
pub fn weekday_name(year: i32, month: u32, day: u32) -> &'static str {
    const NAMES: [&str; 7] = [
        "Thứ Hai",
        "Thứ Ba",
        "Thứ Tư",
        "Thứ Năm",
        "Thứ Sáu",
        "Thứ Bảy",
        "Chủ nhật",
    ];
    NAMES[Date { year, month, day }.weekday()]
}

fn dmy(year: i32, month: u32, day: u32) -> String {
    format!("{day:02}/{month:02}/{year:04}")
}

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn parse_offset(s: &str) -> Option<i64> {
    if s == "Z" || s == "z" {
        return Some(0);
    }
    let sign = match s.get(0..1)? {
        "+" => 1,
        "-" => -1,
        _ => return None,
    };
    if s.len() != 6 || s.get(3..4)? != ":" {
        return None;
    }
    let hours = digits(s.get(1..3)?)?;
    let minutes = digits(s.get(4..6)?)?;
    if hours > 23 || minutes > 59 {
        return None;
    }
    Some(sign * i64::from(hours * 3600 + minutes * 60))
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn valid_date(year: i32, month: u32, day: u32) -> bool {
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days_in_month).contains(&day)
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` after 1970-01-01.
pub fn date_from_days(days: i64) -> Date {
    let (year, month, day) = civil_from_days(days);
    Date { year, month, day }
}

fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_with_dots() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(5954), "5.954");
        assert_eq!(group_thousands(3_219_712), "3.219.712");
        assert_eq!(group_thousands(1_000_000), "1.000.000");
    }

    #[test]
    fn dates_are_shown_in_vietnam_time() {
        assert_eq!(format_date("2024-06-24T08:30:00+07:00"), "24/06/2024");
        // 18:00 UTC on the 23rd is already the 24th in Hà Nội.
        assert_eq!(format_date("2024-06-23T18:00:00Z"), "24/06/2024");
        assert_eq!(format_date("2024-06-23T16:59:59Z"), "23/06/2024");
        assert_eq!(format_date("2023-12-31T20:00:00-05:00"), "01/01/2024");
        assert_eq!(format_date("2024-02-29T12:00:00.123+07:00"), "29/02/2024");
    }

    #[test]
    fn long_date_names_the_weekday() {
        assert_eq!(
            format_long_date("2024-06-24T08:30:00+07:00"),
            "Thứ Hai, 24/06/2024"
        );
        assert_eq!(
            format_long_date("2024-06-23T08:30:00+07:00"),
            "Chủ nhật, 23/06/2024"
        );
        assert_eq!(weekday_name(1970, 1, 1), "Thứ Năm");
        assert_eq!(weekday_name(2026, 11, 28), "Thứ Bảy");
    }

    #[test]
    fn bad_timestamps_give_nothing_instead_of_a_wrong_date() {
        for bad in [
            "",
            "24/06/2024",
            "2024-13-01T00:00:00Z",
            "2023-02-29T00:00:00Z",
            "2024-06-24",
            "2024-06-24T25:00:00Z",
            "2024-06-24T08:30:00",
            "2024-06-24T08:30:00+7",
            "2024-06-24T08:30:00.+07:00",
            "２０２４-06-24T08:30:00Z",
            "2024-06-24T08:3０:00Z",
        ] {
            assert_eq!(format_date(bad), "", "{bad:?}");
        }
    }

    #[test]
    fn calendar_dates() {
        assert_eq!(format_calendar_date("2026-12-15"), "15/12/2026");
        assert_eq!(format_calendar_date("2026-12-32"), "");
        assert_eq!(
            parse_date("2024-02-29"),
            Some(Date {
                year: 2024,
                month: 2,
                day: 29
            })
        );
    }

    #[test]
    fn today_is_counted_in_vietnam() {
        // 2026-11-28T17:30:00Z is already the 29th in Hà Nội.
        let ms = (days_from_civil(2026, 11, 28) * 86_400 + 17 * 3600 + 1800) as f64 * 1000.0;
        assert_eq!(
            vietnam_date_at(ms),
            Date {
                year: 2026,
                month: 11,
                day: 29
            }
        );
        assert_eq!(vietnam_date_at(f64::NAN).year, 1970);
    }

    #[test]
    fn civil_round_trip() {
        for days in [-800_000, -1, 0, 1, 19_000, 20_000, 2_000_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }
}
