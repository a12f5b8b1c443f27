"""host.disable / host.enable and the host's allowed_operations (xapi_host_helpers.ml): an enabled
live host may take VMs but not reboot or shut down; disabling it flips that; RBAC applies."""
import time

from vmhelpers import failure


def ops(s, host):
    return set(s.xenapi.host.get_allowed_operations(host))


def test_disable_and_enable(fresh_daemon):
    s = fresh_daemon.unix_session()
    host = s.xenapi.host.get_all()[0]
    assert s.xenapi.host.get_enabled(host) is True
    enabled_ops = ops(s, host)
    assert {"provision", "evacuate", "vm_start", "vm_resume", "vm_migrate", "enable"} <= enabled_ops
    assert not {"reboot", "shutdown", "apply_updates", "power_on"} & enabled_ops, "live and enabled"

    token = s.xenapi.event_from(["host"], "", 0.0)["token"]
    s.xenapi.host.disable(host)
    assert s.xenapi.host.get_enabled(host) is False
    assert {"reboot", "shutdown", "apply_updates"} <= ops(s, host)
    events = s.xenapi.event_from(["host"], token, 5.0)["events"]
    assert any(e["operation"] == "mod" and e["snapshot"]["enabled"] is False for e in events)
    s.xenapi.host.disable(host)  # idempotent, as xapi

    s.xenapi.host.enable(host)
    assert s.xenapi.host.get_enabled(host) is True
    assert ops(s, host) == enabled_ops
    assert s.xenapi.host.get_current_operations(host) == {}


def test_async_enable_runs_in_a_task(fresh_daemon):
    s = fresh_daemon.unix_session()
    host = s.xenapi.host.get_all()[0]
    s.xenapi.host.disable(host)
    task = s.xenapi.Async.host.enable(host)
    for _ in range(100):
        if s.xenapi.task.get_status(task) != "pending":
            break
        time.sleep(0.05)
    assert s.xenapi.task.get_status(task) == "success"
    assert s.xenapi.host.get_enabled(host) is True


def test_errors_and_rbac(daemon):
    reader = daemon.http_session("reader")
    try:
        host = reader.xenapi.host.get_all()[0]
        assert failure(reader.xenapi.host.disable, host)[:2] == ["RBAC_PERMISSION_DENIED", "host.disable"]
    finally:
        reader.xenapi.session.logout()
    s = daemon.unix_session()
    assert failure(s.xenapi.host.disable, "OpaqueRef:nope") == ["HANDLE_INVALID", "host", "OpaqueRef:nope"]


def test_pool_allowed_operations_follow_ha_state(daemon):
    s = daemon.unix_session()
    pool = s.xenapi.pool.get_all()[0]
    ops = set(s.xenapi.pool.get_allowed_operations(pool))
    assert "ha_enable" in ops and "cluster_create" in ops
    assert "ha_disable" not in ops, "HA is not enabled"
