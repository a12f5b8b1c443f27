"""PIF, bond, network-purpose and VIF addressing messages (issue 5 part 4; xapi_pif.ml, xapi_bond.ml,
xapi_network.ml, xapi_vif.ml): plug/unplug of VLAN PIFs through the simulated host network stack,
the §6.5 other_config keys applied on plug (mtu, ethtool speed and duplex seen in the PIF and its
metrics), reconfigure_ip/ipv6 with xapi's validation errors, the management interface's
protections, PIF properties, forget and the db_ calls, bond modes and properties, network purposes,
and VIF locking and static IP settings with their address checks."""
import configparser
import os

import pytest

from vmhelpers import add_vif, failure, management_network, vm, wait_for  # noqa: F401 (fixture)

NULL = "OpaqueRef:NULL"


def host_bridges(daemon):
    """The simulated host network's bridges, as the daemon applied them (section per bridge)."""
    ini = configparser.ConfigParser(interpolation=None)
    ini.read(os.path.join(daemon.data_dir, "simulated-host-network.ini"))
    return {name: dict(ini[name]) for name in ini.sections()}


def bridge_of(x, pif):
    return x.network.get_bridge(x.PIF.get_network(pif))


def physical_pif(x):
    [pif] = [p for p in x.PIF.get_all() if x.PIF.get_physical(p)]  # the simulated host's one NIC
    return pif


@pytest.fixture
def vlan_pif(session):
    """An untagged VLAN PIF (tag 7) on the management NIC, on a network of its own."""
    x = session.xenapi
    network = x.network.create({"name_label": "vlan 7", "MTU": "1500", "other_config": {}})
    vlan = x.VLAN.create(physical_pif(x), "7", network)
    yield x.VLAN.get_untagged_PIF(vlan)
    if vlan in x.VLAN.get_all():
        x.VLAN.destroy(vlan)
    x.network.destroy(network)


def test_vlan_pif_plug_unplug_and_other_config(daemon, session, vlan_pif):
    x = session.xenapi
    # VLAN.create brings the VLAN up on the attached NIC's bridge.
    assert x.PIF.get_currently_attached(vlan_pif)
    bridge, parent = bridge_of(x, vlan_pif), bridge_of(x, physical_pif(x))
    assert host_bridges(daemon)[bridge]["port"] == f"vlan {parent} 7"
    assert host_bridges(daemon)[parent]["port"] == "physical " + x.PIF.get_device(physical_pif(x))
    x.PIF.unplug(vlan_pif)
    assert not x.PIF.get_currently_attached(vlan_pif)
    assert bridge not in host_bridges(daemon) and parent in host_bridges(daemon)
    x.PIF.unplug(vlan_pif)  # already down: fine, as in xapi
    # other_config:mtu overrides the network's MTU on the next plug.
    x.PIF.add_to_other_config(vlan_pif, "mtu", "1400")
    x.PIF.plug(vlan_pif)
    assert x.PIF.get_currently_attached(vlan_pif) and x.PIF.get_MTU(vlan_pif) == "1400"
    assert host_bridges(daemon)[bridge]["mtu"] == "1400"
    x.PIF.remove_from_other_config(vlan_pif, "mtu")
    x.PIF.plug(vlan_pif)
    assert x.PIF.get_MTU(vlan_pif) == "1500"
    # disallow_unplug protects it.
    x.PIF.set_disallow_unplug(vlan_pif, True)
    assert failure(x.PIF.unplug, vlan_pif) == ["PIF_DOES_NOT_ALLOW_UNPLUG", vlan_pif]
    assert failure(x.VLAN.destroy, x.PIF.get_VLAN_master_of(vlan_pif)) == ["PIF_DOES_NOT_ALLOW_UNPLUG", vlan_pif]
    x.PIF.set_disallow_unplug(vlan_pif, False)
    x.PIF.unplug(vlan_pif)
    # Only VLAN PIFs can be destroyed; forgetting a VLAN PIF is refused.
    assert failure(x.PIF.forget, vlan_pif) == ["PIF_VLAN_STILL_EXISTS", vlan_pif]
    assert failure(x.PIF.destroy, physical_pif(x)) == ["PIF_IS_PHYSICAL"]
    x.PIF.destroy(vlan_pif)
    assert vlan_pif not in x.PIF.get_all()


