"""REST gateway and web UI in front of the catalog, profile, pathfinding and progress services."""
