"""The pip route (pyproject.toml + constraints.txt) and the conda route (environment.yml) agree."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata

import yaml
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.version import Version

from helpers.paths import PROJ_ROOT

PYPROJECT = tomllib.loads((PROJ_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
ENV = yaml.safe_load((PROJ_ROOT / "environment.yml").read_text(encoding="utf-8"))
PINS = {
    re.sub(r"[-_.]+", "-", name).lower(): Version(version)
    for name, version in re.findall(r"^([A-Za-z0-9_.\-]+)==(\S+)$", (PROJ_ROOT / "constraints.txt").read_text(), re.M)
}


def declared() -> list[Requirement]:
    project = PYPROJECT["project"]
    reqs = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        reqs += extra
    return [Requirement(r) for r in reqs]


def test_design_card_packages_are_declared():
    names = {r.name.lower() for r in declared()}
    assert {"pandas", "matplotlib", "jupyterlab", "pyarabic", "nbval", "hijridate"} <= names


def test_matplotlib_is_new_enough_to_shape_arabic():
    [mpl] = [r for r in declared() if r.name == "matplotlib"]
    assert not mpl.specifier.contains("3.10.9") and mpl.specifier.contains("3.11.0")


def test_every_declared_package_is_pinned_within_its_range():
    for req in declared():
        key = re.sub(r"[-_.]+", "-", req.name).lower()
        assert key in PINS, f"{req.name} is not pinned in constraints.txt"
        assert req.specifier.contains(PINS[key], prereleases=True), f"{req.name}=={PINS[key]} is outside {req.specifier}"


def test_conda_installs_the_same_set_through_pip():
    deps = ENV["dependencies"]
    conda_names = sorted(d.split("=")[0] for d in deps if isinstance(d, str))
    assert conda_names == ["pip", "python"], "conda packages would bypass the pins: install them with pip"
    [pip] = [d["pip"] for d in deps if isinstance(d, dict)]
    extras = sorted(PYPROJECT["project"]["optional-dependencies"])
    assert pip == ["-c constraints.txt", f"-e .[{','.join(extras)}]"]


def test_conda_python_satisfies_requires_python():
    [python] = [d for d in ENV["dependencies"] if isinstance(d, str) and d.startswith("python=")]
    assert Version(python.split("=")[1]) in SpecifierSet(PYPROJECT["project"]["requires-python"])


def test_makefile_installs_with_the_same_constraints_and_extras():
    makefile = (PROJ_ROOT / "Makefile").read_text()
    extras = ",".join(sorted(PYPROJECT["project"]["optional-dependencies"]))
    assert f"-c constraints.txt -e '.[{extras}]'" in makefile


def test_every_pin_installs_on_the_oldest_python_admitted():
    """A pin whose release needs a newer Python than requires-python's floor breaks `make`
    there: soupsieve 3.0.2 and later need 3.11.5, Debian 12's python3 is 3.11.2 (the Makefile's
    LOCK_LIMITS keeps ``make lock`` below them)."""
    [floor] = [Version(s.version) for s in SpecifierSet(PYPROJECT["project"]["requires-python"]) if s.operator == ">="]
    checked = []
    for name, pinned in PINS.items():
        try:
            dist = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue  # a pin for another platform
        assert Version(dist["Version"]) == pinned, f"{name} {dist['Version']} is installed, {pinned} is pinned"
        needs = dist.get("Requires-Python")
        assert not needs or SpecifierSet(needs).contains(floor), f"{name}=={pinned} needs Python {needs}, pyproject.toml admits {floor}"
        checked.append(name)
    assert len(checked) > 0.9 * len(PINS)
