//! Import raw scraped article text (placeholder; being written).
