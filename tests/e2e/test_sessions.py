"""Logins over every transport, failures, logout, and RBAC (notes §2)."""
import xmlrpc.client

import pytest
import XenAPI


def raw(daemon):
    return xmlrpc.client.ServerProxy(daemon.http_url)


def test_login_over_unix_socket_needs_no_password(daemon):
    s = XenAPI.Session(daemon.unix_url, transport=XenAPI.UDSTransport())
    s.login_with_password("root", "wrong-password-is-fine-locally")
    assert s.xenapi.session.get_is_local_superuser(s.handle) is True
    s.xenapi.session.logout()


def test_socket_alias_points_at_the_same_socket(daemon):
    s = XenAPI.Session("http://" + daemon.alias.replace("/", "_"), transport=XenAPI.UDSTransport())
    s.login_with_password("root", "")
    assert s.xenapi.pool.get_all()
    s.xenapi.session.logout()


def test_login_over_tls(daemon):
    s = daemon.https_session()
    assert len(s.xenapi.host.get_all()) == 1
    s.xenapi.session.logout()


def test_login_over_plain_http(daemon):
    s = daemon.http_session()
    assert len(s.xenapi.host.get_all()) == 1
    s.xenapi.session.logout()


def test_login_with_two_three_and_four_params(daemon):
    p = raw(daemon)
    for params in (("root", "rootpw"), ("root", "rootpw", "1.0"), ("root", "rootpw", "2.19.14", "tool/1")):
        r = p.session.login_with_password(*params)
        assert r["Status"] == "Success", r
        assert r["Value"].startswith("OpaqueRef:")
        p.session.logout(r["Value"])


def test_wrong_password(daemon):
    r = raw(daemon).session.login_with_password("root", "nope")
    assert r["Status"] == "Failure"
    assert r["ErrorDescription"] == ["SESSION_AUTHENTICATION_FAILED", "root", "Authentication failure"]
    with pytest.raises(XenAPI.Failure) as e:
        XenAPI.Session(daemon.http_url).login_with_password("alice", "bad")
    assert e.value.details[0] == "SESSION_AUTHENTICATION_FAILED"


def test_logout_then_reuse_is_session_invalid(daemon):
    p = raw(daemon)
    ref = p.session.login_with_password("root", "rootpw")["Value"]
    assert p.host.get_all(ref)["Status"] == "Success"
    assert p.session.logout(ref)["Status"] == "Success"
    r = p.host.get_all(ref)
    assert r["ErrorDescription"] == ["SESSION_INVALID", ref]
    r = p.session.get_uuid(ref, ref)
    assert r["ErrorDescription"] == ["SESSION_INVALID", ref]


def test_session_fields(daemon):
    s = daemon.http_session()
    this_host = s.xenapi.session.get_this_host(s.handle)
    assert this_host == s.xenapi.host.get_all()[0]
    rec = s.xenapi.session.get_record(s.handle)
    assert rec["auth_user_name"] == "root"
    assert rec["originator"] == "e2e-tests"
    assert rec["this_user"] == "OpaqueRef:NULL"
    assert s.xenapi.session.get_rbac_permissions(s.handle) == []
    s.xenapi.session.logout()


def test_rbac_read_only_user(daemon):
    s = daemon.http_session("reader")
    assert s.xenapi.session.get_is_local_superuser(s.handle) is False
    perms = s.xenapi.session.get_rbac_permissions(s.handle)
    assert "vm.get_record" in perms and "vm.start" not in perms
    vms = s.xenapi.VM.get_all()
    assert vms
    with pytest.raises(XenAPI.Failure) as e:
        s.xenapi.VM.set_name_label(vms[0], "not allowed")
    assert e.value.details[0] == "RBAC_PERMISSION_DENIED"
    assert e.value.details[1] == "vm.set_name_label"
    assert "Roles with this permission: pool-admin" in e.value.details[2]
    # An unknown method with a session is a host extension call, which read-only may not make.
    r = xmlrpc.client.ServerProxy(daemon.http_url).no_such.method(s.handle)
    assert r["ErrorDescription"][:2] == ["RBAC_PERMISSION_DENIED", "host.call_extension"]
    subject = s.xenapi.session.get_subject(s.handle)
    roles = s.xenapi.subject.get_roles(subject)
    assert [s.xenapi.role.get_name_label(r) for r in roles] == ["read-only"]
    s.xenapi.session.logout()


