"""Storage end to end (issue 4): SRs of each type, VDIs on real VHD files, instant clone and
snapshot, copies, raw transfers over HTTP, SR.scan, the checks' errors, and qemu-img's opinion of
every image left behind."""
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time

import pytest
import requests
import XenAPI

from conftest import USERS, Daemon

MiB = 1 << 20


def failure(fn, *args):
    with pytest.raises(XenAPI.Failure) as e:
        fn(*args)
    return e.value.details


def wait_task(x, task, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if x.task.get_status(task) not in ("pending", "cancelling"):
            return x.task.get_record(task)
        time.sleep(0.05)
    raise AssertionError("task did not finish")


def pattern(size, seed):
    block = bytes((i * seed + seed) & 0xFF for i in range(4096))
    return (block * (size // 4096 + 1))[:size]


def local_sr(x):
    return next(r for r, s in x.SR.get_all_records().items() if s["name_label"] == "Local storage")


def sr_dir(daemon, x, sr):
    pbd = x.SR.get_PBDs(sr)[0]
    config = x.PBD.get_device_config(pbd)
    return config.get("location") or os.path.join(daemon.data_dir, "sr", x.SR.get_uuid(sr))


def new_vdi(x, sr, size=8 * MiB, name="test disk", read_only=False):
    return x.VDI.create({"name_label": name, "name_description": "", "SR": sr, "virtual_size": str(size),
                         "type": "user", "sharable": False, "read_only": read_only, "other_config": {},
                         "xenstore_data": {}, "sm_config": {}, "tags": []})


def put(daemon, session, vdi, data, **params):
    params = {"vdi": vdi, "session_id": session._session, **params}
    return requests.put(daemon.http_url + "/import_raw_vdi", params=params, data=data, timeout=60)


def get(daemon, session, vdi, **params):
    params = {"vdi": vdi, "session_id": session._session, **params}
    r = requests.get(daemon.http_url + "/export_raw_vdi", params=params, timeout=60)
    return r


def qemu_check_all(directory):
    """qemu-img check on every image (its vpc driver answers 63, "does not support checks", so
    qemu-img info and a full convert, which reads every block, stand in for it too)."""
    images = glob.glob(os.path.join(directory, "*.vhd"))
    for image in images:
        out = subprocess.run(["qemu-img", "check", "-f", "vpc", image], capture_output=True, text=True)
        assert out.returncode == 0 or (out.returncode == 63 and "does not support checks" in out.stderr), \
            f"{image}: {out.stdout}{out.stderr}"
        info = subprocess.run(["qemu-img", "info", "-f", "vpc", image], capture_output=True, text=True)
        assert info.returncode == 0 and "file format: vpc" in info.stdout, info.stderr
        assert qemu_convert(image) is not None
    return images


def qemu_convert(image):
    """The image's bytes as qemu-img converts them to raw (each layer alone: qemu ignores parents)."""
    with tempfile.NamedTemporaryFile(suffix=".raw") as out:
        convert = subprocess.run(["qemu-img", "convert", "-f", "vpc", "-O", "raw", image, out.name],
                                 capture_output=True, text=True)
        assert convert.returncode == 0, f"{image}: {convert.stderr}"
        return open(out.name, "rb").read()


@pytest.fixture
def http(daemon):
    s = daemon.http_session()
    yield s
    try:
        s.xenapi.session.logout()
    except Exception:
        pass


def test_sr_of_each_type(daemon, session, tmp_path):
    x = session.xenapi
    host = x.host.get_all()[0]
    assert {"ext", "file", "iso", "udev"} <= set(x.SR.get_supported_types())

    ext = x.SR.create(host, {}, "0", "ext SR", "", "ext", "user", False, {})
    assert x.SR.get_type(ext) == "ext"
    assert os.path.isdir(sr_dir(daemon, x, ext))
    assert int(x.SR.get_physical_size(ext)) > 0
    assert int(x.SR.get_physical_utilisation(ext)) > 0

    file_dir = tmp_path / "file-sr"
    file_sr = x.SR.create(host, {"location": str(file_dir)}, "0", "file SR", "", "FILE", "user", False, {})
    assert x.SR.get_type(file_sr) == "file" and file_dir.is_dir()
    pbd = x.SR.get_PBDs(file_sr)[0]
    assert x.PBD.get_currently_attached(pbd) and x.PBD.get_host(pbd) == host

    iso_dir = tmp_path / "isos"
    iso_dir.mkdir()
    (iso_dir / "install.iso").write_bytes(b"\x01" * 4096)
    iso = x.SR.create(host, {"location": str(iso_dir)}, "0", "ISO library", "", "iso", "iso", False, {})
    vdis = [x.VDI.get_record(v) for v in x.SR.get_VDIs(iso)]
    assert [(v["name_label"], v["location"], v["virtual_size"], v["read_only"]) for v in vdis] == \
        [("install.iso", "install.iso", "4096", True)]

    udev = x.SR.create(host, {"location": str(tmp_path / "no-devices")}, "0", "USB", "", "udev", "disk", False, {})
    assert x.SR.get_VDIs(udev) == []
    assert failure(new_vdi, x, udev)[0] == "SR_OPERATION_NOT_SUPPORTED"

    assert failure(x.SR.create, host, {}, "0", "bad", "", "nosuchtype", "user", False, {}) == \
        ["SR_UNKNOWN_DRIVER", "nosuchtype"]
    assert failure(x.SR.create, host, {}, "0", "bad", "", "file", "user", False, {})[0] == "SR_BACKEND_FAILURE"

    for sr in (ext, file_sr, iso, udev):
        assert failure(x.SR.destroy, sr) == ["SR_HAS_PBD", sr]
        for pbd in x.SR.get_PBDs(sr):
            x.PBD.unplug(pbd)
        assert "vdi_create" not in x.SR.get_allowed_operations(sr)
    x.SR.destroy(ext)
    x.SR.destroy(file_sr)
    x.SR.forget(iso)
    x.SR.forget(udev)
    assert (iso_dir / "install.iso").exists()
    assert not file_dir.exists()
    for sr in (ext, file_sr, iso, udev):
        assert failure(x.SR.get_record, sr)[0] == "HANDLE_INVALID"


def test_vdi_bytes_through_clone_snapshot_copy(daemon, session, http):
    x = session.xenapi
    sr = local_sr(x)
    vdi = new_vdi(x, sr, size=10 * MiB + 1)
    assert x.VDI.get_virtual_size(vdi) == str(12 * MiB)
    data = pattern(4 * MiB + 512, 3)
    r = put(daemon, http, vdi, data)
    assert r.status_code == 200, r.text
    task = r.headers["task-id"]
    assert x.task.get_status(task) == "success"

    snap = x.VDI.snapshot(vdi, {})
    clone = x.VDI.clone(vdi, {})
    copy = x.VDI.copy(vdi, sr)
    for v in (vdi, snap, clone, copy):
        body = get(daemon, http, v).content
        assert len(body) == 12 * MiB
        assert body[:len(data)] == data and body[len(data):] == bytes(12 * MiB - len(data))
    snap_rec = x.VDI.get_record(snap)
    assert snap_rec["is_a_snapshot"] and snap_rec["snapshot_of"] == vdi
    assert snap in x.VDI.get_snapshots(vdi)
    assert not x.VDI.get_is_a_snapshot(clone)

    # Writes to the clone show in neither its parent nor its snapshot sibling.
    assert put(daemon, http, clone, b"\xee" * MiB).status_code == 200
    assert get(daemon, http, clone).content[:MiB] == b"\xee" * MiB
    assert get(daemon, http, vdi).content[:MiB] == data[:MiB]
    assert get(daemon, http, snap).content[:MiB] == data[:MiB]

    x.VDI.resize(vdi, str(20 * MiB))
    assert x.VDI.get_virtual_size(vdi) == str(20 * MiB)
    assert get(daemon, http, vdi).content[:len(data)] == data
    assert failure(x.VDI.resize, vdi, str(2 * MiB))[0] == "SR_BACKEND_FAILURE"

    qemu_check_all(sr_dir(daemon, x, sr))
    for v in (snap, clone, copy, vdi):
        x.VDI.destroy(v)
    assert qemu_check_all(sr_dir(daemon, x, sr)) == []


def test_copy_into_another_sr_is_independent(daemon, session, http, tmp_path):
    x = session.xenapi
    host = x.host.get_all()[0]
    other = x.SR.create(host, {"location": str(tmp_path / "other")}, "0", "other", "", "file", "user", False, {})
    vdi = new_vdi(x, local_sr(x), size=64 * MiB)
    assert put(daemon, http, vdi, pattern(MiB, 5)).status_code == 200
    task = x.Async.VDI.copy(vdi, other)
    rec = wait_task(x, task)
    assert rec["status"] == "success", rec["error_info"]
    copy = rec["result"][len("<value>"):-len("</value>")]
    assert x.VDI.get_SR(copy) == other
    assert x.VDI.get_sm_config(copy).get("vhd-parent") is None
    assert int(x.VDI.get_physical_utilisation(copy)) < 8 * MiB
    x.VDI.destroy(vdi)
    assert get(daemon, http, copy).content[:MiB] == pattern(MiB, 5)
    qemu_check_all(str(tmp_path / "other"))
    x.VDI.destroy(copy)
    x.PBD.unplug(x.SR.get_PBDs(other)[0])
    x.SR.destroy(other)


def test_deleting_a_snapshot_coalesces_its_base_into_the_vdi(daemon, session, http, tmp_path):
    """Issue 4: deleting a VDI garbage-collects the base nothing else needs by coalescing its lone
    child into it; the survivor keeps every byte (the base's and its own) and has no parent."""
    x = session.xenapi
    host = x.host.get_all()[0]
    directory = str(tmp_path / "gc")
    sr = x.SR.create(host, {"location": directory}, "0", "gc", "", "file", "user", False, {})
    vdi = new_vdi(x, sr, size=8 * MiB)
    before = pattern(3 * MiB, 7)
    assert put(daemon, http, vdi, before).status_code == 200
    snap = x.VDI.snapshot(vdi, {})
    base = x.VDI.get_sm_config(vdi).get("vhd-parent")
    assert base and x.VDI.get_sm_config(snap).get("vhd-parent") == base
    assert len(glob.glob(os.path.join(directory, "*.vhd"))) == 3  # the hidden base and two leaves
    after = b"\x5a" * MiB
    assert put(daemon, http, vdi, after).status_code == 200

    x.VDI.destroy(snap)
    assert x.VDI.get_sm_config(vdi).get("vhd-parent") is None
    images = qemu_check_all(directory)
    assert [os.path.basename(i) for i in images] == [x.VDI.get_location(vdi) + ".vhd"]
    assert qemu_convert(images[0])[:3 * MiB] == after + before[MiB:]
    assert get(daemon, http, vdi).content[:3 * MiB] == after + before[MiB:]
    assert x.SR.get_VDIs(sr) == [vdi]
    x.VDI.destroy(vdi)
    x.PBD.unplug(x.SR.get_PBDs(sr)[0])
    x.SR.destroy(sr)


def test_scan_picks_up_and_forgets_files(daemon, session, http, tmp_path):
    x = session.xenapi
    host = x.host.get_all()[0]
    directory = tmp_path / "scanned"
    sr = x.SR.create(host, {"location": str(directory)}, "0", "scanned", "", "file", "user", False, {})
    vdi = new_vdi(x, sr, size=4 * MiB)
    assert put(daemon, http, vdi, pattern(MiB, 9)).status_code == 200
    uuid = x.VDI.get_uuid(vdi)
    added = "0b5e9d5c-1f3a-4c57-9a43-2f0e3c4d5e6f"
    shutil.copy(directory / f"{uuid}.vhd", directory / f"{added}.vhd")
    x.SR.scan(sr)
    found = x.VDI.get_by_uuid(added)
    assert x.VDI.get_SR(found) == sr and x.VDI.get_virtual_size(found) == str(4 * MiB)
    assert get(daemon, http, found).content[:MiB] == pattern(MiB, 9)
    os.remove(directory / f"{added}.vhd")
    x.SR.scan(sr)
    assert failure(x.VDI.get_record, found)[0] == "HANDLE_INVALID"
    assert x.SR.get_VDIs(sr) == [vdi]
    assert int(x.SR.get_virtual_allocation(sr)) == 4 * MiB
    x.VDI.destroy(vdi)
    x.PBD.unplug(x.SR.get_PBDs(sr)[0])
    x.SR.forget(sr)


def test_auto_scan(tmp_path):
    d = Daemon()
    with open(d.config, "a") as f:
        f.write("sr-auto-scan-interval = 0.2\n")
    d.start()
    try:
        s = d.unix_session()
        x = s.xenapi
        host = x.host.get_all()[0]
        library = tmp_path / "library"
        library.mkdir()
        sr = x.SR.create(host, {"location": str(library)}, "0", "ISOs", "", "iso", "iso", False, {})
        (library / "a.iso").write_bytes(b"x" * 2048)
        time.sleep(0.6)
        assert x.SR.get_VDIs(sr) == []  # no auto-scan yet
        x.SR.add_to_other_config(sr, "auto-scan", "true")
        deadline = time.time() + 10
        while not x.SR.get_VDIs(sr) and time.time() < deadline:
            time.sleep(0.1)
        assert [x.VDI.get_location(v) for v in x.SR.get_VDIs(sr)] == ["a.iso"]
        os.remove(library / "a.iso")
        while x.SR.get_VDIs(sr) and time.time() < deadline:
            time.sleep(0.1)
        assert x.SR.get_VDIs(sr) == []
    finally:
        d.cleanup()


def test_errors(daemon, session, http):
    x = session.xenapi
    sr = local_sr(x)
    host = x.host.get_all()[0]
    pbd = x.SR.get_PBDs(sr)[0]
    assert failure(x.PBD.create, {"host": host, "SR": sr, "device_config": {}, "other_config": {}}) == \
        ["PBD_EXISTS", sr, host, pbd]
    assert failure(x.PBD.destroy, pbd) == ["OPERATION_NOT_ALLOWED", "PBD is currently attached"]
    assert failure(x.SR.forget, sr) == ["SR_HAS_PBD", sr]

    vdi = new_vdi(x, sr)
    x.PBD.unplug(pbd)
    try:
        assert failure(new_vdi, x, sr) == ["SR_NO_PBDS", sr]
        assert failure(x.VDI.resize, vdi, str(16 * MiB)) == ["SR_NO_PBDS", sr]
        assert "resize" not in x.VDI.get_allowed_operations(vdi)
    finally:
        x.PBD.plug(pbd)
    assert "resize" in x.VDI.get_allowed_operations(vdi)

    ro = new_vdi(x, sr, read_only=True)
    r = put(daemon, http, ro, b"\x01" * 512)
    assert r.status_code == 500
    assert x.task.get_error_info(r.headers["task-id"]) == ["VDI_READONLY", ro]

    shared = x.VDI.create({"name_label": "shared", "SR": sr, "virtual_size": str(MiB), "type": "user",
                           "sharable": True, "read_only": False, "other_config": {}})
    assert failure(x.VDI.snapshot, shared, {}) == ["VDI_IS_SHARABLE", shared]
    assert failure(x.VDI.create, {"name_label": "cbt", "SR": sr, "virtual_size": "0", "type": "cbt_metadata",
                                  "sharable": False, "read_only": False, "other_config": {}})[0] == \
        "VDI_INCOMPATIBLE_TYPE"
    tools = next(r for r, s in x.SR.get_all_records().items() if s["other_config"].get("xenserver_tools_sr") == "true")
    assert failure(new_vdi, x, tools) == ["SR_OPERATION_NOT_SUPPORTED", tools]
    assert failure(x.VDI.resize_online, vdi, str(16 * MiB)) == ["SR_OPERATION_NOT_SUPPORTED", sr]
    x.SR.add_to_other_config(sr, "indestructible", "true")
    x.SR.remove_from_other_config(sr, "indestructible")
    for v in (vdi, ro, shared):
        x.VDI.destroy(v)


def test_vdi_in_use_while_attached(daemon, session):
    """A VDI attached to a running VM cannot be destroyed or resized, but can be snapshotted."""
    x = session.xenapi
    sr = local_sr(x)
    template = next(r for r, v in x.VM.get_all_records().items()
                    if v["is_a_template"] and not v["is_a_snapshot"] and "Debian" in v["name_label"])
    try:
        vm = x.VM.clone(template, "storage-in-use")
    except XenAPI.Failure as e:
        pytest.skip(f"needs VM.clone (the VM work): {e.details[0]}")
    x.VM.set_is_a_template(vm, False)
    x.VM.set_other_config(vm, {})
    vdi = new_vdi(x, sr)
    try:
        vbd = x.VBD.create({"VM": vm, "VDI": vdi, "userdevice": "0", "bootable": True, "mode": "RW", "type": "Disk",
                            "unpluggable": True, "empty": False, "other_config": {}, "qos_algorithm_type": "",
                            "qos_algorithm_params": {}})
        x.VM.start(vm, False, True)
    except XenAPI.Failure as e:
        if e.details[0] != "NOT_IMPLEMENTED":
            raise
        pytest.skip("needs VBD.create and VM.start (the VM work)")
    try:
        assert x.VBD.get_currently_attached(vbd)
        assert failure(x.VDI.destroy, vdi) == ["VDI_IN_USE", vdi, "destroy"]
        assert failure(x.VDI.resize, vdi, str(32 * MiB)) == ["VDI_IN_USE", vdi, "resize"]
        assert failure(x.PBD.unplug, x.SR.get_PBDs(sr)[0]) == ["VDI_IN_USE", vdi]
        snap = x.VDI.snapshot(vdi, {})
    finally:
        x.VM.hard_shutdown(vm)
    x.VDI.destroy(snap)
    x.VM.destroy(vm)
    x.VDI.destroy(vdi)
    qemu_check_all(sr_dir(daemon, x, sr))


def test_http_credentials_and_rbac(daemon, session):
    x = session.xenapi
    vdi = new_vdi(x, local_sr(x), size=2 * MiB)
    url = daemon.http_url
    r = requests.get(url + "/export_raw_vdi", params={"vdi": vdi}, timeout=30)
    assert r.status_code == 401 and r.headers["www-authenticate"] == 'Basic realm="export_raw_vdi"'
    r = requests.put(url + "/import_raw_vdi", params={"vdi": vdi}, data=b"x", auth=("root", "wrong"), timeout=30)
    assert r.status_code == 401
    reader = daemon.http_session("reader")
    task = x.task.create("denied", "")
    r = requests.get(url + "/export_raw_vdi", params={"vdi": vdi, "session_id": reader._session,
                                                       "task_id": task}, timeout=30)
    assert r.status_code == 403
    assert x.task.get_error_info(task)[0] == "RBAC_PERMISSION_DENIED"
    # Basic auth, a client-made task, the VDI by uuid and a chunked body.
    task = x.task.create("upload", "")
    chunks = (pattern(MiB, 7)[i:i + 65536] for i in range(0, MiB, 65536))
    r = requests.put(url + "/import_raw_vdi", params={"vdi": x.VDI.get_uuid(vdi), "task_id": task},
                     data=chunks, auth=("root", USERS["root"]), timeout=30)
    assert r.status_code == 200, r.text
    rec = x.task.get_record(task)
    assert rec["status"] == "success" and rec["progress"] == 1.0
    r = requests.get(url + "/export_raw_vdi", params={"vdi": vdi, "format": "raw"},
                     auth=("alice", USERS["alice"]), timeout=30)
    assert r.status_code == 200 and r.content[:MiB] == pattern(MiB, 7)
    assert r.headers["content-length"] == str(2 * MiB)
    assert r.headers["content-disposition"] == f'attachment; filename="{x.VDI.get_uuid(vdi)}.raw"'
    # The Unix socket needs no credentials (root).
    out = subprocess.run(["curl", "-sSf", "--unix-socket", daemon.socket,
                          f"http://localhost/export_raw_vdi?vdi={vdi}"], capture_output=True)
    assert out.returncode == 0 and out.stdout[:MiB] == pattern(MiB, 7), out.stderr
    r = requests.get(url + "/export_raw_vdi", params={"vdi": "OpaqueRef:nonexistent"},
                     auth=("root", USERS["root"]), timeout=30)
    assert r.status_code == 404
    assert x.task.get_error_info(r.headers["task-id"])[0] == "HANDLE_INVALID"
    x.VDI.destroy(vdi)


def test_interrupted_upload_leaves_the_vdi_consistent(daemon, session):
    x = session.xenapi
    sr = local_sr(x)
    vdi = new_vdi(x, sr, size=16 * MiB)
    task = x.task.create("upload", "")
    sock = socket.create_connection(("127.0.0.1", daemon.http_port))
    head = (f"PUT /import_raw_vdi?vdi={vdi}&session_id={session._session}&task_id={task} HTTP/1.1\r\n"
            f"Host: localhost\r\nContent-Length: {16 * MiB}\r\n\r\n")
    sock.sendall(head.encode())
    sock.sendall(pattern(5 * MiB + 1000, 11))
    sock.close()
    rec = wait_task(x, task)
    assert rec["status"] == "failure"
    assert rec["error_info"][0] == "VDI_IO_ERROR"
    qemu_check_all(sr_dir(daemon, x, sr))
    path = os.path.join(sr_dir(daemon, x, sr), x.VDI.get_location(vdi) + ".vhd")
    info = subprocess.run(["qemu-img", "info", "-f", "vpc", path], capture_output=True, text=True)
    assert info.returncode == 0 and "16 MiB" in info.stdout
    # What arrived was written; the VDI is usable and can be uploaded again.
    http = daemon.http_session()
    assert get(daemon, http, vdi).content[:4 * MiB] == pattern(4 * MiB, 11)
    assert put(daemon, http, vdi, pattern(16 * MiB, 2)).status_code == 200
    assert get(daemon, http, vdi).content == pattern(16 * MiB, 2)
    assert qemu_convert(path) == pattern(16 * MiB, 2)
    x.VDI.destroy(vdi)


def test_vhd_format_both_ways(daemon, session, http, tmp_path):
    """format=vhd: an export qemu-img reads back as the disk's bytes; a VHD qemu-img made imports."""
    x = session.xenapi
    sr = local_sr(x)
    vdi = new_vdi(x, sr, size=32 * MiB)
    data = pattern(3 * MiB, 13)
    assert put(daemon, http, vdi, bytes(8 * MiB) + data).status_code == 200
    r = get(daemon, http, vdi, format="vhd")
    assert r.status_code == 200 and r.headers["content-type"] == "application/vhd"
    assert int(r.headers["content-length"]) < 12 * MiB  # only blocks holding data
    exported = tmp_path / "exported.vhd"
    exported.write_bytes(r.content)
    assert qemu_convert(str(exported)) == bytes(8 * MiB) + data + bytes(21 * MiB)

    raw = tmp_path / "made.raw"
    raw.write_bytes(pattern(5 * MiB, 17))
    made = tmp_path / "made.vhd"
    subprocess.run(["qemu-img", "convert", "-f", "raw", "-O", "vpc", str(raw), str(made)], check=True)
    other = new_vdi(x, sr, size=16 * MiB)
    r = put(daemon, http, other, made.read_bytes(), format="vhd")
    assert r.status_code == 200, r.text
    assert get(daemon, http, other).content[:5 * MiB] == pattern(5 * MiB, 17)
    r = put(daemon, http, other, made.read_bytes()[:3 * MiB], format="vhd")
    assert r.status_code == 500
    assert x.task.get_status(r.headers["task-id"]) == "failure"
    r = put(daemon, http, other, b"", format="qcow2")
    assert r.status_code == 400
    qemu_check_all(sr_dir(daemon, x, sr))
    x.VDI.destroy(vdi)
    x.VDI.destroy(other)


def test_copy_reports_progress_and_can_be_cancelled(daemon, session, http):
    x = session.xenapi
    sr = local_sr(x)
    directory = sr_dir(daemon, x, sr)
    vdi = new_vdi(x, sr, size=512 * MiB)
    assert put(daemon, http, vdi, pattern(256 * MiB, 19)).status_code == 200
    before = sorted(os.listdir(directory))
    vdis = set(x.SR.get_VDIs(sr))
    task = x.Async.VDI.copy(vdi, sr)
    assert "cancel" in x.task.get_allowed_operations(task)
    x.task.cancel(task)
    rec = wait_task(x, task)
    assert rec["status"] == "cancelled" and rec["error_info"] == ["TASK_CANCELLED", task]
    assert sorted(os.listdir(directory)) == before  # the partial copy is gone
    assert set(x.SR.get_VDIs(sr)) == vdis
    assert x.VDI.get_current_operations(vdi) == {}
    task = x.Async.VDI.copy(vdi, sr)
    progress = set()
    while x.task.get_status(task) == "pending":
        progress.add(float(x.task.get_progress(task)))
        time.sleep(0.01)
    rec = x.task.get_record(task)
    assert rec["status"] == "success" and rec["progress"] == 1.0
    assert any(0 < p < 1 for p in progress), progress
    copy = rec["result"][len("<value>"):-len("</value>")]
    for v in (copy, vdi):
        x.VDI.destroy(v)


def test_udev_devices_introduce_forget_update(daemon, session, tmp_path):
    x = session.xenapi
    host = x.host.get_all()[0]
    devices = tmp_path / "block"
    devices.mkdir()
    (devices / "usb0").write_bytes(b"\x02" * 8192)
    sr = x.SR.create(host, {"location": str(devices)}, "0", "USB", "", "udev", "disk", False, {"type": "block"})
    [vdi] = x.SR.get_VDIs(sr)
    assert x.VDI.get_location(vdi) == "usb0" and x.VDI.get_virtual_size(vdi) == "8192"
    assert failure(x.VDI.destroy, vdi) == ["SR_OPERATION_NOT_SUPPORTED", sr]  # udev has no VDI_DELETE
    x.VDI.add_to_sm_config(vdi, "hotplugged", "true")
    x.VDI.add_to_xenstore_data(vdi, "vm-data/disk", "usb")
    x.VDI.forget(vdi)
    assert x.SR.get_VDIs(sr) == []
    again = x.VDI.introduce("", "usb stick", "", sr, "user", False, False, {}, "usb0", {}, {}, True, "0", "0",
                            "OpaqueRef:NULL", False, "19700101T00:00:00Z", "OpaqueRef:NULL")
    assert x.VDI.get_name_label(again) == "usb stick" and x.VDI.get_virtual_size(again) == "8192"
    assert failure(x.VDI.introduce, "", "none", "", sr, "user", False, False, {}, "usb9", {}, {}, True, "0", "0",
                   "OpaqueRef:NULL", False, "19700101T00:00:00Z", "OpaqueRef:NULL")[0] == "VDI_MISSING"
    with open(devices / "usb0", "ab") as f:
        f.write(b"\x03" * 8192)
    x.VDI.update(again)
    assert x.VDI.get_virtual_size(again) == "16384"
    local = local_sr(x)
    assert failure(x.VDI.introduce, "", "x", "", local, "user", False, False, {}, "nothing", {}, {}, True, "0", "0",
                   "OpaqueRef:NULL", False, "19700101T00:00:00Z", "OpaqueRef:NULL") == \
        ["SR_OPERATION_NOT_SUPPORTED", local]
    x.PBD.unplug(x.SR.get_PBDs(sr)[0])
    x.SR.forget(sr)
    assert (devices / "usb0").exists()


@pytest.fixture
def small_filesystem(tmp_path):
    """A 24 MiB tmpfs (needs root; skipped otherwise)."""
    mountpoint = tmp_path / "small"
    mountpoint.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24M", "tmpfs", str(mountpoint)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root)")
    yield mountpoint
    subprocess.run(["umount", "-l", str(mountpoint)])


def test_sr_full(daemon, session, http, small_filesystem):
    x = session.xenapi
    host = x.host.get_all()[0]
    small = x.SR.create(host, {"location": str(small_filesystem / "sr")}, "0", "small", "", "file", "user", False, {})
    assert int(x.SR.get_physical_size(small)) == 24 * MiB
    source = new_vdi(x, local_sr(x), size=64 * MiB)
    assert put(daemon, http, source, pattern(40 * MiB, 23)).status_code == 200
    details = failure(x.VDI.copy, source, small)
    assert details[0] == "SR_FULL" and int(details[1]) >= 40 * MiB and int(details[2]) <= 24 * MiB
    assert x.SR.get_VDIs(small) == []
    # Thin provisioning: a disk larger than the SR can be made; filling it fails with SR_FULL.
    target = new_vdi(x, small, size=64 * MiB)
    r = put(daemon, http, target, pattern(40 * MiB, 23))
    assert r.status_code == 500
    assert x.task.get_error_info(r.headers["task-id"])[0] == "SR_FULL"
    qemu_check_all(str(small_filesystem / "sr"))
    x.VDI.destroy(target)
    x.VDI.destroy(source)
    x.PBD.unplug(x.SR.get_PBDs(small)[0])
    x.SR.destroy(small)
