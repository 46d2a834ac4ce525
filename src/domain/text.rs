//! Vietnamese text: folding for search (diacritics and case ignored, `đ`
//! matches `d`) and collation.
//!
//! Readers often type without diacritics ("gom su bat trang"), so every
//! search compares folded text. Folding handles precomposed (NFC) letters,
//! which is what the API sends, and also drops combining marks, so text that
//! arrives decomposed (NFD) folds the same way.

/// Lowercases, strips Vietnamese diacritics and maps `đ` to `d`.
/// `"Gốm sứ Bát Tràng"` → `"gom su bat trang"`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_combining_mark(c) {
            continue;
        }
        match base_letter(c) {
            Some(b) => out.push(b),
            None => out.extend(c.to_lowercase().filter(|c| !is_combining_mark(*c))),
        }
    }
    out
}

/// The folded words of `s`: letters and digits, split at everything else.
pub fn words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// The unaccented lowercase letter of a Vietnamese letter, if it has one.
fn base_letter(c: char) -> Option<char> {
    const TABLE: [(char, &str); 7] = [
        ('a', "aàáảãạăằắẳẵặâầấẩẫậAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"),
        ('e', "eèéẻẽẹêềếểễệEÈÉẺẼẸÊỀẾỂỄỆ"),
        ('i', "iìíỉĩịIÌÍỈĨỊ"),
        ('o', "oòóỏõọôồốổỗộơờớởỡợOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"),
        ('u', "uùúủũụưừứửữựUÙÚỦŨỤƯỪỨỬỮỰ"),
        ('y', "yỳýỷỹỵYỲÝỶỸỴ"),
        ('d', "dđDĐ"),
    ];
    if c.is_ascii() {
        return None;
    }
    TABLE
        .iter()
        .find(|(_, letters)| letters.contains(c))
        .map(|(base, _)| *base)
}

// ---------------------------------------------------------------------------
// Vietnamese alphabetical order (collation)
//
// Vietnamese letters are not ordered like their ASCII look-alikes: `ă` and `â`
// are letters of their own after `a`, `đ` comes after `d`, `ô` and `ơ` after
// `o`, `ư` after `u`. Tone marks, on the other hand, are not letters: two
// words that differ only by tone sort next to each other, in the traditional
// tone order (none, huyền, sắc, hỏi, ngã, nặng). So comparison has levels:
// letters first, then tones, then case, then raw bytes so that the order is
// total (only identical strings compare equal).

/// One collation element: a letter (with its tone and case split off) or any
/// other character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct CollationElement {
    /// Letter order, case-insensitive; see [`primary_weight`].
    primary: u32,
    /// 0 = no tone, then huyền, sắc, hỏi, ngã, nặng (1..=5).
    tone: u8,
    upper: bool,
}

/// Primary weights put each letter at its ASCII base's code point, shifted
/// left to leave room for the Vietnamese variants of that base (`a` < `ă` <
/// `â`), so letters interleave naturally with digits and punctuation, which
/// keep their code-point order. `+ 1` keeps 0 free as the level separator in
/// [`collation_key`].
fn primary_weight(base: char, variant: u8) -> u32 {
    ((base as u32) << 2 | u32::from(variant)) + 1
}

/// Vowels with a variant (breve, circumflex, horn) and their six tones, in
/// tone order. `(ASCII base, variant, lowercase forms, uppercase forms)`.
const VOWEL_ROWS: [(char, u8, &str, &str); 12] = [
    ('a', 0, "aàáảãạ", "AÀÁẢÃẠ"),
    ('a', 1, "ăằắẳẵặ", "ĂẰẮẲẴẶ"),
    ('a', 2, "âầấẩẫậ", "ÂẦẤẨẪẬ"),
    ('e', 0, "eèéẻẽẹ", "EÈÉẺẼẸ"),
    ('e', 1, "êềếểễệ", "ÊỀẾỂỄỆ"),
    ('i', 0, "iìíỉĩị", "IÌÍỈĨỊ"),
    ('o', 0, "oòóỏõọ", "OÒÓỎÕỌ"),
    ('o', 1, "ôồốổỗộ", "ÔỒỐỔỖỘ"),
    ('o', 2, "ơờớởỡợ", "ƠỜỚỞỠỢ"),
    ('u', 0, "uùúủũụ", "UÙÚỦŨỤ"),
    ('u', 1, "ưừứửữự", "ƯỪỨỬỮỰ"),
    ('y', 0, "yỳýỷỹỵ", "YỲÝỶỸỴ"),
];

