"""digest-kb: scraped digest dumps into a deduplicated MkDocs knowledge base."""
