"""The SDK guide's VM flows with disks (chapter 3, issue 5): install from a template (clone,
provision into the pool's default SR, start, suspend, resume, clean_shutdown), a disk created and
hot-plugged into a running VM (§3.3), clone/copy/snapshot/checkpoint/revert with their disks,
and cancelling a long copy."""
import os
import time

import pytest
import requests
import XenAPI

from vmhelpers import TEMPLATE, cleanup_vm, failure, wait_for, wait_task

MiB = 1 << 20


def new_vdi(x, sr, size=64 * MiB, name="data disk"):
    return x.VDI.create({"name_label": name, "name_description": "", "SR": sr, "virtual_size": str(size),
                         "type": "user", "sharable": False, "read_only": False, "other_config": {},
                         "xenstore_data": {}, "sm_config": {}, "tags": []})


def new_vbd(x, vm, vdi, userdevice="autodetect", type="Disk", mode="RW", empty=False):
    return x.VBD.create({"VM": vm, "VDI": vdi, "userdevice": userdevice, "bootable": False, "mode": mode,
                         "type": type, "empty": empty, "unpluggable": True, "other_config": {},
                         "qos_algorithm_type": "", "qos_algorithm_params": {}})


def install(x, name):
    """SDK guide §3.1: find the template by name, clone it, provision its disks."""
    template = x.VM.get_by_name_label(TEMPLATE)[0]
    vm = x.VM.clone(template, name)
    x.VM.provision(vm)
    return vm


def disks_of(x, vm):
    return [x.VBD.get_VDI(v) for v in x.VM.get_VBDs(vm) if x.VBD.get_type(v) == "Disk"]


def test_install_and_start_as_in_the_sdk_guide(daemon):
    session = daemon.unix_session()
    x = session.xenapi
    pool = x.pool.get_all()[0]
    default_sr = x.pool.get_default_SR(pool)
    assert x.SR.get_name_label(default_sr) == "Local storage"
    vm = install(x, "sdk guide 3.1")
    try:
        r = x.VM.get_record(vm)
        assert not r["is_a_template"] and "disks" not in r["other_config"]
        [vbd] = r["VBDs"]
        vdi = x.VBD.get_VDI(vbd)
        assert x.VDI.get_SR(vdi) == default_sr and int(x.VDI.get_virtual_size(vdi)) >= 8 << 30
        assert x.VDI.get_name_description(vdi) == "Created by template provisioner"
        assert x.VBD.get_userdevice(vbd) == "0" and x.VBD.get_mode(vbd) == "RW"
        x.VM.start(vm, False, False)
        assert x.VM.get_power_state(vm) == "Running" and x.VBD.get_currently_attached(vbd)
        wait_for(lambda: x.VM.get_guest_metrics(vm) != "OpaqueRef:NULL", what="guest metrics")
        x.VM.suspend(vm)
        r = x.VM.get_record(vm)
        assert r["power_state"] == "Suspended" and r["domid"] == "-1"
        suspend_vdi = r["suspend_VDI"]
        assert x.VDI.get_type(suspend_vdi) == "suspend"
        assert "resume" in r["allowed_operations"]
        x.VM.resume(vm, False, False)
        assert x.VM.get_power_state(vm) == "Running" and x.VM.get_suspend_VDI(vm) == "OpaqueRef:NULL"
        assert suspend_vdi not in x.VDI.get_all()
        x.VM.suspend(vm)
        x.VM.resume_on(vm, x.host.get_all()[0], True, False)
        assert x.VM.get_power_state(vm) == "Paused"
        x.VM.unpause(vm)
        wait_for(lambda: "clean_shutdown" in x.VM.get_allowed_operations(vm), what="clean_shutdown allowed")
        x.VM.clean_shutdown(vm)
        assert x.VM.get_power_state(vm) == "Halted"
        x.VM.destroy(vm)
        assert vdi in x.VDI.get_all(), "VM.destroy keeps the VDIs"
        x.VDI.destroy(vdi)
    finally:
        cleanup_vm(x, vm)
        session.xenapi.session.logout()


