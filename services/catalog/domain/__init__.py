"""Pure catalog logic: code rules, derivations and search scoring. No I/O here."""
