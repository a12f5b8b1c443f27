#!/usr/bin/env python3
"""Driver of scripts/bench-vm: starts the daemon on a fresh data directory, times VM cycles
(clone + provision + start + clean_shutdown + destroy) through the PyPI XenAPI client over the
Unix socket, and reads the daemon's RSS and CPU time from /proc."""
import argparse
import multiprocessing
import os
import secrets
import shutil
import signal
import statistics
import subprocess
import tempfile
import time

import XenAPI

TEMPLATE = "Debian Jessie 8.0"


class Daemon:
    def __init__(self, binary, parent, sync):
        # XenAPI's Unix transport turns '_' in the host into '/': no '_' in the path.
        self.dir = os.path.join(parent, "benchvm" + secrets.token_hex(6))
        os.makedirs(self.dir)
        self.socket = os.path.join(self.dir, "xapi.sock")
        config = os.path.join(self.dir, "xapi.conf")
        with open(config, "w") as f:
            f.write(f"database-synchronous = {sync}\nlog-level = warning\n")
        self.log = open(os.path.join(self.dir, "xapi.log"), "wb")
        self.proc = subprocess.Popen(
            [binary, "--config", config, "--data-dir", os.path.join(self.dir, "data"), "--unix-socket", self.socket,
             "--http", "", "--https", "", "--hypervisor", "simulated"], stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while not os.path.exists(self.socket):
            if self.proc.poll() is not None or time.time() > deadline:
                raise SystemExit("xapi did not start: see " + self.log.name)
            time.sleep(0.05)
        time.sleep(0.2)

    def session(self):
        return client(self.socket)

    def rss_mib(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return 0.0

    def cpu_seconds(self):
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.dir, ignore_errors=True)


def cycle(x, template, name):
    """One VM's life; returns its disks (VM.destroy keeps them) for cleaning up afterwards."""
    vm = x.VM.clone(template, name)
    x.VM.provision(vm)
    x.VM.start(vm, False, False)
    x.VM.clean_shutdown(vm)
    disks = [x.VBD.get_VDI(v) for v in x.VM.get_VBDs(vm)]
    x.VM.destroy(vm)
    return disks


def client(socket):
    s = XenAPI.Session("http://" + socket.replace("/", "_"), transport=XenAPI.UDSTransport())
    s.login_with_password("root", "", "2.6", "bench-vm")
    return s


def worker(args):
    """One client's share of the cycles; returns the disks left behind."""
    socket, count, index = args
    s = client(socket)
    template = s.xenapi.VM.get_by_name_label(TEMPLATE)[0]
    disks = [d for i in range(count) for d in cycle(s.xenapi, template, f"bench-{index}-{i}")]
    s.xenapi.session.logout()
    return disks


def parallel(daemon, vms, clients, fn=worker):
    per = [vms // clients + (1 if i < vms % clients else 0) for i in range(clients)]
    cpu0, t0 = daemon.cpu_seconds(), time.perf_counter()
    with multiprocessing.Pool(clients) as pool:
        results = pool.map(fn, [(daemon.socket, n, i) for i, n in enumerate(per)])
    wall, cpu = time.perf_counter() - t0, daemon.cpu_seconds() - cpu0
    return wall, cpu, [d for r in results for d in r]


def define(args):
    """One client's share of the VMs to define (clones of the template, not provisioned)."""
    socket, count, index = args
    s = client(socket)
    template = s.xenapi.VM.get_by_name_label(TEMPLATE)[0]
    for i in range(count):
        s.xenapi.VM.set_is_a_template(s.xenapi.VM.clone(template, f"defined-{index}-{i}"), False)
    s.xenapi.session.logout()
    return []


def run(opts, sync):
    daemon = Daemon(opts.binary, opts.dir, sync)
    try:
        s = daemon.session()
        x = s.xenapi
        template = x.VM.get_by_name_label(TEMPLATE)[0]
        cycle(x, template, "warm-up")
        times, cpu0 = [], daemon.cpu_seconds()
        disks = []
        for i in range(opts.single):
            t0 = time.perf_counter()
            disks += cycle(x, template, f"single-{i}")
            times.append(time.perf_counter() - t0)
        single_cpu = (daemon.cpu_seconds() - cpu0) / opts.single
        rows = [("1 VM, 1 client", statistics.median(times) * 1000, single_cpu * 1000)]
        for vms in (opts.vms // 4, opts.vms):
            wall, cpu, made = parallel(daemon, vms, opts.clients)
            disks += made
            rows.append((f"{vms} VMs, {opts.clients} clients", wall / vms * 1000, cpu / vms * 1000))
        for vdi in disks:
            x.VDI.destroy(vdi)
        base = daemon.rss_mib()
        t0 = time.perf_counter()
        parallel(daemon, opts.defined, opts.clients, fn=define)
        define_s = time.perf_counter() - t0
        count = len(x.VM.get_all())
        rss = daemon.rss_mib()
        s.xenapi.session.logout()
        return rows, base, rss, count, define_s
    finally:
        daemon.stop()


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--binary", required=True)
    p.add_argument("--dir", default=tempfile.gettempdir())
    p.add_argument("--single", type=int, default=20, help="sequential 1-VM cycles (median reported)")
    p.add_argument("--vms", type=int, default=200)
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--defined", type=int, default=1000)
    p.add_argument("--sync", default="full,normal", help="database-synchronous settings to run, in order")
    opts = p.parse_args()
    os.makedirs(opts.dir, exist_ok=True)
    results = {}
    for sync in opts.sync.split(","):
        results[sync] = run(opts, sync)
        rows, base, rss, count, define_s = results[sync]
        print(f"\ndatabase-synchronous = {sync}")
        print(f"  {'cycle: clone+provision+start+clean_shutdown+destroy':54} {'ms/VM':>8} {'daemon CPU ms/VM':>17}")
        for label, ms, cpu in rows:
            print(f"  {label:54} {ms:8.1f} {cpu:17.1f}")
        small, large = rows[1][1], rows[2][1]
        print(f"  linearity: per-VM time at {opts.vms} VMs / at {opts.vms // 4} VMs = {large / small:.2f}")
        print(f"  RSS: {base:.0f} MiB at start, {rss:.0f} MiB with {count} VMs and templates defined "
              f"({opts.defined} defined in {define_s:.1f} s)")
    if "full" in results and "normal" in results:
        print("\nshare of the time spent making commits durable (1 - normal/full):")
        for (label, full, _), (_, normal, _) in zip(results["full"][0], results["normal"][0]):
            print(f"  {label:54} {max(0.0, 1 - normal / full) * 100:5.0f}%  ({full:.1f} vs {normal:.1f} ms/VM)")
    print("targets: < 20 ms per VM for the full cycle, linear in the number of VMs, < 150 MB RSS with 1,000 VMs")


if __name__ == "__main__":
    main()
