"""The loader on the real data: report, idempotence and the catalog.changed event."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from kafka import KafkaConsumer, TopicPartition

from services.catalog.loader.build import build_catalog
from services.catalog.loader.cli import CHANGED_TOPIC
from services.catalog.loader.fingerprint import input_fingerprint
from services.catalog.loader.writer import CatalogWriter
from trailmap.events.v1 import envelope_pb2

pytestmark = [pytest.mark.integration, pytest.mark.catalog_data]

DATA_DIR = Path(os.environ.get("TRAILMAP_DATA_DIR", Path(__file__).resolve().parents[3] / "shared" / "data"))


def test_reload_changes_no_counts(loaded_catalog):
    writer = CatalogWriter(loaded_catalog)
    fingerprint = input_fingerprint(DATA_DIR)
    before = writer.counts()

    writer.write(build_catalog(DATA_DIR), fingerprint)
    pruned = writer.prune(fingerprint)

    assert pruned == {}
    assert writer.counts() == before


def test_coverage_matches_published_joins(loaded_catalog):
    coverage = CatalogWriter(loaded_catalog).coverage()

    assert coverage["careers"] == 1016
    assert coverage["with_program"] / 1016 > 0.80
    assert coverage["with_wage"] / 1016 > 0.94
    assert coverage["with_cluster"] / 1016 > 0.96


def test_rejections_keep_file_line_reason(loaded_catalog):
    records = loaded_catalog.execute_query(
        "MATCH (r:RejectedRow {file: 'cip/cip2020_soc2018_crosswalk.csv'}) "
        "WHERE r.reason STARTS WITH 'placeholder' RETURN count(r) AS n, min(r.line) AS first").records

    assert records[0]["n"] == 194 + 180
    assert records[0]["first"] > 1


def test_load_published_catalog_changed(loaded_catalog, kafka_bootstrap):
    load_id = loaded_catalog.execute_query(
        "MATCH (l:CatalogLoad {fingerprint: $fingerprint}) RETURN l.load_id AS id",
        fingerprint=input_fingerprint(DATA_DIR)).records[0]["id"]
    consumer = KafkaConsumer(bootstrap_servers=kafka_bootstrap, consumer_timeout_ms=5000)
    partition = TopicPartition(CHANGED_TOPIC, 0)
    consumer.assign([partition])
    consumer.seek_to_beginning(partition)

    load_ids = []
    for record in consumer:
        envelope = envelope_pb2.Envelope.FromString(record.value)
        payload = envelope_pb2.CatalogChanged()
        envelope.payload.Unpack(payload)
        load_ids.append(payload.load_id)
    consumer.close()

    assert load_id in load_ids
