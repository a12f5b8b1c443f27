"""Events as clients use them (notes §4, clients.md §3): a watch-all-events loop over event.from,
token "" loading everything, class and object filters, timeouts, the legacy register/next queue
with EVENTS_LOST, event.inject, logout waking a blocked call, the pool heartbeat, task events."""
import hashlib
import re
import threading
import time
import xmlrpc.client

import pytest
import XenAPI

from conftest import Daemon

QUEUE_LENGTH = 20
TOKEN = re.compile(r"^\d{20},\d{20}$")


@pytest.fixture(scope="module")
def events_daemon():
    """A daemon of this module's own: a short event.next queue and no heartbeat, so that
    'nothing happening' really means nothing."""
    d = Daemon()
    with open(d.config, "a") as f:
        f.write(f"event-queue-length = {QUEUE_LENGTH}\nevent-heartbeat-interval = 0\n")
    d.start()
    yield d
    d.cleanup()


@pytest.fixture
def s(events_daemon):
    session = events_daemon.unix_session()
    yield session
    try:
        session.xenapi.session.logout()
    except Exception:
        pass


def new_vm(x, name="events vm"):
    return x.VM.create({
        "name_label": name, "name_description": "", "user_version": "1", "is_a_template": False,
        "affinity": "OpaqueRef:NULL", "memory_static_max": "268435456", "memory_dynamic_max": "268435456",
        "memory_dynamic_min": "268435456", "memory_static_min": "134217728", "VCPUs_params": {},
        "VCPUs_max": "1", "VCPUs_at_startup": "1", "actions_after_shutdown": "destroy",
        "actions_after_reboot": "restart", "actions_after_crash": "restart", "PV_bootloader": "",
        "PV_kernel": "", "PV_ramdisk": "", "PV_args": "", "PV_bootloader_args": "", "PV_legacy_args": "",
        "HVM_boot_policy": "BIOS order", "HVM_boot_params": {"order": "cdn"}, "platform": {},
        "PCI_bus": "", "other_config": {}, "recommendations": ""})


def current_token(x, classes=("*",)):
    return x.event_from(list(classes), "", 0.0)["token"]


