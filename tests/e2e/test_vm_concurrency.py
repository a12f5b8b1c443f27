"""Operations racing on VMs (issues 3 and 5): a second conflicting operation fails at once with
OTHER_OPERATION_IN_PROGRESS, hard_shutdown may always cut in, a clean shutdown waiting for a guest
that never answers can be cancelled, and a powercycle loop of Async calls over several VMs in
parallel ends with every VM where it should be."""
import time

import pytest

from vmhelpers import cleanup_vm, failure, new_vm, wait_task


def test_conflicting_operation_and_cancel(session):
    x = session.xenapi
    vm = new_vm(x, "hung", xenstore_data={"vm-data/simulated-guest": "unresponsive"})
    try:
        x.VM.start(vm, False, False)
        time.sleep(0.3)  # the guest's drivers come up (it just never answers shutdown requests)
        task = x.Async.VM.clean_shutdown(vm)
        deadline = time.time() + 5
        while time.time() < deadline and not x.VM.get_current_operations(vm):
            time.sleep(0.01)
        assert x.VM.get_current_operations(vm) == {task: "clean_shutdown"}
        assert failure(x.VM.clean_shutdown, vm) == ["OTHER_OPERATION_IN_PROGRESS", "VM", vm, "clean_shutdown", task]
        assert failure(x.VM.pause, vm) == ["OTHER_OPERATION_IN_PROGRESS", "VM", vm, "clean_shutdown", task]
        assert x.VM.get_allowed_operations(vm) == ["hard_shutdown", "hard_reboot"]
        assert x.task.get_allowed_operations(task) == ["cancel"]
        x.task.cancel(task)
        rec = wait_task(x, task)
        assert rec["status"] == "cancelled" and rec["error_info"][0] == "TASK_CANCELLED"
        assert x.VM.get_current_operations(vm) == {}
        assert x.VM.get_power_state(vm) == "Running"
        # hard_shutdown is allowed alongside anything, and cancels the clean shutdown it cuts short.
        task = x.Async.VM.clean_shutdown(vm)
        while not x.VM.get_current_operations(vm):
            time.sleep(0.01)
        x.VM.hard_shutdown(vm)
        assert x.VM.get_power_state(vm) == "Halted"
        rec = wait_task(x, task, timeout=10)
        assert rec["status"] == "cancelled"
        assert x.VM.get_current_operations(vm) == {}
    finally:
        cleanup_vm(x, vm)


def test_parallel_powercycle_loop(session):
    x = session.xenapi
    vms = [new_vm(x, f"cycle-{i}") for i in range(6)]
    steps = [("start", "Running"), ("clean_reboot", "Running"), ("clean_shutdown", "Halted")]
    try:
        for _ in range(3):
            for name, state in steps:
                call = getattr(x.Async.VM, name)
                tasks = [call(vm, False, False) if name == "start" else call(vm) for vm in vms]
                for task in tasks:
                    rec = wait_task(x, task)
                    assert rec["status"] == "success", rec["error_info"]
                    x.task.destroy(task)
                assert [x.VM.get_power_state(vm) for vm in vms] == [state] * len(vms)
        assert {x.VM.get_domid(vm) for vm in vms} == {"-1"}
    finally:
        for vm in vms:
            cleanup_vm(x, vm)