/// Every precomposed non-ASCII Vietnamese letter, sorted by `char` for
/// binary search; built once.
fn vietnamese_letters() -> &'static [(char, CollationElement)] {
    static TABLE: std::sync::OnceLock<Vec<(char, CollationElement)>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = vec![
            (
                'đ',
                CollationElement {
                    primary: primary_weight('d', 1),
                    tone: 0,
                    upper: false,
                },
            ),
            (
                'Đ',
                CollationElement {
                    primary: primary_weight('d', 1),
                    tone: 0,
                    upper: true,
                },
            ),
        ];
        for (base, variant, lower, upper) in VOWEL_ROWS {
            for (forms, is_upper) in [(lower, false), (upper, true)] {
                for (tone, c) in (0u8..).zip(forms.chars()) {
                    if !c.is_ascii() {
                        let element = CollationElement {
                            primary: primary_weight(base, variant),
                            tone,
                            upper: is_upper,
                        };
                        table.push((c, element));
                    }
                }
            }
        }
        table.sort_unstable_by_key(|(c, _)| *c);
        table
    })
}

/// The collation element of one character standing alone.
fn element_of(c: char) -> CollationElement {
    if c.is_ascii_alphabetic() {
        return CollationElement {
            primary: primary_weight(c.to_ascii_lowercase(), 0),
            tone: 0,
            upper: c.is_ascii_uppercase(),
        };
    }
    if c.is_ascii() {
        return CollationElement {
            primary: primary_weight(c, 0),
            tone: 0,
            upper: false,
        };
    }
    let table = vietnamese_letters();
    if let Ok(i) = table.binary_search_by_key(&c, |(t, _)| *t) {
        return table[i].1;
    }
    // Other letters sort case-insensitively by their lowercase code point;
    // everything else by its own.
    let mut lower = c.to_lowercase();
    let folded = match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    };
    CollationElement {
        primary: primary_weight(folded, 0),
        tone: 0,
        upper: folded != c,
    }
}

/// Tone of a combining tone mark (NFD text), 1..=5.
fn combining_tone(c: char) -> Option<u8> {
    match c {
        '\u{0300}' => Some(1), // huyền
        '\u{0301}' => Some(2), // sắc
        '\u{0309}' => Some(3), // hỏi
        '\u{0303}' => Some(4), // ngã
        '\u{0323}' => Some(5), // nặng
        _ => None,
    }
}

/// Applies a combining breve, circumflex or horn (NFD text) to a plain vowel,
/// when the result is a Vietnamese letter (`a` + breve = `ă`, …).
fn with_combining_variant(element: &mut CollationElement, mark: char) {
    let plain = |base| primary_weight(base, 0);
    let variant = match mark {
        '\u{0306}' if element.primary == plain('a') => 1,
        '\u{0302}' if element.primary == plain('a') => 2,
        '\u{0302}' if element.primary == plain('e') || element.primary == plain('o') => 1,
        '\u{031B}' if element.primary == plain('o') => 2,
        '\u{031B}' if element.primary == plain('u') => 1,
        _ => return,
    };
    element.primary += variant;
}

/// The collation elements of a string. Combining marks fold into the letter
/// before them, so NFD text collates like NFC; marks that make no Vietnamese
/// letter (or start the string) are ignored except by the final byte order.
struct CollationElements<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

impl Iterator for CollationElements<'_> {
    type Item = CollationElement;

    fn next(&mut self) -> Option<CollationElement> {
        let mut element = loop {
            let c = self.chars.next()?;
            if !is_combining_mark(c) {
                break element_of(c);
            }
        };
        while let Some(&mark) = self.chars.peek().filter(|c| is_combining_mark(**c)) {
            self.chars.next();
            match combining_tone(mark) {
                Some(tone) if element.tone == 0 => element.tone = tone,
                Some(_) => {}
                None => with_combining_variant(&mut element, mark),
            }
        }
        Some(element)
    }
}

fn collation_elements(s: &str) -> CollationElements<'_> {
    CollationElements {
        chars: s.chars().peekable(),
    }
}

