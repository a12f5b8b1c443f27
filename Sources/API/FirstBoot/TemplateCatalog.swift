// The XenServer 7.1 ("Ely") default templates, installed as VM records at first boot.
// Provenance: xenserver/guest-templates-json, branch release/ely/staging (6822644, 2016-12-09):
// json/*.json (names, uuids, reference labels, memory, disks, platform, other_config, PV args)
// and guesttemplates/blank_template.py (BlankTemplate defaults, derivation, XML of `disks` and
// `recommendations`); loader.py sets other_config default_template=true, as xapi's
// VM.set_is_default_template does (ocaml/xapi/xapi_vm_helpers.ml). The key is `install-distro`
// (hyphen) in the data and in guest-templates/create_templates.ml; the SDK guide §7.3 spells it
// `install_distro`, which nothing reads. Each entry below is one JSON file, in its own terms.

public enum TemplateCatalog {
    private static let MiB: Int64 = 1 << 20
    private static let GiB: Int64 = 1 << 30
    private static let blank = TemplateSpec.blank

    /// The template with this name_label.
    public static func named(_ nameLabel: String) -> TemplateSpec? {
        all.first { $0.nameLabel == nameLabel }
    }

    // MARK: Descriptions shared through derivation
    private static let debianPVDescription = """
        Template that allows VM installation from Xen-aware Debian-based distros. To use this \
        template from the CLI, install your VM using vm-install, then set \
        other-config-install-repository to the path to your network repository, e.g. \
        http://<server>/<path>
        """
    private static let elPVDescription = """
        Template that allows VM installation from Xen-aware EL-based distros. To use this template \
        from the CLI, install your VM using vm-install, then set other-config-install-repository \
        to the path to your network repository, e.g. http://<server>/<path> or nfs:server:/<path>
        """
    private static let hvmLinuxDescription = """
        To use this template from the CLI, install your VM using vm-install, then set \
        other-config-install-repository to the path to your network repository, e.g. \
        http://<server>/<path> or nfs:server:/<path>
        """
    private static let slePVDescription = """
        Template that allows VM installation from Xen-aware SLES-based distros. To use this \
        template from the CLI, install your VM using vm-install, then set \
        other-config-install-repository to the path to your network repository, e.g. \
        http://<server>/<path> or nfs:server:/<path>
        """
    private static let windowsDescription = """
        Clones of this template will automatically provision their storage when first booted and \
        then reconfigure themselves with the optimal settings.
        """

    // MARK: Base templates (json/base-*.json): never installed themselves
    /// base-pvlinux.json
    private static let pvLinux = blank.derived(
        recommendedMaxVCPUs: 32,
        maxVBDs: 255,
        maxVIFs: 7,
        pvBootloader: "eliloader",
        platform: ["viridian": "true"],
        otherConfig: ["linux_template": "true", "install-methods": "cdrom,nfs,http,ftp"])

    /// base-debian-pv.json
    private static let debianPV = pvLinux.derived(
        description: debianPVDescription,
        minMemory: 128 * MiB,
        recommendedMaxMemory: 32 * GiB,
        pvArgs: "-- quiet console=hvc0",
        disks: [.disk(8 * GiB)],
        otherConfig: ["install-distro": "debianlike", "install-methods": "cdrom,http,ftp"])

    /// base-el-pv.json
    private static let elPV = pvLinux.derived(
        description: elPVDescription,
        minMemory: 512 * MiB,
        pvArgs: "graphical utf8",
        disks: [.disk(8 * GiB)],
        otherConfig: ["install-distro": "rhlike"])

    /// base-el-4-32bit.json
    private static let el4x32 = elPV.derived(
        minMemory: 256 * MiB,
        recommendedMaxMemory: 16 * GiB,
        maxVIFs: 3,
        pvArgs: "console=xvc0 graphical utf8")

    /// base-el-5-32bit.json
    private static let el5x32 = elPV.derived(
        recommendedMaxMemory: 16 * GiB,
        otherConfig: ["rhel5": "true"])

    /// base-el-5-64bit.json
    private static let el5x64 = elPV.derived(
        recommendedMaxMemory: 128 * GiB,
        otherConfig: ["rhel5": "true"])

    /// base-el-6-32bit.json
    private static let el6x32 = elPV.derived(
        recommendedMaxMemory: 16 * GiB,
        otherConfig: ["rhel6": "true"])