def test_management_interface_is_protected(session):
    x = session.xenapi
    nic = physical_pif(x)
    assert x.PIF.get_management(nic)
    assert failure(x.PIF.unplug, nic) == ["PIF_IS_MANAGEMENT_INTERFACE", nic]
    assert failure(x.PIF.forget, nic) == ["PIF_IS_MANAGEMENT_INTERFACE", nic]
    assert failure(x.PIF.reconfigure_ip, nic, "None", "", "", "", "") == ["PIF_IS_MANAGEMENT_INTERFACE", nic]
    assert failure(x.PIF.set_primary_address_type, nic, "IPv6") == ["PIF_IS_MANAGEMENT_INTERFACE", nic]
    assert failure(x.PIF.reconfigure_ip, nic, "Static", "10.1.1.1", "", "", "") == ["INVALID_IP_ADDRESS_SPECIFIED", "netmask"]


def test_ethtool_settings_and_properties_on_the_physical_nic(daemon, session, vlan_pif):
    x = session.xenapi
    nic = physical_pif(x)
    bridge = bridge_of(x, nic)
    metrics = x.PIF.get_metrics(nic)
    keys = {"ethtool-speed": "100", "ethtool-duplex": "half", "ethtool-tx": "false", "ethtool-sg": "bogus",
            "promiscuous": "on"}
    for k, v in keys.items():
        x.PIF.add_to_other_config(nic, k, v)
    try:
        x.PIF.plug(nic)  # re-applies the settings of an attached PIF
        m = x.PIF_metrics.get_record(metrics)
        assert m["speed"] == "100" and m["duplex"] is False and m["carrier"] is True
        assert x.PIF.get_currently_attached(nic)
        applied = host_bridges(daemon)[bridge]
        assert (applied["ethtool-speed"], applied["ethtool-duplex"], applied["promiscuous"]) == ("100", "half", "true")
        assert applied["offload-tx"] == "off" and "offload-sg" not in applied  # invalid values are ignored
        assert applied["offload-gro"] == "on"  # from PIF.properties
        assert applied["persistent"] == "true" and applied["ipv4"].startswith("static ")
    finally:
        for k in keys:
            x.PIF.remove_from_other_config(nic, k)
        x.PIF.plug(nic)
    assert host_bridges(daemon)[bridge]["promiscuous"] == "false"
    # gro is the one property, on or off, for physical PIFs and bond masters only.
    assert x.PIF.get_properties(nic) == {"gro": "on"}
    x.PIF.set_property(nic, "gro", "off")
    assert x.PIF.get_properties(nic) == {"gro": "off"}
    assert host_bridges(daemon)[bridge]["offload-gro"] == "off"  # applied at once, and to the VLAN on it
    assert host_bridges(daemon)[bridge_of(x, vlan_pif)]["port"].startswith("vlan ")
    x.PIF.set_property(nic, "gro", "on")
    assert failure(x.PIF.set_property, nic, "gro", "maybe") == ["INVALID_VALUE", "properties", "gro = maybe"]
    assert failure(x.PIF.set_property, nic, "mtu", "on") == ["INVALID_VALUE", "properties", "mtu = on"]
    assert failure(x.PIF.set_property, vlan_pif, "gro", "off") == ["CANNOT_CHANGE_PIF_PROPERTIES", vlan_pif]


