"""Extraction as a map over a Dask bag on a local ``distributed`` cluster
(two worker processes) gives exactly what one process gives."""
from __future__ import annotations

import logging

import pytest

from claimgraph.inputs import read_article_claims
from claimgraph.parallel import claims_corpus, extract_path

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                                  silence_logs=logging.ERROR) as cluster, distributed.Client(cluster) as c:
        yield c


def test_dask_bag_extraction_matches_single_process(client, shared_dev, data_dir):
    paths = sorted(shared_dev.glob("*.txt")) + sorted(data_dir.glob("*.txt"))
    assert len(paths) >= 10
    single = [c.to_dict() for p in paths for c in read_article_claims(p).claims]

    bag = db.from_sequence([str(p) for p in paths], npartitions=4).map(extract_path)
    per_article = bag.compute()  # the default scheduler is now the cluster's
    rows = [row for article in per_article for row in article]

    assert len(client.scheduler_info()["workers"]) == 2
    assert [r["id"] for r in rows] == [r["id"] for r in single]
    assert rows == single
    assert len(single) > 20
    corpus = claims_corpus(rows)
    assert {c.id for c in corpus.claims} == {r["id"] for r in single}


def test_work_is_spread_over_both_workers(client, data_dir):
    import os

    paths = [str(p) for p in sorted(data_dir.glob("*.txt"))]
    futures = [client.submit(lambda p: (os.getpid(), len(extract_path(p))), p, pure=False) for p in paths * 2]
    pids = {pid for pid, _ in client.gather(futures)}
    assert os.getpid() not in pids
    assert len(pids) == 2
