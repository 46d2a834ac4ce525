//! The lenient decoding machinery behind [`super::models`]: `null` as the
//! default, lists whose bad items drop alone, star levels read forgivingly,
//! duplicates dropped, and the warnings all of that leaves for the console.

use super::models::{ArticleSummary, Commune, Geo, Group, IndexEntry, Point, ProductSummary};
use serde::{de::DeserializeOwned, Deserialize, Deserializer};
use serde_json::value::RawValue;
use std::cell::RefCell;

thread_local! {
    static WARNINGS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// While set, lists decode directly (fast); see [`decode_lenient`].
    static STRICT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Decodes `body` as `T`, fast when the data is well-formed, forgiving when
/// it is not: the first attempt reads lists directly; only if it fails is
/// the body read again with each list item decoded on its own, so a
/// malformed item drops alone.
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
///
/// The forgiving pass reads the list as raw JSON slices and decodes each
/// item on its own with the same decoder as the document, so every model
/// is decoded by one piece of code however it arrives (what keeps the
/// browser bundles small).
pub(crate) fn lenient_vec<'de, D, T>(de: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    if STRICT.with(|s| s.get()) {
        return Ok(Option::<Vec<T>>::deserialize(de)?.unwrap_or_default());
    }
    let raw = <&RawValue>::deserialize(de)?;
    let items: Vec<&RawValue> = match raw.get().trim_start().as_bytes().first() {
        Some(b'[') => serde_json::from_str(raw.get()).map_err(serde::de::Error::custom)?,
        Some(b'n') => Vec::new(),
        _ => {
            warn(format!("expected a list, got {}", kind_of(raw)));
            Vec::new()
        }
    };
    Ok(items
        .into_iter()
        .enumerate()
        .filter_map(|(i, item)| match serde_json::from_str::<T>(item.get()) {
            Ok(value) => Some(value),
            Err(e) => {
                warn(format!("skipped list item {i}: {e}"));
                None
            }
        })
        .collect())
}

/// A document read twice from its raw JSON: as `S` (a summary) and as `R`
/// (the fields the full document adds), each ignoring the other's fields.
pub(crate) fn summary_and_rest<'de, D, S, R>(de: D) -> Result<(S, R), D::Error>
where
    D: Deserializer<'de>,
    S: DeserializeOwned,
    R: DeserializeOwned,
{
    let raw = <&RawValue>::deserialize(de)?;
    let summary = serde_json::from_str(raw.get()).map_err(serde::de::Error::custom)?;
    let rest = serde_json::from_str(raw.get()).map_err(serde::de::Error::custom)?;
    Ok((summary, rest))
}

/// OCOP certifies 3, 4 or 5 stars; anything else makes the product invalid
/// (dropped from its list). A number sent as text (`"5"`) is read, with a
/// warning.
pub(crate) fn stars<'de, D: Deserializer<'de>>(de: D) -> Result<u8, D::Error> {
    let raw = <&RawValue>::deserialize(de)?;
    let text = raw.get().trim();
    let n = match text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        Some(quoted) => {
            let n = quoted.trim().parse::<u8>().ok();
            if n.is_some() {
                warn(format!("stars given as text: {text}"));
            }
            n
        }
        None => text.parse::<u8>().ok(),
    };
    match n {
        Some(n @ 3..=5) => Ok(n),
        _ => Err(serde::de::Error::custom(format!(
            "stars must be 3, 4 or 5, got {text}"
        ))),
    }
}

/// An index entry's category: a slug, or an object with one.
pub(crate) fn category_slug<'de, D: Deserializer<'de>>(de: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    struct WithSlug {
        slug: String,
    }
    let raw = <&RawValue>::deserialize(de)?;
    Ok(match raw.get().trim_start().as_bytes().first() {
        Some(b'"') => serde_json::from_str::<String>(raw.get()).ok(),
        Some(b'{') => serde_json::from_str::<WithSlug>(raw.get())
            .ok()
            .map(|c| c.slug),
        _ => None,
    })
}

/// A point's `geo`: kept only when both coordinates are finite numbers in
/// range; anything else is dropped with a warning (the point stays).
pub(crate) fn lenient_geo<'de, D: Deserializer<'de>>(de: D) -> Result<Option<Geo>, D::Error> {
    let raw = <&RawValue>::deserialize(de)?;
    if raw.get().trim() == "null" {
        return Ok(None);
    }
    let geo = serde_json::from_str::<Geo>(raw.get())
        .ok()
        .filter(|g| (-90.0..=90.0).contains(&g.lat) && (-180.0..=180.0).contains(&g.lng));
    if geo.is_none() {
        warn(format!("skipped unusable geo {}", raw.get()));
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

/// What a raw JSON value is, for warnings.
fn kind_of(value: &RawValue) -> &'static str {
    match value.get().trim_start().as_bytes().first() {
        Some(b'n') => "null",
        Some(b't' | b'f') => "a boolean",
        Some(b'"') => "a string",
        Some(b'[') => "a list",
        Some(b'{') => "an object",
        _ => "a number",
    }
}
