"""Readers for the Advance CTE 2024 Career Clusters crosswalks (clusters/ folder)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from services.catalog.domain.codes import CIP6_PATTERN, SOC_PATTERN
from services.catalog.loader.readers import Read
from services.catalog.loader.sources import read_rows

CLUSTER, SUB_CLUSTER = "Career Cluster", "Sub-Cluster"


@dataclass(frozen=True, slots=True)
class ClusterLink:
    """A SOC or CIP code placed in a cluster, and in a sub-cluster when `sub_cluster` is set."""

    code: str
    cluster: str
    sub_cluster: str | None
    interdisciplinary: bool | None = None


def read_cluster_list(data_dir: Path) -> Read[ClusterLink]:
    """The 14 clusters x 72 sub-clusters; `code` holds the cluster's NAICS sectors."""
    read: Read[ClusterLink] = Read()
    path = "clusters/advancecte_2024_clusters_and_subclusters.csv"
    for row in read_rows(data_dir, path, [CLUSTER, SUB_CLUSTER, "Cluster 2-Digit NAICS"]):
        if not row[CLUSTER] or not row[SUB_CLUSTER]:
            read.rejections.append(row.reject("Career Cluster or Sub-Cluster is blank"))
            continue
        read.records.append(ClusterLink(row["Cluster 2-Digit NAICS"], row[CLUSTER], row[SUB_CLUSTER]))
    return read


def _read_links(data_dir: Path, path: str, code_column: str, pattern, with_sub: bool,
                flag_column: str | None = None) -> Read[ClusterLink]:
    read: Read[ClusterLink] = Read()
    columns = [code_column, CLUSTER] + ([SUB_CLUSTER] if with_sub else []) + ([flag_column] if flag_column else [])
    for row in read_rows(data_dir, path, columns):
        code = row[code_column]
        if not pattern.match(code):
            read.rejections.append(row.reject(f"{code_column} {code!r} is malformed"))
            continue
        if not row[CLUSTER]:
            read.rejections.append(row.reject("Career Cluster is blank"))
            continue
        flag = None if flag_column is None else row[flag_column] == "Yes"
        read.records.append(ClusterLink(code, row[CLUSTER], row[SUB_CLUSTER] if with_sub else None, flag))
    return read


def read_soc_clusters(data_dir: Path) -> Read[ClusterLink]:
    return _read_links(data_dir, "clusters/advancecte_2024_soc_to_cluster.csv", "SOC Code", SOC_PATTERN, False,
                       "Interdisciplinary SOC? (Yes/No)")


def read_soc_subclusters(data_dir: Path) -> Read[ClusterLink]:
    return _read_links(data_dir, "clusters/advancecte_2024_soc_to_cluster_subcluster.csv", "SOC Code",
                       SOC_PATTERN, True)


def read_cip_clusters(data_dir: Path) -> Read[ClusterLink]:
    return _read_links(data_dir, "clusters/advancecte_2024_cip_to_cluster.csv", "CIP Code (2020)", CIP6_PATTERN,
                       False, "Interdisciplinary CIP? (Yes/No)")


def read_cip_subclusters(data_dir: Path) -> Read[ClusterLink]:
    return _read_links(data_dir, "clusters/advancecte_2024_cip_to_cluster_subcluster.csv", "CIP Code (2020)",
                       CIP6_PATTERN, True)
