"""Helpers shared by the VM end-to-end tests: making VMs from templates, waiting for tasks and
for conditions, and checking XenAPI failures."""
import time

import pytest
import XenAPI

TEMPLATE = "Debian Jessie 8.0"  # HVM: boots on the simulated host without disks


def new_vm(x, name, template=TEMPLATE, xenstore_data=None):
    """A halted, diskless VM cloned from a template (not provisioned)."""
    t = x.VM.get_by_name_label(template)[0]
    vm = x.VM.clone(t, name)
    x.VM.set_is_a_template(vm, False)
    if xenstore_data:
        x.VM.set_xenstore_data(vm, xenstore_data)
    return vm


def add_vif(x, vm, device="0", network=None, mac=""):
    network = network or management_network(x)
    return x.VIF.create({"device": device, "network": network, "VM": vm, "MAC": mac, "MTU": "1500",
                         "other_config": {}, "qos_algorithm_type": "", "qos_algorithm_params": {}})


def management_network(x):
    for ref, rec in x.network.get_all_records().items():
        if rec["PIFs"]:
            return ref
    raise AssertionError("no management network")


def wait_task(x, task, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        rec = x.task.get_record(task)
        if rec["status"] not in ("pending", "cancelling"):
            return rec
        time.sleep(0.02)
    raise AssertionError(f"task {task} did not finish")


def wait_for(predicate, timeout=10, what="condition"):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def failure(call, *args):
    """The error_description list of a call that must fail."""
    with pytest.raises(XenAPI.Failure) as e:
        call(*args)
    return e.value.details


@pytest.fixture
def vm(session):
    """A halted, diskless VM for one test, removed afterwards."""
    x = session.xenapi
    ref = new_vm(x, "e2e")
    yield ref
    cleanup_vm(x, ref)


def cleanup_vm(x, vm):
    try:
        if x.VM.get_power_state(vm) != "Halted":
            x.VM.hard_shutdown(vm)
        x.VM.destroy(vm)
    except XenAPI.Failure:
        pass
