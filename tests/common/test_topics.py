"""The topics command creates missing topics, grows partitions, and reads the chart's topic list."""

import json

import pytest
from kafka import KafkaAdminClient

from services.common.events import TopicSpec, ensure_topics
from services.common.topics import topic_specs_from_environment

pytestmark = pytest.mark.integration


def _partition_counts(bootstrap, names):
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        return {topic["name"]: len(topic["partitions"]) for topic in admin.describe_topics(names)}
    finally:
        admin.close()


def test_ensure_topics_creates_then_grows(kafka_bootstrap, unique_name):
    name = f"topics.{unique_name}.v1"

    created = ensure_topics(kafka_bootstrap, [TopicSpec(name, 2, retention_ms=3_600_000)])
    grown = ensure_topics(kafka_bootstrap, [TopicSpec(name, 4)])
    unchanged = ensure_topics(kafka_bootstrap, [TopicSpec(name, 3)])

    assert created == [name]
    assert grown == [name]
    assert unchanged == []
    assert _partition_counts(kafka_bootstrap, [name]) == {name: 4}


def test_chart_topic_list_is_read(monkeypatch):
    chart_list = [{"name": "a.v1", "partitions": 6, "replicationFactor": 3, "retentionMs": 604800000},
                  {"name": "a.v1.dlq", "partitions": 1, "replicationFactor": 3, "retentionMs": 2592000000}]
    monkeypatch.setenv("TRAILMAP_KAFKA_TOPICS", json.dumps(chart_list))

    specs = topic_specs_from_environment()

    assert specs == [TopicSpec("a.v1", 6, 3, 604800000), TopicSpec("a.v1.dlq", 1, 3, 2592000000)]


def test_bad_topic_list_names_variable(monkeypatch):
    monkeypatch.setenv("TRAILMAP_KAFKA_TOPICS", '[{"partitions": 3}]')

    with pytest.raises(ValueError) as error:
        topic_specs_from_environment()

    assert "TRAILMAP_KAFKA_TOPICS" in str(error.value)
