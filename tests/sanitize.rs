//! The HTML allow-list against an XSS corpus, parsed by html5ever exactly as
//! a browser would (the app uses the browser's own parser; the walk and the
//! rules are the same code).
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod inert;

use ocop_portal::domain::html::to_html;

const BASE: &str = "https://portal.example.vn/api/";

/// Parses like a browser, sanitises, and serialises the result.
fn clean(html: &str) -> String {
    to_html(&common::clean_nodes(html, BASE))
}

fn text(html: &str) -> String {
    inert::plain_text(&common::clean_nodes(html, BASE))
}

/// Nothing that can run script may survive: no script-capable elements, no
/// event handlers, no script URLs, no styles.
fn assert_inert(html: &str) {
    let lower = html.to_ascii_lowercase();
    for bad in [
        "<script",
        "<iframe",
        "<object",
        "<embed",
        "<svg",
        "<math",
        "<style",
        "<form",
        "<input",
        "<button",
        "<meta",
        "<link",
        "<base",
        "<template",
        "<frame",
        "<textarea",
        "<select",
        "javascript:",
        "vbscript:",
        "data:text",
        " on",
        "style=",
        "srcdoc",
        "formaction",
        "<video",
        "<audio",
    ] {
        assert!(!lower.contains(bad), "{bad:?} survived in {html}");
    }
}

const VECTORS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<img src=\"images/a.svg\" ONERROR=\"alert(1)\" alt=\"a\">",
    "<body onload=alert(1)>",
    "<div onmouseover=\"alert(1)\">hover</div>",
    "<p onclick=alert(1) onfocus=alert(2) tabindex=0>p</p>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
    "<a href=\" javascript:alert(1)\">x</a>",
    "<a href=\"java\tscript:alert(1)\">x</a>",
    "<a href=\"java&#x09;script:alert(1)\">x</a>",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
    "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
    "<a href=\"vbscript:msgbox(1)\">x</a>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
    "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
    "<img src=\"javascript:alert(1)\">",
    "<svg onload=alert(1)><script>alert(2)</script></svg>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<iframe src=\"https://evil.example\"></iframe>",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<object data=\"javascript:alert(1)\"></object>",
    "<embed src=\"javascript:alert(1)\">",
    "<form action=\"javascript:alert(1)\"><input type=submit formaction=javascript:alert(2)><button>go</button></form>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    "<p style=\"background:url(javascript:alert(1))\">styled</p>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<link rel=stylesheet href=\"https://evil.example/x.css\">",
    "<base href=\"javascript:alert(1)//\">",
    "<template><script>alert(1)</script></template>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    "<video><source onerror=\"alert(1)\"></video>",
    "<details open ontoggle=alert(1)>",
    "<marquee onstart=alert(1)>x</marquee>",
    "<a href=\"https://ok.example\" onclick=\"alert(1)\">ok</a>",
    "<<script>script>alert(1)<</script>/script>",
    "<img src=`x`onerror=alert(1)>",
    "<div><p><b><i><u>unclosed <a href=javascript:alert(1)>nested",
    "<!--<img src=x onerror=alert(1)>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<textarea><script>alert(1)</script></textarea>",
    "<select><option><script>alert(1)</script></option></select>",
    "<table><td background=\"javascript:alert(1)\">cell</td></table>",
    "<xmp><img src=x onerror=alert(1)></xmp>",
];

#[test]
fn nothing_executable_survives_the_corpus() {
    assert!(VECTORS.len() >= 30);
    for vector in VECTORS {
        let out = clean(vector);
        assert_inert(&out);
    }
}

#[test]
fn the_corpus_nested_inside_allowed_markup_is_still_inert() {
    for vector in VECTORS {
        let wrapped = format!("<figure><table><tr><td><blockquote><p>{vector}</p></blockquote></td></tr></table></figure>");
        assert_inert(&clean(&wrapped));
    }
}

#[test]
fn text_survives_when_markup_goes() {
    assert_eq!(
        clean("<div onmouseover=\"alert(1)\">hover</div>"),
        "<div>hover</div>"
    );
    assert_eq!(clean("<p style=\"color:red\">styled</p>"), "<p>styled</p>");
    assert_eq!(
        clean("<font color=red>Gốm <blink>sứ</blink></font>"),
        "Gốm sứ"
    );
    assert_eq!(clean("<label>Họ tên</label>"), "Họ tên");
    assert_eq!(
        clean("<p>Trước</p><form><label>Họ tên</label><input name=x></form><p>Sau</p>"),
        "<p>Trước</p><p>Sau</p>"
    );
    assert_eq!(
        clean("<a href=\"javascript:alert(1)\">đọc tiếp</a>"),
        "<a>đọc tiếp</a>"
    );
    assert_eq!(clean("<script>alert(1)</script>sau"), "sau");
    assert_eq!(
        text("<h2>Tiêu đề</h2><p>Đoạn <em>một</em></p>"),
        "Tiêu đề Đoạn một "
    );
}

#[test]
fn entities_stay_text() {
    assert_eq!(
        clean("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Bát Tràng</p>"),
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Bát Tràng</p>"
    );
}