/// Vietnamese alphabetical order: letters `a ă â b c d đ e ê g h i k l m n o
/// ô ơ p q r s t u ư v x y` (other Latin letters in their usual place),
/// ignoring case; then tones (none, huyền, sắc, hỏi, ngã, nặng); then case
/// (lowercase first); then bytes, so only identical strings are equal.
/// Allocation-free; for sorting many strings, [`collation_key`] once each.
pub fn compare_vi(a: &str, b: &str) -> std::cmp::Ordering {
    let level = |f: fn(CollationElement) -> u32| {
        collation_elements(a)
            .map(f)
            .cmp(collation_elements(b).map(f))
    };
    level(|e| e.primary)
        .then_with(|| level(|e| u32::from(e.tone)))
        .then_with(|| level(|e| u32::from(e.upper)))
        .then_with(|| a.as_bytes().cmp(b.as_bytes()))
}

/// A sort key whose plain `Ord` agrees with [`compare_vi`] up to its final
/// byte-order tie-break: letter weights, `0`, tone weights, `0`, case
/// weights. (The separator is below every weight, so a string that is a
/// prefix of another at one level sorts first, as in `compare_vi`.)
pub fn collation_key(s: &str) -> Vec<u32> {
    // No more elements than bytes: one allocation, no regrowth.
    let mut elements = Vec::with_capacity(s.len());
    elements.extend(collation_elements(s));
    let mut key = Vec::with_capacity(elements.len() * 3 + 2);
    key.extend(elements.iter().map(|e| e.primary));
    key.push(0);
    key.extend(elements.iter().map(|e| u32::from(e.tone) + 1));
    key.push(0);
    key.extend(elements.iter().map(|e| u32::from(e.upper) + 1));
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_diacritics_and_case() {
        assert_eq!(fold("Gốm sứ Bát Tràng"), "gom su bat trang");
        assert_eq!(fold("ĐẶNG XÁ"), "dang xa");
        assert_eq!(fold("đ"), "d");
        assert_eq!(fold("Phù Đổng"), "phu dong");
        assert_eq!(fold("Kiêu Kỵ"), "kieu ky");
        assert_eq!(fold("Ưu tiên"), "uu tien");
        assert_eq!(fold("ABC xyz 123"), "abc xyz 123");
    }

    #[test]
    fn decomposed_text_folds_like_precomposed() {
        // "Bát Tràng" written with combining acute and grave accents.
        let nfd = "Ba\u{0301}t Tra\u{0300}ng";
        assert_eq!(fold(nfd), "bat trang");
        // "ệ" as e + circumflex + dot below
        assert_eq!(fold("Le\u{0302}\u{0323} Chi"), "le chi");
    }

    #[test]
    fn other_scripts_pass_through() {
        assert_eq!(fold("Ω 東京 🌸"), "ω 東京 🌸");
    }

    #[test]
    fn splits_words() {
        assert_eq!(
            words("Bộ bát đĩa — gốm sứ, hoa sen!"),
            ["bo", "bat", "dia", "gom", "su", "hoa", "sen"]
        );
    }

    fn sorted_vi(words: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        v.sort_by(|a, b| compare_vi(a, b));
        v
    }

    #[test]
    fn vietnamese_letters_have_their_own_places() {
        assert_eq!(
            sorted_vi(&[
                "Đường",
                "Dưa",
                "Ăn",
                "An",
                "Ấm",
                "Bánh",
                "Ba",
                "Ơi",
                "Ô",
                "O"
            ]),
            [
                "An",
                "Ăn",
                "Ấm",
                "Ba",
                "Bánh",
                "Dưa",
                "Đường",
                "O",
                "Ô",
                "Ơi"
            ]
        );
        assert_eq!(
            sorted_vi(&[
                "y", "ư", "u", "ơ", "ô", "o", "ê", "e", "đ", "d", "â", "ă", "a", "z", "f", "w"
            ]),
            ["a", "ă", "â", "d", "đ", "e", "ê", "f", "o", "ô", "ơ", "u", "ư", "w", "y", "z"]
        );
        // A letter decides before any tone: "ă" (even toneless) is after "á".
        assert_eq!(sorted_vi(&["ăn", "án", "ản"]), ["án", "ản", "ăn"]);
        // "Đ" after every "D…" word, however it continues.
        assert_eq!(sorted_vi(&["Đa", "Dz", "Dư"]), ["Dư", "Dz", "Đa"]);
    }

    #[test]
    fn tones_only_break_ties_in_traditional_order() {
        assert_eq!(
            sorted_vi(&["Bạ", "Bã", "Bả", "Bá", "Bà", "Ba"]),
            ["Ba", "Bà", "Bá", "Bả", "Bã", "Bạ"]
        );
        assert_eq!(sorted_vi(&["Bá", "Bà", "Ba"]), ["Ba", "Bà", "Bá"]);
        // Tones compare only when the letters are all equal.
        assert_eq!(
            sorted_vi(&["bán", "bàn", "ban", "bam"]),
            ["bam", "ban", "bàn", "bán"]
        );
        assert_eq!(sorted_vi(&["bà b", "ba c"]), ["bà b", "ba c"]);
    }

    #[test]
    fn case_breaks_ties_after_tones() {
        use std::cmp::Ordering::*;
        assert_eq!(compare_vi("bà", "Bà"), Less);
        assert_eq!(compare_vi("Ba", "bà"), Less);
        assert_eq!(compare_vi("BÁNH", "bánh"), Greater);
        assert_eq!(compare_vi("Ánh", "ánh"), Greater);
        assert_eq!(compare_vi("Đào", "đào"), Greater);
        assert_eq!(compare_vi("same", "same"), Equal);
    }

    #[test]
    fn decomposed_text_collates_like_precomposed() {
        use std::cmp::Ordering::*;
        let nfc_nfd = [
            ("Bát", "Ba\u{0301}t"),
            ("ăn", "a\u{0306}n"),
            ("ậu", "a\u{0323}\u{0302}u"), // NFD order: dot below before circumflex
            ("ậu", "a\u{0302}\u{0323}u"),
            ("Ơi", "O\u{031B}i"),
            ("ự", "u\u{031B}\u{0323}"),
            ("ễ", "e\u{0302}\u{0303}"),
        ];
        for (nfc, nfd) in nfc_nfd {
            assert_eq!(collation_key(nfc), collation_key(nfd), "{nfc:?}");
            assert_ne!(compare_vi(nfc, nfd), Equal);
        }
        // Stray marks change nothing but the final byte order.
        assert_eq!(collation_key("\u{0301}ba"), collation_key("ba"));
        assert_eq!(collation_key("b\u{0306}a"), collation_key("ba"));
        assert_eq!(compare_vi("a\u{0306}", "â"), Less);
    }

    #[test]
    fn non_letters_compare_by_code_point() {
        assert_eq!(
            sorted_vi(&["b", "2", "a", " ", "-", "10"]),
            [" ", "-", "10", "2", "a", "b"]
        );
        assert_eq!(sorted_vi(&["東", "a", "ω", "Ω"]), ["a", "ω", "Ω", "東"]);
        assert_eq!(sorted_vi(&["ab", "a", ""]), ["", "a", "ab"]);
    }

    #[test]
    fn collation_key_agrees_with_compare_vi() {
        let words = [
            "",
            "a",
            "A",
            "à",
            "ă",
            "Ă",
            "ằn",
            "ân",
            "an",
            "ba",
            "Bà",
            "bá",
            "bả",
            "Đa",
            "da",
            "dư",
            "dz",
            "Bát Tràng",
            "Bat Trang",
            "bat trang",
            "Ba\u{0301}t",
            "ô",
            "ơ",
            "o",
            "1",
            "ω",
            "Ω",
        ];
        for a in words {
            for b in words {
                let by_key = collation_key(a).cmp(&collation_key(b));
                let full = compare_vi(a, b);
                assert_eq!(
                    by_key.then_with(|| a.as_bytes().cmp(b.as_bytes())),
                    full,
                    "{a:?} {b:?}"
                );
            }
        }
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        const MIXED: &str = "[aăâbdđeêoôơuưyAĂÂĐÔƠƯàáảãạấầẫậắặốờợứựỳ0-9 ,\u{300}\u{301}\u{302}\u{306}\u{309}\u{31B}\u{323}ωΩ東]{0,8}";

        proptest! {
            #[test]
            fn key_order_is_compare_vi_before_bytes(a in MIXED, b in MIXED) {
                let by_key = collation_key(&a).cmp(&collation_key(&b));
                prop_assert_eq!(by_key.then_with(|| a.as_bytes().cmp(b.as_bytes())), compare_vi(&a, &b));
            }

            #[test]
            fn compare_vi_is_a_total_order(a in MIXED, b in MIXED, c in MIXED) {
                prop_assert_eq!(compare_vi(&a, &b), compare_vi(&b, &a).reverse());
                prop_assert_eq!(compare_vi(&a, &b) == std::cmp::Ordering::Equal, a == b);
                if compare_vi(&a, &b).is_le() && compare_vi(&b, &c).is_le() {
                    prop_assert!(compare_vi(&a, &c).is_le());
                }
            }

            #[test]
            fn never_panics(a in any::<String>(), b in any::<String>()) {
                let _ = compare_vi(&a, &b);
                let _ = collation_key(&a);
            }
        }
    }
}
