//! The page around the app: trunk's built `index.html` of each bundle is
//! the template (so its hashed file names, CSS and `<base href>` are
//! right); the prerenderer replaces trunk's loader with one that picks the
//! bundle by URL, and writes the page's own content and `<head>` tags in.

use super::render::Drawn;
use crate::{
    domain::html::{escape_attribute, json_for_script},
    routes::{Bundle, Page, BUNDLE_RULES, DEFAULT_BUNDLE},
};
use std::{collections::BTreeMap, path::Path};

/// Where `scripts/build.sh` keeps each bundle's trunk output page.
pub const SHELL_DIR: &str = "_shell";
/// Where a run records the base path it drew for, for the next run.
pub const BASE_FILE: &str = "base-path";

/// A bundle's wasm-bindgen module and wasm, as absolute paths.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BundleFiles {
    pub js: String,
    pub wasm: String,
}

/// The template with trunk's loader taken out, and every bundle's files.
#[derive(Clone, Debug)]
pub struct Shell {
    /// The page up to `</head>` (exclusive), without trunk's loader, title
    /// and description (the page writes its own).
    head: String,
    /// From `</head>` to the end, with `<div id="app"></div>` still empty.
    tail: String,
    /// `""` or `/ocop`.
    pub base_path: String,
    /// The `<meta name="ocop-api-base">` the template carries, if any.
    pub api_meta: Option<String>,
    pub bundles: BTreeMap<&'static str, BundleFiles>,
}

const APP_ROOT: &str = "<div id=\"app\"></div>";

impl Shell {
    /// Reads `dist/_shell/{bundle}.html`. `base_path` is where the site is
    /// served (`/ocop`); the bundles are built with relative asset paths,
    /// so one build serves any base, which each page's `<base href>` names.
    /// Without it, the base an earlier run recorded, else the root.
    pub fn load(dist: &Path, base_path: Option<&str>) -> Result<Shell, String> {
        let mut bundles = BTreeMap::new();
        let mut template = None;
        for bundle in Bundle::ALL {
            let file = dist.join(SHELL_DIR).join(format!("{}.html", bundle.key()));
            let html = std::fs::read_to_string(&file).map_err(|e| {
                format!(
                    "{}: {e} (build the bundles first: bash scripts/build.sh)",
                    file.display()
                )
            })?;
            let (stripped, files) = strip_trunk_loader(&html)
                .ok_or_else(|| format!("{}: no trunk loader found in it", file.display()))?;
            bundles.insert(bundle.key(), files);
            if bundle == Bundle::Home {
                template = Some(stripped);
            }
        }
        // Comments go first: the template's own comments explain how to set
        // the API base, with an example tag that must not count as one.
        let template = remove_comments(&template.unwrap_or_default());
        if !template.contains(APP_ROOT) {
            return Err(format!("the template has no {APP_ROOT}"));
        }
        let recorded = std::fs::read_to_string(dist.join(SHELL_DIR).join(BASE_FILE)).ok();
        let base_path = base_path
            .map(str::to_owned)
            .or(recorded)
            .or_else(|| attribute_of(&template, "<base ", "href").filter(|b| b.starts_with('/')))
            .unwrap_or_default()
            .trim()
            .trim_end_matches('/')
            .to_owned();
        if !base_path.is_empty() && !base_path.starts_with('/') {
            return Err(format!("the base path {base_path:?} must start with /"));
        }
        // Trunk wrote the public URL it was given; the page names the one
        // it is served under.
        let template = match attribute_of(&template, "<base ", "href") {
            Some(href) => template.replacen(
                &format!("<base href=\"{href}\""),
                &format!("<base href=\"{}/\"", escape_attribute(&base_path)),
                1,
            ),
            None => template,
        };
        let api_meta = meta_content(&template, crate::env::API_BASE_META);
        let template = remove_element(&template, "<title", "</title>");
        let template = remove_tag(&template, "<meta name=\"description\"");
        let template = remove_element(&template, "<noscript", "</noscript>");
        let (head, tail) = template
            .split_once("</head>")
            .ok_or("the template has no </head>")?;
        Ok(Shell {
            head: head.to_owned(),
            tail: format!("</head>{tail}"),
            base_path,
            api_meta,
            bundles,
        })
    }

