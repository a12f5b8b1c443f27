"""Implicit messages on real objects (notes §3): a set/get round trip for every field type,
maps and sets, constructors, get_all_records_where, Async create."""
import time
import xmlrpc.client

import pytest
import XenAPI


def new_vm(session, name="e2e vm"):
    return session.xenapi.VM.create({
        "name_label": name, "name_description": "", "user_version": "1", "is_a_template": False,
        "affinity": "OpaqueRef:NULL", "memory_static_max": "268435456", "memory_dynamic_max": "268435456",
        "memory_dynamic_min": "268435456", "memory_static_min": "134217728", "VCPUs_params": {},
        "VCPUs_max": "1", "VCPUs_at_startup": "1", "actions_after_shutdown": "destroy",
        "actions_after_reboot": "restart", "actions_after_crash": "restart", "PV_bootloader": "",
        "PV_kernel": "", "PV_ramdisk": "", "PV_args": "", "PV_bootloader_args": "", "PV_legacy_args": "",
        "HVM_boot_policy": "BIOS order", "HVM_boot_params": {"order": "cdn"}, "platform": {},
        "PCI_bus": "", "other_config": {}, "recommendations": ""})


def test_round_trip_of_every_field_type(session):
    x = session.xenapi
    vm = new_vm(session)
    rec = x.VM.get_record(vm)
    assert rec["power_state"] == "Halted" and "mac_seed" in rec["other_config"]
    # string
    x.VM.set_name_label(vm, "näme <with> & \"specials\"")
    assert x.VM.get_name_label(vm) == "näme <with> & \"specials\""
    # int (sent as a string, as Python cannot send 64-bit ints)
    x.VM.set_user_version(vm, "4294967296")
    assert x.VM.get_user_version(vm) == "4294967296"
    # bool
    x.VM.set_is_a_template(vm, True)
    assert x.VM.get_is_a_template(vm) is True
    x.VM.set_is_a_template(vm, False)
    # enum, case-insensitively on input
    x.VM.set_actions_after_shutdown(vm, "RESTART")
    assert x.VM.get_actions_after_shutdown(vm) == "restart"
    # ref
    host = x.host.get_all()[0]
    x.VM.set_affinity(vm, host)
    assert x.VM.get_affinity(vm) == host
    # set
    x.VM.set_tags(vm, ["a", "b"])
    x.VM.add_tags(vm, "c")
    x.VM.add_tags(vm, "a")
    x.VM.remove_tags(vm, "b")
    x.VM.remove_tags(vm, "absent")
    assert x.VM.get_tags(vm) == ["a", "c"]
    # map
    x.VM.set_other_config(vm, {"k1": "v1"})
    x.VM.add_to_other_config(vm, "k2", "v2")
    with pytest.raises(XenAPI.Failure) as e:
        x.VM.add_to_other_config(vm, "k2", "again")
    assert e.value.details == ["MAP_DUPLICATE_KEY", "VM", "other_config", vm, "k2"]
    x.VM.remove_from_other_config(vm, "k1")
    x.VM.remove_from_other_config(vm, "never-there")
    assert x.VM.get_other_config(vm) == {"k2": "v2"}
    # float (a constructor field; no float field is RW)
    vm2 = x.VM.create(dict(x.VM.get_record(vm), HVM_shadow_multiplier=2.5, name_label="float"))
    assert x.VM.get_HVM_shadow_multiplier(vm2) == 2.5
    x.VM.destroy(vm2)
    # datetime (no datetime field is RW either; VMSS.set_last_run_time is a plain setter in xapi)
    vmss = x.VMSS.create({"name_label": "e2e", "type": "snapshot", "frequency": "daily"})
    assert str(x.VMSS.get_last_run_time(vmss)) == "19700101T00:00:00Z"
    x.VMSS.set_last_run_time(vmss, xmlrpc.client.DateTime("20240102T03:04:05"))
    assert str(x.VMSS.get_last_run_time(vmss)) == "20240102T03:04:05Z"
    x.VMSS.set_last_run_time(vmss, "2024-05-06T07:08:09+02:00")
    assert str(x.VMSS.get_last_run_time(vmss)) == "20240506T05:08:09Z"
    x.VMSS.destroy(vmss)
    x.VM.destroy(vm)
    with pytest.raises(XenAPI.Failure) as e:
        x.VM.get_record(vm)
    assert e.value.details == ["HANDLE_INVALID", "VM", vm]


