//! `site.json` and `stats.json`, straight from `content/site.toml`.

use crate::content::SiteFile;
use crate::output::Files;
use crate::Result;
use ocop_portal::api::models::{Contact, Site, SiteLink, Stats};

pub fn write(files: &mut Files, site: &SiteFile) -> Result<()> {
    files.json(
        "site.json",
        &Site {
            name: site.name.clone(),
            locality: site.locality.clone(),
            tagline: site.tagline.clone(),
            links: site
                .links
                .iter()
                .map(|l| SiteLink {
                    title: l.title.clone(),
                    url: l.url.clone(),
                    logo: l.logo.clone(),
                })
                .collect(),
            contact: site.contact.as_ref().map(|c| Contact {
                address: c.address.clone(),
                phone: c.phone.clone(),
                email: c.email.clone(),
            }),
        },
    )?;
    files.json(
        "stats.json",
        &Stats {
            online: site.stats.online,
            total_visits: site.stats.total_visits,
            updated_at: Some(site.stats.updated_at.clone()),
        },
    )
}
