//! A QR code as SVG: the `qrcode` crate encodes, this draws its modules as
//! one path, with the standard quiet zone. Sharp at any print size.

use leptos::either::Either;
use leptos::prelude::*;
use qrcode::{Color, EcLevel, QrCode as Encoder};

/// Modules of white margin around the code, as the standard asks.
const QUIET_ZONE: usize = 4;

/// `text` as a QR code of error-correction level M (15 % of it may be
/// scratched or dirty and it still reads); `label` is its accessible name.
#[component]
pub fn QrCode(text: String, label: String) -> impl IntoView {
    match qr_path(&text) {
        Some((size, path)) => Either::Left(view! {
            <svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox=format!("0 0 {size} {size}")
                role="img" aria-label=label shape-rendering="crispEdges">
                <rect width="100%" height="100%" fill="#fff" />
                <path d=path fill="#000" />
            </svg>
        }),
        // Only text far beyond a URL's length fails to encode.
        None => Either::Right(view! { <p class="qr qr--failed">{label}</p> }),
    }
}

/// The code's size in modules (quiet zone included) and the path of its
/// dark modules, one `h` run per row segment.
pub fn qr_path(text: &str) -> Option<(usize, String)> {
    let code = Encoder::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if colors[y * width + x] == Color::Dark {
                let start = x;
                while x < width && colors[y * width + x] == Color::Dark {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    Some((width + 2 * QUIET_ZONE, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_encodes_with_its_quiet_zone() {
        let (size, path) =
            qr_path("https://ocop.example.vn/san-pham/men-suoi-ngoc").expect("encodes");
        // A QR version is 17 + 4 × version modules wide, plus 4 on each side.
        let modules = size - 2 * QUIET_ZONE;
        assert!(
            modules >= 21 && (modules - 17) % 4 == 0,
            "{modules} modules"
        );
        assert!(
            path.starts_with("M4 4h7"),
            "the finder pattern's top row: {path}"
        );
    }
}
