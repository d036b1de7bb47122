"""Catalog loader: reads the public data tables and writes the catalog graph into Neo4j."""
