"""Tasks as clients use them (notes §5, clients.md §3): Async outcomes, client-created tasks,
cancel and destroy, ownership."""
import time

import pytest
import XenAPI


def wait(x, task):
    for _ in range(400):
        if x.task.get_status(task) not in ("pending", "cancelling"):
            return x.task.get_record(task)
        time.sleep(0.025)
    raise AssertionError("task did not finish")


def test_async_result_matches_the_synchronous_call(session):
    x = session.xenapi
    sync_ref = x.network.create({"name_label": "sync", "other_config": {}})
    task = x.Async.network.create({"name_label": "async", "other_config": {}})
    rec = wait(x, task)
    assert rec["status"] == "success" and rec["progress"] == 1.0
    async_ref = rec["result"][len("<value>"):-len("</value>")]
    assert x.network.get_record(async_ref).keys() == x.network.get_record(sync_ref).keys()
    assert rec["name_label"] == "Async.network.create"
    assert rec["resident_on"] == x.host.get_all()[0]
    assert str(rec["finished"]) >= str(rec["created"])
    void_task = x.Async.network.destroy(async_ref)
    assert wait(x, void_task)["result"] == "<value></value>"
    x.network.destroy(sync_ref)
    x.task.destroy(task)
    with pytest.raises(XenAPI.Failure) as e:
        x.task.get_record(task)
    assert e.value.details[0] == "HANDLE_INVALID"


def test_client_tasks_cancel_and_destroy(session):
    x = session.xenapi
    task = x.task.create("transfer", "tracking an upload")
    rec = x.task.get_record(task)
    assert rec["status"] == "pending" and rec["allowed_operations"] == ["cancel"]
    x.task.set_progress(task, 0.5)
    assert x.task.get_progress(task) == 0.5
    x.task.cancel(task)
    assert x.task.get_status(task) == "cancelling"
    x.task.set_status(task, "cancelled")
    assert x.task.get_status(task) == "cancelled"
    x.task.add_to_other_config(task, "k", "v")
    assert x.task.get_other_config(task) == {"k": "v"}
    x.task.destroy(task)
    assert task not in x.task.get_all()


def test_async_of_a_message_without_async_form(daemon):
    import xmlrpc.client
    p = xmlrpc.client.ServerProxy(daemon.http_url)
    s = p.session.login_with_password("root", "rootpw")["Value"]
    r = getattr(p, "Async.session.get_uuid")(s, s)
    assert r["ErrorDescription"] == ["Fault", "No async mode for this operation (rpc: session.get_uuid)"]


def test_other_users_tasks_are_protected(daemon):
    alice = daemon.http_session("alice")  # superuser in the auth file: may touch any task
    reader = daemon.http_session("reader")
    task = reader.xenapi.task.create("readers", "")
    other = alice.xenapi.task.create("alices", "")
    with pytest.raises(XenAPI.Failure) as e:
        reader.xenapi.task.destroy(other)
    assert e.value.details[:2] == ["RBAC_PERMISSION_DENIED", "task.destroy/any"]
    reader.xenapi.task.cancel(task)
    reader.xenapi.task.set_status(task, "cancelled")
    reader.xenapi.task.destroy(task)
    alice.xenapi.task.destroy(other)
