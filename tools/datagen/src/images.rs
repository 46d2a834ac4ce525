//! The SVG illustrations of the embedded data set, drawn here so the
//! repository ships no binary assets and no photos it has no rights to.
//!
//! - `images/illustrations/<theme>.svg`: one flat scene per article theme
//!   (the 16 of `content/README.md`), each with its own palette;
//! - `images/products/<group>-<motif>-<n>.svg`: a product motif chosen from
//!   the product's name within its group (a vase, a bowl, a cabbage, a
//!   bottle…), in one of [`VARIANTS`] colourings picked by commune;
//! - `images/products/<group>-bao-bi.svg` and `<group>-noi-san-xuat.svg`
//!   (`-khu-trai-nghiem.svg` for tourism): the packaging and the place of
//!   production, one per group.
//!
//! Files are shared between products, so 149 or 10,000 products use the
//! same ~100 small files. The SVGs are plain shapes: no text (a product's
//! name is never drawn), no scripts, no links, no external references; they
//! are shown through `<img>` with the alt text the API gives.

use crate::output::Files;
use crate::Result;
use ocop_portal::domain::text::words;

/// The illustration themes articles may use (`image = "…"`).
pub const THEMES: [&str; 16] = [
    "gom-su",
    "rau",
    "hoa",
    "cay-an-qua",
    "sua",
    "dat-vang",
    "may-da",
    "duoc-lieu",
    "du-lich",
    "hoi-nghi",
    "trung-bay",
    "thuong-mai-dien-tu",
    "nong-thon-moi",
    "lang-nghe",
    "tap-huan",
    "cho-phien",
];

/// Colourings of each product motif.
pub const VARIANTS: usize = 4;

/// The group without packaging: a tourist site is not sold in a box.
const NO_PACKAGING_GROUP: &str = "dich-vu-du-lich";

pub fn illustration_src(theme: &str) -> String {
    format!("images/illustrations/{theme}.svg")
}

/// The motif drawn for a product of `group` named `name`: the first motif of
/// the group with a keyword among the name's words (diacritics folded),
/// else the group's last motif. `None` for a group this module cannot draw.
pub fn product_motif(group: &str, name: &str) -> Option<&'static str> {
    let text = format!(" {} ", words(name).join(" "));
    let mut fallback = None;
    for m in MOTIFS.iter().filter(|m| m.group == group) {
        if m.keywords.iter().any(|k| text.contains(&format!(" {k} "))) {
            return Some(m.slug);
        }
        fallback = Some(m.slug);
    }
    fallback
}

/// Which colouring of its motif a product gets: the glaze named in a
/// ceramic's name when there is one ("men lam" is blue whatever the
/// commune), else one that follows the commune, so neighbouring communes'
/// products look different while a commune's own products match.
pub fn product_variant(group: &str, name: &str, commune_index: usize) -> usize {
    const GLAZES: [(&str, usize); 11] = [
        ("men lam", 0),
        ("men cham", 0),
        ("men ngoc", 1),
        ("suoi ngoc", 1),
        ("men nau", 2),
        ("men tro", 2),
        ("men da luon", 2),
        ("men hoa bien", 2),
        ("sen do", 2),
        ("men ran", 3),
        ("men trang", 3),
    ];
    if group == "thu-cong-my-nghe" {
        let text = format!(" {} ", words(name).join(" "));
        if let Some((_, v)) = GLAZES
            .iter()
            .find(|(k, _)| text.contains(&format!(" {k} ")))
        {
            return *v;
        }
    }
    commune_index % VARIANTS
}

pub fn product_src(group: &str, motif: &str, variant: usize) -> String {
    format!(
        "images/products/{group}-{motif}-{}.svg",
        variant % VARIANTS + 1
    )
}

/// The packaging picture of a group, if its products come packaged.
pub fn packaging_src(group: &str) -> Option<String> {
    (group != NO_PACKAGING_GROUP).then(|| format!("images/products/{group}-bao-bi.svg"))
}

/// The place picture of a group and what it shows, for the alt text: where
/// goods are made, or what a tourist site offers.
pub fn place_src(group: &str) -> (String, &'static str) {
    if group == NO_PACKAGING_GROUP {
        (
            format!("images/products/{group}-khu-trai-nghiem.svg"),
            "khu trải nghiệm",
        )
    } else {
        (
            format!("images/products/{group}-noi-san-xuat.svg"),
            "nơi sản xuất",
        )
    }
}

/// The product groups this module draws (every group of Decision 148).
pub fn drawn_groups() -> Vec<&'static str> {
    let mut groups: Vec<&str> = MOTIFS.iter().map(|m| m.group).collect();
    groups.dedup();
    groups
}

/// Adds every illustration and product image.
pub fn write_all(files: &mut Files) -> Result<()> {
    for theme in THEMES {
        files.text(illustration_src(theme), scene(theme))?;
    }
    for m in MOTIFS {
        for (v, colors) in m.colors.iter().enumerate() {
            let [main, dark, accent] = *colors;
            let body = (m.draw)(main, dark, accent);
            let bg = if m.full_bleed { "" } else { BACKGROUNDS[v] };
            files.text(product_src(m.group, m.slug, v), product_svg(bg, &body))?;
        }
    }
    for group in drawn_groups() {
        if let Some(src) = packaging_src(group) {
            files.text(src, packaging(group))?;
        }
        files.text(place_src(group).0, place(group))?;
    }
    Ok(())
}

fn svg(w: u32, h: u32, body: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\">{body}</svg>\n"
    )
}

/// A 320×240 product picture: a tinted backdrop with a soft floor shadow
/// (skipped for motifs that paint the whole frame), then the motif.
fn product_svg(bg: &str, body: &str) -> String {
    let frame = if bg.is_empty() {
        String::new()
    } else {
        format!(
            "<rect width=\"320\" height=\"240\" fill=\"{bg}\"/><ellipse cx=\"160\" cy=\"210\" rx=\"100\" ry=\"10\" fill=\"#000\" opacity=\".08\"/>"
        )
    };
    svg(320, 240, &format!("{frame}{body}"))
}

/// Backdrops of the product variants: blue, cream, green and pink tints.
const BACKGROUNDS: [&str; VARIANTS] = ["#eaf1f7", "#f6efe1", "#ebf4e6", "#f6e9ee"];