    /// base-el-6-64bit.json
    private static let el6x64 = elPV.derived(
        recommendedMaxMemory: 128 * GiB,
        otherConfig: ["rhel6": "true"])

    /// base-hvmlinux.json
    private static let hvmLinux = blank.derived(
        description: hvmLinuxDescription,
        recommendedMaxMemory: 1536 * GiB,
        recommendedMaxVCPUs: 32,
        maxVBDs: 255,
        maxVIFs: 7,
        allowGPUPassthrough: true,
        allowVGPU: true,
        hvmBootPolicy: "BIOS order",
        hvmBootParams: ["order": "cdn"],
        platform: ["vga": "std", "videoram": "8", "viridian": "false", "device_id": "0001"],
        otherConfig: ["linux_template": "true", "install-methods": "cdrom,nfs,http,ftp"])

    /// base-el-7.json
    private static let el7 = hvmLinux.derived(
        minMemory: 1 * GiB,
        disks: [.disk(10 * GiB)])

    /// base-kylin-6-64bit.json
    private static let kylin6x64 = elPV.derived(
        recommendedMaxMemory: 128 * GiB,
        otherConfig: ["rhel6": "true"])

    /// base-kylin-7.json
    private static let kylin7 = hvmLinux.derived(
        minMemory: 1 * GiB,
        disks: [.disk(10 * GiB)])

    /// base-sle-pv.json
    private static let slePV = pvLinux.derived(
        description: slePVDescription,
        minMemory: 512 * MiB,
        pvArgs: "console=ttyS0 xencons=ttyS",
        disks: [.disk(8 * GiB)],
        otherConfig: ["install-distro": "sleslike"])

    /// base-sle-pv-64bit.json
    private static let slePVx64 = slePV.derived(
        recommendedMaxMemory: 128 * GiB,
        otherConfig: ["install-arch": "x86_64"])

    /// base-sle-12-pv-64bit.json
    private static let sle12PVx64 = slePVx64.derived(pvArgs: "console=xvc0 xencons=xvc")

    /// base-sle-pv-32bit.json
    private static let slePVx32 = slePV.derived(
        recommendedMaxMemory: 16 * GiB,
        otherConfig: ["install-arch": "i386"])

    /// base-ubuntu-10.04.json
    private static let ubuntu1004 = debianPV.derived(
        otherConfig: ["debian-release": "lucid", "install-methods": "http,ftp"])

    /// base-ubuntu-10.10.json
    private static let ubuntu1010 = debianPV.derived(
        otherConfig: ["debian-release": "maverick", "install-methods": "http,ftp"])

    /// base-windows.json
    private static let windows = blank.derived(
        description: windowsDescription,
        recommendedMaxVCPUs: 32,
        maxVBDs: 255,
        maxVIFs: 7,
        hasVendorDevice: true,
        vcpus: 2,
        hvmBootPolicy: "BIOS order",
        hvmBootParams: ["order": "dc"],
        platform: [
            "cores-per-socket": "2",
            "device_id": "0002",
            "viridian": "true",
            "viridian_time_ref_count": "true",
            "viridian_reference_tsc": "true",
        ],
        otherConfig: ["install-methods": "cdrom"])

    /// base-windows-8.json
    private static let windows8 = windows.derived(
        generationID: "0:0",
        platform: ["vga": "std", "videoram": "8"])

    /// base-xenapp-windows.json
    private static let xenAppWindows = windows.derived(
        hvmShadowMultiplier: 4.0,
        otherConfig: ["application_template": "1"])

    // MARK: The installed templates, by reference label

