//! The catalogue as open data (Decree 47/2020: free, no login, open
//! formats, field descriptions, a licence): one row per product, as CSV for
//! spreadsheets and as JSON, with the same fields. The prerenderer writes
//! both files; `/thong-ke` makes them in the browser when it shows a newer
//! catalogue than the one they were written from.

use crate::api::models::Catalog;
use crate::domain::catalog::{commune_label, expiry_date, group_label, kind_name};
use serde::Serialize;

/// The licence the files are published under.
pub const LICENCE: &str = "Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)";
pub const LICENCE_URL: &str = "https://creativecommons.org/licenses/by/4.0/deed.vi";

/// Each field: its key (the CSV's header, the JSON's key) and what it holds.
pub const FIELDS: [(&str, &str); 13] = [
    ("ma_san_pham", "Mã sản phẩm trên cổng thông tin (duy nhất)"),
    ("ten_san_pham", "Tên sản phẩm"),
    ("so_sao", "Hạng sao OCOP: 3, 4 hoặc 5"),
    ("nhom", "Nhóm sản phẩm"),
    ("ma_nhom", "Mã nhóm sản phẩm"),
    ("xa", "Xã, thị trấn nơi sản phẩm được công nhận"),
    ("ma_xa", "Mã xã, thị trấn"),
    ("chu_the", "Tên chủ thể sản xuất"),
    (
        "loai_hinh_chu_the",
        "Loại hình chủ thể: doanh nghiệp, hợp tác xã, tổ hợp tác, hộ kinh doanh",
    ),
    ("nam_cong_nhan", "Năm được công nhận (trống nếu chưa có)"),
    (
        "so_quyet_dinh",
        "Số quyết định công nhận (trống nếu chưa có)",
    ),
    (
        "ngay_het_han",
        "Ngày giấy chứng nhận hết hiệu lực, dạng YYYY-MM-DD (trống nếu chưa có)",
    ),
    ("duong_dan", "Địa chỉ trang sản phẩm trên cổng thông tin"),
];

/// One product as the files carry it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Row {
    pub ma_san_pham: String,
    pub ten_san_pham: String,
    pub so_sao: u8,
    pub nhom: String,
    pub ma_nhom: String,
    pub xa: String,
    pub ma_xa: String,
    pub chu_the: String,
    pub loai_hinh_chu_the: String,
    pub nam_cong_nhan: Option<u16>,
    pub so_quyet_dinh: Option<String>,
    pub ngay_het_han: Option<String>,
    pub duong_dan: String,
}

impl Row {
    fn cells(&self) -> [Cell<'_>; 13] {
        let text = Cell::Text;
        [
            text(&self.ma_san_pham),
            text(&self.ten_san_pham),
            Cell::Number(self.so_sao.into()),
            text(&self.nhom),
            text(&self.ma_nhom),
            text(&self.xa),
            text(&self.ma_xa),
            text(&self.chu_the),
            text(&self.loai_hinh_chu_the),
            self.nam_cong_nhan
                .map_or(Cell::Empty, |y| Cell::Number(y.into())),
            self.so_quyet_dinh.as_deref().map_or(Cell::Empty, text),
            self.ngay_het_han.as_deref().map_or(Cell::Empty, text),
            Cell::Link(&self.duong_dan),
        ]
    }
}

