//! The browser entry point: adopt the prerendered page or draw it
//! (`web::boot`). Nothing else.

#[cfg(all(target_arch = "wasm32", feature = "browser"))]
fn main() {
    ocop_portal::web::boot::start();
}

#[cfg(not(all(target_arch = "wasm32", feature = "browser")))]
fn main() {
    eprintln!("This is a browser app: build it with `bash scripts/build.sh` (see README.md).");
}