def test_hotplug_a_new_disk_as_in_sdk_guide_3_3(session):
    x = session.xenapi
    vm = install(x, "sdk guide 3.3")
    try:
        x.VM.start(vm, False, False)
        wait_for(lambda: x.VM.get_guest_metrics(vm) != "OpaqueRef:NULL", what="guest metrics")
        vdi = new_vdi(x, x.pool.get_default_SR(x.pool.get_all()[0]))
        vbd = new_vbd(x, vm, vdi)
        assert x.VBD.get_userdevice(vbd) == "1" and not x.VBD.get_currently_attached(vbd)
        assert "plug" in x.VBD.get_allowed_operations(vbd)
        x.VBD.plug(vbd)
        assert x.VBD.get_currently_attached(vbd) and x.VBD.get_device(vbd) == "xvdb"
        assert failure(x.VBD.plug, vbd) == ["DEVICE_ALREADY_ATTACHED", vbd]
        assert failure(x.VDI.destroy, vdi)[0] == "VDI_IN_USE"
        x.VBD.unplug(vbd)
        assert not x.VBD.get_currently_attached(vbd)
        assert failure(x.VBD.unplug, vbd) == ["DEVICE_ALREADY_DETACHED", vbd]
        x.VBD.plug(vbd)
        x.VBD.unplug_force(vbd)
        assert not x.VBD.get_currently_attached(vbd)
        assert failure(x.VBD.unplug_force, vbd) == ["DEVICE_ALREADY_DETACHED", vbd]
        x.VBD.destroy(vbd)
        x.VDI.destroy(vdi)
        x.VM.hard_shutdown(vm)
    finally:
        cleanup_vm(x, vm)


def test_clone_copy_snapshot_and_revert(session):
    x = session.xenapi
    vm = install(x, "original")
    made = [vm]
    try:
        [disk] = disks_of(x, vm)
        clone = x.VM.clone(vm, "clone")
        made.append(clone)
        [clone_disk] = disks_of(x, clone)
        assert clone_disk != disk and x.VM.get_other_config(clone)["mac_seed"] != x.VM.get_other_config(vm)["mac_seed"]
        copy = x.VM.copy(vm, "copy", "OpaqueRef:NULL")
        made.append(copy)
        [copy_disk] = disks_of(x, copy)
        assert copy_disk not in (disk, clone_disk) and x.VDI.get_SR(copy_disk) == x.VDI.get_SR(disk)
        x.VM.start(vm, False, False)
        snap = x.VM.snapshot(vm, "snap")
        made.append(snap)
        s = x.VM.get_record(snap)
        assert s["is_a_snapshot"] and s["is_a_template"] and s["snapshot_of"] == vm
        assert snap in x.VM.get_snapshots(vm) and x.VM.get_parent(vm) == snap
        [snap_disk] = disks_of(x, snap)
        assert x.VDI.get_is_a_snapshot(snap_disk) and x.VDI.get_snapshot_of(snap_disk) == disk
        assert failure(x.VM.start, snap, False, False) == ["VM_IS_SNAPSHOT", snap, "start"]
        bare = x.VM.snapshot(vm, "without its disk", [disk])
        made.append(bare)
        assert disks_of(x, bare) == []
        checkpoint = x.VM.checkpoint(vm, "checkpoint")
        made.append(checkpoint)
        c = x.VM.get_record(checkpoint)
        assert c["power_state"] == "Suspended" and x.VDI.get_type(c["suspend_VDI"]) == "suspend"
        assert x.VM.get_power_state(vm) == "Running"
        x.VM.revert(snap)
        r = x.VM.get_record(vm)
        assert r["power_state"] == "Halted" and r["parent"] == snap
        [reverted] = disks_of(x, vm)
        assert reverted not in (disk, snap_disk)
        x.VM.revert(checkpoint)
        assert x.VM.get_power_state(vm) == "Suspended"
        x.VM.resume(vm, False, False)
        assert x.VM.get_power_state(vm) == "Running"
        x.VM.hard_shutdown(vm)
    finally:
        for ref in reversed(made):
            vdis = disks_of(x, ref) if ref in x.VM.get_all() else []
            cleanup_vm(x, ref)
            for vdi in vdis:
                try:
                    x.VDI.destroy(vdi)
                except XenAPI.Failure:
                    pass


def test_vm_with_a_disk_in_an_unplugged_sr_needs_it(session):
    x = session.xenapi
    vm = install(x, "needs its SR")
    try:
        [disk] = disks_of(x, vm)
        sr = x.VDI.get_SR(disk)
        [pbd] = x.SR.get_PBDs(sr)
        x.PBD.unplug(pbd)
        try:
            assert failure(x.VM.start, vm, False, False) == ["VM_REQUIRES_SR", vm, sr]
            assert x.VM.get_possible_hosts(vm) == []
        finally:
            x.PBD.plug(pbd)
        assert x.VM.get_possible_hosts(vm) == x.host.get_all()
        x.VM.assert_can_boot_here(vm, x.host.get_all()[0])
    finally:
        cleanup_vm(x, vm)


