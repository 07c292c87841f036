"""How a Redis client is built from the environment: plain, TLS (rediss://) and Sentinel, through redis-py's
own classes (which RQ takes as they are), and messages that name where Redis is without its password."""

import pytest
from redis.connection import SSLConnection, UnixDomainSocketConnection
from redis.sentinel import SentinelConnectionPool, SentinelManagedSSLConnection

from calmdesk.connection import connect
from calmdesk.settings import SettingsError, load_settings


def test_rediss_url_is_a_tls_connection_with_its_options():
    conn = connect(load_settings({"REDIS_URL": "rediss://app:s3cret@redis.example.com:6380/2?ssl_cert_reqs=required"}))
    pool = conn.connection_pool
    assert pool.connection_class is SSLConnection
    kwargs = pool.connection_kwargs
    assert (kwargs["host"], kwargs["port"], kwargs["db"], kwargs["username"], kwargs["password"]) == (
        "redis.example.com", 6380, 2, "app", "s3cret")
    assert kwargs["ssl_cert_reqs"] == "required"


def test_no_url_means_the_embedded_socket(tmp_path):
    conn = connect(load_settings({"CALMDESK_DATA_DIR": str(tmp_path)}))
    assert conn.connection_pool.connection_class is UnixDomainSocketConnection
    assert conn.connection_pool.connection_kwargs["path"] == str(tmp_path.resolve() / "redis.sock")


def test_sentinel_asks_for_the_named_master_with_the_urls_password_db_and_tls():
    settings = load_settings({"REDIS_SENTINELS": "10.0.0.5:26379, 10.0.0.6:26380", "REDIS_SENTINEL_MASTER": "mymaster",
                              "REDIS_URL": "rediss://:s3cret@ignored:1/3"})
    conn = connect(settings, socket_timeout=2)
    pool = conn.connection_pool
    assert isinstance(pool, SentinelConnectionPool) and pool.service_name == "mymaster"
    assert pool.connection_class is SentinelManagedSSLConnection
    assert (pool.connection_kwargs["password"], pool.connection_kwargs["db"]) == ("s3cret", 3)
    hosts = [(s.connection_pool.connection_kwargs["host"], s.connection_pool.connection_kwargs["port"])
             for s in pool.sentinel_manager.sentinels]
    assert hosts == [("10.0.0.5", 26379), ("10.0.0.6", 26380)]
    assert settings.redis_location == "sentinel master 'mymaster' via 10.0.0.5:26379,10.0.0.6:26380"


@pytest.mark.parametrize("env,message", [
    ({"REDIS_SENTINELS": "10.0.0.5"}, "REDIS_SENTINELS: '10.0.0.5' is not host:port"),
    ({"REDIS_SENTINELS": "10.0.0.5:26379"}, "REDIS_SENTINELS is set but REDIS_SENTINEL_MASTER is not"),
    ({"REDIS_SENTINEL_MASTER": "mymaster"}, "REDIS_SENTINEL_MASTER is set but REDIS_SENTINELS is not"),
])
def test_sentinel_mistakes_are_named(env, message):
    with pytest.raises(SettingsError, match=message):
        load_settings(env)


def test_the_location_in_messages_never_holds_the_password():
    settings = load_settings({"REDIS_URL": "rediss://app:s3cret@redis.example.com:6380/0"})
    assert settings.redis_location == "rediss://***@redis.example.com:6380/0"
