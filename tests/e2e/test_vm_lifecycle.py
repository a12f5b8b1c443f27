"""VM lifecycle on the simulated Xen (issue 5; notes §6): start, pause, reboots, shutdowns,
power_state_reset and destroy with the records that follow them (VM_metrics, consoles,
VM_guest_metrics, allowed_operations), xapi's errors, memory accounting, events, operation
conflicts and cancellation, and a parallel powercycle loop."""
import time

import pytest
import XenAPI

from vmhelpers import vm, add_vif, cleanup_vm, failure, new_vm, wait_for, wait_task


def test_start_and_clean_shutdown_update_the_records(session, vm):
    x = session.xenapi
    host = x.host.get_all()[0]
    halted = x.VM.get_record(vm)
    assert halted["power_state"] == "Halted" and halted["domid"] == "-1"
    # notes §6.1: a typical Halted VM, and a Running one with PV drivers.
    assert set(halted["allowed_operations"]) == {
        "changing_dynamic_range", "changing_static_range", "changing_shadow_memory", "changing_NVRAM",
        "make_into_template", "start", "start_on", "clone", "copy", "snapshot", "destroy", "export",
        "metadata_export", "migrate_send", "create_vtpm"}
    x.VM.start(vm, False, False)
    r = x.VM.get_record(vm)
    assert r["power_state"] == "Running" and int(r["domid"]) > 0 and r["resident_on"] == host
    cpu = x.host.get_cpu_info(host)
    assert r["last_boot_CPU_flags"] == {"vendor": cpu["vendor"], "features": cpu["features_hvm"]}
    metrics = x.VM_metrics.get_record(r["metrics"])
    assert metrics["VCPUs_number"] == r["VCPUs_at_startup"] and metrics["hvm"] is True
    assert int(metrics["memory_actual"]) == int(r["memory_dynamic_max"])
    assert str(metrics["start_time"]) > "1970"
    [console] = r["consoles"]
    c = x.console.get_record(console)
    assert c["protocol"] == "rfb" and c["location"].endswith("/console?uuid=" + c["uuid"])
    assert {"pause", "hard_shutdown", "suspend"} <= set(r["allowed_operations"])
    assert "start" not in r["allowed_operations"]
    # The guest's agent reports; its PV drivers make clean shutdown possible.
    def agent_report():
        ref = x.VM.get_guest_metrics(vm)
        return ref != "OpaqueRef:NULL" and "major" in x.VM_guest_metrics.get_PV_drivers_version(ref) and ref
    gm = wait_for(agent_report, what="the guest agent's report")
    g = x.VM_guest_metrics.get_record(gm)
    assert g["PV_drivers_detected"] and g["PV_drivers_version"]["major"] == "7" and g["os_version"]["distro"]
    wait_for(lambda: "clean_shutdown" in x.VM.get_allowed_operations(vm), what="clean_shutdown allowed")
    assert set(x.VM.get_allowed_operations(vm)) == {
        "pause", "clean_shutdown", "clean_reboot", "hard_shutdown", "hard_reboot", "suspend", "checkpoint",
        "snapshot", "pool_migrate", "migrate_send", "changing_dynamic_range", "changing_VCPUs_live",
        "metadata_export"}
    x.VM.clean_shutdown(vm)
    r = x.VM.get_record(vm)
    assert r["power_state"] == "Halted" and r["domid"] == "-1" and r["resident_on"] == "OpaqueRef:NULL"
    assert r["consoles"] == [] and r["guest_metrics"] == "OpaqueRef:NULL"
    assert gm not in x.VM_guest_metrics.get_all()


