//! The page around the app: trunk's built `index.html` is the template (so
//! its hashed file names, CSS and `<base href>` are right); the prerenderer
//! replaces trunk's loader with one that starts the app once the page has
//! shown, and writes the page's own content and `<head>` tags in.

use super::render::Drawn;
use crate::{
    domain::html::{escape_attribute, json_for_script},
    routes::Page,
};
use std::path::Path;

/// Where `scripts/build.sh` keeps trunk's output page.
pub const SHELL_DIR: &str = "_shell";
/// Trunk's output page, in [`SHELL_DIR`].
pub const TEMPLATE_FILE: &str = "app.html";
/// Where a run records the base path it drew for, for the next run.
pub const BASE_FILE: &str = "base-path";

/// The app's wasm-bindgen module and wasm, as trunk names them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppFiles {
    pub js: String,
    pub wasm: String,
}

/// The template with trunk's loader taken out, and the app's files.
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
    pub files: AppFiles,
}

const APP_ROOT: &str = "<div id=\"app\"></div>";

impl Shell {
    /// Reads `dist/_shell/app.html`. `base_path` is where the site is
    /// served (`/ocop`); the app is built with relative asset paths, so one
    /// build serves any base, which each page's `<base href>` names.
    /// Without it, the base an earlier run recorded, else the root.
    pub fn load(dist: &Path, base_path: Option<&str>) -> Result<Shell, String> {
        let file = dist.join(SHELL_DIR).join(TEMPLATE_FILE);
        let html = std::fs::read_to_string(&file).map_err(|e| {
            format!(
                "{}: {e} (build the app first: bash scripts/build.sh)",
                file.display()
            )
        })?;
        let (template, files) = strip_trunk_loader(&html)
            .ok_or_else(|| format!("{}: no trunk loader found in it", file.display()))?;
        // Comments go first: the template's own comments explain how to set
        // the API base, with an example tag that must not count as one.
        let template = remove_comments(&template);
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
            files,
        })
    }

    /// The complete HTML of a prerendered page.
    pub fn page(&self, page: &PageHtml) -> String {
        // The back end the page was drawn for, as the inline guard reads
        // it: an operator who points the built site elsewhere gets pages
        // hidden until drawn from there.
        let api_meta = self
            .api_meta
            .as_deref()
            .map(|m| format!(" data-api-meta=\"{}\"", escape_attribute(m.trim())))
            .unwrap_or_default();
        // The picture the guard preloads if it shows the page.
        let lead_image = lead_image(&page.drawn.body)
            .map(|src| format!(" {}=\"{src}\"", crate::env::LEAD_IMAGE))
            .unwrap_or_default();
        let head = self.head.replacen(
            "<html lang=\"vi\"",
            &format!(
                "<html lang=\"vi\" {}=\"{}\" {}=\"{}\"{api_meta}{lead_image}",
                crate::env::DRAWN_AT,
                escape_attribute(&page.drawn_at),
                crate::env::OPEN_DATA,
                escape_attribute(&page.open_data),
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
        // No preload of the wasm: the loader fetches it once the page has
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

    /// The loader every page runs: it starts the app once the page and its
    /// images have loaded, or after [`START_DEADLINE_MS`] whatever they
    /// do. The page is readable and its links work before that; on a slow
    /// phone line the wasm would otherwise share the line with the picture
    /// the reader waits for (Lighthouse's LCP went from about 3 s to about
    /// 1.1 s on `/` without it), while one image host that never answers
    /// must not keep the app (its fresh data, its messages) from starting.
    pub fn loader_js(&self) -> String {
        format!(
            "// Written by the prerenderer: starts the app (prerender::shell::Shell::loader_js).\n\
             const start = async () => {{\n\
             \x20 const {{ default: init }} = await import({js});\n\
             \x20 await init({{ module_or_path: {wasm} }});\n\
             }};\n\
             if (document.readyState === 'complete') start();\n\
             else {{\n\
             \x20 let started = false;\n\
             \x20 const once = () => {{ if (!started) {{ started = true; start(); }} }};\n\
             \x20 addEventListener('load', once, {{ once: true }});\n\
             \x20 setTimeout(once, {deadline});\n\
             }}\n",
            js = serde_json::json!(self.files.js),
            wasm = serde_json::json!(self.files.wasm),
            deadline = START_DEADLINE_MS,
        )
    }
}

/// How long after the page's HTML the app starts at the latest, if the
/// page's images have not all loaded by then.
pub const START_DEADLINE_MS: u32 = 2_500;

/// What one page file holds.
pub struct PageHtml<'a> {
    pub drawn: &'a Drawn,
    /// `data-drawn-at`: the URL the page shows (base path included).
    pub drawn_at: String,
    pub drawn_for: String,
    /// The loader's URL.
    pub loader: String,
    /// A note for readers without script, where the page needs it.
    pub noscript: Option<&'static str>,
    /// The catalogue the open-data files are written from.
    pub open_data: String,
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
fn strip_trunk_loader(html: &str) -> Option<(String, AppFiles)> {
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
    Some((page, AppFiles { js, wasm }))
}

/// The `src` of the page's [`LeadImage`](crate::components::lead_image),
/// as written (escaped) in the drawn HTML. The renderer escapes `>` in
/// attribute values, so a tag ends at the first `>`.
fn lead_image(body: &str) -> Option<&str> {
    body.match_indices("<img ").find_map(|(start, _)| {
        let tag = &body[start..start + body[start..].find('>')?];
        let marked = tag.contains(&format!(" {}", crate::components::lead_image::MARK));
        marked.then(|| between(tag, " src=\"", "\""))?
    })
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
    fn the_lead_image_is_found_in_what_its_component_draws() {
        use crate::components::lead_image::LeadImage;
        use leptos::prelude::*;
        let drawn = view! {
            <p><img src="card.svg" alt="a card" loading="lazy" /></p>
            <LeadImage src="top.svg?a=1&b=2".to_owned() alt="a \"quoted\" > alt".to_owned() width=960 height=600 />
        }
        .to_html();
        assert_eq!(lead_image(&drawn), Some("top.svg?a=1&amp;b=2"));
        // A page without one: nothing to preload.
        assert_eq!(
            lead_image("<main><img src=\"card.svg\" alt=\"\"></main>"),
            None
        );
    }

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
    fn the_loader_starts_the_app_s_files_with_a_deadline() {
        let shell = Shell {
            head: String::new(),
            tail: String::new(),
            base_path: String::new(),
            api_meta: None,
            files: AppFiles {
                js: "./ocop-portal-1a2b.js".into(),
                wasm: "./ocop-portal-1a2b_bg.wasm".into(),
            },
        };
        let js = shell.loader_js();
        assert!(js.contains("import(\"./ocop-portal-1a2b.js\")"), "{js}");
        assert!(
            js.contains("module_or_path: \"./ocop-portal-1a2b_bg.wasm\""),
            "{js}"
        );
        assert!(
            js.contains(&format!("setTimeout(once, {START_DEADLINE_MS})")),
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
