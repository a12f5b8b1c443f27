"""Storage end to end, the rest of issue 4: SR.probe finds an SR's directory again after
SR.forget so it can be re-introduced with its VDIs; VDI.copy with base_vdi and into_vdi writes
the differences into an existing VDI; the auto-scan interval comes from the configuration file."""
import time
import xml.etree.ElementTree as ET

import pytest

from conftest import Daemon
from test_storage import MiB, failure, get, local_sr, new_vdi, pattern, put, qemu_check_all, sr_dir, wait_task

NOT_PROBED = ["SR_BACKEND_FAILURE", "Operation 'sr_probe' not supported by this SR type", "", ""]


def probe(x, device_config, sr_type="file"):
    host = x.host.get_all()[0]
    document = x.SR.probe(host, device_config, sr_type, {})
    assert document.startswith('<?xml version="1.0" ?>\n')
    return [{child.tag: child.text for child in sr} for sr in ET.fromstring(document).findall("SR")]


def exported(daemon, session, vdi):
    r = get(daemon, session, vdi)
    assert r.status_code == 200, r.text
    return r.content


def test_probe_finds_a_forgotten_sr_and_it_comes_back_with_its_vdis(daemon, session, tmp_path):
    x = session.xenapi
    host = x.host.get_all()[0]
    location = str(tmp_path / "sr")
    assert failure(probe, x, {"location": location})[:2] == ["SR_BACKEND_FAILURE", "SRUnavailable"]
    (tmp_path / "sr").mkdir()
    assert probe(x, {"location": location}) == []  # an empty directory holds no SR

    sr = x.SR.create(host, {"location": location}, "0", "probed", "", "file", "user", False, {})
    uuid = x.SR.get_uuid(sr)
    [found] = probe(x, {"location": location})
    assert found["UUID"] == uuid and found["Devlist"] == location and int(found["size"]) > 0

    disk = new_vdi(x, sr, size=8 * MiB, name="disk")
    first = pattern(4 * MiB, 3)
    assert put(daemon, session, disk, first).status_code == 200
    snapshot = x.VDI.snapshot(disk, {})
    second = first[:MiB] + pattern(2 * MiB, 5) + first[3 * MiB:] + pattern(MiB, 9)
    assert put(daemon, session, disk, second).status_code == 200
    expected = {x.VDI.get_uuid(disk): second.ljust(8 * MiB, b"\0"),
                x.VDI.get_uuid(snapshot): first.ljust(8 * MiB, b"\0")}

    for pbd in x.SR.get_PBDs(sr):
        x.PBD.unplug(pbd)
    x.SR.forget(sr)
    assert [f["UUID"] for f in probe(x, {"location": location})] == [uuid]
    # Another SR cannot be made where this one is stored.
    assert failure(x.SR.create, host, {"location": location}, "0", "again", "", "file", "user", False, {})[:2] == \
        ["SR_BACKEND_FAILURE", "SRExists"]

    sr = x.SR.introduce(uuid, "probed again", "", "file", "user", False, {})
    pbd = x.PBD.create({"host": host, "SR": sr, "device_config": {"location": location}, "other_config": {}})
    x.PBD.plug(pbd)
    x.SR.scan(sr)
    vdis = {x.VDI.get_uuid(v): v for v in x.SR.get_VDIs(sr)}
    assert set(vdis) == set(expected)  # the hidden base under the snapshot is no VDI
    for vdi_uuid, data in expected.items():
        assert exported(daemon, session, vdis[vdi_uuid]) == data
    qemu_check_all(location)

    for vdi in vdis.values():
        x.VDI.destroy(vdi)
    x.PBD.unplug(pbd)
    x.SR.destroy(sr)
    assert not (tmp_path / "sr").exists()


def test_probe_answers_and_errors(daemon, session, tmp_path):
    x = session.xenapi
    host = x.host.get_all()[0]
    # An ext SR without a location lives under the data directory: probe lists those SRs.
    local = local_sr(x)
    assert x.SR.get_type(local) == "ext"
    found = {f["UUID"]: f["Devlist"] for f in probe(x, {}, "ext")}
    assert found[x.SR.get_uuid(local)] == sr_dir(daemon, x, local)

    assert failure(probe, x, {})[:2] == ["SR_BACKEND_FAILURE", "ConfigLocationMissing"]
    assert failure(probe, x, {"location": "relative/path"})[:2] == ["SR_BACKEND_FAILURE", "ConfigLocationInvalid"]
    assert failure(probe, x, {}, "nosuchtype") == ["SR_UNKNOWN_DRIVER", "nosuchtype"]
    # The ISO and udev SMs lack the SR_PROBE capability: sm.ml refuses before calling them.
    assert failure(probe, x, {"location": str(tmp_path)}, "iso") == NOT_PROBED
    assert failure(probe, x, {"location": str(tmp_path)}, "udev") == NOT_PROBED
    # probe_ext needs an SMAPIv3 plugin; xapi refuses it for SMAPIv1 types like these.
    assert failure(x.SR.probe_ext, host, {}, "ext", {}) == ["SR_OPERATION_NOT_SUPPORTED"]
    assert failure(x.SR.probe_ext, host, {}, "iso", {}) == NOT_PROBED