def test_pause_unpause_reboots_and_hard_shutdown(session, vm):
    x = session.xenapi
    x.VM.start(vm, True, False)
    assert x.VM.get_power_state(vm) == "Paused"
    assert "unpause" in x.VM.get_allowed_operations(vm)
    x.VM.unpause(vm)
    assert x.VM.get_power_state(vm) == "Running"
    x.VM.pause(vm)
    x.VM.unpause(vm)
    first = x.VM.get_domid(vm)
    x.VM.hard_reboot(vm)
    second = x.VM.get_domid(vm)
    assert x.VM.get_power_state(vm) == "Running" and second != first
    x.VM.clean_reboot(vm)
    assert x.VM.get_power_state(vm) == "Running" and x.VM.get_domid(vm) not in (first, second)
    x.VM.hard_shutdown(vm)
    assert x.VM.get_power_state(vm) == "Halted"
    x.VM.start(vm, False, False)
    x.VM.shutdown(vm)
    assert x.VM.get_power_state(vm) == "Halted"


def test_power_state_errors(session, vm):
    x = session.xenapi
    assert failure(x.VM.pause, vm) == ["VM_BAD_POWER_STATE", vm, "running", "halted"]
    assert failure(x.VM.hard_shutdown, vm) == ["VM_BAD_POWER_STATE", vm, "paused, suspended, running", "halted"]
    assert failure(x.VM.resume, vm, False, False) == ["VM_BAD_POWER_STATE", vm, "suspended", "halted"]
    x.VM.start(vm, False, False)
    assert failure(x.VM.start, vm, False, False) == ["VM_BAD_POWER_STATE", vm, "halted", "running"]
    assert failure(x.VM.destroy, vm) == ["VM_BAD_POWER_STATE", vm, "halted, suspended", "running"]
    assert failure(x.VM.unpause, vm) == ["VM_BAD_POWER_STATE", vm, "paused", "running"]


def test_template_snapshot_and_control_domain_errors(session, vm):
    x = session.xenapi
    template = x.VM.get_by_name_label("Debian Jessie 8.0")[0]
    assert failure(x.VM.start, template, False, False) == ["VM_IS_TEMPLATE", template, "start"]
    assert failure(x.VM.destroy, template) == ["VM_CANNOT_DELETE_DEFAULT_TEMPLATE", template]
    assert failure(x.VM.provision, vm) == ["ONLY_PROVISION_TEMPLATE"]
    assert failure(x.VM.revert, vm) == ["ONLY_REVERT_SNAPSHOT"]
    dom0 = [r for r, v in x.VM.get_all_records().items() if v["is_control_domain"]][0]
    assert failure(x.VM.clean_shutdown, dom0) == ["OPERATION_NOT_ALLOWED",
                                                  "This operation is not allowed on a control domain"]
    assert failure(x.VM.power_state_reset, dom0) == ["CANNOT_RESET_CONTROL_DOMAIN", dom0]
    x.VM.set_blocked_operations(vm, {"start": "maintenance"})
    assert failure(x.VM.start, vm, False, False) == ["OPERATION_BLOCKED", vm, "maintenance"]
    assert "start" not in x.VM.get_allowed_operations(vm)
    x.VM.set_blocked_operations(vm, {})
    assert "start" in x.VM.get_allowed_operations(vm)


def test_memory_accounting_refuses_a_start_that_does_not_fit(session, vm):
    x = session.xenapi
    huge = str(4 << 40)  # 4 TiB
    x.VM.set_memory_limits(vm, huge, huge, huge, huge)
    details = failure(x.VM.start, vm, False, False)
    assert details[0] == "HOST_NOT_ENOUGH_FREE_MEMORY" and int(details[1]) > int(details[2]) > 0
    assert x.VM.get_power_state(vm) == "Halted"
    assert failure(x.VM.set_memory_limits, vm, "1073741824", "536870912", "536870912", "536870912")[0] == \
        "MEMORY_CONSTRAINT_VIOLATION"
    small = str(256 << 20)
    x.VM.set_memory_limits(vm, small, small, small, small)
    x.VM.start(vm, False, False)
    assert x.VM.get_power_state(vm) == "Running"


