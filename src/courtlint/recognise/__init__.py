"""Recognisers: one module per concept a filing prints (case number, CM/ECF
stamp, court title, body-opening headings, paper words), each the only place
that concept's grammar is written. They read strings and know nothing of
documents, so every layer above can share them."""