def test_reconfigure_ip_and_ipv6(daemon, session, vlan_pif):
    x = session.xenapi
    x.PIF.reconfigure_ip(vlan_pif, "Static", "192.168.7.10", "255.255.255.0", "192.168.7.1", "192.168.7.53,2001:db8::53")
    applied = host_bridges(daemon)[bridge_of(x, vlan_pif)]
    assert applied["ipv4"] == "static 192.168.7.10 255.255.255.0 192.168.7.1" and applied["dns"] == "192.168.7.53"
    r = x.PIF.get_record(vlan_pif)
    assert (r["ip_configuration_mode"], r["IP"], r["netmask"], r["gateway"]) == \
        ("Static", "192.168.7.10", "255.255.255.0", "192.168.7.1")
    assert r["DNS"] == "192.168.7.53"  # only the IPv4 servers
    assert r["currently_attached"]
    assert failure(x.PIF.reconfigure_ip, vlan_pif, "Static", "", "255.255.255.0", "", "") == \
        ["INVALID_IP_ADDRESS_SPECIFIED", "IP"]
    assert failure(x.PIF.reconfigure_ip, vlan_pif, "Static", "10.0.0.1", "255.255.255.0.1", "", "") == \
        ["INVALID_IP_ADDRESS_SPECIFIED", "netmask"]
    assert failure(x.PIF.reconfigure_ip, vlan_pif, "DHCP", "", "", "300.1.1.1", "") == \
        ["INVALID_IP_ADDRESS_SPECIFIED", "gateway"]
    x.PIF.reconfigure_ipv6(vlan_pif, "Static", "2001:db8:7::10/64", "2001:db8:7::1", "2001:db8::53,10.0.0.53")
    r = x.PIF.get_record(vlan_pif)
    assert (r["ipv6_configuration_mode"], r["IPv6"], r["ipv6_gateway"]) == ("Static", ["2001:db8:7::10/64"], "2001:db8:7::1")
    assert r["DNS"].split(",") == ["2001:db8::53", "192.168.7.53"]  # IPv6 servers replaced, IPv4 kept
    assert host_bridges(daemon)[bridge_of(x, vlan_pif)]["ipv6"] == "static 2001:db8:7::10/64 2001:db8:7::1"
    assert failure(x.PIF.reconfigure_ipv6, vlan_pif, "Static", "2001:db8:7::10", "", "") == \
        ["INVALID_CIDR_ADDRESS_SPECIFIED", "IPv6"]
    assert failure(x.PIF.reconfigure_ipv6, vlan_pif, "Static", "2001:db8:7::10/64", "10.0.0.1", "") == \
        ["INVALID_IP_ADDRESS_SPECIFIED", "gateway"]
    x.PIF.set_primary_address_type(vlan_pif, "IPv6")
    assert x.PIF.get_primary_address_type(vlan_pif) == "IPv6"
    x.PIF.reconfigure_ip(vlan_pif, "None", "", "", "", "")
    assert x.PIF.get_ip_configuration_mode(vlan_pif) == "None" and x.PIF.get_IP(vlan_pif) == ""


def test_db_introduce_and_forget(session):
    x = session.xenapi
    host = x.host.get_all()[0]
    network = x.network.create({"name_label": "introduced", "other_config": {}})
    try:
        pif = x.PIF.db_introduce("eth9", network, host, "aa:bb:cc:00:00:09", "1500", "-1", True, "None", "", "", "",
                                 "", NULL, NULL, False, {"k": "v"}, False, "None", [], "", "IPv4", True, {"gro": "on"})
        r = x.PIF.get_record(pif)
        assert r["device"] == "eth9" and r["network"] == network and not r["currently_attached"]
        assert r["other_config"] == {"k": "v"} and r["metrics"] != NULL and r["properties"] == {"gro": "on"}
        assert pif in x.network.get_PIFs(network)
        # forget is allowed for a physical PIF that nothing depends on.
        x.PIF.forget(pif)
        assert pif not in x.PIF.get_all()
        pif = x.PIF.db_introduce("eth9", network, host, "aa:bb:cc:00:00:09", "1500", "-1", True, "None", "", "", "",
                                 "", NULL, NULL, False, {}, False, "None", [], "", "IPv4", False, {})
        assert failure(x.PIF.plug, pif) == ["PIF_UNMANAGED", pif]
        x.PIF.db_forget(pif)
        assert pif not in x.PIF.get_all()
    finally:
        x.network.destroy(network)


