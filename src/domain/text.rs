//! Vietnamese text: folding for search (diacritics and case ignored, `đ`
//! matches `d`) and slugs.
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

/// A URL slug: folded words joined by `-` (`"Gốm sứ"` → `"gom-su"`).
pub fn slugify(s: &str) -> String {
    words(s).join("-")
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
    fn words_and_slugs() {
        assert_eq!(
            words("Bộ bát đĩa — gốm sứ, hoa sen!"),
            ["bo", "bat", "dia", "gom", "su", "hoa", "sen"]
        );
        assert_eq!(slugify("Huyện Gia Lâm: Đổi mới"), "huyen-gia-lam-doi-moi");
    }
}
