"""What a document's parts are and where they lie, read once per document."""
