//! The lenient decoding machinery behind [`super::models`]: `null` as the
//! default, lists whose bad items drop alone, star levels read forgivingly,
//! duplicates dropped, and the warnings all of that leaves for the console.

use super::models::{ArticleSummary, Commune, Geo, Group, IndexEntry, Point, ProductSummary};
use serde::{de::DeserializeOwned, Deserialize, Deserializer};
use std::cell::RefCell;

thread_local! {
    static WARNINGS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// While set, lists decode directly (fast); see [`decode_lenient`].
    static STRICT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Decodes `body` as `T`, fast when the data is well-formed, forgiving when
/// it is not: the first attempt reads lists directly; only if it fails is
/// the body read again with each list item buffered, so a malformed item
/// drops alone. (Buffering every item of a 10,000-product catalogue costs
/// more than twice the direct decode.)
pub fn decode_lenient<T: DeserializeOwned>(body: &str) -> Result<T, serde_json::Error> {
    STRICT.with(|s| s.set(true));
    let fast = serde_json::from_str::<T>(body);
    STRICT.with(|s| s.set(false));
    match fast {
        Ok(value) => Ok(value),
        Err(_) => {
            // The fast attempt's warnings describe a decode that was thrown away.
            take_warnings();
            serde_json::from_str::<T>(body)
        }
    }
}

/// What the last decodes skipped or repaired, for the console; clears the list.
pub fn take_warnings() -> Vec<String> {
    WARNINGS.with(|w| std::mem::take(&mut *w.borrow_mut()))
}

fn warn(message: String) {
    WARNINGS.with(|w| w.borrow_mut().push(message));
}

/// `null` (or absence, with `#[serde(default)]`) becomes the type's default.
pub(crate) fn null_default<'de, D, T>(de: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(de)?.unwrap_or_default())
}

/// A list whose malformed items are dropped one by one, each with a warning.
/// `null` or a non-list counts as empty.
pub(crate) fn lenient_vec<'de, D, T>(de: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    if STRICT.with(|s| s.get()) {
        return Ok(Option::<Vec<T>>::deserialize(de)?.unwrap_or_default());
    }
    let raw = match serde_json::Value::deserialize(de)? {
        serde_json::Value::Array(items) => items,
        serde_json::Value::Null => Vec::new(),
        other => {
            warn(format!("expected a list, got {}", kind_of(&other)));
            Vec::new()
        }
    };
    Ok(raw
        .into_iter()
        .enumerate()
        .filter_map(|(i, item)| match T::deserialize(item) {
            Ok(value) => Some(value),
            Err(e) => {
                warn(format!("skipped list item {i}: {e}"));
                None
            }
        })
        .collect())
}

/// OCOP certifies 3, 4 or 5 stars; anything else makes the product invalid
/// (dropped from its list). A number sent as text (`"5"`) is read, with a
/// warning.
pub(crate) fn stars<'de, D: Deserializer<'de>>(de: D) -> Result<u8, D::Error> {
    let value = serde_json::Value::deserialize(de)?;
    let n = match &value {
        serde_json::Value::Number(n) => n.as_u64(),
        serde_json::Value::String(s) => {
            let n = s.trim().parse::<u64>().ok();
            if n.is_some() {
                warn(format!("stars given as text: {s:?}"));
            }
            n
        }
        _ => None,
    };
    match n {
        Some(n @ 3..=5) => Ok(n as u8),
        _ => Err(serde::de::Error::custom(format!(
            "stars must be 3, 4 or 5, got {value}"
        ))),
    }
}

/// An index entry's category: a slug, or an object with one.
pub(crate) fn category_slug<'de, D: Deserializer<'de>>(de: D) -> Result<Option<String>, D::Error> {
    Ok(match serde_json::Value::deserialize(de)? {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Object(o) => o.get("slug").and_then(|s| s.as_str()).map(str::to_owned),
        _ => None,
    })
}

/// A point's `geo`: kept only when both coordinates are finite numbers in
/// range; anything else is dropped with a warning (the point stays).
pub(crate) fn lenient_geo<'de, D: Deserializer<'de>>(de: D) -> Result<Option<Geo>, D::Error> {
    let value = serde_json::Value::deserialize(de)?;
    if value.is_null() {
        return Ok(None);
    }
    let geo = Geo::deserialize(&value)
        .ok()
        .filter(|g| (-90.0..=90.0).contains(&g.lat) && (-180.0..=180.0).contains(&g.lng));
    if geo.is_none() {
        warn(format!("skipped unusable geo {value}"));
    }
    Ok(geo)
}

/// Items with an identity (id or slug), so duplicates can be dropped.
pub(crate) trait Keyed {
    fn key(&self) -> &str;
}

impl Keyed for ArticleSummary {
    fn key(&self) -> &str {
        &self.slug
    }
}
impl Keyed for IndexEntry {
    fn key(&self) -> &str {
        &self.slug
    }
}
impl Keyed for ProductSummary {
    fn key(&self) -> &str {
        &self.id
    }
}
impl Keyed for Commune {
    fn key(&self) -> &str {
        &self.slug
    }
}
impl Keyed for Point {
    fn key(&self) -> &str {
        &self.id
    }
}
impl Keyed for Group {
    fn key(&self) -> &str {
        &self.slug
    }
}

/// [`lenient_vec`], then the first item of each id or slug wins; later
/// duplicates are dropped with a warning.
pub(crate) fn lenient_unique<'de, D, T>(de: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned + Keyed,
{
    let items: Vec<T> = lenient_vec(de)?;
    let mut seen = std::collections::HashSet::new();
    Ok(items
        .into_iter()
        .filter(|item| {
            let fresh = seen.insert(item.key().to_owned());
            if !fresh {
                warn(format!("skipped duplicate {:?}", item.key()));
            }
            fresh
        })
        .collect())
}

fn kind_of(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "a list",
        serde_json::Value::Object(_) => "an object",
    }
}