def test_bond_mode_and_properties(daemon, session):
    x = session.xenapi
    nic = physical_pif(x)
    network = x.network.create({"name_label": "bond", "other_config": {}})
    try:
        assert failure(x.Bond.create, network, [nic], "", "lacp", {"lacp-time": "sometimes"}) == \
            ["INVALID_VALUE", "properties", "lacp-time = sometimes"]
        bond = x.Bond.create(network, [nic], "", "lacp", {"lacp-time": "fast"})
        master = x.Bond.get_master(bond)
        assert x.Bond.get_properties(bond) == {"lacp-time": "fast", "hashing_algorithm": "tcpudp_ports",
                                               "lacp-fallback-ab": "true"}
        # The master is up; the slave is no longer attached on its own.
        assert x.PIF.get_currently_attached(master) and not x.PIF.get_currently_attached(nic)
        assert failure(x.PIF.plug, nic) == ["CANNOT_PLUG_BOND_SLAVE", nic]
        assert failure(x.PIF.set_property, nic, "gro", "off") == ["CANNOT_CHANGE_PIF_PROPERTIES", nic]
        x.Bond.set_property(bond, "lacp-aggregation-key", "42")
        assert x.Bond.get_properties(bond)["lacp-aggregation-key"] == "42"
        assert failure(x.Bond.set_property, bond, "lacp-aggregation-key", "x") == \
            ["INVALID_VALUE", "properties", "lacp-aggregation-key = x"]
        x.Bond.set_mode(bond, "active-backup")
        assert x.Bond.get_mode(bond) == "active-backup" and x.Bond.get_properties(bond) == {}
        assert failure(x.Bond.set_property, bond, "lacp-time", "fast") == ["INVALID_VALUE", "properties", "lacp-time = fast"]
        x.Bond.set_mode(bond, "lacp")
        assert x.Bond.get_properties(bond)["lacp-time"] == "slow"
        bridge = x.network.get_bridge(network)
        device = x.PIF.get_device(nic)
        assert host_bridges(daemon)[bridge]["port"] == \
            f"bond bond0 {device} lacp hashing_algorithm=tcpudp_ports lacp-fallback-ab=true lacp-time=slow"
        x.PIF.set_property(master, "gro", "off")
        assert x.PIF.get_properties(nic) == {"gro": "off"}  # the slaves follow the master
        x.PIF.set_property(master, "gro", "on")
        x.Bond.destroy(bond)
        assert x.PIF.get_currently_attached(nic) and x.PIF.get_management(nic)
        assert bridge not in host_bridges(daemon) and x.network.get_bridge(management_network(x)) in host_bridges(daemon)
    finally:
        for bond in x.Bond.get_all():  # left behind by a failed assertion
            x.Bond.destroy(bond)
        x.network.destroy(network)


def test_unmanaged_network(session):
    x = session.xenapi
    network = x.network.create({"name_label": "unmanaged", "managed": False, "other_config": {}})
    try:
        assert not x.network.get_managed(network)
        assert failure(x.VLAN.create, physical_pif(x), "9", network) == ["NETWORK_UNMANAGED", network]
        assert failure(x.network.add_purpose, network, "nbd") == ["NETWORK_UNMANAGED", network]
    finally:
        x.network.destroy(network)


def test_network_purposes(session):
    x = session.xenapi
    a = x.network.create({"name_label": "nbd a", "other_config": {}})
    b = x.network.create({"name_label": "nbd b", "other_config": {}})
    try:
        x.network.add_purpose(a, "nbd")
        x.network.add_purpose(a, "nbd")  # already there: nothing to do
        assert x.network.get_purpose(a) == ["nbd"]
        assert failure(x.network.add_purpose, b, "insecure_nbd") == ["NETWORK_INCOMPATIBLE_PURPOSES", "insecure_nbd", "nbd"]
        x.network.add_purpose(b, "nbd")
        x.network.remove_purpose(a, "nbd")
        x.network.remove_purpose(b, "nbd")
        x.network.remove_purpose(b, "nbd")
        x.network.add_purpose(b, "insecure_nbd")
        assert failure(x.network.add_purpose, a, "nbd") == ["NETWORK_INCOMPATIBLE_PURPOSES", "nbd", "insecure_nbd"]
        x.network.remove_purpose(b, "insecure_nbd")
        assert x.network.get_purpose(b) == []
    finally:
        x.network.destroy(a)
        x.network.destroy(b)