def wait_until(predicate, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return False


class Watcher(threading.Thread):
    """watch-all-events.py: loop over event.from on a session of its own, keeping every event."""

    def __init__(self, daemon, classes=("*",)):
        super().__init__(daemon=True)
        self.session = daemon.unix_session()
        self.classes = list(classes)
        self.token = current_token(self.session.xenapi, classes)
        self.events = []
        self.batches = 0
        self.error = None
        self.stopping = False

    def run(self):
        try:
            while not self.stopping:
                r = self.session.xenapi.event_from(self.classes, self.token, 1.0)
                assert TOKEN.match(r["token"]) and r["token"] >= self.token
                self.token = r["token"]
                self.events += r["events"]
                self.batches += 1
        except Exception as e:  # reported by stop()
            self.error = e

    def of(self, ref):
        return [e for e in self.events if e["ref"] == ref]

    def stop(self):
        self.stopping = True
        self.join(5)
        self.session.xenapi.session.logout()
        assert self.error is None, self.error


def test_watch_all_events_sees_add_mod_del_in_order(events_daemon, s):
    x = s.xenapi
    watcher = Watcher(events_daemon)
    watcher.start()
    vm = new_vm(x, "watched")
    assert wait_until(lambda: watcher.of(vm))
    x.VM.set_name_label(vm, "watched, renamed")
    assert wait_until(lambda: len(watcher.of(vm)) >= 2)
    x.VM.destroy(vm)
    assert wait_until(lambda: len(watcher.of(vm)) >= 3)
    watcher.stop()
    events = watcher.of(vm)
    assert [e["operation"] for e in events] == ["add", "mod", "del"]
    assert all(e["class"] == "vm" for e in events)
    ids = [int(e["id"]) for e in events]
    assert ids == sorted(ids) and len(set(ids)) == 3
    assert all(isinstance(e["id"], str) and isinstance(e["timestamp"], str) for e in events)
    assert events[0]["snapshot"]["name_label"] == "watched"
    assert events[1]["snapshot"]["name_label"] == "watched, renamed"
    assert events[1]["snapshot"]["uuid"] == events[0]["snapshot"]["uuid"]
    assert "snapshot" not in events[2]
    # Ids increase across the whole stream, batch after batch.
    all_ids = [int(e["id"]) for e in watcher.events]
    assert all_ids == sorted(all_ids)


def test_empty_token_returns_every_object_as_add(s):
    x = s.xenapi
    r = x.event_from(["*"], "", 0.0)
    assert TOKEN.match(r["token"])
    assert {e["operation"] for e in r["events"]} == {"add"}
    by_class = {}
    for e in r["events"]:
        by_class.setdefault(e["class"], set()).add(e["ref"])
    assert by_class["vm"] == set(x.VM.get_all())
    assert by_class["pool"] == set(x.pool.get_all())
    assert by_class["host"] == set(x.host.get_all())
    assert "session" not in by_class  # sessions generate no events
    pool = x.pool.get_all()[0]
    snapshot = next(e["snapshot"] for e in r["events"] if e["ref"] == pool)
    assert snapshot == x.pool.get_record(pool)
    counts = r["valid_ref_counts"]
    assert counts["vm"] == len(x.VM.get_all())
    assert counts["host"] == 1 and "task" in counts and "session" in counts
    assert all(k == k.lower() for k in counts)


def test_class_filter_and_single_object_filter(s):
    x = s.xenapi
    a, b = new_vm(x, "filter a"), new_vm(x, "filter b")
    net = x.network.get_all()[0]
    token = current_token(x)
    x.VM.set_name_label(a, "filter a2")
    x.VM.set_name_label(b, "filter b2")
    x.network.set_name_description(net, "touched by the filter test")
    by_class = x.event_from(["VM"], token, 1.0)
    assert {(e["class"], e["ref"], e["operation"]) for e in by_class["events"]} == {("vm", a, "mod"), ("vm", b, "mod")}
    # The dotted name works too (`from` is a keyword in Python, hence getattr).
    one = getattr(x.event, "from")(["vm/" + b], token, 1.0)
    assert [(e["class"], e["ref"], e["operation"]) for e in one["events"]] == [("vm", b, "mod")]
    assert one["events"][0]["snapshot"]["name_label"] == "filter b2"
    network = x.event_from(["network"], token, 1.0)
    assert [e["ref"] for e in network["events"]] == [net]
    for vm in (a, b):
        x.VM.destroy(vm)


def test_event_from_with_nothing_happening_returns_after_its_timeout(s):
    x = s.xenapi
    token = current_token(x)
    for timeout in (1.0, 2.5):
        started = time.monotonic()
        r = x.event_from(["*"], token, timeout)
        elapsed = time.monotonic() - started
        assert r["events"] == []
        assert timeout <= elapsed < timeout * 1.1, elapsed
        assert TOKEN.match(r["token"]) and r["valid_ref_counts"]["vm"] >= 0
    started = time.monotonic()
    assert x.event_from(["*"], token, 0.0)["events"] == []
    assert time.monotonic() - started < 0.5


def test_event_from_errors(s):
    x = s.xenapi
    with pytest.raises(XenAPI.Failure) as e:
        x.event_from(["*"], "not a token", 0.0)
    assert e.value.details == ["EVENT_FROM_TOKEN_PARSE_FAILURE", "not a token"]
    with pytest.raises(XenAPI.Failure) as e:
        x.event_from([""], "", 0.0)
    assert e.value.details == ["EVENT_SUBSCRIPTION_PARSE_FAILURE", ""]


def test_legacy_register_next_and_events_lost(events_daemon, s):
    x = s.xenapi
    with pytest.raises(XenAPI.Failure) as e:
        x.event.next()
    trackid = "trackid=" + hashlib.md5(s._session.encode()).hexdigest()
    assert e.value.details == ["SESSION_NOT_REGISTERED", trackid]

    x.event.register(["vm"])
    first = int(x.event.get_current_id())
    vm = new_vm(x, "legacy")
    x.VM.set_name_label(vm, "legacy 2")
    events = x.event.next()
    assert [(e["class"], e["operation"], e["ref"]) for e in events] == [("vm", "add", vm), ("vm", "mod", vm)]
    assert [e["snapshot"]["name_label"] for e in events] == ["legacy", "legacy 2"]
    assert [int(e["id"]) for e in events] == [first, first + 1]
    assert re.match(r"^\d+\.$", events[0]["timestamp"])
    assert int(x.event.get_current_id()) >= first + 2

    # A client that stops reading: the queue overflows and the next call says so, once.
    vms = [new_vm(x, f"flood {i}") for i in range(QUEUE_LENGTH + 5)]
    with pytest.raises(XenAPI.Failure) as e:
        x.event.next()
    assert e.value.details == ["EVENTS_LOST"]
    x.VM.destroy(vm)
    events = x.event.next()
    assert [(e["operation"], e["ref"]) for e in events] == [("del", vm)]
    assert events[0]["snapshot"]["name_label"] == "legacy 2"  # the last record

    # next blocks until there is something.
    got = []
    t = threading.Thread(target=lambda: got.append(x.event.next()))
    t.start()
    time.sleep(0.3)
    assert not got
    other = events_daemon.unix_session()
    other.xenapi.VM.set_name_label(vms[0], "wake up")
    t.join(5)
    assert [(e["operation"], e["ref"]) for e in got[0]] == [("mod", vms[0])]

    x.event.unregister(["vm"])
    other.xenapi.VM.set_name_label(vms[1], "unseen")
    for v in vms:
        other.xenapi.VM.destroy(v)
    other.xenapi.session.logout()


def test_inject(s):
    x = s.xenapi
    pool = x.pool.get_all()[0]
    token = x.event.inject("pool", pool)
    assert TOKEN.match(token)
    r = x.event_from(["pool"], token, 1.0)
    assert [(e["class"], e["operation"], e["ref"]) for e in r["events"]] == [("pool", "mod", pool)]
    assert r["token"] > token
    with pytest.raises(XenAPI.Failure) as e:
        x.event.inject("VM", pool)
    assert e.value.details == ["HANDLE_INVALID", "VM", pool]


def test_logout_wakes_a_blocked_event_from(events_daemon):
    # A raw proxy: XenAPI.Session would log in again on SESSION_INVALID and retry the call.
    def proxy():
        return xmlrpc.client.ServerProxy(events_daemon.unix_url, transport=XenAPI.UDSTransport())

    ref = proxy().session.login_with_password("root", "")["Value"]
    token = getattr(proxy().event, "from")(ref, ["*"], "", 0.0)["Value"]["token"]
    outcome = []

    def blocked():
        started = time.monotonic()
        r = getattr(proxy().event, "from")(ref, ["*"], token, 60.0)
        outcome.append((r, time.monotonic() - started))

    t = threading.Thread(target=blocked)
    t.start()
    time.sleep(0.5)
    assert not outcome
    assert proxy().session.logout(ref)["Status"] == "Success"
    t.join(5)
    r, elapsed = outcome[0]
    assert r == {"Status": "Failure", "ErrorDescription": ["SESSION_INVALID", ref]}
    assert elapsed < 2


def test_tasks_and_related_objects_generate_events(s):
    x = s.xenapi
    token = current_token(x)
    task = x.Async.network.create({"name_label": "event net", "other_config": {}})
    seen = []
    deadline = time.time() + 10
    while time.time() < deadline and not any(e["operation"] == "mod" and e["snapshot"]["status"] == "success"
                                             for e in seen):
        r = x.event_from(["task"], token, 2.0)
        token = r["token"]
        seen += [e for e in r["events"] if e["ref"] == task]
    assert seen[0]["class"] == "task" and seen[0]["operation"] in ("add", "mod")
    assert seen[-1]["snapshot"]["status"] == "success"
    net = x.task.get_result(task)
    x.task.destroy(task)

    # Creating a child bumps its parents: a VIF is a `mod` of its VM and of its network.
    vm = new_vm(x, "vif parent")
    net = x.network.get_all()[0]
    token = current_token(x)
    vif = x.VIF.create({"device": "0", "network": net, "VM": vm, "MAC": "", "MTU": "1500",
                        "other_config": {}, "qos_algorithm_type": "", "qos_algorithm_params": {}})
    r = x.event_from(["vm", "vif", "network"], token, 1.0)
    got = {(e["class"], e["operation"], e["ref"]) for e in r["events"]}
    assert {("vif", "add", vif), ("vm", "mod", vm), ("network", "mod", net)} <= got
    assert vif in next(e["snapshot"]["VIFs"] for e in r["events"] if e["ref"] == vm)
    x.VIF.destroy(vif)
    x.VM.destroy(vm)


def test_pool_heartbeat(fresh_daemon_with_heartbeat):
    s = fresh_daemon_with_heartbeat.unix_session()
    x = s.xenapi
    pool = x.pool.get_all()[0]
    token = current_token(x, ["pool"])
    x.event.register(["pool"])
    started = time.monotonic()
    r = x.event_from(["pool"], token, 5.0)
    assert [(e["class"], e["operation"], e["ref"]) for e in r["events"]] == [("pool", "mod", pool)]
    assert time.monotonic() - started < 2
    events = x.event.next()
    assert events and all((e["class"], e["operation"], e["ref"]) == ("pool", "mod", pool) for e in events)
    s.xenapi.session.logout()


def test_stopping_answers_blocked_event_calls(fresh_daemon):
    s = fresh_daemon.unix_session()
    token = current_token(s.xenapi)
    outcome = []

    def blocked():
        try:
            outcome.append(s.xenapi.event_from(["*"], token, 60.0)["events"])
        except Exception as e:  # the connection may close first; either way the call ended
            outcome.append(e)

    t = threading.Thread(target=blocked)
    t.start()
    time.sleep(0.5)
    started = time.monotonic()
    assert fresh_daemon.stop() == 0
    assert time.monotonic() - started < 5
    t.join(5)
    assert outcome and (outcome[0] == [] or isinstance(outcome[0], Exception))


@pytest.fixture
def fresh_daemon_with_heartbeat():
    d = Daemon()
    with open(d.config, "a") as f:
        f.write("event-heartbeat-interval = 0.5\n")
    d.start()
    yield d
    d.cleanup()
