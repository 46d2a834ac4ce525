//! The one error type of every API call, and what a reader is told about it.

use std::fmt;

/// Why a request to the API failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiError {
    /// No response at all: offline, DNS, CORS, connection refused.
    Network,
    /// No complete response within [`super::client::TIMEOUT_MS`].
    Timeout,
    /// The server answered with a non-2xx status.
    Status(u16),
    /// A 2xx response whose body is not the documented JSON.
    BadData(String),
}

impl ApiError {
    /// The 404 of a slug or id that does not exist: pages show their
    /// not-found view for it rather than an error.
    pub fn is_not_found(&self) -> bool {
        matches!(self, ApiError::Status(404 | 410))
    }

    /// A short Vietnamese headline for readers.
    pub fn title(&self) -> &'static str {
        match self {
            ApiError::Network => "Không kết nối được máy chủ",
            ApiError::Timeout => "Máy chủ phản hồi quá lâu",
            ApiError::Status(404 | 410) => "Không tìm thấy dữ liệu",
            ApiError::Status(status) if *status >= 500 => "Máy chủ đang gặp sự cố",
            ApiError::Status(_) => "Máy chủ từ chối yêu cầu",
            ApiError::BadData(_) => "Dữ liệu nhận được không hợp lệ",
        }
    }

    /// What happened and what the reader can do, in Vietnamese.
    pub fn advice(&self) -> String {
        match self {
            ApiError::Network => "Vui lòng kiểm tra kết nối mạng rồi thử lại.".to_owned(),
            ApiError::Timeout => format!(
                "Máy chủ không trả lời trong {} giây. Vui lòng thử lại sau ít phút.",
                super::client::TIMEOUT_MS / 1000
            ),
            ApiError::Status(404 | 410) => {
                "Nội dung này không còn trên máy chủ (mã lỗi 404).".to_owned()
            }
            ApiError::Status(status) => {
                format!("Máy chủ trả về mã lỗi {status}. Vui lòng thử lại sau ít phút.")
            }
            ApiError::BadData(_) => {
                "Máy chủ gửi dữ liệu không đúng định dạng. Vui lòng thử lại sau.".to_owned()
            }
        }
    }
}

impl fmt::Display for ApiError {
    /// The developer's view, for the console.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::Network => f.write_str("network error"),
            ApiError::Timeout => f.write_str("timed out"),
            ApiError::Status(s) => write!(f, "HTTP status {s}"),
            ApiError::BadData(why) => write!(f, "unexpected response body: {why}"),
        }
    }
}

impl std::error::Error for ApiError {}