enum Cell<'r> {
    Text(&'r str),
    Number(u32),
    /// A URL the portal wrote: never a formula.
    Link(&'r str),
    Empty,
}

/// The catalogue's rows, in its order. `decision` gives a product's
/// decision number where known (the detail files carry it, not the
/// catalogue); `url` its page's public address.
pub fn rows(
    catalog: &Catalog,
    decision: impl Fn(&str) -> Option<String>,
    url: impl Fn(&str) -> String,
) -> Vec<Row> {
    catalog
        .items
        .iter()
        .map(|p| Row {
            ma_san_pham: p.id.clone(),
            ten_san_pham: p.name.clone(),
            so_sao: p.stars,
            nhom: group_label(&catalog.groups, &p.group).to_owned(),
            ma_nhom: p.group.clone(),
            xa: commune_label(&catalog.communes, &p.commune).to_owned(),
            ma_xa: p.commune.clone(),
            chu_the: p.producer.name.clone(),
            loai_hinh_chu_the: kind_name(&p.producer.kind),
            nam_cong_nhan: p.year,
            so_quyet_dinh: decision(&p.id).filter(|d| !d.trim().is_empty()),
            ngay_het_han: expiry_date(p).map(|d| d.iso()),
            duong_dan: url(&p.id),
        })
        .collect()
}

/// The rows as CSV (RFC 4180, CRLF), UTF-8 with a byte-order mark so
/// Excel reads the Vietnamese correctly. A text cell a spreadsheet would
/// run as a formula (starting `=`, `+`, `-`, `@`, a tab or a carriage
/// return) is prefixed with `'`, which spreadsheets show as text.
pub fn csv(rows: &[Row]) -> String {
    let mut out = String::from("\u{feff}");
    let header: Vec<&str> = FIELDS.iter().map(|(key, _)| *key).collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for row in rows {
        let cells: Vec<String> = row.cells().into_iter().map(cell).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn cell(c: Cell<'_>) -> String {
    match c {
        Cell::Empty => String::new(),
        Cell::Number(n) => n.to_string(),
        Cell::Link(url) => quoted(url),
        Cell::Text(text) => {
            if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                quoted(&format!("'{text}"))
            } else {
                quoted(text)
            }
        }
    }
}

/// Quoted when it must be: a comma, a quote or a line break inside.
fn quoted(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// What identifies the catalogue the files are made from (its rows, less
/// what the catalogue does not carry): the prerenderer records it on every
/// page, and `/thong-ke` compares it with the catalogue it shows.
pub fn version(catalog: &Catalog) -> String {
    crate::api::client::fingerprint(&csv(&rows(catalog, |_| None, |_| String::new())))
}

/// What the JSON file holds: the rows, with what describes them.
#[derive(Serialize)]
struct Document<'a> {
    ten: String,
    nguon: &'a str,
    cap_nhat: Option<&'a str>,
    giay_phep: Licence,
    truong: Vec<Field>,
    san_pham: &'a [Row],
}

#[derive(Serialize)]
struct Licence {
    ten: &'static str,
    url: &'static str,
}

#[derive(Serialize)]
struct Field {
    ten: &'static str,
    mo_ta: &'static str,
}

/// The rows as a JSON document naming its source, update day, licence and
/// fields.
pub fn json(rows: &[Row], site_name: &str, source: &str, updated_at: Option<&str>) -> String {
    let document = Document {
        ten: format!("Danh mục sản phẩm OCOP — {site_name}"),
        nguon: source,
        cap_nhat: updated_at,
        giay_phep: Licence {
            ten: LICENCE,
            url: LICENCE_URL,
        },
        truong: FIELDS
            .iter()
            .map(|&(ten, mo_ta)| Field { ten, mo_ta })
            .collect(),
        san_pham: rows,
    };
    // Strings and numbers only: serialising cannot fail.
    serde_json::to_string(&document).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::models::Group;
    use crate::domain::fixtures::{commune, product};

    fn catalog(name: &str) -> Catalog {
        let mut item = product(
            "binh-gom",
            name,
            5,
            "bat-trang",
            "thu-cong-my-nghe",
            "htx",
            Some(2023),
            Some("2026-12-15"),
        );
        item.producer.name = "HTX Gốm sứ, \"Bát Tràng\"".into();
        Catalog {
            communes: vec![commune("bat-trang", "Bát Tràng")],
            groups: vec![Group {
                slug: "thu-cong-my-nghe".into(),
                name: "Hàng thủ công mỹ nghệ".into(),
            }],
            items: vec![item],
            ..Default::default()
        }
    }

    fn made(name: &str) -> Vec<Row> {
        rows(
            &catalog(name),
            |_| Some("12/QĐ-UBND".into()),
            |id| format!("https://ocop.example.vn/san-pham/{id}"),
        )
    }

    #[test]
    fn csv_has_a_bom_a_header_and_one_quoted_row_per_product() {
        let text = csv(&made("Bình gốm men rạn"));
        assert!(text.starts_with('\u{feff}'));
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines[0], "ma_san_pham,ten_san_pham,so_sao,nhom,ma_nhom,xa,ma_xa,chu_the,loai_hinh_chu_the,nam_cong_nhan,so_quyet_dinh,ngay_het_han,duong_dan");
        assert_eq!(
            lines[1],
            "binh-gom,Bình gốm men rạn,5,Hàng thủ công mỹ nghệ,thu-cong-my-nghe,Bát Tràng,bat-trang,\"HTX Gốm sứ, \"\"Bát Tràng\"\"\",Hợp tác xã,2023,12/QĐ-UBND,2026-12-15,https://ocop.example.vn/san-pham/binh-gom"
        );
        assert_eq!(lines.len(), 3, "a header, a row, and the last line break");
    }

    #[test]
    fn a_name_a_spreadsheet_would_run_stays_text() {
        for hostile in [
            "=HYPERLINK(\"http://x\")",
            "+1+1",
            "-2+3",
            "@SUM(A1)",
            "\tTAB",
        ] {
            let text = csv(&made(hostile));
            let row = text.split("\r\n").nth(1).unwrap();
            let name = row.strip_prefix("binh-gom,").unwrap();
            assert!(
                name.starts_with("'") || name.starts_with("\"'"),
                "{hostile}: {row}"
            );
        }
        // JSON keeps the name exactly.
        let j = json(&made("=1+1"), "Cổng", "https://x", None);
        assert!(j.contains("\"ten_san_pham\":\"=1+1\""), "{j}");
    }

    #[test]
    fn json_names_its_licence_fields_and_update() {
        let j = json(
            &made("Bình"),
            "Cổng OCOP",
            "https://ocop.example.vn/thong-ke",
            Some("2024-06-24"),
        );
        let v: serde_json::Value = serde_json::from_str(&j).unwrap();
        assert_eq!(v["cap_nhat"], "2024-06-24");
        assert_eq!(v["giay_phep"]["url"], LICENCE_URL);
        assert_eq!(v["truong"].as_array().unwrap().len(), FIELDS.len());
        assert_eq!(v["san_pham"][0]["so_quyet_dinh"], "12/QĐ-UBND");
        assert_eq!(v["san_pham"][0]["nam_cong_nhan"], 2023);
        let keys: Vec<&str> = v["san_pham"][0]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut fields: Vec<&str> = FIELDS.iter().map(|(k, _)| *k).collect();
        fields.sort_unstable();
        let mut keys = keys;
        keys.sort_unstable();
        assert_eq!(keys, fields);
    }

    #[test]
    fn unknown_values_show_as_given_and_missing_ones_stay_empty() {
        let mut c = catalog("X");
        c.items[0].commune = "noi-khac".into();
        c.items[0].producer.kind = "ca-nhan".into();
        c.items[0].year = None;
        c.items[0].expires_on = Some("sớm".into());
        let r = &rows(&c, |_| None, |id| id.to_owned())[0];
        assert_eq!(
            (r.xa.as_str(), r.loai_hinh_chu_the.as_str()),
            ("noi-khac", "ca-nhan")
        );
        assert_eq!(
            (
                r.nam_cong_nhan,
                r.so_quyet_dinh.as_deref(),
                r.ngay_het_han.as_deref()
            ),
            (None, None, None)
        );
        let line = csv(std::slice::from_ref(r));
        assert!(line.ends_with(",ca-nhan,,,,binh-gom\r\n"), "{line}");
    }
}
