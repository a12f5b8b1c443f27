"""Messages (alerts about an object; ocaml/xapi/xapi_message.ml): create with the object check,
the getters clients use (XenCenter loads get_all_records at connect), filters by object and time,
destroy, events to `message` subscribers, RBAC, and persistence across a restart."""
import time
import xmlrpc.client

from vmhelpers import failure


def host_uuid(s):
    return s.xenapi.host.get_uuid(s.xenapi.host.get_all()[0])


def test_create_and_read_back(session):
    s = session
    uuid = host_uuid(s)
    ref = s.xenapi.message.create("HOST_CLOCK_SKEW_DETECTED", "3", "Host", uuid, "clock skew of 62 s")
    rec = s.xenapi.message.get_record(ref)
    assert rec["name"] == "HOST_CLOCK_SKEW_DETECTED"
    assert rec["priority"] == "3"
    assert rec["cls"] == "Host"
    assert rec["obj_uuid"] == uuid
    assert rec["body"] == "clock skew of 62 s"
    assert isinstance(rec["timestamp"], xmlrpc.client.DateTime)
    assert s.xenapi.message.get_by_uuid(rec["uuid"]) == ref
    assert ref in s.xenapi.message.get_all()
    assert s.xenapi.message.get_all_records()[ref] == rec
    where = s.xenapi.message.get_all_records_where('field "name" = "HOST_CLOCK_SKEW_DETECTED"')
    assert list(where) == [ref]
    s.xenapi.message.destroy(ref)
    assert ref not in s.xenapi.message.get_all()


def test_get_by_object_and_since(session):
    s = session
    uuid = host_uuid(s)
    pool_uuid = s.xenapi.pool.get_uuid(s.xenapi.pool.get_all()[0])
    on_host = s.xenapi.message.create("A", "1", "Host", uuid, "")
    on_pool = s.xenapi.message.create("B", "1", "Pool", pool_uuid, "")
    epoch = xmlrpc.client.DateTime("19700101T00:00:00Z")
    mine = s.xenapi.message.get("Host", uuid, epoch)
    assert on_host in mine and on_pool not in mine
    assert on_pool in s.xenapi.message.get("Pool", pool_uuid, epoch)
    future = xmlrpc.client.DateTime(time.strftime("%Y%m%dT%H:%M:%SZ", time.gmtime(time.time() + 3600)))
    assert s.xenapi.message.get("Host", uuid, future) == {}
    assert s.xenapi.message.get_since(future) == {}
    assert {on_host, on_pool} <= set(s.xenapi.message.get_since(epoch))
    s.xenapi.message.destroy_many([on_host, on_pool])
    assert not {on_host, on_pool} & set(s.xenapi.message.get_all())


def test_errors(session):
    s = session
    assert failure(s.xenapi.message.create, "X", "1", "VM", "no-such-uuid", "") == ["UUID_INVALID", "VM", "no-such-uuid"]
    assert failure(s.xenapi.message.get, "VM", "no-such-uuid",
                    xmlrpc.client.DateTime("19700101T00:00:00Z")) == ["UUID_INVALID"]
    assert failure(s.xenapi.message.destroy, "OpaqueRef:nope") == ["HANDLE_INVALID", "message", "OpaqueRef:nope"]
    assert failure(s.xenapi.message.get_record, "OpaqueRef:nope") == ["HANDLE_INVALID", "message", "OpaqueRef:nope"]
    assert failure(s.xenapi.message.get_by_uuid, "nope") == ["UUID_INVALID", "message", "nope"]


def test_events_reach_message_subscribers_only(session):
    s = session
    start = s.xenapi.event_from(["message"], "", 0.0)["token"]
    other = s.xenapi.event_from(["vm"], "", 0.0)["token"]
    ref = s.xenapi.message.create("VM_STARTED", "5", "Host", host_uuid(s), "")
    batch = s.xenapi.event_from(["message"], start, 5.0)
    adds = [e for e in batch["events"] if e["ref"] == ref]
    assert [e["operation"] for e in adds] == ["add"]
    assert adds[0]["class"] == "message" and adds[0]["snapshot"]["name"] == "VM_STARTED"
    assert all(e["class"] == "vm" for e in s.xenapi.event_from(["vm"], other, 0.0)["events"])
    s.xenapi.message.destroy(ref)
    dels = s.xenapi.event_from(["message"], batch["token"], 5.0)["events"]
    assert [(e["operation"], e["ref"]) for e in dels] == [("del", ref)]


def test_read_only_users_may_read_but_not_create(daemon):
    reader = daemon.http_session("reader")
    try:
        reader.xenapi.message.get_all_records()
        details = failure(reader.xenapi.message.create, "X", "1", "Host", host_uuid(reader), "")
        assert details[0] == "RBAC_PERMISSION_DENIED" and details[1] == "message.create"
    finally:
        reader.xenapi.session.logout()


def test_messages_survive_a_restart(fresh_daemon):
    s = fresh_daemon.unix_session()
    ref = s.xenapi.message.create("KEEP_ME", "2", "Host", host_uuid(s), "body")
    fresh_daemon.stop()
    fresh_daemon.start()
    s = fresh_daemon.unix_session()
    assert s.xenapi.message.get_record(ref)["name"] == "KEEP_ME"