def test_vif_locking_and_allowed_addresses(session, vm):
    x = session.xenapi
    vif = add_vif(x, vm, "0")
    x.VIF.set_ipv4_allowed(vif, ["10.0.0.1", "10.0.0.1", "10.0.1.0/24"])
    assert x.VIF.get_ipv4_allowed(vif) == ["10.0.0.1", "10.0.1.0/24"]
    assert failure(x.VIF.set_ipv4_allowed, vif, ["10.0.0.1", "nonsense"]) == ["INVALID_IP_ADDRESS_SPECIFIED", "ipv4_allowed"]
    assert failure(x.VIF.add_ipv4_allowed, vif, "2001:db8::1") == ["INVALID_IP_ADDRESS_SPECIFIED", "ipv4_allowed"]
    x.VIF.add_ipv4_allowed(vif, "10.0.0.2")
    x.VIF.remove_ipv4_allowed(vif, "10.0.0.1")
    assert x.VIF.get_ipv4_allowed(vif) == ["10.0.1.0/24", "10.0.0.2"]
    x.VIF.set_ipv6_allowed(vif, ["2001:db8::1"])
    x.VIF.add_ipv6_allowed(vif, "2001:db8:1::/48")
    assert failure(x.VIF.add_ipv6_allowed, vif, "10.0.0.1") == ["INVALID_IP_ADDRESS_SPECIFIED", "ipv6_allowed"]
    x.VIF.remove_ipv6_allowed(vif, "2001:db8::1")
    assert x.VIF.get_ipv6_allowed(vif) == ["2001:db8:1::/48"]
    x.VIF.set_locking_mode(vif, "locked")
    assert x.VIF.get_locking_mode(vif) == "locked"
    # Live on a running VM: plugged VIFs take the new rules (xenstore, checked by unit tests).
    x.VM.start(vm, False, False)
    try:
        network = x.VIF.get_network(vif)
        assert failure(x.network.set_default_locking_mode, network, "disabled") == ["VIF_IN_USE", network, vif]
        x.VIF.set_locking_mode(vif, "disabled")
        x.VIF.add_ipv4_allowed(vif, "10.0.0.3")
        x.VIF.set_locking_mode(vif, "network_default")
        assert x.VIF.get_locking_mode(vif) == "network_default" and "10.0.0.3" in x.VIF.get_ipv4_allowed(vif)
    finally:
        x.VM.hard_shutdown(vm)
    x.network.set_default_locking_mode(network, "disabled")
    assert x.network.get_default_locking_mode(network) == "disabled"
    x.network.set_default_locking_mode(network, "unlocked")


def test_vif_static_ip_configuration_checks(session, vm):
    x = session.xenapi
    vif = add_vif(x, vm, "0")
    assert failure(x.VIF.configure_ipv4, vif, "Static", "10.0.0.5", "") == ["INVALID_CIDR_ADDRESS_SPECIFIED", "address"]
    assert failure(x.VIF.configure_ipv4, vif, "Static", "10.0.0.5/33", "") == ["INVALID_CIDR_ADDRESS_SPECIFIED", "address"]
    assert failure(x.VIF.configure_ipv4, vif, "Static", "10.0.0.5/24", "10.0.0") == ["INVALID_IP_ADDRESS_SPECIFIED", "gateway"]
    assert failure(x.VIF.configure_ipv6, vif, "Static", "2001:db8::5", "") == ["INVALID_CIDR_ADDRESS_SPECIFIED", "address"]
    x.VIF.set_locking_mode(vif, "locked")
    x.VIF.set_ipv4_allowed(vif, ["10.0.0.6"])
    assert failure(x.VIF.configure_ipv4, vif, "Static", "10.0.0.5/24", "") == \
        ["ADDRESS_VIOLATES_LOCKING_CONSTRAINT", "10.0.0.5/24"]
    # The checks pass; the guest has no agent that can apply a static address.
    assert failure(x.VIF.configure_ipv4, vif, "Static", "10.0.0.6/24", "10.0.0.1") == ["VM_LACKS_FEATURE", vm]
    assert failure(x.VIF.configure_ipv4, vif, "None", "", "") == ["VM_LACKS_FEATURE", vm]
    assert x.VIF.get_ipv4_configuration_mode(vif) == "None"
    # A running guest whose agent offers feature-static-ip-setting takes one (xenstore keys: unit tests).
    x.VIF.set_locking_mode(vif, "network_default")
    x.VM.start(vm, False, False)
    try:
        wait_for(lambda: x.VM.get_guest_metrics(vm) != "OpaqueRef:NULL" and
                 x.VM_guest_metrics.get_other(x.VM.get_guest_metrics(vm)).get("feature-static-ip-setting") == "1",
                 what="the guest agent's features")
        x.VIF.configure_ipv4(vif, "Static", "10.0.0.6/24", "10.0.0.1")
        assert x.VIF.get_ipv4_configuration_mode(vif) == "Static"
        assert x.VIF.get_ipv4_addresses(vif) == ["10.0.0.6/24"] and x.VIF.get_ipv4_gateway(vif) == "10.0.0.1"
        x.VIF.configure_ipv6(vif, "Static", "2001:db8::6/64", "")
        assert x.VIF.get_ipv6_configuration_mode(vif) == "Static"
        x.VIF.configure_ipv4(vif, "None", "", "")
        assert x.VIF.get_ipv4_configuration_mode(vif) == "None"
    finally:
        x.VM.hard_shutdown(vm)
