"""The CAMEO table: complete, consistent with the quad-class rule, validated on load."""

from __future__ import annotations

import pytest

from clio.errors import DataError
from clio.ontology import PLOVER_TYPES, load_cameo, lookup, parse_table, quad_class_for_root

HEADER = "code\troot\tlabel\tgoldstein_phoenix\tgoldstein_gdelt\tplover\tplover_mode\tplover_context\n"


def test_table_covers_all_roots_and_about_300_codes() -> None:
    table = load_cameo()
    assert {f"{n:02d}" for n in range(1, 21)} <= set(table)
    assert len(table) >= 300


def test_every_code_has_both_goldstein_scores_in_range() -> None:
    for record in load_cameo().values():
        assert -10.0 <= record.goldstein("phoenix") <= 10.0
        assert -10.0 <= record.goldstein("gdelt") <= 10.0


@pytest.mark.parametrize(
    ("root", "quad"),
    [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3), ("14", 4), ("20", 4)],
)
def test_quad_class_rule(root: str, quad: int) -> None:
    assert quad_class_for_root(root) == quad


def test_every_code_quad_class_follows_its_root() -> None:
    for record in load_cameo().values():
        assert record.quad_class == quad_class_for_root(record.root)
        assert record.code.startswith(record.root)


@pytest.mark.parametrize(
    ("code", "plover"),
    [
        ("036", "AGREE"),  # intent to meet is an AGREE in CAMEO2PLOVER
        ("042", "CONSULT"),
        ("057", "SUPPORT"),
        ("070", "AID"),
        ("112", "ACCUSE"),
        ("1011", "REQUEST"),
        ("020", "REQUEST"),  # appeals fold into REQUEST
        ("120", "REJECT"),
        ("138", "THREATEN"),
        ("141", "PROTEST"),
        ("163", "COERCE"),
        ("161", "SANCTION"),
        ("173", "COERCE"),
        ("190", "ASSAULT"),
        ("1951", "ASSAULT"),  # extension code inherits its parent's type
        ("010", None),  # PLOVER drops plain statements
        ("016", None),
    ],
)
def test_plover_mapping(code: str, plover: str | None) -> None:
    assert lookup(code).plover == plover


def test_plover_types_are_known() -> None:
    for record in load_cameo().values():
        assert record.plover is None or record.plover in PLOVER_TYPES


@pytest.mark.parametrize(
    ("code", "phoenix", "gdelt"),
    [("016", 3.4, -2.0), ("190", -10.0, -10.0), ("042", 1.9, 1.9)],
)
def test_goldstein_variants(code: str, phoenix: float, gdelt: float) -> None:
    assert lookup(code).goldstein("phoenix") == phoenix
    assert lookup(code).goldstein("gdelt") == gdelt


def test_unknown_code_is_a_data_error() -> None:
    with pytest.raises(DataError, match="unknown CAMEO code"):
        lookup("999")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("01\t01\tMAKE PUBLIC STATEMENT\t0.0\tx\t\t\t", "not a number"),
        ("01\t02\tMAKE PUBLIC STATEMENT\t0.0\t0.0\t\t\t", "does not match"),
        ("01\t01\tMAKE PUBLIC STATEMENT\t0.0\t0.0\tHUG\t\t", "unknown PLOVER"),
        ("01\t01\tMAKE PUBLIC STATEMENT\t12.0\t0.0\t\t\t", "outside"),
        ("01\t01\t\t0.0\t0.0\t\t\t", "no label"),
        ("21\t21\tNOT A ROOT\t0.0\t0.0\t\t\t", "01..20"),
        ("01\t01\tshort", "expected 8"),
    ],
)
def test_bad_rows_are_rejected_with_line_numbers(row: str, message: str) -> None:
    with pytest.raises(DataError, match=message) as info:
        parse_table(HEADER + row + "\n", source="bad.tsv")
    assert "bad.tsv:2" in str(info.value)


def test_missing_root_row_is_rejected() -> None:
    with pytest.raises(DataError, match="root code"):
        parse_table(HEADER + "010\t01\tMake statement\t0.0\t0.0\t\t\t\n", source="bad.tsv")
