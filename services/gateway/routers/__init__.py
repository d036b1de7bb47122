"""REST routers of the gateway, one per area."""
