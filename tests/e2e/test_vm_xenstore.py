"""The xenstore a running VM's disks and NICs get on the simulated Xen, checked from outside the
daemon (issue 5; notes/xen-backend.md, xenstore device layout): SIGUSR1 makes the daemon write the
simulated xenstore to <data dir>/simulated-xenstore.txt. Backend and frontend of a disk and a NIC,
their handshake states, the toolstack's private VIF data, and live VIF locking and static-IP changes."""
import os
import signal
import time

import pytest

from vmhelpers import add_vif, cleanup_vm, new_vm, wait_for


@pytest.fixture
def xenstore(daemon):
    """Reads the simulated xenstore as path -> value, freshly dumped."""
    path = os.path.join(daemon.data_dir, "simulated-xenstore.txt")

    def read():
        before = os.stat(path).st_mtime_ns if os.path.exists(path) else None
        daemon.proc.send_signal(signal.SIGUSR1)
        deadline = time.time() + 5
        while not os.path.exists(path) or os.stat(path).st_mtime_ns == before:
            assert time.time() < deadline, "no xenstore dump"
            time.sleep(0.01)
        with open(path) as f:
            return dict(line.rstrip("\n").split(" = ", 1) for line in f if " = " in line)
    return read


def test_running_vm_disk_and_nic_layout(session, daemon, xenstore):
    x = session.xenapi
    vm = new_vm(x, "xenstore")
    sr = x.pool.get_default_SR(x.pool.get_all()[0])
    vdi = x.VDI.create({"name_label": "d", "name_description": "", "SR": sr, "virtual_size": str(64 << 20),
                        "type": "user", "sharable": False, "read_only": False, "other_config": {},
                        "xenstore_data": {}, "sm_config": {}, "tags": []})
    try:
        x.VBD.create({"VM": vm, "VDI": vdi, "userdevice": "0", "bootable": True, "mode": "RW", "type": "Disk",
                      "empty": False, "unpluggable": True, "other_config": {}, "qos_algorithm_type": "",
                      "qos_algorithm_params": {}})
        vif = add_vif(x, vm, "0")
        x.VIF.set_locking_mode(vif, "locked")
        x.VIF.set_ipv4_allowed(vif, ["10.0.0.6"])
        x.VM.start(vm, False, False)
        domid, uuid, mac = x.VM.get_domid(vm), x.VM.get_uuid(vm), x.VIF.get_MAC(vif)
        bridge = x.network.get_bridge(x.VIF.get_network(vif))
        vbd_back, vbd_front = f"/local/domain/0/backend/vbd/{domid}/768", f"/local/domain/{domid}/device/vbd/768"
        vif_back, vif_front = f"/local/domain/0/backend/vif/{domid}/0", f"/local/domain/{domid}/device/vif/0"
        store = wait_for(lambda: (lambda s: s if s.get(vif_front + "/state") == "4" and s.get(vbd_front + "/state") == "4"
                                  else None)(xenstore()), what="the frontends connected")
        # Disk 0 of an HVM guest: the emulated IDE's hda (devid 768), xvda.
        assert store[vbd_back + "/frontend"] == vbd_front and store[vbd_front + "/backend"] == vbd_back
        assert store[vbd_back + "/frontend-id"] == domid and store[vbd_front + "/backend-id"] == "0"
        assert (store[vbd_back + "/dev"], store[vbd_back + "/mode"], store[vbd_back + "/state"]) == ("xvda", "w", "4")
        assert store[vbd_back + "/hotplug-status"] == "connected"
        assert store[vbd_back + "/params"].startswith(daemon.data_dir)
        assert store[vif_back + "/frontend"] == vif_front and store[vif_front + "/backend"] == vif_back
        assert (store[vif_back + "/mac"], store[vif_back + "/bridge"], store[vif_back + "/state"]) == (mac, bridge, "4")
        assert store[vif_front + "/mac"] == mac
        private = f"/xapi/{uuid}/private/vif/0"
        assert (store[private + "/locking-mode"], store[private + "/ipv4-allowed"]) == ("locked", "10.0.0.6")
        # Live changes reach the running guest's xenstore.
        x.VIF.set_locking_mode(vif, "disabled")
        assert xenstore()[private + "/locking-mode"] == "disabled" and xenstore()[vif_front + "/disconnect"] == "1"
        x.VIF.set_locking_mode(vif, "network_default")
        wait_for(lambda: x.VM.get_guest_metrics(vm) != "OpaqueRef:NULL" and
                 x.VM_guest_metrics.get_other(x.VM.get_guest_metrics(vm)).get("feature-static-ip-setting") == "1",
                 what="the guest agent's features")
        x.VIF.configure_ipv4(vif, "Static", "10.0.0.6/24", "10.0.0.1")
        setting = f"/local/domain/{domid}/xenserver/device/vif/0/static-ip-setting"
        store = xenstore()
        assert (store[setting + "/enabled"], store[setting + "/address"], store[setting + "/gateway"]) == \
            ("1", "10.0.0.6/24", "10.0.0.1")
        # Gone with the domain.
        x.VM.hard_shutdown(vm)
        assert not [p for p in xenstore() if p.startswith((vbd_back, vif_back, f"/local/domain/{domid}/"))]
    finally:
        cleanup_vm(x, vm)
        x.VDI.destroy(vdi)