struct Motif {
    group: &'static str,
    slug: &'static str,
    /// Folded words or phrases of product names that call for this motif.
    keywords: &'static [&'static str],
    /// Main, dark and accent colour of each variant.
    colors: [[&'static str; 3]; VARIANTS],
    draw: fn(&str, &str, &str) -> String,
    /// The motif paints the whole frame (a landscape).
    full_bleed: bool,
}

/// Per group, most specific first; the last motif of a group is its default.
const MOTIFS: &[Motif] = &[
    // Hàng thủ công mỹ nghệ
    Motif {
        group: "thu-cong-my-nghe",
        slug: "dat-vang",
        keywords: &["dat vang", "quy vang"],
        colors: [
            ["#d8a526", "#a87a12", "#8e1f1b"],
            ["#e2b43c", "#b38517", "#3b2a22"],
            ["#cf9b2b", "#9b6f16", "#7a1a2a"],
            ["#e6bd4f", "#b08a22", "#5a1f14"],
        ],
        draw: gilded,
        full_bleed: false,
    },
    Motif {
        group: "thu-cong-my-nghe",
        slug: "do-da",
        keywords: &["tui", "cap da", "vi da", "that lung", "do da", "may da"],
        colors: [
            ["#9a5b32", "#6e3d1f", "#e0b36a"],
            ["#5a3a2a", "#3b251a", "#d9a55a"],
            ["#b0703c", "#7d4a24", "#f0d29a"],
            ["#7b2f2a", "#521d19", "#e6c27a"],
        ],
        draw: handbag,
        full_bleed: false,
    },
    Motif {
        group: "thu-cong-my-nghe",
        slug: "tranh",
        keywords: &["tranh", "chu phuc"],
        colors: [
            ["#3f6fb0", "#6b4226", "#e5a43a"],
            ["#4f8f6b", "#3b2a1e", "#e07a4a"],
            ["#b0563d", "#5b3a24", "#f2c04a"],
            ["#6a5aa8", "#4a3424", "#f0b050"],
        ],
        draw: picture,
        full_bleed: false,
    },
    Motif {
        group: "thu-cong-my-nghe",
        slug: "am-chen",
        keywords: &["am chen", "am tich", "chen tra", "coc", "khay am"],
        colors: [
            ["#2f5d9e", "#1e3f70", "#f3f0e6"],
            ["#7fb3a3", "#4f8577", "#f6f1e3"],
            ["#8a5a3b", "#5e3b24", "#e8d3a8"],
            ["#e8e1cf", "#b8ab8a", "#2f5d9e"],
        ],
        draw: teapot,
        full_bleed: false,
    },
    Motif {
        group: "thu-cong-my-nghe",
        slug: "bat-dia",
        keywords: &["bat", "dia", "hu", "chen"],
        colors: [
            ["#f3f0e6", "#2f5d9e", "#2f5d9e"],
            ["#9cc5b5", "#5e8f80", "#f6f1e3"],
            ["#f1e6cf", "#a0522d", "#c0392b"],
            ["#dfe8ef", "#4a6d8c", "#e0a030"],
        ],
        draw: bowl,
        full_bleed: false,
    },
    Motif {
        group: "thu-cong-my-nghe",
        slug: "binh",
        keywords: &[],
        colors: [
            ["#2f5d9e", "#1e3f70", "#f3f0e6"],
            ["#8fbfae", "#5b8c7c", "#f6f1e3"],
            ["#8a5a3b", "#5e3b24", "#e8c07a"],
            ["#e9e2cf", "#b5a888", "#7a4a2a"],
        ],
        draw: vase,
        full_bleed: false,
    },
    // Thực phẩm
    Motif {
        group: "thuc-pham",
        slug: "sua",
        keywords: &["sua"],
        colors: [
            ["#3a7cc3", "#2a5b92", "#fff"],
            ["#4aa35a", "#347a41", "#fff"],
            ["#d0573d", "#9c3f2b", "#fff"],
            ["#7a5ab0", "#574084", "#fff"],
        ],
        draw: milk,
        full_bleed: false,
    },
    Motif {
        group: "thuc-pham",
        slug: "hu",
        keywords: &[
            "mut", "mat ong", "tuong", "kim chi", "muoi", "ruoc", "pate", "say", "tra",
        ],
        colors: [
            ["#8a5a3b", "#5e3b24", "#d94f3d"],
            ["#a86a3a", "#74461f", "#3f8f4f"],
            ["#6e5a48", "#4a3a2c", "#e0a030"],
            ["#b57a42", "#7d5128", "#3a6fb0"],
        ],
        draw: jar,
        full_bleed: false,
    },
    Motif {
        group: "thuc-pham",
        slug: "goi",
        keywords: &["gio", "cha", "nem", "banh"],
        colors: [
            ["#3f8a3a", "#2c6428", "#e8d9a8"],
            ["#5a9a3a", "#3e7226", "#f0e2b0"],
            ["#2f7a4a", "#205a35", "#e6d7a0"],
            ["#6a9a32", "#4a7222", "#efe0aa"],
        ],
        draw: leaf_parcel,
        full_bleed: false,
    },
    Motif {
        group: "thuc-pham",
        slug: "ro",
        keywords: &["gao", "bot", "ngo", "trung", "nam", "moc nhi"],
        colors: [
            ["#f1e2b8", "#e0c98a", "#b8894a"],
            ["#f4d27a", "#e0b44a", "#a8783a"],
            ["#efe6d6", "#d8c8a8", "#9a7040"],
            ["#e8c89a", "#d0a870", "#8a6234"],
        ],
        draw: basket,
        full_bleed: false,
    },
    Motif {
        group: "thuc-pham",
        slug: "qua",
        keywords: &[
            "buoi",
            "cam",
            "chanh",
            "oi",
            "nhan",
            "vai",
            "chuoi",
            "dua luoi",
            "dua hau",
            "hong xiem",
            "khe",
            "du du",
            "ca chua",
        ],
        colors: [
            ["#c8d84a", "#9cb83a", "#e8a33a"],
            ["#f0a030", "#d0781a", "#e05a3a"],
            ["#8cc04a", "#5f9a32", "#f2c84a"],
            ["#e0603a", "#b8452a", "#f0c040"],
        ],
        draw: fruit,
        full_bleed: false,
    },
    Motif {
        group: "thuc-pham",
        slug: "rau",
        keywords: &[],
        colors: [
            ["#8cc45a", "#4f8f34", "#e6f2c8"],
            ["#6fb04a", "#3f7a2a", "#dcefc0"],
            ["#7ab86a", "#3f7a4a", "#e0f0d0"],
            ["#a8cf6a", "#5f9a3a", "#f0f6d8"],
        ],
        draw: cabbage,
        full_bleed: false,
    },
    // Đồ uống
    Motif {
        group: "do-uong",
        slug: "ruou",
        keywords: &["ruou"],
        colors: [
            ["#6a2a3a", "#8a5a3b", "#d94f3d"],
            ["#b0763a", "#5e3b24", "#c0392b"],
            ["#4a2a4a", "#7a5a40", "#e0a030"],
            ["#c09040", "#6e4a2a", "#8e1f1b"],
        ],
        draw: wine,
        full_bleed: false,
    },
    Motif {
        group: "do-uong",
        slug: "chai",
        keywords: &[],
        colors: [
            ["#8cc45a", "#3f7a2a", "#f2e05a"],
            ["#e8c04a", "#a07a1a", "#6fb04a"],
            ["#e07a4a", "#a04a2a", "#f6d06a"],
            ["#c0e0a0", "#5f9a3a", "#e8f4d0"],
        ],
        draw: bottle,
        full_bleed: false,
    },
    // Dược liệu
    Motif {
        group: "duoc-lieu",
        slug: "tinh-dau",
        keywords: &["tinh dau", "dau", "cao"],
        colors: [
            ["#b8742a", "#7d4e1a", "#4f8f34"],
            ["#3f7a5a", "#2a5a40", "#e8c04a"],
            ["#2f5d9e", "#1e3f70", "#7fb04a"],
            ["#8a3a2a", "#5e2418", "#8cc45a"],
        ],
        draw: dropper,
        full_bleed: false,
    },
    Motif {
        group: "duoc-lieu",
        slug: "la",
        keywords: &[],
        colors: [
            ["#5f9a3a", "#3a6a24", "#e8d04a"],
            ["#3f8a6a", "#2a6048", "#f0a0c0"],
            ["#7aaa3a", "#4f7a22", "#f6f0a0"],
            ["#4a8a4a", "#2f5f30", "#c0a0e0"],
        ],
        draw: herb,
        full_bleed: false,
    },
    // Sinh vật cảnh
    Motif {
        group: "sinh-vat-canh",
        slug: "cay-canh",
        keywords: &[
            "cay",
            "bonsai",
            "tieu canh",
            "quat",
            "dao",
            "sanh",
            "loc vung",
        ],
        colors: [
            ["#4f8f34", "#3a6f28", "#3f5f7a"],
            ["#6fa83a", "#4a7f26", "#a8532e"],
            ["#3f7a4a", "#2c5a36", "#6a4a8a"],
            ["#e88aa8", "#4f8f34", "#3a3a3a"],
        ],
        draw: bonsai,
        full_bleed: false,
    },
    Motif {
        group: "sinh-vat-canh",
        slug: "hoa",
        keywords: &[],
        colors: [
            ["#f2c230", "#e08a1a", "#7a3a1a"],
            ["#e8557a", "#b83a5a", "#f6e07a"],
            ["#b87ae0", "#8a4ab8", "#f6e07a"],
            ["#f07a4a", "#c0502a", "#f6e07a"],
        ],
        draw: flower_pot,
        full_bleed: false,
    },
    // Dịch vụ du lịch
    Motif {
        group: "dich-vu-du-lich",
        slug: "phong-canh",
        keywords: &[],
        colors: [
            ["#7fbf5a", "#4f8f6a", "#f2c84a"],
            ["#a8cf6a", "#6a9a8a", "#f0a040"],
            ["#6aaa4a", "#3f7a5a", "#f6e07a"],
            ["#9ac06a", "#7a8ab0", "#f08a5a"],
        ],
        draw: landscape,
        full_bleed: true,
    },
];

// ---------------------------------------------------------------------------
// Product motifs, drawn in a 320×240 frame with the floor at y ≈ 210.

fn vase(m: &str, d: &str, a: &str) -> String {
    format!(
        "<path d=\"M140 44h40v12c0 10 34 30 34 76 0 42-24 74-54 74s-54-32-54-74c0-46 34-66 34-76z\" fill=\"{m}\"/><rect x=\"134\" y=\"38\" width=\"52\" height=\"9\" rx=\"3\" fill=\"{d}\"/><path d=\"M110 118h100M108 176h104\" stroke=\"{a}\" stroke-width=\"5\"/><path d=\"M160 126c-14 10-14 32 0 42 14-10 14-32 0-42zM136 140c-6 10 0 22 16 26-2-12-6-20-16-26zM184 140c6 10 0 22-16 26 2-12 6-20 16-26z\" fill=\"{a}\"/><ellipse cx=\"128\" cy=\"110\" rx=\"7\" ry=\"22\" fill=\"#fff\" opacity=\".25\"/>"
    )
}

fn bowl(m: &str, d: &str, a: &str) -> String {
    format!(
        "<ellipse cx=\"160\" cy=\"198\" rx=\"118\" ry=\"18\" fill=\"{d}\"/><ellipse cx=\"160\" cy=\"195\" rx=\"104\" ry=\"12\" fill=\"{m}\"/><path d=\"M88 110h144c0 48-32 76-72 76s-72-28-72-76z\" fill=\"{m}\"/><path d=\"M140 180h40l4 10h-48z\" fill=\"{d}\"/><ellipse cx=\"160\" cy=\"110\" rx=\"72\" ry=\"12\" fill=\"{d}\"/><ellipse cx=\"160\" cy=\"108\" rx=\"64\" ry=\"8\" fill=\"#fff\" opacity=\".4\"/><path d=\"M93 134h134\" stroke=\"{a}\" stroke-width=\"5\"/><circle cx=\"126\" cy=\"154\" r=\"6\" fill=\"{a}\"/><circle cx=\"160\" cy=\"160\" r=\"6\" fill=\"{a}\"/><circle cx=\"194\" cy=\"154\" r=\"6\" fill=\"{a}\"/>"
    )
}

fn teapot(m: &str, d: &str, a: &str) -> String {
    format!(
        "<path d=\"M190 140c24-4 30-34 48-40\" stroke=\"{m}\" stroke-width=\"11\" fill=\"none\" stroke-linecap=\"round\"/><path d=\"M96 124c-32 0-32 52 0 52\" stroke=\"{d}\" stroke-width=\"9\" fill=\"none\"/><ellipse cx=\"142\" cy=\"154\" rx=\"56\" ry=\"46\" fill=\"{m}\"/><rect x=\"120\" y=\"102\" width=\"44\" height=\"10\" rx=\"4\" fill=\"{d}\"/><circle cx=\"142\" cy=\"98\" r=\"7\" fill=\"{d}\"/><path d=\"M88 152h108\" stroke=\"{a}\" stroke-width=\"5\"/><ellipse cx=\"122\" cy=\"136\" rx=\"10\" ry=\"16\" fill=\"#fff\" opacity=\".25\"/><path d=\"M222 172h46l-7 34h-32z\" fill=\"{m}\"/><path d=\"M222 172h46\" stroke=\"{d}\" stroke-width=\"4\"/><path d=\"M226 188h38\" stroke=\"{a}\" stroke-width=\"3\"/>"
    )
}

fn picture(m: &str, d: &str, a: &str) -> String {
    format!(
        "<path d=\"M118 180l-20 32M202 180l20 32M160 180v30\" stroke=\"{d}\" stroke-width=\"6\"/><rect x=\"72\" y=\"34\" width=\"176\" height=\"150\" rx=\"4\" fill=\"{d}\"/><rect x=\"84\" y=\"46\" width=\"152\" height=\"126\" fill=\"#fbf7ee\"/><path d=\"M84 148l40-36 30 24 34-40 48 48v28H84z\" fill=\"{m}\"/><circle cx=\"204\" cy=\"76\" r=\"12\" fill=\"{a}\"/><path d=\"M104 72c10-6 20-6 30 0M140 62c8-5 16-5 24 0\" stroke=\"{m}\" stroke-width=\"3\" fill=\"none\"/>"
    )
}

fn gilded(m: &str, d: &str, a: &str) -> String {
    format!(
        "<rect x=\"98\" y=\"184\" width=\"124\" height=\"22\" rx=\"3\" fill=\"{a}\"/><path d=\"M160 40c-16 0-20 14-14 28-26 8-34 30-34 52 0 34 22 64 48 64s48-30 48-64c0-22-8-44-34-52 6-14 2-28-14-28z\" fill=\"{m}\"/><path d=\"M122 124h76M134 74h52\" stroke=\"{d}\" stroke-width=\"4\"/><path d=\"M160 132l8 14h16l-13 10 5 16-16-10-16 10 5-16-13-10h16z\" fill=\"{d}\"/><ellipse cx=\"138\" cy=\"118\" rx=\"7\" ry=\"24\" fill=\"#fff\" opacity=\".35\"/><rect x=\"50\" y=\"70\" width=\"28\" height=\"28\" fill=\"{m}\" opacity=\".75\" transform=\"rotate(-12 64 84)\"/><rect x=\"240\" y=\"96\" width=\"24\" height=\"24\" fill=\"{m}\" opacity=\".6\" transform=\"rotate(14 252 108)\"/><rect x=\"62\" y=\"132\" width=\"18\" height=\"18\" fill=\"{d}\" opacity=\".5\" transform=\"rotate(20 71 141)\"/>"
    )
}

fn handbag(m: &str, d: &str, a: &str) -> String {
    format!(
        "<path d=\"M122 100c0-46 76-46 76 0\" stroke=\"{d}\" stroke-width=\"10\" fill=\"none\"/><rect x=\"84\" y=\"92\" width=\"152\" height=\"114\" rx=\"16\" fill=\"{m}\"/><rect x=\"84\" y=\"92\" width=\"152\" height=\"42\" rx=\"16\" fill=\"{d}\"/><rect x=\"150\" y=\"124\" width=\"20\" height=\"18\" rx=\"3\" fill=\"{a}\"/><rect x=\"96\" y=\"146\" width=\"128\" height=\"50\" rx=\"8\" fill=\"none\" stroke=\"{a}\" stroke-width=\"2\" stroke-dasharray=\"6 5\"/>"
    )
}

fn cabbage(m: &str, d: &str, a: &str) -> String {
    format!(
        "<path d=\"M64 176c-16-56 28-104 96-104s112 48 96 104c-24 36-168 36-192 0z\" fill=\"{d}\"/><path d=\"M64 176c20-30 46-34 60-20M256 176c-20-30-46-34-60-20\" stroke=\"{a}\" stroke-width=\"3\" fill=\"none\"/><circle cx=\"160\" cy=\"140\" r=\"60\" fill=\"{m}\"/><path d=\"M160 84v112M160 150l-40-36M160 150l40-36M160 178l-44-22M160 178l44-22\" stroke=\"{a}\" stroke-width=\"4\" fill=\"none\" stroke-linecap=\"round\"/><ellipse cx=\"136\" cy=\"110\" rx=\"18\" ry=\"9\" fill=\"#fff\" opacity=\".3\"/>"
    )
}

fn fruit(m: &str, d: &str, a: &str) -> String {
    format!(
        "<path d=\"M150 66c-2-16 6-26 18-30\" stroke=\"#6b4a2b\" stroke-width=\"5\" fill=\"none\"/><path d=\"M164 44c20-24 50-20 60-8-18 14-42 18-60 8z\" fill=\"#4f9a3a\"/><circle cx=\"148\" cy=\"138\" r=\"70\" fill=\"{m}\"/><circle cx=\"238\" cy=\"178\" r=\"32\" fill=\"{d}\"/><path d=\"M238 146c4-8 10-12 16-12\" stroke=\"#6b4a2b\" stroke-width=\"4\" fill=\"none\"/><ellipse cx=\"120\" cy=\"108\" rx=\"15\" ry=\"22\" fill=\"#fff\" opacity=\".3\"/><circle cx=\"148\" cy=\"70\" r=\"6\" fill=\"{a}\"/><circle cx=\"60\" cy=\"196\" r=\"14\" fill=\"{a}\"/>"
    )
}

fn milk(m: &str, d: &str, a: &str) -> String {
    format!(
        "<path d=\"M128 52h40v24c0 10 22 18 22 40v84a8 8 0 0 1-8 8h-68a8 8 0 0 1-8-8v-84c0-22 22-30 22-40z\" fill=\"#fdfdfb\" stroke=\"{d}\" stroke-width=\"3\"/><rect x=\"124\" y=\"40\" width=\"48\" height=\"16\" rx=\"4\" fill=\"{m}\"/><rect x=\"108\" y=\"128\" width=\"80\" height=\"46\" fill=\"{m}\"/><path d=\"M148 136c-10 14-12 20-12 24a12 12 0 0 0 24 0c0-4-2-10-12-24z\" fill=\"{a}\"/><path d=\"M214 128h48l-6 80h-36z\" fill=\"#fdfdfb\" stroke=\"{d}\" stroke-width=\"3\"/><path d=\"M218 148h40l-4 58h-32z\" fill=\"#f4efe0\"/>"
    )
}

fn jar(m: &str, d: &str, a: &str) -> String {
    format!(
        "<path d=\"M116 84h88c16 20 24 44 24 68 0 34-30 56-68 56s-68-22-68-56c0-24 8-48 24-68z\" fill=\"{m}\"/><path d=\"M106 70c18-16 90-16 108 0l-8 20c-22-6-70-6-92 0z\" fill=\"{a}\"/><path d=\"M112 88h96\" stroke=\"{d}\" stroke-width=\"5\"/><rect x=\"126\" y=\"128\" width=\"68\" height=\"46\" rx=\"6\" fill=\"#fbf6e9\"/><path d=\"M140 146h40M146 158h28\" stroke=\"{d}\" stroke-width=\"4\"/><ellipse cx=\"112\" cy=\"140\" rx=\"6\" ry=\"20\" fill=\"#fff\" opacity=\".25\"/>"
    )
}

fn leaf_parcel(m: &str, d: &str, a: &str) -> String {
    format!(
        "<rect x=\"70\" y=\"84\" width=\"132\" height=\"120\" rx=\"10\" fill=\"{m}\"/><rect x=\"70\" y=\"84\" width=\"132\" height=\"20\" rx=\"8\" fill=\"{d}\"/><path d=\"M70 126h132M70 164h132M114 84v120M158 84v120\" stroke=\"{a}\" stroke-width=\"4\"/><rect x=\"206\" y=\"148\" width=\"84\" height=\"56\" rx=\"28\" fill=\"{d}\"/><path d=\"M230 148v56M262 148v56\" stroke=\"{a}\" stroke-width=\"4\"/><path d=\"M214 160c20-6 50-6 68 0\" stroke=\"#fff\" stroke-width=\"3\" opacity=\".3\" fill=\"none\"/>"
    )
}

fn basket(m: &str, d: &str, a: &str) -> String {
    format!(
        "<ellipse cx=\"128\" cy=\"112\" rx=\"20\" ry=\"24\" fill=\"{m}\"/><ellipse cx=\"164\" cy=\"104\" rx=\"20\" ry=\"24\" fill=\"{d}\"/><ellipse cx=\"198\" cy=\"114\" rx=\"20\" ry=\"24\" fill=\"{m}\"/><ellipse cx=\"146\" cy=\"126\" rx=\"20\" ry=\"24\" fill=\"{d}\"/><ellipse cx=\"182\" cy=\"128\" rx=\"20\" ry=\"24\" fill=\"{m}\"/><path d=\"M82 126h156l-18 82H100z\" fill=\"{a}\"/><path d=\"M90 148h140M96 172h128M100 194h120M122 126l6 82M160 126v82M198 126l-6 82\" stroke=\"#5e3b24\" stroke-width=\"3\" opacity=\".45\"/>"
    )
}

fn wine(m: &str, d: &str, a: &str) -> String {
    format!(
        "<path d=\"M146 42h28v42c0 8 22 16 22 36v80a8 8 0 0 1-8 8h-56a8 8 0 0 1-8-8v-80c0-20 22-28 22-36z\" fill=\"{m}\"/><rect x=\"142\" y=\"30\" width=\"36\" height=\"16\" rx=\"4\" fill=\"{a}\"/><rect x=\"130\" y=\"132\" width=\"60\" height=\"46\" rx=\"4\" fill=\"#fbf6e9\"/><circle cx=\"160\" cy=\"155\" r=\"12\" fill=\"{a}\"/><ellipse cx=\"142\" cy=\"110\" rx=\"5\" ry=\"18\" fill=\"#fff\" opacity=\".3\"/><path d=\"M214 176h44l-6 30h-32z\" fill=\"{d}\"/><path d=\"M62 180h36l-5 26h-26z\" fill=\"{d}\"/>"
    )
}

fn bottle(m: &str, d: &str, a: &str) -> String {
    format!(
        "<path d=\"M142 40h28v30l14 20v112a6 6 0 0 1-6 6h-44a6 6 0 0 1-6-6V90l14-20z\" fill=\"{m}\"/><rect x=\"140\" y=\"30\" width=\"32\" height=\"14\" rx=\"3\" fill=\"{d}\"/><rect x=\"128\" y=\"120\" width=\"56\" height=\"50\" fill=\"#fdfbf3\"/><path d=\"M146 150c0-16 20-22 24-26-2 16-10 26-24 26z\" fill=\"{d}\"/><path d=\"M206 120h52l-6 88h-40z\" fill=\"#fff\" opacity=\".7\"/><path d=\"M209 140h46l-4 66h-38z\" fill=\"{m}\"/><path d=\"M240 146l18-50\" stroke=\"{a}\" stroke-width=\"5\"/><circle cx=\"220\" cy=\"136\" r=\"9\" fill=\"{a}\"/>"
    )
}

fn dropper(m: &str, d: &str, a: &str) -> String {
    format!(
        "<rect x=\"116\" y=\"98\" width=\"76\" height=\"110\" rx=\"12\" fill=\"{m}\"/><rect x=\"132\" y=\"76\" width=\"44\" height=\"26\" fill=\"{d}\"/><path d=\"M142 76V56a12 12 0 0 1 24 0v20z\" fill=\"#3a3a3a\"/><rect x=\"128\" y=\"134\" width=\"52\" height=\"44\" rx=\"4\" fill=\"#fbf6e9\"/><path d=\"M142 164c0-16 18-20 24-22-2 14-10 22-24 22z\" fill=\"{a}\"/><ellipse cx=\"128\" cy=\"120\" rx=\"5\" ry=\"14\" fill=\"#fff\" opacity=\".3\"/><path d=\"M240 208c-4-50 6-96 28-132\" stroke=\"{a}\" stroke-width=\"4\" fill=\"none\"/><path d=\"M244 160c-24-2-34-16-34-26 18 0 32 10 34 26zM252 120c22-6 36 4 38 14-18 4-32-2-38-14zM262 96c-20-6-26-20-24-30 16 4 26 16 24 30z\" fill=\"{a}\"/>"
    )
}

fn herb(m: &str, d: &str, a: &str) -> String {
    format!(
        "<path d=\"M160 206c-4-56 10-108 40-156\" stroke=\"{d}\" stroke-width=\"5\" fill=\"none\"/><path d=\"M160 180c-40 0-58-22-58-38 30 0 52 16 58 38zM164 140c40-8 62 8 66 24-30 6-56-4-66-24zM170 110c-36-6-50-28-48-44 28 4 46 22 48 44zM186 80c30-18 56-12 64 2-24 14-48 14-64-2z\" fill=\"{m}\"/><path d=\"M160 180c-30-4-44-18-50-30M164 140c28 0 46 10 58 20\" stroke=\"{d}\" stroke-width=\"2\" fill=\"none\"/><circle cx=\"200\" cy=\"50\" r=\"7\" fill=\"{a}\"/><circle cx=\"212\" cy=\"60\" r=\"6\" fill=\"{a}\"/><path d=\"M48 176h84c0 20-18 32-42 32s-42-12-42-32z\" fill=\"#8d8f94\"/><path d=\"M104 178l30-46\" stroke=\"#6d6f74\" stroke-width=\"9\" stroke-linecap=\"round\"/>"
    )
}

fn flower_pot(m: &str, d: &str, a: &str) -> String {
    format!(
        "<path d=\"M160 150V86M160 150l-36-46M160 150l36-50\" stroke=\"#4a7a34\" stroke-width=\"4\" fill=\"none\"/><path d=\"M160 136c-24-2-36-14-38-26 18 0 34 10 38 26zM160 128c22-4 36 4 40 16-20 4-34-2-40-16z\" fill=\"#5f9a3a\"/><path d=\"M122 152h76l-10 56h-56z\" fill=\"#c0643a\"/><rect x=\"116\" y=\"144\" width=\"88\" height=\"13\" rx=\"3\" fill=\"#a8532e\"/><circle cx=\"160\" cy=\"78\" r=\"22\" fill=\"{m}\"/><circle cx=\"122\" cy=\"98\" r=\"19\" fill=\"{m}\"/><circle cx=\"198\" cy=\"94\" r=\"19\" fill=\"{m}\"/><circle cx=\"160\" cy=\"78\" r=\"12\" fill=\"{d}\"/><circle cx=\"122\" cy=\"98\" r=\"10\" fill=\"{d}\"/><circle cx=\"198\" cy=\"94\" r=\"10\" fill=\"{d}\"/><circle cx=\"160\" cy=\"78\" r=\"5\" fill=\"{a}\"/><circle cx=\"122\" cy=\"98\" r=\"4\" fill=\"{a}\"/><circle cx=\"198\" cy=\"94\" r=\"4\" fill=\"{a}\"/>"
    )
}

fn bonsai(m: &str, d: &str, a: &str) -> String {
    format!(
        "<path d=\"M160 184c-12-30 22-40 4-72s18-42 30-52M164 112c-20-4-30-8-40-8\" stroke=\"#6b4a2b\" stroke-width=\"12\" fill=\"none\" stroke-linecap=\"round\"/><ellipse cx=\"200\" cy=\"58\" rx=\"46\" ry=\"22\" fill=\"{m}\"/><ellipse cx=\"118\" cy=\"100\" rx=\"40\" ry=\"20\" fill=\"{d}\"/><ellipse cx=\"214\" cy=\"118\" rx=\"34\" ry=\"18\" fill=\"{m}\"/><ellipse cx=\"186\" cy=\"46\" rx=\"20\" ry=\"8\" fill=\"#fff\" opacity=\".25\"/><rect x=\"92\" y=\"180\" width=\"136\" height=\"18\" rx=\"4\" fill=\"{a}\"/><path d=\"M104 198h112l-8 10h-96z\" fill=\"{a}\"/>"
    )
}

fn landscape(m: &str, d: &str, a: &str) -> String {
    format!(
        "<rect width=\"320\" height=\"240\" fill=\"#dcecf6\"/><circle cx=\"250\" cy=\"62\" r=\"22\" fill=\"{a}\"/><path d=\"M0 156l70-60 60 40 70-70 120 94v80H0z\" fill=\"{d}\"/><path d=\"M0 186c60-30 120-20 180 0s100 10 140-10v64H0z\" fill=\"{m}\"/><path d=\"M0 212c80-14 150 10 320-6v34H0z\" fill=\"#6fa8d6\"/><rect x=\"62\" y=\"150\" width=\"40\" height=\"28\" fill=\"#f3e2c4\"/><path d=\"M54 152l28-24 28 24z\" fill=\"#a8532e\"/><rect x=\"76\" y=\"162\" width=\"12\" height=\"16\" fill=\"#6b4a2b\"/><rect x=\"247\" y=\"166\" width=\"6\" height=\"24\" fill=\"#6b4a2b\"/><circle cx=\"250\" cy=\"160\" r=\"18\" fill=\"#3f7a35\"/><path d=\"M150 222h40l-6 8h-28z\" fill=\"#6b4a2b\"/>"
    )
}

// ---------------------------------------------------------------------------
// Packaging and place of production, one per group.

/// A gift box in the group's colour.
fn packaging(group: &str) -> String {
    let (m, d, a) = match group {
        "thu-cong-my-nghe" => ("#b0703c", "#7d4a24", "#2f5d9e"),
        "thuc-pham" => ("#6fb04a", "#3f7a2a", "#f2c230"),
        "do-uong" => ("#c0392b", "#8e2a20", "#f2c230"),
        "duoc-lieu" => ("#3f8a6a", "#2a6048", "#e8d04a"),
        _ => ("#e8557a", "#b83a5a", "#f6e07a"),
    };
    svg(
        320,
        240,
        &format!(
            "<rect width=\"320\" height=\"240\" fill=\"#f4f1ea\"/><ellipse cx=\"160\" cy=\"212\" rx=\"96\" ry=\"10\" fill=\"#000\" opacity=\".08\"/><path d=\"M92 86l68-26 68 26v100l-68 26-68-26z\" fill=\"{m}\"/><path d=\"M160 112l68-26v100l-68 26z\" fill=\"{d}\"/><path d=\"M92 86l68 26 68-26\" stroke=\"#fff\" stroke-width=\"2\" opacity=\".5\" fill=\"none\"/><path d=\"M104 130l44 17v40l-44-17z\" fill=\"#fbf6e9\"/><path d=\"M126 60l68 26v22l-68-26z\" fill=\"{a}\" opacity=\".85\"/><circle cx=\"194\" cy=\"150\" r=\"16\" fill=\"{a}\"/><path d=\"M194 140l3 7h8l-6 5 2 8-7-5-7 5 2-8-6-5h8z\" fill=\"{d}\"/><path d=\"M112 150l28 10M112 162l20 8\" stroke=\"{d}\" stroke-width=\"3\"/>"
        ),
    )
}

/// Where the group's products are made or offered.
fn place(group: &str) -> String {
    let body = match group {
        // A brick kiln with its chimney and a row of drying pots.
        "thu-cong-my-nghe" => "<rect width=\"320\" height=\"240\" fill=\"#f3e9da\"/><rect y=\"200\" width=\"320\" height=\"40\" fill=\"#d8c09a\"/><circle cx=\"236\" cy=\"34\" r=\"12\" fill=\"#c8c2b8\"/><circle cx=\"250\" cy=\"20\" r=\"9\" fill=\"#d8d2c8\"/><rect x=\"210\" y=\"46\" width=\"26\" height=\"80\" fill=\"#8a4a2a\"/><path d=\"M40 200v-56a86 70 0 0 1 172 0v56z\" fill=\"#b5653b\"/><path d=\"M40 160h172M52 128h148M76 104h100\" stroke=\"#8a4a2a\" stroke-width=\"3\"/><path d=\"M100 200v-34a26 26 0 0 1 52 0v34z\" fill=\"#3a2418\"/><path d=\"M112 200c0-16 8-22 14-30 6 8 14 14 14 30z\" fill=\"#f08a2a\"/><path d=\"M238 200c-8-22 8-30 0-42h20c-8 12 8 20 0 42zM276 200c-8-18 6-26 0-36h16c-6 10 8 18 0 36z\" fill=\"#c9a47a\"/>",
        // Vegetable rows in front of a greenhouse.
        "thuc-pham" => "<rect width=\"320\" height=\"240\" fill=\"#e2f0f6\"/><path d=\"M180 110a70 50 0 0 1 140 0v20H180z\" fill=\"#fff\" opacity=\".85\"/><path d=\"M200 130V96M250 130V62M300 130V96\" stroke=\"#b8c8d0\" stroke-width=\"3\"/><rect y=\"126\" width=\"320\" height=\"114\" fill=\"#8a6a44\"/><path d=\"M0 146h320M0 176h320M0 208h320\" stroke=\"#5f9a3a\" stroke-width=\"14\" stroke-dasharray=\"18 8\"/><circle cx=\"40\" cy=\"60\" r=\"16\" fill=\"#f2c84a\"/>",
        // A workshop with jars lined up in front.
        "do-uong" => "<rect width=\"320\" height=\"240\" fill=\"#f4ecdc\"/><rect y=\"196\" width=\"320\" height=\"44\" fill=\"#c9b08a\"/><rect x=\"60\" y=\"92\" width=\"200\" height=\"104\" fill=\"#efe0c4\"/><path d=\"M40 98l120-58 120 58z\" fill=\"#9a4a2a\"/><rect x=\"140\" y=\"136\" width=\"40\" height=\"60\" fill=\"#6b4a2b\"/><rect x=\"80\" y=\"120\" width=\"34\" height=\"26\" fill=\"#9cc0d8\"/><rect x=\"206\" y=\"120\" width=\"34\" height=\"26\" fill=\"#9cc0d8\"/><path d=\"M24 222c-8-24 2-32 12-32h12c10 0 20 8 12 32zM262 222c-8-24 2-32 12-32h12c10 0 20 8 12 32z\" fill=\"#7a4a2a\"/>",
        // Herb beds and round drying trays.
        "duoc-lieu" => "<rect width=\"320\" height=\"240\" fill=\"#e6f2ea\"/><rect y=\"110\" width=\"320\" height=\"130\" fill=\"#9a7a52\"/><path d=\"M0 130h320M0 158h320\" stroke=\"#3f8a4a\" stroke-width=\"12\" stroke-dasharray=\"10 6\"/><ellipse cx=\"80\" cy=\"204\" rx=\"52\" ry=\"18\" fill=\"#d8b878\"/><ellipse cx=\"80\" cy=\"202\" rx=\"40\" ry=\"11\" fill=\"#6a9a3a\"/><ellipse cx=\"220\" cy=\"206\" rx=\"52\" ry=\"18\" fill=\"#d8b878\"/><ellipse cx=\"220\" cy=\"204\" rx=\"40\" ry=\"11\" fill=\"#a87a3a\"/><path d=\"M30 92l40-40 40 40zM230 96l36-36 36 36z\" fill=\"#6fa86a\"/>",
        // A nursery greenhouse with rows of flowers.
        "sinh-vat-canh" => "<rect width=\"320\" height=\"240\" fill=\"#eef4ec\"/><path d=\"M20 200V96a140 70 0 0 1 280 0v104z\" fill=\"#fff\" opacity=\".85\"/><path d=\"M90 200V46M160 200V26M230 200V46M20 96h280\" stroke=\"#b8c8c0\" stroke-width=\"3\"/><rect y=\"196\" width=\"320\" height=\"44\" fill=\"#8a6a44\"/><path d=\"M30 150h260M30 178h260\" stroke=\"#e8557a\" stroke-width=\"14\" stroke-dasharray=\"14 10\"/><path d=\"M42 150h250M40 178h250\" stroke=\"#f2c230\" stroke-width=\"8\" stroke-dasharray=\"6 18\"/>",
        // A village pavilion at the end of a path between trees.
        _ => "<rect width=\"320\" height=\"240\" fill=\"#dcecf6\"/><rect y=\"150\" width=\"320\" height=\"90\" fill=\"#8cc45a\"/><path d=\"M150 150h20l60 90H90z\" fill=\"#e8d8b0\"/><rect x=\"120\" y=\"100\" width=\"80\" height=\"50\" fill=\"#c0643a\"/><path d=\"M96 104c30-30 98-30 128 0-10-4-20-4-30-2H126c-10-2-20-2-30 2z\" fill=\"#7a3a2a\"/><rect x=\"146\" y=\"116\" width=\"28\" height=\"34\" fill=\"#5e3b24\"/><rect x=\"46\" y=\"120\" width=\"8\" height=\"40\" fill=\"#6b4a2b\"/><circle cx=\"50\" cy=\"108\" r=\"26\" fill=\"#3f7a35\"/><rect x=\"266\" y=\"120\" width=\"8\" height=\"40\" fill=\"#6b4a2b\"/><circle cx=\"270\" cy=\"108\" r=\"26\" fill=\"#4f8f3a\"/>",
    };
    svg(320, 240, body)
}

// ---------------------------------------------------------------------------
// Article illustrations, 480×300, one palette each.

fn scene(theme: &str) -> String {
    let body = match theme {
        // Blue-and-white vases and bowls on a wooden shelf.
        "gom-su" => "<rect width=\"480\" height=\"300\" fill=\"#f4ead8\"/><rect y=\"240\" width=\"480\" height=\"60\" fill=\"#d9c3a0\"/><rect x=\"40\" y=\"150\" width=\"400\" height=\"12\" fill=\"#8a5a3b\"/><rect x=\"40\" y=\"232\" width=\"400\" height=\"12\" fill=\"#8a5a3b\"/><path d=\"M92 62h28v8c0 6 22 18 22 42 0 22-16 38-36 38s-36-16-36-38c0-24 22-36 22-42z\" fill=\"#2f5d9e\"/><path d=\"M74 104h64M76 130h60\" stroke=\"#f3f0e6\" stroke-width=\"5\"/><path d=\"M206 40h20v30c20 8 30 30 30 50 0 18-14 30-40 30s-40-12-40-30c0-20 10-42 30-50z\" fill=\"#7fb3a3\"/><path d=\"M300 108h90c0 26-20 42-45 42s-45-16-45-42z\" fill=\"#f3f0e6\"/><ellipse cx=\"345\" cy=\"108\" rx=\"45\" ry=\"8\" fill=\"#2f5d9e\"/><path d=\"M310 124h70\" stroke=\"#2f5d9e\" stroke-width=\"4\"/><path d=\"M70 232c0-30 20-40 20-56h20c0 16 20 26 20 56z\" fill=\"#8a5a3b\"/><ellipse cx=\"214\" cy=\"222\" rx=\"54\" ry=\"10\" fill=\"#2f5d9e\"/><ellipse cx=\"214\" cy=\"218\" rx=\"44\" ry=\"6\" fill=\"#f3f0e6\"/><path d=\"M320 232c-8-24 4-40 24-40h12c20 0 32 16 24 40z\" fill=\"#c9a47a\"/><path d=\"M326 212h60\" stroke=\"#2f5d9e\" stroke-width=\"4\"/>",
        // Rows of cabbages under a pale sky, a basket in front.
        "rau" => "<rect width=\"480\" height=\"300\" fill=\"#e4f2f6\"/><circle cx=\"400\" cy=\"56\" r=\"26\" fill=\"#f6d66a\"/><rect y=\"120\" width=\"480\" height=\"180\" fill=\"#9a7650\"/><path d=\"M0 140h480M0 172h480M0 208h480\" stroke=\"#6fb04a\" stroke-width=\"16\" stroke-dasharray=\"22 10\"/><path d=\"M0 140h480M0 172h480M0 208h480\" stroke=\"#a8d86a\" stroke-width=\"6\" stroke-dasharray=\"8 24\"/><path d=\"M150 240h180l-20 56H170z\" fill=\"#c9a06a\"/><circle cx=\"200\" cy=\"236\" r=\"24\" fill=\"#8cc45a\"/><circle cx=\"246\" cy=\"230\" r=\"26\" fill=\"#5f9a3a\"/><circle cx=\"290\" cy=\"238\" r=\"22\" fill=\"#a8cf6a\"/><path d=\"M162 258h156M166 276h148\" stroke=\"#8a6234\" stroke-width=\"3\"/>",
        // A flower field in front of greenhouses.
        "hoa" => "<rect width=\"480\" height=\"300\" fill=\"#f6ecf0\"/><path d=\"M20 130V90a70 44 0 0 1 140 0v40zM180 130V90a70 44 0 0 1 140 0v40z\" fill=\"#fff\"/><rect y=\"128\" width=\"480\" height=\"172\" fill=\"#6a9a3a\"/><path d=\"M0 150h480M0 186h480M0 226h480M0 270h480\" stroke=\"#e8557a\" stroke-width=\"18\" stroke-dasharray=\"16 12\"/><path d=\"M8 168h480M8 206h480M8 248h480\" stroke=\"#f2c230\" stroke-width=\"14\" stroke-dasharray=\"12 16\"/><circle cx=\"410\" cy=\"60\" r=\"24\" fill=\"#f6d66a\"/>",
        // Pomelo trees heavy with fruit.
        "cay-an-qua" => "<rect width=\"480\" height=\"300\" fill=\"#eef6e2\"/><rect y=\"210\" width=\"480\" height=\"90\" fill=\"#8cbf5a\"/><rect x=\"110\" y=\"150\" width=\"16\" height=\"80\" fill=\"#6b4a2b\"/><rect x=\"350\" y=\"150\" width=\"16\" height=\"80\" fill=\"#6b4a2b\"/><circle cx=\"118\" cy=\"120\" r=\"78\" fill=\"#3f7a35\"/><circle cx=\"358\" cy=\"120\" r=\"78\" fill=\"#4f8f3a\"/><circle cx=\"240\" cy=\"160\" r=\"56\" fill=\"#5f9a3a\"/><rect x=\"234\" y=\"200\" width=\"12\" height=\"40\" fill=\"#6b4a2b\"/><g fill=\"#e0d040\"><circle cx=\"86\" cy=\"110\" r=\"14\"/><circle cx=\"140\" cy=\"90\" r=\"14\"/><circle cx=\"130\" cy=\"150\" r=\"14\"/><circle cx=\"330\" cy=\"100\" r=\"14\"/><circle cx=\"380\" cy=\"140\" r=\"14\"/><circle cx=\"220\" cy=\"150\" r=\"11\"/><circle cx=\"258\" cy=\"176\" r=\"11\"/></g><path d=\"M40 270h80l-10 24H50z\" fill=\"#c9a06a\"/><circle cx=\"66\" cy=\"264\" r=\"12\" fill=\"#e0d040\"/><circle cx=\"92\" cy=\"264\" r=\"12\" fill=\"#c8d84a\"/>",
        // A red barn, milk bottles and a milk can.
        "sua" => "<rect width=\"480\" height=\"300\" fill=\"#e6f0fa\"/><rect y=\"200\" width=\"480\" height=\"100\" fill=\"#9cd07a\"/><rect x=\"40\" y=\"110\" width=\"150\" height=\"100\" fill=\"#c0463a\"/><path d=\"M28 116l87-60 87 60z\" fill=\"#7a2a22\"/><path d=\"M90 210v-50h50v50M90 160l50 50M140 160l-50 50\" stroke=\"#fff\" stroke-width=\"5\" fill=\"none\"/><path d=\"M262 128h26v20c0 8 16 14 16 30v84h-58v-84c0-16 16-22 16-30z\" fill=\"#fff\"/><rect x=\"260\" y=\"118\" width=\"30\" height=\"12\" rx=\"3\" fill=\"#3a7cc3\"/><rect x=\"246\" y=\"200\" width=\"58\" height=\"30\" fill=\"#3a7cc3\"/><path d=\"M330 128h26v20c0 8 16 14 16 30v84h-58v-84c0-16 16-22 16-30z\" fill=\"#fff\"/><rect x=\"328\" y=\"118\" width=\"30\" height=\"12\" rx=\"3\" fill=\"#4aa35a\"/><rect x=\"314\" y=\"200\" width=\"58\" height=\"30\" fill=\"#4aa35a\"/><path d=\"M396 150h46l8 20v92h-62v-92z\" fill=\"#b8c4cc\"/><rect x=\"400\" y=\"136\" width=\"38\" height=\"16\" rx=\"4\" fill=\"#8a98a2\"/>",
        // Gold leaf on red lacquer: a gilded vase and loose leaves.
        "dat-vang" => "<rect width=\"480\" height=\"300\" fill=\"#7a1a1a\"/><rect x=\"30\" y=\"30\" width=\"420\" height=\"240\" fill=\"none\" stroke=\"#d8a526\" stroke-width=\"4\"/><path d=\"M240 52c-18 0-22 16-16 30-30 10-40 36-40 60 0 40 26 74 56 74s56-34 56-74c0-24-10-50-40-60 6-14 2-30-16-30z\" fill=\"#e2b43c\"/><path d=\"M196 140h88M210 90h60\" stroke=\"#a87a12\" stroke-width=\"5\"/><ellipse cx=\"214\" cy=\"136\" rx=\"8\" ry=\"28\" fill=\"#fff\" opacity=\".35\"/><rect x=\"190\" y=\"214\" width=\"100\" height=\"22\" fill=\"#3b2a22\"/><g fill=\"#e2b43c\" opacity=\".85\"><rect x=\"70\" y=\"70\" width=\"40\" height=\"40\" transform=\"rotate(-10 90 90)\"/><rect x=\"90\" y=\"160\" width=\"34\" height=\"34\" transform=\"rotate(14 107 177)\"/><rect x=\"360\" y=\"80\" width=\"40\" height=\"40\" transform=\"rotate(12 380 100)\"/><rect x=\"350\" y=\"170\" width=\"30\" height=\"30\" transform=\"rotate(-18 365 185)\"/></g><path d=\"M132 244l44-44\" stroke=\"#c9a47a\" stroke-width=\"6\"/><path d=\"M176 200l10-10\" stroke=\"#3b2a22\" stroke-width=\"8\"/>",
        // Leather goods on a workbench: a bag, a coiled belt, needle and thread.
        "may-da" => "<rect width=\"480\" height=\"300\" fill=\"#f2e6d6\"/><rect y=\"210\" width=\"480\" height=\"90\" fill=\"#a8774a\"/><path d=\"M110 120c0-50 90-50 90 0\" stroke=\"#5a3a2a\" stroke-width=\"12\" fill=\"none\"/><rect x=\"80\" y=\"110\" width=\"150\" height=\"120\" rx=\"16\" fill=\"#9a5b32\"/><rect x=\"80\" y=\"110\" width=\"150\" height=\"44\" rx=\"16\" fill=\"#6e3d1f\"/><rect x=\"145\" y=\"142\" width=\"20\" height=\"18\" rx=\"3\" fill=\"#e0b36a\"/><rect x=\"92\" y=\"166\" width=\"126\" height=\"52\" rx=\"8\" fill=\"none\" stroke=\"#e0b36a\" stroke-width=\"2\" stroke-dasharray=\"6 5\"/><circle cx=\"320\" cy=\"214\" r=\"44\" fill=\"none\" stroke=\"#5a3a2a\" stroke-width=\"14\"/><circle cx=\"320\" cy=\"214\" r=\"22\" fill=\"none\" stroke=\"#7b4a2a\" stroke-width=\"12\"/><rect x=\"356\" y=\"200\" width=\"22\" height=\"28\" rx=\"3\" fill=\"#d8b060\"/><path d=\"M380 110l60 70\" stroke=\"#8d8f94\" stroke-width=\"4\"/><path d=\"M380 110c-30 10-20 60 20 80\" stroke=\"#c0392b\" stroke-width=\"2\" fill=\"none\"/>",
        // Herb sprigs, drying trays and a mortar.
        "duoc-lieu" => "<rect width=\"480\" height=\"300\" fill=\"#e6f2ea\"/><rect y=\"200\" width=\"480\" height=\"100\" fill=\"#c9b08a\"/><ellipse cx=\"120\" cy=\"236\" rx=\"90\" ry=\"26\" fill=\"#d8b878\"/><ellipse cx=\"120\" cy=\"234\" rx=\"72\" ry=\"17\" fill=\"#6a9a3a\"/><ellipse cx=\"330\" cy=\"250\" rx=\"80\" ry=\"24\" fill=\"#d8b878\"/><ellipse cx=\"330\" cy=\"248\" rx=\"64\" ry=\"15\" fill=\"#a87a3a\"/><path d=\"M240 200c-4-56 10-108 40-156\" stroke=\"#2a6048\" stroke-width=\"5\" fill=\"none\"/><path d=\"M240 176c-40 0-58-22-58-38 30 0 52 16 58 38zM244 136c40-8 62 8 66 24-30 6-56-4-66-24zM250 106c-36-6-50-28-48-44 28 4 46 22 48 44zM266 76c30-18 56-12 64 2-24 14-48 14-64-2z\" fill=\"#3f8a6a\"/><path d=\"M380 170h70c0 18-16 28-35 28s-35-10-35-28z\" fill=\"#8d8f94\"/><path d=\"M426 172l24-40\" stroke=\"#6d6f74\" stroke-width=\"8\" stroke-linecap=\"round\"/>",
        // A river landscape with a boat, hills, and village roofs.
        "du-lich" => "<rect width=\"480\" height=\"300\" fill=\"#d6ebf8\"/><circle cx=\"380\" cy=\"70\" r=\"30\" fill=\"#f6c84a\"/><path d=\"M0 170l90-80 80 56 100-96 210 130v40H0z\" fill=\"#6a9a8a\"/><path d=\"M0 200c90-40 170-30 260 0s150 10 220-14v60H0z\" fill=\"#7fbf5a\"/><path d=\"M0 240c120-20 240 14 480-8v68H0z\" fill=\"#5f9cd0\"/><path d=\"M200 258h80l-12 14h-56z\" fill=\"#6b4a2b\"/><path d=\"M236 258v-30l24 26z\" fill=\"#f3e2c4\"/><rect x=\"60\" y=\"180\" width=\"50\" height=\"30\" fill=\"#f3e2c4\"/><path d=\"M50 182l35-28 35 28z\" fill=\"#a8532e\"/><rect x=\"360\" y=\"186\" width=\"44\" height=\"26\" fill=\"#f3e2c4\"/><path d=\"M352 188l30-24 30 24z\" fill=\"#a8532e\"/>",
        // A conference hall: screen with a chart, lectern, audience.
        "hoi-nghi" => "<rect width=\"480\" height=\"300\" fill=\"#e8ecf2\"/><rect x=\"120\" y=\"30\" width=\"240\" height=\"130\" fill=\"#fff\" stroke=\"#2c3e60\" stroke-width=\"6\"/><path d=\"M150 140v-30h24v30M190 140V80h24v60M230 140v-44h24v44M270 140V60h24v80\" fill=\"#3a7cc3\"/><path d=\"M150 140h180\" stroke=\"#2c3e60\" stroke-width=\"3\"/><rect x=\"380\" y=\"120\" width=\"50\" height=\"70\" fill=\"#8a5a3b\"/><circle cx=\"405\" cy=\"100\" r=\"14\" fill=\"#e0b896\"/><rect y=\"200\" width=\"480\" height=\"100\" fill=\"#b8404a\"/><g fill=\"#2c3e60\"><circle cx=\"60\" cy=\"226\" r=\"16\"/><circle cx=\"130\" cy=\"226\" r=\"16\"/><circle cx=\"200\" cy=\"226\" r=\"16\"/><circle cx=\"270\" cy=\"226\" r=\"16\"/><circle cx=\"340\" cy=\"226\" r=\"16\"/><circle cx=\"410\" cy=\"226\" r=\"16\"/><path d=\"M30 300c0-40 60-40 60 0zM100 300c0-40 60-40 60 0zM170 300c0-40 60-40 60 0zM240 300c0-40 60-40 60 0zM310 300c0-40 60-40 60 0zM380 300c0-40 60-40 60 0z\"/></g>",
        // A display booth: awning, shelves of products, counter.
        "trung-bay" => "<rect width=\"480\" height=\"300\" fill=\"#fbf0e0\"/><path d=\"M60 40h360l20 40H40z\" fill=\"#e07a2a\"/><path d=\"M100 40l-20 40M160 40l-10 40M220 40v40M280 40l10 40M340 40l20 40\" stroke=\"#fff\" stroke-width=\"10\"/><rect x=\"60\" y=\"80\" width=\"360\" height=\"150\" fill=\"#fff7ea\"/><rect x=\"80\" y=\"140\" width=\"320\" height=\"8\" fill=\"#8a5a3b\"/><path d=\"M100 140c0-26 12-30 12-44h14c0 14 12 18 12 44z\" fill=\"#2f5d9e\"/><circle cx=\"180\" cy=\"124\" r=\"16\" fill=\"#c8d84a\"/><rect x=\"214\" y=\"100\" width=\"26\" height=\"40\" rx=\"4\" fill=\"#c0392b\"/><rect x=\"260\" y=\"110\" width=\"40\" height=\"30\" fill=\"#6fb04a\"/><path d=\"M320 140c0-20 30-20 30 0z\" fill=\"#e8557a\"/><rect x=\"360\" y=\"104\" width=\"22\" height=\"36\" rx=\"3\" fill=\"#b8742a\"/><rect x=\"40\" y=\"200\" width=\"400\" height=\"70\" fill=\"#b0703c\"/><path d=\"M40 214h400\" stroke=\"#7d4a24\" stroke-width=\"4\"/><circle cx=\"240\" cy=\"242\" r=\"16\" fill=\"#f2c230\"/><path d=\"M240 232l3 7h8l-6 5 2 8-7-5-7 5 2-8-6-5h8z\" fill=\"#b0703c\"/>",
        // Online sales: a phone with a cart, parcels on their way.
        "thuong-mai-dien-tu" => "<rect width=\"480\" height=\"300\" fill=\"#ece8f6\"/><rect x=\"170\" y=\"30\" width=\"140\" height=\"240\" rx=\"18\" fill=\"#3a3060\"/><rect x=\"182\" y=\"52\" width=\"116\" height=\"190\" fill=\"#fff\"/><path d=\"M204 110h12l14 50h50l10-36h-68\" stroke=\"#7a5ab0\" stroke-width=\"7\" fill=\"none\" stroke-linejoin=\"round\"/><circle cx=\"236\" cy=\"176\" r=\"7\" fill=\"#7a5ab0\"/><circle cx=\"272\" cy=\"176\" r=\"7\" fill=\"#7a5ab0\"/><rect x=\"200\" y=\"200\" width=\"80\" height=\"22\" rx=\"11\" fill=\"#f08a3a\"/><path d=\"M40 200h80v70H40zM360 180h90v90h-90zM380 120h60v60h-60z\" fill=\"#c9a06a\"/><path d=\"M80 200v70M405 180v90M410 120v60\" stroke=\"#8a6234\" stroke-width=\"6\"/><path d=\"M60 160l30-30 30 30\" stroke=\"#7a5ab0\" stroke-width=\"6\" fill=\"none\"/>",
        // A new-countryside road between houses, trees and fields.
        "nong-thon-moi" => "<rect width=\"480\" height=\"300\" fill=\"#e2f0f8\"/><rect y=\"150\" width=\"480\" height=\"150\" fill=\"#a8cf6a\"/><path d=\"M220 150h40l120 150H100z\" fill=\"#c8c8c0\"/><path d=\"M240 160v20M240 200v30M240 250v40\" stroke=\"#fff\" stroke-width=\"4\"/><rect x=\"50\" y=\"110\" width=\"80\" height=\"50\" fill=\"#f6efe0\"/><path d=\"M40 114l50-36 50 36z\" fill=\"#c0463a\"/><rect x=\"80\" y=\"130\" width=\"20\" height=\"30\" fill=\"#6b4a2b\"/><rect x=\"340\" y=\"104\" width=\"90\" height=\"56\" fill=\"#fff8e8\"/><path d=\"M330 108l55-40 55 40z\" fill=\"#c0463a\"/><rect x=\"366\" y=\"120\" width=\"36\" height=\"20\" fill=\"#9cc0d8\"/><rect x=\"166\" y=\"110\" width=\"8\" height=\"50\" fill=\"#6b4a2b\"/><circle cx=\"170\" cy=\"100\" r=\"26\" fill=\"#3f7a35\"/><rect x=\"296\" y=\"116\" width=\"8\" height=\"44\" fill=\"#6b4a2b\"/><circle cx=\"300\" cy=\"104\" r=\"22\" fill=\"#4f8f3a\"/><circle cx=\"60\" cy=\"50\" r=\"20\" fill=\"#f6d66a\"/>",
        // A craft village gate with its tiled roof, a kiln chimney behind.
        "lang-nghe" => "<rect width=\"480\" height=\"300\" fill=\"#f6e6d2\"/><rect x=\"370\" y=\"40\" width=\"30\" height=\"120\" fill=\"#9a4a2a\"/><circle cx=\"396\" cy=\"26\" r=\"14\" fill=\"#d8d0c4\"/><rect y=\"230\" width=\"480\" height=\"70\" fill=\"#c9a06a\"/><rect x=\"130\" y=\"110\" width=\"40\" height=\"130\" fill=\"#c0643a\"/><rect x=\"310\" y=\"110\" width=\"40\" height=\"130\" fill=\"#c0643a\"/><rect x=\"170\" y=\"110\" width=\"140\" height=\"30\" fill=\"#b0563d\"/><path d=\"M100 116c40-60 240-60 280 0-20-8-40-10-60-8H160c-20-2-40 0-60 8z\" fill=\"#6e2a1f\"/><path d=\"M120 100h240\" stroke=\"#8e3a2a\" stroke-width=\"4\"/><path d=\"M170 240v-70a70 50 0 0 1 140 0v70z\" fill=\"#f6e6d2\"/><path d=\"M60 230c-10-30 4-44 20-44s30 14 20 44zM400 230c-10-30 4-44 20-44s30 14 20 44z\" fill=\"#8a5a3b\"/>",
        // A training room: whiteboard with a chart, trainer and trainees.
        "tap-huan" => "<rect width=\"480\" height=\"300\" fill=\"#e6eff0\"/><rect x=\"60\" y=\"30\" width=\"260\" height=\"140\" fill=\"#fff\" stroke=\"#5a6e78\" stroke-width=\"6\"/><path d=\"M90 140l50-40 40 24 60-60 50 30\" stroke=\"#2a9a8a\" stroke-width=\"6\" fill=\"none\"/><path d=\"M90 70h70M90 86h50\" stroke=\"#5a6e78\" stroke-width=\"5\"/><circle cx=\"390\" cy=\"80\" r=\"18\" fill=\"#e0b896\"/><path d=\"M360 170c0-60 60-60 60 0z\" fill=\"#2a9a8a\"/><path d=\"M362 112l-40-12\" stroke=\"#2a9a8a\" stroke-width=\"8\" stroke-linecap=\"round\"/><rect y=\"240\" width=\"480\" height=\"60\" fill=\"#c9a06a\"/><g fill=\"#3a4a5a\"><circle cx=\"80\" cy=\"206\" r=\"16\"/><circle cx=\"180\" cy=\"206\" r=\"16\"/><circle cx=\"280\" cy=\"206\" r=\"16\"/><circle cx=\"380\" cy=\"206\" r=\"16\"/><path d=\"M50 250c0-40 60-40 60 0zM150 250c0-40 60-40 60 0zM250 250c0-40 60-40 60 0zM350 250c0-40 60-40 60 0z\"/></g>",
        // Market stalls under striped awnings, baskets of produce.
        _ => "<rect width=\"480\" height=\"300\" fill=\"#fbeede\"/><rect y=\"220\" width=\"480\" height=\"80\" fill=\"#d8b888\"/><rect x=\"30\" y=\"110\" width=\"6\" height=\"120\" fill=\"#6b4a2b\"/><rect x=\"204\" y=\"110\" width=\"6\" height=\"120\" fill=\"#6b4a2b\"/><rect x=\"270\" y=\"110\" width=\"6\" height=\"120\" fill=\"#6b4a2b\"/><rect x=\"444\" y=\"110\" width=\"6\" height=\"120\" fill=\"#6b4a2b\"/><path d=\"M20 70h200l10 40H10zM260 70h200l10 40H250z\" fill=\"#d94f3d\"/><path d=\"M60 70l-8 40M100 70l-4 40M140 70v40M180 70l4 40M300 70l-8 40M340 70l-4 40M380 70v40M420 70l4 40\" stroke=\"#f6d66a\" stroke-width=\"12\"/><rect x=\"30\" y=\"170\" width=\"180\" height=\"14\" fill=\"#8a5a3b\"/><rect x=\"270\" y=\"170\" width=\"180\" height=\"14\" fill=\"#8a5a3b\"/><path d=\"M50 170c0-30 60-30 60 0zM120 170c0-30 60-30 60 0z\" fill=\"#c9a06a\"/><g fill=\"#f0a030\"><circle cx=\"70\" cy=\"156\" r=\"10\"/><circle cx=\"90\" cy=\"156\" r=\"10\"/></g><g fill=\"#6fb04a\"><circle cx=\"140\" cy=\"156\" r=\"10\"/><circle cx=\"160\" cy=\"156\" r=\"10\"/></g><path d=\"M290 170c0-30 60-30 60 0zM360 170c0-30 60-30 60 0z\" fill=\"#c9a06a\"/><g fill=\"#e8557a\"><circle cx=\"310\" cy=\"156\" r=\"10\"/><circle cx=\"330\" cy=\"156\" r=\"10\"/></g><g fill=\"#c8d84a\"><circle cx=\"380\" cy=\"156\" r=\"10\"/><circle cx=\"400\" cy=\"156\" r=\"10\"/></g><path d=\"M200 260h80l-8 30h-64z\" fill=\"#a8774a\"/>",
    };
    svg(480, 300, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn motifs_follow_the_product_name() {
        assert_eq!(
            product_motif("thu-cong-my-nghe", "Lọ hoa men lam dáng tỏi"),
            Some("binh")
        );
        assert_eq!(
            product_motif("thu-cong-my-nghe", "Bộ bát đĩa gốm sứ rồng phượng"),
            Some("bat-dia")
        );
        assert_eq!(
            product_motif("thu-cong-my-nghe", "Bộ ấm chén men lam vẽ tay"),
            Some("am-chen")
        );
        assert_eq!(
            product_motif("thu-cong-my-nghe", "Chum gốm men da lươn"),
            Some("binh")
        );
        assert_eq!(
            product_motif("thu-cong-my-nghe", "Tranh hoa sen dát vàng"),
            Some("dat-vang")
        );
        assert_eq!(
            product_motif("thu-cong-my-nghe", "Ví da nam khâu tay"),
            Some("do-da")
        );
        assert_eq!(product_motif("thuc-pham", "Sữa chua nếp cẩm"), Some("sua"));
        assert_eq!(product_motif("thuc-pham", "Mứt vỏ bưởi"), Some("hu"));
        assert_eq!(product_motif("thuc-pham", "Bưởi Diễn"), Some("qua"));
        assert_eq!(product_motif("thuc-pham", "Cà chua bi"), Some("qua"));
        assert_eq!(product_motif("thuc-pham", "Bắp cải trắng"), Some("rau"));
        assert_eq!(product_motif("thuc-pham", "Giò lụa"), Some("goi"));
        assert_eq!(product_motif("thuc-pham", "Gạo tám thơm"), Some("ro"));
        assert_eq!(product_motif("do-uong", "Rượu vải"), Some("ruou"));
        assert_eq!(
            product_motif("sinh-vat-canh", "Lan hồ điệp chậu"),
            Some("hoa")
        );
        assert_eq!(
            product_motif("sinh-vat-canh", "Đào cảnh thế"),
            Some("cay-canh")
        );
        assert_eq!(
            product_motif("dich-vu-du-lich", "Điểm du lịch Phù Đổng Green Park"),
            Some("phong-canh")
        );
        assert_eq!(product_motif("unknown", "x"), None);
    }

    #[test]
    fn glazes_pick_the_colour_of_ceramics() {
        assert_eq!(
            product_variant("thu-cong-my-nghe", "Lọ hoa men lam dáng tỏi", 2),
            0
        );
        assert_eq!(
            product_variant("thu-cong-my-nghe", "Bình hoa vuốt tay men nâu", 0),
            2
        );
        assert_eq!(
            product_variant("thu-cong-my-nghe", "Bộ sản phẩm gốm men Suối Ngọc", 0),
            1
        );
        assert_eq!(
            product_variant("thu-cong-my-nghe", "Cá rồng dát vàng", 5),
            1
        );
        assert_eq!(product_variant("thuc-pham", "Rau muống men lam", 6), 2);
    }

    #[test]
    fn every_group_has_a_default_motif_and_files_stay_small() {
        let mut files = Files::new();
        write_all(&mut files).unwrap();
        for group in drawn_groups() {
            assert!(MOTIFS
                .iter()
                .rfind(|m| m.group == group)
                .unwrap()
                .keywords
                .is_empty());
        }
        for (path, bytes) in &files.0 {
            let text = std::str::from_utf8(bytes).unwrap();
            assert!(bytes.len() < 2560, "{path} is {} bytes", bytes.len());
            assert!(text.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox="));
            assert!(!text.contains("<text") && !text.contains("<script") && !text.contains("href"));
        }
    }
}