def test_get_all_records_where(session):
    x = session.xenapi
    vm = new_vm(session, "where-test")
    found = x.VM.get_all_records_where('field "name__label" = "where-test"')
    assert list(found) == [vm]
    templates = x.VM.get_all_where('field "is_a_template" = "true" and not (field "name__label" = "x")')
    assert len(templates) >= 15 and vm not in templates
    both = x.VM.get_all_where('field "name__label" = "where-test" or field "is_control_domain" = "true"')
    assert len(both) == 2
    assert len(x.VM.get_all_records_where("true")) == len(x.VM.get_all())
    with pytest.raises(XenAPI.Failure) as e:
        x.VM.get_all_where('field "name__label" = ')
    assert e.value.details[0] == "INVALID_VALUE"
    x.VM.destroy(vm)


def test_constructor_defaults_and_missing_fields(session):
    x = session.xenapi
    net = x.network.create({"name_label": "e2e net", "other_config": {}})
    rec = x.network.get_record(net)
    assert rec["MTU"] == "1500" and rec["name_description"] == ""
    x.network.destroy(net)
    with pytest.raises(XenAPI.Failure) as e:
        x.VM.create({"name_label": "incomplete"})
    assert e.value.details[0] == "INTERNAL_ERROR" and "Dispatcher_FieldNotFound" in e.value.details[1]


def test_every_class_answers_get_all_records(session):
    x = session.xenapi
    for cls in ["pool", "host", "VM", "VM_metrics", "VM_guest_metrics", "host_metrics", "host_cpu", "network",
                "PIF", "PIF_metrics", "Bond", "VLAN", "SM", "SR", "VDI", "VBD", "VBD_metrics", "PBD", "VIF",
                "VIF_metrics", "console", "task", "role", "subject", "pool_patch", "pool_update", "host_patch",
                "VMPP", "VMSS", "VM_appliance", "DR_task", "tunnel", "PCI", "PGPU", "GPU_group", "VGPU",
                "VGPU_type", "PVS_site", "PVS_server", "PVS_proxy", "PVS_cache_storage", "Feature",
                "SDN_controller", "PUSB", "USB_group", "VUSB", "Cluster", "Cluster_host", "Certificate",
                "Repository", "Observer", "VTPM", "crashdump", "host_crashdump", "network_sriov", "secret",
                "blob"]:
        getattr(x, cls).get_all_records()


def test_async_create_returns_a_task_with_the_xmlrpc_result(session):
    x = session.xenapi
    task = x.Async.network.create({"name_label": "async net", "other_config": {}})
    assert task.startswith("OpaqueRef:")
    for _ in range(200):
        if x.task.get_status(task) != "pending":
            break
        time.sleep(0.05)
    assert x.task.get_status(task) == "success"
    result = x.task.get_result(task)
    assert result.startswith("<value>OpaqueRef:") and result.endswith("</value>")
    net = result[len("<value>"):-len("</value>")]
    assert x.network.get_name_label(net) == "async net"
    x.network.destroy(net)
    failing = x.Async.network.destroy("OpaqueRef:nonexistent")
    for _ in range(200):
        if x.task.get_status(failing) != "pending":
            break
        time.sleep(0.05)
    assert x.task.get_status(failing) == "failure"
    assert x.task.get_error_info(failing) == ["HANDLE_INVALID", "network", "OpaqueRef:nonexistent"]


def test_not_implemented_is_honest(session):
    x = session.xenapi
    with pytest.raises(XenAPI.Failure) as e:
        x.pool.enable_ha([], {})
    assert e.value.details[0] == "NOT_IMPLEMENTED"