    /// The complete HTML of a prerendered page.
    pub fn page(&self, page: &PageHtml) -> String {
        let head = if page.every_style {
            self.head.clone()
        } else {
            keep_styles(&self.head, &page.bundle.styles())
        };
        let head = head.replacen(
            "<html lang=\"vi\"",
            &format!(
                "<html lang=\"vi\" {}=\"{}\"",
                crate::env::DRAWN_AT,
                escape_attribute(&page.drawn_at)
            ),
            1,
        );
        let boot_data = json_for_script(
            &serde_json::json!({
                "drawn_for": page.drawn_for,
                "sources": page.drawn.sources,
            })
            .to_string(),
        );
        let noscript = page
            .noscript
            .map(|note| format!("<noscript><p class=\"noscript-note\">{note}</p></noscript>"));
        let body = format!(
            "{}<div id=\"app\">{}</div><script type=\"application/json\" id=\"{}\">{boot_data}</script><script type=\"module\" src=\"{}\"></script>",
            noscript.unwrap_or_default(),
            page.drawn.body,
            crate::env::BOOT_DATA_ID,
            escape_attribute(&page.loader),
        );
        let tail = self.tail.replacen(APP_ROOT, &body, 1);
        // No preload of the bundle: the loader fetches it once the page has
        // loaded (see `loader_js`).
        format!(
            "{head}<meta name=\"{site_meta}\" content=\"{site}\">\
             <link rel=\"alternate\" type=\"application/rss+xml\" title=\"Tin mới\" href=\"{feed}\">\
             {meta}{tail}",
            site_meta = crate::env::SITE_URL_META,
            site = escape_attribute(crate::env::site_url()),
            feed = escape_attribute(&crate::routes::file_href(crate::routes::FEED)),
            meta = page.drawn.head,
        )
    }

    /// The loader every page runs: it picks the bundle by URL (so a host's
    /// fallback page loads the right one) and starts it once the page and
    /// its images have loaded. The page is readable and its links work
    /// before that; on a slow phone line the wasm would otherwise share
    /// the line with the picture the reader waits for (Lighthouse's LCP
    /// went from about 3 s to about 1.1 s on `/` without it).
    pub fn loader_js(&self) -> String {
        let rules: Vec<serde_json::Value> = BUNDLE_RULES
            .iter()
            .map(|(pattern, exact, bundle)| serde_json::json!([pattern, exact, bundle.key()]))
            .collect();
        let files: BTreeMap<&str, [&str; 2]> = self
            .bundles
            .iter()
            .map(|(k, f)| (*k, [f.js.as_str(), f.wasm.as_str()]))
            .collect();
        format!(
            "// Written by the prerenderer: which wasm bundle draws a page\n\
             // (routes::BUNDLE_RULES), and their files.\n\
             const base = {base};\n\
             const rules = {rules};\n\
             const files = {files};\n\
             // Segments decoded as routes::Page::at decodes them.\n\
             const decoded = (s) => {{ try {{ return decodeURIComponent(s); }} catch {{ return s; }} }};\n\
             const parts = location.pathname.slice(base.length).split('/').filter(Boolean).map(decoded);\n\
             const rule = rules.find(([pattern, exact]) =>\n\
             \x20 (exact ? parts.length === pattern.length : parts.length >= pattern.length) &&\n\
             \x20 pattern.every((p, i) => p === '*' || p === parts[i]));\n\
             const [js, wasm] = files[rule ? rule[2] : {fallback}];\n\
             if (document.readyState !== 'complete') await new Promise((loaded) => addEventListener('load', loaded, {{ once: true }}));\n\
             const {{ default: init }} = await import(js);\n\
             await init({{ module_or_path: wasm }});\n",
            base = serde_json::json!(self.base_path),
            rules = serde_json::json!(rules),
            files = serde_json::json!(files),
            fallback = serde_json::json!(DEFAULT_BUNDLE.key()),
        )
    }
}

