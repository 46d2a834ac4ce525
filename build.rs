//! Which pages this build carries: a production bundle names one of the
//! `bundle-*` features; a build with none (`trunk serve`, the prerenderer,
//! tests) carries them all. The choice becomes `carries_home`,
//! `carries_article`, `carries_gallery`, `carries_product` and
//! `carries_label` cfgs, so a page module is compiled only into the
//! bundles that show it.

const BUNDLES: [&str; 5] = ["home", "article", "gallery", "product", "label"];

fn main() {
    let chosen: Vec<&str> = BUNDLES
        .into_iter()
        .filter(|b| {
            std::env::var_os(format!("CARGO_FEATURE_BUNDLE_{}", b.to_uppercase())).is_some()
        })
        .collect();
    for bundle in BUNDLES {
        println!("cargo::rustc-check-cfg=cfg(carries_{bundle})");
        if chosen.is_empty() || chosen.contains(&bundle) {
            println!("cargo::rustc-cfg=carries_{bundle}");
        }
    }
}
