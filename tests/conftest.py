"""Shared test setup: tests/ is on sys.path, so test modules can import ``oracle``."""
