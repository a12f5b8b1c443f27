"""A disk is written by one live VM at a time (issue 5; xapi_vbd_helpers valid_operations): VM.start,
resume and VBD.plug mark the VM's VBDs `attach` and are refused with VDI_IN_USE while another running
VM holds the disk read-write, unless the VDI is sharable; VBD.assert_attachable answers the same
question without attaching anything."""
import pytest

from vmhelpers import cleanup_vm, failure, new_vm, wait_for


@pytest.fixture
def two_vms_one_disk(session):
    """Two halted, diskless VMs and a small disk for them to fight over; removed afterwards."""
    x = session.xenapi
    sr = x.pool.get_default_SR(x.pool.get_all()[0])
    vdi = x.VDI.create({"name_label": "disk", "name_description": "", "SR": sr, "virtual_size": str(64 << 20),
                        "type": "user", "sharable": False, "read_only": False, "other_config": {},
                        "xenstore_data": {}, "sm_config": {}, "tags": []})
    first, second = new_vm(x, "first"), new_vm(x, "second")
    yield x, first, second, vdi
    cleanup_vm(x, first)
    cleanup_vm(x, second)
    x.VDI.destroy(vdi)


def disk_vbd(x, vm, vdi, userdevice="1", mode="RW"):
    return x.VBD.create({"VM": vm, "VDI": vdi, "userdevice": userdevice, "bootable": False, "mode": mode,
                         "type": "Disk", "empty": False, "unpluggable": True, "other_config": {},
                         "qos_algorithm_type": "", "qos_algorithm_params": {}})


def test_a_disk_written_by_a_running_vm_attaches_nowhere_else(two_vms_one_disk):
    x, first, second, vdi = two_vms_one_disk
    mine = disk_vbd(x, first, vdi)
    theirs = disk_vbd(x, second, vdi)
    x.VBD.assert_attachable(theirs)
    assert "attach" in x.VBD.get_allowed_operations(theirs)
    x.VM.start(first, False, False)
    assert x.VBD.get_currently_attached(mine)
    assert x.VBD.get_current_operations(mine) == {}, "start's attach marks are released"
    # Neither read-write nor read-only: someone writes to it.
    assert failure(x.VBD.assert_attachable, theirs) == ["VDI_IN_USE", vdi]
    assert failure(x.VM.start, second, False, False) == ["VDI_IN_USE", vdi]
    assert x.VM.get_power_state(second) == "Halted"
    assert x.VBD.get_current_operations(theirs) == {}, "a refused start leaves no marks"
    wait_for(lambda: "attach" not in x.VBD.get_allowed_operations(theirs), what="allowed_operations to follow")
    x.VBD.destroy(theirs)
    reader = disk_vbd(x, second, vdi, mode="RO")
    assert failure(x.VBD.assert_attachable, reader) == ["VDI_IN_USE", vdi]
    # Hot-plugging it into a running VM is refused likewise.
    x.VBD.destroy(reader)
    x.VM.start(second, False, False)
    hot = disk_vbd(x, second, vdi, userdevice="2")
    # (An HVM guest takes hotplugs once its PV drivers are up.)
    error = wait_for(lambda: [e for e in [failure(x.VBD.plug, hot)] if e[0] != "VM_MISSING_PV_DRIVERS"],
                     what="the guest's PV drivers")[0]
    assert error == ["VDI_IN_USE", vdi]
    assert not x.VBD.get_currently_attached(hot)
    x.VM.hard_shutdown(second)
    x.VBD.destroy(hot)
    # Once the writer halts, the other VM may start with the disk, and the writer may not.
    x.VM.hard_shutdown(first)
    theirs = disk_vbd(x, second, vdi)
    x.VBD.assert_attachable(theirs)
    x.VM.start(second, False, False)
    assert x.VBD.get_currently_attached(theirs)
    assert failure(x.VM.start, first, False, False) == ["VDI_IN_USE", vdi]
    x.VM.hard_shutdown(second)
    # A sharable disk may be attached read-write by both.
    x.VDI.set_sharable(vdi, True)
    x.VM.start(first, False, False)
    x.VM.start(second, False, False)
    assert x.VBD.get_currently_attached(mine) and x.VBD.get_currently_attached(theirs)


def test_a_suspended_vm_holds_no_disk(two_vms_one_disk):
    x, first, second, vdi = two_vms_one_disk
    disk_vbd(x, first, vdi)
    theirs = disk_vbd(x, second, vdi)
    x.VM.start(first, False, False)
    x.VM.suspend(first)
    x.VBD.assert_attachable(theirs)  # xapi: a suspended VM's disks are offline
    x.VM.start(second, False, False)
    assert failure(x.VM.resume, first, False, False) == ["VDI_IN_USE", vdi]
    assert x.VM.get_power_state(first) == "Suspended"
    x.VM.hard_shutdown(second)
    x.VM.resume(first, False, False)
    assert x.VM.get_power_state(first) == "Running"


def test_assert_attachable_of_a_bad_ref(session):
    x = session.xenapi
    assert failure(x.VBD.assert_attachable, "OpaqueRef:nope")[0] == "HANDLE_INVALID"
