#!/usr/bin/env python3
"""Packs a directory into a one-layer container image, deterministically.

make_image.py docker-save ROOT OUT.tar REPO:TAG   (what `docker save` writes)
make_image.py oci-layout  ROOT OUTDIR  REPO:TAG   (an OCI image layout, gzip layer)

Entries are sorted, owned by root, dated 2025-10-14, so reruns give the same
bytes and the same digests.
"""
import gzip
import hashlib
import io
import json
import os
import sys
import tarfile

EPOCH = 1760400000  # 2025-10-14T00:00:00Z


def layer_tar(root):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(dirnames + filenames):
                path = os.path.join(dirpath, name)
                arc = os.path.relpath(path, root)
                info = tar.gettarinfo(path, arcname=arc)
                info.uid = info.gid = 0
                info.uname = info.gname = "root"
                info.mtime = EPOCH
                if info.isfile():
                    with open(path, "rb") as f:
                        tar.addfile(info, f)
                else:
                    tar.addfile(info)
    return buf.getvalue()


def config_json(diff_id, ref):
    return json.dumps({
        "architecture": "amd64", "os": "linux", "created": "2025-10-14T00:00:00Z",
        "config": {"Labels": {"org.opencontainers.image.ref.name": ref}},
        "rootfs": {"type": "layers", "diff_ids": [diff_id]},
        "history": [{"created": "2025-10-14T00:00:00Z", "created_by": "tools/demo-estate/make_image.py"}],
    }, sort_keys=True, separators=(",", ":")).encode()


def sha(data):
    return "sha256:" + hashlib.sha256(data).hexdigest()


def docker_save(root, out, ref):
    layer = layer_tar(root)
    config = config_json(sha(layer), ref)
    config_name = hashlib.sha256(config).hexdigest() + ".json"
    layer_name = hashlib.sha256(layer).hexdigest() + "/layer.tar"
    manifest = json.dumps([{"Config": config_name, "RepoTags": [ref], "Layers": [layer_name]}]).encode()
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with tarfile.open(out, "w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in ((config_name, config), (layer_name, layer), ("manifest.json", manifest)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = EPOCH
            tar.addfile(info, io.BytesIO(data))


def oci_layout(root, out, ref):
    layer = layer_tar(root)
    gz = io.BytesIO()
    with gzip.GzipFile(fileobj=gz, mode="wb", mtime=0) as g:
        g.write(layer)
    layer_gz = gz.getvalue()
    config = config_json(sha(layer), ref)
    manifest = json.dumps({
        "schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": sha(config), "size": len(config)},
        "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": sha(layer_gz),
                    "size": len(layer_gz)}],
    }, sort_keys=True, separators=(",", ":")).encode()
    index = json.dumps({
        "schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json",
        "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": sha(manifest),
                       "size": len(manifest), "annotations": {"org.opencontainers.image.ref.name": ref}}],
    }, sort_keys=True, separators=(",", ":")).encode()
    blobs = os.path.join(out, "blobs", "sha256")
    if os.path.isdir(blobs):
        for f in os.listdir(blobs):
            os.remove(os.path.join(blobs, f))
    os.makedirs(blobs, exist_ok=True)
    for data in (config, manifest, layer_gz):
        with open(os.path.join(blobs, hashlib.sha256(data).hexdigest()), "wb") as f:
            f.write(data)
    with open(os.path.join(out, "oci-layout"), "w") as f:
        f.write('{"imageLayoutVersion":"1.0.0"}')
    with open(os.path.join(out, "index.json"), "wb") as f:
        f.write(index)


if __name__ == "__main__":
    if len(sys.argv) != 5 or sys.argv[1] not in ("docker-save", "oci-layout"):
        sys.exit(__doc__)
    (docker_save if sys.argv[1] == "docker-save" else oci_layout)(*sys.argv[2:])