def test_cancel_a_long_copy(daemon, session):
    x = session.xenapi
    sr = x.pool.get_default_SR(x.pool.get_all()[0])
    vm = install(x, "large")
    big = new_vdi(x, sr, size=1 << 30, name="big")
    new_vbd(x, vm, big)
    data = bytes(range(256)) * (4096 * 128)  # 128 MiB written, so that copying takes a while
    r = requests.put(daemon.http_url + "/import_raw_vdi", params={"vdi": big, "session_id": session._session},
                     data=data, timeout=120)
    assert r.status_code == 200
    before = set(x.VM.get_all())
    vdis_before = set(x.VDI.get_all())
    task = x.Async.VM.copy(vm, "copy of large", "OpaqueRef:NULL")
    x.task.cancel(task)
    rec = wait_task(x, task, timeout=120)
    try:
        assert rec["status"] == "cancelled" and rec["error_info"][0] == "TASK_CANCELLED"
        assert set(x.VM.get_all()) == before, "a cancelled copy leaves no VM behind"
        assert set(x.VDI.get_all()) == vdis_before, "nor disks"
        assert x.VM.get_current_operations(vm) == {}
    finally:
        for ref in set(x.VM.get_all()) - before:
            cleanup_vm(x, ref)
        cleanup_vm(x, vm)


def test_cd_media_insert_and_eject(daemon, session):
    x = session.xenapi
    tools = next(r for r, s in x.SR.get_all_records().items() if s["is_tools_sr"])
    location = x.PBD.get_device_config(x.SR.get_PBDs(tools)[0])["location"]
    with open(os.path.join(location, "installer.iso"), "wb") as f:
        f.write(b"\0" * (1 << 20))
    x.SR.scan(tools)
    [iso] = [v for v in x.SR.get_VDIs(tools) if x.VDI.get_location(v) == "installer.iso"]
    vm = install(x, "with a CD drive")
    try:
        cd = new_vbd(x, vm, "OpaqueRef:NULL", type="CD", mode="RO", empty=True)
        disk = [v for v in x.VM.get_VBDs(vm) if x.VBD.get_type(v) == "Disk"][0]
        assert failure(x.VBD.insert, disk, iso) == ["VBD_NOT_REMOVABLE_MEDIA", disk]
        x.VM.start(vm, False, False)
        assert x.VBD.get_currently_attached(cd)
        assert set(x.VBD.get_allowed_operations(cd)) == {"attach", "insert"}  # as xapi lists them
        x.VBD.insert(cd, iso)
        assert not x.VBD.get_empty(cd) and x.VBD.get_VDI(cd) == iso
        assert failure(x.VBD.insert, cd, iso) == ["VBD_NOT_EMPTY", cd]
        x.VBD.eject(cd)
        assert x.VBD.get_empty(cd) and x.VBD.get_VDI(cd) == "OpaqueRef:NULL"
        assert failure(x.VBD.eject, cd) == ["VBD_IS_EMPTY", cd]
        x.VM.hard_shutdown(vm)
    finally:
        cleanup_vm(x, vm)


def test_a_suspended_vm_resumes_after_a_daemon_restart(fresh_daemon):
    x = fresh_daemon.unix_session().xenapi
    vm = install(x, "sleeper")
    x.VM.start(vm, False, False)
    wait_for(lambda: x.VM.get_guest_metrics(vm) != "OpaqueRef:NULL", what="guest metrics")
    task = x.Async.VM.suspend(vm)
    rec = wait_task(x, task)
    assert rec["status"] == "success" and rec["progress"] == 1.0
    image = x.VM.get_suspend_VDI(vm)
    fresh_daemon.stop()
    fresh_daemon.start()
    x = fresh_daemon.unix_session().xenapi
    assert x.VM.get_power_state(vm) == "Suspended" and x.VM.get_suspend_VDI(vm) == image
    x.VM.resume(vm, False, False)
    assert x.VM.get_power_state(vm) == "Running"
    x.VM.hard_shutdown(vm)