def test_copy_with_base_into_an_existing_vdi(daemon, session):
    x = session.xenapi
    sr = local_sr(x)
    disk = new_vdi(x, sr, size=16 * MiB, name="disk")
    first = pattern(8 * MiB, 7)
    assert put(daemon, session, disk, first).status_code == 200
    snapshot = x.VDI.snapshot(disk, {})
    # After the snapshot: zeros over some data, new data from 6 MiB to past the old end.
    second = first[:2 * MiB] + b"\0" * (64 * 1024) + first[2 * MiB + 64 * 1024:6 * MiB] + pattern(3 * MiB, 11)
    assert put(daemon, session, disk, second).status_code == 200
    expected = second.ljust(16 * MiB, b"\0")

    # In one chain: the snapshot's full copy receives only what changed since the snapshot.
    target = x.VDI.copy(snapshot, sr)
    assert exported(daemon, session, target) == first.ljust(16 * MiB, b"\0")
    task = x.Async.VDI.copy(disk, sr, snapshot, target)
    record = wait_task(x, task)
    assert record["status"] == "success", record["error_info"]
    assert target in record["result"]
    assert float(record["progress"]) == 1.0
    assert exported(daemon, session, target) == expected
    assert x.VDI.get_SR(target) == sr and set(x.SR.get_VDIs(sr)) >= {disk, snapshot, target}

    # Unrelated images (a full copy is a chain of its own): compared block by block.
    base = x.VDI.copy(snapshot, sr)
    other = x.VDI.copy(snapshot, sr)
    assert x.VDI.copy(disk, sr, base, other) == other
    assert exported(daemon, session, other) == expected

    # A base without a target: a new VDI holding the differences only.
    delta = x.VDI.copy(disk, sr, snapshot, "OpaqueRef:NULL")
    assert delta not in (disk, snapshot, target, base, other)
    assert x.VDI.get_virtual_size(delta) == x.VDI.get_virtual_size(disk)
    assert exported(daemon, session, delta)[6 * MiB:9 * MiB] == pattern(3 * MiB, 11)

    small = new_vdi(x, sr, size=8 * MiB)
    assert failure(x.VDI.copy, disk, sr, snapshot, small) == ["VDI_TOO_SMALL", small, str(16 * MiB)]
    locked = new_vdi(x, sr, size=16 * MiB, read_only=True)
    assert failure(x.VDI.copy, disk, sr, snapshot, locked) == ["VDI_READONLY", locked]
    qemu_check_all(sr_dir(daemon, x, sr))
    for vdi in (delta, small, locked, other, base, target, snapshot, disk):
        x.VDI.destroy(vdi)


def test_copy_into_reports_progress_and_can_be_cancelled(daemon, session):
    x = session.xenapi
    sr = local_sr(x)
    disk = new_vdi(x, sr, size=256 * MiB, name="big")
    snapshot = x.VDI.snapshot(disk, {})
    target = x.VDI.copy(snapshot, sr)
    assert put(daemon, session, disk, pattern(256 * MiB, 5)).status_code == 200
    task = x.Async.VDI.copy(disk, sr, snapshot, target)
    assert "cancel" in x.task.get_allowed_operations(task)
    x.task.cancel(task)
    record = wait_task(x, task, timeout=120)
    assert record["status"] == "cancelled" and record["error_info"] == ["TASK_CANCELLED", task]
    assert x.VDI.get_current_operations(disk) == {}
    assert target in x.SR.get_VDIs(sr)  # the existing target stays, partly written, as in xapi
    task = x.Async.VDI.copy(disk, sr, snapshot, target)
    record = wait_task(x, task, timeout=120)
    assert record["status"] == "success" and float(record["progress"]) == 1.0
    assert exported(daemon, session, target) == pattern(256 * MiB, 5)
    for vdi in (target, snapshot, disk):
        x.VDI.destroy(vdi)


def test_auto_scan_interval_from_the_configuration(tmp_path):
    d = Daemon()
    with open(d.config, "a") as f:
        f.write("sr-auto-scan-interval = 0.2\n")
    d.start()
    try:
        x = d.unix_session().xenapi
        host = x.host.get_all()[0]
        library = tmp_path / "library"
        library.mkdir()
        sr = x.SR.create(host, {"location": str(library)}, "0", "ISOs", "", "iso", "iso", False, {})
        x.SR.add_to_other_config(sr, "auto-scan", "true")
        (library / "b.iso").write_bytes(b"y" * 2048)
        deadline = time.time() + 10
        while not x.SR.get_VDIs(sr) and time.time() < deadline:
            time.sleep(0.1)
        assert [x.VDI.get_location(v) for v in x.SR.get_VDIs(sr)] == ["b.iso"]
    finally:
        d.cleanup()


@pytest.mark.parametrize("value", ["0", "-1", "soon"])
def test_a_bad_auto_scan_interval_stops_the_daemon(value):
    d = Daemon()
    with open(d.config, "a") as f:
        f.write(f"sr-auto-scan-interval = {value}\n")
    try:
        with pytest.raises(RuntimeError) as e:
            d.start()
        assert f"sr-auto-scan-interval: not seconds: {value}" in str(e.value)
    finally:
        d.cleanup()
