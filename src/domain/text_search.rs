//! Forgiving text search: the one matcher behind the header's suggestions,
//! `/tim-kiem` (products and articles) and the gallery's text box.
//!
//! Readers type on phone keyboards, often without accents and with slips
//! ("gom bat tran", "mật ôngg"). A query's words match a record's words in
//! any order, every query word somewhere in the record:
//! - exactly as typed (accents included), or folded (`gom` ~ `gốm`, `đ` ~ `d`);
//! - the last word, still being typed, also as the start of a word;
//! - with one slip (insert, delete, substitute, swap) in a word of ≥ 5
//!   letters, two in ≥ 9 (the longer of the typed and the indexed word);
//!
//! A record's score adds, per query word, its best fit: exact over folded
//! over a word's start over a slip, in a name over elsewhere. Ties go to
//! the record's own rank (more stars), then to the order records were
//! given in. The index is built once per data load; a query is a look-up
//! per query word in the sorted vocabulary plus one bounded edit-distance
//! pass over the words of near length.

use super::text::fold;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Where in a record a word stands: names rank above the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    Detail,
}

/// How a query word met a word of the index, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    /// As typed, accents included.
    Exact,
    /// Equal once folded.
    Folded,
    /// The start of the word (only the last query word).
    Start,
    /// Within the slips the word's length allows.
    Slip,
}

impl Fit {
    fn points(self, field: Field) -> u32 {
        let fit = match self {
            Fit::Exact => 8,
            Fit::Folded => 7,
            Fit::Start => 4,
            Fit::Slip => 3,
        };
        match field {
            Field::Name => fit * 3,
            Field::Detail => fit,
        }
    }
}

/// One record to index: its name, its other texts, and its rank among
/// equal matches (stars: more first).
pub struct Record<'a> {
    pub name: &'a str,
    pub details: &'a [&'a str],
    pub rank: u8,
}

/// A word where it stands: which record, which field, spelt how.
#[derive(Clone, Debug)]
struct Posting {
    record: u32,
    field: Field,
    /// Index into the word's `spellings`.
    spelling: u32,
}

/// One folded word of the vocabulary.
#[derive(Clone, Debug)]
struct Word {
    folded: String,
    letters: Vec<char>,
    /// Lower-cased spellings as written, each with how often (the most
    /// frequent is what a suggestion shows).
    spellings: Vec<(String, u32)>,
    /// As first written, for suggestions ("Bát Tràng", not "bát tràng").
    shown: Vec<String>,
    postings: Vec<Posting>,
}

/// Records' words, sorted, built once per data load.
#[derive(Clone, Debug, Default)]
pub struct TextIndex {
    words: Vec<Word>,
    ranks: Vec<u8>,
}

/// A record that matched, with its score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub record: usize,
    pub score: u32,
    /// Whether some query word met the record's name (not only details).
    pub in_name: bool,
}

/// What a query matched, for highlighting: words met whole (folded), and
/// starts of words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marks {
    whole: HashSet<String>,
    starts: Vec<String>,
}

impl Marks {
    /// Adds what another search of the same text marked.
    pub fn merge(&mut self, other: Marks) {
        self.whole.extend(other.whole);
        self.starts.extend(other.starts);
        self.starts.sort();
        self.starts.dedup();
    }
}

/// The answer to a query: hits best first, and what to highlight.
#[derive(Clone, Debug, Default)]
pub struct Found {
    pub hits: Vec<Hit>,
    pub marks: Marks,
}

