"""Actor precision on news the rules never saw: broken names, things, joined names
(invented sentences; issue #12, this session's classes)."""

from __future__ import annotations

from tests.extract_helpers import actors, speakers


def test_rare_given_name_after_a_portfolio_is_the_person() -> None:
    """'Commissioner for Fisheries Abigale Roe': the portfolio is her role, not part of
    a body's name (a rare given name too)."""
    found = actors("Commissioner for Fisheries Abigale Roe said the quotas would stay.")
    assert "Fisheries Abigale Roe" not in found
    assert found["Abigale Roe"].kind == "person"


def test_ordinary_words_and_a_surname_stay_a_body() -> None:
    """No given name after the ordinary words: the name is left whole."""
    found = actors("Shares of Harbour Lantern Holdings rose on Monday.")
    assert "Harbour Lantern Holdings" in found


def test_two_airlines_joined_by_and_are_two_actors() -> None:
    found = actors("Ruricom Airlines and Kestrel Airlines signed the deal on Monday.")
    assert {"Ruricom Airlines", "Kestrel Airlines"} <= found.keys()
    assert "Ruricom Airlines and Kestrel Airlines" not in found


def test_a_person_and_a_company_said_are_two_actors() -> None:
    found = actors("Jane Roe and Lantern Media said on Monday they would make the film.")
    assert found["Jane Roe"].kind == "person"
    assert found["Lantern Media"].kind == "organization"


def test_a_name_repeated_after_and_splits() -> None:
    found = actors("A court will hear Ruricom and Ruricom Records next week.")
    assert "Ruricom and Ruricom Records" not in found
    assert "Ruricom Records" in found


def test_a_body_of_several_fields_stays_one() -> None:
    found = actors("The Bureau of Roads and Rails said the bridge would reopen.")
    assert "Bureau of Roads and Rails" in found


def test_an_irish_surname_with_a_loose_apostrophe_is_one_name() -> None:
    """ "Sean O' Dowd", "Kate O 'Dowd" (text rebuilt from tokens): one person, and the
    apostrophe opens no quote."""
    text = (
        "Tom Smith, head of Lantern, notes, “Jane has earned it”. The sharpest doubts came "
        "from Kate O 'Dowd, an economist with the Zenda Institute, who stated, “Tariffs "
        "never pay”."
    )
    assert "Kate O 'Dowd" in actors(text)
    assert speakers(text) == ["Tom Smith", "Kate O 'Dowd"]
    assert "Sean O' Dowd" in actors("Lantern's skipper, Sean O' Dowd, sold the boat.")


def test_who_stated_goes_to_the_person_the_clause_hangs_on() -> None:
    text = (
        "The sharpest doubts came from Paul Brown, an economist with the Zenda "
        "Institute, who stated, “Tariffs never pay”."
    )
    assert speakers(text) == ["Paul Brown"]


def test_by_saying_goes_to_the_subject_not_the_object_before() -> None:
    text = "Tom Smith closed the deal with Kestrelcorp by saying, “Their trucks last longest.”"
    assert speakers(text) == ["Tom Smith"]


def test_a_name_after_an_opening_phrase_is_the_subject() -> None:
    text = "At the close of the vote Jane Roe said “the quotas stay as they are.”"
    assert speakers(text) == ["Jane Roe"]


def test_a_contraction_opens_no_name() -> None:
    text = "“We've Ruricom on our side,” said Jane Roe. “They'll see,” she added."
    found = actors(text)
    assert "Jane Roe" in found
    assert not [n for n in found if "'" in n]


def test_a_role_ended_by_a_role_word_is_no_person() -> None:
    found = actors("Tom Smith, the Chief Marketing Officer, quit.")
    assert "Marketing Officer" not in found
    assert "Tom Smith" in found


def test_a_participle_before_a_title_is_no_employer() -> None:
    found = actors("Visiting Judge Anna Roe read out the verdict.")
    assert set(found) == {"Anna Roe"}
    assert "Ruricom" in actors("Ruricom Judge Anna Roe read out the verdict.")


