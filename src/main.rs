//! Entry point: install the panic screen, mount the app. Nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    ocop_portal::web::install_panic_hook();
    leptos::mount::mount_to_body(ocop_portal::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a browser app: build and serve it with `trunk serve` (see README.md).");
}