def test_hvm_guest_without_pv_drivers(session):
    x = session.xenapi
    vm = new_vm(x, "no-drivers", xenstore_data={"vm-data/simulated-guest": "no-pv-drivers"})
    try:
        x.VM.start(vm, False, False)
        time.sleep(0.3)
        assert failure(x.VM.clean_shutdown, vm) == ["VM_MISSING_PV_DRIVERS", vm]
        assert "clean_shutdown" not in x.VM.get_allowed_operations(vm)
        vif = add_vif(x, vm)
        assert failure(x.VIF.plug, vif) == ["VM_MISSING_PV_DRIVERS", vm]
        x.VM.hard_shutdown(vm)
        assert x.VM.get_power_state(vm) == "Halted"
    finally:
        cleanup_vm(x, vm)


def test_allowed_operations_follow_the_guest_drivers_without_a_call(session):
    """An HVM guest's PV drivers come up after start; allowed_operations gains clean_shutdown
    from the guest-metrics monitor alone, with no call that re-checks the VM."""
    x = session.xenapi
    vm = new_vm(x, "drivers-appear")
    try:
        x.VM.start(vm, False, False)
        wait_for(lambda: "clean_shutdown" in x.VM.get_allowed_operations(vm), what="clean_shutdown allowed")
        assert x.VM_guest_metrics.get_PV_drivers_detected(x.VM.get_guest_metrics(vm)) is True
        x.VM.hard_shutdown(vm)
    finally:
        cleanup_vm(x, vm)


def test_suspend_without_a_suspend_sr_leaves_the_vm_running(session, vm):
    """The suspend SR is chosen before the domain is touched (as xapi does): with none,
    VM_NO_SUSPEND_SR, and the VM runs on in the same domain (suspend and checkpoint alike)."""
    x = session.xenapi
    pool = x.pool.get_all()[0]
    default, images = x.pool.get_default_SR(pool), x.pool.get_suspend_image_SR(pool)
    x.VM.start(vm, False, False)
    wait_for(lambda: "suspend" in x.VM.get_allowed_operations(vm), what="suspend allowed")
    domid = x.VM.get_domid(vm)
    try:
        x.pool.set_default_SR(pool, "OpaqueRef:NULL")
        x.pool.set_suspend_image_SR(pool, "OpaqueRef:NULL")
        assert failure(x.VM.suspend, vm) == ["VM_NO_SUSPEND_SR", vm]
        assert failure(x.VM.checkpoint, vm, "no image") == ["VM_NO_SUSPEND_SR", vm]
        assert x.VM.get_power_state(vm) == "Running" and x.VM.get_domid(vm) == domid
    finally:
        x.pool.set_default_SR(pool, default)
        x.pool.set_suspend_image_SR(pool, images)
    x.VM.suspend(vm)
    assert x.VM.get_power_state(vm) == "Suspended"
    x.VM.resume(vm, False, False)
    x.VM.hard_shutdown(vm)


def test_power_state_reset_and_destroy(session):
    x = session.xenapi
    vm = new_vm(x, "reset")
    x.VM.start(vm, False, False)
    # The domain really runs: xapi refuses to forget it.
    assert failure(x.VM.power_state_reset, vm) == ["VM_BAD_POWER_STATE", vm, "halted", "running"]
    x.VM.hard_shutdown(vm)
    x.VM.power_state_reset(vm)
    vif = add_vif(x, vm)
    metrics = x.VM.get_metrics(vm)
    x.VM.destroy(vm)
    assert vm not in x.VM.get_all() and vif not in x.VIF.get_all() and metrics not in x.VM_metrics.get_all()


def test_events_follow_power_state_changes(session, vm):
    x = session.xenapi
    event_from = getattr(x.event, "from")
    token = event_from(["vm/" + vm], "", 0.0)["token"]
    for call, state in [(lambda: x.VM.start(vm, False, False), "Running"), (lambda: x.VM.pause(vm), "Paused"),
                        (lambda: x.VM.hard_shutdown(vm), "Halted")]:
        call()
        batch = event_from(["vm/" + vm], token, 5.0)
        token = batch["token"]
        assert [(e["operation"], e["snapshot"]["power_state"]) for e in batch["events"]] == [("mod", state)]


