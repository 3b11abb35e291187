from __future__ import annotations

from validator.names import Suggester, normalise_name


def test_normalise_name_ignores_case_punctuation_and_spacing() -> None:
    assert normalise_name("I Am…") == normalise_name("i am...") == normalise_name(" I  Am ")
    assert normalise_name("Me+You Productions") == "me you productions"
    assert normalise_name("Kate Winslet") != normalise_name("Kate Winslett")


def test_suggestions_rank_by_similarity_and_name_each_entity_once() -> None:
    names = ["Kate Winslet", "Winslet", "Bear Winslet", "Channel 4", "Joe Anders"]
    owners = ["kate", "kate", "bear", "c4", "joe"]
    suggester = Suggester(names, owners)
    assert suggester.suggest("Kate Winslett") == ("Kate Winslet", "Bear Winslet")
    assert suggester.suggest("Channel 5") == ("Channel 4",)
    assert suggester.suggest("zzz") == ()
    assert suggester.suggest("runtme") == ()


def test_suggestions_without_owners() -> None:
    assert Suggester(["runtime", "network", "birth_date"]).suggest("runtme") == ("runtime",)


def test_a_name_a_word_of_which_begins_with_the_typed_one_is_suggested() -> None:
    suggester = Suggester(["cast_member", "casting_suggested_by", "director", "broadcast_slot"])
    # By ratio alone `cast` is 0.53 like `cast_member`, under the 0.6 a suggestion needs.
    assert suggester.suggest("cast") == ("cast_member", "casting_suggested_by")
    assert suggester.suggest("ca") == ()  # too short to say