/// A word of the query: lower-cased as typed, and folded.
#[derive(Clone, Debug)]
struct QueryWord {
    typed: String,
    folded: String,
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// The words of `text` as written (letters, digits and combining marks).
fn spans(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
}

/// The query's words, a repeated word once (where it last stands: the
/// word being typed stays last); and whether the last one is still being
/// typed (the text does not end after it).
fn query_words(text: &str) -> (Vec<QueryWord>, bool) {
    let mut seen = HashSet::new();
    let mut words: Vec<QueryWord> = spans(text)
        .map(|w| QueryWord {
            typed: w.to_lowercase(),
            folded: fold(w),
        })
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .filter(|w| !w.folded.is_empty() && seen.insert(w.folded.clone()))
        .collect();
    words.reverse();
    let typing = text.chars().last().is_some_and(is_word_char);
    (words, typing)
}

/// Whether `text` has no word to search for (empty, or punctuation only):
/// a filter of such text filters nothing.
pub fn has_no_words(text: &str) -> bool {
    spans(text).all(|w| fold(w).is_empty())
}

/// The slips a word of `letters` letters may carry and still match.
pub fn slips_allowed(letters: usize) -> usize {
    match letters {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Optimal-string-alignment distance (insert, delete, substitute, swap of
/// neighbours), or `None` when it exceeds `limit`.
pub fn edit_distance(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let width = b.len() + 1;
    let mut before: Vec<usize> = vec![0; width];
    let mut last: Vec<usize> = (0..width).collect();
    let mut row: Vec<usize> = vec![0; width];
    for i in 1..=a.len() {
        row[0] = i;
        let mut best = row[0];
        for j in 1..width {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (last[j] + 1).min(row[j - 1] + 1).min(last[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            row[j] = d;
            best = best.min(d);
        }
        if best > limit {
            return None;
        }
        std::mem::swap(&mut before, &mut last);
        std::mem::swap(&mut last, &mut row);
    }
    let d = last[b.len()];
    (d <= limit).then_some(d)
}

impl TextIndex {
    pub fn new<'a>(records: impl IntoIterator<Item = Record<'a>>) -> Self {
        let mut words: BTreeMap<String, Word> = BTreeMap::new();
        let mut ranks = Vec::new();
        for (i, record) in records.into_iter().enumerate() {
            let Ok(record_no) = u32::try_from(i) else {
                break;
            };
            ranks.push(record.rank);
            let fields = std::iter::once((Field::Name, record.name))
                .chain(record.details.iter().map(|d| (Field::Detail, *d)));
            for (field, text) in fields {
                for written in spans(text) {
                    let folded = fold(written);
                    if folded.is_empty() {
                        continue;
                    }
                    let lower = written.to_lowercase();
                    let word = words.entry(folded.clone()).or_insert_with(|| Word {
                        letters: folded.chars().collect(),
                        folded,
                        spellings: Vec::new(),
                        shown: Vec::new(),
                        postings: Vec::new(),
                    });
                    let spelling = match word.spellings.iter().position(|(s, _)| *s == lower) {
                        Some(at) => {
                            word.spellings[at].1 += 1;
                            at
                        }
                        None => {
                            word.spellings.push((lower, 1));
                            word.shown.push(written.to_owned());
                            word.spellings.len() - 1
                        }
                    };
                    let posting = Posting {
                        record: record_no,
                        field,
                        spelling: u32::try_from(spelling).unwrap_or(0),
                    };
                    // A word twice in one field of one record counts once.
                    let repeated = word
                        .postings
                        .last()
                        .is_some_and(|p| p.record == posting.record && p.field == posting.field);
                    if !repeated {
                        word.postings.push(posting);
                    }
                }
            }
        }
        TextIndex {
            words: words.into_values().collect(),
            ranks,
        }
    }

    /// Number of records indexed.
    pub fn len(&self) -> usize {
        self.ranks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ranks.is_empty()
    }

    /// Number of distinct folded words.
    pub fn vocabulary(&self) -> usize {
        self.words.len()
    }

    /// Position of the first word not below `folded`.
    fn lower_bound(&self, folded: &str) -> usize {
        self.words.partition_point(|w| w.folded.as_str() < folded)
    }

    /// The vocabulary words `q` meets, with how.
    fn fits(&self, q: &QueryWord, typing: bool) -> Vec<(usize, Fit)> {
        let mut fits = Vec::new();
        let from = self.lower_bound(&q.folded);
        for (at, word) in self.words.iter().enumerate().skip(from) {
            if word.folded == q.folded {
                fits.push((at, Fit::Folded));
            } else if typing && word.folded.starts_with(&q.folded) {
                fits.push((at, Fit::Start));
            } else {
                break;
            }
        }
        let letters: Vec<char> = q.folded.chars().collect();
        // A letter typed twice ("ôngg", a key that bounced) is a slip
        // whatever the word's length.
        if letters.len() >= 3 {
            for i in 1..letters.len() {
                if letters[i] != letters[i - 1] {
                    continue;
                }
                let once: String = letters[..i].iter().chain(&letters[i + 1..]).collect();
                let at = self.lower_bound(&once);
                if self.words.get(at).is_some_and(|w| w.folded == once)
                    && !fits.iter().any(|&(seen, _)| seen == at)
                {
                    fits.push((at, Fit::Slip));
                }
            }
        }
        // The longer of the two words sets the slips (a letter dropped
        // from "triển" leaves four, and is still one slip).
        if slips_allowed(letters.len() + 1) > 0 {
            for (at, word) in self.words.iter().enumerate() {
                let limit = slips_allowed(letters.len().max(word.letters.len()));
                if limit > 0
                    && word.folded != q.folded
                    && !(typing && word.folded.starts_with(&q.folded))
                    && !fits.iter().any(|&(seen, _)| seen == at)
                    && edit_distance(&letters, &word.letters, limit).is_some()
                {
                    fits.push((at, Fit::Slip));
                }
            }
        }
        fits
    }

    /// The records matching every word of `text`, best first. An empty
    /// query finds nothing.
    pub fn find(&self, text: &str) -> Found {
        let (query, typing) = query_words(text);
        let mut found = Found::default();
        if query.is_empty() {
            return found;
        }
        let mut total = vec![0u32; self.len()];
        let mut met = vec![0u16; self.len()];
        let mut in_name = vec![false; self.len()];
        let last = query.len() - 1;
        for (n, q) in query.iter().enumerate() {
            let mut best: HashMap<u32, (u32, Field)> = HashMap::new();
            for (at, fit) in self.fits(q, typing && n == last) {
                let word = &self.words[at];
                match fit {
                    Fit::Start => found.marks.starts.push(q.folded.clone()),
                    _ => {
                        found.marks.whole.insert(word.folded.clone());
                    }
                }
                for p in &word.postings {
                    let fit = match fit {
                        Fit::Folded
                            if word
                                .spellings
                                .get(p.spelling as usize)
                                .is_some_and(|(s, _)| *s == q.typed) =>
                        {
                            Fit::Exact
                        }
                        other => other,
                    };
                    let points = fit.points(p.field);
                    let entry = best.entry(p.record).or_insert((0, p.field));
                    if points > entry.0 {
                        *entry = (points, p.field);
                    }
                }
            }
            for (record, (points, field)) in best {
                let r = record as usize;
                total[r] += points;
                met[r] += 1;
                in_name[r] |= field == Field::Name;
            }
        }
        let needed = u16::try_from(query.len()).unwrap_or(u16::MAX);
        let mut hits: Vec<Hit> = (0..self.len())
            .filter(|&r| met[r] == needed)
            .map(|r| Hit {
                record: r,
                score: total[r],
                in_name: in_name[r],
            })
            .collect();
        hits.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then_with(|| self.ranks[b.record].cmp(&self.ranks[a.record]))
                .then_with(|| a.record.cmp(&b.record))
        });
        found.marks.starts.sort();
        found.marks.starts.dedup();
        found.hits = hits;
        found
    }

    /// A nearby query that finds something, for a query that finds
    /// nothing: each word replaced by a close word of the index, chosen so
    /// that the words so far still find something together, and spelt as
    /// the best record found spells it ("gom bat trnagg" → "gốm Bát
    /// Tràng"). `None` when no such query is at hand, or it is the query
    /// itself.
    pub fn did_you_mean(&self, text: &str) -> Option<String> {
        let (query, _) = query_words(text);
        if query.is_empty() {
            return None;
        }
        let mut chosen: Vec<&Word> = Vec::new();
        let finds = |words: &[&Word]| {
            let trial = words
                .iter()
                .map(|w| w.folded.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            self.find(&format!("{trial} "))
                .hits
                .first()
                .map(|h| h.record)
        };
        for q in &query {
            let word = self.close_words(q).into_iter().find(|candidate| {
                let mut trial = chosen.clone();
                trial.push(candidate);
                finds(&trial).is_some()
            })?;
            chosen.push(word);
        }
        let best = u32::try_from(finds(&chosen)?).ok()?;
        let spelt: Vec<String> = chosen
            .iter()
            .map(|word| {
                let at = word
                    .postings
                    .iter()
                    .find(|p| p.record == best)
                    .map_or(0, |p| p.spelling as usize);
                word.shown
                    .get(at)
                    .cloned()
                    .unwrap_or_else(|| word.folded.clone())
            })
            .collect();
        let suggestion = spelt.join(" ");
        let typed = query
            .iter()
            .map(|q| q.typed.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        (suggestion.to_lowercase() != typed).then_some(suggestion)
    }

    /// The words of the index closest to `q`, nearest and most used first:
    /// the word itself when known, else words within one slip (≤ 5
    /// letters) or two.
    fn close_words(&self, q: &QueryWord) -> Vec<&Word> {
        let letters: Vec<char> = q.folded.chars().collect();
        let limit = match letters.len() {
            0..=2 => 0,
            3..=5 => 1,
            _ => 2,
        };
        let mut near: Vec<(usize, usize, &Word)> = self
            .words
            .iter()
            .filter_map(|w| {
                edit_distance(&letters, &w.letters, limit).map(|d| (d, w.postings.len(), w))
            })
            .collect();
        near.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        near.into_iter().take(8).map(|(_, _, word)| word).collect()
    }
}

/// Splits `text` into runs, `true` for what the query matched: whole words
/// met (also through a slip) and the typed start of a word, compared
/// folded and shown as written. `"Gốm sứ Bát Tràng"` with marks of
/// "gom trag" → `[("Gốm", true), (" sứ Bát ", false), ("Tràng", true)]`.
pub fn highlight(text: &str, marks: &Marks) -> Vec<(String, bool)> {
    let mut runs: Vec<(String, bool)> = Vec::new();
    let mut push = |s: &str, marked: bool| match runs.last_mut() {
        Some((run, m)) if *m == marked => run.push_str(s),
        _ if s.is_empty() => {}
        _ => runs.push((s.to_owned(), marked)),
    };
    let mut rest = text;
    while !rest.is_empty() {
        let split = rest
            .char_indices()
            .find(|&(_, c)| is_word_char(c) != rest.starts_with(is_word_char))
            .map_or(rest.len(), |(i, _)| i);
        let (piece, tail) = rest.split_at(split);
        rest = tail;
        if !piece.starts_with(is_word_char) {
            push(piece, false);
            continue;
        }
        let folded = fold(piece);
        if marks.whole.contains(&folded) {
            push(piece, true);
            continue;
        }
        let start = marks
            .starts
            .iter()
            .filter(|s| folded.starts_with(s.as_str()))
            .map(|s| s.chars().count())
            .max();
        match start {
            Some(letters) => {
                // Mark the written letters whose folding makes the start.
                let mut counted = 0;
                let mut end = piece.len();
                for (i, c) in piece.char_indices() {
                    if counted >= letters {
                        end = i;
                        break;
                    }
                    counted += fold(c.encode_utf8(&mut [0; 4])).chars().count();
                }
                // Combining marks after the last letter belong to it.
                let end = piece[end..]
                    .char_indices()
                    .find(|&(_, c)| !is_mark(c))
                    .map_or(piece.len(), |(i, _)| end + i);
                push(&piece[..end], true);
                push(&piece[end..], false);
            }
            None => push(piece, false),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index_of(names: &[(&str, &str, u8)]) -> TextIndex {
        let details: Vec<[&str; 1]> = names.iter().map(|(_, d, _)| [*d]).collect();
        TextIndex::new(
            names
                .iter()
                .zip(&details)
                .map(|((name, _, rank), d)| Record {
                    name,
                    details: d,
                    rank: *rank,
                }),
        )
    }

    fn catalogue() -> TextIndex {
        index_of(&[
            ("Bình gốm men rạn", "Bát Tràng", 4),
            ("Mật ong hoa nhãn", "Phù Đổng", 3),
            ("Bánh chưng Tranh Khúc", "Duyên Hà", 4),
            ("Gốm men lam", "Bát Tràng", 5),
            ("Mứt gừng", "Trâu Quỳ", 3),
            ("Rau an toàn", "Văn Đức", 4),
            ("Gờm thử", "Không có", 3),
        ])
    }

    fn records(found: &Found) -> Vec<usize> {
        found.hits.iter().map(|h| h.record).collect()
    }

    #[test]
    fn edit_distance_counts_each_kind_of_slip_once() {
        let d = |a: &str, b: &str, k| {
            edit_distance(
                &a.chars().collect::<Vec<_>>(),
                &b.chars().collect::<Vec<_>>(),
                k,
            )
        };
        assert_eq!(d("trang", "trang", 1), Some(0));
        assert_eq!(d("trang", "trng", 1), Some(1));
        assert_eq!(d("trang", "tranng", 1), Some(1));
        assert_eq!(d("trang", "trong", 1), Some(1));
        assert_eq!(d("trang", "tarng", 1), Some(1));
        assert_eq!(d("trang", "tagnr", 1), None);
        assert_eq!(d("chung", "ch", 2), None);
        assert_eq!(d("", "ab", 2), Some(2));
    }

    #[test]
    fn slips_allowed_grow_with_the_word() {
        assert_eq!(slips_allowed(4), 0);
        assert_eq!(slips_allowed(5), 1);
        assert_eq!(slips_allowed(8), 1);
        assert_eq!(slips_allowed(9), 2);
    }

    #[test]
    fn words_match_folded_in_any_order_the_last_as_a_start() {
        let index = catalogue();
        // Both Bát Tràng ceramics; more stars first among equals.
        assert_eq!(records(&index.find("gom bat tran")), [3, 0]);
        assert_eq!(records(&index.find("bat trang gom")), [3, 0]);
        assert_eq!(records(&index.find("mat ong")), [1]);
        assert_eq!(records(&index.find("banh chung tranh khuc")), [2]);
        // A finished word ("tra ") is not a start.
        assert_eq!(records(&index.find("gom bat tra")), [3, 0]);
        assert!(index.find("gom bat tra ").hits.is_empty());
        assert!(index.find("").hits.is_empty());
        assert!(index.find(" ,. ").hits.is_empty());
    }

    #[test]
    fn slips_are_forgiven_by_the_word_s_length() {
        let index = catalogue();
        // A letter typed twice, at any length; five letters: one slip.
        assert_eq!(records(&index.find("mật ôngg")), [1]);
        assert_eq!(records(&index.find("mat onng")), [1]);
        assert_eq!(records(&index.find("banh chugn")), [2]);
        assert_eq!(records(&index.find("gom bat trnag")), [3, 0]);
        // Four letters: none ("gung" is not "gừng"'s slip but its folding).
        assert_eq!(records(&index.find("mut gung")), [4]);
        assert!(index.find("mut gnug ").hits.is_empty());
        // Two slips in a long word.
        let long = index_of_one("Nước mắm Cát Hải truyềnthống");
        assert_eq!(records(&long.find("truyenthnogg")), [0]);
    }

    fn index_of_one(name: &str) -> TextIndex {
        index_of(&[(name, "", 0)])
    }

    #[test]
    fn exact_beats_folded_beats_start_beats_slip_and_names_beat_details() {
        let index = catalogue();
        // "gốm" as typed meets "Gốm"/"gốm" exactly, "Gờm" only folded.
        let found = index.find("gốm ");
        let score = |r: usize| found.hits.iter().find(|h| h.record == r).map(|h| h.score);
        assert!(score(3) > score(6), "{:?}", found.hits);
        // Typed without accents, both are only folded: stars decide.
        let found = index.find("gom ");
        assert_eq!(records(&found), [3, 0, 6]);
        // In a name above in details.
        let both = index_of(&[("Trà", "Bát Tràng", 5), ("Bát Tràng", "Trà", 3)]);
        assert_eq!(records(&both.find("bat trang ")), [1, 0]);
        // A whole word above its start, a start above a slip.
        let kinds = index_of(&[("ganh", "", 3), ("ganhx", "", 4), ("gannh", "", 5)]);
        assert_eq!(records(&kinds.find("ganh")), [0, 1, 2]);
        let kinds = index_of(&[("mangox", "", 3), ("mangp", "", 5)]);
        assert_eq!(records(&kinds.find("mango")), [0, 1]);
        assert!(kinds.find("mango").hits[0].in_name);
    }

    #[test]
    fn highlights_whole_words_slips_and_typed_starts() {
        let index = catalogue();
        let found = index.find("gom bat trnag");
        assert_eq!(
            highlight("Gốm men lam, Bát Tràng", &found.marks),
            [
                ("Gốm".to_string(), true),
                (" men lam, ".to_string(), false),
                ("Bát".to_string(), true),
                (" ".to_string(), false),
                ("Tràng".to_string(), true),
            ]
        );
        let found = index.find("banh chung tra");
        assert_eq!(
            highlight("Bánh chưng Tranh Khúc", &found.marks),
            [
                ("Bánh".to_string(), true),
                (" ".to_string(), false),
                ("chưng".to_string(), true),
                (" ".to_string(), false),
                ("Tra".to_string(), true),
                ("nh Khúc".to_string(), false),
            ]
        );
        // Decomposed accents stay with their letter.
        let found = index.find("banh");
        let runs = highlight("Ba\u{301}nh", &found.marks);
        assert_eq!(runs, [("Ba\u{301}nh".to_string(), true)]);
        assert!(highlight("", &found.marks).is_empty());
    }

    #[test]
    fn did_you_mean_spells_the_closest_words_as_the_data_does() {
        let index = catalogue();
        assert_eq!(
            index.did_you_mean("gom bat trnagg").as_deref(),
            Some("gốm Bát Tràng")
        );
        assert_eq!(index.did_you_mean("mat ongf").as_deref(), Some("Mật ong"));
        // Words chosen together: "lan" is closer to "lam" and "gốm men lam"
        // exists, though "bàn" is used more.
        let together = index_of(&[
            ("Gốm men lam", "", 3),
            ("Bàn", "Bàn bàn bàn", 3),
            ("Bàn tre", "", 3),
        ]);
        assert_eq!(together.did_you_mean("gom lan").as_deref(), Some("Gốm lam"));
        // Nothing close: nothing to suggest.
        assert_eq!(index.did_you_mean("xyzzy"), None);
        // Already as the data spells it.
        assert_eq!(index.did_you_mean("Mật ong"), None);
    }
}
