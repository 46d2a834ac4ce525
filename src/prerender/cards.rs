//! Share cards: the PNGs that Open Graph and Twitter point at (Facebook and
//! Zalo show no SVG). A page's own picture, SVG or raster, is drawn to
//! cover 1200 × 630; pages without one get the site's card, its name on
//! the portal's colours.

use crate::domain::{
    html::escape_text,
    seo::{CARD_HEIGHT, CARD_WIDTH},
};
use resvg::{tiny_skia, usvg};
use std::sync::Arc;

/// Draws cards with the fonts this machine has (Debian's DejaVu or
/// Liberation, which cover Vietnamese, are what the build installs).
pub struct Painter {
    options: usvg::Options<'static>,
}

impl Painter {
    pub fn new() -> Painter {
        let mut fonts = usvg::fontdb::Database::new();
        fonts.load_system_fonts();
        fonts.set_sans_serif_family("DejaVu Sans");
        let options = usvg::Options {
            fontdb: Arc::new(fonts),
            font_family: "DejaVu Sans".to_owned(),
            ..usvg::Options::default()
        };
        Painter { options }
    }

    /// Whether any font was found (without one, the site card has no text).
    pub fn has_fonts(&self) -> bool {
        !self.options.fontdb.is_empty()
    }

    /// A picture (`bytes` of an SVG, PNG, JPEG, GIF or WebP file) scaled to
    /// cover the card and centred.
    pub fn picture(&self, bytes: &[u8]) -> Result<Vec<u8>, String> {
        let mime = sniff(bytes).ok_or("not an SVG, PNG, JPEG, GIF or WebP file")?;
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{CARD_WIDTH}\" height=\"{CARD_HEIGHT}\">\
             <rect width=\"100%\" height=\"100%\" fill=\"#f4f1ea\"/>\
             <image href=\"data:{mime};base64,{}\" width=\"{CARD_WIDTH}\" height=\"{CARD_HEIGHT}\" preserveAspectRatio=\"xMidYMid slice\"/></svg>",
            base64(bytes)
        );
        self.draw(&svg)
    }

    /// The site's card: its name and tagline on the portal's green.
    pub fn site(&self, name: &str, tagline: &str) -> Result<Vec<u8>, String> {
        let lines = wrap(name, 24);
        let text: String = lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                format!(
                    "<text x=\"96\" y=\"{}\" font-size=\"64\" font-weight=\"bold\" fill=\"#ffffff\">{}</text>",
                    300 + i * 80,
                    escape_text(line)
                )
            })
            .collect();
        let tagline_y = 300 + lines.len() * 80 + 20;
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{CARD_WIDTH}\" height=\"{CARD_HEIGHT}\" font-family=\"DejaVu Sans, Liberation Sans, sans-serif\">\
             <rect width=\"100%\" height=\"100%\" fill=\"#14633f\"/>\
             <rect x=\"96\" y=\"96\" width=\"168\" height=\"96\" rx=\"16\" fill=\"#f2c14e\"/>\
             <text x=\"180\" y=\"162\" font-size=\"44\" font-weight=\"bold\" fill=\"#0d4a2e\" text-anchor=\"middle\">OCOP</text>\
             {text}\
             <text x=\"96\" y=\"{tagline_y}\" font-size=\"36\" font-style=\"italic\" fill=\"#e6f2ea\">{}</text></svg>",
            escape_text(tagline)
        );
        self.draw(&svg)
    }

    fn draw(&self, svg: &str) -> Result<Vec<u8>, String> {
        let tree = usvg::Tree::from_str(svg, &self.options).map_err(|e| e.to_string())?;
        let mut pixmap =
            tiny_skia::Pixmap::new(CARD_WIDTH, CARD_HEIGHT).ok_or("cannot allocate the card")?;
        resvg::render(
            &tree,
            tiny_skia::Transform::identity(),
            &mut pixmap.as_mut(),
        );
        pixmap.encode_png().map_err(|e| e.to_string())
    }
}

/// The file type of a picture, by its first bytes.
fn sniff(bytes: &[u8]) -> Option<&'static str> {
    let head = &bytes[..bytes.len().min(512)];
    if head.starts_with(b"\x89PNG") {
        Some("image/png")
    } else if head.starts_with(b"\xFF\xD8") {
        Some("image/jpeg")
    } else if head.starts_with(b"GIF8") {
        Some("image/gif")
    } else if head.starts_with(b"RIFF") && head.get(8..12) == Some(b"WEBP") {
        Some("image/webp")
    } else if String::from_utf8_lossy(head).contains("<svg") {
        Some("image/svg+xml")
    } else {
        None
    }
}

/// Words in lines of at most about `width` characters.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn wraps_names() {
        assert_eq!(
            wrap("Cổng thông tin OCOP huyện Gia Lâm", 24),
            ["Cổng thông tin OCOP", "huyện Gia Lâm"]
        );
    }

    #[test]
    fn cards_are_pngs_of_the_card_size() {
        let painter = Painter::new();
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"><rect width="4" height="3" fill="red"/></svg>"#;
        let png = painter.picture(svg).expect("a card");
        assert!(png.starts_with(b"\x89PNG"));
        // The IHDR chunk holds the width and height.
        assert_eq!(
            u32::from_be_bytes([png[16], png[17], png[18], png[19]]),
            CARD_WIDTH
        );
        assert_eq!(
            u32::from_be_bytes([png[20], png[21], png[22], png[23]]),
            CARD_HEIGHT
        );
        assert!(painter.picture(b"hello").is_err());
    }
}