#[test]
fn editorial_markup_is_kept() {
    let html = "<h2>Mục tiêu</h2><p>Năm <strong>2024</strong>, <em>huyện</em> phấn đấu:</p>\
                <ul><li>20–30 sản phẩm</li></ul><ol start=\"3\"><li>ba</li></ol>\
                <blockquote><p>Trích</p></blockquote>\
                <table><caption>Bảng 1</caption><thead><tr><th scope=\"col\">Nhóm</th></tr></thead>\
                <tbody><tr><td colspan=\"2\">Thực phẩm</td></tr></tbody></table>";
    assert_eq!(
        clean(html),
        "<h2>Mục tiêu</h2><p>Năm <strong>2024</strong>, <em>huyện</em> phấn đấu:</p>\
         <ul><li>20–30 sản phẩm</li></ul><ol start=\"3\"><li>ba</li></ol>\
         <blockquote><p>Trích</p></blockquote>\
         <div class=\"table-scroll\"><table><caption>Bảng 1</caption><thead><tr><th scope=\"col\">Nhóm</th></tr></thead>\
         <tbody><tr><td colspan=\"2\">Thực phẩm</td></tr></tbody></table></div>"
    );
}

#[test]
fn h1_becomes_h2() {
    assert_eq!(clean("<h1>Tiêu đề</h1>"), "<h2>Tiêu đề</h2>");
}

#[test]
fn links_other_sites_open_safely_and_local_links_stay() {
    assert_eq!(
        clean("<a href=\"https://ocop.gov.vn\" target=\"_top\" rel=\"opener\">OCOP</a>"),
        "<a href=\"https://ocop.gov.vn\" rel=\"noopener noreferrer\" target=\"_blank\">OCOP</a>"
    );
    assert_eq!(
        clean("<a href=\"/tin-tuc/abc\">bài</a>"),
        "<a href=\"/tin-tuc/abc\">bài</a>"
    );
    assert_eq!(
        clean("<a href=\"#muc-2\">mục 2</a>"),
        "<a href=\"#muc-2\">mục 2</a>"
    );
    assert_eq!(
        clean("<a href=\"mailto:ocop@example.vn\">thư</a>"),
        "<a href=\"mailto:ocop@example.vn\">thư</a>"
    );
    // Invisible characters that would change what the scheme seems to be.
    assert_eq!(
        clean("<a href=\"\u{200B}javascript:alert(1)\">x</a>"),
        "<a>x</a>"
    );
    assert_eq!(clean("<img src=\"\u{FEFF}javascript:alert(1)\">"), "");
}

#[test]
fn images_are_lazy_resolved_and_always_have_alt() {
    assert_eq!(
        clean("<figure><img src=\"images/illustrations/rau.svg\" alt=\"Rau\" class=\"x\"><figcaption>Rau an toàn</figcaption></figure>"),
        "<figure><img src=\"https://portal.example.vn/api/images/illustrations/rau.svg\" alt=\"Rau\" loading=\"lazy\" decoding=\"async\"><figcaption>Rau an toàn</figcaption></figure>"
    );
    assert_eq!(
        clean("<img src=\"https://cdn.example.vn/a.jpg\">"),
        "<img src=\"https://cdn.example.vn/a.jpg\" alt=\"\" loading=\"lazy\" decoding=\"async\">"
    );
    assert!(
        clean("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"\">")
            .contains("data:image/png;base64,")
    );
    assert_eq!(clean("<img alt=\"no source\">"), "");
}

#[test]
fn attribute_values_are_escaped_on_output() {
    assert_eq!(
        clean("<abbr title='a\"><script>alert(1)</script>'>HTX</abbr>"),
        "<abbr title=\"a&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">HTX</abbr>"
    );
}

#[test]
fn deep_nesting_is_flattened_not_a_stack_overflow() {
    let depth = 5_000;
    let html = format!("{}deep{}", "<div>".repeat(depth), "</div>".repeat(depth));
    let out = clean(&html);
    assert!(out.contains("deep"));
    let also = format!("{}<script>alert(1)</script>x", "<span>".repeat(depth));
    assert_inert(&clean(&also));
}

#[test]
fn dompurify_vectors_come_out_inert() {
    let vectors = inert::dompurify_vectors();
    assert!(vectors.len() >= 200, "{} vectors", vectors.len());
    for vector in &vectors {
        let what = format!("DOMPurify #{} {}", vector.index, vector.title);
        let nodes = std::panic::catch_unwind(|| common::clean_nodes(&vector.payload, BASE))
            .unwrap_or_else(|_| panic!("{what}: the sanitiser panicked"));
        inert::assert_inert(&nodes, &what);
        let nested = format!("<div><p><em>{}</em></p></div>", vector.payload);
        inert::assert_inert(&common::clean_nodes(&nested, BASE), &what);
    }
}

/// The same cases the browser tests run against clobbering; here they check
/// the rules (forms go with their content, the text around them stays).
#[test]
fn forms_go_with_their_controls_and_the_text_around_them_stays() {
    for property in inert::CLOBBERED {
        for case in inert::clobbering_cases(property) {
            case.check(&common::clean_nodes(&case.html, BASE));
        }
    }
    for case in inert::document_clobbering_cases() {
        case.check(&common::clean_nodes(&case.html, BASE));
    }
}
