"""What a freshly installed XenServer 7.1 host has (notes §6.3, SDK guide ch. 7)."""
import socket


def test_pool_and_host(session):
    x = session.xenapi
    pools = x.pool.get_all()
    assert len(pools) == 1
    host = x.pool.get_master(pools[0])
    assert x.host.get_all() == [host]
    h = x.host.get_record(host)
    assert h["hostname"] == socket.gethostname()
    assert h["name_label"] == socket.gethostname()
    assert h["enabled"] is True
    assert (h["API_version_major"], h["API_version_minor"], h["API_version_vendor"]) == ("2", "6", "XenSource")
    sv = h["software_version"]
    assert sv["product_version"] == "7.1.0"
    for key in ("product_brand", "platform_name", "platform_version", "xapi", "build_number", "hostname",
                "date", "xen", "linux", "network_backend", "db_schema"):
        assert key in sv, key
    assert [int(p) for p in sv["product_version"].split(".")] == [7, 1, 0]
    assert float(h["other_config"]["boot_time"]) > 0
    assert float(h["other_config"]["agent_start_time"]) > 0
    assert h["address"]
    metrics = x.host_metrics.get_record(h["metrics"])
    assert metrics["live"] is True and int(metrics["memory_total"]) > 0
    cpus = x.host.get_host_CPUs(host)
    assert len(cpus) >= 1
    assert x.host_cpu.get_record(cpus[0])["host"] == host


def test_control_domain(session):
    x = session.xenapi
    host = x.host.get_all()[0]
    dom0 = x.host.get_control_domain(host)
    r = x.VM.get_record(dom0)
    assert r["is_control_domain"] is True and r["power_state"] == "Running" and r["domid"] == "0"
    assert r["resident_on"] == host and not r["is_a_template"]
    assert r["name_label"].startswith("Control domain on host: ")
    assert x.VM_metrics.get_record(r["metrics"])
    consoles = {x.console.get_protocol(c): x.console.get_location(c) for c in r["consoles"]}
    assert set(consoles) == {"rfb", "vt100"}
    for c in r["consoles"]:
        assert x.console.get_location(c).endswith("/console?ref=" + c)
        assert x.console.get_location(c).startswith("https://")


def test_networks_storage_and_sm(session):
    x = session.xenapi
    nets = x.network.get_all_records().values()
    assert any(n["bridge"] == "xenapi" and n["other_config"].get("is_host_internal_management_network") == "true"
               for n in nets)
    pifs = x.PIF.get_all_records().values()
    assert any(p["management"] for p in pifs)
    srs = {r["name_label"]: r for r in x.SR.get_all_records().values()}
    local = srs["Local storage"]
    assert local["other_config"]["i18n-key"] == "local-storage"
    assert local["PBDs"] and x.PBD.get_currently_attached(local["PBDs"][0]) is True
    assert any(r["other_config"].get("i18n-key") == "local-hotplug-cd" for r in srs.values())
    assert any(r["other_config"].get("i18n-key") == "local-hotplug-disk" for r in srs.values())
    types = {x.SM.get_type(s) for s in x.SM.get_all()}
    assert {"ext", "iso", "udev"} <= types


def test_default_templates(session):
    x = session.xenapi
    templates = {r["name_label"]: r for r in x.VM.get_all_records().values()
                 if r["is_a_template"] and not r["is_a_snapshot"]}
    assert len(templates) >= 15
    for name in ("Debian Jessie 8.0", "CentOS 7", "Ubuntu Xenial Xerus 16.04", "Windows 10 (64-bit)",
                 "Windows Server 2016 (64-bit)", "Other install media"):
        assert name in templates, name
    for t in templates.values():
        oc = t["other_config"]
        assert oc["default_template"] == "true"
        assert "install-methods" in oc or t["name_label"] == "Other install media"
        assert int(t["memory_static_max"]) > 0 and int(t["VCPUs_max"]) >= 1
    assert "disks" in templates["Debian Jessie 8.0"]["other_config"]
    assert x.VM.get_by_name_label("CentOS 7") == [r for r, v in x.VM.get_all_records().items()
                                                  if v["name_label"] == "CentOS 7"]