/// What one page file holds.
pub struct PageHtml<'a> {
    pub drawn: &'a Drawn,
    /// `data-drawn-at`: the URL the page shows (base path included).
    pub drawn_at: String,
    pub drawn_for: String,
    pub bundle: Bundle,
    /// The loader's URL.
    pub loader: String,
    /// A note for readers without script, where the page needs it.
    pub noscript: Option<&'static str>,
    /// Link every style sheet, not only the bundle's: a host serves this
    /// page for URLs of any bundle (`index.html`, `404.html`).
    pub every_style: bool,
}

/// `head` without the style sheets not in `styles`. Trunk names a sheet
/// `{name}-{hash}.css`.
fn keep_styles(head: &str, styles: &[&str]) -> String {
    let mut out = String::with_capacity(head.len());
    let mut rest = head;
    while let Some(start) = rest.find("<link rel=\"stylesheet\"") {
        let Some(len) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..start + len + 1];
        let sheet = attribute_of(tag, "<link", "href")
            .and_then(|href| {
                let file = href.rsplit('/').next()?.strip_suffix(".css")?.to_owned();
                Some(
                    file.rsplit_once('-')
                        .map_or(file.clone(), |(name, _)| name.to_owned()),
                )
            })
            .unwrap_or_default();
        out.push_str(&rest[..start]);
        if styles.contains(&sheet.as_str()) {
            out.push_str(tag);
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// The note a page without script needs: only where something does not
/// work without it.
pub fn noscript_note(page: &Page) -> Option<&'static str> {
    match page {
        Page::Gallery => Some(
            "Bộ lọc và sắp xếp sản phẩm cần JavaScript; danh sách dưới đây là trang đầu, xếp theo hạng sao.",
        ),
        Page::Search => Some("Tìm kiếm tin tức cần JavaScript. Bạn vẫn có thể xem tin tức theo trang."),
        Page::Points => Some("Lọc điểm bán theo xã cần JavaScript; danh sách dưới đây có mọi điểm bán."),
        _ => None,
    }
}

/// Takes trunk's loader out of a built page: its `<script type="module">`
/// (which names the wasm-bindgen module and the wasm) and its preload
/// links. `None` if the page has no such loader.
fn strip_trunk_loader(html: &str) -> Option<(String, BundleFiles)> {
    let start = html.find("<script type=\"module\">")?;
    let end = start + html[start..].find("</script>")? + "</script>".len();
    let script = &html[start..end];
    let js = between(script, "from '", "'")?.to_owned();
    let wasm = between(script, "module_or_path: '", "'")?.to_owned();
    let mut page = format!("{}{}", &html[..start], &html[end..]);
    for file in [&js, &wasm] {
        while let Some(link) = page.find(&format!("href=\"{file}\"")) {
            let open = page[..link].rfind("<link")?;
            let close = link + page[link..].find('>')? + 1;
            page.replace_range(open..close, "");
        }
    }
    Some((page, BundleFiles { js, wasm }))
}

fn between<'s>(s: &'s str, open: &str, close: &str) -> Option<&'s str> {
    let start = s.find(open)? + open.len();
    let end = start + s[start..].find(close)?;
    Some(&s[start..end])
}

fn attribute_of(html: &str, tag: &str, name: &str) -> Option<String> {
    let start = html.find(tag)?;
    let end = start + html[start..].find('>')?;
    between(&html[start..end], &format!("{name}=\""), "\"").map(str::to_owned)
}

fn meta_content(html: &str, name: &str) -> Option<String> {
    attribute_of(html, &format!("<meta name=\"{name}\""), "content")
}