def test_restart_forgets_domains_the_hypervisor_lost(fresh_daemon):
    x = fresh_daemon.unix_session().xenapi
    vm = new_vm(x, "survivor")
    x.VM.start(vm, False, False)
    fresh_daemon.stop()
    fresh_daemon.start()  # a new simulated machine: no domains
    x = fresh_daemon.unix_session().xenapi
    r = x.VM.get_record(vm)
    assert r["power_state"] == "Halted" and r["domid"] == "-1"
    x.VM.start(vm, False, False)
    assert x.VM.get_power_state(vm) == "Running"


def test_live_memory_vcpus_and_xenstore_data(session, vm):
    x = session.xenapi
    x.VM.set_VCPUs_max(vm, "4")
    x.VM.set_VCPUs_at_startup(vm, "2")
    assert failure(x.VM.set_VCPUs_at_startup, vm, "5")[0] == "INVALID_VALUE"
    x.VM.add_to_xenstore_data(vm, "vm-data/greeting", "hello")
    assert failure(x.VM.add_to_xenstore_data, vm, "vm-data/greeting", "again")[0] == "MAP_DUPLICATE_KEY"
    x.VM.start(vm, False, False)
    assert x.VM_metrics.get_VCPUs_number(x.VM.get_metrics(vm)) == "2"
    assert failure(x.VM.set_VCPUs_max, vm, "8") == ["VM_BAD_POWER_STATE", vm, "halted", "running"]
    wait_for(lambda: "changing_VCPUs_live" in x.VM.get_allowed_operations(vm), what="vCPU hotplug allowed")
    x.VM.set_VCPUs_number_live(vm, "3")
    assert x.VM.get_VCPUs_at_startup(vm) == "3" and x.VM_metrics.get_VCPUs_number(x.VM.get_metrics(vm)) == "3"
    assert failure(x.VM.set_VCPUs_number_live, vm, "5")[0] == "INVALID_VALUE"
    low, high = str(200 << 20), str(256 << 20)
    x.VM.set_memory_dynamic_range(vm, low, high)
    assert (x.VM.get_memory_dynamic_min(vm), x.VM.get_memory_dynamic_max(vm)) == (low, high)
    assert failure(x.VM.set_memory_static_range, vm, low, high)[0] == "VM_BAD_POWER_STATE"
    x.VM.set_xenstore_data(vm, {"vm-data/greeting": "bonjour", "other/key": "kept in the record only"})
    assert x.VM.get_xenstore_data(vm)["other/key"] == "kept in the record only"
    boot = x.VM.get_boot_record(vm)
    assert boot["uuid"] == x.VM.get_uuid(vm) and boot["power_state"] == "Running"
    x.VM.assert_operation_valid(vm, "hard_shutdown")
    assert failure(x.VM.assert_operation_valid, vm, "start") == ["VM_BAD_POWER_STATE", vm, "halted", "running"]
    assert x.VM.compute_memory_overhead(vm) == x.VM.get_memory_overhead(vm)
    x.VM.hard_shutdown(vm)


def test_start_on_and_pool_migrate_within_the_one_host_pool(session, vm):
    x = session.xenapi
    host = x.host.get_all()[0]
    assert failure(x.VM.start_on, vm, "OpaqueRef:nonsense", False, False)[0] == "HANDLE_INVALID"
    x.VM.start_on(vm, host, False, False)
    assert x.VM.get_resident_on(vm) == host
    assert x.VM.get_possible_hosts(vm) == [host]
    before = x.VM.get_domid(vm)
    x.VM.pool_migrate(vm, host, {"live": "true"})
    assert x.VM.get_power_state(vm) == "Running" and x.VM.get_resident_on(vm) == host
    assert x.VM.get_domid(vm) != before, "a localhost migration makes a new domain"
    x.VM.hard_shutdown(vm)
    assert failure(x.VM.pool_migrate, vm, host, {}) == ["VM_BAD_POWER_STATE", vm, "running", "halted"]
