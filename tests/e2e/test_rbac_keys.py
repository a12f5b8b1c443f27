"""Protected map keys (xapi's map_keys_roles): other_config keys such as `folder` and
`XenCenter.CustomFields.*` have permissions of their own, so a vm-operator may file a VM or a
host in a folder while other keys need the message's usual role; `pci` and `hvm_serial` are
pool-admin's only; set_other_config checks the protected entries it changes."""
import pytest
import XenAPI

from conftest import Daemon
from vmhelpers import failure

EXTRA_USERS = {"operator": ("operatorpw", "vm-operator"), "vmadmin": ("vmadminpw", "vm-admin")}
OPERATOR_AND_UP = "pool-admin, pool-operator, vm-power-admin, vm-admin, vm-operator"


@pytest.fixture(scope="module")
def keyed_daemon():
    d = Daemon()
    with open(d.auth_file, "a") as f:
        for user, (pw, role) in EXTRA_USERS.items():
            f.write(f"{user}:{pw}:{role}\n")
    d.start()
    yield d
    d.cleanup()


def login(d, user):
    s = XenAPI.Session(d.http_url)
    password = EXTRA_USERS[user][0] if user in EXTRA_USERS else {"root": "rootpw", "reader": "readerpw"}[user]
    s.login_with_password(user, password, "2.6", "e2e-rbac-keys")
    return s


@pytest.fixture(scope="module")
def template(keyed_daemon):
    root = login(keyed_daemon, "root")
    refs = root.xenapi.VM.get_all_records_where('field "is_a_template" = "true"')
    ref = sorted(refs)[0]
    yield ref
    root.xenapi.session.logout()


def denial(permission, roles):
    return ["RBAC_PERMISSION_DENIED", permission,
            f"No permission in user session. (Roles with this permission: {roles})"]


def test_operator_may_set_folder_and_custom_fields_only(keyed_daemon, template):
    op = login(keyed_daemon, "operator").xenapi
    op.VM.add_to_other_config(template, "folder", "/e2e")
    op.VM.add_to_other_config(template, "XenCenter.CustomFields.owner", "ops")
    config = op.VM.get_other_config(template)
    assert config["folder"] == "/e2e" and config["XenCenter.CustomFields.owner"] == "ops"
    assert failure(op.VM.add_to_other_config, template, "colour", "red")[:2] == \
        ["RBAC_PERMISSION_DENIED", "vm.add_to_other_config"]
    assert failure(op.VM.set_other_config, template, {})[:2] == ["RBAC_PERMISSION_DENIED", "vm.set_other_config"]
    op.VM.remove_from_other_config(template, "folder")
    op.VM.remove_from_other_config(template, "XenCenter.CustomFields.owner")
    assert "folder" not in op.VM.get_other_config(template)
    # Hosts too: folder is protected on host.other_config, other keys need pool-operator.
    host = op.host.get_all()[0]
    op.host.add_to_other_config(host, "folder", "/hosts")
    op.host.remove_from_other_config(host, "folder")
    assert failure(op.host.add_to_other_config, host, "colour", "red")[:2] == \
        ["RBAC_PERMISSION_DENIED", "host.add_to_other_config"]


def test_read_only_may_not_touch_protected_keys(keyed_daemon, template):
    reader = login(keyed_daemon, "reader").xenapi
    assert failure(reader.VM.add_to_other_config, template, "folder", "/x") == \
        denial("vm.add_to_other_config/key:folder", OPERATOR_AND_UP)
    assert failure(reader.VM.remove_from_other_config, template, "XenCenter.CustomFields.a") == \
        denial("vm.remove_from_other_config/key:xencenter.customfields.*", OPERATOR_AND_UP)


def test_pool_admin_keys_stop_a_vm_admin(keyed_daemon, template):
    admin = login(keyed_daemon, "vmadmin").xenapi
    root = login(keyed_daemon, "root").xenapi
    assert failure(admin.VM.add_to_other_config, template, "pci", "0/0000:00:02.0") == \
        denial("vm.add_to_other_config/key:pci", "pool-admin")
    assert failure(admin.VM.add_to_platform, template, "hvm_serial", "pty") == \
        denial("vm.add_to_platform/key:hvm_serial", "pool-admin")
    root.VM.add_to_other_config(template, "pci", "0/0000:00:02.0")
    try:
        config = admin.VM.get_other_config(template)
        # Keeping the pci entry as it is and changing an operator key is fine ...
        admin.VM.set_other_config(template, dict(config, folder="/kept"))
        # ... changing or dropping it is not.
        assert failure(admin.VM.set_other_config, template, dict(config, pci="0/0000:00:03.0")) == \
            denial("vm.add_to_other_config/key:pci", "pool-admin")
        without = {k: v for k, v in config.items() if k != "pci"}
        assert failure(admin.VM.set_other_config, template, without) == \
            denial("vm.remove_from_other_config/key:pci", "pool-admin")
        assert admin.VM.get_other_config(template)["pci"] == "0/0000:00:02.0"
    finally:
        root.VM.remove_from_other_config(template, "pci")
        root.VM.remove_from_other_config(template, "folder")


def test_key_permissions_are_published(keyed_daemon):
    s = login(keyed_daemon, "reader").xenapi
    operator_role = s.role.get_by_name_label("vm-operator")[0]
    names = s.role.get_permissions_name_label(operator_role)
    assert "vm.add_to_other_config/key:folder" in names
    assert "vm.add_to_other_config/key:pci" not in names
    assert s.role.get_by_permission_name_label("vm.add_to_other_config/key:pci") == \
        s.role.get_by_name_label("pool-admin")