def test_a_widget_and_a_store_inside_a_product_are_no_actors() -> None:
    found = actors("Buyers of the Ruripedia Dashboard widget find it in the Lamp App Store.")
    assert "Ruripedia" in found
    assert not {"Ruripedia Dashboard", "Lamp App Store"} & set(found)


def test_a_body_on_its_field_is_one_name() -> None:
    found = actors("The activist group the Project on Harbour Oversight called it favoritism.")
    assert "Project on Harbour Oversight" in found
    found = actors("Lantern Airlines on Monday said so. The Senate on Capitol Hill voted.")
    assert "Lantern Airlines" in found
    assert "Senate" in found


def test_a_body_after_a_place_is_its_short_name_when_others_share_the_words() -> None:
    """'the Forest Service' is the 'Kenya Forest Service' named before, not the 'Forest
    Service Band' that also starts with its words."""
    text = (
        "The tender was won by the Kenya Forest Service, while the Forest Service Band lost. "
        "The Forest Service said it would hire."
    )
    found = actors(text)
    assert "Forest Service" in found["Kenya Forest Service"].aliases
    assert "Forest Service" not in found


def test_a_name_in_apposition_with_a_newsletter_is_a_body() -> None:
    """'X, a trade newsletter,': a publication, though its words are ordinary ones."""
    text = "Last week Grain Buyers Digest, a trade newsletter, broke the story."
    assert actors(text)["Grain Buyers Digest"].kind == "organization"


def test_a_lone_word_that_speaks_is_a_body_when_the_text_shows_one() -> None:
    """'Ruricom says ...' reads like a person's; 'carrier Ruricom's' or 'Ruricom say'
    elsewhere in the text show a body, which the speech verb does not overrule."""
    lead = "The deal was signed on Monday. Ruricom says the jets will come in May. "
    assert actors(lead + "It is carrier Ruricom's biggest order.")["Ruricom"].kind == (
        "organization"
    )
    assert actors(lead + "Ruricom say they are pleased.")["Ruricom"].kind == "organization"
    assert actors(lead)["Ruricom"].kind == "person"  # no sign of a body: as before


def test_a_capitalised_role_between_name_and_verb_keeps_the_name_the_speaker() -> None:
    text = (
        "Jane Roe, Ruricom's Asia CEO and ex Kestrelcorp director commented the "
        "plant is “ready for a second shift.”"
    )
    assert speakers(text) == ["Jane Roe"]


def test_a_role_ended_by_any_title_word_keeps_the_name_the_speaker() -> None:
    """Not only 'CEO': any title word ends such a role ('Dean', 'Chief Auditor')."""
    for role in ("Zenda College's Dean", "Ruricom's Chief Auditor"):
        text = f"Jane Roe, {role} commented the books are “in good order.”"
        assert speakers(text) == ["Jane Roe"], role


def test_an_ampersand_acronym_is_one_body() -> None:
    """'AT&T' is no transcript label in capitals: it keeps its letters."""
    text = "Ruricom rents its lines from AT&T. On Monday AT&T cut the rent for Ruricom."
    assert actors(text)["AT&T"].kind == "organization"


def test_a_stock_ticker_is_no_actor() -> None:
    found = actors("On Monday, Ruricom said its shares (RRCM) slid.")
    assert "Ruricom" in found
    assert "RRCM" not in found


def test_a_name_owned_by_another_is_a_body() -> None:
    """'Zenda-backed Golden Grain': made of ordinary words, but only a body is backed or
    owned."""
    text = "The old mill was bought in May by the Zenda-backed {}, a baker said."
    for name in ("Golden Grain", "Unified Mills"):
        assert actors(text.format(name))[name].kind == "organization"


def test_a_name_broken_by_a_spaced_hyphen_is_one_name() -> None:
    """'Zal - Mart' (text rebuilt from tokens) is one name; a dash before an ordinary
    word or between a name and a person's name stays a break."""
    found = actors("Sales at Zal - Mart rose by a third. Zal - Mart said so.")
    assert "Zal - Mart" in found
    assert not {"Zal", "Mart"} & set(found)
    assert "Jane Roe" in actors("Lantern - Jane Roe said so.")