def test_roles_are_static_and_md5_derived(session):
    pool_admin = session.xenapi.role.get_by_uuid("0165f154-ba3e-034e-6b27-5d271af109ba")
    assert session.xenapi.role.get_name_label(pool_admin) == "pool-admin"
    assert set(session.xenapi.role.get_by_name_label("read-only")) == {
        session.xenapi.role.get_by_uuid("7233b8e3-eacb-d7da-2c95-f2e581cdbf4e")}
    perms = session.xenapi.role.get_permissions_name_label(pool_admin)
    assert "vm.start" in perms and "session.logout" in perms
    records = session.xenapi.role.get_all_records()
    assert len(records) > 1000


def test_session_cap_evicts_least_recently_used(daemon):
    p = raw(daemon)
    first = p.session.login_with_password("alice", "alicepw", "1.0", "cap-test")["Value"]
    refs = [p.session.login_with_password("alice", "alicepw", "1.0", "cap-test")["Value"] for _ in range(499)]
    # Using the first session makes it the most recently used.
    assert p.pool.get_all(first)["Status"] == "Success"
    extra = p.session.login_with_password("alice", "alicepw", "1.0", "cap-test")["Value"]
    assert p.pool.get_all(first)["Status"] == "Success"
    assert p.pool.get_all(extra)["Status"] == "Success"
    assert p.pool.get_all(refs[0])["ErrorDescription"][0] == "SESSION_INVALID"
    assert p.pool.get_all(refs[1])["Status"] == "Success"


def test_change_password_for_the_file_authenticator(fresh_daemon):
    d = fresh_daemon
    s = d.http_session("alice")
    with pytest.raises(XenAPI.Failure) as e:
        s.xenapi.session.change_password("wrong", "newpw")
    assert e.value.details[0] == "SESSION_AUTHENTICATION_FAILED"
    s.xenapi.session.change_password("alicepw", "newpw")
    with pytest.raises(XenAPI.Failure):
        XenAPI.Session(d.http_url).login_with_password("alice", "alicepw")
    t = XenAPI.Session(d.http_url)
    t.login_with_password("alice", "newpw")
    t.xenapi.session.logout()
    r = daemon_reader(d)
    with pytest.raises(XenAPI.Failure) as e:
        r.xenapi.session.change_password("readerpw", "x")
    assert e.value.details[0] in ("USER_IS_NOT_LOCAL_SUPERUSER", "RBAC_PERMISSION_DENIED")


def daemon_reader(d):
    s = XenAPI.Session(d.http_url)
    s.login_with_password("reader", "readerpw")
    return s


def test_subject_roles_and_logout_subject_identifier(fresh_daemon):
    d = fresh_daemon
    reader = daemon_reader(d)
    subject = reader.xenapi.session.get_subject(reader.handle)
    sid = reader.xenapi.session.get_auth_user_sid(reader.handle)
    assert sid == "local:reader"
    root = d.http_session()
    assert sid in root.xenapi.session.get_all_subject_identifiers()
    perms = root.xenapi.subject.get_permissions_name_label(subject)
    assert "vm.get_record" in perms and "vm.start" not in perms
    vm_admin = root.xenapi.role.get_by_name_label("vm-admin")[0]
    root.xenapi.subject.add_to_roles(subject, vm_admin)
    assert "vm.start" in root.xenapi.subject.get_permissions_name_label(subject)
    root.xenapi.session.logout_subject_identifier(sid)
    r = xmlrpc.client.ServerProxy(d.http_url).pool.get_all(reader.handle)
    assert r["ErrorDescription"][0] == "SESSION_INVALID"


def test_daemon_that_cannot_bind_says_why_and_exits_non_zero(daemon):
    import subprocess
    from conftest import Daemon
    other = Daemon()
    other.http_port = daemon.http_port  # already taken
    try:
        p = subprocess.run(other.args(), capture_output=True, timeout=60)
        assert p.returncode != 0
        assert b"Address already in use" in p.stderr
    finally:
        other.cleanup()
