"""A product its owner names ("Ruricom's forthcoming Falcon OS operating system") is no
actor, and no maker either: the owner is. Invented texts."""

from __future__ import annotations

import pytest

from tests.extract_helpers import actors


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Kestrel Labs showed its forthcoming Zephyr OS operating system.", "Zephyr"),
        ("Kestrel Labs also released their Lantern Hub device on Monday.", "Lantern"),
        ("Kestrel Labs said Roe Motors' Zorbex 9 sedans sold well.", "Zorbex"),
        ("Kestrel Labs also released their Zorbex Media Center device.", "Zorbex"),
    ],
)
def test_owned_product_gives_no_maker(text: str, product: str) -> None:
    found = actors(text)
    assert not any(name.startswith(product) for name in found)
    assert found["Kestrel Labs"].kind == "organization"


def test_product_noun_after_an_adjective() -> None:
    found = actors("Lantern Air sold the first Zorbex personal computer in 1984.")
    assert "Zorbex" not in found


def test_maker_before_a_model_code_stays() -> None:
    found = actors("Lantern Air ordered the Kestrel X2 jet on Monday.")
    assert found["Kestrel"].kind == "organization"


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("Jane Roe's Kestrel Motors sedans sold well.", "Kestrel Motors"),
        ("Dealers said their Zenda Labs tablets sold out.", "Zenda Labs"),
    ],
)
def test_owned_name_ending_in_a_body_noun_is_the_maker(text: str, maker: str) -> None:
    # "Motors", "Labs": the words before the product noun name a body, not the product
    assert actors(text)[maker].kind == "organization"