    public static let all: [TemplateSpec] = [
        el4x32.derived(
            uuid: "4725d79f-be7d-4ff8-af64-0880a24dd340",
            label: "centos-4.5-32bit",
            name: "CentOS 4.5 (32-bit)",
            otherConfig: ["suppress-spurious-page-faults": "true"]),
        el4x32.derived(
            uuid: "a38afadd-bf9e-46db-bf71-3eb9f97ef6f0",
            label: "centos-4.6-32bit",
            name: "CentOS 4.6 (32-bit)",
            otherConfig: ["suppress-spurious-page-faults": "true"]),
        el4x32.derived(
            uuid: "2e410d06-91a6-4cd9-982e-bca21d7c5a5d",
            label: "centos-4.7-32bit",
            name: "CentOS 4.7 (32-bit)",
            otherConfig: ["machine-address-size": "36", "suppress-spurious-page-faults": "true"]),
        el4x32.derived(
            uuid: "0c13fc58-11ae-435f-9c29-a0b3a104947a",
            label: "centos-4.8-32bit",
            name: "CentOS 4.8 (32-bit)",
            otherConfig: ["machine-address-size": "36"]),
        el5x32.derived(
            uuid: "1d11a7b9-0eec-479c-8fba-8ce4be598e43",
            label: "centos-5-32bit",
            name: "CentOS 5 (32-bit)"),
        el5x64.derived(
            uuid: "03c460f1-f3fc-42a2-8c5d-0c5d4019d90d",
            label: "centos-5-64bit",
            name: "CentOS 5 (64-bit)"),
        el6x32.derived(
            uuid: "0a21ac1d-b18f-469e-9fe7-8bb9d0291574",
            label: "centos-6-32bit",
            name: "CentOS 6 (32-bit)"),
        el6x64.derived(
            uuid: "15828343-5b0d-4b86-a2da-56278c3b8c68",
            label: "centos-6-64bit",
            name: "CentOS 6 (64-bit)"),
        el7.derived(
            uuid: "11fd3dc9-96cc-49af-b091-a2ca7e94c589",
            label: "centos-7",
            name: "CentOS 7"),
        hvmLinux.derived(
            uuid: "094706dd-5d22-4830-99b7-c710769c9dcc",
            label: "coreos",
            name: "CoreOS",
            minMemory: 512 * MiB,
            recommendedMaxMemory: 512 * GiB,
            disks: [.disk(5 * GiB)]),
        debianPV.derived(
            uuid: "34f68876-1ed4-4e8b-bb8a-a1526a573ab2",
            label: "debian-6-32bit",
            name: "Debian Squeeze 6.0 (32-bit)",
            description: """
                Template that allows VM installation from Xen-aware Debian-based distros. To use \
                this template from the CLI, install your VM using vm-install, then set \
                other-config-install-repository to the path to your network repository, e.g. \
                http://<server>/<path>
                In order to install Debian Squeeze from CD/DVD the multi-arch ISO image is \
                required.
                """,
            otherConfig: ["debian-release": "squeeze", "install-arch": "i386"]),
        debianPV.derived(
            uuid: "0781203b-950d-404a-8267-6014a86e4853",
            label: "debian-6-64bit",
            name: "Debian Squeeze 6.0 (64-bit)",
            description: """
                Template that allows VM installation from Xen-aware Debian-based distros. To use \
                this template from the CLI, install your VM using vm-install, then set \
                other-config-install-repository to the path to your network repository, e.g. \
                http://<server>/<path>
                In order to install Debian Squeeze from CD/DVD the multi-arch ISO image is \
                required.
                """,
            otherConfig: ["debian-release": "squeeze", "install-arch": "amd64"]),
        debianPV.derived(
            uuid: "f2bdd824-ad8c-4a78-83f8-6053e904fa11",
            label: "debian-7-32bit",
            name: "Debian Wheezy 7.0 (32-bit)",
            recommendedMaxMemory: 64 * GiB,
            otherConfig: ["debian-release": "wheezy", "install-arch": "i386"]),
        debianPV.derived(
            uuid: "28387a39-63c3-46cc-a0ec-e71807f72383",
            label: "debian-7-64bit",
            name: "Debian Wheezy 7.0 (64-bit)",
            recommendedMaxMemory: 128 * GiB,
            otherConfig: ["debian-release": "wheezy", "install-arch": "amd64"]),
        hvmLinux.derived(
            uuid: "79abf1d8-4b61-4fc3-aafa-58b0ccae48d3",
            label: "debian-8",
            name: "Debian Jessie 8.0",
            minMemory: 128 * MiB,
            disks: [.disk(8 * GiB)]),
        kylin6x64.derived(
            uuid: "7279a78a-4756-4fc3-99f0-3e7694c0318f",
            label: "kylin-server-6-64bit",
            name: "NeoKylin Linux Server 6 (64-bit)",
            otherConfig: ["install-arch": "amd64"]),
        kylin7.derived(
            uuid: "7279a78a-4756-4fc3-99f0-3e7694c0319e",
            label: "kylin-server-7",
            name: "NeoKylin Linux Server 7"),
        el5x32.derived(
            uuid: "3a332616-7410-4dc7-8d57-c12f5291c34b",
            label: "oel-5-32bit",
            name: "Oracle Enterprise Linux 5 (32-bit)",
            recommendedMaxMemory: 64 * GiB),
        el5x64.derived(
            uuid: "b124ba5e-d512-4ef7-9827-e90a06f43a5c",
            label: "oel-5-64bit",
            name: "Oracle Enterprise Linux 5 (64-bit)"),
        el6x32.derived(
            uuid: "71a59bef-0db4-4dd2-8f98-059dcbdab951",
            label: "oel-6-32bit",
            name: "Oracle Enterprise Linux 6 (32-bit)"),
        el6x64.derived(
            uuid: "28583880-aa0c-4a6b-ad96-8d71571ac505",
            label: "oel-6-64bit",
            name: "Oracle Enterprise Linux 6 (64-bit)"),
        el7.derived(
            uuid: "f873abe0-b138-4995-8f6f-498b423d234d",
            label: "oel-7",
            name: "Oracle Linux 7"),
        blank.derived(
            uuid: "552bce37-51b2-445d-84f2-5f33fa112d7e",
            label: "other-install-media",
            name: "Other install media",
            description: "Template which allows VM installation from install media",
            minMemory: 128 * MiB,
            recommendedMaxMemory: 128 * GiB,
            recommendedMaxVCPUs: 32,
            maxVBDs: 255,
            maxVIFs: 7,
            hvmBootPolicy: "BIOS order",
            hvmBootParams: ["order": "dc"],
            platform: ["viridian": "true"],
            otherConfig: ["install-methods": "cdrom"]),
        el4x32.derived(
            uuid: "7108a834-a5a6-49c6-aef8-b95137c1160a",
            label: "rhel-4.5-32bit",
            name: "Red Hat Enterprise Linux 4.5 (32-bit)",
            otherConfig: ["suppress-spurious-page-faults": "true"]),
        el4x32.derived(
            uuid: "e60f892b-b39d-4dbc-b834-ae3d605ad69f",
            label: "rhel-4.6-32bit",
            name: "Red Hat Enterprise Linux 4.6 (32-bit)",
            otherConfig: ["suppress-spurious-page-faults": "true"]),
        el4x32.derived(
            uuid: "ab68f6a3-3705-477c-8022-598cfa7ab6a4",
            label: "rhel-4.7-32bit",
            name: "Red Hat Enterprise Linux 4.7 (32-bit)",
            otherConfig: ["machine-address-size": "36", "suppress-spurious-page-faults": "true"]),
        el4x32.derived(
            uuid: "60d94444-43ad-4534-9aa1-1b3138811d85",
            label: "rhel-4.8-32bit",
            name: "Red Hat Enterprise Linux 4.8 (32-bit)",
            otherConfig: ["machine-address-size": "36"]),
        el5x32.derived(
            uuid: "e9881b99-9cbd-425a-9127-356c8d83a4ab",
            label: "rhel-5-32bit",
            name: "Red Hat Enterprise Linux 5 (32-bit)"),
        el5x64.derived(
            uuid: "29792b3c-bb92-45ce-aae6-8e10bf864640",
            label: "rhel-5-64bit",
            name: "Red Hat Enterprise Linux 5 (64-bit)"),
        el6x32.derived(
            uuid: "62230644-0b4a-4a81-83b6-c6e354c06ef3",
            label: "rhel-6-32bit",
            name: "Red Hat Enterprise Linux 6 (32-bit)"),
        el6x64.derived(
            uuid: "b3427a33-41a9-49a8-9819-bfda075dc672",
            label: "rhel-6-64bit",
            name: "Red Hat Enterprise Linux 6 (64-bit)"),
        el7.derived(
            uuid: "03d30863-86a2-428e-94c8-88ddfcb8cd29",
            label: "rhel-7",
            name: "Red Hat Enterprise Linux 7"),
        el5x32.derived(
            uuid: "b8bb4fa8-c1ca-4862-a4ed-350c07043f74",
            label: "sl-5-32bit",
            name: "Scientific Linux 5 (32-bit)"),
        el5x64.derived(
            uuid: "df12cf4e-7890-4917-a5d0-29996dba24ce",
            label: "sl-5-64bit",
            name: "Scientific Linux 5 (64-bit)"),
        el6x32.derived(
            uuid: "57477bad-68b9-433c-bff5-bc026a1b5b30",
            label: "sl-6-32bit",
            name: "Scientific Linux 6 (32-bit)"),
        el6x64.derived(
            uuid: "50ea05dd-db33-41e4-ab69-47a1e7d4b978",
            label: "sl-6-64bit",
            name: "Scientific Linux 6 (64-bit)"),
        el7.derived(
            uuid: "4b116889-af64-42af-ba86-75dcb3cb7828",
            label: "sl-7",
            name: "Scientific Linux 7"),
        slePVx64.derived(
            uuid: "ebc94c1c-2532-4765-b2e1-b72db794b6a0",
            label: "sled-11-sp3-64bit",
            name: "SUSE Linux Enterprise Desktop 11 SP3 (64-bit)"),
        sle12PVx64.derived(
            uuid: "89a9ab32-39a2-47db-8f11-25be020a16cf",
            label: "sled-12-64bit",
            name: "SUSE Linux Enterprise Desktop 12 (64-bit)"),
        sle12PVx64.derived(
            uuid: "14b3465d-d3d8-4bde-8a2e-a1a011b14e1e",
            label: "sled-12-sp1-64bit",
            name: "SUSE Linux Enterprise Desktop 12 SP1 (64-bit)"),
        slePVx32.derived(
            uuid: "acba9d23-5608-4143-b797-175c22d889c3",
            label: "sles-10-sp1-32bit",
            name: "SUSE Linux Enterprise Server 10 SP1 (32-bit)",
            maxVIFs: 3),
        slePVx64.derived(
            uuid: "315de5c5-e120-4917-aed8-388052637d38",
            label: "sles-10-sp1-64bit",
            name: "SUSE Linux Enterprise Server 10 SP1 (64-bit)",
            maxVIFs: 3),
        slePVx32.derived(
            uuid: "23770a28-62bc-49bd-a7da-36c7f4192400",
            label: "sles-10-sp2-32bit",
            name: "SUSE Linux Enterprise Server 10 SP2 (32-bit)"),
        slePVx64.derived(
            uuid: "65bb46aa-3c08-42e1-be0c-75621a3aea46",
            label: "sles-10-sp2-64bit",
            name: "SUSE Linux Enterprise Server 10 SP2 (64-bit)"),
        slePVx32.derived(
            uuid: "82c93da9-094b-4654-84f0-3526ef21b124",
            label: "sles-10-sp3-32bit",
            name: "SUSE Linux Enterprise Server 10 SP3 (32-bit)"),
        slePVx64.derived(
            uuid: "881018b3-0451-4295-a730-03ed7507bb2e",
            label: "sles-10-sp3-64bit",
            name: "SUSE Linux Enterprise Server 10 SP3 (64-bit)"),
        slePVx32.derived(
            uuid: "12136b41-0231-4576-a4d2-6988030ed90c",
            label: "sles-10-sp4-32bit",
            name: "SUSE Linux Enterprise Server 10 SP4 (32-bit)"),
        slePVx64.derived(
            uuid: "5638a60a-3240-4d97-adc7-9eb2632b6c69",
            label: "sles-10-sp4-64bit",
            name: "SUSE Linux Enterprise Server 10 SP4 (64-bit)"),
        slePVx32.derived(
            uuid: "d2c02e43-5940-4d09-b175-9c56a3c15f86",
            label: "sles-11-32bit",
            name: "SUSE Linux Enterprise Server 11 (32-bit)"),
        slePVx64.derived(
            uuid: "be019803-d144-40a3-9e26-ef4c9be76be9",
            label: "sles-11-64bit",
            name: "SUSE Linux Enterprise Server 11 (64-bit)"),
        slePVx32.derived(
            uuid: "da36e5b6-714a-44fa-a502-7d08d9838e2c",
            label: "sles-11-sp1-32bit",
            name: "SUSE Linux Enterprise Server 11 SP1 (32-bit)"),
        slePVx64.derived(
            uuid: "d389ec86-ae3d-4045-9639-e47f5785e656",
            label: "sles-11-sp1-64bit",
            name: "SUSE Linux Enterprise Server 11 SP1 (64-bit)"),
        slePVx32.derived(
            uuid: "e958b573-9f7d-4c99-8d85-c95370d578b3",
            label: "sles-11-sp2-32bit",
            name: "SUSE Linux Enterprise Server 11 SP2 (32-bit)"),
        slePVx64.derived(
            uuid: "a1c25c28-b648-4c16-858a-2e3a61addb86",
            label: "sles-11-sp2-64bit",
            name: "SUSE Linux Enterprise Server 11 SP2 (64-bit)"),
        slePVx32.derived(
            uuid: "2e46fb99-1688-452e-bf46-47f7530b16ee",
            label: "sles-11-sp3-32bit",
            name: "SUSE Linux Enterprise Server 11 SP3 (32-bit)"),
        slePVx64.derived(
            uuid: "f28fd4f5-a234-4b79-9a6f-de91fefd68d6",
            label: "sles-11-sp3-64bit",
            name: "SUSE Linux Enterprise Server 11 SP3 (64-bit)"),
        slePVx32.derived(
            uuid: "405768ce-f8a1-4b3d-9410-8b1d4395e1b4",
            label: "sles-11-sp4-32bit",
            name: "SUSE Linux Enterprise Server 11 SP4 (32-bit)"),
        slePVx64.derived(
            uuid: "7006c141-2ba0-4ff8-aa4b-66d67b545043",
            label: "sles-11-sp4-64bit",
            name: "SUSE Linux Enterprise Server 11 SP4 (64-bit)"),
        sle12PVx64.derived(
            uuid: "1282055a-055b-43c2-bc4d-0d5a22b6b619",
            label: "sles-12-64bit",
            name: "SUSE Linux Enterprise Server 12 (64-bit)"),
        sle12PVx64.derived(
            uuid: "57d86822-8e9f-42aa-a096-081e4ee37f4c",
            label: "sles-12-sp1-64bit",
            name: "SUSE Linux Enterprise Server 12 SP1 (64-bit)"),
        ubuntu1004.derived(
            uuid: "0e9d218d-03ef-49be-934a-dbc47c206957",
            label: "ubuntu-10.04-32bit",
            name: "Ubuntu Lucid Lynx 10.04 (32-bit)",
            recommendedMaxVCPUs: 8,
            otherConfig: ["install-arch": "i386"]),
        ubuntu1004.derived(
            uuid: "7279a78a-4756-4fc3-99f0-3e7694c0318e",
            label: "ubuntu-10.04-64bit",
            name: "Ubuntu Lucid Lynx 10.04 (64-bit)",
            otherConfig: ["install-arch": "amd64"]),
        ubuntu1010.derived(
            uuid: "c0a2051f-f323-444b-a9d6-588d84eb434a",
            label: "ubuntu-10.10-32bit",
            name: "Ubuntu Maverick Meerkat 10.10 (32-bit) (experimental)",
            recommendedMaxVCPUs: 8,
            otherConfig: ["install-arch": "i386"]),
        ubuntu1010.derived(
            uuid: "3a249b5e-b38d-4795-b0aa-cda9ff320a56",
            label: "ubuntu-10.10-64bit",
            name: "Ubuntu Maverick Meerkat 10.10 (64-bit) (experimental)",
            otherConfig: ["install-arch": "amd64"]),
        debianPV.derived(
            uuid: "abfee665-a260-4aea-8d55-c75e19392133",
            label: "ubuntu-12.04-32bit",
            name: "Ubuntu Precise Pangolin 12.04 (32-bit)",
            recommendedMaxVCPUs: 8,
            pvArgs: "-- quiet console=hvc0 d-i:base-installer/kernel/image=linux-generic-pae",
            otherConfig: ["debian-release": "precise", "install-arch": "i386"]),
        debianPV.derived(
            uuid: "15e93e84-fd4b-468c-9505-73752405cf65",
            label: "ubuntu-12.04-64bit",
            name: "Ubuntu Precise Pangolin 12.04 (64-bit)",
            recommendedMaxMemory: 128 * GiB,
            otherConfig: ["debian-release": "precise", "install-arch": "amd64"]),
        hvmLinux.derived(
            uuid: "0124e204-5fae-48cf-beaa-05b79579ef28",
            label: "ubuntu-14.04",
            name: "Ubuntu Trusty Tahr 14.04",
            minMemory: 512 * MiB,
            disks: [.disk(8 * GiB)]),
        hvmLinux.derived(
            uuid: "e9763585-f70a-4526-bfcb-822064742e9f",
            label: "ubuntu-16.04",
            name: "Ubuntu Xenial Xerus 16.04",
            minMemory: 512 * MiB,
            disks: [.disk(10 * GiB)]),
        windows8.derived(
            uuid: "9caee571-3b07-4673-940d-1d687b2818d6",
            label: "windows-10-32bit",
            name: "Windows 10 (32-bit)",
            description: """
                Clones of this template will automatically provision their storage when first \
                booted and then reconfigure themselves with the optimal settings for Windows 10 \
                (32-bit).
                """,
            minMemory: 1 * GiB,
            recommendedMaxMemory: 4 * GiB,
            disks: [.disk(24 * GiB, bootable: false)]),
        windows8.derived(
            uuid: "7774689b-4ca1-4dea-8545-dddd6b64c17f",
            label: "windows-10-64bit",
            name: "Windows 10 (64-bit)",
            description: """
                Clones of this template will automatically provision their storage when first \
                booted and then reconfigure themselves with the optimal settings for Windows 10 \
                (64-bit).
                """,
            minMemory: 2 * GiB,
            recommendedMaxMemory: 1536 * GiB,
            disks: [.disk(24 * GiB, bootable: false)]),
        windows.derived(
            uuid: "5f2d0b8c-f80a-49ef-986a-03d65e449f2e",
            label: "windows-7-32bit",
            name: "Windows 7 (32-bit)",
            description: """
                Clones of this template will automatically provision their storage when first \
                booted and then reconfigure themselves with the optimal settings for Windows 7 \
                (32-bit).
                """,
            minMemory: 1 * GiB,
            recommendedMaxMemory: 4 * GiB,
            disks: [.disk(24 * GiB, bootable: false)]),
        windows.derived(
            uuid: "92c21ae3-5eb4-474b-9729-afa58dfde98b",
            label: "windows-7-64bit",
            name: "Windows 7 (64-bit)",
            description: """
                Clones of this template will automatically provision their storage when first \
                booted and then reconfigure themselves with the optimal settings for Windows 7 \
                (64-bit).
                """,
            minMemory: 2 * GiB,
            recommendedMaxMemory: 192 * GiB,
            disks: [.disk(24 * GiB, bootable: false)]),
        windows8.derived(
            uuid: "4383f051-cc9e-48d5-99e9-8fa2e979e2d0",
            label: "windows-8-32bit",
            name: "Windows 8 (32-bit)",
            description: """
                Clones of this template will automatically provision their storage when first \
                booted and then reconfigure themselves with the optimal settings for Windows 8 \
                (32-bit).
                """,
            minMemory: 1 * GiB,
            recommendedMaxMemory: 4 * GiB,
            disks: [.disk(24 * GiB, bootable: false)]),
        windows8.derived(
            uuid: "11c46476-bd5c-4d75-9cf0-57fe55343ba3",
            label: "windows-8-64bit",
            name: "Windows 8 (64-bit)",
            description: """
                Clones of this template will automatically provision their storage when first \
                booted and then reconfigure themselves with the optimal settings for Windows 8 \
                (64-bit).
                """,
            minMemory: 2 * GiB,
            recommendedMaxMemory: 512 * GiB,
            disks: [.disk(24 * GiB, bootable: false)]),
        windows.derived(
            uuid: "ff6e5856-7ad9-4667-8391-ee187684b741",
            label: "windows-server-2008-32bit",
            name: "Windows Server 2008 (32-bit)",
            description: """
                Clones of this template will automatically provision their storage when first \
                booted and then reconfigure themselves with the optimal settings for Windows \
                Server 2008 (32-bit).
                """,
            minMemory: 512 * MiB,
            recommendedMaxMemory: 64 * GiB,
            disks: [.disk(24 * GiB, bootable: false)]),
        windows.derived(
            uuid: "152f130b-117b-4dd1-a785-d396b950c86b",
            label: "windows-server-2008-64bit",
            name: "Windows Server 2008 (64-bit)",
            description: """
                Clones of this template will automatically provision their storage when first \
                booted and then reconfigure themselves with the optimal settings for Windows \
                Server 2008 (64-bit).
                """,
            minMemory: 512 * MiB,
            recommendedMaxMemory: 1024 * GiB,
            disks: [.disk(24 * GiB, bootable: false)]),
        windows.derived(
            uuid: "67f3e069-0da0-44d3-a5c0-e0f3e2fcdafa",
            label: "windows-server-2008-r2-64bit",
            name: "Windows Server 2008 R2 (64-bit)",
            description: """
                Clones of this template will automatically provision their storage when first \
                booted and then reconfigure themselves with the optimal settings for Windows \
                Server 2008 R2 (64-bit).
                """,
            minMemory: 512 * MiB,
            recommendedMaxMemory: 1536 * GiB,
            disks: [.disk(24 * GiB, bootable: false)]),
        windows8.derived(
            uuid: "83af4ddb-e029-48ff-ba7a-11a23ff99caa",
            label: "windows-server-2012-64bit",
            name: "Windows Server 2012 (64-bit)",
            description: """
                Clones of this template will automatically provision their storage when first \
                booted and then reconfigure themselves with the optimal settings for Windows \
                Server 2012 (64-bit).
                """,
            minMemory: 1 * GiB,
            recommendedMaxMemory: 1536 * GiB,
            disks: [.disk(32 * GiB, bootable: false)]),
        windows8.derived(
            uuid: "17a818b5-20a6-4d34-a7ef-320da9ef4c14",
            label: "windows-server-2012-r2-64bit",
            name: "Windows Server 2012 R2 (64-bit)",
            description: """
                Clones of this template will automatically provision their storage when first \
                booted and then reconfigure themselves with the optimal settings for Windows \
                Server 2012 R2 (64-bit).
                """,
            minMemory: 1 * GiB,
            recommendedMaxMemory: 1536 * GiB,
            disks: [.disk(32 * GiB, bootable: false)]),
        windows8.derived(
            uuid: "c15fab79-6cce-4e1f-916f-a64b98ff9e7d",
            label: "windows-server-2016-64bit",
            name: "Windows Server 2016 (64-bit)",
            description: """
                Clones of this template will automatically provision their storage when first \
                booted and then reconfigure themselves with the optimal settings for Windows \
                Server 2016 (64-bit).
                """,
            minMemory: 1 * GiB,
            recommendedMaxMemory: 1536 * GiB,
            disks: [.disk(32 * GiB, bootable: false)]),
        windows.derived(
            uuid: "5625722d-8273-445e-b334-59fab998cfd9",
            label: "windows-vista-32bit",
            name: "Windows Vista (32-bit)",
            description: """
                Clones of this template will automatically provision their storage when first \
                booted and then reconfigure themselves with the optimal settings for Windows Vista \
                (32-bit).
                """,
            minMemory: 1 * GiB,
            recommendedMaxMemory: 4 * GiB,
            disks: [.disk(24 * GiB, bootable: false)]),
        xenAppWindows.derived(
            uuid: "e566a90e-78fd-4000-9d14-283119024a9a",
            label: "xenapp-windows-server-2008-32bit",
            name: "Citrix XenApp on Windows Server 2008 (32-bit)",
            description: """
                Clones of this template will automatically provision their storage when first \
                booted and then reconfigure themselves with the optimal settings for Citrix XenApp \
                on Windows Server 2008 (32-bit).
                """,
            minMemory: 512 * MiB,
            recommendedMaxMemory: 64 * GiB,
            disks: [.disk(24 * GiB, bootable: false)]),
        xenAppWindows.derived(
            uuid: "646f9d6b-bdbb-4969-9f52-05eac1d67706",
            label: "xenapp-windows-server-2008-64bit",
            name: "Citrix XenApp on Windows Server 2008 (64-bit)",
            description: """
                Clones of this template will automatically provision their storage when first \
                booted and then reconfigure themselves with the optimal settings for Citrix XenApp \
                on Windows Server 2008 (64-bit).
                """,
            minMemory: 512 * MiB,
            recommendedMaxMemory: 1024 * GiB,
            disks: [.disk(24 * GiB, bootable: false)]),
        xenAppWindows.derived(
            uuid: "81b93df5-29b9-462a-baad-465c0da2d6d1",
            label: "xenapp-windows-server-2008-r2-64bit",
            name: "Citrix XenApp on Windows Server 2008 R2 (64-bit)",
            description: """
                Clones of this template will automatically provision their storage when first \
                booted and then reconfigure themselves with the optimal settings for Citrix XenApp \
                on Windows Server 2008 R2 (64-bit).
                """,
            minMemory: 512 * MiB,
            recommendedMaxMemory: 1536 * GiB,
            disks: [.disk(24 * GiB, bootable: false)]),
    ]
}