fn remove_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        match rest[start..].find("-->") {
            Some(end) => rest = &rest[start + end + 3..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

fn remove_element(html: &str, open: &str, close: &str) -> String {
    match html.find(open) {
        Some(start) => match html[start..].find(close) {
            Some(len) => format!("{}{}", &html[..start], &html[start + len + close.len()..]),
            None => html.to_owned(),
        },
        None => html.to_owned(),
    }
}

fn remove_tag(html: &str, open: &str) -> String {
    match html.find(open) {
        Some(start) => match html[start..].find('>') {
            Some(len) => format!("{}{}", &html[..start], &html[start + len + 1..]),
            None => html.to_owned(),
        },
        None => html.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<!doctype html><html lang=\"vi\"><head><base href=\"/ocop/\"><title>x</title>\
        <link rel=\"modulepreload\" href=\"/ocop/ocop-portal-1a2b.js\" crossorigin=\"anonymous\" integrity=\"sha384-x\">\
        <link rel=\"preload\" href=\"/ocop/ocop-portal-1a2b_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\">\
        </head><body><div id=\"app\"></div>\
        <script type=\"module\">\nimport init, * as bindings from '/ocop/ocop-portal-1a2b.js';\n\
        const wasm = await init({ module_or_path: '/ocop/ocop-portal-1a2b_bg.wasm' });\n</script></body></html>";

    #[test]
    fn a_commented_out_api_base_is_no_api_base() {
        let html = "<head><!-- example:\n<meta name=\"ocop-api-base\" content=\"https://cms.example.vn/\">\n-->\
                    <meta name=\"ocop-api-base\" content=\"https://real.example.vn/api/\"></head>";
        let clean = remove_comments(html);
        assert_eq!(
            meta_content(&clean, "ocop-api-base").as_deref(),
            Some("https://real.example.vn/api/")
        );
        assert_eq!(
            meta_content(
                &remove_comments("<!-- <meta name=\"ocop-api-base\" content=\"x\"> -->"),
                "ocop-api-base"
            ),
            None
        );
    }

    #[test]
    fn a_page_links_only_its_bundle_s_style_sheets() {
        let head = "<head><link rel=\"icon\" href=\"./favicon-1a.svg\">\
            <link rel=\"stylesheet\" href=\"./tokens-1a2b.css\" integrity=\"sha384-x\"/>\
            <link rel=\"stylesheet\" href=\"./gallery-3c4d.css\" integrity=\"sha384-y\"/>\
            <link rel=\"stylesheet\" href=\"/ocop/print-5e.css\"/><title>t</title>";
        let kept = keep_styles(head, &["tokens", "print"]);
        assert!(
            kept.contains("tokens-1a2b.css\" integrity=\"sha384-x\"/>"),
            "{kept}"
        );
        assert!(kept.contains("print-5e.css"), "{kept}");
        assert!(!kept.contains("gallery"), "{kept}");
        assert!(
            kept.contains("favicon-1a.svg") && kept.ends_with("<title>t</title>"),
            "{kept}"
        );
        // Every bundle's sheets are sheets the template links.
        for bundle in Bundle::ALL {
            for sheet in bundle.styles() {
                assert!(
                    include_str!("../../index.html")
                        .contains(&format!("href=\"style/{sheet}.css\"")),
                    "{sheet}"
                );
            }
        }
    }

    #[test]
    fn the_loader_falls_back_to_a_bundle_it_has() {
        let files = |k: &str| BundleFiles {
            js: format!("./{k}.js"),
            wasm: format!("./{k}.wasm"),
        };
        let shell = Shell {
            head: String::new(),
            tail: String::new(),
            base_path: String::new(),
            api_meta: None,
            bundles: Bundle::ALL
                .iter()
                .map(|b| (b.key(), files(b.key())))
                .collect(),
        };
        let js = shell.loader_js();
        assert!(
            js.contains(&format!(
                "files[rule ? rule[2] : \"{}\"]",
                DEFAULT_BUNDLE.key()
            )),
            "{js}"
        );
        assert!(
            js.contains(&format!("\"{}\":[\"./{0}.js\"", DEFAULT_BUNDLE.key())),
            "{js}"
        );
    }

    #[test]
    fn trunk_s_loader_comes_out_and_names_the_files() {
        let (page, files) = strip_trunk_loader(TRUNK).expect("a loader");
        assert_eq!(files.js, "/ocop/ocop-portal-1a2b.js");
        assert_eq!(files.wasm, "/ocop/ocop-portal-1a2b_bg.wasm");
        assert!(!page.contains("1a2b"), "{page}");
        assert!(!page.contains("<script"), "{page}");
        assert!(page.contains("<div id=\"app\"></div>"));
        assert_eq!(
            attribute_of(&page, "<base ", "href").as_deref(),
            Some("/ocop/")
        );
    }
}
